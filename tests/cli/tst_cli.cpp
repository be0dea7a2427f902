#include <QProcess>
#include <QtTest>

// Runs the real obrestore binary, as a support engineer or a script would.
class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help_data();
    void help();
    void misuseExitsWithTwo_data();
    void misuseExitsWithTwo();
    void helpFollowsChineseLocale();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &args, const QStringList &extraEnv = {});
};

tst_Cli::Result tst_Cli::run(const QStringList &args, const QStringList &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OBRESTORE_BIN_DIR "/obrestore"), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void tst_Cli::version()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^obrestore \d+\.\d+\.\d+\n$)")).match(r.out).hasMatch(), qPrintable(r.out));
}

void tst_Cli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
    QTest::newRow("help") << QStringList{QStringLiteral("help")};
}

void tst_Cli::help()
{
    QFETCH(QStringList, args);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Usage:") && r.out.contains(u"--version") && r.out.contains(u"OceanBase"), qPrintable(r.out));
}

void tst_Cli::misuseExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "No command given.";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "Unknown command \"frobnicate\".";
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
}

void tst_Cli::misuseExitsWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Usage:"), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::helpFollowsChineseLocale()
{
    const Result r = run({QStringLiteral("--help")}, {QStringLiteral("LANGUAGE=zh_CN"), QStringLiteral("LC_ALL=zh_CN.UTF-8"),
                                                       QStringLiteral("LANG=zh_CN.UTF-8")});
    QCOMPARE(r.exitCode, 0);
    // Our description and Qt's own option texts are both in Chinese.
    QVERIFY2(r.out.contains(QString::fromUtf8("备份路径")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QString::fromUtf8("显示")), qPrintable(r.out));
    const Result bad = run({QStringLiteral("frobnicate")}, {QStringLiteral("LANGUAGE=zh_CN"), QStringLiteral("LC_ALL=zh_CN.UTF-8")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QString::fromUtf8("未知命令")), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
