#include "restorewindows.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace obrestore {

namespace {

// SCN arithmetic on closed integer intervals; everything stays below Scn::kMax (unbounded).
constexpr quint64 kTop = Scn::kMax - 1;

struct Interval
{
    quint64 lo;
    quint64 hi;
};

// (a, b] as a closed interval [a+1, b], or nothing.
std::optional<Interval> halfOpen(quint64 a, quint64 b)
{
    if (a >= kTop || b <= a)
        return std::nullopt;
    return Interval{a + 1, qMin(b, kTop)};
}

} // namespace

namespace {

QString metadataUri(const QString &destUri, const PieceKey &key, bool legacy40, const char *name)
{
    return destUri + u'/' + pieceDirName(key) + u'/' + QLatin1StringView(name) + (legacy40 ? QString() : QStringLiteral(".obarc"));
}

// The start keys of pieces/ in OceanBase's order (ObPieceFilter keeps only piece_d…_start_* names).
QList<const PieceEntry *> startKeys(const ArchiveDestEntry &dest)
{
    QList<const PieceEntry *> keys;
    for (const PieceEntry &p : dest.pieces) {
        if (p.hasStartPlaceholder)
            keys.append(&p);
    }
    return keys;
}

// From the newest key back, the first piece that is not empty (get_whole_piece_info in a loop); stops at the
// first read error, which fails the restore.
struct NewestWalk
{
    const PieceEntry *newest = nullptr;
    QString unreadableUri;
    PieceKey unreadableKey;
};
NewestWalk walkNewest(const ArchiveDestEntry &dest, const QList<const PieceEntry *> &keys)
{
    NewestWalk w;
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        const PieceEntry &p = **it;
        if (!p.unreadableUri.isEmpty() || p.source == PieceEntry::Source::NotRead) {
            // NotRead here only when a scan was cancelled before its walk reached this piece.
            w.unreadableUri = p.unreadableUri.isEmpty() ? dest.uri + u'/' + pieceDirName(p.key) : p.unreadableUri;
            w.unreadableKey = p.key;
            return w;
        }
        if (p.source == PieceEntry::Source::Empty)
            continue;
        if (!p.extend) {
            // A non-empty piece's tenant_archive_piece_infos is read too; missing or damaged, the read fails.
            w.unreadableUri = metadataUri(dest.uri, p.key, dest.legacy40, "tenant_archive_piece_infos");
            w.unreadableKey = p.key;
            return w;
        }
        w.newest = &p;
        return w;
    }
    return w;
}

} // namespace

PieceCandidates pieceCandidates(const ArchiveDestEntry &dest)
{
    PieceCandidates out;
    const QList<const PieceEntry *> keys = startKeys(dest);
    out.anyListed = !keys.isEmpty();
    if (keys.isEmpty())
        return out;
    // Keys are sorted by (round, piece) as OceanBase sorts them; the first listed key's dest id filters.
    out.firstKeyDestId = keys.first()->key.destId;
    const NewestWalk walk = walkNewest(dest, keys);
    if (!walk.unreadableUri.isEmpty()) {
        out.allEmpty = false;
        out.unreadableUri = walk.unreadableUri;
        out.unreadableKey = walk.unreadableKey;
        return out;
    }
    if (!walk.newest)
        return out;
    out.allEmpty = false;
    // OceanBase trusts the history as recorded when the newest piece was created: a piece whose folder is gone
    // is still chosen, and the restore fails when it reads it. The diagnostics and --verify name such folders.
    out.pieces = walk.newest->extend->hisFrozenPieces;
    out.pieces.append(walk.newest->attr);
    return out;
}

std::optional<Scn> latestArchivePoint(const ArchiveDestEntry &dest)
{
    // get_max_checkpoint_scn: the max round among rounds/ start files of the format's dest id, then that
    // round's pieces from the newest back to the first non-empty one.
    qint64 maxRound = -1;
    for (const RoundEntry &r : dest.rounds) {
        if (r.hasStart && r.destId == dest.format.destId)
            maxRound = qMax(maxRound, r.roundId);
    }
    if (maxRound < 0)
        return std::nullopt;
    QList<const PieceEntry *> keys;
    for (const PieceEntry *p : startKeys(dest)) {
        if (p->key.roundId == maxRound && p->key.destId == dest.format.destId)
            keys.append(p);
    }
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        if (!(*it)->unreadableUri.isEmpty() || (*it)->source == PieceEntry::Source::NotRead)
            return std::nullopt;
        if ((*it)->source != PieceEntry::Source::Empty)
            return (*it)->attr.checkpointScn;
    }
    return std::nullopt;
}

quint64 SetList::blockedFrom() const
{
    quint64 m = 0;
    for (const BackupSetFileDesc &s : sets)
        m = qMax(m, s.minRestoreScn.value());
    return m;
}

SetList setsListedByOceanBase(const DataDestEntry &dest)
{
    QList<BackupSetEntry> withEnd;
    for (const auto &s : dest.sets) {
        if (s.hasEndSuccess)
            withEnd.append(s);
    }
    std::sort(withEnd.begin(), withEnd.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    SetList out;
    for (const BackupSetEntry &s : std::as_const(withEnd)) {
        if (s.info) {
            out.sets.append(*s.info);
            continue;
        }
        if (s.infoMissing)
            continue; // OB_BACKUP_FILE_NOT_EXIST: skipped
        // Any other read error aborts the walk here (the loop of do_get_backup_set_array_ runs while OB_SUCC).
        out.unreadableSetId = s.id;
        out.unreadableUri = dest.uri + u'/' + setDirName(s.id, s.type) + u'/'
            + (dest.legacy40 ? QStringLiteral("single_backup_set_info") : QStringLiteral("single_backup_set_info.obbak"));
        break;
    }
    return out;
}

LatestDataOnly latestDataOnlyPoint(const DataDestEntry &dest)
{
    QList<const BackupSetEntry *> withEnd;
    for (const BackupSetEntry &s : dest.sets) {
        if (s.hasEndSuccess)
            withEnd.append(&s);
    }
    std::sort(withEnd.begin(), withEnd.end(), [](const BackupSetEntry *a, const BackupSetEntry *b) { return a->id > b->id; });
    LatestDataOnly out;
    for (const BackupSetEntry *s : std::as_const(withEnd)) {
        if (!s->info) {
            if (s->infoMissing)
                continue; // not there: skipped
            out.stoppedAtSet = s->id; // there, but unreadable: the walk ends with the error
            out.stoppedUri = dest.uri + u'/' + setDirName(s->id, s->type) + u'/'
                + (dest.legacy40 ? QStringLiteral("single_backup_set_info") : QStringLiteral("single_backup_set_info.obbak"));
            return out;
        }
        if (s->info->status == qint32(SetStatus::Success) && s->info->fileStatus == qint32(FileStatus::Available)) {
            out.point = s->info->minRestoreScn;
            return out;
        }
    }
    return out;
}

namespace {

// One pass of do_get_backup_set_array_ over `prefix` (the sets with min_restore_scn <= t); the password check
// is assumed to pass (the restore supplies SET DECRYPTION).
std::optional<ChainChoice> chainOf(const QList<BackupSetFileDesc> &listed, qsizetype prefix, QSet<qint64> *inserted = nullptr)
{
    QSet<qint64> chain;
    std::optional<ChainChoice> choice;
    for (qsizetype i = 0; i < prefix; ++i) {
        const BackupSetFileDesc &s = listed[i];
        if (s.status != qint32(SetStatus::Success) || s.fileStatus != qint32(FileStatus::Available))
            continue;
        if (s.backupType == 1) {
            chain.clear();
        } else if (!chain.contains(s.prevFullBackupSetId) || !chain.contains(s.prevIncBackupSetId)) {
            continue;
        }
        chain.insert(s.backupSetId);
        if (inserted)
            inserted->insert(s.backupSetId);
        choice = ChainChoice{s.backupSetId, s.startReplayScn, s.minRestoreScn, s.plusArchivelog};
    }
    if (chain.isEmpty())
        return std::nullopt;
    return choice;
}

} // namespace

QList<qint64> usableSetIds(const QList<BackupSetFileDesc> &listed)
{
    QSet<qint64> inserted;
    chainOf(listed, listed.size(), &inserted);
    QList<qint64> out(inserted.begin(), inserted.end());
    std::sort(out.begin(), out.end());
    return out;
}

QList<QPair<Scn, Scn>> logCoverage(const PieceCandidates &archive, Scn restoreStart, std::optional<Scn> until, int limit)
{
    const quint64 rs = restoreStart.value();
    const quint64 last = until ? until->value() : kTop;
    QList<const PieceAttr *> p;
    if (archive.unreadable())
        return {};
    p.reserve(archive.pieces.size());
    for (const PieceAttr &c : archive.pieces) {
        if (c.destId != archive.firstKeyDestId || c.fileStatus != qint32(FileStatus::Available) || c.endScn.value() <= rs)
            continue;
        p.append(&c);
    }
    QList<QPair<Scn, Scn>> out;
    auto add = [&](std::optional<Interval> i) {
        if (i)
            out.append({Scn(i->lo), Scn(i->hi)});
        return limit > 0 && out.size() >= limit;
    };
    if (p.isEmpty() || p.first()->startScn.value() > rs)
        return out; // the first piece must start at or before the restore start
    qsizetype s = 0;
    const qsizetype n = p.size();
    while (true) {
        qsizetype m = s;
        while (m + 1 < n && p[m]->endScn == p[m + 1]->startScn)
            ++m;
        // t in (p[j-1].start, p[j].start]: the walk stops at p[j] (adding it when the previous checkpoint is
        // before t) and succeeds when the last chosen checkpoint reaches t.
        for (qsizetype j = s + 1; j <= m; ++j) {
            // A run is continuous (each piece starts where the previous ends): past `until`, nothing more counts.
            if (p[j - 1]->startScn.value() >= last)
                return out;
            const quint64 reach = qMax(p[j - 1]->checkpointScn.value(), p[j]->checkpointScn.value());
            if (add(halfOpen(p[j - 1]->startScn.value(), qMin(p[j]->startScn.value(), reach))))
                return out;
        }
        const quint64 next = m + 1 < n ? p[m + 1]->startScn.value() : kTop;
        if (p[m]->startScn.value() >= last || add(halfOpen(p[m]->startScn.value(), qMin(next, p[m]->checkpointScn.value()))))
            return out;
        if (m + 1 >= n)
            break;
        // For t beyond the next piece's start the run breaks there and the walk restarts from that piece, which
        // must itself start at or before the restore start.
        if (p[m + 1]->startScn.value() <= rs) {
            s = m + 1;
            continue;
        }
        break;
    }
    return out;
}

RestoreSource selectRestoreSource(const SetList &listed, const PieceCandidates *archive, Scn t)
{
    RestoreSource out;
    QList<BackupSetFileDesc> chain;
    bool stopped = false;
    for (const BackupSetFileDesc &s : listed.sets) {
        if (s.minRestoreScn > t) {
            stopped = true;
            break;
        }
        if (s.status != qint32(SetStatus::Success) || s.fileStatus != qint32(FileStatus::Available))
            continue;
        if (s.backupType == 1) {
            chain.clear();
        } else {
            const bool full = std::any_of(chain.cbegin(), chain.cend(), [&](const auto &c) { return c.backupSetId == s.prevFullBackupSetId; });
            const bool inc = std::any_of(chain.cbegin(), chain.cend(), [&](const auto &c) { return c.backupSetId == s.prevIncBackupSetId; });
            if (!full || !inc)
                continue;
        }
        chain.append(s);
    }
    if (!stopped && listed.blocked()) {
        out.failure = RestoreSource::Failure::Unreadable;
        out.unreadableUri = listed.unreadableUri;
        return out;
    }
    if (chain.isEmpty()) {
        out.failure = RestoreSource::Failure::NoBackupSet;
        return out;
    }
    out.sets = chain;
    const Scn restoreStart = chain.last().startReplayScn;
    if (!archive) {
        if (!chain.last().plusArchivelog || chain.last().minRestoreScn != t)
            out.failure = RestoreSource::Failure::NoEnoughLog;
        return out;
    }
    if (archive->unreadable()) {
        out.failure = RestoreSource::Failure::Unreadable;
        out.unreadableUri = archive->unreadableUri;
        return out;
    }
    if (restoreStart >= t) {
        // get_piece_paths_in_range refuses start_scn >= end_scn (OB_INVALID_ARGUMENT).
        out.failure = RestoreSource::Failure::NoEnoughLog;
        return out;
    }
    QList<PieceAttr> chosen;
    for (const PieceAttr &cur : archive->pieces) {
        if (cur.destId != archive->firstKeyDestId || cur.fileStatus != qint32(FileStatus::Available) || cur.endScn <= restoreStart)
            continue;
        if (cur.startScn >= t) {
            if (!chosen.isEmpty() && chosen.last().endScn == cur.startScn && chosen.last().checkpointScn < t)
                chosen.append(cur);
            break;
        }
        if (!chosen.isEmpty() && chosen.last().endScn != cur.startScn)
            chosen.clear();
        if (chosen.isEmpty() && cur.startScn > restoreStart) {
            out.failure = RestoreSource::Failure::NoEnoughLog;
            return out;
        }
        chosen.append(cur);
    }
    if (chosen.isEmpty() || chosen.last().checkpointScn < t)
        out.failure = RestoreSource::Failure::NoEnoughLog;
    else
        out.pieces = chosen;
    return out;
}

QList<RestoreWindow> mergeWindows(QList<RestoreWindow> windows)
{
    std::sort(windows.begin(), windows.end(), [](const RestoreWindow &a, const RestoreWindow &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<RestoreWindow> out;
    for (const RestoreWindow &w : windows) {
        if (!out.isEmpty() && out.last().end.value() + 1 >= w.start.value()) {
            if (w.end > out.last().end)
                out.last().end = w.end;
            continue;
        }
        out.append(w);
    }
    return out;
}

QList<RestoreWindow> computeWindows(const SetList &setList, const PieceCandidates *archive)
{
    QList<RestoreWindow> windows;
    const QList<BackupSetFileDesc> &listed = setList.sets;
    QMap<QPair<quint64, quint64>, QList<QPair<Scn, Scn>>> coverageCache;
    quint64 maxMinRestore = 0;
    const qsizetype n = listed.size();
    // With an unreadable set after these, every t the walk does not stop before it fails.
    const std::optional<quint64> limit = setList.blocked() ? std::optional<quint64>(setList.blockedFrom()) : std::nullopt;
    if (limit && *limit == 0)
        return {};
    for (qsizetype k = 1; k <= n; ++k) {
        // t is processed with exactly the first k sets when all of them have min_restore_scn <= t and set k
        // (if any) has min_restore_scn > t: the iteration stops there.
        maxMinRestore = qMax(maxMinRestore, listed[k - 1].minRestoreScn.value());
        const quint64 lo = maxMinRestore;
        quint64 hi = kTop;
        if (k < n) {
            const quint64 stop = listed[k].minRestoreScn.value();
            if (stop == 0)
                continue;
            hi = stop - 1;
        }
        if (limit)
            hi = qMin(hi, *limit - 1);
        if (lo > hi)
            continue;
        const auto chain = chainOf(listed, k);
        if (!chain)
            continue;
        if (archive) {
            const quint64 rs = chain->restoreStartScn.value();
            // Only the log up to this set's part (hi) matters; the cache keys on both.
            const QPair<quint64, quint64> key{rs, hi};
            auto it = coverageCache.find(key);
            if (it == coverageCache.end())
                it = coverageCache.insert(key, logCoverage(*archive, chain->restoreStartScn, Scn(hi)));
            for (const auto &g : *it) {
                // OceanBase refuses a restore point that is not after the chain's start_replay_scn.
                const quint64 a = qMax(qMax(lo, g.first.value()), rs + 1);
                const quint64 b = qMin(hi, g.second.value());
                if (a <= b)
                    windows.append({Scn(a), Scn(b), chain->newestSetId});
            }
        } else if (chain->plusArchivelog) {
            // Without an archive path the restore replays the set's own complement log, which reaches exactly its
            // min_restore_scn (ob-backup-layout.md §5.2 step 4).
            const quint64 point = chain->newestMinRestoreScn.value();
            if (point >= lo && point <= hi)
                windows.append({Scn(point), Scn(point), chain->newestSetId});
        }
    }
    return mergeWindows(windows);
}

} // namespace obrestore
