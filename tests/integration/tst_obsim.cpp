#include "cluster/restorestatement.h"
#include "obsimclient.h"
#include "fixturetree.h"
#include "scenarios.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace obsim;
using namespace testsupport;
using obrestore::ObVersion;

namespace {

// 2024-03-02 12:00:00 UTC: inside the healthy tree's window (2024-03-01 03:00 – 2024-03-03 12:00 UTC), after
// incremental set 2 (restorable from 2024-03-02 03:00), so the chain is sets 1 + 2 and the log piece 2.
const QString kInside = QStringLiteral("1709380800000000000");
const QString kOutside = QStringLiteral("1709600000000000000"); // 2024-03-05, after the last checkpoint

struct Sim
{
    QTemporaryDir dir;
    std::unique_ptr<EmbeddedServer> server;
    std::unique_ptr<DbHandle> conn;
    QString data;
    QString archive;
    quint16 port() const { return server->port(); }
    QSqlDatabase db() const { return conn->db(); }
};

std::unique_ptr<Sim> startSim(const QString &version, double speed = 1.0, const QString &password = QString())
{
    auto s = std::make_unique<Sim>();
    const ObVersion v = ObVersion::parse(version).value();
    // Backups from the same version (3.x: a cluster-level tree).
    if (v.major() < 4)
        obfixture::write3xTree(s->dir.path(), "ob1", 1, {1001});
    else
        obfixture::writeHealthyTree(s->dir.path(), v);
    s->data = QStringLiteral("file://") + s->dir.path() + QStringLiteral("/data");
    s->archive = QStringLiteral("file://") + s->dir.path() + QStringLiteral("/clog");
    ObCluster::Options o;
    o.version = v;
    o.speed = speed;
    o.rootPassword = password;
    s->server = std::make_unique<EmbeddedServer>(o);
    if (!s->server->start())
        return nullptr;
    s->conn = openConnection(s->port(), QStringLiteral("root@sys"), password);
    if (!s->conn)
        return nullptr;
    return s;
}

QString poolStatements(bool v3 = false)
{
    return v3 ? QStringLiteral("CREATE RESOURCE UNIT u1 MAX_CPU 4, MAX_MEMORY '8G', MAX_DISK_SIZE '50G'; "
                               "CREATE RESOURCE POOL p1 UNIT = 'u1', UNIT_NUM = 1, ZONE_LIST = ('zone1','zone2','zone3')")
              : QStringLiteral("CREATE RESOURCE UNIT u1 MAX_CPU 4, MEMORY_SIZE = '8G', LOG_DISK_SIZE = '24G'; "
                               "CREATE RESOURCE POOL p1 UNIT = 'u1', UNIT_NUM = 1, ZONE_LIST = ('zone1','zone2','zone3')");
}

int runAll(const QSqlDatabase &db, const QString &statements, QString *message = nullptr)
{
    for (const QString &s : statements.split(u';', Qt::SkipEmptyParts)) {
        if (const int code = run(db, s.trimmed(), message))
            return code;
    }
    return 0;
}

QString restoreSql(const Sim &s, const QString &tenant, const QString &until, const QString &with = QStringLiteral("pool_list=p1"))
{
    return QStringLiteral("ALTER SYSTEM RESTORE %1 FROM '%2,%3' %4 WITH '%5'").arg(tenant, s.data, s.archive, until, with);
}

// Polls the progress view until the job has moved to history; returns the distinct STATUS values seen for the
// sys row (TENANT_ID = 1) and the user row, in order. With `admin`, the simulator's clock is released (OBSIM RELEASE)
// each time a new status has been seen: with OBSIM HOLD AT … every held phase is seen, however short it is and however
// loaded the machine.
QPair<QStringList, QStringList> followJob(const QSqlDatabase &db, int timeoutMs, const QSqlDatabase *admin = nullptr)
{
    QStringList sys;
    QStringList user;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT TENANT_ID, STATUS FROM oceanbase.CDB_OB_RESTORE_PROGRESS ORDER BY TENANT_ID")))
            break;
        int rows = 0;
        bool seenNew = false;
        while (q.next()) {
            ++rows;
            QStringList &list = q.value(0).toLongLong() == 1 ? sys : user;
            const QString status = q.value(1).toString();
            if (list.isEmpty() || list.last() != status) {
                list << status;
                seenNew = true;
            }
        }
        if (rows == 0)
            break;
        if (seenNew && admin)
            run(*admin, QStringLiteral("OBSIM RELEASE"));
        QTest::qWait(15);
    }
    return {sys, user};
}

} // namespace

class tst_Obsim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handshakeAndAuth();
    void textAndPreparedQueries();
    void versionStrings_data();
    void versionStrings();
    void statements4x_data();
    void statements4x();
    void statements3x_data();
    void statements3x();
    void statusSequence_data();
    void statusSequence();
    void restoreInto3x();
    void historyAndStandby();
    void historyTimesAreInstants();
    void cancelRestore();
    void dropTenantForceBefore42();
    void preview();
    void multipleStatements();
    void viewColumnsMatchReference_data();
    void viewColumnsMatchReference();
    void productStatementsRunOnObsim_data();
    void productStatementsRunOnObsim();
    void scenarioFile();
    void manyClientsAtOnce();
    void failOptionForEveryJob();
    void faultDropNow();
    void faultDropAfterQueries();
    void faultDelay();
    void faultFailAtProgress();
    void faultFailWhileWaiting();
    void faultPauseResume();
    void faultRestartSamePort();
    void faultRestartNewPort();
};

void tst_Obsim::initTestCase()
{
    QVERIFY2(QSqlDatabase::drivers().contains(QStringLiteral("QMYSQL")), "the Qt MySQL driver (libqt6sql6-mysql) is needed");
}

void tst_Obsim::handshakeAndAuth()
{
    auto s = startSim(QStringLiteral("4.2.3.0"), 1.0, QStringLiteral("s3cret"));
    QVERIFY(s);
    QCOMPARE(column(s->db(), QStringLiteral("SELECT 1")).value(0).toInt(), 1);
    QString error;
    QVERIFY(!openConnection(s->port(), QStringLiteral("root@sys"), QStringLiteral("wrong"), &error));
    QVERIFY2(error.contains(u"Access denied"), qPrintable(error));
    QVERIFY(!openConnection(s->port(), QStringLiteral("someone"), QStringLiteral("s3cret"), &error));
    QVERIFY(openConnection(s->port(), QStringLiteral("root@sys#obcluster"), QStringLiteral("s3cret")));
    QVERIFY(openConnection(s->port(), QStringLiteral("obsim_admin"), QStringLiteral("obsim")));
    // Admin statements are refused for everyone else.
    QCOMPARE(run(s->db(), QStringLiteral("OBSIM DELAY 10")), 1227);
}

void tst_Obsim::textAndPreparedQueries()
{
    auto s = startSim(QStringLiteral("4.2.3.0"));
    QVERIFY(s);
    QSqlQuery text(s->db());
    QVERIFY(text.exec(QStringLiteral("SELECT TENANT_ID, TENANT_NAME FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_ID = 1")));
    QVERIFY(text.next());
    QCOMPARE(text.value(0).toLongLong(), 1);
    QCOMPARE(text.value(1).toString(), QStringLiteral("sys"));
    QSqlQuery prepared(s->db());
    QVERIFY(prepared.prepare(QStringLiteral("SELECT NAME, MAX_CPU, MEMORY_SIZE FROM oceanbase.DBA_OB_UNIT_CONFIGS WHERE NAME = ? AND MEMORY_SIZE > ?")));
    prepared.addBindValue(QStringLiteral("sys_unit_config"));
    prepared.addBindValue(qlonglong(1024));
    QVERIFY2(prepared.exec(), qPrintable(prepared.lastError().text()));
    QVERIFY(prepared.next());
    QCOMPARE(prepared.value(0).toString(), QStringLiteral("sys_unit_config"));
    QCOMPARE(prepared.value(1).toDouble(), 2.0);
    QCOMPARE(prepared.value(2).toLongLong(), 8ll * 1024 * 1024 * 1024);
    QVERIFY(!prepared.next());
    // The same prepared statement again with other values, and a NULL.
    prepared.bindValue(0, QStringLiteral("nothing"));
    prepared.bindValue(1, QVariant());
    QVERIFY(prepared.exec());
    QVERIFY(!prepared.next());
    // Functions and CJK text survive the round trip.
    QSqlQuery cjk(s->db());
    QVERIFY(cjk.prepare(QStringLiteral("SELECT CONCAT(?, '租户'), SCN_TO_TIMESTAMP(?)")));
    cjk.addBindValue(QString::fromUtf8("恢复"));
    cjk.addBindValue(qlonglong(1709280000123456000));
    QVERIFY2(cjk.exec() && cjk.next(), qPrintable(cjk.lastError().text()));
    QCOMPARE(cjk.value(0).toString(), QString::fromUtf8("恢复租户"));
    QCOMPARE(cjk.value(1).toString(), QStringLiteral("2024-03-01 16:00:00.123456")); // session time zone +08:00
    QCOMPARE(run(s->db(), QStringLiteral("SELECT * FROM oceanbase.NO_SUCH_VIEW")), 1146);
}

void tst_Obsim::versionStrings_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("versionFunction");
    QTest::addColumn<bool>("hasObVersion");
    QTest::newRow("3.1.5 CE") << "3.1.5" << "3.1.5-OceanBase CE" << false;
    QTest::newRow("4.0") << "4.0.0.0" << "5.7.25-OceanBase_CE-v4.0.0.0" << true;
    QTest::newRow("4.2.1.8") << "4.2.1.8" << "5.7.25-OceanBase_CE-v4.2.1.8" << true;
    QTest::newRow("4.3.3") << "4.3.3.0" << "5.7.25-OceanBase_CE-v4.3.3.0" << true;
}

void tst_Obsim::versionStrings()
{
    QFETCH(QString, version);
    QFETCH(QString, versionFunction);
    QFETCH(bool, hasObVersion);
    auto s = startSim(version);
    QVERIFY(s);
    QCOMPARE(column(s->db(), QStringLiteral("SELECT version()")).value(0).toString(), versionFunction);
    const QVariantList ob = column(s->db(), QStringLiteral("SELECT ob_version()"));
    QCOMPARE(!ob.value(0).toString().startsWith(u"ERROR"), hasObVersion);
    if (hasObVersion)
        QCOMPARE(ObVersion::parse(ob.value(0).toString()).value(), ObVersion::parse(version).value());
    const QString comment = column(s->db(), QStringLiteral("SELECT @@version_comment")).value(0).toString();
    QCOMPARE(ObVersion::parse(comment).value(), ObVersion::parse(version).value());
}

void tst_Obsim::statements4x_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("code");
    const QString v = QStringLiteral("4.2.3.0");
    const QString pool = poolStatements();
    // Accepted (ob-restore-sql.md §1.1, §1.2, §1.4, §1.6–1.8, §1.10).
    QTest::newRow("create unit") << v << "" << "CREATE RESOURCE UNIT u2 MAX_CPU 2, MEMORY_SIZE '5G'" << 0;
    QTest::newRow("time_zone offset") << v << "" << "SET time_zone = '-03:30'" << 0;
    QTest::newRow("time_zone name") << v << "" << "SET time_zone = 'Asia/Shanghai'" << 0;
    QTest::newRow("time_zone SYSTEM") << v << "" << "SET time_zone = 'SYSTEM'" << 0;
    QTest::newRow("time_zone garbage") << v << "" << "SET time_zone = '4308:00'" << 1298;
    QTest::newRow("time_zone past +13:00") << v << "" << "SET @@time_zone = '+13:01'" << 1298;
    QTest::newRow("create unit = form") << v << "" << "CREATE RESOURCE UNIT u2 MEMORY_SIZE = '6G', MAX_CPU = 2, MIN_CPU = 1, LOG_DISK_SIZE = '20G', MAX_IOPS = 10000" << 0;
    QTest::newRow("create unit if not exists") << v << "CREATE RESOURCE UNIT u2 MAX_CPU 2, MEMORY_SIZE '5G'" << "CREATE RESOURCE UNIT IF NOT EXISTS u2 MAX_CPU 2, MEMORY_SIZE '5G'" << 0;
    QTest::newRow("create pool") << v << "CREATE RESOURCE UNIT u1 MAX_CPU 4, MEMORY_SIZE '8G'" << "CREATE RESOURCE POOL p1 UNIT = 'u1', UNIT_NUM = 1, ZONE_LIST = ('zone1','zone2','zone3')" << 0;
    QTest::newRow("create pool one zone") << v << "CREATE RESOURCE UNIT u1 MAX_CPU 4, MEMORY_SIZE '8G'" << "CREATE RESOURCE POOL p1 unit='u1', unit_num=1, zone_list=('zone1')" << 0;
    QTest::newRow("drop pool") << v << pool << "DROP RESOURCE POOL p1" << 0;
    QTest::newRow("drop unit") << v << "CREATE RESOURCE UNIT u3 MAX_CPU 1, MEMORY_SIZE '5G'" << "DROP RESOURCE UNIT u3" << 0;
    QTest::newRow("drop pool if exists") << v << "" << "DROP RESOURCE POOL IF EXISTS nothing" << 0;
    QTest::newRow("set decryption") << v << "" << "SET DECRYPTION IDENTIFIED BY 'p1', 'p2'" << 0;
    QTest::newRow("restore until scn") << v << pool << QStringLiteral("RESTORE UNTIL SCN=") + kInside << 0;
    QTest::newRow("restore until time") << v << pool << "RESTORE UNTIL TIME='2024-03-02 08:00:00'" << 0;
    QTest::newRow("restore until time fraction") << v << pool << "RESTORE UNTIL TIME='2024-03-02 08:00:00.123456'" << 0;
    QTest::newRow("restore latest") << v << pool << "RESTORE LATEST" << 0;
    QTest::newRow("restore all options") << v << pool << QStringLiteral("RESTORE UNTIL SCN=") + kInside + QStringLiteral(" OPTIONS pool_list=p1&primary_zone=zone1&locality=F@zone1,F@zone2,F@zone3&concurrency=50") << 0;
    QTest::newRow("restore unknown option ignored") << v << pool << QStringLiteral("RESTORE UNTIL SCN=") + kInside + QStringLiteral(" OPTIONS pool_list=p1&some_future_key=1") << 0;
    QTest::newRow("restore description") << v << pool << QStringLiteral("RESTORE UNTIL SCN=") + kInside + QStringLiteral(" DESCRIPTION") << 0;
    QTest::newRow("restore double quotes") << v << pool << "RESTORE DOUBLEQUOTED" << 0;
    // Restore options: method=quick (4.3.3), WITH KEY FROM (4.2.1+ grammar; a CE server ignores the key), KMS.
    QTest::newRow("restore quick on 4.3.3") << "4.3.3.0" << pool << QStringLiteral("RESTORE UNTIL SCN=") + kInside + QStringLiteral(" OPTIONS pool_list=p1&method=quick") << 0;
    QTest::newRow("restore with key from") << v << pool << "RESTORE KEYFROM" << 0;
    // Issue 27 item 13: opt_backup_key_info is in the 4.2.0 grammar; 4.1 has none.
    QTest::newRow("4.2.0: KEY FROM grammar") << "4.2.0.0" << pool << "RESTORE KEYFROM" << 0;
    QTest::newRow("4.1: no KEY FROM grammar") << "4.1.0.0" << pool << "RESTORE KEYFROM" << 1064;
    // Issue 27 item 12: check_backup_set_compatible_ refuses a quick restore of a set made before 4.3 (4179).
    QTest::newRow("quick restore of a 4.2 set on 4.3.3") << "4.3.3.0" << pool << "RESTORE QUICK OLDSETS" << 4179;
    QTest::newRow("restore with kms info") << v << pool << "RESTORE KMS" << 0;
    QTest::newRow("preview") << v << "" << "RESTORE PREVIEW" << 0;
    QTest::newRow("show parameters") << v << "" << "SHOW PARAMETERS LIKE 'min_observer_version'" << 0;
    QTest::newRow("set session var") << v << "" << "SET SESSION ob_query_timeout = 1000000000" << 0;
    QTest::newRow("set user var") << v << "" << "SET @kms_encrypt_info = 'x'" << 0;
    QTest::newRow("set names") << v << "" << "SET NAMES utf8mb4" << 0;
    QTest::newRow("alter system set") << v << "" << "ALTER SYSTEM SET ha_high_thread_score = 10 TENANT = 'sys'" << 0;
    QTest::newRow("add restore source") << v << "" << "ALTER SYSTEM ADD RESTORE SOURCE 'file:///x/backup_set_1_full'" << 0;
    QTest::newRow("clear restore source") << v << "" << "ALTER SYSTEM CLEAR RESTORE SOURCE" << 0;
    QTest::newRow("select with limit offset") << v << "" << "SELECT TENANT_NAME FROM oceanbase.DBA_OB_TENANTS ORDER BY TENANT_ID LIMIT 0, 1" << 0;
    // Rejected, with OceanBase's errors.
    QTest::newRow("quoted scn is a syntax error") << v << pool << QStringLiteral("RESTORE UNTIL SCN='") + kInside + QStringLiteral("'") << 1064;
    QTest::newRow("until without = ") << v << pool << QStringLiteral("RESTORE UNTIL SCN ") + kInside << 1064;
    QTest::newRow("missing WITH") << v << pool << "ALTER SYSTEM RESTORE t1 FROM 'x'" << 1064;
    QTest::newRow("garbage") << v << "" << "ALTER SYSTEM FROBNICATE" << 1064;
    QTest::newRow("unknown statement") << v << "" << "FROBNICATE everything" << 1064;
    QTest::newRow("unterminated string") << v << "" << "SELECT 'abc" << 1064;
    QTest::newRow("outside the window") << v << pool << QStringLiteral("RESTORE UNTIL SCN=") + kOutside << 4018;
    QTest::newRow("before the first set") << v << pool << "RESTORE UNTIL SCN=1709251300000000000" << 4018;
    QTest::newRow("scn 1") << v << pool << "RESTORE UNTIL SCN=1" << 1210;
    QTest::newRow("bad time") << v << pool << "RESTORE UNTIL TIME='yesterday'" << 1210;
    QTest::newRow("pool missing") << v << "" << QStringLiteral("RESTORE UNTIL SCN=") + kInside << 4650;
    QTest::newRow("no pool_list") << v << pool << QStringLiteral("RESTORE UNTIL SCN=") + kInside + QStringLiteral(" OPTIONS primary_zone=zone1") << 1210;
    QTest::newRow("space in options") << v << pool << QStringLiteral("RESTORE UNTIL SCN=") + kInside + QStringLiteral(" OPTIONS pool_list=p1& primary_zone=zone1") << 1210;
    QTest::newRow("concurrency too big") << v << pool << QStringLiteral("RESTORE UNTIL SCN=") + kInside + QStringLiteral(" OPTIONS pool_list=p1&concurrency=101") << 1210;
    QTest::newRow("tenant exists") << v << pool << "RESTORE NAME sys" << 4179;
    QTest::newRow("bad uri scheme") << v << pool << "ALTER SYSTEM RESTORE t1 FROM 'ftp://x/y' WITH 'pool_list=p1'" << 9026;
    QTest::newRow("not a destination") << v << pool << "ALTER SYSTEM RESTORE t1 FROM 'file:///nonexistent/data' WITH 'pool_list=p1'" << 9080;
    QTest::newRow("object storage unreachable") << v << pool << "ALTER SYSTEM RESTORE t1 FROM 'oss://b/x?host=h&access_id=a&access_key=k' WITH 'pool_list=p1'" << 9070;
    QTest::newRow("two data paths") << v << pool << "RESTORE TWODATA" << 1235;
    QTest::newRow("preview without until") << v << "" << "RESTORE PREVIEWNOUNTIL" << 4179;
    QTest::newRow("cancel unknown tenant") << v << "" << "ALTER SYSTEM CANCEL RESTORE nobody" << 5157;
    QTest::newRow("cancel tenant not in restore") << v << "" << "ALTER SYSTEM CANCEL RESTORE sys" << 4179;
    QTest::newRow("unit exists") << v << "CREATE RESOURCE UNIT u2 MAX_CPU 2, MEMORY_SIZE '5G'" << "CREATE RESOURCE UNIT u2 MAX_CPU 2, MEMORY_SIZE '5G'" << 4649;
    QTest::newRow("unit without memory") << v << "" << "CREATE RESOURCE UNIT u2 MAX_CPU 2" << 4277;
    QTest::newRow("pool with unknown unit") << v << "" << "CREATE RESOURCE POOL p9 UNIT = 'nope', UNIT_NUM = 1, ZONE_LIST = ('zone1')" << 4648;
    QTest::newRow("pool below 5 GiB") << v << "CREATE RESOURCE UNIT small MAX_CPU 1, MEMORY_SIZE '2G'" << "CREATE RESOURCE POOL p9 UNIT = 'small', UNIT_NUM = 1, ZONE_LIST = ('zone1')" << 1210;
    QTest::newRow("pool too big for a zone") << v << "CREATE RESOURCE UNIT huge MAX_CPU 64, MEMORY_SIZE '100G'" << "CREATE RESOURCE POOL p9 UNIT = 'huge', UNIT_NUM = 1, ZONE_LIST = ('zone1')" << 4733;
    QTest::newRow("unit_num over servers") << v << "CREATE RESOURCE UNIT u2 MAX_CPU 2, MEMORY_SIZE '5G'" << "CREATE RESOURCE POOL p9 UNIT = 'u2', UNIT_NUM = 2, ZONE_LIST = ('zone1')" << 4734;
    QTest::newRow("unknown zone") << v << "CREATE RESOURCE UNIT u2 MAX_CPU 2, MEMORY_SIZE '5G'" << "CREATE RESOURCE POOL p9 UNIT = 'u2', UNIT_NUM = 1, ZONE_LIST = ('zone9')" << 4530;
    QTest::newRow("pool exists") << v << pool << "CREATE RESOURCE POOL p1 UNIT = 'u1', UNIT_NUM = 1, ZONE_LIST = ('zone1')" << 4651;
    QTest::newRow("drop unknown pool") << v << "" << "DROP RESOURCE POOL nothing" << 4650;
    QTest::newRow("drop unit in use") << v << pool << "DROP RESOURCE UNIT u1" << 4634;
    QTest::newRow("drop unknown tenant") << v << "" << "DROP TENANT nobody FORCE" << 5157;
    QTest::newRow("activate a primary") << v << "" << "ALTER SYSTEM ACTIVATE STANDBY TENANT sys" << 4179;
    // Version differences.
    QTest::newRow("4.1: no cancel restore grammar") << "4.1.0.0" << "" << "ALTER SYSTEM CANCEL RESTORE t1" << 1064;
    QTest::newRow("4.2.1.8: no preview") << "4.2.1.8" << "" << "RESTORE PREVIEW" << 1064;
    // `concurrency` is a 4.1+ key (ob-restore-sql.md §1.2): 4.0 ignores it like any unknown key.
    QTest::newRow("4.0: concurrency is an unknown key") << "4.0.0.0" << pool + QStringLiteral("; ALTER SYSTEM SET restore_concurrency = 10") << QStringLiteral("RESTORE UNTIL SCN=") + kInside + QStringLiteral(" OPTIONS pool_list=p1&concurrency=500") << 0;
    QTest::newRow("4.1: concurrency checked") << "4.1.0.0" << pool << QStringLiteral("RESTORE UNTIL SCN=") + kInside + QStringLiteral(" OPTIONS pool_list=p1&concurrency=500") << 1210;
    QTest::newRow("4.0: restore_concurrency is 0") << "4.0.0.0" << pool << QStringLiteral("RESTORE UNTIL SCN=") + kInside << 4179;
    QTest::newRow("4.0: after setting restore_concurrency") << "4.0.0.0" << pool + QStringLiteral("; ALTER SYSTEM SET restore_concurrency = 10") << QStringLiteral("RESTORE UNTIL SCN=") + kInside << 0;
}

void tst_Obsim::statements4x()
{
    QFETCH(QString, version);
    QFETCH(QString, setup);
    QFETCH(QString, statement);
    QFETCH(int, code);
    auto s = startSim(version, 100.0);
    QVERIFY(s);
    QString message;
    QCOMPARE(runAll(s->db(), setup, &message), 0);
    // Shorthands for the long restore statements, built on this row's tree.
    QString sql = statement;
    const QRegularExpression restore(QStringLiteral(R"(^RESTORE (UNTIL \S+)( OPTIONS (\S+( \S+)?))?$)"));
    const auto m = restore.match(statement);
    if (m.hasMatch())
        sql = restoreSql(*s, QStringLiteral("t1"), m.captured(1), m.captured(3).isEmpty() ? QStringLiteral("pool_list=p1") : m.captured(3));
    else if (statement == u"RESTORE LATEST")
        sql = restoreSql(*s, QStringLiteral("t1"), QString());
    else if (statement.startsWith(u"RESTORE UNTIL TIME"))
        sql = restoreSql(*s, QStringLiteral("t1"), statement.mid(8));
    else if (statement.endsWith(u" DESCRIPTION"))
        sql = restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside) + QStringLiteral(" DESCRIPTION = 'drill 恢复演练'");
    else if (statement == u"RESTORE DOUBLEQUOTED")
        sql = QStringLiteral("ALTER SYSTEM RESTORE t1 FROM \"%1, %2\" UNTIL TIME= \"2024-03-02 08:00:00\" WITH \"pool_list=p1\"").arg(s->data, s->archive);
    else if (statement == u"RESTORE PREVIEW")
        sql = QStringLiteral("ALTER SYSTEM RESTORE FROM '%1,%2' UNTIL SCN=%3 PREVIEW").arg(s->data, s->archive, kInside);
    else if (statement == u"RESTORE PREVIEWNOUNTIL")
        sql = QStringLiteral("ALTER SYSTEM RESTORE FROM '%1,%2' PREVIEW").arg(s->data, s->archive);
    else if (statement == u"RESTORE NAME sys")
        sql = restoreSql(*s, QStringLiteral("sys"), QStringLiteral("UNTIL SCN=") + kInside);
    else if (statement == u"RESTORE TWODATA")
        sql = QStringLiteral("ALTER SYSTEM RESTORE t1 FROM '%1,%1/../data' WITH 'pool_list=p1'").arg(s->data);
    else if (statement == u"RESTORE KEYFROM")
        sql = restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside)
              + QStringLiteral(" WITH KEY FROM 'file:///nowhere/keys' ENCRYPTED BY 'pw' DESCRIPTION 'with keys'");
    else if (statement == u"RESTORE QUICK OLDSETS") {
        // Backups made by 4.2.3 (backup_compatible 3), restored quickly into this 4.3.3 cluster.
        obfixture::writeHealthyTree(s->dir.path() + QStringLiteral("/old"), ObVersion(4, 2, 3, 0));
        sql = QStringLiteral("ALTER SYSTEM RESTORE t1 FROM 'file://%1/old/data,file://%1/old/clog' UNTIL SCN=%2 WITH 'pool_list=p1&method=quick'")
                  .arg(s->dir.path(), kInside);
    } else if (statement == u"RESTORE KMS")
        sql = QStringLiteral("SET @kms_encrypt_info = 'kms'; ") + restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside, QStringLiteral("pool_list=p1&kms_encrypt=true"));
    else if (statement.startsWith(u"RESTORE UNTIL SCN='"))
        sql = restoreSql(*s, QStringLiteral("t1"), statement.mid(8));
    else if (statement.startsWith(u"RESTORE UNTIL SCN "))
        sql = restoreSql(*s, QStringLiteral("t1"), statement.mid(8));
    QCOMPARE(statement == u"RESTORE KMS" ? runAll(s->db(), sql, &message) : run(s->db(), sql, &message), code);
    if (code == 1064)
        QVERIFY2(message.contains(u"near '") && message.contains(u"at line 1"), qPrintable(message));
}

void tst_Obsim::statements3x_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("code");
    const QString pool = poolStatements(true);
    const QString uri = QStringLiteral("URI");
    QTest::newRow("3.x create unit") << "" << "CREATE RESOURCE UNIT box max_cpu 16, max_memory 103079215104, max_iops 10240, max_disk_size 53687091200, max_session_num 64, MIN_CPU=16, MIN_MEMORY=103079215104, MIN_IOPS=10240" << 0;
    QTest::newRow("3.x create pool") << "CREATE RESOURCE UNIT u1 max_cpu 4, max_memory '8G'" << "CREATE RESOURCE POOL p1 unit = 'u1', unit_num = 1, zone_list = ('zone1','zone2','zone3')" << 0;
    QTest::newRow("3.x restore") << pool + QStringLiteral("; ALTER SYSTEM SET restore_concurrency = 10") << "RESTORE3X" << 0;
    QTest::newRow("3.x restore with preview") << pool + QStringLiteral("; ALTER SYSTEM SET restore_concurrency = 10") << "RESTORE3X PREVIEW" << 0;
    QTest::newRow("3.x restore_concurrency 0") << pool << "RESTORE3X" << 4179;
    QTest::newRow("3.x missing cluster options") << pool + QStringLiteral("; ALTER SYSTEM SET restore_concurrency = 10") << "RESTORE3X NOCLUSTER" << 4277;
    QTest::newRow("3.x wrong cluster") << pool + QStringLiteral("; ALTER SYSTEM SET restore_concurrency = 10") << "RESTORE3X WRONGCLUSTER" << 9011;
    QTest::newRow("3.x 4.x grammar is a syntax error") << pool << "ALTER SYSTEM RESTORE t1 FROM 'file:///x' UNTIL SCN=1 WITH 'pool_list=p1'" << 1064;
    QTest::newRow("3.x UNTIL missing") << pool << "ALTER SYSTEM RESTORE t1 FROM src AT 'file:///x' WITH 'pool_list=p1'" << 1064;
    QTest::newRow("3.x no cancel restore") << "" << "ALTER SYSTEM CANCEL RESTORE t1" << 1064;
    QTest::newRow("3.x drop tenant force") << "" << "DROP TENANT nobody FORCE" << 5157;
    QTest::newRow("3.x no preview form") << "" << "ALTER SYSTEM RESTORE FROM 'file:///x' UNTIL SCN=1 PREVIEW" << 1064;
    const QString ready = pool + QStringLiteral("; ALTER SYSTEM SET restore_concurrency = 10");
    QTest::newRow("3.x restore with locality") << ready << "RESTORE3X OPTS backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1&locality=F@zone1,F@zone2,F@zone3" << 0;
    QTest::newRow("3.x restore with primary_zone") << ready << "RESTORE3X OPTS backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1&primary_zone=zone1" << 0;
    QTest::newRow("3.x restore with restore_job_id") << ready << "RESTORE3X OPTS backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1&restore_job_id=7" << 0;
    QTest::newRow("3.x restore unknown key ignored") << ready << "RESTORE3X OPTS backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1&future=1" << 0;
    QTest::newRow("3.x restore space in options") << ready << "RESTORE3X OPTS backup_cluster_name=ob1& pool_list=p1" << 1210;
    QTest::newRow("3.x restore no pool_list") << ready << "RESTORE3X OPTS backup_cluster_name=ob1&backup_cluster_id=1" << 1210;
    QTest::newRow("3.x restore unknown pool") << ready << "RESTORE3X OPTS backup_cluster_name=ob1&backup_cluster_id=1&pool_list=nope" << 4650;
    QTest::newRow("3.x restore into sys") << ready << "ALTER SYSTEM RESTORE sys FROM trade AT 'file:///x' UNTIL '2020-05-21 09:39:54' WITH 'pool_list=p1'" << 4179;
    QTest::newRow("3.x restore bad uri") << ready << "ALTER SYSTEM RESTORE t9 FROM trade AT 'ftp://x' UNTIL '2020-05-21 09:39:54' WITH 'backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1'" << 9026;
    QTest::newRow("3.x restore bad timestamp") << ready << "ALTER SYSTEM RESTORE t9 FROM trade AT 'file:///x' UNTIL 'soon' WITH 'backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1'" << 1210;
    QTest::newRow("3.x restore until unquoted") << ready << "ALTER SYSTEM RESTORE t9 FROM trade AT 'file:///x' UNTIL 2020 WITH 'pool_list=p1'" << 1064;
    QTest::newRow("3.x restore without AT") << ready << "ALTER SYSTEM RESTORE t9 FROM trade UNTIL '2020-05-21 09:39:54' WITH 'pool_list=p1'" << 1064;
    QTest::newRow("3.x restore without source tenant") << ready << "ALTER SYSTEM RESTORE t9 AT 'file:///x' UNTIL '2020-05-21 09:39:54' WITH 'pool_list=p1'" << 1064;
    QTest::newRow("3.x restore twice") << ready + QStringLiteral("; RESTORE3X") << "RESTORE3X" << 4179;
    QTest::newRow("3.x set restore_concurrency") << "" << "ALTER SYSTEM SET restore_concurrency = 10" << 0;
    QTest::newRow("3.x set _restore_idle_time") << "" << "ALTER SYSTEM SET _restore_idle_time = '10s'" << 0;
    QTest::newRow("3.x show parameters") << "" << "SHOW PARAMETERS LIKE 'restore_concurrency'" << 0;
    QTest::newRow("3.x set decryption") << "" << "SET DECRYPTION IDENTIFIED BY 'a', 'b'" << 0;
    QTest::newRow("3.x set decryption without password") << "" << "SET DECRYPTION IDENTIFIED BY" << 1064;
    QTest::newRow("3.x select version") << "" << "SELECT version()" << 0;
    QTest::newRow("3.x no ob_version in CE 3.1") << "" << "SELECT ob_version()" << 1305;
    QTest::newRow("3.x select tenants") << "" << "SELECT tenant_id, tenant_name FROM oceanbase.__all_tenant" << 0;
    QTest::newRow("3.x select servers") << "" << "SELECT svr_ip, build_version FROM oceanbase.__all_server" << 0;
    QTest::newRow("3.x select restore progress") << "" << "SELECT JOB_ID, STATUS FROM oceanbase.CDB_OB_RESTORE_PROGRESS" << 0;
    QTest::newRow("3.x select restore history") << "" << "SELECT JOB_ID, STATUS, INFO FROM oceanbase.CDB_OB_RESTORE_HISTORY" << 0;
    QTest::newRow("3.x select restore info") << "" << "SELECT * FROM oceanbase.__all_restore_info" << 0;
    QTest::newRow("3.x no 4.x progress columns") << "" << "SELECT RESTORE_PROGRESS FROM oceanbase.CDB_OB_RESTORE_PROGRESS" << 1054;
    QTest::newRow("3.x no DBA_OB_TENANTS") << "" << "SELECT * FROM oceanbase.DBA_OB_TENANTS" << 1146;
    QTest::newRow("3.x unit exists") << "CREATE RESOURCE UNIT u1 max_cpu 4, max_memory '8G'" << "CREATE RESOURCE UNIT u1 max_cpu 4, max_memory '8G'" << 4649;
    QTest::newRow("3.x unit without cpu") << "" << "CREATE RESOURCE UNIT u1 max_memory '8G'" << 4277;
    QTest::newRow("3.x pool unknown unit") << "" << "CREATE RESOURCE POOL p1 unit = 'none', unit_num = 1, zone_list = ('zone1')" << 4648;
    QTest::newRow("3.x drop pool") << pool << "DROP RESOURCE POOL p1" << 0;
    QTest::newRow("3.x drop unit in use") << pool << "DROP RESOURCE UNIT u1" << 4634;
    QTest::newRow("3.x drop tenant in restore") << ready + QStringLiteral("; RESTORE3X") << "DROP TENANT restored_trade FORCE" << 0;
    QTest::newRow("3.x no activate standby") << "" << "ALTER SYSTEM ACTIVATE STANDBY TENANT t1" << 1064;
}

void tst_Obsim::statements3x()
{
    QFETCH(QString, setup);
    QFETCH(QString, statement);
    QFETCH(int, code);
    auto s = startSim(QStringLiteral("3.1.5"), 100.0);
    QVERIFY(s);
    QString message;
    // "RESTORE3X" in the setup stands for the plain 3.x restore too.
    QString expandedSetup = setup;
    expandedSetup.replace(QStringLiteral("RESTORE3X"), QStringLiteral("ALTER SYSTEM RESTORE restored_trade FROM trade AT 'file://%1' UNTIL '2020-05-21 09:39:54.071670' "
                                                                      "WITH 'backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1'").arg(s->dir.path()));
    QCOMPARE(runAll(s->db(), expandedSetup, &message), 0);
    QString sql = statement;
    if (statement.startsWith(u"RESTORE3X OPTS ")) {
        sql = QStringLiteral("ALTER SYSTEM RESTORE restored_trade FROM trade AT 'file://%1' UNTIL '2020-05-21 09:39:54.071670' WITH '%2'")
                  .arg(s->dir.path(), statement.mid(15));
    } else if (statement.startsWith(u"RESTORE3X")) {
        QString options = QStringLiteral("backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1");
        if (statement.contains(u"NOCLUSTER"))
            options = QStringLiteral("pool_list=p1");
        if (statement.contains(u"WRONGCLUSTER"))
            options = QStringLiteral("backup_cluster_name=other&backup_cluster_id=9&pool_list=p1");
        sql = QStringLiteral("ALTER SYSTEM RESTORE restored_trade FROM trade AT 'file://%1' UNTIL '2020-05-21 09:39:54.071670' WITH '%2'%3")
                  .arg(s->dir.path(), options, statement.contains(u"PREVIEW") ? QStringLiteral(" PREVIEW") : QString());
    }
    QCOMPARE(run(s->db(), sql, &message), code);
}

void tst_Obsim::statusSequence_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("sys");
    QTest::addColumn<QStringList>("user");
    const QStringList sys{QStringLiteral("WAIT_TENANT_RESTORE_FINISH")};
    // 4.0 shows the raw status (§2.2); it returns before the tenant exists, so CREATE_TENANT is seen too.
    QTest::newRow("4.0") << "4.0.0.0" << QStringList{QStringLiteral("CREATE_TENANT"), QStringLiteral("WAIT_TENANT_RESTORE_FINISH")}
                         << QStringList{QStringLiteral("RESTORE_PRE"), QStringLiteral("RESTORE_CREATE_INIT_LS"), QStringLiteral("RESTORE_WAIT_LS"),
                                        QStringLiteral("POST_CHECK"), QStringLiteral("UPGRADE")};
    // 4.1+: RESTORING for the restoring steps.
    for (const char *v : {"4.1.0.0", "4.2.1.2", "4.2.1.8", "4.2.3.0", "4.3.3.0"})
        QTest::newRow(v) << v << sys << QStringList{QStringLiteral("RESTORING"), QStringLiteral("UPGRADE")};
}

void tst_Obsim::statusSequence()
{
    QFETCH(QString, version);
    QFETCH(QStringList, sys);
    QFETCH(QStringList, user);
    // Fast, and every status is seen because the clock holds at the first instant of each phase that shows a new one
    // until the follower has seen it (a 4 s phase lasts 20 ms here: polling alone would miss it under load).
    auto s = startSim(version, 200.0);
    QVERIFY(s);
    auto admin = openConnection(s->port(), QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
    QVERIFY(admin);
    QCOMPARE(run(admin->db(), version.startsWith(u"4.0") ? QStringLiteral("OBSIM HOLD AT EVERY PHASE")
                                                          : QStringLiteral("OBSIM HOLD AT PHASE RESTORE_PRE, UPGRADE")), 0);
    QCOMPARE(runAll(s->db(), poolStatements() + (version.startsWith(u"4.0") ? QStringLiteral("; ALTER SYSTEM SET restore_concurrency = 10") : QString())), 0);
    QString message;
    QCOMPARE(run(s->db(), restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside), &message), 0);
    const QSqlDatabase adminDb = admin->db();
    const auto seen = followJob(s->db(), 60000, &adminDb);
    QCOMPARE(seen.first, sys);
    QCOMPARE(seen.second, user);
    const QVariantList history = column(s->db(), QStringLiteral("SELECT STATUS FROM oceanbase.CDB_OB_RESTORE_HISTORY ORDER BY TENANT_ID"));
    QCOMPARE(history, (QVariantList{QStringLiteral("SUCCESS"), QStringLiteral("SUCCESS")}));
}

void tst_Obsim::restoreInto3x()
{
    auto s = startSim(QStringLiteral("3.1.5"), 40.0);
    QVERIFY(s);
    QCOMPARE(runAll(s->db(), poolStatements(true) + QStringLiteral("; ALTER SYSTEM SET restore_concurrency = 10")), 0);
    QString message;
    QCOMPARE(run(s->db(), QStringLiteral("ALTER SYSTEM RESTORE restored_trade FROM trade AT 'file://%1' UNTIL '2020-05-21 09:39:54.071670' "
                                         "WITH 'backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1'").arg(s->dir.path()), &message), 0);
    QTRY_COMPARE_WITH_TIMEOUT(column(s->db(), QStringLiteral("SELECT STATUS FROM oceanbase.CDB_OB_RESTORE_HISTORY")).value(0).toString(),
                              QStringLiteral("RESTORE_SUCCESS"), 10000);
}

void tst_Obsim::historyAndStandby()
{
    auto s = startSim(QStringLiteral("4.2.3.0"), 60.0);
    QVERIFY(s);
    QCOMPARE(runAll(s->db(), poolStatements()), 0);
    QCOMPARE(run(s->db(), restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside)), 0);
    // The statement returned only once the tenant existed (4.1+).
    QCOMPARE(column(s->db(), QStringLiteral("SELECT TENANT_ROLE FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = 't1'")).value(0).toString(),
             QStringLiteral("RESTORE"));
    const qlonglong tenantId = column(s->db(), QStringLiteral("SELECT TENANT_ID FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = 't1'")).value(0).toLongLong();
    QVERIFY(tenantId >= 1002 && tenantId % 2 == 0); // user tenant ids are even
    QCOMPARE(column(s->db(), QStringLiteral("SELECT TENANT_ID FROM oceanbase.DBA_OB_RESOURCE_POOLS WHERE NAME = 'p1'")).value(0).toLongLong(), tenantId);
    followJob(s->db(), 20000);
    QSqlQuery q(s->db());
    QVERIFY(q.exec(QStringLiteral("SELECT STATUS, BACKUP_SET_LIST, BACKUP_PIECE_LIST, BACKUP_CLUSTER_VERSION, RESTORE_SCN, TOTAL_BYTES, "
                                  "FINISH_BYTES, COMMENT FROM oceanbase.CDB_OB_RESTORE_HISTORY WHERE TENANT_ID <> 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(q.value(1).toString(), s->data + QStringLiteral("/backup_set_1_full,") + s->data + QStringLiteral("/backup_set_2_inc"));
    QCOMPARE(q.value(2).toString(), s->archive + QStringLiteral("/piece_d1002r1p2"));
    QCOMPARE(q.value(3).toLongLong(), qlonglong(ObVersion(4, 2, 3, 0).calcVersion()));
    QCOMPARE(q.value(4).toString(), kInside);
    QVERIFY(q.value(5).toLongLong() > 0);
    QCOMPARE(q.value(6).toLongLong(), 0); // FINISH_BYTES never moves (§2.5)
    QCOMPARE(column(s->db(), QStringLiteral("SELECT TENANT_ROLE FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = 't1'")).value(0).toString(),
             QStringLiteral("STANDBY"));
    QCOMPARE(run(s->db(), QStringLiteral("ALTER SYSTEM ACTIVATE STANDBY TENANT t1")), 0);
    QCOMPARE(column(s->db(), QStringLiteral("SELECT TENANT_ROLE FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = 't1'")).value(0).toString(),
             QStringLiteral("PRIMARY"));
    QVERIFY(column(s->db(), QStringLiteral("SELECT count(*) FROM oceanbase.DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE MODULE = 'physical_restore' AND EVENT = 'restore_finish'")).value(0).toInt() == 1);
}

// CDB_OB_RESTORE_HISTORY's START_TIMESTAMP and FINISH_TIMESTAMP are TIMESTAMP columns (__all_restore_job_history
// start_time / finish_time 'timestamp', written with add_time_column from ObTimeUtility::current_time()): the
// instants, shown in each reading session's time zone, whichever session's tick finished the job. The demo showed
// successful jobs 8 hours in the future to a UTC reader (issue 29, rule 2).
void tst_Obsim::historyTimesAreInstants()
{
    auto s = startSim(QStringLiteral("4.2.3.0"), 60.0);
    QVERIFY(s);
    auto utc = openConnection(s->port(), QStringLiteral("root@sys"), QString());
    QVERIFY(utc);
    QCOMPARE(run(utc->db(), QStringLiteral("SET time_zone = '+00:00'")), 0);
    QCOMPARE(column(s->db(), QStringLiteral("SELECT @@time_zone")).value(0).toString(), QStringLiteral("+08:00")); // OceanBase's default
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(runAll(s->db(), poolStatements()), 0);
    QCOMPARE(run(s->db(), restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside)), 0);
    followJob(s->db(), 20000); // the +08:00 session's reads tick the job to its end
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    const QString sql = QStringLiteral("SELECT START_TIMESTAMP, FINISH_TIMESTAMP, RESTORE_SCN_DISPLAY, STATUS FROM oceanbase.CDB_OB_RESTORE_HISTORY WHERE TENANT_ID = 1");
    auto read = [&](const QSqlDatabase &db, const QTimeZone &zone) {
        QSqlQuery q(db);
        QList<QDateTime> out;
        if (!q.exec(sql) || !q.next())
            return out;
        for (int i = 0; i < 3; ++i) {
            QDateTime t = QDateTime::fromString(q.value(i).toString().left(23), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
            t.setTimeZone(zone);
            out << t.toUTC();
        }
        return out;
    };
    const QList<QDateTime> inUtc = read(utc->db(), QTimeZone::utc());
    const QList<QDateTime> inEight = read(s->db(), QTimeZone(8 * 3600));
    QCOMPARE(inUtc.size(), 3);
    QCOMPARE(inEight, inUtc); // the same instants, each shown in its reader's zone
    QVERIFY2(before <= inUtc[0] && inUtc[0] <= inUtc[1] && inUtc[1] <= after,
             qPrintable(QStringLiteral("%1 .. %2 .. %3 .. %4").arg(before.toString(Qt::ISODate), inUtc[0].toString(Qt::ISODate),
                                                                  inUtc[1].toString(Qt::ISODate), after.toString(Qt::ISODate))));
    QCOMPARE(inUtc[2], obrestore::Scn(kInside.toULongLong()).toUtcDateTime());
}

void tst_Obsim::cancelRestore()
{
    auto s = startSim(QStringLiteral("4.2.3.0"), 10.0);
    QVERIFY(s);
    QCOMPARE(runAll(s->db(), poolStatements()), 0);
    QCOMPARE(run(s->db(), restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside)), 0);
    QCOMPARE(run(s->db(), QStringLiteral("ALTER SYSTEM CANCEL RESTORE t1")), 0);
    QCOMPARE(column(s->db(), QStringLiteral("SELECT count(*) FROM oceanbase.CDB_OB_RESTORE_PROGRESS")).value(0).toInt(), 0);
    // Only the sys row reaches the history, with FAIL; the tenant is gone and the pool is free again.
    QCOMPARE(column(s->db(), QStringLiteral("SELECT STATUS FROM oceanbase.CDB_OB_RESTORE_HISTORY")), (QVariantList{QStringLiteral("FAIL")}));
    QVERIFY(column(s->db(), QStringLiteral("SELECT COMMENT FROM oceanbase.CDB_OB_RESTORE_HISTORY")).value(0).toString().contains(u"OB_TENANT_NOT_EXIST(-5157)"));
    QCOMPARE(column(s->db(), QStringLiteral("SELECT count(*) FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = 't1'")).value(0).toInt(), 0);
    QVERIFY(column(s->db(), QStringLiteral("SELECT TENANT_ID FROM oceanbase.DBA_OB_RESOURCE_POOLS WHERE NAME = 'p1'")).value(0).isNull());
    QCOMPARE(run(s->db(), QStringLiteral("DROP RESOURCE POOL p1")), 0);
}

void tst_Obsim::dropTenantForceBefore42()
{
    auto s = startSim(QStringLiteral("4.1.0.0"), 10.0);
    QVERIFY(s);
    QCOMPARE(runAll(s->db(), poolStatements()), 0);
    QCOMPARE(run(s->db(), restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside)), 0);
    QCOMPARE(run(s->db(), QStringLiteral("ALTER SYSTEM CANCEL RESTORE t1")), 1064);
    QCOMPARE(run(s->db(), QStringLiteral("DROP TENANT t1 FORCE")), 0);
    QCOMPARE(column(s->db(), QStringLiteral("SELECT STATUS FROM oceanbase.CDB_OB_RESTORE_HISTORY")), (QVariantList{QStringLiteral("FAIL")}));
}

void tst_Obsim::preview()
{
    auto s = startSim(QStringLiteral("4.2.3.0"));
    QVERIFY(s);
    QCOMPARE(run(s->db(), QStringLiteral("ALTER SYSTEM RESTORE FROM '%1,%2' UNTIL SCN=%3 PREVIEW").arg(s->data, s->archive, kInside)), 0);
    // Another session has no preview.
    auto other = openConnection(s->port());
    QVERIFY(other);
    QVERIFY(run(other->db(), QStringLiteral("SHOW RESTORE PREVIEW")) != 0);
    QSqlQuery q(s->db());
    QVERIFY2(q.exec(QStringLiteral("SHOW RESTORE PREVIEW")), qPrintable(q.lastError().text()));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString().section(u'/', -1);
    QCOMPARE(rows, (QStringList{QStringLiteral("BACKUP_SET 1 backup_set_1_full"), QStringLiteral("BACKUP_SET 2 backup_set_2_inc"),
                                QStringLiteral("BACKUP_PIECE 2 piece_d1002r1p2")}));
    // The preview is read once.
    QVERIFY(run(s->db(), QStringLiteral("SHOW RESTORE PREVIEW")) != 0);
    // Outside the windows the preview fails like the restore would.
    QCOMPARE(run(s->db(), QStringLiteral("ALTER SYSTEM RESTORE FROM '%1,%2' UNTIL SCN=%3 PREVIEW").arg(s->data, s->archive, kOutside)), 0);
    QCOMPARE(run(s->db(), QStringLiteral("SHOW RESTORE PREVIEW")), 4018);
}

void tst_Obsim::multipleStatements()
{
    auto s = startSim(QStringLiteral("4.2.3.0"), 100.0); // the RESTORE waits for the tenant: 6 simulated seconds
    QVERIFY(s);
    // OBSHELL sends SET DECRYPTION + the restore as one string (ob-restore-sql.md §1.4).
    QSqlQuery q(s->db());
    QCOMPARE(runAll(s->db(), poolStatements()), 0);
    const QString both = QStringLiteral("SET DECRYPTION IDENTIFIED BY 'x'; ") + restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside);
    QVERIFY2(q.exec(both), qPrintable(q.lastError().text()));
    QCOMPARE(column(s->db(), QStringLiteral("SELECT count(*) FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = 't1'")).value(0).toInt(), 1);
}

void tst_Obsim::viewColumnsMatchReference_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("referenceLine");
    // The reference's column lists (../shared/reference/ob-restore-sql.md §2.3, §3): the line that starts with
    // the marker holds them.
    for (const char *v : {"4.3.3.0"}) {
        QTest::newRow("CDB_OB_RESTORE_HISTORY") << v << "CDB_OB_RESTORE_HISTORY" << "TENANT_ID, JOB_ID, RESTORE_TENANT_NAME, RESTORE_TENANT_ID, BACKUP_TENANT_NAME, BACKUP_TENANT_ID, BACKUP_CLUSTER_NAME, BACKUP_DEST, RESTORE_SCN";
        QTest::newRow("CDB_OB_BACKUP_SET_FILES") << v << "CDB_OB_BACKUP_SET_FILES" << "**`CDB_OB_BACKUP_SET_FILES`**";
        QTest::newRow("CDB_OB_ARCHIVELOG_PIECE_FILES") << v << "CDB_OB_ARCHIVELOG_PIECE_FILES" << "**`CDB_OB_ARCHIVELOG_PIECE_FILES`**";
        QTest::newRow("CDB_OB_ARCHIVELOG") << v << "CDB_OB_ARCHIVELOG" << "**`CDB_OB_ARCHIVELOG`**";
        QTest::newRow("DBA_OB_RESOURCE_POOLS") << v << "DBA_OB_RESOURCE_POOLS" << "- **`DBA_OB_RESOURCE_POOLS`**";
        QTest::newRow("DBA_OB_UNIT_CONFIGS") << v << "DBA_OB_UNIT_CONFIGS" << "- **`DBA_OB_UNIT_CONFIGS`**";
        QTest::newRow("DBA_OB_ZONES") << v << "DBA_OB_ZONES" << "- **`DBA_OB_ZONES`**";
        QTest::newRow("DBA_OB_SERVERS") << v << "DBA_OB_SERVERS" << "- **`DBA_OB_SERVERS`**";
        QTest::newRow("GV$OB_SERVERS") << v << "GV$OB_SERVERS" << "- **`GV$OB_SERVERS`**";
        QTest::newRow("DBA_OB_UNITS") << v << "DBA_OB_UNITS" << "- **`DBA_OB_UNITS`**";
        QTest::newRow("__all_virtual_restore_progress") << v << "__all_virtual_restore_progress" << "- **`oceanbase.__all_virtual_restore_progress`**";
        QTest::newRow("CDB_OB_RESTORE_PROGRESS 4.0") << "4.0.0.0" << "CDB_OB_RESTORE_PROGRESS" << "- **4.0, 4.1, 4.2.0, 4.3.0.1**:";
        QTest::newRow("DBA_OB_TENANTS 4.0") << "4.0.0.0" << "DBA_OB_TENANTS" << "  - 4.0 columns:";
        QTest::newRow("__all_virtual_ls_restore_progress") << v << "__all_virtual_ls_restore_progress" << "- **`oceanbase.__all_virtual_ls_restore_progress`**";
    }
}

void tst_Obsim::viewColumnsMatchReference()
{
    QFETCH(QString, version);
    QFETCH(QString, view);
    QFETCH(QString, referenceLine);
    QFile f(QStringLiteral(OBRESTORE_SOURCE_DIR "/../shared/reference/ob-restore-sql.md"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("../shared/reference is not beside the repository");
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype at = text.indexOf(referenceLine);
    QVERIFY2(at >= 0, qPrintable(referenceLine));
    const QString paragraph = text.mid(at, text.indexOf(u'\n', at) - at);
    // Every upper-case (or lower-case, for the internal tables) identifier named in the reference's list must be a
    // column of the simulated view, and vice versa, in the version with every addition (4.3.3).
    auto s = startSim(version);
    QVERIFY(s);
    QSqlQuery q(s->db());
    QVERIFY2(q.exec(QStringLiteral("SELECT * FROM oceanbase.`%1` LIMIT 0").arg(view)), qPrintable(q.lastError().text()));
    QStringList simulated;
    for (int i = 0; i < q.record().count(); ++i)
        simulated << q.record().fieldName(i);
    const QRegularExpression ident(view.startsWith(u"__") ? QStringLiteral(R"(\b([a-z][a-z_]+)\b)") : QStringLiteral(R"(\b([A-Z][A-Z0-9_]+(?:\(_DISPLAY\))?))"));
    QStringList reference;
    QString columnsPart = paragraph.contains(u"Columns") ? paragraph.mid(paragraph.indexOf(u"Columns")) : paragraph.mid(paragraph.indexOf(u':') + 1);
    if (view == u"CDB_OB_RESTORE_HISTORY")
        columnsPart = paragraph;
    if (const qsizetype end = columnsPart.indexOf(QStringLiteral(". ")); end > 0)
        columnsPart.truncate(end); // the sentence after the list talks about values, not columns
    for (auto it = ident.globalMatch(columnsPart); it.hasNext();) {
        QString c = it.next().captured(1);
        static const QStringList noise{QStringLiteral("FROM"), QStringLiteral("NULL"), QStringLiteral("CDB_OB_BACKUP_SET_FILES"),
                                       QStringLiteral("CDB_OB_ARCHIVELOG_PIECE_FILES"), QStringLiteral("CDB_OB_ARCHIVELOG"), QStringLiteral("ALL_VIRTUAL_BACKUP_SET_FILES"),
                                       QStringLiteral("ALL_VIRTUAL_LOG_ARCHIVE_PIECE_FILES"), QStringLiteral("ALL_VIRTUAL_LOG_ARCHIVE_PROGRESS"),
                                       QStringLiteral("STOP"), QStringLiteral("UNION"), QStringLiteral("DBA_OB_RESOURCE_POOLS"), QStringLiteral("DBA_OB_UNIT_CONFIGS"),
                                       QStringLiteral("DBA_OB_ZONES"), QStringLiteral("DBA_OB_SERVERS"), QStringLiteral("GV"), QStringLiteral("OB_SERVERS"),
                                       QStringLiteral("DBA_OB_UNITS"), QStringLiteral("BUILD_VERSION_"), QStringLiteral("CDB_OB_ARCHIVELOG_SUMMARY"),
                                       QStringLiteral("NOT"), QStringLiteral("SELECT"), QStringLiteral("SEL"), QStringLiteral("SYS"),
                                       QStringLiteral("META"), QStringLiteral("USER"), QStringLiteral("MYSQL"), QStringLiteral("ORACLE")};
        static const QStringList lowerNoise{QStringLiteral("columns"), QStringLiteral("per"), QStringLiteral("tenant"), QStringLiteral("aggregate"),
                                            QStringLiteral("one"), QStringLiteral("row"), QStringLiteral("replica"), QStringLiteral("identical"),
                                            QStringLiteral("in"), QStringLiteral("and"), QStringLiteral("the"), QStringLiteral("same"),
                                            QStringLiteral("minus"), QStringLiteral("status"), QStringLiteral("history"), QStringLiteral("inner"),
                                            QStringLiteral("tables"), QStringLiteral("no"), QStringLiteral("view"), QStringLiteral("exists"),
                                            QStringLiteral("any"), QStringLiteral("snapshot"), QStringLiteral("checked"), QStringLiteral("usable"),
                                            QStringLiteral("versions"), QStringLiteral("whose"), QStringLiteral("progress"), QStringLiteral("lacks"),
                                            QStringLiteral("oceanbase"), QStringLiteral("all_virtual_restore_progress"), QStringLiteral("all_virtual_ls_restore_progress")};
        if (noise.contains(c) || lowerNoise.contains(c) || c.size() < 2)
            continue;
        if (c.endsWith(u"(_DISPLAY)")) { // INPUT_BYTES(_DISPLAY) names two columns
            c.chop(10);
            reference << c << c + QStringLiteral("_DISPLAY");
            continue;
        }
        reference << c;
    }
    reference.removeDuplicates();
    if (view.startsWith(u"__")) {
        // e.g. "`tenant_id, job_id, …` … (4.0–4.3.3)": the status column appears as "status(int)".
        reference.removeAll(QStringLiteral("int"));
        if (view == u"__all_virtual_ls_restore_progress" && !reference.contains(u"status"))
            reference.insert(5, QStringLiteral("status"));
    }
    QStringList missing;
    for (const QString &c : std::as_const(reference)) {
        if (!simulated.contains(c, Qt::CaseInsensitive))
            missing << c;
    }
    QStringList extra;
    for (const QString &c : std::as_const(simulated)) {
        if (!reference.contains(c, Qt::CaseInsensitive))
            extra << c;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 lacks %2").arg(view, missing.join(u','))));
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("%1 has columns the reference does not list: %2").arg(view, extra.join(u','))));
}

void tst_Obsim::productStatementsRunOnObsim_data()
{
    QTest::addColumn<QString>("version");
    for (const char *v : {"4.0.0.0", "4.1.0.0", "4.2.1.8", "4.2.3.0", "4.3.3.0"})
        QTest::newRow(v) << v;
}

void tst_Obsim::productStatementsRunOnObsim()
{
    // What the product's RestoreStatement writes is what the (simulated) server accepts, in every version.
    using namespace obrestore;
    QFETCH(QString, version);
    auto s = startSim(version, 20.0);
    QVERIFY(s);
    const ObVersion v = ObVersion::parse(version).value();
    QString error;
    const auto unit = RestoreStatement::createUnit({QStringLiteral("u1"), 4, 2, 8ll << 30, 24ll << 30}, v, &error);
    const auto pool = RestoreStatement::createPool({QStringLiteral("p1"), QStringLiteral("u1"), 1, {QStringLiteral("zone1"), QStringLiteral("zone2"), QStringLiteral("zone3")}}, &error);
    QVERIFY(unit && pool);
    QCOMPARE(run(s->db(), unit->sql), 0);
    QCOMPARE(run(s->db(), pool->sql), 0);
    if (v < ObVersion(4, 1))
        QCOMPARE(run(s->db(), QStringLiteral("ALTER SYSTEM SET restore_concurrency = 10")), 0);
    RestoreRequest r;
    r.targetVersion = v;
    r.tenantName = QStringLiteral("t1");
    r.uris = {s->data, s->archive};
    r.until = RestoreRequest::Until::Scn;
    r.untilScn = kInside.toULongLong();
    r.poolList = {QStringLiteral("p1")};
    r.primaryZone = QStringLiteral("zone1");
    r.locality = QStringLiteral("F@zone1,F@zone2,F@zone3");
    if (v >= ObVersion(4, 1))
        r.concurrency = 8;
    r.decryptionPasswords = {QStringLiteral("it's \"quoted\"")};
    r.description = QStringLiteral(u"演练");
    if (RestoreStatement::supportsPreview(v)) {
        const auto preview = RestoreStatement::preview(r, &error);
        QVERIFY2(preview, qPrintable(error));
        QSqlQuery q(s->db());
        for (const RenderedStatement &st : *preview)
            QVERIFY2(q.exec(st.sql), qPrintable(st.display + QStringLiteral(": ") + q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("BACKUP_SET"));
    }
    const auto statements = RestoreStatement::restore(r, &error);
    QVERIFY2(statements, qPrintable(error));
    for (const RenderedStatement &st : *statements) {
        QString message;
        QVERIFY2(run(s->db(), st.sql, &message) == 0, qPrintable(st.display + QStringLiteral(": ") + message));
    }
    QCOMPARE(column(s->db(), QStringLiteral("SELECT DESCRIPTION FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE TENANT_ID = 1")).value(0).toString(),
             QStringLiteral(u"演练"));
    const auto cancel = RestoreStatement::cancel(QStringLiteral("t1"), v, &error);
    QVERIFY(cancel);
    QCOMPARE(run(s->db(), cancel->first().sql), 0);
    QCOMPARE(column(s->db(), QStringLiteral("SELECT STATUS FROM oceanbase.CDB_OB_RESTORE_HISTORY")), (QVariantList{QStringLiteral("FAIL")}));
    QCOMPARE(run(s->db(), RestoreStatement::dropPool(QStringLiteral("p1"), &error)->sql), 0);
    QCOMPARE(run(s->db(), RestoreStatement::dropUnit(QStringLiteral("u1"), &error)->sql), 0);
}

void tst_Obsim::scenarioFile()
{
    QTemporaryDir dir;
    obfixture::writeHealthyTree(dir.path() + QStringLiteral("/backup"), ObVersion(4, 2, 3, 0));
    QFile f(dir.path() + QStringLiteral("/scenario.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral(R"({"cluster_name": "prod", "cluster_id": 7, "zones": ["z1", "z2"],
        "servers": [{"ip": "10.0.0.1", "zone": "z1", "cpu": 16, "memory_gb": 64}, {"ip": "10.0.0.2", "zone": "z2", "cpu": 16, "memory_gb": 64}],
        "unit_configs": [{"name": "u8", "max_cpu": 4, "memory": "8G", "log_disk": "24G"}],
        "pools": [{"name": "free_pool", "unit": "u8", "unit_num": 1, "zones": ["z1", "z2"]},
                  {"name": "used_pool", "unit": "u8", "unit_num": 1, "zones": ["z1"]}],
        "tenants": [{"name": "app", "pools": ["used_pool"]}],
        "backup_roots": ["%1/backup"]})").arg(dir.path()).toUtf8());
    f.close();
    ObCluster::Options o;
    o.scenarioFile = f.fileName();
    EmbeddedServer server(o);
    QVERIFY(server.start());
    auto c = openConnection(server.port());
    QVERIFY(c);
    QCOMPARE(column(c->db(), QStringLiteral("SELECT ZONE FROM oceanbase.DBA_OB_ZONES ORDER BY ZONE")), (QVariantList{QStringLiteral("z1"), QStringLiteral("z2")}));
    QCOMPARE(column(c->db(), QStringLiteral("SELECT SVR_IP FROM oceanbase.GV$OB_SERVERS ORDER BY SVR_IP")).size(), 2);
    QCOMPARE(column(c->db(), QStringLiteral("SELECT MEM_ASSIGNED FROM oceanbase.GV$OB_SERVERS WHERE SVR_IP = '10.0.0.1'")).value(0).toLongLong(), 16ll << 30);
    QVERIFY(column(c->db(), QStringLiteral("SELECT TENANT_ID FROM oceanbase.DBA_OB_RESOURCE_POOLS WHERE NAME = 'free_pool'")).value(0).isNull());
    QCOMPARE(column(c->db(), QStringLiteral("SELECT t.TENANT_NAME FROM oceanbase.DBA_OB_RESOURCE_POOLS p JOIN oceanbase.DBA_OB_TENANTS t ON t.TENANT_ID = p.TENANT_ID WHERE p.NAME = 'used_pool'")).value(0).toString(),
             QStringLiteral("app"));
    // The backups registered as the online source's: the same sets the offline reader sees.
    QCOMPARE(column(c->db(), QStringLiteral("SELECT BACKUP_SET_ID FROM oceanbase.CDB_OB_BACKUP_SET_FILES ORDER BY 1")), (QVariantList{1, 2}));
    QCOMPARE(column(c->db(), QStringLiteral("SELECT NAME FROM oceanbase.CDB_OB_BACKUP_PARAMETER ORDER BY 1")),
             (QVariantList{QStringLiteral("data_backup_dest"), QStringLiteral("log_archive_dest")}));
}

void tst_Obsim::manyClientsAtOnce()
{
    auto s = startSim(QStringLiteral("4.2.3.0"));
    QVERIFY(s);
    const quint16 port = s->port();
    std::atomic<int> ok{0};
    QList<QThread *> threads;
    for (int i = 0; i < 8; ++i) {
        threads << QThread::create([port, i, &ok] {
            auto c = openConnection(port); // each thread its own connection
            if (!c)
                return;
            for (int n = 0; n < 40; ++n) {
                QSqlQuery q(c->db());
                q.prepare(QStringLiteral("SELECT ? + ?, @@version_comment"));
                q.addBindValue(i);
                q.addBindValue(n);
                if (q.exec() && q.next() && q.value(0).toInt() == i + n)
                    ++ok;
                run(c->db(), QStringLiteral("SET @x = %1").arg(n));
            }
        });
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(ok.load(), 8 * 40);
}

void tst_Obsim::failOptionForEveryJob()
{
    QTemporaryDir dir;
    obfixture::writeHealthyTree(dir.path(), ObVersion(4, 2, 3, 0));
    ObCluster::Options o;
    o.speed = 40;
    o.failRestoreAtPercent = 50;
    o.failRestoreCode = -9079;
    EmbeddedServer server(o);
    QVERIFY(server.start());
    auto c = openConnection(server.port());
    QVERIFY(c);
    QCOMPARE(runAll(c->db(), poolStatements()), 0);
    QCOMPARE(run(c->db(), QStringLiteral("ALTER SYSTEM RESTORE t1 FROM 'file://%1/data,file://%1/clog' UNTIL SCN=%2 WITH 'pool_list=p1'").arg(dir.path(), kInside)), 0);
    followJob(c->db(), 20000);
    QVERIFY(column(c->db(), QStringLiteral("SELECT COMMENT FROM oceanbase.CDB_OB_RESTORE_HISTORY WHERE TENANT_ID <> 1")).value(0).toString().contains(u"OB_ARCHIVE_LOG_RECYCLED(-9079)"));
}

void tst_Obsim::faultDropNow()
{
    auto s = startSim(QStringLiteral("4.2.3.0"));
    QVERIFY(s);
    auto admin = openConnection(s->port(), QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
    QVERIFY(admin);
    QCOMPARE(run(admin->db(), QStringLiteral("OBSIM DROP CONNECTIONS")), 0);
    QTest::qWait(300);
    QString message;
    QVERIFY(run(s->db(), QStringLiteral("SELECT 1"), &message) != 0);
    QVERIFY2(message.contains(u"gone away") || message.contains(u"Lost connection") || message.contains(u"connection"), qPrintable(message));
    QVERIFY(openConnection(s->port())); // the server itself is still there
}

void tst_Obsim::faultDropAfterQueries()
{
    auto s = startSim(QStringLiteral("4.2.3.0"));
    QVERIFY(s);
    s->server->cluster().faults().dropAfterQueries = 3;
    QCOMPARE(run(s->db(), QStringLiteral("SELECT 1")), 0);
    QCOMPARE(run(s->db(), QStringLiteral("SELECT 2")), 0);
    QVERIFY(run(s->db(), QStringLiteral("SELECT 3")) != 0);
    auto again = openConnection(s->port());
    QVERIFY(again);
    QCOMPARE(run(again->db(), QStringLiteral("SELECT 4")), 0);
}

void tst_Obsim::faultDelay()
{
    auto s = startSim(QStringLiteral("4.2.3.0"));
    QVERIFY(s);
    auto admin = openConnection(s->port(), QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
    QCOMPARE(run(admin->db(), QStringLiteral("OBSIM DELAY 300")), 0);
    QElapsedTimer t;
    t.start();
    QCOMPARE(run(s->db(), QStringLiteral("SELECT 1")), 0);
    QVERIFY2(t.elapsed() >= 280, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(run(admin->db(), QStringLiteral("OBSIM DELAY 0")), 0);
}

void tst_Obsim::faultFailAtProgress()
{
    auto s = startSim(QStringLiteral("4.2.3.0"), 40.0);
    QVERIFY(s);
    QCOMPARE(runAll(s->db(), poolStatements()), 0);
    QCOMPARE(run(s->db(), restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside)), 0);
    auto admin = openConnection(s->port(), QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
    QCOMPARE(run(admin->db(), QStringLiteral("OBSIM FAIL RESTORE t1 AT 40 WITH 9094")), 0);
    followJob(s->db(), 20000);
    QSqlQuery q(s->db());
    QVERIFY(q.exec(QStringLiteral("SELECT STATUS, COMMENT FROM oceanbase.CDB_OB_RESTORE_HISTORY WHERE TENANT_ID <> 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("FAIL"));
    QVERIFY2(q.value(1).toString().contains(u"OB_LS_RESTORE_FAILED(-9094)"), qPrintable(q.value(1).toString()));
    // The tenant stays behind in restore state, for the DBA to drop.
    QCOMPARE(column(s->db(), QStringLiteral("SELECT STATUS FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = 't1'")).value(0).toString(), QStringLiteral("RESTORE"));
}

void tst_Obsim::faultFailWhileWaiting()
{
    // 4.2.1+: a job that fails while ALTER SYSTEM RESTORE still waits returns 9099 "<tenant> restore failed, <comment>".
    auto s = startSim(QStringLiteral("4.2.3.0"), 100.0);
    QVERIFY(s);
    QCOMPARE(runAll(s->db(), poolStatements()), 0);
    auto admin = openConnection(s->port(), QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
    QVERIFY(admin);
    // t1's job pauses itself at 3 % of its timeline, before its tenant exists: the statement waits until the job ends,
    // however long the failer below takes.
    QCOMPARE(run(admin->db(), QStringLiteral("OBSIM PAUSE RESTORE t1 AT 3")), 0);
    admin.reset();
    // While the statement waits, the admin fails the job from another thread with its own connection (as soon as the
    // job exists).
    const quint16 port = s->port();
    std::unique_ptr<QThread> failer(QThread::create([port] {
        auto own = openConnection(port, QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
        QElapsedTimer t;
        t.start();
        while (own && run(own->db(), QStringLiteral("OBSIM FAIL RESTORE t1 AT 1")) != 0 && t.elapsed() < 60000)
            QThread::msleep(20);
    }));
    failer->start();
    QString message;
    const int code = run(s->db(), restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside), &message);
    failer->wait();
    QCOMPARE(code, 9099);
    QVERIFY2(message.contains(u"t1 restore failed"), qPrintable(message));
}

void tst_Obsim::faultPauseResume()
{
    auto s = startSim(QStringLiteral("4.2.3.0"), 100.0);
    QVERIFY(s);
    QCOMPARE(runAll(s->db(), poolStatements()), 0);
    auto admin = openConnection(s->port(), QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
    QVERIFY(admin);
    // Sent before the job exists: t1's next job pauses itself at 50 % of its timeline (inside RESTORE_WAIT_LS).
    QCOMPARE(run(admin->db(), QStringLiteral("OBSIM PAUSE RESTORE t1 AT 50")), 0);
    QCOMPARE(run(s->db(), restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside)), 0);
    const QString sql = QStringLiteral("SELECT concat(STATUS, ' ', FINISH_TABLET_COUNT, ' ', RECOVER_SCN) FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE TENANT_ID <> 1");
    // At 100 simulated seconds per real second a running job moves between any two reads 300 ms apart: equal reads
    // mean it stands at its pause point, mid-way (tablets moving, log recovery started, the job not finished).
    QVariantList before;
    QTRY_VERIFY_WITH_TIMEOUT((before = column(s->db(), sql), QTest::qWait(300), column(s->db(), sql) == before), 20000);
    const QStringList fields = before.value(0).toString().split(u' ');
    QCOMPARE(fields.value(0), QStringLiteral("RESTORING"));
    QVERIFY2(fields.value(1).toInt() > 0, qPrintable(before.value(0).toString()));
    QCOMPARE(run(admin->db(), QStringLiteral("OBSIM RESUME RESTORE t1")), 0);
    QTRY_VERIFY_WITH_TIMEOUT(column(s->db(), sql) != before, 5000);
}

void tst_Obsim::faultRestartSamePort()
{
    auto s = startSim(QStringLiteral("4.2.3.0"), 10.0);
    QVERIFY(s);
    QCOMPARE(runAll(s->db(), poolStatements()), 0);
    QCOMPARE(run(s->db(), restoreSql(*s, QStringLiteral("t1"), QStringLiteral("UNTIL SCN=") + kInside)), 0);
    const quint16 port = s->port();
    auto admin = openConnection(port, QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
    QSignalSpy restarted(s->server->server(), &Server::restarted);
    QCOMPARE(run(admin->db(), QStringLiteral("OBSIM RESTART")), 0);
    QVERIFY(restarted.wait(5000));
    QCOMPARE(restarted.at(0).at(0).value<quint16>(), port);
    QVERIFY(run(s->db(), QStringLiteral("SELECT 1")) != 0); // the old connection is gone
    auto again = openConnection(port);
    QVERIFY(again);
    // The job survived the restart and is still there.
    QCOMPARE(column(again->db(), QStringLiteral("SELECT count(*) FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = 't1'")).value(0).toInt(), 1);
}

void tst_Obsim::faultRestartNewPort()
{
    auto s = startSim(QStringLiteral("4.2.3.0"));
    QVERIFY(s);
    const quint16 port = s->port();
    auto admin = openConnection(port, QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
    QSignalSpy restarted(s->server->server(), &Server::restarted);
    QCOMPARE(run(admin->db(), QStringLiteral("OBSIM RESTART NEW PORT")), 0);
    QVERIFY(restarted.wait(5000));
    const quint16 newPort = restarted.at(0).at(0).value<quint16>();
    QVERIFY(newPort != port);
    QVERIFY(openConnection(newPort));
}

QTEST_GUILESS_MAIN(tst_Obsim)
#include "tst_obsim.moc"
