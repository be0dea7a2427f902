#include "backupdest/destscanner.h"
#include "cluster/clusterinventory.h"
#include "cluster/onlinebackupcatalog.h"
#include "scenarios.h"
#include "server.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace obrestore;

// Scenario 1 and scenario 2 must agree: obsim serving a tree as its own backups gives, through the CDB views,
// exactly the windows the offline reader computes from the files.
class tst_OnlineCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inventory_data();
    void inventory();
    void sameWindowsOnlineAndOffline_data();
    void sameWindowsOnlineAndOffline();
};

void tst_OnlineCatalog::inventory_data()
{
    QTest::addColumn<QString>("version");
    for (const char *v : {"3.1.5", "4.0.0.0", "4.1.0.0", "4.2.1.8", "4.2.3.0", "4.3.3.0"})
        QTest::newRow(v) << v;
}

void tst_OnlineCatalog::inventory()
{
    QFETCH(QString, version);
    obsim::ObCluster::Options o;
    o.version = ObVersion::parse(version).value();
    obsim::EmbeddedServer sim(o);
    QVERIFY(sim.start());
    ConnectionSettings settings;
    settings.port = sim.port();
    Session session(settings);
    ServerError error;
    const bool v3 = o.version.major() < 4;
    QVERIFY(session.execute(v3 ? QStringLiteral("CREATE RESOURCE UNIT u8 MAX_CPU 4, MAX_MEMORY '8G'")
                               : QStringLiteral("CREATE RESOURCE UNIT u8 MAX_CPU 4, MEMORY_SIZE '8G', LOG_DISK_SIZE '24G'"), &error));
    QVERIFY(session.execute(QStringLiteral("CREATE RESOURCE POOL free_pool UNIT = 'u8', UNIT_NUM = 1, ZONE_LIST = ('zone1','zone2')"), &error));
    const auto inv = ClusterInventory::read(session, &error);
    QVERIFY2(inv, qPrintable(error.toString()));
    QCOMPARE(inv->version, o.version);
    QCOMPARE(inv->zones, (QStringList{QStringLiteral("zone1"), QStringLiteral("zone2"), QStringLiteral("zone3")}));
    QCOMPARE(inv->servers.size(), 3);
    QVERIFY(inv->hasTenant(QStringLiteral("sys")));
    QVERIFY(inv->pool(QStringLiteral("sys_pool")) && inv->pool(QStringLiteral("sys_pool"))->inUse());
    const auto *free = inv->pool(QStringLiteral("free_pool"));
    QVERIFY(free);
    QVERIFY(!free->inUse());
    QCOMPARE(free->unitConfig, QStringLiteral("u8"));
    QCOMPARE(free->zones, (QStringList{QStringLiteral("zone1"), QStringLiteral("zone2")}));
    QCOMPARE(inv->unitConfig(QStringLiteral("u8"))->memory, 8ll << 30);
    if (!v3) {
        const auto &s = inv->servers.first();
        QVERIFY(s.resourcesKnown);
        // sys (2 CPU, 8 GiB) + the new pool's unit on zone1 (4 CPU, 8 GiB): 32 − 6 CPU and 128 − 16 GiB free.
        QCOMPARE(s.cpuFree(), 26.0);
        QCOMPARE(s.memoryFree(), 112ll << 30);
        QCOMPARE(inv->minFullPoolMemory, 5368709120ll);
        QCOMPARE(inv->clusterName, QStringLiteral("obcluster"));
    }
}

void tst_OnlineCatalog::sameWindowsOnlineAndOffline_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("version");
    for (const char *s : {"demo", "healthy", "archive_gap", "newest_set_not_covered", "piece_not_available", "backup_set_failed", "backup_encrypted", "no_restorable_window"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 on 4.2.3").arg(QLatin1StringView(s)))) << s << "4.2.3.0";
    }
    QTest::newRow("demo on 4.1") << "demo" << "4.1.0.0";
    QTest::newRow("demo on 4.3.3") << "demo" << "4.3.3.0";
}

void tst_OnlineCatalog::sameWindowsOnlineAndOffline()
{
    QFETCH(QString, scenario);
    QFETCH(QString, version);
    QTemporaryDir dir;
    obfixture::findScenario(scenario)->write(dir.path());
    const Catalog offline = buildCatalog(DestScanner().scan({BackupUri::fromLocalPath(dir.path())}));

    obsim::ObCluster::Options o;
    o.version = ObVersion::parse(version).value();
    o.backupRoots = {dir.path()};
    obsim::EmbeddedServer sim(o);
    QVERIFY(sim.start());
    ConnectionSettings settings;
    settings.port = sim.port();
    Session session(settings);
    ServerError error;
    const auto online = OnlineBackupCatalog::read(session, {}, &error);
    QVERIFY2(online, qPrintable(error.toString()));

    QCOMPARE(online->tenants.size(), offline.tenants.size());
    for (qsizetype i = 0; i < offline.tenants.size(); ++i) {
        const TenantEntry &a = offline.tenants[i];
        const TenantEntry &b = online->tenants[i];
        QCOMPARE(b.tenantId, a.tenantId);
        QCOMPARE(b.tenantName, a.tenantName);
        QCOMPARE(b.clusterName, a.clusterName);
        QCOMPARE(b.usableSetIds, a.usableSetIds);
        QCOMPARE(b.windows.size(), a.windows.size());
        for (qsizetype w = 0; w < a.windows.size(); ++w) {
            QCOMPARE(b.windows[w].start.value(), a.windows[w].start.value());
            QCOMPARE(b.windows[w].end.value(), a.windows[w].end.value());
            QCOMPARE(b.windows[w].backupSetId, a.windows[w].backupSetId);
        }
        if (version != u"4.1.0.0") // CLUSTER_VERSION is a 4.1+ column, whose absence must not break anything
            QCOMPARE(b.sourceClusterVersion, a.sourceClusterVersion);
    }
}

QTEST_GUILESS_MAIN(tst_OnlineCatalog)
#include "tst_onlinecatalog.moc"
