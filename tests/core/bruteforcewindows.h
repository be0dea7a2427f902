#pragma once

// A second, deliberately naive implementation of OceanBase's restore-point rule, evaluated at one SCN at a time,
// written straight from ../shared/reference/ob-backup-layout.md §5.1 steps 4–5 (ObBackupDataStore::
// do_get_backup_set_array_ and ObArchiveStore::get_piece_paths_in_range). The product computes windows by
// interval arithmetic (src/backupdest/restorewindows.cpp); the tests check one against the other at every
// boundary SCN (and ±1).

#include "backupdest/restorewindows.h"

#include <QMap>
#include <QSet>

#include <optional>

namespace brute {

using namespace obrestore;

struct Verdict
{
    bool ok = false;
    qint64 setId = 0;
};

// `listed.sets` are the readable sets in id order; `listed.unreadableSetId` is a set after them whose
// single_backup_set_info cannot be read: reading it aborts the restore.
inline Verdict restorableAt(const SetList &listed, const PieceCandidates *archive, quint64 t)
{
    // Step 4: the backup set chain, reading each set's information in id order.
    QSet<qint64> chain;
    quint64 restoreStart = 0;
    qint64 newest = 0;
    bool plus = false;
    quint64 newestMin = 0;
    bool stoppedBeforeEnd = false;
    for (const BackupSetFileDesc &s : listed.sets) {
        if (s.minRestoreScn.value() > t) {
            stoppedBeforeEnd = true;
            break;
        }
        if (s.status != 1 || s.fileStatus != 0)
            continue;
        if (s.backupType == 1) {
            chain.clear();
        } else if (!(chain.contains(s.prevFullBackupSetId) && chain.contains(s.prevIncBackupSetId))) {
            continue;
        }
        chain.insert(s.backupSetId);
        restoreStart = s.startReplayScn.value();
        newest = s.backupSetId;
        plus = s.plusArchivelog;
        newestMin = s.minRestoreScn.value();
    }
    if (!stoppedBeforeEnd && listed.unreadableSetId != 0)
        return {}; // the next read fails: the whole restore fails
    if (chain.isEmpty())
        return {};
    if (!archive) // complement log of the newest set: exactly its min_restore_scn
        return {plus && t == newestMin, newest};

    // Step 5: the pieces. A read error on the way to the newest non-empty piece fails the restore, and
    // get_piece_paths_in_range refuses start_scn >= end_scn.
    if (!archive->unreadableUri.isEmpty() || restoreStart >= t)
        return {};
    QList<const PieceAttr *> chosen;
    for (const PieceAttr &cur : archive->pieces) {
        if (cur.destId != archive->firstKeyDestId || cur.fileStatus != 0 || cur.endScn.value() <= restoreStart)
            continue;
        if (cur.startScn.value() >= t) {
            if (!chosen.isEmpty() && chosen.last()->endScn == cur.startScn && chosen.last()->checkpointScn.value() < t)
                chosen.append(&cur);
            break;
        }
        if (!chosen.isEmpty() && chosen.last()->endScn != cur.startScn)
            chosen.clear();
        if (chosen.isEmpty()) {
            if (cur.startScn.value() <= restoreStart)
                chosen.append(&cur);
            else
                return {};
        } else {
            chosen.append(&cur);
        }
    }
    if (chosen.isEmpty() || chosen.last()->checkpointScn.value() < t)
        return {};
    return {true, newest};
}

} // namespace brute
