#pragma once

#include "catalog.h"

#include <QList>

#include <optional>

namespace obrestore {

// The archive pieces OceanBase considers for a restore from one archive destination
// (ObArchiveStore::get_piece_paths_in_range, ob-backup-layout.md §5.1 step 5): the newest non-empty piece's
// history of frozen pieces (ascending) followed by that piece itself, and the dest id of the first listed key,
// which filters them.
// Keys come only from the pieces/ start placeholders (ObPieceFilter); OceanBase reads each key's piece
// information from the newest back until one is not empty, and any read error on that walk (a damaged or
// unreadable single_piece_info or checkpoint_info.0, or the non-empty piece's tenant_archive_piece_infos missing
// or damaged) fails every restore that names this destination.
struct PieceCandidates
{
    QList<PieceAttr> pieces;
    qint64 firstKeyDestId = 0;
    bool allEmpty = true;   // pieces are listed but none has info or a checkpoint
    bool anyListed = false; // pieces/ lists at least one start key
    QString unreadableUri;  // the file that stops OceanBase's walk (empty: none)
    PieceKey unreadableKey;
    bool unreadable() const { return !unreadableUri.isEmpty(); }
};
PieceCandidates pieceCandidates(const ArchiveDestEntry &dest);

// The point OceanBase restores to when the statement has no UNTIL and names this archive destination
// (ObRestoreUtil::fill_restore_scn_ → ObArchiveStore::get_max_checkpoint_scn): in the newest round that has a
// rounds/ start file of the format's dest id, the checkpoint of the newest non-empty piece. nullopt when the
// server would refuse (no round start, no non-empty piece, an unreadable piece on the way).
std::optional<Scn> latestArchivePoint(const ArchiveDestEntry &dest);

// The chain OceanBase picks for restore point t (ObBackupDataStore::do_get_backup_set_array_): the latest full
// set with min_restore_scn <= t plus its contiguous incrementals.
struct ChainChoice
{
    qint64 newestSetId = 0;
    Scn restoreStartScn; // the newest chain set's start_replay_scn
    Scn newestMinRestoreScn;
    bool plusArchivelog = false;
};

// The sets of a data destination in the order OceanBase reads them (ObBackupDataStore::do_get_backup_set_array_):
// those with an end_success placeholder, ascending by id. A missing single_backup_set_info is skipped; any other
// read error (damaged, truncated, unreadable) stops the whole restore once the walk reaches that set, so the list
// ends there and remembers the file.
struct SetList
{
    SetList(QList<BackupSetFileDesc> readable = {}) : sets(std::move(readable)) {}
    QList<BackupSetFileDesc> sets; // readable, ascending, all before the first unreadable one
    qint64 unreadableSetId = 0;    // 0: none
    QString unreadableUri;         // that set's single_backup_set_info
    bool blocked() const { return unreadableSetId != 0; }
    // The walk reaches the unreadable set for every t >= this (the largest min_restore_scn before it).
    quint64 blockedFrom() const;
};
SetList setsListedByOceanBase(const DataDestEntry &dest);

// The ids of the sets that can end a chain: SUCCESS and AVAILABLE, and for an incremental set its previous full
// and incremental sets already in the chain.
QList<qint64> usableSetIds(const QList<BackupSetFileDesc> &listed);

// The newest SUCCESS + AVAILABLE set's min_restore_scn: where a restore without UNTIL goes when it names only
// the data destination (complement log; ObBackupDataStore::get_max_backup_set_file_info).
// The point a restore without UNTIL and without an archive destination goes to (ObBackupDataStore::
// get_max_backup_set_file_info): the sets with an end placeholder, newest first; a set whose single_backup_set_info
// is missing is skipped (OB_BACKUP_FILE_NOT_EXIST, and from 4.3.3 object storage's OB_OBJECT_NOT_EXIST), one not
// SUCCESS and AVAILABLE is passed over, and any other read error (an empty or damaged file) ends the walk with that
// error: then `point` is unset and `stoppedAtSet` names the set. The first good set gives its min_restore_scn.
struct LatestDataOnly
{
    std::optional<Scn> point;
    qint64 stoppedAtSet = 0;
    QString stoppedUri; // that set's single_backup_set_info
};
LatestDataOnly latestDataOnlyPoint(const DataDestEntry &dest);

// The restorable windows of one data destination with one archive destination (or none: then only the end
// points of PLUS ARCHIVELOG sets). Exact, merged, closed, sorted (contract "windows").
// Computed by interval arithmetic over the rule of §5.1: the chain is constant between consecutive
// min_restore_scn values, and the log walk is decided by comparisons with piece start and checkpoint SCNs.
QList<RestoreWindow> computeWindows(const SetList &listed, const PieceCandidates *archive);

// What OceanBase's restore would use for restore point t (ObRestoreUtil::get_restore_source): the backup set
// chain and the archive pieces, in order; or why it fails. The per-point counterpart of computeWindows(): it
// succeeds exactly for the SCNs inside the windows (tests check both against each other).
struct RestoreSource
{
    // NoBackupSet: no usable set has min_restore_scn <= t. NoEnoughLog: the log does not reach t from the chain's
    // start_replay_scn (or t is not after it: OceanBase refuses start >= end). Unreadable: the walk reaches a
    // file OceanBase cannot read (unreadableUri names it).
    enum class Failure { None, NoBackupSet, NoEnoughLog, Unreadable };
    Failure failure = Failure::None;
    QList<BackupSetFileDesc> sets; // the chain, oldest first
    QList<PieceAttr> pieces;       // empty when the restore uses the sets' complement log
    QString unreadableUri;
};
RestoreSource selectRestoreSource(const SetList &listed, const PieceCandidates *archive, Scn t);

// Merges overlapping or adjacent windows; the merged window keeps the set of its earliest part.
QList<RestoreWindow> mergeWindows(QList<RestoreWindow> windows);

// The SCNs of the log OceanBase could replay from `restoreStart` on, as closed intervals (the G(rs) of the
// window computation). Exposed for the diagnostics (which runs cover a set) and for tests.
// `until`: only the intervals that reach past it are left out (a set's part of the windows ends there), so the walk
// stops at the first piece that starts at or after it; `limit`: at most that many intervals (1: "is there any").
// Each call then costs the pieces up to `until`, not all of them.
QList<QPair<Scn, Scn>> logCoverage(const PieceCandidates &archive, Scn restoreStart, std::optional<Scn> until = std::nullopt,
                                   int limit = -1);

} // namespace obrestore
