#include "backupdest/destscanner.h"
#include "cluster/clusterinventory.h"
#include "cluster/onlinebackupcatalog.h"
#include "cluster/sourcekeys.h"
#include "backupdest/restoresource.h"
#include "s3testserver.h"
#include "scenarios.h"
#include "server.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace obrestore;

namespace {

// A scenario's tree, read offline, and obsim (of `version`) serving it as its own backups, for reading online.
struct ServedTree
{
    ServedTree(const QString &scenario, const QString &version)
    {
        obfixture::findScenario(scenario)->write(dir.path());
        offline = buildCatalog(DestScanner().scan({BackupUri::fromLocalPath(dir.path())}));
        obsim::ObCluster::Options o;
        o.version = ObVersion::parse(version).value();
        o.backupRoots = {dir.path()};
        sim = std::make_unique<obsim::EmbeddedServer>(o);
        started = sim->start();
        settings.port = sim->port();
    }
    QTemporaryDir dir;
    Catalog offline;
    std::unique_ptr<obsim::EmbeddedServer> sim;
    bool started = false;
    ConnectionSettings settings;
};

} // namespace

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
    void sourceTimeZonesAndModes();
    void bucketSourceKeys_data();
    void bucketSourceKeys();
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
    ServedTree served(scenario, version);
    QVERIFY(served.started);
    const Catalog &offline = served.offline;
    Session session(served.settings);
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

// Issue 16, rule 2: an online source suggests its zone as an offline one does. Each tenant's time_zone comes from
// CDB_OB_SYS_VARIABLES (obsim keeps what the backups recorded), its mode from DBA_OB_TENANTS, and both land where the
// offline reader puts the backup's locality_info, so the tenant page and the pre-checks read them the same way.
void tst_OnlineCatalog::sourceTimeZonesAndModes()
{
    ServedTree served(QStringLiteral("demo"), QStringLiteral("4.2.3.0"));
    QVERIFY(served.started);
    const Catalog &offline = served.offline;
    Session session(served.settings);
    ServerError error;
    auto online = OnlineBackupCatalog::read(session, {}, &error);
    QVERIFY2(online, qPrintable(error.toString()));
    QCOMPARE(online->tenants.size(), offline.tenants.size());
    qint64 sales = 0;
    for (qsizetype i = 0; i < offline.tenants.size(); ++i) {
        const DataDestEntry &a = offline.tenants[i].dataDests.first();
        const DataDestEntry &b = online->tenants[i].dataDests.first();
        QVERIFY(a.locality && b.locality);
        QVERIFY(!a.locality->sysTimeZone.isEmpty());
        QCOMPARE(b.locality->sysTimeZone, a.locality->sysTimeZone);
        QCOMPARE(b.locality->compatMode, a.locality->compatMode);
        QCOMPARE(b.locality->tenantName, a.locality->tenantName);
        if (online->tenants[i].tenantName == u"sales")
            sales = online->tenants[i].tenantId;
    }
    QVERIFY(sales > 0);

    // A tenant whose zone was changed since: the live value is what is suggested.
    QVERIFY2(session.execute(QStringLiteral("ALTER TENANT sales SET VARIABLES time_zone = 'Asia/Tokyo'"), &error), qPrintable(error.toString()));
    const auto zones = OnlineBackupCatalog::readTenantTimeZones(session);
    QCOMPARE(zones.of(sales), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(zones.of(1), QStringLiteral("+08:00")); // sys, untouched
    online = OnlineBackupCatalog::read(session, {}, &error);
    QVERIFY2(online, qPrintable(error.toString()));
    for (const TenantEntry &t : online->tenants) {
        if (t.tenantId == sales)
            QCOMPARE(t.dataDests.first().locality->sysTimeZone, QByteArray("Asia/Tokyo"));
        else
            QCOMPARE(t.dataDests.first().locality->sysTimeZone, QByteArray("+08:00"));
    }
    // The simulator refuses what OceanBase refuses.
    QVERIFY(!session.execute(QStringLiteral("ALTER TENANT nosuch SET VARIABLES time_zone = '+01:00'"), &error));
    QCOMPARE(error.code, 5157);
    QVERIFY(!session.execute(QStringLiteral("ALTER TENANT sales SET VARIABLES time_zone = 'Mars/Olympus'"), &error));
    QCOMPARE(error.code, 1298);
    // SET GLOBAL changes the sys tenant's global value, not the session's (which obrestore pins to UTC).
    QVERIFY2(session.execute(QStringLiteral("SET GLOBAL time_zone = '+03:00'"), &error), qPrintable(error.toString()));
    const auto read = session.read(QStringLiteral("SELECT @@global.time_zone, @@time_zone"), {}, &error);
    QVERIFY2(read, qPrintable(error.toString()));
    QCOMPARE(read->rows.value(0).value(0).toString(), QStringLiteral("+03:00"));
    QCOMPARE(read->rows.value(0).value(1).toString(), QStringLiteral("+00:00"));
    QCOMPARE(OnlineBackupCatalog::readTenantTimeZones(session).of(1), QStringLiteral("+03:00"));
}

// Issue 28: a source cluster that backs up to a bucket. Its views give each destination's PATH with the endpoint and
// no key (get_backup_path_str); the key is in CDB_OB_BACKUP_STORAGE_INFO and the parameters, in plain text (Community
// Edition) or as encrypt_key= (builds with transparent encryption), which a RESTORE refuses. Online and offline give
// the same restore source; the FROM carries the key; obsim's RESTORE reads the bucket with it and refuses what
// OceanBase refuses.
void tst_OnlineCatalog::bucketSourceKeys_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("Community Edition: the key in plain text") << false;
    QTest::newRow("transparent encryption: encrypt_key") << true;
}

void tst_OnlineCatalog::bucketSourceKeys()
{
    QFETCH(bool, encrypted);
    QString why;
    if (!obfixture::S3TestServer::installed(&why))
        QFAIL(qPrintable(why));
    obfixture::S3TestServer s3;
    obfixture::S3TestServer::Options so;
    so.buckets = {QStringLiteral("prodbk")};
    QVERIFY2(s3.start(so, &why), qPrintable(why));
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("demo"))->write(dir.path());
    QVERIFY2(s3.seed(QStringLiteral("prodbk"), QStringLiteral("ob"), dir.path(), &why) > 0, qPrintable(why));
    const QString location = s3.uri(QStringLiteral("prodbk"), QStringLiteral("ob"));
    const QString secret = so.secret;
    const auto uri = BackupUri::parse(location);
    QVERIFY(uri);
    const Catalog offline = buildCatalog(DestScanner().scan({*uri}));
    QCOMPARE(offline.tenants.size(), 3);

    obsim::ObCluster::Options o;
    o.backupRoots = {location};
    o.storageKeysEncrypted = encrypted;
    obsim::EmbeddedServer sim(o);
    QVERIFY(sim.start());
    ConnectionSettings settings;
    settings.port = sim.port();
    Session session(settings);
    ServerError error;
    auto scan = OnlineBackupCatalog::readScan(session, &error);
    QVERIFY2(scan, qPrintable(error.toString()));
    // The views' paths: the destination and its endpoint, never a key.
    QVERIFY(!scan->dataDests.isEmpty());
    for (const DataDestEntry &d : scan->dataDests) {
        QVERIFY2(d.uri.startsWith(u"s3://prodbk/ob/") && !d.uri.contains(u'?'), qPrintable(d.uri));
        QCOMPARE(d.parameters, QStringLiteral("host=") + s3.endpoint());
    }
    const QList<SourceStorageInfo> infos = SourceKeys::read(session);
    QVERIFY(!infos.isEmpty());
    for (const SourceStorageInfo &i : infos)
        QVERIFY2(i.authorization.contains(encrypted ? u"encrypt_key=" : u"access_key="), qPrintable(i.view + u' ' + i.root));
    SourceKeys keys(*scan, infos);
    QCOMPARE(keys.buckets().size(), 1);
    const SourceKeys::Bucket bucket = keys.buckets().first();
    QCOMPARE(bucket.displayName(), QStringLiteral("s3://prodbk (host=%1)").arg(s3.endpoint()));
    QCOMPARE(bucket.accessId, so.accessId);
    QVERIFY(!bucket.formUri.contains(secret));
    QCOMPARE(bucket.destinations.size(), scan->dataDests.size() + scan->archiveDests.size());
    if (encrypted) {
        QCOMPARE(bucket.state, SourceKeys::State::Encrypted);
        QVERIFY(keys.locations().isEmpty());
        // The encrypted form itself is refused by OceanBase in a FROM: obsim too.
        const SourceStorageInfo &i = infos.first();
        const QString withEncrypted = i.root + u'?' + i.endpoint + u'&' + i.authorization + u'&' + i.extension;
        QVERIFY(!session.execute(QStringLiteral("ALTER SYSTEM RESTORE t_enc FROM '%1' WITH 'pool_list=p'").arg(withEncrypted), &error));
        QCOMPARE(error.code, 9026);
        QVERIFY2(error.toString().contains(u"encrypt_key"), qPrintable(error.toString()));
        // Typed by the DBA: a location of another bucket is refused, one without a key too, this bucket's is taken.
        QString typedError;
        QVERIFY(!keys.setTyped(bucket.id, s3.uri(QStringLiteral("other"), QStringLiteral("ob")), &typedError));
        QVERIFY2(typedError.contains(u"other"), qPrintable(typedError));
        QVERIFY(!keys.setTyped(bucket.id, bucket.formUri, &typedError));
        QVERIFY(keys.setTyped(bucket.id, bucket.formUri + QStringLiteral("&access_key=") + secret, &typedError));
        QCOMPARE(keys.buckets().first().state, SourceKeys::State::Typed);
    } else {
        QCOMPARE(bucket.state, SourceKeys::State::FromSource);
    }
    QCOMPARE(keys.locations().size(), bucket.destinations.size());
    for (const QString &l : keys.locations())
        QVERIFY(l.contains(QStringLiteral("access_key=") + secret));
    keys.applyTo(*scan);
    for (const DataDestEntry &d : scan->dataDests)
        QVERIFY2(d.parameters.contains(u"access_key=******") && !d.parameters.contains(secret), qPrintable(d.parameters));
    const Catalog online = buildCatalog(*scan);
    QCOMPARE(online.tenants.size(), offline.tenants.size());
    for (qsizetype i = 0; i < offline.tenants.size(); ++i) {
        const TenantRestoreSource a = latestRestoreSource(offline.tenants[i]);
        const TenantRestoreSource b = latestRestoreSource(online.tenants[i]);
        QCOMPARE(b.restorable, a.restorable);
        QCOMPARE(b.fromUris(), a.fromUris()); // the same FROM (masked) as from the bucket itself
    }
    // The statement's FROM with the real key: obsim reads the bucket with it and takes the restore.
    const TenantRestoreSource source = latestRestoreSource(online.tenants.first());
    QVERIFY(source.restorable);
    QStringList from;
    for (const QString &u : source.fromUris())
        from << withSecretsFrom(u, keys.locations());
    QVERIFY(from.join(u',').contains(secret));
    QVERIFY(session.execute(QStringLiteral("CREATE RESOURCE UNIT u8 MAX_CPU 4, MEMORY_SIZE '8G', LOG_DISK_SIZE '24G'"), &error));
    QVERIFY(session.execute(QStringLiteral("CREATE RESOURCE POOL p UNIT = 'u8', UNIT_NUM = 1, ZONE_LIST = ('zone1')"), &error));
    // Without a key, and with a wrong one: refused as OceanBase refuses them.
    QStringList keyless;
    for (const QString &u : source.fromUris())
        keyless << u.left(u.indexOf(u'?')) + QStringLiteral("?host=") + s3.endpoint();
    QVERIFY(!session.execute(QStringLiteral("ALTER SYSTEM RESTORE t_nokey FROM '%1' WITH 'pool_list=p'").arg(keyless.join(u',')), &error));
    QCOMPARE(error.code, 9026);
    QVERIFY(!session.execute(QStringLiteral("ALTER SYSTEM RESTORE t_wrong FROM '%1' WITH 'pool_list=p'")
                                 .arg(QString(from.join(u',')).replace(secret, QStringLiteral("wrong-secret"))), &error));
    QCOMPARE(error.code, 9071);
    QVERIFY(session.execute(QStringLiteral("SET DECRYPTION IDENTIFIED BY 'backup_pw_1'"), &error)); // the demo's encrypted set
    QVERIFY2(session.execute(QStringLiteral("ALTER SYSTEM RESTORE t_ok FROM '%1' WITH 'pool_list=p'").arg(from.join(u',')), &error),
             qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(tst_OnlineCatalog)
#include "tst_onlinecatalog.moc"
