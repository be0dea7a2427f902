// What a restore to one point reads (restoresource.h, restoreverify.h), checked against the brute-force rule of
// bruteforcewindows.h applied to every pair of one data and one archive destination, as OceanBase walks each path
// named in FROM on its own.
#include "backupdest/destscanner.h"
#include "backupdest/restoresource.h"
#include "backupdest/restoreverify.h"
#include "backupdest/tenantcatalog.h"
#include "bruteforcewindows.h"
#include "fixturetree.h"
#include "scenarios.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace obrestore;

namespace {

Catalog catalogOf(const QString &root)
{
    return buildCatalog(DestScanner().scan({BackupUri::fromLocalPath(root)}));
}

// Every SCN where some pair's answer can change, ±1, and the middle of every gap between windows.
std::set<quint64> boundaries(const TenantEntry &t)
{
    std::set<quint64> points{1, 2};
    auto add = [&](Scn s) {
        for (qint64 d : {-1, 0, 1}) {
            if (qint64(s.value()) + d > 0)
                points.insert(quint64(qint64(s.value()) + d));
        }
    };
    for (const DataDestEntry &d : t.dataDests) {
        for (const BackupSetFileDesc &s : setsListedByOceanBase(d).sets) {
            add(s.startReplayScn);
            add(s.minRestoreScn);
        }
    }
    for (const ArchiveDestEntry &a : t.archiveDests) {
        for (const PieceAttr &p : pieceCandidates(a).pieces) {
            add(p.startScn);
            add(p.checkpointScn);
            add(p.endScn);
        }
    }
    for (qsizetype i = 0; i < t.windows.size(); ++i) {
        add(t.windows[i].start);
        add(t.windows[i].end);
        if (i > 0)
            points.insert(t.windows[i - 1].end.value() / 2 + t.windows[i].start.value() / 2);
    }
    return points;
}

// Whether some pair accepts t, by the brute-force rule.
bool bruteRestorable(const TenantEntry &t, quint64 point)
{
    for (const DataDestEntry &d : t.dataDests) {
        const SetList listed = setsListedByOceanBase(d);
        if (brute::restorableAt(listed, nullptr, point).ok)
            return true;
        for (const ArchiveDestEntry &a : t.archiveDests) {
            const PieceCandidates c = pieceCandidates(a);
            if (brute::restorableAt(listed, &c, point).ok)
                return true;
        }
    }
    return false;
}

bool inWindows(const TenantEntry &t, quint64 point)
{
    return std::any_of(t.windows.cbegin(), t.windows.cend(),
                       [&](const RestoreWindow &w) { return w.start.value() <= point && point <= w.end.value(); });
}

} // namespace

class tst_RestoreSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScenarioAgreesWithBruteForce();
    void movedArchiveNamesOnlyTheCoveringDestination();
    void twoDataDestinationsNameOne();
    void damagedFilesStopTheWalk();
    void latestIsTheServersOwnPoint();
    void verify_data();
    void verify();
    void missingSetFolderIsSkipped();
    void vanishedLocationIsOneFinding();
    void latestFromDataAloneWalksNewestFirst_data();
    void latestFromDataAloneWalksNewestFirst();
};

void tst_RestoreSource::everyScenarioAgreesWithBruteForce()
{
    int checked = 0;
    for (const obfixture::Scenario &s : obfixture::scenarios()) {
        QTemporaryDir dir;
        s.write(dir.path());
        const Catalog c = catalogOf(dir.path());
        for (const TenantEntry &t : c.tenants) {
            if (t.layout == TenantEntry::Layout::V3x)
                continue;
            for (quint64 point : boundaries(t)) {
                const TenantRestoreSource r = restoreSourceAt(t, Scn(point));
                const bool expected = bruteRestorable(t, point);
                const QString where = QStringLiteral("%1, tenant %2, SCN %3").arg(s.name).arg(t.tenantId).arg(point);
                QVERIFY2(r.restorable == expected, qPrintable(where + QStringLiteral(": source says %1").arg(r.restorable)));
                QVERIFY2(inWindows(t, point) == expected, qPrintable(where + QStringLiteral(": the windows disagree")));
                if (r.restorable) {
                    // The chosen pair alone accepts the point, and FROM names exactly that pair.
                    const SetList listed = setsListedByOceanBase(t.dataDests[r.dataIndex]);
                    const PieceCandidates c2 = r.archiveIndex >= 0 ? pieceCandidates(t.archiveDests[r.archiveIndex]) : PieceCandidates();
                    const brute::Verdict v = brute::restorableAt(listed, r.archiveIndex >= 0 ? &c2 : nullptr, point);
                    QVERIFY2(v.ok && v.setId == r.sets.last().backupSetId, qPrintable(where));
                    QCOMPARE(r.fromUris().size(), r.archiveIndex >= 0 ? 2 : 1);
                    QVERIFY(!r.reason);
                } else {
                    QVERIFY2(r.reason.has_value(), qPrintable(where));
                    QVERIFY(!r.reason->code.isEmpty());
                }
                ++checked;
            }
        }
    }
    QVERIFY2(checked > 500, qPrintable(QString::number(checked)));
}

void tst_RestoreSource::movedArchiveNamesOnlyTheCoveringDestination()
{
    QTemporaryDir dir;
    obfixture::writeMovedArchiveTree(dir.path());
    const Catalog c = catalogOf(dir.path());
    QCOMPARE(c.tenants.size(), 1);
    const TenantEntry &t = c.tenants[0];
    QCOMPARE(t.archiveDests.size(), 2);
    QCOMPARE(t.windows.size(), 2);
    QCOMPARE(t.windows[0].end, obfixture::at("2024-03-02 18:00:00"));
    QCOMPARE(t.windows[1].start, obfixture::at("2024-03-03 09:00:00"));
    const QString data = QStringLiteral("file://") + dir.path() + QStringLiteral("/data");
    const TenantRestoreSource first = restoreSourceAt(t, obfixture::at("2024-03-01 12:00:00"));
    QVERIFY(first.restorable);
    QCOMPARE(first.from(), data + u',' + QStringLiteral("file://") + dir.path() + QStringLiteral("/clog"));
    QCOMPARE(first.setIds(), QList<qint64>{1});
    const TenantRestoreSource second = restoreSourceAt(t, obfixture::at("2024-03-04 06:00:00"));
    QVERIFY(second.restorable);
    QCOMPARE(second.from(), data + u',' + QStringLiteral("file://") + dir.path() + QStringLiteral("/clog_new"));
    QCOMPARE(second.setIds(), QList<qint64>{2});
    QCOMPARE(second.pieces.size(), 2);
    // Between the two periods no destination covers the point; the reason names the nearest points.
    const TenantRestoreSource gap = restoreSourceAt(t, obfixture::at("2024-03-03 00:00:00"));
    QVERIFY(!gap.restorable);
    QCOMPARE(gap.reason->code, QStringLiteral("POINT_OUTSIDE_WINDOWS"));
    QVERIFY(gap.reason->message.contains(obfixture::at("2024-03-03 09:00:00").toDecimal()));
    // No false coverage findings: each set is covered by one of the destinations.
    for (const Diagnostic &d : c.diagnostics)
        QVERIFY2(d.code != u"ARCHIVE_STARTS_AFTER_BACKUP" && d.code != u"NEWEST_SET_NOT_COVERED", qPrintable(d.message));
}

void tst_RestoreSource::twoDataDestinationsNameOne()
{
    // OceanBase refuses more than one data path: the statement names the one whose window holds the point.
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("multiple_data_dests"))->write(dir.path());
    const Catalog c = catalogOf(dir.path());
    const TenantEntry &t = c.tenants[0];
    QCOMPARE(t.dataDests.size(), 2);
    const TenantRestoreSource r = restoreSourceAt(t, obfixture::at("2024-03-02 12:00:00"));
    QVERIFY(r.restorable);
    QCOMPARE(r.fromUris().size(), 2);
    QVERIFY(r.fromUris().first().endsWith(u"/data"));
    QVERIFY(!r.from().contains(u"data_old"));
}

void tst_RestoreSource::damagedFilesStopTheWalk()
{
    // A damaged newest set: points before set 2's restorable point still work from set 1, later ones fail at
    // set 3's file (CORRUPT_METADATA names it), although set 3 would not even be chosen.
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("corrupt_newest_set"))->write(dir.path());
    const Catalog c = catalogOf(dir.path());
    const TenantEntry &t = c.tenants[0];
    QCOMPARE(t.windows.size(), 1);
    QCOMPARE(t.windows[0].end.value(), obfixture::at("2024-03-02 03:00:00").value() - 1);
    QVERIFY(restoreSourceAt(t, obfixture::at("2024-03-02 02:00:00")).restorable);
    const TenantRestoreSource later = restoreSourceAt(t, obfixture::at("2024-03-02 12:00:00"));
    QVERIFY(!later.restorable);
    QCOMPARE(later.reason->code, QStringLiteral("CORRUPT_METADATA"));
    QVERIFY(later.reason->path.endsWith(u"backup_set_3_full/single_backup_set_info.obbak"));
    // The damaged newest piece: nothing from that archive destination.
    QTemporaryDir dir2;
    obfixture::findScenario(QStringLiteral("corrupt_newest_piece"))->write(dir2.path());
    const Catalog c2 = catalogOf(dir2.path());
    QVERIFY(c2.tenants[0].windows.isEmpty());
    const TenantRestoreSource r = restoreSourceAt(c2.tenants[0], obfixture::at("2024-03-02 12:00:00"));
    QCOMPARE(r.reason->code, QStringLiteral("CORRUPT_METADATA"));
    QVERIFY(r.reason->path.endsWith(u"checkpoint_info.0.obarc"));
    // A piece without its start placeholder is not listed: the log ends with the previous piece.
    QTemporaryDir dir3;
    obfixture::findScenario(QStringLiteral("piece_without_start"))->write(dir3.path());
    const Catalog c3 = catalogOf(dir3.path());
    QCOMPARE(c3.tenants[0].windows.last().end, obfixture::at("2024-03-03 00:00:00"));
}

void tst_RestoreSource::latestIsTheServersOwnPoint()
{
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("healthy"))->write(dir.path());
    TenantRestoreSource r = latestRestoreSource(catalogOf(dir.path()).tenants[0]);
    QVERIFY(r.restorable && r.latest);
    QCOMPARE(r.scn, obfixture::at("2024-03-03 12:00:00")); // the active piece's checkpoint
    QTemporaryDir moved;
    obfixture::writeMovedArchiveTree(moved.path());
    r = latestRestoreSource(catalogOf(moved.path()).tenants[0]);
    QCOMPARE(r.scn, obfixture::at("2024-03-04 12:00:00"));
    QVERIFY(r.archiveDestUri.endsWith(u"/clog_new"));
    // Only a data path with a PLUS ARCHIVELOG set: the newest set's restorable point.
    QTemporaryDir plus;
    obfixture::findScenario(QStringLiteral("missing_archive_dest_plus"))->write(plus.path());
    r = latestRestoreSource(catalogOf(plus.path()).tenants[0]);
    QVERIFY(r.restorable);
    QCOMPARE(r.scn, obfixture::at("2024-03-01 03:00:00"));
    QVERIFY(r.archiveDestUri.isEmpty());
    // The server looks only at the newest round that has a rounds/ start file: this tree has round 1's only, so
    // "latest" is round 1's newest checkpoint, although round 2 holds newer log.
    QTemporaryDir round1;
    obfixture::findScenario(QStringLiteral("newest_set_not_covered"))->write(round1.path());
    r = latestRestoreSource(catalogOf(round1.path()).tenants[0]);
    QVERIFY(r.restorable);
    QCOMPARE(r.scn, obfixture::at("2024-03-02 00:00:00"));
    // With round 2's start file too, latest is round 2's checkpoint, where the newest set (started inside the
    // gap) is not covered: the server refuses it, and the reason says so.
    QTemporaryDir uncovered;
    const Scn day0 = obfixture::at("2024-03-01 00:00:00");
    const auto at = [&](quint64 hours) { return Scn(day0.value() + hours * 3600ull * 1000000000ull); };
    obfixture::TenantSpec t;
    obfixture::SetSpec s1;
    s1.startReplay = at(2);
    s1.minRestore = at(3);
    obfixture::SetSpec s2 = s1;
    s2.id = 2;
    s2.startReplay = at(26);
    s2.minRestore = at(27);
    obfixture::DataDestWriter(uncovered.path() + QStringLiteral("/data"), t).addSet(s1).addSet(s2).write();
    obfixture::PieceSpec p1;
    p1.start = day0;
    p1.checkpoint = p1.end = at(24);
    obfixture::PieceSpec p2 = p1;
    p2.round = 2;
    p2.piece = 2;
    p2.start = at(30);
    p2.checkpoint = p2.end = at(48);
    obfixture::PieceSpec p3 = p2;
    p3.piece = 3;
    p3.frozen = false;
    p3.start = at(48);
    p3.checkpoint = at(60);
    p3.end = at(72);
    obfixture::ArchiveDestWriter(uncovered.path() + QStringLiteral("/clog"), t)
        .addRound(1, day0)
        .addRound(2, at(30))
        .addPiece(p1)
        .addPiece(p2)
        .addPiece(p3)
        .write();
    r = latestRestoreSource(catalogOf(uncovered.path()).tenants[0]);
    QVERIFY(!r.restorable);
    QCOMPARE(r.scn, at(60));
    QCOMPARE(r.reason->code, QStringLiteral("NEWEST_SET_NOT_COVERED"));
}

void tst_RestoreSource::verify_data()
{
    QTest::addColumn<QString>("remove");   // relative to the demo tree, "" = nothing
    QTest::addColumn<QString>("code");     // expected finding, "" = none
    QTest::addColumn<QString>("named");    // a path the finding names
    QTest::newRow("complete tree: no finding") << QString() << QString() << QString();
    QTest::newRow("a log stream folder of set 1") << QStringLiteral("t1002/data/backup_set_1_full/logstream_1001")
                                                  << QStringLiteral("BACKUP_SET_FILES_MISSING") << QStringLiteral("logstream_1001/");
    QTest::newRow("the data turn folder of the sys log stream")
        << QStringLiteral("t1002/data/backup_set_2_inc/logstream_1/sys_data_turn_1_retry_0")
        << QStringLiteral("BACKUP_SET_FILES_MISSING") << QStringLiteral("logstream_1/*_turn_*_retry_*/");
    QTest::newRow("the newest set's ls_attr_info") << QStringLiteral("t1002/data/backup_set_2_inc/infos/meta_info/ls_attr_info.1.obbak")
                                                   << QStringLiteral("BACKUP_SET_FILES_MISSING") << QStringLiteral("ls_attr_info.1.obbak");
    QTest::newRow("a piece folder") << QStringLiteral("t1002/clog/piece_d1002r1p2") << QStringLiteral("PIECE_FILES_MISSING")
                                    << QStringLiteral("piece_d1002r1p2/");
    QTest::newRow("a piece's log folder") << QStringLiteral("t1002/clog/piece_d1002r1p2/logstream_1001/log")
                                          << QStringLiteral("PIECE_FILES_MISSING") << QStringLiteral("logstream_1001/log/");
    QTest::newRow("one log file file_info lists") << QStringLiteral("t1002/clog/piece_d1002r1p2/logstream_1/log/2.obarc")
                                                  << QStringLiteral("PIECE_FILES_MISSING") << QStringLiteral("logstream_1/log/2.obarc");
}

void tst_RestoreSource::verify()
{
    QFETCH(QString, remove);
    QFETCH(QString, code);
    QFETCH(QString, named);
    QTemporaryDir dir;
    obfixture::writeDemoTree(dir.path());
    if (!remove.isEmpty()) {
        const QString path = dir.path() + u'/' + remove;
        QVERIFY(QFileInfo(path).isDir() ? QDir(path).removeRecursively() : QFile::remove(path));
    }
    const Catalog c = catalogOf(dir.path());
    TenantRestoreSource r = restoreSourceAt(c.tenants[0], obfixture::at("2024-03-02 10:00:00"));
    QVERIFY(r.restorable);
    QCOMPARE(r.setIds(), (QList<qint64>{1, 2}));
    LocalStorage storage;
    std::atomic_bool cancel{false};
    qint64 listed = 0;
    VerifyOptions options;
    options.cancel = &cancel;
    options.progress = [&](qint64 checked, qint64) { listed = checked; };
    verifyRestoreSource(storage, c.tenants[0], r, options);
    QVERIFY(r.verified);
    QVERIFY(listed > 5);
    if (code.isEmpty()) {
        QVERIFY2(r.missing.isEmpty(), r.missing.isEmpty() ? "" : qPrintable(r.missing.first().message));
        return;
    }
    QCOMPARE(r.missing.size(), 1);
    QCOMPARE(r.missing[0].code, code);
    QVERIFY2(r.missing[0].message.contains(named), qPrintable(r.missing[0].message));
    // Cancel stops before anything is checked and says the check did not run.
    cancel = true;
    verifyRestoreSource(storage, c.tenants[0], r, options);
    QVERIFY(!r.verified);
}

void tst_RestoreSource::missingSetFolderIsSkipped()
{
    // OceanBase skips a set whose single_backup_set_info is missing: with set 2's folder gone the restore reads set 1
    // alone (and more log), and the file check finds nothing to complain about.
    QTemporaryDir dir;
    obfixture::writeDemoTree(dir.path());
    QVERIFY(QDir(dir.path() + QStringLiteral("/t1002/data/backup_set_2_inc")).removeRecursively());
    const Catalog c = catalogOf(dir.path());
    TenantRestoreSource r = restoreSourceAt(c.tenants[0], obfixture::at("2024-03-02 10:00:00"));
    QVERIFY(r.restorable);
    QCOMPARE(r.setIds(), QList<qint64>{1});
    QCOMPARE(r.pieces.size(), 2);
    verifyRestoreSource(LocalStorage(), c.tenants[0], r);
    QVERIFY(r.missing.isEmpty());
    QVERIFY(std::any_of(c.diagnostics.cbegin(), c.diagnostics.cend(), [](const Diagnostic &d) { return d.code == u"BACKUP_SET_INFO_MISSING"; }));
}

// Issue 26 item 2: a location that vanished after the parse (a demo's folder cleaned away, an unmounted share) is
// one finding that says it is gone, not a missing file for every set and piece.
void tst_RestoreSource::vanishedLocationIsOneFinding()
{
    QTemporaryDir dir;
    obfixture::writeDemoTree(dir.path());
    const Catalog c = catalogOf(dir.path());
    TenantRestoreSource r = restoreSourceAt(c.tenants[0], obfixture::at("2024-03-02 10:00:00"));
    QVERIFY(r.restorable);
    QVERIFY(QDir(dir.path()).removeRecursively());
    verifyRestoreSource(LocalStorage(), c.tenants[0], r);
    QCOMPARE(r.missing.size(), 1);
    QCOMPARE(r.missing[0].code, QStringLiteral("PATH_NOT_FOUND"));
    QVERIFY2(r.missing[0].message.contains(u"Gone since") && r.missing[0].message.contains(u"t1002/data")
                 && r.missing[0].message.contains(u"t1002/clog"),
             qPrintable(r.missing[0].message));
}

// Issue 27 item 14: a restore to the latest point from the data backup path alone (PLUS ARCHIVELOG sets, no log
// archive path) takes the newest good set's min_restore_scn as OceanBase's get_max_backup_set_file_info finds it:
// newest first, a missing information file skipped, an empty one ending the walk with an error.
void tst_RestoreSource::latestFromDataAloneWalksNewestFirst_data()
{
    QTest::addColumn<int>("damagedSet");  // 0: none
    QTest::addColumn<bool>("removed");    // the file removed, else emptied
    QTest::addColumn<int>("expectedSet"); // whose min_restore_scn is the point; 0: not restorable
    QTest::addColumn<QString>("why");     // with 0: what the reason says
    QTest::newRow("all readable: the newest") << 0 << false << 2 << "";
    QTest::newRow("newest missing: skipped") << 2 << true << 1 << "";
    QTest::newRow("newest empty: the walk stops") << 2 << false << 0 << "stops with an error at set 2";
    // The newest-first walk finds set 2, then the chain's walk (oldest first, do_get_backup_set_array_) stops at set 1.
    QTest::newRow("an older one empty") << 1 << false << 0 << "backup_set_1_full";
}

void tst_RestoreSource::latestFromDataAloneWalksNewestFirst()
{
    QFETCH(int, damagedSet);
    QFETCH(bool, removed);
    QFETCH(int, expectedSet);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const obfixture::TenantSpec t;
    obfixture::SetSpec one;
    one.id = 1;
    one.startReplay = obfixture::at("2024-03-01 00:00:00");
    one.minRestore = obfixture::at("2024-03-01 02:00:00");
    one.plusArchivelog = true;
    obfixture::SetSpec two = one;
    two.id = 2;
    two.startReplay = obfixture::at("2024-03-02 00:00:00");
    two.minRestore = obfixture::at("2024-03-02 02:00:00");
    obfixture::DataDestWriter(dir.path() + QStringLiteral("/data"), t).addSet(one).addSet(two).write();
    if (damagedSet) {
        const QString info = dir.path() + QStringLiteral("/data/backup_set_%1_full/single_backup_set_info.obbak").arg(damagedSet);
        QVERIFY(QFile::exists(info));
        if (removed)
            QVERIFY(QFile::remove(info));
        else
            obfixture::writeFile(info, QByteArray());
    }
    const Catalog c = catalogOf(dir.path());
    QCOMPARE(c.tenants.size(), 1);
    const TenantRestoreSource latest = latestRestoreSource(c.tenants[0]);
    if (!expectedSet) {
        QVERIFY(!latest.restorable);
        QVERIFY(latest.reason);
        QVERIFY2(latest.reason->message.contains(why) || latest.reason->path.contains(why), qPrintable(latest.reason->code + u' ' + latest.reason->message));
        return;
    }
    QVERIFY2(latest.restorable, latest.reason ? qPrintable(latest.reason->message) : "");
    QCOMPARE(latest.scn, expectedSet == 1 ? one.minRestore : two.minRestore);
    QCOMPARE(latest.setIds().last(), qint64(expectedSet));
}

QTEST_GUILESS_MAIN(tst_RestoreSource)
#include "tst_restoresource.moc"
