// Azure Blob (azblob://), against Azurite, Microsoft's own storage emulator from the npm registry, which checks every
// request's Shared Key signature (tests/azure): the same report as from a folder for every fixture tree, listings
// longer than one page (5,000 blobs), a wrong key, a missing container, a closed port, 5xx answers retried or given up
// on, and the CLI with the key from the environment. Nothing here is a mock: a wrong signature is a 403.
#include "azuritetestserver.h"
#include "backupdest/destscanner.h"
#include "backupdest/objectstorage.h"
#include "backupdest/tenantcatalog.h"
#include "cluster/session.h"
#include "closedport.h"
#include "fixturetree.h"
#include "report/inspectreport.h"
#include "scenarios.h"
#include "storagereport.h"
#include "server.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace obrestore;

namespace {


ObjectStorageOptions quick()
{
    ObjectStorageOptions o;
    o.requestTimeoutMs = 3000;
    o.connectTimeoutMs = 1000;
    o.attempts = 3;
    o.backoffMs = 50;
    return o;
}

ScanResult scanUri(const QString &text, ObjectStorageOptions o = quick())
{
    const auto uri = BackupUri::parse(text);
    if (!uri)
        return {};
    return DestScanner(std::make_shared<BackupStorage>(QString(), o)).scan({*uri});
}

QStringList codes(const QList<Diagnostic> &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << d.code;
    return out;
}

} // namespace

class tst_Azure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameReportAsFromAFolder_data();
    void sameReportAsFromAFolder();
    void listingsPastOnePage();
    void wrongKeyIsAccessDenied();
    void missingContainer();
    void closedPortIsUnreachable();
    void serverErrorsRetriedThenGivenUp();
    void cliWithKeyFromEnvironment();
    void obsimRestoresFromAContainer();

private:
    obfixture::AzuriteTestServer m_server;
    QTemporaryDir m_dir;
};

void tst_Azure::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString why;
    if (!obfixture::AzuriteTestServer::installed(&why))
        QFAIL(qPrintable(why)); // the azurite_install fixture installs it: a missing server is a failure, not a skip
    obfixture::AzuriteTestServer::Options o;
    o.containers = {QStringLiteral("backups")};
    QVERIFY2(m_server.start(o, &why), qPrintable(why));
}

void tst_Azure::sameReportAsFromAFolder_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : obfixture::folderScenarioNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Azure::sameReportAsFromAFolder()
{
    QFETCH(QString, name);
    const obfixture::Scenario *s = obfixture::findScenario(name);
    const QString root = m_dir.filePath(name);
    s->write(root);
    QDir().mkpath(root);
    QString error;
    QVERIFY2(m_server.seed(QStringLiteral("backups"), QStringLiteral("trees/") + name, root, &error) >= 0, qPrintable(error));
    const auto [a, b] = obfixture::readFolderAndTwin(*s, root, [&](const QString &rel) {
        return m_server.uri(QStringLiteral("backups"), QStringLiteral("trees/") + name + (rel.isEmpty() ? QString() : u'/' + rel));
    });
    if (name == u"no_format_file" || name == u"path_not_found") {
        // An empty folder a container cannot hold, and a path that is not there: nothing is stored below the prefix.
        QCOMPARE(codes(b.diagnostics), QStringList{QStringLiteral("PATH_NOT_FOUND")});
        return;
    }
    const QByteArray ja = obfixture::normalizedReport(inspectJson(a), root, QString());
    const QByteArray jb = obfixture::normalizedReport(inspectJson(b), root, QStringLiteral("azblob://backups/trees/") + name);
    if (ja != jb)
        qWarning().noquote() << "folder:\n" << ja << "\ncontainer:\n" << jb;
    QCOMPARE(jb, ja);
    QCOMPARE(inspectExitCode(b), inspectExitCode(a));
    QVERIFY(!QString::fromUtf8(inspectJson(b)).contains(m_server.options().key));
    QVERIFY(!inspectText(b, QTimeZone::utc()).contains(m_server.options().key));
}

void tst_Azure::listingsPastOnePage()
{
    // One listing longer than a List Blobs page (5,000 entries): a healthy tree whose archive destination also holds
    // 5,100 files the scan ignores, named to sort before the pieces, so every piece comes on a later page, reached
    // through NextMarker. (Files the reader ignores keep the upload short; a real destination gets there with pieces.)
    const QString root = m_dir.filePath(QStringLiteral("long"));
    obfixture::writeHealthyTree(root, ObVersion(4, 2, 1, 0));
    const QString clog = root + QStringLiteral("/clog/pieces"); // the pieces' placeholders, which the scan lists
    QVERIFY(QFileInfo(clog).isDir());
    for (int i = 0; i < 5100; ++i) {
        QFile f(QStringLiteral("%1/0_unrelated_%2.tmp").arg(clog).arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QString error;
    QVERIFY2(m_server.seed(QStringLiteral("backups"), QStringLiteral("long"), root, &error) > 5100, qPrintable(error));
    m_server.stats(true);
    const Catalog remote = buildCatalog(scanUri(m_server.uri(QStringLiteral("backups"), QStringLiteral("long"))));
    const Catalog local = buildCatalog(DestScanner().scan({BackupUri::fromLocalPath(root)}));
    QCOMPARE(obfixture::normalizedReport(inspectJson(remote), root, QStringLiteral("azblob://backups/long")), obfixture::normalizedReport(inspectJson(local), root, QString()));
    QCOMPARE(remote.tenants.size(), 1);
    QVERIFY(!remote.tenants.first().archiveDests.isEmpty() && !remote.tenants.first().archiveDests.first().pieces.isEmpty());
    QVERIFY(!remote.tenants.first().windows.isEmpty());
}

void tst_Azure::wrongKeyIsAccessDenied()
{
    const QString wrong = QString::fromLatin1(QByteArray("not the account key").toBase64());
    const ScanResult r = scanUri(m_server.uri(QStringLiteral("backups"), QStringLiteral("trees/healthy"), wrong));
    QCOMPARE(codes(r.diagnostics), QStringList{QStringLiteral("STORAGE_ACCESS_DENIED")});
    const Diagnostic &d = r.diagnostics.first();
    QVERIFY2(d.message.contains(u"403") && d.message.contains(m_server.options().account), qPrintable(d.message));
    QVERIFY(!d.message.contains(wrong) && !d.path.contains(wrong));
    // Another account name with the right key: refused too.
    QString other = m_server.uri(QStringLiteral("backups"), QStringLiteral("trees/healthy"));
    other.replace(QStringLiteral("access_id=") + m_server.options().account, QStringLiteral("access_id=someoneelse"));
    QCOMPARE(codes(scanUri(other).diagnostics), QStringList{QStringLiteral("STORAGE_ACCESS_DENIED")});
}

void tst_Azure::missingContainer()
{
    const ScanResult r = scanUri(m_server.uri(QStringLiteral("no-such-container"), QStringLiteral("x")));
    QCOMPARE(codes(r.diagnostics), QStringList{QStringLiteral("STORAGE_BUCKET_NOT_FOUND")});
    QVERIFY2(r.diagnostics.first().message.contains(u"ContainerNotFound"), qPrintable(r.diagnostics.first().message));
}

void tst_Azure::closedPortIsUnreachable()
{
    const testsupport::ClosedPort closed;
    QVERIFY(closed.port() != 0);
    const ScanResult r = scanUri(QStringLiteral("azblob://ctr/x?host=http://127.0.0.1:%1/acct&access_id=acct&access_key=a2V5").arg(closed.port()));
    QCOMPARE(codes(r.diagnostics), QStringList{QStringLiteral("STORAGE_UNREACHABLE")});
    QVERIFY2(r.diagnostics.first().message.contains(QStringLiteral("127.0.0.1:%1").arg(closed.port())), qPrintable(r.diagnostics.first().message));
}

void tst_Azure::serverErrorsRetriedThenGivenUp()
{
    const QString uri = m_server.uri(QStringLiteral("backups"), QStringLiteral("trees/healthy"));
    const Catalog clean = buildCatalog(scanUri(uri));
    QVERIFY(!clean.tenants.isEmpty());
    // Two 503 ServerBusy answers: retried, the same report.
    QVERIFY(m_server.fail(2, 503, QStringLiteral("ServerBusy")));
    const ScanResult r = scanUri(uri);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(codes(r.diagnostics).join(u' ')));
    QVERIFY(r.counts.retries >= 2);
    QCOMPARE(inspectJson(buildCatalog(r)), inspectJson(clean));
    // A server that keeps answering 500: given up on after the attempts, said so.
    QVERIFY(m_server.fail(1000, 500, QStringLiteral("InternalError")));
    const ScanResult broken = scanUri(uri);
    QCOMPARE(codes(broken.diagnostics), QStringList{QStringLiteral("STORAGE_UNREACHABLE")});
    QVERIFY2(broken.diagnostics.first().message.contains(u"InternalError"), qPrintable(broken.diagnostics.first().message));
    QVERIFY(m_server.fail(0, 500, QStringLiteral("InternalError")));
}

void tst_Azure::cliWithKeyFromEnvironment()
{
    auto run = [](const QStringList &args, const QStringList &extraEnv) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : extraEnv)
            env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OBRESTORE_BIN_DIR "/obrestore"), QStringList{QStringLiteral("inspect")} + args);
        p.waitForFinished(60000);
        return qMakePair(p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError());
    };
    const QString key = m_server.options().key;
    QString withoutKey = m_server.uri(QStringLiteral("backups"), QStringLiteral("trees/healthy"));
    withoutKey.remove(QStringLiteral("&access_key=") + key);
    auto r = run({withoutKey}, {QStringLiteral("OBRESTORE_ACCESS_KEY=")});
    QCOMPARE(r.first, 2); // no key anywhere: misuse
    r = run({withoutKey, QStringLiteral("--json")}, {QStringLiteral("OBRESTORE_ACCESS_KEY=") + key});
    QCOMPARE(r.first, 0);
    QVERIFY(r.second.contains("\"tenant_name\": \"mysql_tenant\""));
    QVERIFY(r.second.contains("azblob://backups/trees/healthy"));
    QVERIFY(!r.second.contains(key.toUtf8()));
    // A key that is not an account key: refused before anything is sent.
    r = run({withoutKey + QStringLiteral("&access_key=not-base64!")}, {});
    QCOMPARE(r.first, 2);
    QVERIFY2(r.second.contains("Azure storage account key"), r.second.constData());
}

// A restore FROM a container: obsim reads it as OceanBase does, with the key the statement carries, on a version
// that has the Azure device; an older one refuses the location (OB_INVALID_BACKUP_DEST).
void tst_Azure::obsimRestoresFromAContainer()
{
    const QString root = m_dir.filePath(QStringLiteral("restore"));
    obfixture::writeHealthyTree(root, ObVersion(4, 3, 3, 0)); // a backup 4.3.5.3 may restore (the upgrade path rules)
    QString error;
    QVERIFY2(m_server.seed(QStringLiteral("backups"), QStringLiteral("restore"), root, &error) > 0, qPrintable(error));
    const QString from = m_server.uri(QStringLiteral("backups"), QStringLiteral("restore/data")) + u',' + m_server.uri(QStringLiteral("backups"), QStringLiteral("restore/clog"));
    for (const char *version : {"4.3.5.3", "4.3.3.0"}) {
        obsim::ObCluster::Options o;
        o.version = ObVersion::parse(QString::fromLatin1(version)).value();
        obsim::EmbeddedServer sim(o);
        QVERIFY(sim.start());
        ConnectionSettings settings;
        settings.port = sim.port();
        Session session(settings);
        ServerError e;
        QVERIFY(session.execute(QStringLiteral("CREATE RESOURCE UNIT u8 MAX_CPU 4, MEMORY_SIZE '8G', LOG_DISK_SIZE '24G'"), &e));
        QVERIFY(session.execute(QStringLiteral("CREATE RESOURCE POOL p UNIT = 'u8', UNIT_NUM = 1, ZONE_LIST = ('zone1')"), &e));
        const bool ok = session.execute(QStringLiteral("ALTER SYSTEM RESTORE az_restored FROM '%1' WITH 'pool_list=p'").arg(from), &e);
        if (QLatin1StringView(version) == u"4.3.5.3") {
            QVERIFY2(ok, qPrintable(e.toString()));
        } else {
            QVERIFY(!ok);
            QCOMPARE(e.code, 9026);
        }
    }
}

QTEST_GUILESS_MAIN(tst_Azure)
#include "tst_azure.moc"
