#include "diagnostics.h"

#include "common/displaytext.h"
#include "tr.h"

namespace obrestore::diag {

namespace {

using Severity = Diagnostic::Severity;

Diagnostic make(const char *code, Severity severity, Tenant tenant, const QString &path, const QString &message)
{
    // Names from a tree, a bucket or a server may hold line breaks, ESC or bidirectional overrides: every finding
    // is shown escaped, in every report and view (docs/hostile-input.md).
    return {QString::fromLatin1(code), severity, tenant, escapeForDisplay(path), escapeForDisplay(message)};
}

QString when(Scn scn, const QTimeZone &zone)
{
    return Tr::tr("%1 (SCN %2)").arg(scn.toDisplayString(zone), scn.toDecimal());
}

QString pieceName(const PieceKey &key)
{
    return pieceDirName(key);
}

} // namespace

Diagnostic pathNotFound(const QString &uri, bool objectStorage)
{
    if (objectStorage)
        return make("PATH_NOT_FOUND", Severity::Error, std::nullopt, uri,
                    Tr::tr("Nothing is stored below %1: the bucket answered, but no object's key starts with this path "
                           "(object storage has no empty folders). Check the path after the bucket name.")
                        .arg(uri));
    return make("PATH_NOT_FOUND", Severity::Error, std::nullopt, uri,
                Tr::tr("%1 does not exist. Check the spelling, and that the NFS share is mounted on this computer "
                       "at the same path as on the OceanBase servers.")
                    .arg(uri));
}

Diagnostic destinationGone(qint64 tenant, const QStringList &uris)
{
    return make("PATH_NOT_FOUND", Severity::Error, tenant, uris.value(0),
                Tr::tr("Gone since the location was parsed: %1. It was removed, moved or unmounted; mount or copy it "
                       "back, then parse the location again.")
                    .arg(listText(uris)));
}

Diagnostic permissionDenied(const QString &uri, const QString &osMessage, Tenant tenant)
{
    return make("PERMISSION_DENIED", Severity::Error, tenant, uri,
                Tr::tr("%1 could not be read (%2). Give the user running obrestore read access to it (OceanBase "
                       "writes backups as the observer's user, often \"admin\"), or run obrestore as that user.")
                    .arg(uri, osMessage));
}

Diagnostic unsupportedStorage(const QString &uri, const QString &scheme, const QString &why)
{
    if (!why.isEmpty())
        return make("UNSUPPORTED_STORAGE", Severity::Error, std::nullopt, uri,
                    Tr::tr("%1 cannot be read: %2").arg(uri, why));
    return make("UNSUPPORTED_STORAGE", Severity::Error, std::nullopt, uri,
                Tr::tr("%1 is on %2 object storage, which this reader cannot open. Mount or copy the backup to a "
                       "local or NFS path (metadata files are enough for the parse), or read it from the source "
                       "cluster while it is online.")
                    .arg(uri, scheme));
}

Diagnostic storageAccessDenied(const QString &uri, const QString &serverSays, Tenant tenant)
{
    return make("STORAGE_ACCESS_DENIED", Severity::Error, tenant, uri,
                Tr::tr("Object storage refused to let obrestore read %1: %2. Check access_id and access_key (the "
                       "key pair OceanBase backs up with works; a key with list and read rights on the bucket is "
                       "enough), that the key has not expired, and that this computer's clock is right (signatures "
                       "older than 15 minutes are refused).")
                    .arg(uri, serverSays));
}

Diagnostic storageBucketNotFound(const QString &uri, const QString &serverSays)
{
    return make("STORAGE_BUCKET_NOT_FOUND", Severity::Error, std::nullopt, uri,
                Tr::tr("The bucket of %1 was not found: %2. Check the bucket name, host= (the endpoint of the "
                       "bucket's region) and, for s3://, s3_region=.")
                    .arg(uri, serverSays));
}

std::optional<Diagnostic> storageFailure(Storage::Status status, const QString &uri, const QString &message, Tenant tenant)
{
    switch (status) {
    case Storage::Status::AccessDenied:
        return storageAccessDenied(uri, message, tenant);
    case Storage::Status::BucketNotFound:
        return storageBucketNotFound(uri, message);
    case Storage::Status::Unreachable:
        return storageUnreachable(uri, message);
    case Storage::Status::ProtocolError:
        return storageProtocolError(uri, message);
    case Storage::Status::LimitReached:
        return listingTooLong(uri, message);
    default:
        return std::nullopt;
    }
}

Diagnostic storageProtocolError(const QString &uri, const QString &what)
{
    return make("STORAGE_PROTOCOL_ERROR", Severity::Error, std::nullopt, uri,
                Tr::tr("%1 could not be read: the endpoint answered, but not as object storage does: %2. Check that "
                       "host= names the object storage's own endpoint (not a web page, a login portal or a proxy in "
                       "front of it), and its port and http:// or https://.")
                    .arg(uri, what));
}

Diagnostic listingTooLong(const QString &uri, const QString &what)
{
    return make("LISTING_TOO_LONG", Severity::Warning, std::nullopt, uri,
                Tr::tr("The listing of %1 was not read to its end: %2. What it holds past that point is not in this "
                       "report. Give the path of one tenant's backup (closer to its format file), or check what fills "
                       "this folder.")
                    .arg(uri, what));
}

Diagnostic storageHttpsOnly(const QString &host)
{
    return make("STORAGE_HTTPS_ONLY", Severity::Warning, std::nullopt, host,
                Tr::tr("%1 answered only over HTTPS, but host= names no scheme: OceanBase 4.2 to 4.4 reach such a host "
                       "over plain HTTP and would not reach it (whether newer versions do is not confirmed). Write "
                       "host=https://%1 in the location OceanBase restores from.")
                    .arg(host));
}

Diagnostic linkLeavesLocation(const QString &uri, const QString &target)
{
    return make("LINK_LEAVES_LOCATION", Severity::Warning, std::nullopt, uri,
                Tr::tr("%1 is a symbolic link to %2, outside the location given, and was not followed (a link out "
                       "could lead the scan over the whole file system). Parse %2 itself if it holds a backup.")
                    .arg(uri, target));
}

Diagnostic scanFolderLimit(const QString &uri, qint64 folders)
{
    return make("SCAN_FOLDER_LIMIT", Severity::Warning, std::nullopt, uri,
                Tr::tr("The search for backup destinations below %1 stopped after %2 folders, more than any OceanBase "
                       "backup location holds above its destinations; folders past that point were not looked into. "
                       "Give a path closer to the backup (the folder that holds format.obbak, or one above it).")
                    .arg(uri)
                    .arg(folders));
}

Diagnostic scanRequestLimit(qint64 limit)
{
    return make("SCAN_REQUEST_LIMIT", Severity::Warning, std::nullopt, QString(),
                Tr::tr("The scan stopped after %1 requests to object storage, its limit (far more than a backup "
                       "location of many tenants needs): the report shows what was read until then. Give a path "
                       "closer to one tenant's backup, or check the endpoint.")
                    .arg(limit));
}

Diagnostic scanTimeout(qint64 seconds)
{
    return make("SCAN_TIMEOUT", Severity::Warning, std::nullopt, QString(),
                Tr::tr("The scan stopped at its time limit of %1 s: the report shows what was read until then. Run it "
                       "again with a longer --timeout, or give a path closer to one tenant's backup.")
                    .arg(seconds));
}

Diagnostic storageUnreachable(const QString &uri, const QString &what)
{
    return make("STORAGE_UNREACHABLE", Severity::Error, std::nullopt, uri,
                Tr::tr("%1 could not be read: %2. Check host= (name, port, http:// or https://), that this computer "
                       "reaches it (DNS, firewall, proxy variables), and for https that its certificate is trusted.")
                    .arg(uri, what));
}

Diagnostic scanDepthLimit(const QString &uri, int depth, qsizetype folders)
{
    return make("SCAN_DEPTH_LIMIT", Severity::Warning, std::nullopt, uri,
                Tr::tr("The scan stopped at depth %1 below the location given: the %n folder(s) inside %2 were not "
                       "looked into. Give a path closer to the backup (the folder that holds format.obbak, or one "
                       "above it).",
                       nullptr, int(folders))
                    .arg(depth)
                    .arg(uri));
}

Diagnostic noFormatFile(const QString &uri, NoFormatHint hint, qint64 foldersSeen)
{
    QString cause;
    switch (hint) {
    case NoFormatHint::BackupSetFolder:
        cause = Tr::tr("It looks like a backup set folder (it holds single_backup_set_info): give the data backup "
                       "path above it, the folder that holds format.obbak.");
        break;
    case NoFormatHint::PieceFolder:
        cause = Tr::tr("It looks like an archive piece folder: give the log archive path above it, the folder "
                       "that holds format.obbak.");
        break;
    case NoFormatHint::AFile:
        cause = Tr::tr("It is a file, not a folder: give the folder that holds format.obbak.");
        break;
    case NoFormatHint::Nothing:
        cause = Tr::tr("Give the data backup path or the log archive path (the folders that hold format.obbak, or "
                       "format for 4.0), or any folder above them; check that the copy is complete.");
        break;
    }
    return make("NO_FORMAT_FILE", Severity::Error, std::nullopt, uri,
                Tr::tr("No backup destination was found at or below %1 (%n folder(s) searched): no format.obbak or "
                       "format file. %2",
                       nullptr, int(qMin<qint64>(foldersSeen, INT_MAX)))
                    .arg(uri, cause));
}

Diagnostic readFailure(Storage::Status status, const QString &uri, const QString &message, Tenant tenant)
{
    if (auto d = storageFailure(status, uri, message, tenant))
        return std::move(*d);
    switch (status) {
    case Storage::Status::NotRegularFile:
    case Storage::Status::TooLarge:
        return make("CORRUPT_METADATA", Severity::Error, tenant, uri,
                    Tr::tr("%1 cannot be a backup metadata file: it is %2. OceanBase cannot read it either. Replace it "
                           "with the file of that name from the original backup location.")
                        .arg(uri, message));
    case Storage::Status::Loop:
        return make("PERMISSION_DENIED", Severity::Error, tenant, uri,
                    Tr::tr("%1 could not be opened: its symbolic links point at each other in a loop (%2). Make the "
                           "link point at the real file or folder.")
                        .arg(uri, message));
    case Storage::Status::NameTooLong:
        return make("PERMISSION_DENIED", Severity::Error, tenant, uri,
                    Tr::tr("%1 could not be opened: the path is longer than the system allows (%2; at most 4096 bytes, "
                           "255 per name). Give a shorter path to the same backup, for example through a symbolic "
                           "link or a bind mount.")
                        .arg(uri, message));
    case Storage::Status::DanglingLink:
        return make("PERMISSION_DENIED", Severity::Error, tenant, uri,
                    Tr::tr("%1 could not be read: it is %2. The copy or mount it pointed to is gone: mount it again, "
                           "or replace the link with the file from the original backup location.")
                        .arg(uri, message));
    case Storage::Status::PermissionDenied:
        return permissionDenied(uri, message, tenant);
    default:
        return make("PERMISSION_DENIED", Severity::Error, tenant, uri,
                    Tr::tr("%1 could not be read (%2). Check the disk or the network mount it is on (dmesg, "
                           "mount), then run the scan again.")
                        .arg(uri, message));
    }
}

Diagnostic absurdMetadata(const QString &uri, const QString &detail, Tenant tenant)
{
    return make("CORRUPT_METADATA", Severity::Error, tenant, uri,
                Tr::tr("%1 cannot be right: %2. OceanBase never writes such a value, so the file was damaged or made "
                       "by hand, and obrestore does not use it. Copy it again from the original backup location, or "
                       "remove it if it is not OceanBase's.")
                    .arg(uri, detail));
}

Diagnostic corruptMetadata(const QString &uri, const QString &detail, Tenant tenant)
{
    return make("CORRUPT_METADATA", Severity::Error, tenant, uri,
                Tr::tr("%1 is damaged: %2. OceanBase rejects it too (checksum error -4103). Copy the file again from "
                       "the original backup location; a partial or interrupted copy is the usual cause.")
                    .arg(uri, detail));
}

Diagnostic emptyMetadataFile(const QString &uri, Tenant tenant)
{
    return make("EMPTY_METADATA_FILE", Severity::Error, tenant, uri,
                Tr::tr("%1 is empty (0 bytes) but must have content; OceanBase fails with \"file is empty\". Copy it "
                       "again from the original backup location.")
                    .arg(uri));
}

Diagnostic legacy40Layout(const QString &uri, Tenant tenant)
{
    return make("LEGACY_40_LAYOUT", Severity::Warning, tenant, uri,
                Tr::tr("%1 was written by OceanBase 4.0 (file names without .obbak/.obarc). obrestore reads it, but "
                       "OceanBase 4.1 and later refuse to restore 4.0 backups: restore it into a 4.0.x cluster.")
                    .arg(uri));
}

Diagnostic legacy3xLayout(const QString &uri, const QString &clusterName, qint64 clusterId, const QList<qint64> &tenantIds)
{
    QStringList ids;
    for (qint64 id : tenantIds)
        ids << QString::number(id);
    return make("LEGACY_3X_LAYOUT", Severity::Error, std::nullopt, uri,
                Tr::tr("%1 is an OceanBase 2.x/3.x cluster-level backup (cluster %2, id %3, tenant ids: %4). 2.x/3.x "
                       "backups cannot be restored into OceanBase 4.x; restore them into a 3.x cluster of the same "
                       "or a newer version.")
                    .arg(uri, clusterName.isEmpty() ? Tr::tr("unknown") : clusterName,
                         clusterId > 0 ? QString::number(clusterId) : Tr::tr("unknown"),
                         ids.isEmpty() ? Tr::tr("none found") : listText(ids)));
}

Diagnostic tmpFilesIgnored(const QString &uri, int count, Tenant tenant)
{
    return make("TMP_FILES_IGNORED", Severity::Info, tenant, uri,
                Tr::tr("%n leftover temporary file(s) (*.tmp.<digits>) in %1 were skipped: they are interrupted "
                       "writes, which OceanBase ignores too.",
                       nullptr, count)
                    .arg(uri));
}

Diagnostic missingDataDest(qint64 tenant, const QString &archiveUri)
{
    return make("MISSING_DATA_DEST", Severity::Error, tenant, archiveUri,
                Tr::tr("Tenant %1 has a log archive path (%2) but no data backup path was found. A restore needs a "
                       "full backup set: add the tenant's data backup path (its data_backup_dest) to the locations.")
                    .arg(tenant)
                    .arg(archiveUri));
}

Diagnostic missingArchiveDest(qint64 tenant, const QString &dataUri, bool plusArchivelogPoints)
{
    return make("MISSING_ARCHIVE_DEST", Severity::Warning, tenant, dataUri,
                plusArchivelogPoints
                    ? Tr::tr("Tenant %1 has a data backup path (%2) but no log archive path was found. Only the end "
                             "points of backups taken with PLUS ARCHIVELOG can be restored; add the tenant's log "
                             "archive path (its log_archive_dest) to restore to other points.")
                          .arg(tenant)
                          .arg(dataUri)
                    : Tr::tr("Tenant %1 has a data backup path (%2) but no log archive path was found, and no backup "
                             "set was taken with PLUS ARCHIVELOG, so no point can be restored. Add the tenant's log "
                             "archive path (its log_archive_dest) to the locations.")
                          .arg(tenant)
                          .arg(dataUri));
}

Diagnostic multipleDataDests(qint64 tenant, const QStringList &uris)
{
    return make("MULTIPLE_DATA_DESTS", Severity::Error, tenant, uris.value(0),
                Tr::tr("Tenant %1 has %2 data backup paths (%3). OceanBase restores from one data backup path at a "
                       "time (\"It is not support to restore from multiple tenant backup paths\"): give only the one "
                       "whose window you choose.")
                    .arg(tenant)
                    .arg(uris.size())
                    .arg(listText(uris)));
}

Diagnostic noBackupSets(qint64 tenant, const QString &uri, bool folderMissing)
{
    return make("NO_BACKUP_SETS", Severity::Error, tenant, uri,
                folderMissing ? Tr::tr("%1 has no backup_sets folder, so it holds no backup set. Check that the copy "
                                       "of the data backup path is complete, or run a full backup.")
                                    .arg(uri)
                              : Tr::tr("%1 is empty: no backup set was ever started at this data backup path. Run a "
                                       "full backup (ALTER SYSTEM BACKUP DATABASE) first.")
                                    .arg(uri));
}

Diagnostic noSuccessfulBackupSet(qint64 tenant, const QString &uri, int inProgress, int failed)
{
    return make("NO_SUCCESSFUL_BACKUP_SET", Severity::Error, tenant, uri,
                Tr::tr("No backup set in %1 finished successfully (no end_success placeholder; %2 in progress or "
                       "interrupted, %3 failed). OceanBase restores only from successful sets: wait for the running "
                       "backup or run a new full backup.")
                    .arg(uri)
                    .arg(inProgress)
                    .arg(failed));
}

Diagnostic backupSetInProgress(qint64 tenant, const QString &uri, qint64 setId)
{
    return make("BACKUP_SET_IN_PROGRESS", Severity::Info, tenant, uri,
                Tr::tr("Backup set %1 has a start placeholder but no end placeholder: it is still running, or the "
                       "backup was interrupted. It cannot be used until it ends successfully.")
                    .arg(setId));
}

Diagnostic backupSetFailed(qint64 tenant, const QString &uri, qint64 setId)
{
    return make("BACKUP_SET_FAILED", Severity::Info, tenant, uri,
                Tr::tr("Backup set %1 failed (end_failed placeholder); OceanBase skips it.").arg(setId));
}

Diagnostic backupSetInfoMissing(qint64 tenant, const QString &uri, qint64 setId)
{
    return make("BACKUP_SET_INFO_MISSING", Severity::Warning, tenant, uri,
                Tr::tr("Backup set %1 ended successfully but %2 is missing, so OceanBase silently skips the set. The "
                       "set was probably deleted or not copied: copy the whole backup set folder again.")
                    .arg(setId)
                    .arg(uri));
}

Diagnostic backupSetNotAvailable(qint64 tenant, const QString &uri, qint64 setId, const QString &status,
                                 const QString &fileStatus)
{
    return make("BACKUP_SET_NOT_AVAILABLE", Severity::Warning, tenant, uri,
                Tr::tr("Backup set %1 has status %2 and file status %3; OceanBase uses only SUCCESS sets whose files "
                       "are AVAILABLE, so it skips this one.")
                    .arg(setId)
                    .arg(status, fileStatus));
}

Diagnostic incChainBroken(qint64 tenant, const QString &uri, qint64 setId, qint64 prevFull, qint64 prevInc)
{
    return make("INC_CHAIN_BROKEN", Severity::Warning, tenant, uri,
                Tr::tr("Incremental backup set %1 builds on full set %2 and previous set %3, which are not both "
                       "usable here, so OceanBase skips it and every later incremental set of the chain. Restore the "
                       "missing sets' folders, or restore to a point covered by an earlier chain.")
                    .arg(setId)
                    .arg(prevFull)
                    .arg(prevInc));
}

Diagnostic backupEncrypted(qint64 tenant, const QString &uri, qint64 setId, PasswordCheck check)
{
    QString message = Tr::tr("Backup set %1 is encrypted: the restore must first run SET DECRYPTION IDENTIFIED BY "
                             "'<password>' in the same session, or OceanBase fails with error 9047 (invalid "
                             "password).")
                          .arg(setId);
    if (check == PasswordCheck::NoMatch)
        message += u' ' + Tr::tr("None of the passwords given matches the one recorded with the set. (Whether "
                                 "OceanBase records it in a comparable form is not confirmed; the server's check "
                                 "decides.)");
    else if (check == PasswordCheck::Matches)
        message += u' ' + Tr::tr("One of the passwords given matches the one recorded with the set.");
    return make("BACKUP_ENCRYPTED", Severity::Warning, tenant, uri, message);
}

Diagnostic noArchivePieces(qint64 tenant, const QString &uri, bool folderMissing)
{
    return make("NO_ARCHIVE_PIECES", Severity::Error, tenant, uri,
                folderMissing ? Tr::tr("%1 has no pieces folder, so it holds no archived log; OceanBase fails with "
                                       "\"No enough log for restore\" (4018). Check that log archiving was running and "
                                       "that the copy of the log archive path is complete.")
                                    .arg(uri)
                              : Tr::tr("%1 lists no archive piece; OceanBase fails with \"No enough log for restore\" "
                                       "(4018). Check that log archiving was running (ALTER SYSTEM ARCHIVELOG) and that "
                                       "the copy is complete.")
                                    .arg(uri));
}

Diagnostic allPiecesEmpty(qint64 tenant, const QString &uri, int pieces)
{
    return make("ALL_PIECES_EMPTY", Severity::Error, tenant, uri,
                Tr::tr("%1 lists %2 archive piece(s), but none has piece information or a checkpoint "
                       "(single_piece_info, checkpoint/checkpoint_info.0): archiving never reached a checkpoint, or the "
                       "piece folders were not copied. Copy the piece folders, or wait for archiving to checkpoint.")
                    .arg(uri)
                    .arg(pieces));
}

Diagnostic pieceNotAvailable(qint64 tenant, const QString &uri, const PieceKey &key, const QString &fileStatus)
{
    return make("PIECE_NOT_AVAILABLE", Severity::Warning, tenant, uri,
                Tr::tr("Archive piece %1 has file status %2; OceanBase skips pieces that are not AVAILABLE, which can "
                       "open a gap in the log.")
                    .arg(pieceName(key), fileStatus));
}

Diagnostic pieceFolderMissing(qint64 tenant, const QString &uri, const PieceKey &key)
{
    return make("PIECE_NOT_AVAILABLE", Severity::Warning, tenant, uri,
                Tr::tr("Archive piece %1 is listed but its folder %2 is missing (deleted, expired or not copied). "
                       "OceanBase still takes it from the newest piece's history, so a restore that needs it is "
                       "accepted and then fails while replaying log: copy the folder again, or choose a point whose "
                       "restore does not read this piece (inspect --until-… --verify tells).")
                    .arg(pieceName(key), uri));
}

Diagnostic foreignDestPieces(qint64 tenant, const QString &uri, qint64 foreignDestId, qint64 destId, int count)
{
    return make("FOREIGN_DEST_PIECES", Severity::Warning, tenant, uri,
                Tr::tr("%1 holds %2 piece(s) of archive destination %3, but its format file says destination %4: "
                       "two archive paths were merged into one copy. OceanBase uses only the pieces of one "
                       "destination; keep each destination in its own folder.")
                    .arg(uri)
                    .arg(count)
                    .arg(foreignDestId)
                    .arg(destId));
}

Diagnostic archiveGap(qint64 tenant, const QString &uri, Scn prevEnd, Scn nextStart, const QTimeZone &zone)
{
    return make("ARCHIVE_GAP", Severity::Warning, tenant, uri,
                Tr::tr("The archived log has a gap: one piece ends at %1 and the next starts at %2 (%3). Archiving was "
                       "interrupted or restarted, so no point inside the gap can be restored, and the restorable "
                       "windows split there. After a gap, only backup sets taken later can be used.")
                    .arg(when(prevEnd, zone), when(nextStart, zone), uri));
}

Diagnostic archiveStartsAfterBackup(qint64 tenant, const QString &uri, qint64 setId, Scn startReplay,
                                    std::optional<Scn> firstPieceStart, const QTimeZone &zone)
{
    const QString first = firstPieceStart ? when(*firstPieceStart, zone) : Tr::tr("no usable piece at all");
    return make("ARCHIVE_STARTS_AFTER_BACKUP", Severity::Error, tenant, uri,
                Tr::tr("Backup set %1 needs archived log from %2 on, but no continuous archive run covers that point "
                       "(the usable log starts at %3). Archiving was started, or restarted, after the backup began. "
                       "Take a new full backup while archiving is running.")
                    .arg(setId)
                    .arg(when(startReplay, zone), first));
}

Diagnostic newestSetNotCovered(qint64 tenant, const QString &uri, qint64 setId, Scn minRestore, std::optional<Scn> logEnd,
                               bool olderWindows, std::optional<Scn> newestCheckpoint, const QTimeZone &zone)
{
    const QString log = logEnd ? Tr::tr("the log that continues from the set's start ends at %1").arg(when(*logEnd, zone))
                               : Tr::tr("no archived log continues from the set's start");
    const QString message = olderWindows
        ? Tr::tr("The newest usable backup set %1 (restorable from %2) is not covered by archived log: %3. OceanBase "
                 "always picks the newest set whose restorable point is before the restore point, so every point "
                 "after %2 fails even though an older set covers earlier points. Restore to a point before it, or "
                 "move this set's folder away so OceanBase picks the older one.")
              .arg(setId)
              .arg(when(minRestore, zone), log)
        // Waiting helps only while the archive has not reached the set's point yet; once its checkpoint is past
        // it, the log between is missing and no later checkpoint brings it back.
        : newestCheckpoint && *newestCheckpoint >= minRestore
        ? Tr::tr("The newest usable backup set %1 (restorable from %2) is not covered by archived log: %3. The archive "
                 "already reaches %4, past that point, so waiting does not help: the log between is missing (archiving "
                 "was interrupted, or the copy of the log archive path is incomplete). Copy the missing pieces, or take "
                 "a new full backup while log archiving runs.")
              .arg(setId)
              .arg(when(minRestore, zone), log, when(*newestCheckpoint, zone))
        : Tr::tr("The newest usable backup set %1 (restorable from %2) is not covered by archived log: %3. If log "
                 "archiving is still running, parse again once its checkpoint has passed %2; otherwise the copy of "
                 "the log archive path is incomplete.")
              .arg(setId)
              .arg(when(minRestore, zone), log);
    return make("NEWEST_SET_NOT_COVERED", Severity::Warning, tenant, uri, message);
}

Diagnostic setUnreadableBlocks(qint64 tenant, const QString &uri, qint64 setId, std::optional<Scn> from, const QTimeZone &zone)
{
    const QString reach = from ? Tr::tr("every restore point from %1 on fails, because OceanBase reads the sets in "
                                        "order up to the first one restorable after the point")
                                     .arg(when(*from, zone))
                               : Tr::tr("every restore from this data backup path fails, because it is the first "
                                        "set OceanBase reads");
    return make("CORRUPT_METADATA", Severity::Error, tenant, uri,
                Tr::tr("OceanBase skips backup set %1 only when this file is missing; one that cannot be read stops "
                       "the whole restore. So %2. If the set is not needed, move its folder away: OceanBase then "
                       "skips it (and its incremental sets).")
                    .arg(setId)
                    .arg(reach));
}

Diagnostic archiveUnreadableBlocks(qint64 tenant, const QString &uri, const PieceKey &key)
{
    return make("CORRUPT_METADATA", Severity::Error, tenant, uri,
                Tr::tr("OceanBase reads this file of %1 to find the newest piece and its history of frozen "
                       "pieces, so every restore that names this log archive path fails (\"No enough log\" or a read "
                       "error). Copy it again from the original log archive path.")
                    .arg(pieceName(key)));
}

Diagnostic unreadableStopsRestore(qint64 tenant, const QString &uri, Scn point, const QTimeZone &zone)
{
    return make("CORRUPT_METADATA", Severity::Error, tenant, uri,
                Tr::tr("A restore to %1 would stop at %2, which cannot be read: OceanBase aborts the restore there. "
                       "Repair or remove that file (see its finding), or choose a point that does not reach it.")
                    .arg(when(point, zone), uri));
}

Diagnostic pointWithoutWindows(qint64 tenant, const QString &uri)
{
    return make("NO_RESTORABLE_WINDOW", Severity::Error, tenant, uri,
                Tr::tr("Tenant %1 has no restorable window at all, so no point can be restored; its other findings "
                       "say why.")
                    .arg(tenant));
}

Diagnostic pointOutsideWindows(qint64 tenant, const QString &uri, Scn point, std::optional<Scn> earlierEnd,
                               std::optional<Scn> laterStart, const QTimeZone &zone)
{
    QString where;
    if (earlierEnd && laterStart)
        where = Tr::tr("It falls between two restorable windows: the nearest points are %1 (earlier) and %2 (later).")
                    .arg(when(*earlierEnd, zone), when(*laterStart, zone));
    else if (laterStart)
        where = Tr::tr("It is before the first restorable point, %1.").arg(when(*laterStart, zone));
    else if (earlierEnd)
        where = Tr::tr("It is after the last restorable point, %1 (the archived log ends there).").arg(when(*earlierEnd, zone));
    return make("POINT_OUTSIDE_WINDOWS", Severity::Error, tenant, uri,
                Tr::tr("%1 is outside every restorable window of tenant %2: OceanBase would refuse it (error 4018, "
                       "\"No enough log for restore\" or no usable backup set). %3 Choose a point inside a window.")
                    .arg(when(point, zone))
                    .arg(tenant)
                    .arg(where));
}

Diagnostic latestNotRestorable(qint64 tenant, const QString &uri, std::optional<Scn> point, const QTimeZone &zone)
{
    if (!point)
        return make("NO_ROUND_START", Severity::Error, tenant, uri,
                    Tr::tr("Without a restore point OceanBase takes the newest checkpoint of the newest archive round, "
                           "and here it finds none (no rounds/ start file of the destination, or only empty pieces). "
                           "Give an explicit point inside a restorable window."));
    return make("NEWEST_SET_NOT_COVERED", Severity::Error, tenant, uri,
                Tr::tr("Without a restore point OceanBase restores to %1 (the newest archived checkpoint, or the "
                       "newest backup set's end when only the data backup path is named), and refuses it: the newest "
                       "backup set there is not covered by the log. Give an explicit point inside a restorable window.")
                    .arg(when(*point, zone)));
}

Diagnostic latestStoppedAtSet(qint64 tenant, const QString &uri, qint64 setId)
{
    return make("CORRUPT_METADATA", Severity::Error, tenant, uri,
                Tr::tr("Without a restore point and without a log archive path, OceanBase looks for the newest backup "
                       "set, newest first, and stops with an error at set %1: its information file is there but cannot "
                       "be read (empty or damaged), so the restore to the latest point fails. Copy %2 again from the "
                       "original backup location, or give an explicit point.")
                    .arg(setId)
                    .arg(uri));
}

Diagnostic backupSetFilesMissing(qint64 tenant, const QString &uri, qint64 setId, const QStringList &missing, int total)
{
    return make("BACKUP_SET_FILES_MISSING", Severity::Error, tenant, uri,
                Tr::tr("Backup set %1 lacks %n file(s) or folder(s) the restore opens: %2. OceanBase would fail "
                       "part-way through the restore. Copy the set's folder again from the original backup location "
                       "(copy tools that skip empty folders or stop early are the usual cause).",
                       nullptr, total)
                    .arg(setId)
                    .arg(listText(missing)));
}

Diagnostic pieceFilesMissing(qint64 tenant, const QString &uri, const PieceKey &key, const QStringList &missing, int total)
{
    return make("PIECE_FILES_MISSING", Severity::Error, tenant, uri,
                Tr::tr("Archive piece %1 lacks %n file(s) or folder(s) the restore opens: %2. The log replay would "
                       "stop there. Copy the piece's folder again from the original log archive path.",
                       nullptr, total)
                    .arg(pieceName(key), listText(missing)));
}

Diagnostic noRoundStart(qint64 tenant, const QString &uri, qint64 destId)
{
    return make("NO_ROUND_START", Severity::Warning, tenant, uri,
                Tr::tr("%1 has no round start file for archive destination %2 (rounds/round_d%2r<N>_start). A restore "
                       "\"to the latest point\" (no UNTIL) fails; give an explicit UNTIL SCN or UNTIL TIME instead.")
                    .arg(uri)
                    .arg(destId));
}

Diagnostic checkpointFileLost(qint64 tenant, const QString &uri, const PieceKey &key, Scn staleCheckpoint,
                              const QTimeZone &zone)
{
    return make("CHECKPOINT_FILE_LOST", Severity::Warning, tenant, uri,
                Tr::tr("Active piece %1 has no checkpoint_info.<scn> file, so its checkpoint falls back to the stale "
                       "one in checkpoint_info.0 (%2) and the window ends early. These files are 0 bytes: copy tools "
                       "that skip empty files drop them. Copy the piece's checkpoint folder again with empty files.")
                    .arg(pieceName(key), when(staleCheckpoint, zone)));
}

Diagnostic checkpointMetaMissing(qint64 tenant, const QString &uri, const PieceKey &key, bool folder, std::optional<Scn> start,
                                 std::optional<Scn> checkpoint, const QTimeZone &zone)
{
    const QString what = folder ? Tr::tr("%1 is a folder, not the file OceanBase reads").arg(uri)
                                : Tr::tr("%1 is missing").arg(uri);
    QString cost;
    if (start && checkpoint)
        cost = Tr::tr("the log it holds, from %1 to %2, is not used: restorable points end where the previous piece ends")
                   .arg(when(*start, zone), when(*checkpoint, zone));
    else if (checkpoint)
        cost = Tr::tr("the log it holds, up to %1, is not used: restorable points end where the previous piece ends")
                   .arg(when(*checkpoint, zone));
    else
        cost = Tr::tr("the log it holds is not used: restorable points end where the previous piece ends");
    return make("CHECKPOINT_META_MISSING", Severity::Warning, tenant, uri,
                Tr::tr("Active piece %1: %2, so OceanBase takes the piece as empty (its checkpoint_info.<scn> files "
                       "alone are not read) and %3. Copy checkpoint_info.0.obarc of this piece again from the original "
                       "backup location.")
                    .arg(pieceName(key), what, cost));
}

Diagnostic versionIncompatible(qint64 tenant, const QString &uri, const QString &code, const QString &explanation)
{
    return {code, Severity::Error, tenant, uri, explanation};
}

QString tenantLabel(qint64 tenantId, const QString &tenantName)
{
    return tenantName.isEmpty() ? QString::number(tenantId) : QStringLiteral("%1 (%2)").arg(tenantName).arg(tenantId);
}

Diagnostic noRestorableWindow(qint64 tenant, const QString &tenantName, const QString &uri, const QStringList &causes)
{
    return make("NO_RESTORABLE_WINDOW", Severity::Error, tenant, uri,
                Tr::tr("Tenant %1 was found, but no point in time can be restored. The causes: %2.")
                    .arg(tenantLabel(tenant, tenantName))
                    .arg(causes.isEmpty() ? Tr::tr("see the other findings for this tenant") : listText(causes)));
}

} // namespace obrestore::diag
