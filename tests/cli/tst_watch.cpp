// `obrestore watch` against obsim: the exit codes, the text output, the JSON lines, the password sources.
#include "../integration/obsimclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QtTest>

using namespace obrestore;
using namespace testsupport;

class tst_Watch : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    static Result watch(const QStringList &args, const QString &password = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OBRESTORE_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OBRESTORE_BIN_DIR "/obrestore"), QStringList{QStringLiteral("watch")} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // A simulator with restore job 1 of tenant t1 paused, so that it runs until the test resumes it.
    static std::unique_ptr<RestoreSim> pausedRestore()
    {
        auto s = startRestoreSim(ObVersion(4, 2, 3, 0), 30.0);
        if (!s || s->startRestore(QStringLiteral("t1")) != 0 || s->fault(QStringLiteral("OBSIM PAUSE RESTORE t1")) != 0)
            return nullptr;
        return s;
    }
    // `obrestore watch --port P --tenant t1 ARGS` started in `p`, with an empty password and no logging rules.
    static void startWatch(QProcess &p, quint16 port, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OBRESTORE_PASSWORD"), QString());
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OBRESTORE_BIN_DIR "/obrestore"),
                QStringList{QStringLiteral("watch"), QStringLiteral("--port"), QString::number(port), QStringLiteral("--tenant"), QStringLiteral("t1")} + args);
        p.closeWriteChannel();
    }

private Q_SLOTS:
    void success();
    void failure();
    void jsonLines();
    void noSuchRestore();
    void cannotConnect();
    void misuse_data();
    void misuse();
    void passwordFile();
    void onceWhileRunning();
    void goneForGood();
    void driverWarningsNeverReachStderr();
};

void tst_Watch::success()
{
    auto s = startRestoreSim(ObVersion(4, 2, 3, 0), 30.0);
    QVERIFY(s);
    QCOMPARE(s->startRestore(QStringLiteral("t1")), 0);
    const Result r = watch({QStringLiteral("--port"), QString::number(s->port()), QStringLiteral("--tenant"), QStringLiteral("t1"),
                            QStringLiteral("--interval"), QStringLiteral("0.2")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Restore job 1 of t1 succeeded.")));
    QVERIFY(r.out.contains(QStringLiteral("[########################] data 100.0%")) || r.out.contains(QStringLiteral("data 99.")));
    QVERIFY(r.out.contains(QStringLiteral("ALTER SYSTEM ACTIVATE STANDBY TENANT t1;\n")));
    QVERIFY(!r.out.contains(QStringLiteral(";;")));
}

void tst_Watch::failure()
{
    auto s = startRestoreSim(ObVersion(4, 2, 3, 0), 30.0);
    QVERIFY(s);
    QCOMPARE(s->startRestore(QStringLiteral("t1")), 0);
    QCOMPARE(s->fault(QStringLiteral("OBSIM FAIL RESTORE t1 AT 40 WITH -9094")), 0);
    const Result r = watch({QStringLiteral("--port"), QString::number(s->port()), QStringLiteral("--tenant"), QStringLiteral("t1"),
                            QStringLiteral("--interval"), QStringLiteral("0.2")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("Restore job 1 of t1 failed.")));
    QVERIFY(r.out.contains(QStringLiteral("A log stream could not be restored.")));
    QVERIFY(r.out.contains(QStringLiteral("OB_LS_RESTORE_FAILED (-9094), log stream 1001")));
    QVERIFY(r.out.contains(QStringLiteral("The resource pool(s) p1 remain")));
    // The final JSON sample carries the decoded cause and fix, as the text does (issue 15, item 9).
    const Result j = watch({QStringLiteral("--port"), QString::number(s->port()), QStringLiteral("--tenant"), QStringLiteral("t1"),
                            QStringLiteral("--json")});
    QCOMPARE(j.code, 1);
    const QJsonObject last = QJsonDocument::fromJson(j.out.split(u'\n', Qt::SkipEmptyParts).last().toUtf8()).object();
    QVERIFY2(last.value(QStringLiteral("cause")).toString().contains(QStringLiteral("A log stream could not be restored.")), qPrintable(j.out));
    QVERIFY(!last.value(QStringLiteral("fix")).toString().isEmpty());
    QCOMPARE(last.value(QStringLiteral("error_code")).toInt(), -9094);
}

void tst_Watch::jsonLines()
{
    auto s = startRestoreSim(ObVersion(4, 2, 3, 0), 30.0);
    QVERIFY(s);
    QCOMPARE(s->startRestore(QStringLiteral("t1")), 0);
    const Result r = watch({QStringLiteral("--port"), QString::number(s->port()), QStringLiteral("--tenant"), QStringLiteral("t1"),
                            QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    for (const QString &line : lines) {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(line.toUtf8(), &e);
        QVERIFY2(e.error == QJsonParseError::NoError && d.isObject(), qPrintable(line));
        QCOMPARE(d.object().value(QStringLiteral("tenant")).toString(), QStringLiteral("t1"));
        QCOMPARE(d.object().value(QStringLiteral("restore_scn")).toString(), kRestoreSimPoint);
    }
    const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    QCOMPARE(last.value(QStringLiteral("kind")).toString(), QStringLiteral("finished"));
    QCOMPARE(last.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(QJsonDocument::fromJson(lines.first().toUtf8()).object().value(QStringLiteral("kind")).toString(), QStringLiteral("running"));
}

void tst_Watch::noSuchRestore()
{
    auto s = startRestoreSim(ObVersion(4, 2, 3, 0), 30.0);
    QVERIFY(s);
    const Result r = watch({QStringLiteral("--port"), QString::number(s->port()), QStringLiteral("--tenant"), QStringLiteral("nobody")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(QStringLiteral("No restore of nobody is running")));
}

void tst_Watch::cannotConnect()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Result r = watch({QStringLiteral("--port"), QString::number(port), QStringLiteral("--tenant"), QStringLiteral("t1")});
    QCOMPARE(r.code, 4);
    QVERIFY(r.err.contains(QStringLiteral("The server cannot be reached.")));
    // A wrong password: refused, explained, and the password never printed.
    auto s = startRestoreSim(ObVersion(4, 2, 3, 0), 30.0);
    QVERIFY(s);
    const Result denied = watch({QStringLiteral("--port"), QString::number(s->port()), QStringLiteral("--user"), QStringLiteral("obsim_admin"),
                                 QStringLiteral("--tenant"), QStringLiteral("t1")},
                                QStringLiteral("wrong-secret"));
    QCOMPARE(denied.code, 4);
    QVERIFY(denied.err.contains(QStringLiteral("The user name or password was refused.")));
    QVERIFY(!(denied.out + denied.err).contains(QStringLiteral("wrong-secret")));
}

void tst_Watch::misuse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no tenant") << QStringList{QStringLiteral("--port"), QStringLiteral("2881")};
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("x"), QStringLiteral("--tenant"), QStringLiteral("t1")};
    // Issue 15, item 7: never wrapped to 16 bits (99999 used to become 34463).
    QTest::newRow("port 99999") << QStringList{QStringLiteral("--port"), QStringLiteral("99999"), QStringLiteral("--tenant"), QStringLiteral("t1")};
    QTest::newRow("port 65536") << QStringList{QStringLiteral("--port"), QStringLiteral("65536"), QStringLiteral("--tenant"), QStringLiteral("t1")};
    QTest::newRow("port 0") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tenant"), QStringLiteral("t1")};
    QTest::newRow("port +80") << QStringList{QStringLiteral("--port"), QStringLiteral("+80"), QStringLiteral("--tenant"), QStringLiteral("t1")};
    QTest::newRow("negative give-up") << QStringList{QStringLiteral("--give-up-after"), QStringLiteral("-1"), QStringLiteral("--tenant"), QStringLiteral("t1")};
    QTest::newRow("bad interval") << QStringList{QStringLiteral("--interval"), QStringLiteral("0"), QStringLiteral("--tenant"), QStringLiteral("t1")};
    QTest::newRow("bad job") << QStringList{QStringLiteral("--job"), QStringLiteral("-1"), QStringLiteral("--tenant"), QStringLiteral("t1")};
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--bogus")};
}

void tst_Watch::misuse()
{
    QFETCH(QStringList, args);
    const Result r = watch(args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

void tst_Watch::passwordFile()
{
    auto s = startRestoreSim(ObVersion(4, 2, 3, 0), 30.0);
    QVERIFY(s);
    QTemporaryFile f;
    QVERIFY(f.open());
    f.write("obsim\n");
    f.close();
    // The admin user's password from the file (the environment's is ignored then); no restore: exit 3, not 4.
    const Result r = watch({QStringLiteral("--port"), QString::number(s->port()), QStringLiteral("--user"), QStringLiteral("obsim_admin"),
                            QStringLiteral("--password-file"), f.fileName(), QStringLiteral("--tenant"), QStringLiteral("t1")},
                           QStringLiteral("wrong"));
    QCOMPARE(r.code, 3);
    const Result missing = watch({QStringLiteral("--password-file"), QStringLiteral("/nonexistent/pw"), QStringLiteral("--tenant"), QStringLiteral("t1")});
    QCOMPARE(missing.code, 2);
}

// Issue 15, item 7: --once on a restore that runs has its own exit status (5), not success's 0.
void tst_Watch::onceWhileRunning()
{
    auto s = pausedRestore();
    QVERIFY(s);
    const QStringList args{QStringLiteral("--port"), QString::number(s->port()), QStringLiteral("--tenant"), QStringLiteral("t1"), QStringLiteral("--once")};
    const Result r = watch(args);
    QVERIFY2(r.code == 5, qPrintable(QStringLiteral("%1: %2%3").arg(r.code).arg(r.out, r.err)));
    QVERIFY(r.out.contains(QStringLiteral("Job 1 of t1")));
    const Result j = watch(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(j.code, 5);
    QCOMPARE(QJsonDocument::fromJson(j.out.toUtf8()).object().value(QStringLiteral("kind")).toString(), QStringLiteral("running"));
}

// Issue 15, item 7: a cluster gone for good ends the watch after --give-up-after with exit 4 and the last known
// state; every sample while retrying says how long it has been retrying.
void tst_Watch::goneForGood()
{
    auto s = pausedRestore();
    QVERIFY(s);
    QProcess p;
    startWatch(p, s->port(), {QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--json"), QStringLiteral("--give-up-after"), QStringLiteral("3")});
    QVERIFY(p.waitForReadyRead(20000)); // a first sample
    QElapsedTimer clock;
    clock.start();
    s.reset(); // the server is gone, and stays gone
    QVERIFY2(p.waitForFinished(30000), "watch must give up in bounded time");
    QVERIFY2(clock.elapsed() < 25000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(p.exitCode(), 4);
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    QCOMPARE(last.value(QStringLiteral("kind")).toString(), QStringLiteral("gave_up"));
    QVERIFY(last.value(QStringLiteral("retrying_seconds")).toInt() >= 2);
    QCOMPARE(last.value(QStringLiteral("last_known")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("running"));
    QCOMPARE(last.value(QStringLiteral("last_known")).toObject().value(QStringLiteral("job_id")).toInt(), 1);
    bool sawRetrying = false;
    for (const QString &line : lines)
        sawRetrying |= QJsonDocument::fromJson(line.toUtf8()).object().contains(QStringLiteral("retrying_seconds"));
    QVERIFY(sawRetrying);
}

// Issue 26 item 11: the MySQL driver's "unable to free statement handle" (a prepared statement outliving a
// connection the server closed) and "Unable to set the client character set" went to the debug category, which Qt
// prints to stderr unless a rule turns it off: they reached watch's stderr in half the fault runs. The server drops
// every connection several times while the watch follows the job to its end: stderr says nothing of the driver.
void tst_Watch::driverWarningsNeverReachStderr()
{
    auto s = pausedRestore();
    QVERIFY(s);
    QProcess p;
    startWatch(p, s->port(), {QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--json")});
    // Each drop is made after a sample that followed the previous one, so every drop hits prepared statements.
    for (int drop = 0; drop < 4; ++drop) {
        QVERIFY(p.waitForReadyRead(20000));
        p.readAllStandardOutput();
        const int code = s->fault(QStringLiteral("OBSIM DROP CONNECTIONS"));
        QVERIFY2(code == 0 || code == 2013, qPrintable(QString::number(code))); // the admin connection goes too
        s->admin.reset();
        s->admin = openConnection(s->port(), QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
        QVERIFY(s->admin);
    }
    QVERIFY(p.waitForReadyRead(20000)); // it reconnected and sampled again
    QCOMPARE(s->fault(QStringLiteral("OBSIM RESUME RESTORE t1")), 0);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(!err.contains(QStringLiteral("statement handle")) && !err.contains(QStringLiteral("character set"))
                 && !err.contains(QStringLiteral("obrestore.sql")),
             qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_Watch)
#include "tst_watch.moc"
