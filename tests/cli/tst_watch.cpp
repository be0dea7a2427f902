// `obrestore watch` against obsim: the exit codes, the text output, the JSON lines, the password sources.
#include "../integration/obsimclient.h"

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

private Q_SLOTS:
    void success();
    void failure();
    void jsonLines();
    void noSuchRestore();
    void cannotConnect();
    void misuse_data();
    void misuse();
    void passwordFile();
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

QTEST_GUILESS_MAIN(tst_Watch)
#include "tst_watch.moc"
