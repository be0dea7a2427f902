#include "backupdest/restoresource.h"
#include "backupdest/destscanner.h"
#include "backupdest/tenantcatalog.h"
#include "cluster/clusterinventory.h"
#include "cluster/restoreexecutor.h"
#include "plan/prechecks.h"
#include "fixturetree.h"
#include "scenarios.h"
#include "server.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace obrestore;
using S = CheckResult::Status;

Q_DECLARE_METATYPE(CheckResult::Status)

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<obsim::EmbeddedServer> sim;
    std::unique_ptr<Session> session;
    Catalog catalog;
    ClusterInventoryData inventory;
};

// scenario: "healthy" (a tree written by `treeVersion`, 4.2.1 by default), "3x" (a 3.x tree of cluster ob1/1,
// tenant 1001) or a scenario of tests/fixtures.
std::unique_ptr<Fixture> setUp(const QString &scenario, const QString &targetVersion, const QString &treeVersion = QStringLiteral("4.2.1.0"),
                               bool communityEdition = true)
{
    auto f = std::make_unique<Fixture>();
    if (scenario == u"healthy")
        obfixture::writeHealthyTree(f->dir.path(), ObVersion::parse(treeVersion).value());
    else if (scenario == u"3x")
        obfixture::write3xTree(f->dir.path(), "ob1", 1, {1001});
    else
        obfixture::findScenario(scenario)->write(f->dir.path());
    f->catalog = buildCatalog(DestScanner().scan({BackupUri::fromLocalPath(f->dir.path())}));
    obsim::ObCluster::Options o;
    o.version = ObVersion::parse(targetVersion).value();
    o.speed = 20; // the 4.1+ RESTORE waits for the tenant: keep that short
    o.ce = communityEdition;
    f->sim = std::make_unique<obsim::EmbeddedServer>(o);
    if (!f->sim->start())
        return nullptr;
    ConnectionSettings settings;
    settings.port = f->sim->port();
    f->session = std::make_unique<Session>(settings);
    ServerError e;
    f->session->execute(o.version.major() < 4 ? QStringLiteral("CREATE RESOURCE UNIT u8 MAX_CPU 4, MAX_MEMORY '8G'")
                                              : QStringLiteral("CREATE RESOURCE UNIT u8 MAX_CPU 4, MEMORY_SIZE '8G'"), &e);
    f->session->execute(QStringLiteral("CREATE RESOURCE POOL free_pool UNIT = 'u8', UNIT_NUM = 1, ZONE_LIST = ('zone1','zone2','zone3')"), &e);
    const auto inv = ClusterInventory::read(*f->session, &e);
    if (!inv)
        return nullptr;
    f->inventory = *inv;
    return f;
}

RestorePlan planFor(const Fixture &f)
{
    RestorePlan p;
    p.source = f.catalog.tenants.value(0);
    p.dataUri = p.source->dataDests.value(0).uri;
    for (const auto &a : p.source->archiveDests)
        p.archiveUris << a.uri;
    p.point = RestorePlan::Point::Scn;
    p.scn = Scn(1709380800000000000ull); // 2024-03-02 12:00 UTC
    p.tenantName = QStringLiteral("restored");
    p.existingPool = QStringLiteral("free_pool");
    return p;
}

const CheckResult *find(const QList<CheckResult> &results, const QString &id)
{
    for (const CheckResult &r : results) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace

class tst_PreChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allPass();
    void failing_data();
    void failing();
    void writerRefusals_data();
    void writerRefusals();
    void runningJob();
    void encryptedNeedsPassword();
    void versionTooNew();
    void quickRestoreOfOldSets();
    void transparentEncryptionOnCommunityEdition();
    void previewOnOlderTarget();
    void previewOutsideWindow();
    void timeBecomesUntilScn();
    void executorStartsFindsAndNeverResubmits();
    void movedArchiveNamesTheCoveringDestination();
    void obsimAgreesWithTheRestoreSource_data();
    void obsimAgreesWithTheRestoreSource();
    void executorCreatesPool();
    void executorLostAnswerIsNotResubmitted();
    void lifecyclePerVersion_data();
    void lifecyclePerVersion();
};

void tst_PreChecks::allPass()
{
    auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    const RestorePlan plan = planFor(*f);
    QVERIFY2(plan.validate().isEmpty(), qPrintable(plan.validate().join(u'\n')));
    const QList<CheckResult> results = PreChecks::evaluate(plan, f->inventory, {});
    // The servers' data disk is read from GV$OB_SERVERS (the simulator's 4 TiB, 100 GiB in use).
    QVERIFY(!f->inventory.servers.isEmpty());
    QCOMPARE(f->inventory.servers.first().dataDiskFree(), (4096ll - 100) << 30);
    for (const char *id : {"version", "tenant_name", "running_job", "pool", "point", "data_disk", "statements"}) {
        const CheckResult *r = find(results, QString::fromLatin1(id));
        QVERIFY2(r, id);
        QVERIFY2(r->status == S::Pass, qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(id), r->explanation)));
    }
    // The size is the sets' recorded bytes (1 GiB each in the fixture) of the sets this point reads.
    QCOMPARE(plan.restoreSource()->setIds(), (QList<qint64>{1, 2}));
    QVERIFY2(find(results, QStringLiteral("data_disk"))->explanation.contains(QStringLiteral("(1, 2) record 2.0 GiB")),
             qPrintable(find(results, QStringLiteral("data_disk"))->explanation));
    QVERIFY(PreChecks::allowsStart(results));
    const CheckResult preview = PreChecks::preview(plan, f->inventory, *f->session);
    QVERIFY2(preview.status == S::Pass, qPrintable(preview.explanation));
    QVERIFY2(preview.explanation.contains(u"backup_set_1_full") && preview.explanation.contains(u"piece_d1002r1p2"), qPrintable(preview.explanation));
}

void tst_PreChecks::failing_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("needle");
    QTest::newRow("tenant exists") << "tenant=sys" << "tenant_name" << "reserved";
    QTest::newRow("tenant name invalid") << "tenant=bad-name" << "tenant_name" << "letters";
    QTest::newRow("pool in use") << "pool=sys_pool" << "pool" << "belongs to tenant 1";
    QTest::newRow("pool missing") << "pool=nopool" << "pool" << "does not exist";
    QTest::newRow("new pool below 5 GiB") << "newpool=4" << "pool" << "at least 5.0 GiB";
    QTest::newRow("new pool too big") << "newpool=200" << "pool" << "room for 0 such unit(s), 1 needed: short of memory (the unit needs 200.0 GiB, at most ";
    QTest::newRow("new pool unit_num over servers") << "newpoolnum=2" << "pool" << "1 server(s) for 2 unit(s)";
    QTest::newRow("data disk short") << "disk=512" << "data_disk" << "Not enough free data disk: zone zone1: 0.5 GiB free on its 1 best server(s), 2.0 GiB needed on each";
    QTest::newRow("point after the log") << "scn=1709600000000000000" << "point" << "outside every restorable window";
    QTest::newRow("point before the first set") << "scn=1709251300000000000" << "point" << "outside every restorable window";
}

void tst_PreChecks::failing()
{
    QFETCH(QString, change);
    QFETCH(QString, id);
    QFETCH(QString, needle);
    auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    RestorePlan plan = planFor(*f);
    const QString key = change.section(u'=', 0, 0);
    const QString value = change.section(u'=', 1);
    if (key == u"tenant")
        plan.tenantName = value;
    else if (key == u"pool")
        plan.existingPool = value;
    else if (key == u"scn")
        plan.scn = Scn(value.toULongLong());
    else if (key == u"disk") {
        // Servers nearly full: `value` MiB of data disk left on each.
        for (auto &server : f->inventory.servers)
            server.dataDiskInUse = server.dataDiskCapacity - (value.toLongLong() << 20);
    } else if (key.startsWith(u"newpool")) {
        plan.createPool = true;
        plan.unit = {QStringLiteral("nu"), 4, 0, key == u"newpool" ? value.toLongLong() << 30 : 8ll << 30, 0};
        plan.pool = {QStringLiteral("np"), QStringLiteral("nu"), key == u"newpoolnum" ? value.toInt() : 1, {QStringLiteral("zone1")}};
    }
    const QList<CheckResult> results = PreChecks::evaluate(plan, f->inventory, {});
    const CheckResult *r = find(results, id);
    QVERIFY(r);
    QCOMPARE(r->status, S::Fail);
    QVERIFY2(r->explanation.contains(needle), qPrintable(r->explanation));
    QVERIFY(!r->fix.isEmpty());
    QVERIFY(!PreChecks::allowsStart(results));
    if (id == u"point")
        QVERIFY2(r->fix.contains(u"2024-03-0"), qPrintable(r->fix)); // the nearest valid points are offered
}

// Issue 29, rule 1: whatever the statement writer refuses is a failed pre-check ("statements") that names the field
// to change; the writer's own words are the explanation.
void tst_PreChecks::writerRefusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("field");
    QTest::newRow("locality with a space") << "locality=F@zone1, F@zone2" << int(PlanField::Locality);
    QTest::newRow("primary zone with a space") << "primary=zone1; zone2" << int(PlanField::PrimaryZone);
    QTest::newRow("concurrency over 100") << "concurrency=150" << int(PlanField::Concurrency);
    QTest::newRow("key password without its path") << "keypassword=k" << int(PlanField::KeyBackup);
    QTest::newRow("key path with a quote") << "keyfrom=file:///k'ey" << int(PlanField::KeyBackup);
    QTest::newRow("description with a bidi override") << QStringLiteral("description=a\u202Eb") << int(PlanField::Description);
}

void tst_PreChecks::writerRefusals()
{
    QFETCH(QString, change);
    QFETCH(int, field);
    auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    RestorePlan plan = planFor(*f);
    const QString key = change.section(u'=', 0, 0);
    const QString value = change.section(u'=', 1).replace(QStringLiteral("\\u202E"), QString(QChar(0x202E)));
    if (key == u"locality")
        plan.locality = value;
    else if (key == u"primary")
        plan.primaryZone = value;
    else if (key == u"concurrency")
        plan.concurrency = value.toInt();
    else if (key == u"keypassword")
        plan.keyPassword = value;
    else if (key == u"keyfrom")
        plan.keyFromUri = value;
    else if (key == u"description")
        plan.description = value;
    QString refusal;
    QVERIFY(!RestoreExecutor::statements(plan, f->inventory.version, &refusal));
    const QList<CheckResult> results = PreChecks::evaluate(plan, f->inventory, {});
    const CheckResult *r = find(results, QStringLiteral("statements"));
    QVERIFY(r);
    QCOMPARE(r->status, S::Fail);
    QCOMPARE(int(r->field), field);
    QVERIFY2(r->explanation.contains(refusal), qPrintable(r->explanation));
    QVERIFY2(r->fix.contains(planFieldName(PlanField(field))), qPrintable(r->fix));
    QVERIFY(!PreChecks::allowsStart(results));
    QCOMPARE(int(PreChecks::blame(planFor(*f), f->inventory.version)), int(PlanField::None)); // the plan as it was passes
}

void tst_PreChecks::runningJob()
{
    auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    const RestorePlan plan = planFor(*f);
    const QList<CheckResult> results = PreChecks::evaluate(plan, f->inventory, {QStringLiteral("RESTORED")});
    QCOMPARE(find(results, QStringLiteral("running_job"))->status, S::Fail);
}

void tst_PreChecks::encryptedNeedsPassword()
{
    auto f = setUp(QStringLiteral("backup_encrypted"), QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    RestorePlan plan = planFor(*f);
    QCOMPARE(find(PreChecks::evaluate(plan, f->inventory, {}), QStringLiteral("decryption"))->status, S::Fail);
    // Offline, the set's recorded password is what OceanBase compares: a wrong one fails here, before the server.
    plan.decryptionPasswords = {QStringLiteral("wrong")};
    const CheckResult *wrong = find(PreChecks::evaluate(plan, f->inventory, {}), QStringLiteral("decryption"));
    QCOMPARE(wrong->status, S::Fail);
    QVERIFY2(wrong->explanation.contains(u"9047"), qPrintable(wrong->explanation));
    CheckResult preview = PreChecks::preview(plan, f->inventory, *f->session);
    QCOMPARE(preview.status, S::Fail);
    QVERIFY2(preview.explanation.contains(u"9047"), qPrintable(preview.explanation));
    plan.decryptionPasswords = {QStringLiteral("s3cret-pw")};
    QCOMPARE(find(PreChecks::evaluate(plan, f->inventory, {}), QStringLiteral("decryption"))->status, S::Pass);
    preview = PreChecks::preview(plan, f->inventory, *f->session);
    QVERIFY2(preview.status == S::Pass, qPrintable(preview.explanation));

    // Online, the views only say that a set has a password: the local check says it could not compare, and the
    // server's preview settles it either way.
    for (DataDestEntry &d : plan.source->dataDests) {
        for (BackupSetEntry &set : d.sets) {
            if (set.info)
                set.info->passwdComparable = false;
        }
    }
    for (const QString &given : {QStringLiteral("wrong"), QStringLiteral("s3cret-pw")}) {
        plan.decryptionPasswords = {given};
        QList<CheckResult> results = PreChecks::evaluate(plan, f->inventory, {});
        QCOMPARE(find(results, QStringLiteral("decryption"))->status, S::Warn);
        QVERIFY(find(results, QStringLiteral("decryption"))->explanation.startsWith(u"Not checked"));
        auto kind = ServerError::Kind::None;
        preview = PreChecks::preview(plan, f->inventory, *f->session, &kind);
        PreChecks::settleWithPreview(&results, preview, kind);
        const CheckResult *settled = find(results, QStringLiteral("decryption"));
        if (given == u"wrong") {
            QCOMPARE(kind, ServerError::Kind::InvalidPassword);
            QCOMPARE(settled->status, S::Fail);
            QVERIFY2(settled->explanation.contains(u"9047"), qPrintable(settled->explanation));
        } else {
            QCOMPARE(settled->status, S::Pass);
        }
    }
}

void tst_PreChecks::versionTooNew()
{
    auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.1.0.0")); // the tree is 4.2.1.0
    QVERIFY(f);
    const CheckResult *r = find(PreChecks::evaluate(planFor(*f), f->inventory, {}), QStringLiteral("version"));
    QCOMPARE(r->status, S::Fail);
    QVERIFY(r->explanation.contains(u"4.2.1.0"));
}

// Issue 27 item 12: a quick restore of sets made before 4.3 is refused by OceanBase (check_backup_set_compatible_,
// 4179) after the statement: the pre-check says so first, from the chosen sets' backup_compatible; obsim agrees.
void tst_PreChecks::quickRestoreOfOldSets()
{
    for (const QString &tree : {QStringLiteral("4.2.3.0"), QStringLiteral("4.3.3.0")}) {
        auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.3.3.0"), tree);
        QVERIFY(f);
        RestorePlan plan = planFor(*f);
        QVERIFY(!find(PreChecks::evaluate(plan, f->inventory, {}), QStringLiteral("quick"))); // only when asked for
        plan.quick = true;
        const CheckResult *quick = find(PreChecks::evaluate(plan, f->inventory, {}), QStringLiteral("quick"));
        QVERIFY(quick);
        const bool old = tree.startsWith(u"4.2");
        QCOMPARE(quick->status, old ? S::Fail : S::Pass);
        if (old)
            QVERIFY2(quick->explanation.contains(u"before OceanBase 4.3") && quick->explanation.contains(u"4179"), qPrintable(quick->explanation));
        // The server agrees (the preview does not check it; the restore does).
        QString error;
        const auto request = plan.toRequest(f->inventory.version, &error);
        QVERIFY2(request, qPrintable(error));
        const auto statements = RestoreStatement::restore(*request, &error);
        QVERIFY2(statements, qPrintable(error));
        ServerError e;
        const bool accepted = f->session->execute(statements->last().sql, &e);
        QCOMPARE(accepted, !old);
        if (old)
            QCOMPARE(e.code, 4179);
    }
}

// Issue 27 item 13: Community Edition builds have no TDE (OB_BUILD_TDE_SECURITY): WITH KEY FROM and kms_encrypt are
// parsed and ignored there, and the pre-check says they have no effect; an Enterprise target gets no such warning.
void tst_PreChecks::transparentEncryptionOnCommunityEdition()
{
    for (const bool ce : {true, false}) {
        auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.2.3.0"), QStringLiteral("4.2.1.0"), ce);
        QVERIFY(f);
        QCOMPARE(f->inventory.communityEdition, std::optional<bool>(ce));
        RestorePlan plan = planFor(*f);
        QVERIFY(!find(PreChecks::evaluate(plan, f->inventory, {}), QStringLiteral("tde")));
        plan.keyFromUri = QStringLiteral("file:///backup/keys");
        const CheckResult *tde = find(PreChecks::evaluate(plan, f->inventory, {}), QStringLiteral("tde"));
        QCOMPARE(tde != nullptr, ce);
        if (tde) {
            QCOMPARE(tde->status, S::Warn);
            QVERIFY2(tde->explanation.contains(u"no effect"), qPrintable(tde->explanation));
        }
    }
}

void tst_PreChecks::previewOnOlderTarget()
{
    auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.2.1.8"));
    QVERIFY(f);
    QCOMPARE(PreChecks::preview(planFor(*f), f->inventory, *f->session).status, S::Warn);
}

void tst_PreChecks::previewOutsideWindow()
{
    auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.3.3.0"));
    QVERIFY(f);
    // The tree is 4.2.1: a 4.3.3 server refuses it, and its preview says so.
    CheckResult r = PreChecks::preview(planFor(*f), f->inventory, *f->session);
    QCOMPARE(r.status, S::Fail);
    QVERIFY2(r.explanation.contains(u"4179"), qPrintable(r.explanation));
}

void tst_PreChecks::timeBecomesUntilScn()
{
    auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    RestorePlan plan = planFor(*f);
    plan.point = RestorePlan::Point::Time;
    plan.time = QStringLiteral("2024-03-02 20:00:00");
    plan.timeZone = QTimeZone(8 * 3600);
    QString error;
    const auto request = plan.toRequest(ObVersion(4, 2, 3), &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->until, RestoreRequest::Until::Scn);
    QCOMPARE(request->untilScn, 1709380800000000000ull); // 20:00 at +08:00 = 12:00 UTC
    // Latest: no UNTIL at all (the server takes its own latest point).
    plan.point = RestorePlan::Point::Latest;
    QCOMPARE(plan.toRequest(ObVersion(4, 2, 3), &error)->until, RestoreRequest::Until::Latest);
    QCOMPARE(plan.restoreScn()->value(), f->catalog.tenants[0].windows.last().end.value());
}

void tst_PreChecks::executorStartsFindsAndNeverResubmits()
{
    auto f = setUp(QStringLiteral("backup_encrypted"), QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    RestorePlan plan = planFor(*f);
    plan.decryptionPasswords = {QStringLiteral("s3cret-pw")};
    Session pinned(RestoreExecutor::pinnedSettings(f->session->settings()));
    QVERIFY(pinned.settings().readTimeoutSeconds > 600);
    RestoreExecutor executor(pinned);
    ServerError e;
    QStringList ran;
    const auto job = executor.start(plan, f->inventory.version, &e, &ran);
    QVERIFY2(job, qPrintable(e.toString()));
    QCOMPARE(ran.size(), 2);
    QCOMPARE(ran.first(), QStringLiteral("SET DECRYPTION IDENTIFIED BY '******';")); // what ran is reported masked
    QVERIFY(!ran.join(u' ').contains(u"s3cret"));
    // Re-attaching: the job is found again from another session.
    Session other(f->session->settings());
    const auto jobs = RestoreExecutor::runningJobs(other, f->inventory.version, &e);
    QVERIFY(jobs && jobs->size() == 1);
    QCOMPARE(jobs->first().jobId, *job);
    QCOMPARE(jobs->first().tenantName, QStringLiteral("restored"));
    // A second start for the same tenant is refused before anything is sent.
    ran.clear();
    QVERIFY(!executor.start(plan, f->inventory.version, &e, &ran));
    QVERIFY(ran.isEmpty());
    QVERIFY2(e.explanation.contains(u"already running"), qPrintable(e.explanation));
}

void tst_PreChecks::movedArchiveNamesTheCoveringDestination()
{
    // Log archiving moved to a second path: a point in either period is restored from the one destination that
    // covers it, and obsim (OceanBase's rule: every archive path in FROM must cover the point) accepts it; naming
    // both paths, as obrestore did before, is refused.
    auto f = setUp(QStringLiteral("moved_archive"), QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    const QString clog = QStringLiteral("file://") + f->dir.path() + QStringLiteral("/clog");
    const QString clogNew = clog + QStringLiteral("_new");
    struct Case
    {
        const char *point;
        QString archive;
        QString other;
        const char *tenant;
        const char *pool;
    };
    ServerError created;
    QVERIFY(f->session->execute(QStringLiteral("CREATE RESOURCE POOL second_pool UNIT = 'u8', UNIT_NUM = 1, ZONE_LIST = ('zone1','zone2','zone3')"), &created));
    for (const Case &c : {Case{"2024-03-01 12:00:00", clog, clogNew, "first_period", "free_pool"},
                          Case{"2024-03-04 06:00:00", clogNew, clog, "second_period", "second_pool"}}) {
        RestorePlan plan = planFor(*f);
        plan.tenantName = QString::fromLatin1(c.tenant);
        plan.existingPool = QString::fromLatin1(c.pool);
        plan.point = RestorePlan::Point::Time;
        plan.time = QString::fromLatin1(c.point);
        QVERIFY2(plan.validate().isEmpty(), qPrintable(plan.validate().join(u'\n')));
        QString why;
        const auto statements = RestoreExecutor::statements(plan, f->inventory.version, &why);
        QVERIFY2(statements, qPrintable(why));
        const QString restore = statements->last().display;
        QVERIFY2(restore.contains(c.archive + u'\''), qPrintable(restore));
        QVERIFY2(!restore.contains(c.other + u'\'') && !restore.contains(c.other + u','), qPrintable(restore));
        Session pinned(RestoreExecutor::pinnedSettings(f->session->settings()));
        RestoreExecutor executor(pinned);
        ServerError e;
        QVERIFY2(executor.start(plan, f->inventory.version, &e), qPrintable(e.toString()));
    }
    // Both archive paths in FROM: the first period is not in the second path, so OceanBase refuses the point.
    ServerError e;
    QVERIFY(!f->session->execute(QStringLiteral("ALTER SYSTEM RESTORE both FROM 'file://%1/data,%2,%3' UNTIL TIME='2024-03-01 20:00:00' WITH 'pool_list=free_pool'")
                                     .arg(f->dir.path(), clog, clogNew), &e));
    QCOMPARE(e.code, 4018);
}

void tst_PreChecks::obsimAgreesWithTheRestoreSource_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char *name : {"demo", "moved_archive", "corrupt_newest_set", "multiple_data_dests", "piece_without_start",
                             "newest_set_not_covered", "archive_gap"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_PreChecks::obsimAgreesWithTheRestoreSource()
{
    // obsim validates a restore with the same rule: a point the product calls restorable is accepted with the FROM
    // it builds, and one it calls unrestorable is refused whatever paths are named (PREVIEW, 4.2.3).
    QFETCH(QString, scenario);
    auto f = setUp(scenario, QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    ServerError e;
    QVERIFY(f->session->execute(QStringLiteral("SET DECRYPTION IDENTIFIED BY 'backup_pw_1', 's3cret-pw'"), &e));
    int accepted = 0;
    int refused = 0;
    for (const TenantEntry &t : f->catalog.tenants) {
        if (t.dataDests.isEmpty())
            continue;
        QList<quint64> points;
        for (qsizetype i = 0; i < t.windows.size(); ++i) {
            const RestoreWindow &w = t.windows[i];
            points << w.start.value() << w.end.value() << w.end.value() + 1 << w.start.value() - 1
                   << w.start.value() / 2 + w.end.value() / 2;
        }
        if (t.windows.isEmpty())
            points << obfixture::at("2024-03-02 12:00:00").value();
        for (quint64 point : std::as_const(points)) {
            const TenantRestoreSource r = restoreSourceAt(t, Scn(point));
            QStringList from = r.restorable ? r.fromUris() : QStringList{t.dataDests.first().uri};
            if (!r.restorable) {
                for (const ArchiveDestEntry &a : t.archiveDests)
                    from << a.uri;
            }
            const QString where = QStringLiteral("%1 tenant %2 SCN %3: %4").arg(scenario).arg(t.tenantId).arg(point).arg(from.join(u','));
            const bool previewed = f->session->execute(
                QStringLiteral("ALTER SYSTEM RESTORE FROM '%1' UNTIL SCN=%2 PREVIEW").arg(from.join(u',')).arg(point), &e);
            const bool ok = previewed && f->session->read(QStringLiteral("SHOW RESTORE PREVIEW"), {}, &e, 0).has_value();
            QVERIFY2(ok == r.restorable, qPrintable(where + QStringLiteral(" — obsim: ") + (ok ? QStringLiteral("accepted") : e.toString())));
            (ok ? accepted : refused)++;
        }
    }
    QVERIFY(accepted > 0 && refused > 0);
}

void tst_PreChecks::executorCreatesPool()
{
    auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    RestorePlan plan = planFor(*f);
    plan.createPool = true;
    plan.unit = {QStringLiteral("ru"), 4, 0, 8ll << 30, 24ll << 30};
    plan.pool = {QStringLiteral("rp"), QString(), 1, {QStringLiteral("zone1"), QStringLiteral("zone2"), QStringLiteral("zone3")}};
    Session pinned(RestoreExecutor::pinnedSettings(f->session->settings()));
    RestoreExecutor executor(pinned);
    ServerError e;
    QStringList ran;
    QVERIFY2(executor.start(plan, f->inventory.version, &e, &ran), qPrintable(e.toString()));
    QCOMPARE(ran.value(0), QStringLiteral("CREATE RESOURCE UNIT ru MAX_CPU 4, MEMORY_SIZE '8G', LOG_DISK_SIZE '24G';"));
    QCOMPARE(ran.value(1), QStringLiteral("CREATE RESOURCE POOL rp UNIT = 'ru', UNIT_NUM = 1, ZONE_LIST = ('zone1', 'zone2', 'zone3');"));
    QVERIFY(ran.value(2).startsWith(u"ALTER SYSTEM RESTORE restored FROM "));
    const auto inv = ClusterInventory::read(*f->session, &e);
    QVERIFY(inv && inv->pool(QStringLiteral("rp")) && inv->pool(QStringLiteral("rp"))->inUse());
}

void tst_PreChecks::executorLostAnswerIsNotResubmitted()
{
    auto f = setUp(QStringLiteral("healthy"), QStringLiteral("4.2.3.0"));
    QVERIFY(f);
    const quint16 port = f->sim->port();
    // Every connection drops after the pinned session's next queries: the RESTORE's answer is lost.
    Session pinned(RestoreExecutor::pinnedSettings(f->session->settings()));
    ServerError e;
    QVERIFY(pinned.open(&e));
    f->sim->cluster().faults().dropAfterQueries = 2; // the running-jobs check passes, the RESTORE's answer is lost
    RestoreExecutor executor(pinned);
    QVERIFY(!executor.start(planFor(*f), f->inventory.version, &e));
    QVERIFY2(e.isConnectionProblem(), qPrintable(e.toString()));
    // Nothing was resubmitted: at most one job for the tenant exists.
    ConnectionSettings s;
    s.port = port;
    Session check(s);
    const auto jobs = RestoreExecutor::runningJobs(check, f->inventory.version, &e);
    const auto done = RestoreExecutor::history(check, f->inventory.version, &e);
    QVERIFY(jobs && done);
    QVERIFY(jobs->size() + done->size() <= 1);
}

void tst_PreChecks::lifecyclePerVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("treeVersion");
    QTest::newRow("3.1.5") << "3.1.5" << "3.1.5";
    QTest::newRow("4.0") << "4.0.0.0" << "4.0.0.0";
    QTest::newRow("4.1") << "4.1.0.0" << "4.1.0.0";
    QTest::newRow("4.2.1.2") << "4.2.1.2" << "4.2.1.0";
    QTest::newRow("4.2.1.8") << "4.2.1.8" << "4.2.1.0";
    QTest::newRow("4.2.3") << "4.2.3.0" << "4.2.1.0";
    QTest::newRow("4.3.3") << "4.3.3.0" << "4.3.3.0";
}

// For every simulated version: inventory, every pre-check passing (and the parameter check failing first where
// the version has one), PREVIEW where the grammar has it, a restore started and found again from another
// session, a server error mapped, cancel, and a second cancel refused without sending anything.
void tst_PreChecks::lifecyclePerVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, treeVersion);
    const ObVersion target = ObVersion::parse(version).value();
    const bool v3 = target.major() < 4;
    auto f = setUp(v3 ? QStringLiteral("3x") : QStringLiteral("healthy"), version, treeVersion);
    QVERIFY(f);
    QCOMPARE(f->inventory.version, target);
    RestorePlan plan = planFor(*f);
    if (v3) {
        // The 3.x reader lists tenants by id only (tenant_name_info is not decoded) and computes no windows, so
        // the plan names the source tenant and the documented window (ob-restore-sql.md §1.9) by hand.
        QVERIFY(plan.source);
        QCOMPARE(plan.source->clusterName, QStringLiteral("ob1"));
        plan.source->tenantName = QStringLiteral("trade");
        plan.dataUri = QStringLiteral("file://") + f->dir.path(); // 3.x restores from the backup_dest root
        plan.archiveUris.clear();
        plan.source->sourceClusterVersion = plan.source->sourceDataVersion = target.calcVersion();
        RestoreWindow w;
        w.start = Scn::parse(QStringLiteral("2020-05-20 00:00:00"), QTimeZone::utc()).value();
        w.end = Scn::parse(QStringLiteral("2020-05-22 00:00:00"), QTimeZone::utc()).value();
        plan.source->windows = {w};
        plan.point = RestorePlan::Point::Time;
        plan.time = QStringLiteral("2020-05-21 09:39:54.071670");
        plan.timeZone = QTimeZone(8 * 3600);
    }
    QVERIFY2(plan.validate().isEmpty(), qPrintable(plan.validate().join(u'\n')));

    ServerError e;
    auto evaluate = [&] {
        const auto running = RestoreExecutor::runningJobs(*f->session, target, &e);
        QStringList names;
        for (const RestoreJobInfo &j : running.value_or(QList<RestoreJobInfo>{}))
            names << j.tenantName;
        return PreChecks::evaluate(plan, f->inventory, names);
    };
    QList<CheckResult> results = evaluate();
    if (target < ObVersion(4, 1, 0, 0)) {
        // restore_concurrency is 0 by default: the check fails and its fix is the statement that repairs it.
        const CheckResult *p = find(results, QStringLiteral("parameters"));
        QVERIFY(p);
        QCOMPARE(p->status, S::Fail);
        QVERIFY(!PreChecks::allowsStart(results));
        const RenderedStatement fix = RestoreStatement::setRestoreConcurrency(10);
        QVERIFY2(p->fix.endsWith(fix.display), qPrintable(p->fix));
        QVERIFY2(f->session->execute(fix.sql, &e), qPrintable(e.toString()));
        f->inventory = ClusterInventory::read(*f->session, &e).value();
        QCOMPARE(f->inventory.restoreConcurrency.value_or(-1), 10);
        results = evaluate();
    } else {
        QVERIFY(!find(results, QStringLiteral("parameters")));
    }
    for (const CheckResult &r : std::as_const(results)) {
        // A 3.x backup's sets are not read the 4.x way: its size cannot be checked, and the check says so.
        if (r.id == u"data_disk" && target.major() < 4) {
            QVERIFY2(r.status == S::Warn && r.explanation.startsWith(u"Not checked"), qPrintable(r.explanation));
            continue;
        }
        QVERIFY2(r.status == S::Pass, qPrintable(QStringLiteral("%1: %2").arg(r.id, r.explanation)));
    }
    QVERIFY(PreChecks::allowsStart(results));

    const CheckResult preview = PreChecks::preview(plan, f->inventory, *f->session);
    if (RestoreStatement::supportsPreview(target)) {
        QVERIFY2(preview.status == S::Pass, qPrintable(preview.explanation));
        QVERIFY2(preview.explanation.contains(u"backup_set_1_full"), qPrintable(preview.explanation));
    } else {
        QVERIFY2(preview.status == S::Warn, qPrintable(preview.explanation)); // not a failure: the grammar lacks it
    }

    // Start, then find the job again from another session.
    Session pinned(RestoreExecutor::pinnedSettings(f->session->settings()));
    RestoreExecutor executor(pinned);
    QStringList ran;
    const auto job = executor.start(plan, target, &e, &ran);
    QVERIFY2(job, qPrintable(e.toString()));
    QVERIFY2(ran.last().startsWith(v3 ? u"ALTER SYSTEM RESTORE restored FROM trade AT " : u"ALTER SYSTEM RESTORE restored FROM "), qPrintable(ran.last()));
    if (v3)
        QCOMPARE(ran.value(ran.size() - 2), QStringLiteral("SET time_zone = '+08:00';"));
    Session other(f->session->settings());
    auto jobs = RestoreExecutor::runningJobs(other, target, &e);
    QVERIFY2(jobs, qPrintable(e.toString()));
    QCOMPARE(jobs->size(), 1);
    QCOMPARE(jobs->first().jobId, *job);
    QCOMPARE(jobs->first().tenantName, QStringLiteral("restored"));
    QVERIFY(!jobs->first().status.isEmpty());

    // A server error, mapped: a pool that does not exist (the plan was not pre-checked) is refused with 4650.
    RestorePlan clash = plan;
    clash.tenantName = QStringLiteral("other");
    clash.existingPool = QStringLiteral("nopool");
    QVERIFY(!executor.start(clash, target, &e));
    QCOMPARE(e.kind, ServerError::Kind::PoolProblem);
    QCOMPARE(e.code, 4650);
    QVERIFY(!e.explanation.isEmpty() && !e.fix.isEmpty());

    // Cancel: the version's statement, and the job leaves the progress view.
    ran.clear();
    QVERIFY2(executor.cancel(QStringLiteral("restored"), target, &e, &ran), qPrintable(e.toString()));
    QCOMPARE(ran, QStringList{RestoreStatement::cancel(QStringLiteral("restored"), target, nullptr)->first().display});
    QVERIFY(ran.first().startsWith(RestoreStatement::supportsCancelRestore(target) ? u"ALTER SYSTEM CANCEL RESTORE" : u"DROP TENANT"));
    QTRY_VERIFY_WITH_TIMEOUT(RestoreExecutor::runningJobs(other, target, &e).value_or(QList<RestoreJobInfo>{RestoreJobInfo{}}).isEmpty(), 5000);
    QVERIFY(!ClusterInventory::read(other, &e)->hasTenant(QStringLiteral("restored")));
    // Nothing left to cancel: refused before anything is sent (before 4.2.1 it would be a DROP TENANT).
    ran.clear();
    QVERIFY(!executor.cancel(QStringLiteral("restored"), target, &e, &ran));
    QVERIFY(ran.isEmpty());
    QVERIFY2(e.explanation.contains(u"nothing to cancel"), qPrintable(e.explanation));
}

QTEST_GUILESS_MAIN(tst_PreChecks)
#include "tst_prechecks.moc"
