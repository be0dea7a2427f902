#include "backupdest/destscanner.h"
#include "backupdest/restorewindows.h"
#include "bruteforcewindows.h"
#include "scenarios.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace obrestore;

namespace {

constexpr quint64 H = 3600ull * 1000000000ull;
const quint64 T0 = 1709251200000000000ull; // 2024-03-01 00:00 UTC

BackupSetFileDesc set(qint64 id, int type, qint64 prevFull, qint64 prevInc, quint64 startReplayH, quint64 minRestoreH,
                      int status = 1, int fileStatus = 0, bool plus = false)
{
    BackupSetFileDesc s;
    s.backupSetId = id;
    s.backupType = type;
    s.prevFullBackupSetId = prevFull;
    s.prevIncBackupSetId = prevInc;
    s.startReplayScn = Scn(T0 + startReplayH * H);
    s.minRestoreScn = Scn(T0 + minRestoreH * H);
    s.status = status;
    s.fileStatus = fileStatus;
    s.plusArchivelog = plus;
    return s;
}

PieceAttr piece(qint64 id, quint64 startH, quint64 checkpointH, quint64 endH, int fileStatus = 0, qint64 dest = 1002)
{
    PieceAttr p;
    p.destId = dest;
    p.roundId = 1;
    p.pieceId = id;
    p.startScn = Scn(T0 + startH * H);
    p.checkpointScn = Scn(T0 + checkpointH * H);
    p.endScn = Scn(T0 + endH * H);
    p.fileStatus = fileStatus;
    p.status = checkpointH == endH ? 2 : 1;
    return p;
}

PieceCandidates candidates(QList<PieceAttr> pieces)
{
    PieceCandidates c;
    c.pieces = std::move(pieces);
    c.firstKeyDestId = 1002;
    c.allEmpty = c.pieces.isEmpty();
    c.anyListed = true;
    return c;
}

// Every SCN at which the rule can change its answer, and its neighbours.
std::set<quint64> boundaries(const SetList &listed, const PieceCandidates *archive)
{
    std::set<quint64> points{0, 1, 2, Scn::kMax - 2, Scn::kMax - 1};
    auto add = [&](Scn s) {
        const quint64 v = s.value();
        for (qint64 d : {-1, 0, 1}) {
            if (qint64(v) + d >= 0)
                points.insert(quint64(qint64(v) + d));
        }
    };
    for (const auto &s : listed.sets) {
        add(s.startReplayScn);
        add(s.minRestoreScn);
    }
    if (archive) {
        for (const auto &p : archive->pieces) {
            add(p.startScn);
            add(p.checkpointScn);
            add(p.endScn);
        }
    }
    return points;
}

// Compares the product's windows with the brute-force rule at every boundary; returns a description of the
// first disagreement, or an empty string.
QString compare(const SetList &sets, const PieceCandidates *archive)
{
    const QList<RestoreWindow> windows = computeWindows(sets, archive);
    for (qsizetype i = 1; i < windows.size(); ++i) {
        if (windows[i - 1].end.value() + 1 >= windows[i].start.value())
            return QStringLiteral("windows %1 and %2 touch or overlap: not merged").arg(i - 1).arg(i);
    }
    for (const RestoreWindow &w : windows) {
        if (w.start > w.end)
            return QStringLiteral("an inverted window");
        const brute::Verdict v = brute::restorableAt(sets, archive, w.start.value());
        if (!v.ok || v.setId != w.backupSetId)
            return QStringLiteral("window start %1: backup set %2, brute force says %3/%4")
                .arg(w.start.value()).arg(w.backupSetId).arg(v.ok).arg(v.setId);
    }
    for (quint64 t : boundaries(sets, archive)) {
        const bool inWindow = std::any_of(windows.cbegin(), windows.cend(),
                                          [&](const RestoreWindow &w) { return w.start.value() <= t && t <= w.end.value(); });
        const brute::Verdict v = brute::restorableAt(sets, archive, t);
        const RestoreSource source = selectRestoreSource(sets, archive, Scn(t));
        const bool selected = source.failure == RestoreSource::Failure::None;
        if (selected != inWindow || (selected && source.sets.last().backupSetId != v.setId))
            return QStringLiteral("at SCN %1: selectRestoreSource says %2, the windows say %3").arg(t).arg(selected).arg(inWindow);
        if (inWindow != v.ok)
            return QStringLiteral("at SCN %1 (T0%2%3 ns): windows say %4, brute force says %5")
                .arg(t)
                .arg(t >= T0 ? u'+' : u'-')
                .arg(t >= T0 ? t - T0 : T0 - t)
                .arg(inWindow)
                .arg(v.ok);
    }
    return {};
}

} // namespace

struct Window
{
    quint64 startH;
    quint64 endH;
    qint64 set;
    qint64 endOffsetNs = 0; // for ends one SCN before a boundary
};
Q_DECLARE_METATYPE(QList<Window>)

Q_DECLARE_METATYPE(QList<BackupSetFileDesc>)
Q_DECLARE_METATYPE(QList<PieceAttr>)

class tst_RestoreWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windows_data();
    void windows();
    void restorePointAfterStartReplay();
    void scenariosAgreeWithBruteForce();
    void randomAgreeWithBruteForce();
};

void tst_RestoreWindows::windows_data()
{
    QTest::addColumn<QList<BackupSetFileDesc>>("sets");
    QTest::addColumn<QList<PieceAttr>>("pieces");
    QTest::addColumn<bool>("archive");
    QTest::addColumn<QList<Window>>("expected");

    const QList<PieceAttr> continuous{piece(1, 0, 24, 24), piece(2, 24, 48, 48), piece(3, 48, 60, 72)};
    QTest::newRow("one full set, continuous log") << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3)} << continuous << true
                                                  << QList<Window>{{3, 60, 1}};
    QTest::newRow("incremental chain") << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3), set(2, 2, 1, 1, 26, 27)}
                                       << continuous << true << QList<Window>{{3, 60, 1}};
    QTest::newRow("gap splits the windows")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3), set(2, 1, 0, 0, 32, 33)}
        << QList<PieceAttr>{piece(1, 0, 24, 24), piece(2, 30, 48, 48), piece(3, 48, 60, 72)} << true
        << QList<Window>{{3, 24, 1}, {33, 60, 2}};
    QTest::newRow("restarted round, newest set inside the gap")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3), set(2, 1, 0, 0, 26, 27)}
        << QList<PieceAttr>{piece(1, 0, 24, 24), piece(2, 28, 48, 48), piece(3, 48, 60, 72)} << true
        << QList<Window>{{3, 24, 1}};
    QTest::newRow("newest set not covered: log ends first")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3), set(2, 1, 0, 0, 62, 63)} << continuous << true
        << QList<Window>{{3, 60, 1}};
    QTest::newRow("incremental whose full is not available")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3, 1, 4), set(2, 2, 1, 1, 26, 27)} << continuous << true
        << QList<Window>{};
    QTest::newRow("failed set stops nothing below it")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3), set(2, 1, 0, 0, 26, 27, 2, 5)} << continuous << true
        << QList<Window>{{3, 60, 1}};
    QTest::newRow("expired piece in the middle")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3), set(2, 1, 0, 0, 50, 51)}
        << QList<PieceAttr>{piece(1, 0, 24, 24), piece(2, 24, 48, 48, 4), piece(3, 48, 60, 72)} << true
        << QList<Window>{{3, 24, 1}, {51, 60, 2}};
    QTest::newRow("active piece: its checkpoint ends the window")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3)} << QList<PieceAttr>{piece(1, 0, 10, 24)} << true
        << QList<Window>{{3, 10, 1}};
    QTest::newRow("archive starts after the backup")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3)} << QList<PieceAttr>{piece(1, 5, 24, 24)} << true
        << QList<Window>{};
    QTest::newRow("foreign dest pieces are ignored")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3)}
        << QList<PieceAttr>{piece(1, 0, 24, 24), piece(2, 24, 48, 48, 0, 1003)} << true << QList<Window>{{3, 24, 1}};
    QTest::newRow("plus archivelog without archive: the set's end points")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3, 1, 0, true), set(2, 1, 0, 0, 26, 27, 1, 0, true)}
        << QList<PieceAttr>{} << false << QList<Window>{{3, 3, 1}, {27, 27, 2}};
    // OceanBase aborts the whole restore at a set whose single_backup_set_info cannot be read (it skips a set only
    // when the file is missing): points the walk does not stop before are lost (ob-backup-layout.md §5.1 step 4).
    QTest::newRow("unreadable set 3 after sets 1 and 2: nothing from set 2's restore point on")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3), set(2, 1, 0, 0, 26, 27), set(3, 0, 0, 0, 0, 0)} << continuous
        << true << QList<Window>{{3, 27, 1, -1}};
    QTest::newRow("unreadable first set: nothing at all")
        << QList<BackupSetFileDesc>{set(1, 0, 0, 0, 0, 0), set(2, 1, 0, 0, 26, 27)} << continuous << true << QList<Window>{};
    QTest::newRow("unreadable newest piece: no log from this destination")
        << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3)} << QList<PieceAttr>{} << true << QList<Window>{};
    QTest::newRow("no archive, no plus archivelog") << QList<BackupSetFileDesc>{set(1, 1, 0, 0, 2, 3)}
                                                    << QList<PieceAttr>{} << false << QList<Window>{};
}

void tst_RestoreWindows::windows()
{
    QFETCH(QList<BackupSetFileDesc>, sets);
    QFETCH(QList<PieceAttr>, pieces);
    QFETCH(bool, archive);
    QFETCH(QList<Window>, expected);
    // A set with backup type 0 stands for one whose single_backup_set_info cannot be read; an empty piece list
    // in a row named "unreadable" for a damaged newest piece.
    SetList listed;
    for (const BackupSetFileDesc &s : std::as_const(sets)) {
        if (s.backupType == 0) {
            listed.unreadableSetId = s.backupSetId;
            listed.unreadableUri = QStringLiteral("file:///b/backup_set_%1_full/single_backup_set_info.obbak").arg(s.backupSetId);
            break;
        }
        listed.sets.append(s);
    }
    PieceCandidates c = candidates(pieces);
    if (QByteArray(QTest::currentDataTag()).contains("unreadable newest piece")) {
        c.unreadableUri = QStringLiteral("file:///b/clog/piece_d1002r1p3/single_piece_info.obarc");
        c.allEmpty = false;
    }
    const QList<RestoreWindow> got = computeWindows(listed, archive ? &c : nullptr);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].start.value(), T0 + expected[i].startH * H);
        QCOMPARE(got[i].end.value(), quint64(qint64(T0 + expected[i].endH * H) + expected[i].endOffsetNs));
        QCOMPARE(got[i].backupSetId, expected[i].set);
    }
    QVERIFY(got.isEmpty() || got.first().start.value() > listed.sets.first().startReplayScn.value() || !archive);
    const QString disagreement = compare(listed, archive ? &c : nullptr);
    QVERIFY2(disagreement.isEmpty(), qPrintable(disagreement));
}

void tst_RestoreWindows::restorePointAfterStartReplay()
{
    // get_piece_paths_in_range refuses start_scn >= end_scn: a set whose min_restore_scn equals its
    // start_replay_scn cannot be restored to that very SCN, only to the next one on.
    const SetList listed(QList<BackupSetFileDesc>{set(1, 1, 0, 0, 3, 3)});
    const PieceCandidates c = candidates({piece(1, 0, 24, 24)});
    const QList<RestoreWindow> w = computeWindows(listed, &c);
    QCOMPARE(w.size(), 1);
    QCOMPARE(w[0].start.value(), T0 + 3 * H + 1);
    QCOMPARE(selectRestoreSource(listed, &c, Scn(T0 + 3 * H)).failure, RestoreSource::Failure::NoEnoughLog);
    QCOMPARE(selectRestoreSource(listed, &c, Scn(T0 + 3 * H + 1)).failure, RestoreSource::Failure::None);
}

void tst_RestoreWindows::scenariosAgreeWithBruteForce()
{
    // Every fixture tree, read from disk like the CLI does: the fast windows equal the brute-force rule.
    int checked = 0;
    for (const obfixture::Scenario &s : obfixture::scenarios()) {
        QTemporaryDir dir;
        s.write(dir.path());
        const ScanResult scan = DestScanner().scan({BackupUri::fromLocalPath(dir.path())});
        for (const DataDestEntry &d : scan.dataDests) {
            const SetList listed = setsListedByOceanBase(d);
            QString disagreement = compare(listed, nullptr);
            QVERIFY2(disagreement.isEmpty(), qPrintable(s.name + QStringLiteral(": ") + disagreement));
            for (const ArchiveDestEntry &a : scan.archiveDests) {
                if (a.format.tenantId != d.format.tenantId)
                    continue;
                const PieceCandidates c = pieceCandidates(a);
                disagreement = compare(listed, &c);
                QVERIFY2(disagreement.isEmpty(), qPrintable(s.name + QStringLiteral(": ") + disagreement));
                ++checked;
            }
        }
    }
    QVERIFY(checked >= 25);
}

void tst_RestoreWindows::randomAgreeWithBruteForce()
{
    // Random histories: full and incremental sets (some failed, expired or chained to missing sets), pieces with
    // gaps, unavailable pieces, restarted rounds and an active last piece.
    QRandomGenerator rng(20261122);
    int nonEmpty = 0;
    for (int round = 0; round < 3000; ++round) {
        QList<BackupSetFileDesc> sets;
        const int nSets = rng.bounded(1, 6);
        quint64 t = rng.bounded(0, 6);
        qint64 lastFull = 0;
        for (int i = 1; i <= nSets; ++i) {
            const bool full = i == 1 || rng.bounded(3) == 0;
            const qint64 prevInc = full ? 0 : (rng.bounded(5) == 0 ? i - 2 : i - 1);
            const qint64 prevFull = full ? 0 : (rng.bounded(6) == 0 ? lastFull + 7 : lastFull);
            const int status = rng.bounded(8) == 0 ? 2 : 1;
            const int fileStatus = rng.bounded(8) == 0 ? 4 : 0;
            const quint64 dur = rng.bounded(1, 4);
            sets.append(set(i, full ? 1 : 2, prevFull, prevInc, t, t + dur, status, fileStatus, rng.bounded(4) == 0));
            if (full)
                lastFull = i;
            t += dur + rng.bounded(0, 8);
        }
        QList<PieceAttr> pieces;
        quint64 p = rng.bounded(0, 5);
        const int nPieces = rng.bounded(0, 7);
        for (int i = 1; i <= nPieces; ++i) {
            const quint64 len = rng.bounded(2, 10);
            const bool last = i == nPieces;
            const quint64 checkpoint = last && rng.bounded(2) ? p + rng.bounded(0, int(len)) : p + len;
            pieces.append(piece(i, p, checkpoint, p + len, rng.bounded(10) == 0 ? 4 : 0, rng.bounded(15) == 0 ? 1003 : 1002));
            const int shape = rng.bounded(8);
            if (shape == 0)
                p += len + rng.bounded(1, 5); // a gap
            else if (shape == 1)
                p += rng.bounded(0, int(len)); // an overlap (never continuous): exercises the walk's reset
            else
                p += len;
        }
        PieceCandidates c = candidates(pieces);
        if (rng.bounded(20) == 0)
            c.unreadableUri = QStringLiteral("file:///b/clog/piece_d1002r1p9/single_piece_info.obarc");
        SetList listed(sets);
        if (rng.bounded(6) == 0) {
            // A damaged set somewhere: the walk reads the sets before it, then fails.
            const qsizetype at = rng.bounded(int(sets.size()) + 1);
            listed.sets = sets.mid(0, at);
            listed.unreadableSetId = at + 1;
            listed.unreadableUri = QStringLiteral("file:///b/x/single_backup_set_info.obbak");
        }
        const bool withArchive = rng.bounded(6) != 0;
        const QString disagreement = compare(listed, withArchive ? &c : nullptr);
        QVERIFY2(disagreement.isEmpty(), qPrintable(QStringLiteral("random history %1: %2").arg(round).arg(disagreement)));
        if (!computeWindows(listed, withArchive ? &c : nullptr).isEmpty())
            ++nonEmpty;
    }
    QVERIFY2(nonEmpty > 500, "the random histories must exercise non-empty windows too");
}

QTEST_GUILESS_MAIN(tst_RestoreWindows)
#include "tst_restorewindows.moc"
