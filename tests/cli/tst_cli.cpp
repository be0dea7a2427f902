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
    void sql_data();
    void sql();
    void sqlRefuses_data();
    void sqlRefuses();
    void secretsNeverShown_data();
    void secretsNeverShown();
    void decryptionOffTheCommandLine();

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

void tst_Cli::sql_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString from = QStringLiteral("--from=file:///b/data");
    QTest::newRow("4.x with decryption, masked")
        << QStringList{QStringLiteral("sql"), QStringLiteral("--tenant"), QStringLiteral("t1"), from, QStringLiteral("--from=file:///b/clog"),
                       QStringLiteral("--until-scn"), QStringLiteral("1709380800000000000"), QStringLiteral("--pool-list"), QStringLiteral("p1"),
                       QStringLiteral("--decryption"), QStringLiteral("s3cret")}
        << "SET DECRYPTION IDENTIFIED BY '******';\nALTER SYSTEM RESTORE t1 FROM 'file:///b/data,file:///b/clog' UNTIL SCN=1709380800000000000 WITH 'pool_list=p1';\n";
    QTest::newRow("--show-secrets")
        << QStringList{QStringLiteral("sql"), QStringLiteral("--tenant=t1"), from, QStringLiteral("--pool-list=p1"), QStringLiteral("--decryption=s3cret"),
                       QStringLiteral("--show-secrets")}
        << "SET DECRYPTION IDENTIFIED BY 's3cret';\nALTER SYSTEM RESTORE t1 FROM 'file:///b/data' WITH 'pool_list=p1';\n";
    QTest::newRow("3.x")
        << QStringList{QStringLiteral("sql"), QStringLiteral("--target-version=3.1.5"), QStringLiteral("--tenant=t1"), QStringLiteral("--source-tenant=trade"),
                       QStringLiteral("--backup-cluster-name=ob1"), QStringLiteral("--backup-cluster-id=1"), QStringLiteral("--from=file:///b"),
                       QStringLiteral("--until-time=2020-05-21 09:39:54"), QStringLiteral("--pool-list=p1")}
        << "ALTER SYSTEM RESTORE t1 FROM trade AT 'file:///b' UNTIL '2020-05-21 09:39:54' WITH 'backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1';\n";
    QTest::newRow("preview")
        << QStringList{QStringLiteral("sql"), QStringLiteral("--preview"), QStringLiteral("--target-version=4.2.3"), from,
                       QStringLiteral("--until-time=2024-03-04 08:00:00")}
        << "ALTER SYSTEM RESTORE FROM 'file:///b/data' UNTIL TIME='2024-03-04 08:00:00' PREVIEW;\nSHOW RESTORE PREVIEW;\n";
    QTest::newRow("cancel 4.3.3") << QStringList{QStringLiteral("sql"), QStringLiteral("--cancel"), QStringLiteral("--tenant=t1")}
                                  << "ALTER SYSTEM CANCEL RESTORE t1;\n";
    QTest::newRow("cancel 4.1") << QStringList{QStringLiteral("sql"), QStringLiteral("--cancel"), QStringLiteral("--tenant=t1"), QStringLiteral("--target-version=4.1.0")}
                                << "DROP TENANT t1 FORCE;\n";
    // Table-level recovery (contract: --recover-table, --to-tenant, --remap-…).
    QTest::newRow("recover table with remaps and decryption")
        << QStringList{QStringLiteral("sql"), QStringLiteral("--recover-table=app.orders,crm.*"), QStringLiteral("--to-tenant=mysql_tenant"), from,
                       QStringLiteral("--from=file:///b/clog"), QStringLiteral("--until-time=2024-03-02 08:00:00"), QStringLiteral("--pool-list=aux"),
                       QStringLiteral("--remap-table=app.orders:app.orders_restored"), QStringLiteral("--remap-table=crm.*:crm_old.*"),
                       QStringLiteral("--remap-tablegroup=tg1:tg2"), QStringLiteral("--remap-tablespace=ts1:ts2"), QStringLiteral("--decryption=s3cret"),
                       QStringLiteral("--description=orders dropped at 09:12")}
        << "SET DECRYPTION IDENTIFIED BY '******';\nALTER SYSTEM RECOVER TABLE app.orders, crm.* TO TENANT mysql_tenant FROM "
           "'file:///b/data,file:///b/clog' UNTIL TIME='2024-03-02 08:00:00' WITH 'pool_list=aux' REMAP TABLE "
           "app.orders:app.orders_restored,crm.*:crm_old.* REMAP TABLEGROUP tg1:tg2 REMAP TABLESPACE ts1:ts2 DESCRIPTION "
           "'orders dropped at 09:12';\n";
    QTest::newRow("recover everything on 4.2.1") << QStringList{QStringLiteral("sql"), QStringLiteral("--recover-table=*.*"), QStringLiteral("--to-tenant=t2"),
                                                                 from, QStringLiteral("--pool-list=aux"), QStringLiteral("--target-version=4.2.1.0")}
                                                  << "ALTER SYSTEM RECOVER TABLE *.* TO TENANT t2 FROM 'file:///b/data' WITH 'pool_list=aux';\n";
    QTest::newRow("cancel a recovery") << QStringList{QStringLiteral("sql"), QStringLiteral("--cancel"), QStringLiteral("--recover-table=*.*"), QStringLiteral("--to-tenant=t2")}
                                       << "ALTER SYSTEM CANCEL RECOVER TABLE t2;\n";
}

void tst_Cli::sql()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
    QVERIFY(r.err.isEmpty());
}

void tst_Cli::sqlRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QStringList base{QStringLiteral("sql"), QStringLiteral("--from=file:///b/data"), QStringLiteral("--pool-list=p1")};
    QTest::newRow("no tenant") << base << "tenant";
    QTest::newRow("bad tenant") << base + QStringList{QStringLiteral("--tenant=t1'--")} << "letters";
    QTest::newRow("option with space") << base + QStringList{QStringLiteral("--tenant=t1"), QStringLiteral("--locality=F@z1, F@z2")} << "space";
    QTest::newRow("uri with quote") << QStringList{QStringLiteral("sql"), QStringLiteral("--tenant=t1"), QStringLiteral("--from=file:///b'"), QStringLiteral("--pool-list=p1")} << "quote";
    QTest::newRow("negative scn") << base + QStringList{QStringLiteral("--tenant=t1"), QStringLiteral("--until-scn=-5")} << "SCN";
    QTest::newRow("words as scn") << base + QStringList{QStringLiteral("--tenant=t1"), QStringLiteral("--until-scn=latest")} << "SCN";
    QTest::newRow("bad time") << base + QStringList{QStringLiteral("--tenant=t1"), QStringLiteral("--until-time=yesterday")} << "YYYY";
    QTest::newRow("both points") << base + QStringList{QStringLiteral("--tenant=t1"), QStringLiteral("--until-time=2024-01-01 00:00:00"), QStringLiteral("--until-scn=5")} << "not both";
    QTest::newRow("description newline") << base + QStringList{QStringLiteral("--tenant=t1"), QStringLiteral("--description=a\nb")} << "single line";
    QTest::newRow("preview on 4.2.1") << base + QStringList{QStringLiteral("--preview"), QStringLiteral("--target-version=4.2.1.8"), QStringLiteral("--until-scn=5")} << "preview";
    QTest::newRow("unknown flag") << base + QStringList{QStringLiteral("--tenant=t1"), QStringLiteral("--frobnicate")} << "frobnicate";
    const QStringList recover = base + QStringList{QStringLiteral("--recover-table=app.orders")};
    QTest::newRow("recover without --to-tenant") << recover << "--to-tenant";
    QTest::newRow("recover with --tenant") << recover + QStringList{QStringLiteral("--to-tenant=t2"), QStringLiteral("--tenant=t1")} << "--tenant is not used";
    QTest::newRow("recover below 4.2.1") << recover + QStringList{QStringLiteral("--to-tenant=t2"), QStringLiteral("--target-version=4.2.0.0")} << "4.2.1";
    QTest::newRow("recover on 3.x") << recover + QStringList{QStringLiteral("--to-tenant=t2"), QStringLiteral("--target-version=3.1.5")} << "4.2.1";
    QTest::newRow("recover bad name") << base + QStringList{QStringLiteral("--recover-table=app.ord'ers"), QStringLiteral("--to-tenant=t2")} << "not a database or table name";
    QTest::newRow("recover overlap") << base + QStringList{QStringLiteral("--recover-table=app.*,app.t"), QStringLiteral("--to-tenant=t2")} << "overlap";
    QTest::newRow("recover bad remap") << recover + QStringList{QStringLiteral("--to-tenant=t2"), QStringLiteral("--remap-table=app.orders")} << "old:new";
    QTest::newRow("remap of another table") << recover + QStringList{QStringLiteral("--to-tenant=t2"), QStringLiteral("--remap-table=hr.t:hr.t2")} << "not being recovered";
    QTest::newRow("two auxiliary pools") << base + QStringList{QStringLiteral("--recover-table=app.t"), QStringLiteral("--to-tenant=t2"), QStringLiteral("--pool-list=p1,p2")} << "one resource pool";
    QTest::newRow("remap without recover") << base + QStringList{QStringLiteral("--tenant=t1"), QStringLiteral("--remap-table=a.b:a.c")} << "--recover-table";
    QTest::newRow("recover with --quick") << recover + QStringList{QStringLiteral("--to-tenant=t2"), QStringLiteral("--quick")} << "--quick";
}

void tst_Cli::sqlRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1); // a one-line reason
}

// Issue 15, item 5: a secret is masked whole whatever it holds, in every output of every command, in the forms
// OceanBase takes and in those it does not (which are refused, masked too). The secret's two ends are distinctive
// words, so that a leaked head or tail is caught.
void tst_Cli::secretsNeverShown_data()
{
    QTest::addColumn<QString>("secret");
    const QStringList middles{QStringLiteral(" "), QStringLiteral(";"), QStringLiteral("'"), QStringLiteral(","),
                              QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("="), QStringLiteral("+"),
                              QStringLiteral("%20"), QStringLiteral("#"), QStringLiteral("?"), QStringLiteral("/"),
                              QStringLiteral("@"), QStringLiteral(":"), QStringLiteral("秘密"), QStringLiteral("`"),
                              QStringLiteral("$("), QStringLiteral("*")};
    for (const QString &m : middles)
        QTest::newRow(qPrintable(QStringLiteral("middle [%1]").arg(m))) << QStringLiteral("Zqv9%1Xkw7").arg(m);
}

void tst_Cli::secretsNeverShown()
{
    QFETCH(QString, secret);
    const QString host = QStringLiteral("host=http://127.0.0.1:1&access_id=AKID");
    const QStringList locations{
        QStringLiteral("s3://bkt/backup?%1&access_key=%2&s3_region=us-east-1").arg(host, secret),
        QStringLiteral("oss://bkt/backup?%1&access_key=%2").arg(host, secret),
        QStringLiteral("s3://bkt/backup?%1&access_key =%2").arg(host, secret),   // not a form OceanBase reads
        QStringLiteral("s3://bkt/backup?%1&ACCESS_KEY=%2").arg(host, secret),
        QStringLiteral("oss://AKID:%1@bkt/backup?host=h").arg(secret),            // not a form OceanBase takes
    };
    const QStringList env{QStringLiteral("OBRESTORE_STORAGE_ATTEMPTS=1"), QStringLiteral("OBRESTORE_STORAGE_TIMEOUT=2")};
    for (const QString &location : locations) {
        const QList<QStringList> commands{
            {QStringLiteral("sql"), QStringLiteral("--tenant"), QStringLiteral("t1"), QStringLiteral("--pool-list"),
             QStringLiteral("p1"), QStringLiteral("--from"), location},
            {QStringLiteral("sql"), QStringLiteral("--tenant"), QStringLiteral("t1"), QStringLiteral("--pool-list"),
             QStringLiteral("p1"), QStringLiteral("--from"), location, QStringLiteral("--preview"), QStringLiteral("--until-scn"),
             QStringLiteral("1709380800000000000")},
            {QStringLiteral("sql"), QStringLiteral("--tenant"), QStringLiteral("t1"), QStringLiteral("--pool-list"),
             QStringLiteral("p1"), QStringLiteral("--from"), QStringLiteral("file:///b/data"), QStringLiteral("--key-from"), location},
            {QStringLiteral("inspect"), location},
            {QStringLiteral("inspect"), QStringLiteral("--json"), location},
            {QStringLiteral("inspect"), QStringLiteral("--json"), location, QStringLiteral("--until-scn"), QStringLiteral("1709380800000000000")},
        };
        for (const QStringList &args : commands) {
            const Result r = run(args, env);
            QVERIFY2(r.exitCode >= 0, qPrintable(args.join(u' ')));
            for (const QString *text : {&r.out, &r.err}) {
                QVERIFY2(!text->contains(u"Zqv9") && !text->contains(u"Xkw7"),
                         qPrintable(QStringLiteral("%1\n→ %2").arg(args.join(u' '), *text)));
            }
        }
    }
}

// --decryption puts the password where ps and the shell history see it: a file, the environment or a prompt
// give the same statement (issue 16).
void tst_Cli::decryptionOffTheCommandLine()
{
    const QStringList base{QStringLiteral("sql"), QStringLiteral("--tenant=t1"), QStringLiteral("--from=file:///b/data"),
                           QStringLiteral("--pool-list=p1"), QStringLiteral("--show-secrets")};
    const QString expected = QStringLiteral("SET DECRYPTION IDENTIFIED BY 'full-pw', 'inc-pw';\n");
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("pw")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("full-pw\r\ninc-pw\n\n");
    f.close();
    Result r = run(base + QStringList{QStringLiteral("--decryption-file"), f.fileName()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(expected), qPrintable(r.out));
    r = run(base, {QStringLiteral("OBRESTORE_DECRYPTION=full-pw\ninc-pw")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(expected), qPrintable(r.out));
    // The flag still works, after what the file and the environment give; a password given twice is sent once.
    r = run(base + QStringList{QStringLiteral("--decryption=inc-pw")}, {QStringLiteral("OBRESTORE_DECRYPTION=full-pw")});
    QVERIFY2(r.out.startsWith(expected), qPrintable(r.out));
    // Unreadable file, and a prompt without a terminal (the test's stdin is not one): misuse, with the reason.
    r = run(base + QStringList{QStringLiteral("--decryption-file"), dir.filePath(QStringLiteral("missing"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Cannot read the decryption password file"), qPrintable(r.err));
    r = run(base + QStringList{QStringLiteral("--decryption-prompt")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--decryption-prompt needs a terminal"), qPrintable(r.err));
    // inspect takes the same three.
    r = run({QStringLiteral("inspect"), QStringLiteral("--help")});
    QVERIFY(r.out.contains(u"--decryption-file") && r.out.contains(u"--decryption-prompt"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
