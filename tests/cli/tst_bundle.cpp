// `obrestore bundle` (issue 17): the real binary writes a support bundle from a scan of an encrypted tree in a bucket
// of a real S3 server and from a cluster (obsim) whose restore from that bucket, with a decryption password, failed.
// The archive is unpacked with libzip and every file is searched for every secret: none may appear.
#include "../integration/obsimclient.h"
#include "closedport.h"
#include "s3testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

using namespace obrestore;
using namespace testsupport;

namespace {

// Secrets with characters that end values elsewhere: a space, a semicolon, "=", "+", "/", a quote, a backslash.
const QString kAccessKey = QStringLiteral("Qx7 access;key=SECRET+/"); // no comma: OceanBase splits FROM lists there
const QString kRootPassword = QStringLiteral("Qx7-root'pw\\\"x");
const QString kDecryption = QStringLiteral("s3cret-pw"); // the password recorded in the backup_encrypted fixture

QMap<QString, QByteArray> unpack(const QString &path)
{
    QMap<QString, QByteArray> out;
    int err = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err);
    if (!za)
        return out;
    const zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za, zip_uint64_t(i), 0, &st) != 0)
            continue;
        zip_file_t *f = zip_fopen_index(za, zip_uint64_t(i), 0);
        QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
        if (f && zip_fread(f, bytes.data(), st.size) == zip_int64_t(st.size))
            out.insert(QStringLiteral("%1:%2").arg(i, 2, 10, QLatin1Char('0')).arg(QString::fromUtf8(st.name)), bytes);
        if (f)
            zip_fclose(f);
    }
    zip_close(za);
    return out;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run bundle(const QStringList &args, const QString &password = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OBRESTORE_PASSWORD"), password);
    env.insert(QStringLiteral("OBRESTORE_STORAGE_ATTEMPTS"), QStringLiteral("2"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OBRESTORE_BIN_DIR "/obrestore"), QStringList{QStringLiteral("bundle")} + args);
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class tst_Bundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretInAnyFile();
    void unreachableClusterIsNotedAndTheRestWritten();
    void nothingCollectedExitsFour();
    void misuse();

private:
    obfixture::S3TestServer m_s3;
    QTemporaryDir m_dir;
};

void tst_Bundle::initTestCase()
{
    QString why;
    if (!obfixture::S3TestServer::installed(&why))
        QFAIL(qPrintable(why));
    obfixture::S3TestServer::Options o;
    o.secret = kAccessKey;
    o.buckets = {QStringLiteral("bkt")};
    QVERIFY2(m_s3.start(o, &why), qPrintable(why));
    const QString tree = m_dir.filePath(QStringLiteral("enc"));
    obfixture::findScenario(QStringLiteral("backup_encrypted"))->write(tree);
    QVERIFY2(m_s3.seed(QStringLiteral("bkt"), QStringLiteral("enc"), tree, &why) > 0, qPrintable(why));
}

void tst_Bundle::noSecretInAnyFile()
{
    // A cluster with a root password, and a restore from the bucket (its BACKUP_DEST holds the key) with the
    // backup's decryption password, failed on purpose.
    obsim::ObCluster::Options o;
    o.version = ObVersion(4, 2, 3, 0);
    o.speed = 50;
    o.rootPassword = kRootPassword;
    // Its own backups in the bucket (scenario 1): CDB_OB_BACKUP_STORAGE_INFO and the parameters hold the key in
    // plain text, as in Community Edition builds.
    o.backupRoots = {m_s3.uri(QStringLiteral("bkt"), QStringLiteral("enc"), kAccessKey)};
    obsim::EmbeddedServer sim(o);
    QVERIFY(sim.start());
    auto root = openConnection(sim.port(), QStringLiteral("root@sys"), kRootPassword);
    auto admin = openConnection(sim.port(), QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
    QVERIFY(root && admin);
    const QString data = m_s3.uri(QStringLiteral("bkt"), QStringLiteral("enc/data"), kAccessKey);
    const QString clog = m_s3.uri(QStringLiteral("bkt"), QStringLiteral("enc/clog"), kAccessKey);
    QString message;
    for (const QString &sql : {QStringLiteral("CREATE RESOURCE UNIT u1 MAX_CPU 4, MEMORY_SIZE = '8G', LOG_DISK_SIZE = '24G'"),
                               QStringLiteral("CREATE RESOURCE POOL p1 UNIT = 'u1', UNIT_NUM = 1, ZONE_LIST = ('zone1','zone2','zone3')"),
                               QStringLiteral("SET DECRYPTION IDENTIFIED BY '%1'").arg(kDecryption),
                               QStringLiteral("ALTER SYSTEM RESTORE t1 FROM '%1,%2' WITH 'pool_list=p1'").arg(data, clog)})
        QVERIFY2(run(root->db(), sql, &message) == 0, qPrintable(sql + u' ' + message));
    QCOMPARE(run(admin->db(), QStringLiteral("OBSIM FAIL RESTORE t1 AT 1 WITH -9047")), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!column(root->db(), QStringLiteral("SELECT JOB_ID FROM oceanbase.CDB_OB_RESTORE_HISTORY")).isEmpty(), 30000);

    const QString zip = m_dir.filePath(QStringLiteral("ticket.zip"));
    const Run r = bundle({QStringLiteral("--out"), zip, data, clog, QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"), QString::number(sim.port()), QStringLiteral("--tenant"), QStringLiteral("t1"),
                          QStringLiteral("--time-zone"), QStringLiteral("+08:00")},
                         kRootPassword);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(QFileInfo::exists(zip));
    QVERIFY(!QFileInfo::exists(zip + QStringLiteral(".tmp-")));

    const QMap<QString, QByteArray> files = unpack(zip);
    QVERIFY(files.size() >= 10);
    QVERIFY(files.firstKey().endsWith(u":manifest.json"));
    QVERIFY(std::next(files.begin()).key().endsWith(u":README.txt"));
    const QStringList secrets{kAccessKey, kRootPassword, kDecryption, QStringLiteral("Qx7")};
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        for (const QString &secret : secrets)
            QVERIFY2(!QString::fromUtf8(it.value()).contains(secret), qPrintable(QStringLiteral("%1 holds %2").arg(it.key(), secret)));
    }
    for (const QString *text : {&r.out, &r.err})
        QVERIFY(!text->contains(u"Qx7") && !text->contains(kDecryption));

    // What was collected, and what the rows say: the failed job, its masked destination.
    const QJsonObject manifest = QJsonDocument::fromJson(files.first()).object();
    QCOMPARE(manifest.value(QStringLiteral("time_zone_offset")).toString(), QStringLiteral("+08:00"));
    QCOMPARE(manifest.value(QStringLiteral("cluster_version")).toString(), QStringLiteral("4.2.3.0"));
    QStringList names;
    for (const QJsonValue &f : manifest.value(QStringLiteral("files")).toArray())
        names << f.toObject().value(QStringLiteral("name")).toString();
    for (const char *expected : {"inspect.json", "inspect.txt", "cluster/version.json", "cluster/tenants.json", "restore/history.json",
                                 "restore/rootservice_events.json", "backup/storage_info.json", "backup/parameters.json"})
        QVERIFY2(names.contains(QLatin1StringView(expected)), qPrintable(names.join(u' ')));
    QByteArray history;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().endsWith(u":restore/history.json"))
            history = it.value();
    }
    QVERIFY2(history.contains("FAIL") && history.contains("access_key=******"), history.constData());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().endsWith(u":backup/storage_info.json") || it.key().endsWith(u":backup/parameters.json"))
            QVERIFY2(it.value().contains("s3://bkt/enc") && it.value().contains("******"), it.value().constData()); // there, masked
    }
    QVERIFY(QString::fromUtf8(files.first()).contains(u"samples of a watch")); // said, not left out silently
}

void tst_Bundle::unreachableClusterIsNotedAndTheRestWritten()
{
    const testsupport::ClosedPort closed; // nothing listens there, and nothing else can take it meanwhile
    const quint16 port = closed.port();
    QVERIFY(port != 0);
    const QString zip = m_dir.filePath(QStringLiteral("partial.zip"));
    const Run r = bundle({QStringLiteral("--out"), zip, m_s3.uri(QStringLiteral("bkt"), QStringLiteral("enc"), kAccessKey),
                          QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port)});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.err.contains(u"Not collected"));
    const QMap<QString, QByteArray> files = unpack(zip);
    const QJsonObject manifest = QJsonDocument::fromJson(files.first()).object();
    const QJsonArray missing = manifest.value(QStringLiteral("not_collected")).toArray();
    QVERIFY2(QJsonDocument(missing).toJson().contains("cannot be reached"), QJsonDocument(missing).toJson().constData());
    QVERIFY(std::any_of(files.keyBegin(), files.keyEnd(), [](const QString &k) { return k.endsWith(u":inspect.json"); }));
}

void tst_Bundle::nothingCollectedExitsFour()
{
    const testsupport::ClosedPort closed; // nothing listens there, and nothing else can take it meanwhile
    const quint16 port = closed.port();
    QVERIFY(port != 0);
    const Run r = bundle({QStringLiteral("--out"), m_dir.filePath(QStringLiteral("empty.zip")), QStringLiteral("--host"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port)});
    QCOMPARE(r.code, 4);
}

void tst_Bundle::misuse()
{
    QCOMPARE(bundle({m_dir.path()}).code, 2);                                                            // no --out
    QCOMPARE(bundle({QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.zip"))}).code, 2);      // nothing to collect
    QCOMPARE(bundle({QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.zip")), QStringLiteral("--host"), QStringLiteral("h"),
                     QStringLiteral("--port"), QStringLiteral("99999")})
                 .code,
             2);
    QCOMPARE(bundle({QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.zip")), QStringLiteral("oss://AK:%1@b/p").arg(kAccessKey)}).code, 2);
}

QTEST_GUILESS_MAIN(tst_Bundle)
#include "tst_bundle.moc"
