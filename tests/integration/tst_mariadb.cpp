#include "cluster/onlinebackupcatalog.h"
#include "cluster/restorestatement.h"
#include "cluster/session.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace obrestore;

// What is generic to the MySQL protocol, against a real server: Debian's MariaDB, started by the test itself on a
// loopback port in a temporary folder (no system service). Set OBRESTORE_REQUIRE_MARIADB=1 (CI does) to fail
// instead of skipping when mariadbd is not installed.
class tst_MariaDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readsWork();
    void preparedOncePerConnection();
    void literalsMeanTheSameWhateverTheSqlMode();
    void sourceZoneFromTheGlobalWhereNoTenantView();
    void wrongPassword();
    void nothingListening();
    void readTimeoutIsAnErrorNotAHang();
    void serverKilledDuringAQuery();
    void tlsConnects();
    void tlsRequiredByTheUser();
    void tlsFileProblemsAreClear();
    void tlsWrongCaIsRefused();

private:
    bool makeCertificates(QString *error);
    bool startServer(QString *error);
    void stopServer();
    ConnectionSettings settings(const QString &password = QStringLiteral("pw")) const;

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    bool m_tls = false; // certificates made and the server started with them
};

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

// A CA, and a server and a client certificate it signed, made with openssl in the temporary folder.
bool tst_MariaDb::makeCertificates(QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("openssl is not installed (Debian: openssl)");
        return false;
    }
    const QString d = m_dir.path() + u'/';
    // Two CAs: the one that signs the server's and the client's certificates, and a stranger.
    QList<QStringList> all;
    for (const char *ca : {"ca", "other-ca"}) {
        const QString c = QString::fromLatin1(ca);
        all << QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                           QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=obrestore test ") + c,
                           QStringLiteral("-keyout"), d + c + QStringLiteral("-key.pem"), QStringLiteral("-out"), d + c + QStringLiteral(".pem")};
    }
    for (const char *who : {"server", "client"}) {
        const QString w = QString::fromLatin1(who);
        all << QStringList{QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), d + w + QStringLiteral("-key.pem"), QStringLiteral("-out"), d + w + QStringLiteral(".csr")}
            << QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + w + QStringLiteral(".csr"), QStringLiteral("-days"), QStringLiteral("2"),
                           QStringLiteral("-CA"), d + QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), d + QStringLiteral("ca-key.pem"),
                           QStringLiteral("-set_serial"), w == u"server" ? QStringLiteral("1") : QStringLiteral("2"), QStringLiteral("-out"), d + w + QStringLiteral(".pem")};
    }
    for (const QStringList &args : std::as_const(all)) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(openssl, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            *error = QStringLiteral("openssl %1 failed: %2").arg(args.first(), QString::fromUtf8(p.readAll()));
            return false;
        }
    }
    return true;
}

bool tst_MariaDb::startServer(QString *error)
{
    const QString mariadbd = QStandardPaths::findExecutable(QStringLiteral("mariadbd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    const QString installDb = QStandardPaths::findExecutable(QStringLiteral("mariadb-install-db"));
    const QString client = QStandardPaths::findExecutable(QStringLiteral("mariadb"));
    if (mariadbd.isEmpty() || installDb.isEmpty() || client.isEmpty()) {
        *error = QStringLiteral("mariadbd, mariadb-install-db or mariadb is not installed (Debian: mariadb-server-core, mariadb-client)");
        return false;
    }
    const QString data = m_dir.path() + QStringLiteral("/data");
    if (!QFileInfo::exists(data)) {
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels); // it reports its problems on stdout
        // --force: without it the script insists that the host name resolves (it does not in a bare container
        // without /etc/hosts); a server on 127.0.0.1 with a '%' user never needs that.
        install.start(installDb, {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data, QStringLiteral("--force"),
                                  QStringLiteral("--auth-root-authentication-method=normal"), QStringLiteral("--skip-test-db"), QStringLiteral("--user=root")});
        if (!install.waitForFinished(120000) || install.exitCode() != 0) {
            *error = QStringLiteral("mariadb-install-db failed: ") + QString::fromUtf8(install.readAll());
            return false;
        }
    }
    QStringList tlsOptions;
    QString tlsError;
    m_tls = makeCertificates(&tlsError);
    if (m_tls)
        tlsOptions << QStringLiteral("--ssl-ca=") + m_dir.path() + QStringLiteral("/ca.pem") << QStringLiteral("--ssl-cert=") + m_dir.path() + QStringLiteral("/server.pem")
                   << QStringLiteral("--ssl-key=") + m_dir.path() + QStringLiteral("/server-key.pem");
    else
        qWarning("TLS cases will be skipped: %s", qPrintable(tlsError));
    // A free port is only free until someone takes it (tests run in parallel): the server is ours once it says it
    // is ready on that port; one that could not bind exits, and another port is tried.
    const QString log = m_dir.path() + QStringLiteral("/server.log");
    bool ready = false;
    for (int attempt = 0; attempt < 5 && !ready; ++attempt) {
        QFile::remove(log);
        m_port = freePort();
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.setStandardOutputFile(log);
        m_server.start(mariadbd, QStringList{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data, QStringLiteral("--port=%1").arg(m_port),
                                  QStringLiteral("--bind-address=127.0.0.1"), QStringLiteral("--socket=") + m_dir.path() + QStringLiteral("/sock"),
                                  QStringLiteral("--user=root"), QStringLiteral("--skip-log-bin"), QStringLiteral("--skip-name-resolve"), QStringLiteral("--innodb-buffer-pool-size=16M"),
                                  QStringLiteral("--pid-file=") + m_dir.path() + QStringLiteral("/pid")}
                                     + tlsOptions);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && m_server.state() != QProcess::NotRunning) {
            QFile f(log);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains("ready for connections")) {
                ready = true;
                break;
            }
            m_server.waitForFinished(100);
        }
        if (!ready && m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
    if (!ready) {
        QFile f(log);
        *error = QStringLiteral("mariadbd did not start: ") + (f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(2000)) : QString());
        return false;
    }
    QProcess setup;
    setup.start(client, {QStringLiteral("--socket=") + m_dir.path() + QStringLiteral("/sock"), QStringLiteral("-uroot"), QStringLiteral("-e"),
                         QStringLiteral("CREATE USER IF NOT EXISTS 'tester'@'%' IDENTIFIED BY 'pw'; GRANT ALL ON *.* TO 'tester'@'%'; "
                                        "CREATE USER IF NOT EXISTS 'secure'@'%' IDENTIFIED BY 'pw' REQUIRE SSL; GRANT SELECT ON *.* TO 'secure'@'%'; "
                                        "CREATE DATABASE IF NOT EXISTS oceanbase;")});
    if (!setup.waitForFinished(30000) || setup.exitCode() != 0) {
        *error = QStringLiteral("creating the test user failed: ") + QString::fromUtf8(setup.readAllStandardError());
        return false;
    }
    return true;
}

void tst_MariaDb::stopServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(20000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
}

ConnectionSettings tst_MariaDb::settings(const QString &password) const
{
    ConnectionSettings s;
    s.port = m_port;
    s.user = QStringLiteral("tester");
    s.password = password;
    s.connectTimeoutSeconds = 3;
    s.readTimeoutSeconds = 10;
    return s;
}

void tst_MariaDb::initTestCase()
{
    QString error;
    if (!startServer(&error)) {
        if (qEnvironmentVariableIntValue("OBRESTORE_REQUIRE_MARIADB"))
            QFAIL(qPrintable(error));
        QSKIP(qPrintable(error));
    }
}

void tst_MariaDb::cleanupTestCase()
{
    stopServer();
}

void tst_MariaDb::readsWork()
{
    Session s(settings());
    ServerError e;
    const auto r = s.read(QStringLiteral("SELECT ? + 1, VERSION()"), {41}, &e);
    QVERIFY2(r, qPrintable(e.toString()));
    QCOMPARE(r->rows.value(0).value(0).toInt(), 42);
    QVERIFY(r->rows.value(0).value(1).toString().contains(u"MariaDB"));
}

// Issue 15, item 9: a read that repeats (a watch's sample) is prepared once per connection, again after a reconnect.
void tst_MariaDb::preparedOncePerConnection()
{
    Session s(settings());
    ServerError e;
    for (int i = 0; i < 5; ++i) {
        const auto r = s.read(QStringLiteral("SELECT ? * 2"), {i}, &e);
        QVERIFY2(r, qPrintable(e.toString()));
        QCOMPARE(r->rows.value(0).value(0).toInt(), i * 2);
    }
    QCOMPARE(s.preparedCount(), 1);
    s.close();
    QVERIFY(s.read(QStringLiteral("SELECT ? * 2"), {7}, &e));
    QCOMPARE(s.preparedCount(), 2);
}

// Issue 15, item 6: a literal with a quote and a backslash, written by RestoreStatement::quote, reaches the server
// as written even when the server's default sql_mode has NO_BACKSLASH_ESCAPES (the session clears it), and the
// doubled quote never ends the literal early.
void tst_MariaDb::literalsMeanTheSameWhateverTheSqlMode()
{
    ServerError e;
    {
        Session root(settings());
        QVERIFY2(root.execute(QStringLiteral("SET GLOBAL sql_mode = 'NO_BACKSLASH_ESCAPES,STRICT_ALL_TABLES'"), &e), qPrintable(e.toString()));
    }
    const QString value = QStringLiteral("a'b\\c\"d'); --");
    Session s(settings());
    const auto mode = s.read(QStringLiteral("SELECT @@session.sql_mode"), {}, &e);
    QVERIFY2(mode, qPrintable(e.toString()));
    const QString m = mode->rows.value(0).value(0).toString();
    QVERIFY2(!m.contains(u"NO_BACKSLASH_ESCAPES") && m.contains(u"STRICT_ALL_TABLES"), qPrintable(m));
    const auto r = s.read(QStringLiteral("SELECT ") + RestoreStatement::quote(value), {}, &e);
    QVERIFY2(r, qPrintable(e.toString()));
    QCOMPARE(r->rows.value(0).value(0).toString(), value);
    // Without the pin, the doubled quote still keeps the literal whole (only the backslash reads differently).
    QVERIFY(s.execute(QStringLiteral("SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES'"), &e));
    const auto raw = s.read(QStringLiteral("SELECT ") + RestoreStatement::quote(QStringLiteral("x'); DROP --")), {}, &e);
    QVERIFY2(raw, qPrintable(e.toString()));
    QCOMPARE(raw->rows.value(0).value(0).toString(), QStringLiteral("x'); DROP --"));
    Session root(settings());
    QVERIFY(root.execute(QStringLiteral("SET GLOBAL sql_mode = DEFAULT"), &e));
}

// Issue 16, rule 2: an online source suggests its zone. Where CDB_OB_SYS_VARIABLES cannot be read (as here: MariaDB
// has no such view; an OceanBase 4.x release without it would be the same), the sys tenant's global time_zone stands
// for every tenant; "SYSTEM" (the server host's zone, unknown to the client) is no suggestion at all.
void tst_MariaDb::sourceZoneFromTheGlobalWhereNoTenantView()
{
    ServerError e;
    {
        Session s(settings());
        const auto zones = OnlineBackupCatalog::readTenantTimeZones(s);
        QVERIFY(zones.perTenant.isEmpty());
        QVERIFY2(zones.cluster.isEmpty(), qPrintable(zones.cluster)); // the test server starts with SYSTEM
        QVERIFY(s.read(QStringLiteral("SELECT 1"), {}, &e)); // the failed read left the session usable
    }
    Session root(settings());
    QVERIFY2(root.execute(QStringLiteral("SET GLOBAL time_zone = '+05:30'"), &e), qPrintable(e.toString()));
    {
        Session s(settings());
        const auto zones = OnlineBackupCatalog::readTenantTimeZones(s);
        QCOMPARE(zones.cluster, QStringLiteral("+05:30"));
        QCOMPARE(zones.of(1002), QStringLiteral("+05:30"));
        // Our own session stays pinned to UTC for the TIMESTAMP columns it reads.
        const auto pinned = s.read(QStringLiteral("SELECT @@session.time_zone"), {}, &e);
        QVERIFY2(pinned, qPrintable(e.toString()));
        QCOMPARE(pinned->rows.value(0).value(0).toString(), QStringLiteral("+00:00"));
    }
    QVERIFY(root.execute(QStringLiteral("SET GLOBAL time_zone = DEFAULT"), &e));
}

void tst_MariaDb::wrongPassword()
{
    Session s(settings(QStringLiteral("wrong")));
    ServerError e;
    QVERIFY(!s.open(&e));
    QCOMPARE(e.kind, ServerError::Kind::AccessDenied);
    QCOMPARE(e.code, 1045);
    QVERIFY(!e.toString().contains(u"wrong"));
}

void tst_MariaDb::nothingListening()
{
    ConnectionSettings s = settings();
    s.port = freePort();
    Session session(s);
    ServerError e;
    QElapsedTimer t;
    t.start();
    QVERIFY(!session.open(&e));
    QCOMPARE(e.kind, ServerError::Kind::CannotConnect);
    QVERIFY(t.elapsed() < 10000);
}

void tst_MariaDb::readTimeoutIsAnErrorNotAHang()
{
    ConnectionSettings s = settings();
    s.readTimeoutSeconds = 1;
    Session session(s);
    ServerError e;
    QVERIFY(session.open(&e));
    QElapsedTimer t;
    t.start();
    QVERIFY(!session.read(QStringLiteral("SELECT SLEEP(8)"), {}, &e, 0));
    QVERIFY2(e.isConnectionProblem(), qPrintable(e.toString()));
    QVERIFY2(t.elapsed() < 7000, qPrintable(QString::number(t.elapsed()))); // libmariadb may retry the read a few times
}

void tst_MariaDb::serverKilledDuringAQuery()
{
    // A worker thread with its own session runs a long query; the server is killed underneath it.
    const ConnectionSettings s = settings();
    ServerError result;
    bool returned = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Session session(s);
        ServerError e;
        if (!session.open(&e)) {
            result = e;
            returned = true;
            return;
        }
        session.read(QStringLiteral("SELECT SLEEP(20)"), {}, &e, 0);
        result = e;
        returned = true;
    }));
    worker->start();
    QTest::qWait(700);
    ::kill(pid_t(m_server.processId()), SIGKILL);
    QVERIFY2(worker->wait(10000), "the query must return once the server is gone");
    QVERIFY(returned);
    QVERIFY2(result.isConnectionProblem(), qPrintable(result.toString()));
    m_server.waitForFinished(5000);
    // A new server on the same data comes back, and a new session works.
    QString error;
    QVERIFY2(startServer(&error), qPrintable(error));
    Session again(settings());
    ServerError e;
    QVERIFY2(again.read(QStringLiteral("SELECT 1"), {}, &e), qPrintable(e.toString()));
}

void tst_MariaDb::tlsConnects()
{
    if (!m_tls) {
        if (qEnvironmentVariableIntValue("OBRESTORE_REQUIRE_MARIADB"))
            QFAIL("no certificates (openssl missing?)");
        QSKIP("no certificates (openssl missing?)");
    }
    ConnectionSettings s = settings();
    s.user = QStringLiteral("secure");
    s.tls = true;
    s.caFile = m_dir.path() + QStringLiteral("/ca.pem");
    // With the CA alone, and with a client certificate as well: the session really runs over TLS.
    for (bool clientCert : {false, true}) {
        if (clientCert) {
            s.certFile = m_dir.path() + QStringLiteral("/client.pem");
            s.keyFile = m_dir.path() + QStringLiteral("/client-key.pem");
        }
        Session session(s);
        ServerError e;
        const auto r = session.read(QStringLiteral("SHOW STATUS LIKE 'Ssl_version'"), {}, &e);
        QVERIFY2(r, qPrintable(e.toString()));
        QVERIFY2(r->rows.value(0).value(1).toString().startsWith(u"TLS"), qPrintable(r->rows.value(0).value(1).toString()));
    }
}

void tst_MariaDb::tlsRequiredByTheUser()
{
    if (!m_tls)
        QSKIP("no certificates");
    ConnectionSettings s = settings();
    s.user = QStringLiteral("secure");
    Session session(s);
    ServerError e;
    QVERIFY(!session.open(&e));
    QCOMPARE(e.kind, ServerError::Kind::AccessDenied);
    QCOMPARE(e.code, 1045);
}

void tst_MariaDb::tlsFileProblemsAreClear()
{
    ConnectionSettings s = settings();
    s.tls = true;
    ServerError e;
    // TLS without a CA file: refused before connecting (Qt 6.4's MySQL driver would silently not encrypt).
    QVERIFY(!Session(s).open(&e));
    QCOMPARE(e.kind, ServerError::Kind::Tls);
    QVERIFY2(e.explanation.contains(u"CA"), qPrintable(e.explanation));
    // A file that is not there.
    s.caFile = m_dir.path() + QStringLiteral("/missing-ca.pem");
    QVERIFY(!Session(s).open(&e));
    QCOMPARE(e.kind, ServerError::Kind::Tls);
    QVERIFY2(e.explanation.contains(QStringLiteral("missing-ca.pem")), qPrintable(e.explanation));
    // A certificate without its key.
    QFile ca(m_dir.path() + QStringLiteral("/some-ca.pem"));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.close();
    s.caFile = ca.fileName();
    s.certFile = m_dir.path() + QStringLiteral("/some-cert.pem");
    QVERIFY(!Session(s).open(&e));
    QCOMPARE(e.kind, ServerError::Kind::Tls);
}

// The server's certificate is checked against the CA given: another CA is refused (libmariadb verifies once a CA
// is set), so a man in the middle cannot pose as the sys tenant.
void tst_MariaDb::tlsWrongCaIsRefused()
{
    if (!m_tls)
        QSKIP("no certificates");
    ConnectionSettings s = settings();
    s.user = QStringLiteral("secure");
    s.tls = true;
    s.caFile = m_dir.path() + QStringLiteral("/other-ca.pem");
    Session session(s);
    ServerError e;
    QVERIFY(!session.open(&e));
    QCOMPARE(e.kind, ServerError::Kind::Tls);
    QCOMPARE(e.code, 2026);
    QVERIFY(!e.fix.isEmpty());
}

QTEST_GUILESS_MAIN(tst_MariaDb)
#include "tst_mariadb.moc"
