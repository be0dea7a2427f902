#pragma once

#include "common/diagnostic.h"
#include "common/scn.h"
#include "filenames.h"
#include "storage.h"

#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace obrestore {

// Builders for every diagnostic code of the contract, each with a translated message that names the path,
// the cause and the fix: what a support engineer would tell the customer
// (../shared/reference/ob-backup-layout.md §5.3). Codes and severities follow the contract's table.
namespace diag {

using Tenant = std::optional<qint64>;

// How findings name a tenant: "hr (1006)" where the backup names it, else its id alone ("1006").
QString tenantLabel(qint64 tenantId, const QString &tenantName);

Diagnostic pathNotFound(const QString &uri, bool objectStorage = false);
Diagnostic permissionDenied(const QString &uri, const QString &osMessage, Tenant tenant = std::nullopt);
// PATH_NOT_FOUND, once, for the destinations that were parsed and have gone since (the file check of a restore
// source), instead of a missing file for every set and piece below them.
Diagnostic destinationGone(qint64 tenant, const QStringList &uris);
// `why`: the parameter problem, when the scheme is readable but the location is not well formed.
Diagnostic unsupportedStorage(const QString &uri, const QString &scheme, const QString &why = QString());
Diagnostic storageAccessDenied(const QString &uri, const QString &serverSays, Tenant tenant = std::nullopt);
Diagnostic storageBucketNotFound(const QString &uri, const QString &serverSays);
Diagnostic storageUnreachable(const QString &uri, const QString &what);
// STORAGE_PROTOCOL_ERROR: the endpoint answered, but not as object storage does (`what` says what it sent).
Diagnostic storageProtocolError(const QString &uri, const QString &what);
// LISTING_TOO_LONG: a listing stopped at its page or entry limit (`what` gives the figures).
Diagnostic listingTooLong(const QString &uri, const QString &what);
// The finding of an object-storage failure (AccessDenied, BucketNotFound, Unreachable, ProtocolError,
// LimitReached), else nullopt.
std::optional<Diagnostic> storageFailure(Storage::Status status, const QString &uri, const QString &message, Tenant tenant = std::nullopt);
// STORAGE_HTTPS_ONLY (warning): a host without a scheme answered only over HTTPS (OceanBase would use plain HTTP).
Diagnostic storageHttpsOnly(const QString &host);
// LINK_LEAVES_LOCATION: a symbolic link below a location that resolves outside it (not followed).
Diagnostic linkLeavesLocation(const QString &uri, const QString &target);
// The scan's own bounds (docs/hostile-input.md §7), each with the figure reached.
Diagnostic scanFolderLimit(const QString &uri, qint64 folders);
Diagnostic scanRequestLimit(qint64 limit);
Diagnostic scanTimeout(qint64 seconds);

// The walk stopped `depth` levels below a location with `folders` subfolders of `uri` not looked into.
Diagnostic scanDepthLimit(const QString &uri, int depth, qsizetype folders);
enum class NoFormatHint { Nothing, BackupSetFolder, PieceFolder, AFile };
Diagnostic noFormatFile(const QString &uri, NoFormatHint hint, qint64 foldersSeen);

// Any failed list or read of `uri`: the object-storage codes (storageFailure), CORRUPT_METADATA for something that
// cannot be a metadata file (not a regular file, too large), PERMISSION_DENIED with advice that fits the cause
// for the rest (a refused permission, a symbolic link loop, a path too long, a dangling link, an I/O error).
Diagnostic readFailure(Storage::Status status, const QString &uri, const QString &message, Tenant tenant = std::nullopt);
// CORRUPT_METADATA for a value OceanBase never writes (an SCN above its maximum, in a file or in a file's name).
Diagnostic absurdMetadata(const QString &uri, const QString &detail, Tenant tenant = std::nullopt);
Diagnostic corruptMetadata(const QString &uri, const QString &detail, Tenant tenant = std::nullopt);
Diagnostic emptyMetadataFile(const QString &uri, Tenant tenant = std::nullopt);
Diagnostic legacy40Layout(const QString &uri, Tenant tenant);
Diagnostic legacy3xLayout(const QString &uri, const QString &clusterName, qint64 clusterId, const QList<qint64> &tenantIds);
Diagnostic tmpFilesIgnored(const QString &uri, int count, Tenant tenant);

Diagnostic missingDataDest(qint64 tenant, const QString &archiveUri);
Diagnostic missingArchiveDest(qint64 tenant, const QString &dataUri, bool plusArchivelogPoints);
Diagnostic multipleDataDests(qint64 tenant, const QStringList &uris);

Diagnostic noBackupSets(qint64 tenant, const QString &uri, bool folderMissing);
Diagnostic noSuccessfulBackupSet(qint64 tenant, const QString &uri, int inProgress, int failed);
Diagnostic backupSetInProgress(qint64 tenant, const QString &uri, qint64 setId);
Diagnostic backupSetFailed(qint64 tenant, const QString &uri, qint64 setId);
Diagnostic backupSetInfoMissing(qint64 tenant, const QString &uri, qint64 setId);
Diagnostic backupSetNotAvailable(qint64 tenant, const QString &uri, qint64 setId, const QString &status,
                                 const QString &fileStatus);
Diagnostic incChainBroken(qint64 tenant, const QString &uri, qint64 setId, qint64 prevFull, qint64 prevInc);
enum class PasswordCheck { NotChecked, Matches, NoMatch };
Diagnostic backupEncrypted(qint64 tenant, const QString &uri, qint64 setId, PasswordCheck check);

Diagnostic noArchivePieces(qint64 tenant, const QString &uri, bool folderMissing);
Diagnostic allPiecesEmpty(qint64 tenant, const QString &uri, int pieces);
Diagnostic pieceNotAvailable(qint64 tenant, const QString &uri, const PieceKey &key, const QString &fileStatus);
Diagnostic pieceFolderMissing(qint64 tenant, const QString &uri, const PieceKey &key);
Diagnostic foreignDestPieces(qint64 tenant, const QString &uri, qint64 foreignDestId, qint64 destId, int count);
Diagnostic archiveGap(qint64 tenant, const QString &uri, Scn prevEnd, Scn nextStart, const QTimeZone &zone);
Diagnostic archiveStartsAfterBackup(qint64 tenant, const QString &uri, qint64 setId, Scn startReplay,
                                    std::optional<Scn> firstPieceStart, const QTimeZone &zone);
// `logEnd`: where the log that continues from the set's start_replay_scn ends (nullopt: no log continues).
// `olderWindows`: whether older sets still give restorable windows. `newestCheckpoint`: the furthest checkpoint of
// any piece (past `minRestore`, waiting for archiving does not help: the log between is missing).
Diagnostic newestSetNotCovered(qint64 tenant, const QString &uri, qint64 setId, Scn minRestore, std::optional<Scn> logEnd,
                               bool olderWindows, std::optional<Scn> newestCheckpoint, const QTimeZone &zone);
Diagnostic noRoundStart(qint64 tenant, const QString &uri, qint64 destId);
// An active piece whose checkpoint_info.<scn> names are there but whose checkpoint_info.0 is not (or is a folder):
// OceanBase takes the piece as empty; `start` and `checkpoint` say what log that leaves out, where known.
Diagnostic checkpointMetaMissing(qint64 tenant, const QString &uri, const PieceKey &key, bool folder, std::optional<Scn> start,
                                 std::optional<Scn> checkpoint, const QTimeZone &zone);
Diagnostic checkpointFileLost(qint64 tenant, const QString &uri, const PieceKey &key, Scn staleCheckpoint,
                              const QTimeZone &zone);

// A file OceanBase cannot read stops its walk (ob-backup-layout.md §5.1 steps 4–5): a backup set's
// single_backup_set_info damaged or unreadable (every point from `from` on fails), or a piece file on the walk
// from the newest piece back (every restore naming that archive destination fails).
Diagnostic setUnreadableBlocks(qint64 tenant, const QString &uri, qint64 setId, std::optional<Scn> from, const QTimeZone &zone);
Diagnostic archiveUnreadableBlocks(qint64 tenant, const QString &uri, const PieceKey &key);

// Why a restore source could not be found for one point (restore_source.reason_code).
Diagnostic unreadableStopsRestore(qint64 tenant, const QString &uri, Scn point, const QTimeZone &zone);
Diagnostic pointWithoutWindows(qint64 tenant, const QString &uri);
Diagnostic pointOutsideWindows(qint64 tenant, const QString &uri, Scn point, std::optional<Scn> earlierEnd,
                               std::optional<Scn> laterStart, const QTimeZone &zone);
// Without UNTIL: the server finds no point by itself (`point` nullopt), or the point it picks is refused.
Diagnostic latestNotRestorable(qint64 tenant, const QString &uri, std::optional<Scn> point, const QTimeZone &zone);

// inspect --verify: files a restore opens from a chosen set or piece are missing (`missing`: the first ones).
// A restore to the latest point from the data backup path alone walks the sets newest first and ends with an error
// at `setId`, whose single_backup_set_info (`uri`) is there but cannot be read (get_max_backup_set_file_info).
Diagnostic latestStoppedAtSet(qint64 tenant, const QString &uri, qint64 setId);
Diagnostic backupSetFilesMissing(qint64 tenant, const QString &uri, qint64 setId, const QStringList &missing, int total);
Diagnostic pieceFilesMissing(qint64 tenant, const QString &uri, const PieceKey &key, const QStringList &missing, int total);

Diagnostic versionIncompatible(qint64 tenant, const QString &uri, const QString &code, const QString &explanation);
Diagnostic noRestorableWindow(qint64 tenant, const QString &tenantName, const QString &uri, const QStringList &causes);

} // namespace diag
} // namespace obrestore
