#include "diagnostic.h"

#include "tr.h"

#include <QHash>

#include <algorithm>

namespace obrestore {

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QString diagnosticFix(const QString &code)
{
    // One line per code, for tools and the findings list; the message keeps the case's own details.
    static const QHash<QString, const char *> fixes = {
        {QStringLiteral("PATH_NOT_FOUND"), QT_TRANSLATE_NOOP("obrestore", "Check the path or URI (spelling, mount, bucket prefix) and parse again.")},
        {QStringLiteral("PERMISSION_DENIED"), QT_TRANSLATE_NOOP("obrestore", "Make the named folder or file readable by this user (or fix the link it is), then parse again.")},
        {QStringLiteral("UNSUPPORTED_STORAGE"), QT_TRANSLATE_NOOP("obrestore", "Copy the backup to a local path, NFS, an S3-compatible bucket (S3, OSS, COS) or Azure Blob and parse that.")},
        {QStringLiteral("STORAGE_ACCESS_DENIED"), QT_TRANSLATE_NOOP("obrestore", "Check the access key, secret and token (and the clock of this computer); the key needs list and read rights on the bucket.")},
        {QStringLiteral("STORAGE_BUCKET_NOT_FOUND"), QT_TRANSLATE_NOOP("obrestore", "Check the bucket name, the endpoint and the region.")},
        {QStringLiteral("STORAGE_UNREACHABLE"), QT_TRANSLATE_NOOP("obrestore", "Check the endpoint's host name, the network path to it and any proxy, then parse again.")},
        {QStringLiteral("BACKUP_SET_FILES_MISSING"), QT_TRANSLATE_NOOP("obrestore", "Copy the backup set again in full, or restore to a point that uses another set.")},
        {QStringLiteral("PIECE_FILES_MISSING"), QT_TRANSLATE_NOOP("obrestore", "Copy the archive piece again in full, or restore to a point that does not need it.")},
        {QStringLiteral("NO_FORMAT_FILE"), QT_TRANSLATE_NOOP("obrestore", "Point at the backup root (the folder holding format.obbak) or a folder above it.")},
        {QStringLiteral("CORRUPT_METADATA"), QT_TRANSLATE_NOOP("obrestore", "Copy the named file again from the original backup location; a file damaged there cannot be restored from.")},
        {QStringLiteral("EMPTY_METADATA_FILE"), QT_TRANSLATE_NOOP("obrestore", "Copy the named file again: the copy tool may have stopped early or skipped its content.")},
        {QStringLiteral("LEGACY_40_LAYOUT"), QT_TRANSLATE_NOOP("obrestore", "Restore this backup into an OceanBase 4.0 cluster; 4.1 and later refuse it.")},
        {QStringLiteral("LEGACY_3X_LAYOUT"), QT_TRANSLATE_NOOP("obrestore", "Restore it into a 2.x/3.x cluster; to reach 4.x, migrate the data logically (for example with OMS).")},
        {QStringLiteral("MISSING_DATA_DEST"), QT_TRANSLATE_NOOP("obrestore", "Add the tenant's data backup path to the locations parsed together.")},
        {QStringLiteral("MISSING_ARCHIVE_DEST"), QT_TRANSLATE_NOOP("obrestore", "Add the tenant's log archive path to the locations parsed together, or restore to a PLUS ARCHIVELOG set's point.")},
        {QStringLiteral("MULTIPLE_DATA_DESTS"), QT_TRANSLATE_NOOP("obrestore", "Parse one data backup path at a time: OceanBase reads one per restore.")},
        {QStringLiteral("NO_BACKUP_SETS"), QT_TRANSLATE_NOOP("obrestore", "Copy the backup_sets folder too, or take a full backup of the tenant.")},
        {QStringLiteral("NO_SUCCESSFUL_BACKUP_SET"), QT_TRANSLATE_NOOP("obrestore", "Wait for a running backup to finish, or take a new full backup.")},
        {QStringLiteral("BACKUP_SET_IN_PROGRESS"), QT_TRANSLATE_NOOP("obrestore", "Wait for the backup to finish, then parse again.")},
        {QStringLiteral("BACKUP_SET_FAILED"), QT_TRANSLATE_NOOP("obrestore", "Nothing to do for the restore: OceanBase skips a failed set.")},
        {QStringLiteral("BACKUP_SET_INFO_MISSING"), QT_TRANSLATE_NOOP("obrestore", "Copy the set's single_backup_set_info file again; without it OceanBase skips the set.")},
        {QStringLiteral("BACKUP_SET_NOT_AVAILABLE"), QT_TRANSLATE_NOOP("obrestore", "Use another set; a set marked deleted or broken is not read.")},
        {QStringLiteral("INC_CHAIN_BROKEN"), QT_TRANSLATE_NOOP("obrestore", "Copy the incremental set's previous sets too, or restore to a point its full set covers.")},
        {QStringLiteral("BACKUP_ENCRYPTED"), QT_TRANSLATE_NOOP("obrestore", "Give the backup's decryption password (SET DECRYPTION IDENTIFIED BY).")},
        {QStringLiteral("NO_ARCHIVE_PIECES"), QT_TRANSLATE_NOOP("obrestore", "Copy the archive's pieces too, or check that log archiving is enabled for the tenant.")},
        {QStringLiteral("ALL_PIECES_EMPTY"), QT_TRANSLATE_NOOP("obrestore", "Copy the pieces' files again (the copy looks empty), or wait for archiving to write its first checkpoint.")},
        {QStringLiteral("PIECE_NOT_AVAILABLE"), QT_TRANSLATE_NOOP("obrestore", "Restore to a point that does not need this piece, or copy it again.")},
        {QStringLiteral("FOREIGN_DEST_PIECES"), QT_TRANSLATE_NOOP("obrestore", "Move the other destination's pieces to their own archive path; OceanBase reads only this one's.")},
        {QStringLiteral("ARCHIVE_GAP"), QT_TRANSLATE_NOOP("obrestore", "Choose a point inside a window; points in the gap cannot be restored.")},
        {QStringLiteral("ARCHIVE_STARTS_AFTER_BACKUP"), QT_TRANSLATE_NOOP("obrestore", "Take a new full backup while log archiving runs; this set cannot be brought forward.")},
        {QStringLiteral("NEWEST_SET_NOT_COVERED"), QT_TRANSLATE_NOOP("obrestore", "Restore to a point before the newest set, or move that set away so OceanBase picks the older one.")},
        {QStringLiteral("NO_ROUND_START"), QT_TRANSLATE_NOOP("obrestore", "Copy the rounds folder too, or restore with an explicit UNTIL SCN instead of the latest point.")},
        {QStringLiteral("CHECKPOINT_FILE_LOST"), QT_TRANSLATE_NOOP("obrestore", "Copy again with a tool that keeps 0-byte files (the checkpoint is in the file's name).")},
        {QStringLiteral("CHECKPOINT_META_MISSING"), QT_TRANSLATE_NOOP("obrestore", "Copy the piece's checkpoint_info.0.obarc again from the original backup location.")},
        {QStringLiteral("TMP_FILES_IGNORED"), QT_TRANSLATE_NOOP("obrestore", "Nothing to do: OceanBase ignores these files too.")},
        {QStringLiteral("SCAN_DEPTH_LIMIT"), QT_TRANSLATE_NOOP("obrestore", "Parse the named folder itself, or a folder closer to the backup root.")},
        {QStringLiteral("SCAN_FOLDER_LIMIT"), QT_TRANSLATE_NOOP("obrestore", "Parse a folder closer to the backup root.")},
        {QStringLiteral("SCAN_REQUEST_LIMIT"), QT_TRANSLATE_NOOP("obrestore", "Parse a folder closer to one tenant's backup, or check what the endpoint answers.")},
        {QStringLiteral("SCAN_TIMEOUT"), QT_TRANSLATE_NOOP("obrestore", "Parse again with a longer time limit (--timeout), or a folder closer to the backup.")},
        {QStringLiteral("LISTING_TOO_LONG"), QT_TRANSLATE_NOOP("obrestore", "Parse a folder closer to one tenant's backup, or check what fills this folder.")},
        {QStringLiteral("LINK_LEAVES_LOCATION"), QT_TRANSLATE_NOOP("obrestore", "Parse the link's target itself if it holds a backup.")},
        {QStringLiteral("SOURCE_KEY_UNKNOWN"), QT_TRANSLATE_NOOP("obrestore", "Give the bucket's secret access key (OBRESTORE_ACCESS_KEY, --access-key-file, or Enter key… in the wizard).")},
        {QStringLiteral("STORAGE_HTTPS_ONLY"), QT_TRANSLATE_NOOP("obrestore", "Write host=https://… in the location OceanBase restores from.")},
        {QStringLiteral("STORAGE_PROTOCOL_ERROR"), QT_TRANSLATE_NOOP("obrestore", "Check that host= is the object storage's own endpoint, with the right port and scheme.")},
        {QStringLiteral("VERSION_TOO_NEW_FOR_TARGET"), QT_TRANSLATE_NOOP("obrestore", "Restore into a cluster of the backup's version or newer, or upgrade the target first.")},
        {QStringLiteral("VERSION_PATH_NOT_ALLOWED"), QT_TRANSLATE_NOOP("obrestore", "Restore into a cluster of a version this backup can go to (see the message).")},
        {QStringLiteral("NO_RESTORABLE_WINDOW"), QT_TRANSLATE_NOOP("obrestore", "See the tenant's other findings: each names its cause and what to do.")},
        {QStringLiteral("POINT_OUTSIDE_WINDOWS"), QT_TRANSLATE_NOOP("obrestore", "Choose a point inside one of the restorable windows.")},
    };
    const auto it = fixes.constFind(code);
    return it == fixes.constEnd() ? QString() : Tr::tr(*it);
}

void sortDiagnostics(QList<Diagnostic> &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return int(a.severity) < int(b.severity); });
}

} // namespace obrestore
