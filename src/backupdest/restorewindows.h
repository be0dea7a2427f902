#pragma once

#include "catalog.h"

#include <QList>

#include <optional>

namespace obrestore {

// The archive pieces OceanBase considers for a restore from one archive destination
// (ObArchiveStore::get_piece_paths_in_range, ob-backup-layout.md §5.1 step 5): the newest non-empty piece's
// history of frozen pieces (ascending) followed by that piece itself, and the dest id of the first listed key,
// which filters them.
struct PieceCandidates
{
    QList<PieceAttr> pieces;
    qint64 firstKeyDestId = 0;
    bool allEmpty = true;   // pieces are listed but none has info or a checkpoint
    bool anyListed = false; // pieces/ lists at least one key
};
PieceCandidates pieceCandidates(const ArchiveDestEntry &dest);

// The chain OceanBase picks for restore point t (ObBackupDataStore::do_get_backup_set_array_): the latest full
// set with min_restore_scn <= t plus its contiguous incrementals.
struct ChainChoice
{
    qint64 newestSetId = 0;
    Scn restoreStartScn; // the newest chain set's start_replay_scn
    Scn newestMinRestoreScn;
    bool plusArchivelog = false;
};

// The sets of a data destination in the order OceanBase reads them: an end_success placeholder and a readable
// single_backup_set_info, ascending by id.
QList<BackupSetFileDesc> setsListedByOceanBase(const DataDestEntry &dest);

// The ids of the sets that can end a chain: SUCCESS and AVAILABLE, and for an incremental set its previous full
// and incremental sets already in the chain.
QList<qint64> usableSetIds(const QList<BackupSetFileDesc> &listed);

// The restorable windows of one data destination with one archive destination (or none: then only the end
// points of PLUS ARCHIVELOG sets). Exact, merged, closed, sorted (contract "windows").
// Computed by interval arithmetic over the rule of §5.1: the chain is constant between consecutive
// min_restore_scn values, and the log walk is decided by comparisons with piece start and checkpoint SCNs.
QList<RestoreWindow> computeWindows(const QList<BackupSetFileDesc> &listed, const PieceCandidates *archive);

// What OceanBase's restore would use for restore point t (ObRestoreUtil::get_restore_source): the backup set
// chain and the archive pieces, in order; or why it fails. The per-point counterpart of computeWindows(): it
// succeeds exactly for the SCNs inside the windows (tests check both against each other).
struct RestoreSource
{
    enum class Failure { None, NoBackupSet, NoEnoughLog };
    Failure failure = Failure::None;
    QList<BackupSetFileDesc> sets; // the chain, oldest first
    QList<PieceAttr> pieces;       // empty when the restore uses the sets' complement log
};
RestoreSource selectRestoreSource(const QList<BackupSetFileDesc> &listed, const PieceCandidates *archive, Scn t);

// Merges overlapping or adjacent windows; the merged window keeps the set of its earliest part.
QList<RestoreWindow> mergeWindows(QList<RestoreWindow> windows);

// The SCNs of the log OceanBase could replay from `restoreStart` on, as closed intervals (the G(rs) of the
// window computation). Exposed for the diagnostics (which runs cover a set) and for tests.
QList<QPair<Scn, Scn>> logCoverage(const PieceCandidates &archive, Scn restoreStart);

} // namespace obrestore
