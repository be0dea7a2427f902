// `obrestore inspect` against an endpoint that answers badly on purpose (issue 26, items 5–7; docs/hostile-input.md
// §7): every scan ends, bounded in requests, time and memory, with a STORAGE_* finding that says what the endpoint
// answered, or the limit's own code with the figure reached. The server is the test's own (hostileserver.h), on a
// loopback port it owns.
#include "hostileserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sys/resource.h>

using Mode = HostileServer::Mode;
Q_DECLARE_METATYPE(HostileServer::Mode)

class tst_Hostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundedWhateverTheServerSends_data();
    void boundedWhateverTheServerSends();
    void deadlineEndsTheScan();

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject report;
        QString err;
        qint64 ms = 0;
    };
    static Run inspect(quint16 port, const QStringList &extraArgs = {}, const QStringList &env = {});
};

tst_Hostile::Run tst_Hostile::inspect(quint16 port, const QStringList &extraArgs, const QStringList &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OBRESTORE_STORAGE_TIMEOUT"), QStringLiteral("20"));
    for (const QString &kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    const QString uri = QStringLiteral("s3://bkt/p?host=http://127.0.0.1:%1&access_id=AK&access_key=SK&s3_region=us-east-1").arg(port);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(OBRESTORE_BIN_DIR "/obrestore"), QStringList{QStringLiteral("inspect"), uri, QStringLiteral("--json")} + extraArgs);
    Run r;
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ms = t.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void tst_Hostile::boundedWhateverTheServerSends_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says"); // in the finding's message
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<qint64>("maxRequests"); // the server's count, at most
    const QStringList none;
    QTest::newRow("same token") << Mode::SameToken << "STORAGE_PROTOCOL_ERROR" << "repeated a continuation token" << none << qint64(10);
    QTest::newRow("cycling tokens") << Mode::CycleTokens << "STORAGE_PROTOCOL_ERROR" << "repeated a continuation token" << none << qint64(10);
    QTest::newRow("ever-new tokens") << Mode::NewTokens << "LISTING_TOO_LONG" << "after 1000 page(s)" << none << qint64(1010);
    QTest::newRow("40 folders per level") << Mode::Fanout << "SCAN_FOLDER_LIMIT" << "after 300 folders"
                                          << QStringList{QStringLiteral("OBRESTORE_SCAN_MAX_FOLDERS=300")} << qint64(320);
    QTest::newRow("request budget") << Mode::Fanout << "SCAN_REQUEST_LIMIT" << "after 200 requests"
                                    << QStringList{QStringLiteral("OBRESTORE_SCAN_MAX_REQUESTS=200")} << qint64(200);
    QTest::newRow("endless 200 body") << Mode::Endless200 << "STORAGE_PROTOCOL_ERROR" << "larger than 8 MiB" << none << qint64(10);
    QTest::newRow("endless 403 body") << Mode::Endless403 << "STORAGE_ACCESS_DENIED" << "AccessDenied" << none << qint64(10);
    QTest::newRow("random bytes") << Mode::RandomBytes << "STORAGE_PROTOCOL_ERROR" << "not" << none << qint64(10);
    QTest::newRow("html") << Mode::Html << "STORAGE_PROTOCOL_ERROR" << "text/html" << none << qint64(10);
    QTest::newRow("json") << Mode::Json << "STORAGE_PROTOCOL_ERROR" << "application/json" << none << qint64(10);
    QTest::newRow("empty body") << Mode::EmptyBody << "STORAGE_PROTOCOL_ERROR" << "empty body" << none << qint64(10);
    QTest::newRow("malformed XML") << Mode::MalformedXml << "STORAGE_PROTOCOL_ERROR" << "not valid XML" << none << qint64(10);
    QTest::newRow("entity bomb") << Mode::EntityBomb << "STORAGE_PROTOCOL_ERROR" << "not valid XML" << none << qint64(10);
    QTest::newRow("control-character reference") << Mode::ControlRef << "STORAGE_PROTOCOL_ERROR" << "not valid XML" << none << qint64(10);
    QTest::newRow("302") << Mode::Redirect302 << "STORAGE_PROTOCOL_ERROR" << "redirect (HTTP 302) to http://login.example/portal" << none << qint64(10);
    QTest::newRow("303") << Mode::Redirect303 << "STORAGE_PROTOCOL_ERROR" << "redirect (HTTP 303)" << none << qint64(10);
    QTest::newRow("308") << Mode::Redirect308 << "STORAGE_PROTOCOL_ERROR" << "redirect (HTTP 308)" << none << qint64(10);
    QTest::newRow("80 MiB metadata object") << Mode::BigObject << "CORRUPT_METADATA" << "larger than" << none << qint64(20);
}

// Each answer ends the scan quickly, within its bounds, with the finding that names what the endpoint did; the
// scan's peak memory stays under DESIGN.md's 200 MB whatever the server sends.
void tst_Hostile::boundedWhateverTheServerSends()
{
    QFETCH(Mode, mode);
    QFETCH(QString, code);
    QFETCH(QString, says);
    QFETCH(QStringList, env);
    QFETCH(qint64, maxRequests);
    HostileServer server(mode);
    const Run r = inspect(server.port(), {}, env);
    QVERIFY2(r.exitCode == 3, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QStringList codes;
    QString message;
    for (const QJsonValue &d : r.report.value(u"diagnostics").toArray()) {
        codes << d.toObject().value(u"code").toString();
        if (codes.last() == code)
            message = d.toObject().value(u"message").toString();
    }
    QVERIFY2(codes.contains(code), qPrintable(codes.join(u' ')));
    QVERIFY2(message.contains(says), qPrintable(message));
    // Never the advice for a disk, never "no format file" for an endpoint that is not object storage.
    QVERIFY2(!codes.contains(QStringLiteral("PERMISSION_DENIED")) && !codes.contains(QStringLiteral("NO_FORMAT_FILE"))
                 && !codes.contains(QStringLiteral("PATH_NOT_FOUND")),
             qPrintable(codes.join(u' ')));
    QVERIFY2(server.requests() <= maxRequests, qPrintable(QString::number(server.requests())));
    // An 80 MiB object is cut at the metadata limit (64 MiB), an endless body at 8 MiB or 16 KiB: never gigabytes.
    QVERIFY2(server.bytesSent() < (200ll << 20), qPrintable(QString::number(server.bytesSent())));
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage); // the largest child so far: every scan of this test stays under the bound
    QVERIFY2(usage.ru_maxrss < 200 * 1024, qPrintable(QStringLiteral("%1 KiB").arg(usage.ru_maxrss)));
    qInfo("%s: %lld request(s), %lld ms, peak %ld KiB", qPrintable(code), server.requests(), r.ms, usage.ru_maxrss);
}

// An overall deadline (--timeout) ends a scan of a slow endless tree with what it has.
void tst_Hostile::deadlineEndsTheScan()
{
    HostileServer server(Mode::SlowFanout);
    const Run r = inspect(server.port(), {QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 3);
    QStringList codes;
    for (const QJsonValue &d : r.report.value(u"diagnostics").toArray())
        codes << d.toObject().value(u"code").toString();
    // Without the deadline this scan would list 20,000 slow folders: SCAN_TIMEOUT is what ended it.
    QVERIFY2(codes.contains(QStringLiteral("SCAN_TIMEOUT")), qPrintable(codes.join(u' ')));
    QVERIFY2(!codes.contains(QStringLiteral("SCAN_FOLDER_LIMIT")), qPrintable(codes.join(u' ')));
}

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
