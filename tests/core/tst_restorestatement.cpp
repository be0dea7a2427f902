#include "cluster/restorestatement.h"

#include <QtTest>

#include <functional>

using namespace obrestore;

namespace {

struct Row
{
    QString name;
    RestoreRequest request;
    QStringList expected; // display form, one statement per entry; empty = refused
    QString error;        // a word the refusal must contain
    QStringList sql;      // the form sent to the server, when it differs from `expected`
};

const QString kData = QStringLiteral("file:///backup/t1002/data");
const QString kClog = QStringLiteral("file:///backup/t1002/clog");

RestoreRequest base()
{
    RestoreRequest r;
    r.targetVersion = ObVersion(4, 2, 3, 0);
    r.tenantName = QStringLiteral("t1");
    r.uris = {kData, kClog};
    r.until = RestoreRequest::Until::Scn;
    r.untilScn = 1709380800000000000ull;
    r.poolList = {QStringLiteral("p1")};
    return r;
}

const QString kFrom = QStringLiteral("ALTER SYSTEM RESTORE t1 FROM 'file:///backup/t1002/data,file:///backup/t1002/clog'");

QList<Row> rows()
{
    QList<Row> out;
    auto ok = [&](const char *name, std::function<void(RestoreRequest &)> edit, QStringList expected, QStringList sql = {}) {
        RestoreRequest r = base();
        edit(r);
        out.append({QString::fromUtf8(name), r, expected, QString(), sql});
    };
    auto refused = [&](const char *name, std::function<void(RestoreRequest &)> edit, const char *error) {
        RestoreRequest r = base();
        edit(r);
        out.append({QString::fromUtf8(name), r, {}, QString::fromUtf8(error), {}});
    };
    const QString scn = QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1';");
    // Restore points (ob-restore-sql.md §1.1, §1.3).
    ok("until scn", [](RestoreRequest &) {}, {kFrom + scn});
    ok("until time", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-03-02 08:00:00"); },
       {kFrom + QStringLiteral(" UNTIL TIME='2024-03-02 08:00:00' WITH 'pool_list=p1';")});
    ok("until time with micros", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-03-02 08:00:00.123456"); },
       {kFrom + QStringLiteral(" UNTIL TIME='2024-03-02 08:00:00.123456' WITH 'pool_list=p1';")});
    ok("until time one fraction digit", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-03-02 08:00:00.5"); },
       {kFrom + QStringLiteral(" UNTIL TIME='2024-03-02 08:00:00.5' WITH 'pool_list=p1';")});
    ok("latest", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Latest; }, {kFrom + QStringLiteral(" WITH 'pool_list=p1';")});
    ok("scn 2", [](RestoreRequest &r) { r.untilScn = 2; }, {kFrom + QStringLiteral(" UNTIL SCN=2 WITH 'pool_list=p1';")});
    ok("max scn - 1", [](RestoreRequest &r) { r.untilScn = (quint64(1) << 62) - 2; }, {kFrom + QStringLiteral(" UNTIL SCN=4611686018427387902 WITH 'pool_list=p1';")});
    refused("scn 0", [](RestoreRequest &r) { r.untilScn = 0; }, "out of range");
    refused("scn 1", [](RestoreRequest &r) { r.untilScn = 1; }, "out of range");
    refused("scn max", [](RestoreRequest &r) { r.untilScn = (quint64(1) << 62) - 1; }, "out of range");
    refused("time without seconds", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-03-02 08:00"); }, "YYYY-MM-DD");
    refused("time with T", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-03-02T08:00:00"); }, "YYYY-MM-DD");
    refused("time seven digits", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-03-02 08:00:00.1234567"); }, "YYYY-MM-DD");
    refused("time feb 30", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-02-30 08:00:00"); }, "YYYY-MM-DD");
    refused("time injection", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-03-02 08:00:00' OR '1"); }, "YYYY-MM-DD");
    // Options in the order pool_list, primary_zone, locality, concurrency (§1.2).
    ok("all options", [](RestoreRequest &r) {
        r.poolList = {QStringLiteral("p1"), QStringLiteral("p2")};
        r.primaryZone = QStringLiteral("z1;z2,z3");
        r.locality = QStringLiteral("F@z1,F@z2,F@z3");
        r.concurrency = 50;
    }, {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1,p2&primary_zone=z1;z2,z3&locality=F@z1,F@z2,F@z3&concurrency=50';")});
    ok("primary zone RANDOM", [](RestoreRequest &r) { r.primaryZone = QStringLiteral("RANDOM"); },
       {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1&primary_zone=RANDOM';")});
    ok("locality with braces", [](RestoreRequest &r) { r.locality = QStringLiteral("FULL{1}@z1,READONLY{1}@z2"); },
       {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1&locality=FULL{1}@z1,READONLY{1}@z2';")});
    ok("concurrency 0", [](RestoreRequest &r) { r.concurrency = 0; }, {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1&concurrency=0';")});
    ok("concurrency 100", [](RestoreRequest &r) { r.concurrency = 100; }, {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1&concurrency=100';")});
    refused("concurrency 101", [](RestoreRequest &r) { r.concurrency = 101; }, "between 0 and 100");
    refused("concurrency -1", [](RestoreRequest &r) { r.concurrency = -1; }, "between 0 and 100");
    refused("concurrency on 4.0", [](RestoreRequest &r) { r.targetVersion = ObVersion(4, 0); r.concurrency = 5; }, "4.1");
    refused("no pool", [](RestoreRequest &r) { r.poolList.clear(); }, "pool");
    refused("pool with quote", [](RestoreRequest &r) { r.poolList = {QStringLiteral("p1'")}; }, "letters, digits");
    refused("pool with ampersand", [](RestoreRequest &r) { r.poolList = {QStringLiteral("p1&locality=x")}; }, "letters, digits");
    refused("pool with space", [](RestoreRequest &r) { r.poolList = {QStringLiteral("p 1")}; }, "letters, digits");
    refused("pool non-ascii", [](RestoreRequest &r) { r.poolList = {QStringLiteral(u"池子")}; }, "letters, digits");
    refused("primary zone with space", [](RestoreRequest &r) { r.primaryZone = QStringLiteral("z1; z2"); }, "space");
    // Whole values: '$' would match before a final newline; every validator anchors at the very end (\z).
    refused("tenant with trailing newline", [](RestoreRequest &r) { r.tenantName = QStringLiteral("t1\n"); }, "letters, digits");
    refused("pool with trailing newline", [](RestoreRequest &r) { r.poolList = {QStringLiteral("p1\n")}; }, "letters, digits");
    refused("primary zone with trailing newline", [](RestoreRequest &r) { r.primaryZone = QStringLiteral("zone1\n"); }, "special character");
    refused("locality with trailing newline", [](RestoreRequest &r) { r.locality = QStringLiteral("F@zone1\n"); }, "special character");
    refused("time with trailing newline", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-03-02 08:00:00\n"); }, "YYYY-MM-DD");
    refused("time with Arabic-Indic digits", [](RestoreRequest &r) { r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral(u"٢٠٢٤-03-02 08:00:00"); }, "YYYY-MM-DD");
    refused("description with U+2028", [](RestoreRequest &r) { r.description = QStringLiteral(u"a\u2028b"); }, "single line");
    refused("description with U+2029", [](RestoreRequest &r) { r.description = QStringLiteral(u"a\u2029b"); }, "single line");
    refused("description with U+0085", [](RestoreRequest &r) { r.description = QStringLiteral(u"a\u0085b"); }, "single line");
    refused("3.x source tenant with trailing newline", [](RestoreRequest &r) { r.targetVersion = ObVersion(3, 1, 5); r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-03-02 08:00:00"); r.sourceTenant = QStringLiteral("src\n"); r.backupClusterName = QStringLiteral("obcluster"); r.backupClusterId = 1; }, "letters, digits");
    refused("3.x cluster name with trailing newline", [](RestoreRequest &r) { r.targetVersion = ObVersion(3, 1, 5); r.until = RestoreRequest::Until::Time; r.untilTime = QStringLiteral("2024-03-02 08:00:00"); r.sourceTenant = QStringLiteral("src"); r.backupClusterName = QStringLiteral("obcluster\n"); r.backupClusterId = 1; }, "special character");
    refused("primary zone with equals", [](RestoreRequest &r) { r.primaryZone = QStringLiteral("z1=1"); }, "'='");
    refused("locality with ampersand", [](RestoreRequest &r) { r.locality = QStringLiteral("F@z1&pool_list=other"); }, "'&'");
    refused("locality with quote", [](RestoreRequest &r) { r.locality = QStringLiteral("F@z1'"); }, "quote");
    refused("locality with comment", [](RestoreRequest &r) { r.locality = QStringLiteral("F@z1/*x*/"); }, "special");
    refused("locality with newline", [](RestoreRequest &r) { r.locality = QStringLiteral("F@z1\nF@z2"); }, "special");
    // Tenant names.
    ok("tenant with underscore", [](RestoreRequest &r) { r.tenantName = QStringLiteral("_mysql_restored_2"); },
       {QStringLiteral("ALTER SYSTEM RESTORE _mysql_restored_2 FROM 'file:///backup/t1002/data,file:///backup/t1002/clog'") + scn});
    ok("tenant of 64 characters", [](RestoreRequest &r) { r.tenantName = QString(64, u'a'); },
       {QStringLiteral("ALTER SYSTEM RESTORE %1 FROM 'file:///backup/t1002/data,file:///backup/t1002/clog'").arg(QString(64, u'a')) + scn});
    refused("tenant of 65 characters", [](RestoreRequest &r) { r.tenantName = QString(65, u'a'); }, "64");
    refused("empty tenant", [](RestoreRequest &r) { r.tenantName.clear(); }, "name");
    refused("tenant with backtick", [](RestoreRequest &r) { r.tenantName = QStringLiteral("t`1"); }, "letters, digits");
    refused("tenant with semicolon", [](RestoreRequest &r) { r.tenantName = QStringLiteral("t1; DROP TENANT sys"); }, "letters, digits");
    refused("tenant with comment", [](RestoreRequest &r) { r.tenantName = QStringLiteral("t1--"); }, "letters, digits");
    refused("tenant starting with digit", [](RestoreRequest &r) { r.tenantName = QStringLiteral("1t"); }, "digit");
    refused("tenant non-ascii", [](RestoreRequest &r) { r.tenantName = QStringLiteral(u"租户"); }, "letters, digits");
    refused("tenant sys", [](RestoreRequest &r) { r.tenantName = QStringLiteral("sys"); }, "reserved");
    refused("tenant all_user", [](RestoreRequest &r) { r.tenantName = QStringLiteral("ALL_USER"); }, "reserved");
    refused("tenant META$", [](RestoreRequest &r) { r.tenantName = QStringLiteral("META$1002"); }, "letters, digits");
    // URIs.
    ok("one uri", [](RestoreRequest &r) { r.uris = {kData}; },
       {QStringLiteral("ALTER SYSTEM RESTORE t1 FROM 'file:///backup/t1002/data'") + scn});
    ok("object storage uri masked", [](RestoreRequest &r) { r.uris = {QStringLiteral("oss://b/d?host=h&access_id=AK&access_key=SK")}; },
       {QStringLiteral("ALTER SYSTEM RESTORE t1 FROM 'oss://b/d?host=h&access_id=AK&access_key=******'") + scn},
       {QStringLiteral("ALTER SYSTEM RESTORE t1 FROM 'oss://b/d?host=h&access_id=AK&access_key=SK'") + scn});
    ok("cos uri with appid", [](RestoreRequest &r) { r.uris = {QStringLiteral("cos://b/d?host=h&access_id=a&access_key=k&appid=1")}; },
       {QStringLiteral("ALTER SYSTEM RESTORE t1 FROM 'cos://b/d?host=h&access_id=a&access_key=******&appid=1'") + scn},
       {QStringLiteral("ALTER SYSTEM RESTORE t1 FROM 'cos://b/d?host=h&access_id=a&access_key=k&appid=1'") + scn});
    refused("no uri", [](RestoreRequest &r) { r.uris.clear(); }, "location");
    refused("uri with quote", [](RestoreRequest &r) { r.uris = {QStringLiteral("file:///x'; DROP TENANT sys; --")}; }, "quote");
    refused("uri with double quote", [](RestoreRequest &r) { r.uris = {QStringLiteral("file:///x\"")}; }, "quote");
    refused("uri with newline", [](RestoreRequest &r) { r.uris = {QStringLiteral("file:///x\n")}; }, "control");
    refused("uri with backslash", [](RestoreRequest &r) { r.uris = {QStringLiteral("file:///x\\")}; }, "backslash");
    refused("uri with comma", [](RestoreRequest &r) { r.uris = {QStringLiteral("file:///a,b")}; }, "comma");
    refused("uri without scheme", [](RestoreRequest &r) { r.uris = {QStringLiteral("/backup/data")}; }, "file://");
    refused("uri ftp", [](RestoreRequest &r) { r.uris = {QStringLiteral("ftp://x/y")}; }, "file://");
    // Passwords: any character, escaped; masked everywhere but the server.
    ok("one password", [](RestoreRequest &r) { r.decryptionPasswords = {QStringLiteral("pw")}; },
       {QStringLiteral("SET DECRYPTION IDENTIFIED BY '******';"), kFrom + scn},
       {QStringLiteral("SET DECRYPTION IDENTIFIED BY 'pw';"), kFrom + scn});
    ok("two passwords", [](RestoreRequest &r) { r.decryptionPasswords = {QStringLiteral("full"), QStringLiteral("inc")}; },
       {QStringLiteral("SET DECRYPTION IDENTIFIED BY '******', '******';"), kFrom + scn},
       {QStringLiteral("SET DECRYPTION IDENTIFIED BY 'full', 'inc';"), kFrom + scn});
    ok("password with quotes and backslash", [](RestoreRequest &r) { r.decryptionPasswords = {QStringLiteral("a'b\"c\\d")}; },
       {QStringLiteral("SET DECRYPTION IDENTIFIED BY '******';"), kFrom + scn},
       {QStringLiteral("SET DECRYPTION IDENTIFIED BY 'a''b\"c\\\\d';"), kFrom + scn});
    ok("password with newline and CJK", [](RestoreRequest &r) { r.decryptionPasswords = {QStringLiteral(u"密码\n2")}; },
       {QStringLiteral("SET DECRYPTION IDENTIFIED BY '******';"), kFrom + scn},
       {QStringLiteral(u"SET DECRYPTION IDENTIFIED BY '密码\\n2';"), kFrom + scn});
    // DESCRIPTION: free text, escaped; a newline is refused.
    ok("description chinese", [](RestoreRequest &r) { r.description = QStringLiteral(u"季度恢复演练"); },
       {kFrom + QStringLiteral(u" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1' DESCRIPTION '季度恢复演练';")});
    ok("description with quote", [](RestoreRequest &r) { r.description = QStringLiteral("it's a drill"); },
       {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1' DESCRIPTION 'it''s a drill';")});
    refused("description with newline", [](RestoreRequest &r) { r.description = QStringLiteral("a\nb"); }, "single line");
    // Versions and the 3.x dialect (§1.9).
    ok("4.0 target", [](RestoreRequest &r) { r.targetVersion = ObVersion(4, 0); }, {kFrom + scn});
    ok("4.3.3 target", [](RestoreRequest &r) { r.targetVersion = ObVersion(4, 3, 3); }, {kFrom + scn});
    auto v3 = [](RestoreRequest &r) {
        r.targetVersion = ObVersion(3, 1, 5);
        r.uris = {QStringLiteral("file:///data/nfs/physical_backup_test/20200520")};
        r.sourceTenant = QStringLiteral("trade");
        r.backupClusterName = QStringLiteral("ob20daily.backup");
        r.backupClusterId = 1;
        r.until = RestoreRequest::Until::Time;
        r.untilTime = QStringLiteral("2020-05-21 09:39:54.071670");
        r.tenantName = QStringLiteral("restored_trade");
        r.poolList = {QStringLiteral("restore_pool")};
    };
    ok("3.x documented example", v3, {QStringLiteral("ALTER SYSTEM RESTORE restored_trade FROM trade AT 'file:///data/nfs/physical_backup_test/20200520' "
                                                     "UNTIL '2020-05-21 09:39:54.071670' WITH 'backup_cluster_name=ob20daily.backup&backup_cluster_id=1&pool_list=restore_pool';")});
    ok("3.x with locality and decryption", [&](RestoreRequest &r) { v3(r); r.locality = QStringLiteral("F@z1"); r.decryptionPasswords = {QStringLiteral("x")}; },
       {QStringLiteral("SET DECRYPTION IDENTIFIED BY '******';"),
        QStringLiteral("ALTER SYSTEM RESTORE restored_trade FROM trade AT 'file:///data/nfs/physical_backup_test/20200520' "
                       "UNTIL '2020-05-21 09:39:54.071670' WITH 'backup_cluster_name=ob20daily.backup&backup_cluster_id=1&pool_list=restore_pool&locality=F@z1';")},
       {QStringLiteral("SET DECRYPTION IDENTIFIED BY 'x';"),
        QStringLiteral("ALTER SYSTEM RESTORE restored_trade FROM trade AT 'file:///data/nfs/physical_backup_test/20200520' "
                       "UNTIL '2020-05-21 09:39:54.071670' WITH 'backup_cluster_name=ob20daily.backup&backup_cluster_id=1&pool_list=restore_pool&locality=F@z1';")});
    refused("3.x without source tenant", [&](RestoreRequest &r) { v3(r); r.sourceTenant.clear(); }, "source tenant");
    refused("3.x without cluster id", [&](RestoreRequest &r) { v3(r); r.backupClusterId = 0; }, "cluster id");
    refused("3.x cluster name with ampersand", [&](RestoreRequest &r) { v3(r); r.backupClusterName = QStringLiteral("a&b"); }, "'&'");
    refused("3.x until scn", [&](RestoreRequest &r) { v3(r); r.until = RestoreRequest::Until::Scn; r.untilScn = 5; }, "restore time");
    refused("3.x latest", [&](RestoreRequest &r) { v3(r); r.until = RestoreRequest::Until::Latest; }, "restore time");
    refused("3.x two uris", [&](RestoreRequest &r) { v3(r); r.uris << QStringLiteral("file:///other"); }, "one cluster-level");
    refused("3.x concurrency", [&](RestoreRequest &r) { v3(r); r.concurrency = 1; }, "4.1");
    refused("3.x description", [&](RestoreRequest &r) { v3(r); r.description = QStringLiteral("x"); }, "DESCRIPTION");
    refused("unknown target version", [](RestoreRequest &r) { r.targetVersion = ObVersion(); }, "version");
    // Restore options (ob-restore-sql.md §1.1, §1.2, §1.4): quick restore 4.3.3+, KEY FROM 4.2.1+, KMS on 4.x.
    ok("quick restore on 4.3.3", [](RestoreRequest &r) { r.targetVersion = ObVersion(4, 3, 3, 0); r.quick = true; },
       {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1&method=quick';")});
    refused("quick restore on 4.3.2", [](RestoreRequest &r) { r.targetVersion = ObVersion(4, 3, 2, 0); r.quick = true; }, "4.3.3");
    refused("quick restore on 4.2.3", [](RestoreRequest &r) { r.quick = true; }, "4.3.3");
    ok("key from with password",
       [](RestoreRequest &r) { r.keyFromUri = QStringLiteral("file:///backup/keys"); r.keyPassword = QStringLiteral("k'ey"); },
       {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1' WITH KEY FROM 'file:///backup/keys' ENCRYPTED BY '******';")},
       {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1' WITH KEY FROM 'file:///backup/keys' ENCRYPTED BY 'k''ey';")});
    ok("key from on object storage masks its key",
       [](RestoreRequest &r) { r.keyFromUri = QStringLiteral("oss://b/keys?host=h&access_id=AK&access_key=SECRETKEY"); r.description = QStringLiteral("d"); },
       {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1' WITH KEY FROM 'oss://b/keys?host=h&access_id=AK&access_key=******' DESCRIPTION 'd';")},
       {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1' WITH KEY FROM 'oss://b/keys?host=h&access_id=AK&access_key=SECRETKEY' DESCRIPTION 'd';")});
    // Issue 27 item 13: opt_backup_key_info is in the 4.2.0 grammar (it used to be refused below 4.2.1).
    ok("key from on 4.2.0",
       [](RestoreRequest &r) { r.targetVersion = ObVersion(4, 2, 0, 0); r.keyFromUri = QStringLiteral("file:///k"); },
       {kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1' WITH KEY FROM 'file:///k';")});
    refused("key from on 4.1", [](RestoreRequest &r) { r.targetVersion = ObVersion(4, 1, 0, 0); r.keyFromUri = QStringLiteral("file:///k"); }, "4.2.0");
    refused("key password without key from", [](RestoreRequest &r) { r.keyPassword = QStringLiteral("x"); }, "KEY FROM");
    refused("key from with a quote", [](RestoreRequest &r) { r.keyFromUri = QStringLiteral("file:///k'x"); }, "");
    ok("kms encrypt info",
       [](RestoreRequest &r) { r.kmsEncryptInfo = QStringLiteral("KMS'INFO"); },
       {QStringLiteral("SET @kms_encrypt_info = '******';"), kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1&kms_encrypt=true';")},
       {QStringLiteral("SET @kms_encrypt_info = 'KMS''INFO';"), kFrom + QStringLiteral(" UNTIL SCN=1709380800000000000 WITH 'pool_list=p1&kms_encrypt=true';")});
    refused("kms on 3.x", [&](RestoreRequest &r) { v3(r); r.kmsEncryptInfo = QStringLiteral("x"); }, "4.x");
    return out;
}

} // namespace

class tst_RestoreStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restore_data();
    void restore();
    void preview_data();
    void preview();
    void cancel_data();
    void cancel();
    void resources();
    void parameters();
    void quote_data();
    void quote();
    void recoverTable_data();
    void recoverTable();
    void recoverNames_data();
    void recoverNames();
    void remaps_data();
    void remaps();
    void cancelRecoverTable();
    void storageParametersPerVersion_data();
    void storageParametersPerVersion();
};

void tst_RestoreStatement::restore_data()
{
    QTest::addColumn<int>("index");
    const QList<Row> all = rows();
    QVERIFY(all.size() >= 60);
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].name)) << i;
}

void tst_RestoreStatement::restore()
{
    QFETCH(int, index);
    const Row row = rows().at(index);
    QString error;
    const auto statements = RestoreStatement::restore(row.request, &error);
    if (row.expected.isEmpty()) {
        QVERIFY2(!statements, "refused input must not render");
        QVERIFY2(error.contains(row.error, Qt::CaseInsensitive), qPrintable(error));
        return;
    }
    QVERIFY2(statements, qPrintable(error));
    QStringList display;
    QStringList sql;
    for (const RenderedStatement &s : *statements) {
        display << s.display;
        sql << s.sql;
        QCOMPARE(s.hasSecret, s.sql != s.display);
    }
    QCOMPARE(display, row.expected);
    QCOMPARE(sql, row.sql.isEmpty() ? row.expected : row.sql);
    // No secret ever in the display form.
    for (const QString &p : row.request.decryptionPasswords)
        QVERIFY(!display.join(u'\n').contains(p));
}

void tst_RestoreStatement::preview_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("ok");
    QTest::newRow("4.2.1.8") << "4.2.1.8" << false;
    QTest::newRow("4.2.3") << "4.2.3.0" << true;
    QTest::newRow("4.3.0") << "4.3.0.0" << false;
    QTest::newRow("4.3.2") << "4.3.2.0" << true;
    QTest::newRow("4.3.3") << "4.3.3.0" << true;
    QTest::newRow("4.1") << "4.1.0.0" << false;
}

void tst_RestoreStatement::preview()
{
    QFETCH(QString, version);
    QFETCH(bool, ok);
    RestoreRequest r = base();
    r.targetVersion = ObVersion::parse(version).value();
    QString error;
    const auto statements = RestoreStatement::preview(r, &error);
    QCOMPARE(statements.has_value(), ok);
    if (!ok) {
        QVERIFY(error.contains(u"preview"));
        return;
    }
    QCOMPARE(statements->size(), 2);
    QCOMPARE(statements->at(0).display, QStringLiteral("ALTER SYSTEM RESTORE FROM 'file:///backup/t1002/data,file:///backup/t1002/clog' UNTIL SCN=1709380800000000000 PREVIEW;"));
    QCOMPARE(statements->at(1).display, QStringLiteral("SHOW RESTORE PREVIEW;"));
    r.until = RestoreRequest::Until::Latest;
    QVERIFY(!RestoreStatement::preview(r, &error));
    QVERIFY(error.contains(u"restore point"));
}

void tst_RestoreStatement::cancel_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("expected");
    QTest::newRow("3.1.5") << "3.1.5" << "DROP TENANT t1 FORCE;";
    QTest::newRow("4.0") << "4.0.0.0" << "DROP TENANT t1 FORCE;";
    QTest::newRow("4.1") << "4.1.0.0" << "DROP TENANT t1 FORCE;";
    // Docs: CANCEL RESTORE from 4.2.0; SRC@4.2.0's grammar lacks it (UNCONFIRMED which holds): DROP TENANT FORCE
    // works under both readings.
    QTest::newRow("4.2.0") << "4.2.0.0" << "DROP TENANT t1 FORCE;";
    QTest::newRow("4.2.1") << "4.2.1.0" << "ALTER SYSTEM CANCEL RESTORE t1;";
    QTest::newRow("4.3.3") << "4.3.3.0" << "ALTER SYSTEM CANCEL RESTORE t1;";
}

void tst_RestoreStatement::cancel()
{
    QFETCH(QString, version);
    QFETCH(QString, expected);
    QString error;
    const auto s = RestoreStatement::cancel(QStringLiteral("t1"), ObVersion::parse(version).value(), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->first().display, expected);
    QVERIFY(!RestoreStatement::cancel(QStringLiteral("t1; DROP TENANT sys"), ObVersion(4, 3, 3), &error));
}

void tst_RestoreStatement::parameters()
{
    QCOMPARE(RestoreStatement::setRestoreConcurrency(10).sql, QStringLiteral("ALTER SYSTEM SET restore_concurrency = 10;"));
    QCOMPARE(RestoreStatement::setRestoreConcurrency(0).sql, QStringLiteral("ALTER SYSTEM SET restore_concurrency = 1;"));     // 0 disables restore
    QCOMPARE(RestoreStatement::setRestoreConcurrency(9999).sql, QStringLiteral("ALTER SYSTEM SET restore_concurrency = 512;")); // range [0,512]
    QCOMPARE(RestoreStatement::setSessionTimeZone(8 * 3600).sql, QStringLiteral("SET time_zone = '+08:00';"));
    QCOMPARE(RestoreStatement::setSessionTimeZone(0).sql, QStringLiteral("SET time_zone = '+00:00';"));
    QCOMPARE(RestoreStatement::setSessionTimeZone(-(3 * 3600 + 30 * 60)).sql, QStringLiteral("SET time_zone = '-03:30';"));
    QCOMPARE(RestoreStatement::setSessionTimeZone(5 * 3600 + 45 * 60).display, QStringLiteral("SET time_zone = '+05:45';"));
}

void tst_RestoreStatement::resources()
{
    QString error;
    UnitRequest u{QStringLiteral("u1"), 4, 0, 8ll << 30, 24ll << 30};
    QCOMPARE(RestoreStatement::createUnit(u, ObVersion(4, 2, 3), &error)->display,
             QStringLiteral("CREATE RESOURCE UNIT u1 MAX_CPU 4, MEMORY_SIZE '8G', LOG_DISK_SIZE '24G';"));
    u.minCpu = 2;
    u.memoryBytes = 5632ll << 20;
    u.logDiskBytes = 0;
    QCOMPARE(RestoreStatement::createUnit(u, ObVersion(4, 2, 3), &error)->display,
             QStringLiteral("CREATE RESOURCE UNIT u1 MAX_CPU 4, MIN_CPU 2, MEMORY_SIZE '5632M';"));
    QCOMPARE(RestoreStatement::createUnit(u, ObVersion(3, 1, 5), &error)->display,
             QStringLiteral("CREATE RESOURCE UNIT u1 MAX_CPU 4, MIN_CPU 2, MAX_MEMORY 5905580032, MIN_MEMORY 5905580032;"));
    QVERIFY(!RestoreStatement::createUnit({QStringLiteral("u 1"), 4, 0, 1, 0}, ObVersion(4, 2, 3), &error));
    QVERIFY(!RestoreStatement::createUnit({QStringLiteral("u1"), 0, 0, 1, 0}, ObVersion(4, 2, 3), &error));
    QVERIFY(!RestoreStatement::createUnit({QStringLiteral("u1"), 2, 4, 1, 0}, ObVersion(4, 2, 3), &error));
    QCOMPARE(RestoreStatement::createPool({QStringLiteral("p1"), QStringLiteral("u1"), 1, {QStringLiteral("z1"), QStringLiteral("z2")}}, &error)->display,
             QStringLiteral("CREATE RESOURCE POOL p1 UNIT = 'u1', UNIT_NUM = 1, ZONE_LIST = ('z1', 'z2');"));
    QVERIFY(!RestoreStatement::createPool({QStringLiteral("p1"), QStringLiteral("u1"), 0, {QStringLiteral("z1")}}, &error));
    QVERIFY(!RestoreStatement::createPool({QStringLiteral("p1"), QStringLiteral("u1"), 1, {}}, &error));
    QVERIFY(!RestoreStatement::createPool({QStringLiteral("p1"), QStringLiteral("u1"), 1, {QStringLiteral("z1')")}}, &error));
    QCOMPARE(RestoreStatement::dropPool(QStringLiteral("p1"), &error)->display, QStringLiteral("DROP RESOURCE POOL p1;"));
    QCOMPARE(RestoreStatement::dropUnit(QStringLiteral("u1"), &error)->display, QStringLiteral("DROP RESOURCE UNIT u1;"));
    QCOMPARE(RestoreStatement::activateStandby(QStringLiteral("t1"), &error)->display, QStringLiteral("ALTER SYSTEM ACTIVATE STANDBY TENANT t1;"));
}

void tst_RestoreStatement::quote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "abc" << "'abc'";
    // Doubled, not backslash-escaped: a quote in every sql_mode (issue 15, item 6).
    QTest::newRow("single quote") << "a'b" << "'a''b'";
    QTest::newRow("quote then backslash") << "a'\\" << "'a''\\\\'";
    QTest::newRow("double quote") << "a\"b" << "'a\"b'";
    QTest::newRow("backslash") << "a\\b" << "'a\\\\b'";
    QTest::newRow("newline") << "a\nb" << "'a\\nb'";
    QTest::newRow("nul") << QString(QChar(0)) << "'\\0'";
    QTest::newRow("cjk") << QString::fromUtf8("恢复") << QString::fromUtf8("'恢复'");
}

void tst_RestoreStatement::quote()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(RestoreStatement::quote(text), quoted);
}

namespace {

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

RecoverTableRequest recoverBase()
{
    RecoverTableRequest r;
    r.targetVersion = ObVersion(4, 2, 3, 0);
    r.targetTenant = QStringLiteral("mysql_tenant");
    r.names = {RecoverName{QStringLiteral("app"), QStringLiteral("orders")}};
    r.uris = {kData, kClog};
    r.until = RestoreRequest::Until::Time;
    r.untilTime = QStringLiteral("2024-03-02 08:00:00");
    r.auxPool = QStringLiteral("aux_pool");
    return r;
}

} // namespace

void tst_RestoreStatement::recoverTable_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QStringList>("expected"); // display forms; empty = refused
    QTest::addColumn<QString>("error");
    const QString head = QStringLiteral("ALTER SYSTEM RECOVER TABLE ");
    const QString from = QStringLiteral(" FROM 'file:///backup/t1002/data,file:///backup/t1002/clog' UNTIL TIME='2024-03-02 08:00:00' WITH 'pool_list=aux_pool'");
    const QString one = head + QStringLiteral("app.orders TO TENANT mysql_tenant") + from;
    QTest::newRow("one table") << "4.2.3.0" << "" << QStringList{one + u';'} << "";
    QTest::newRow("4.2.1.0 is the first") << "4.2.1.0" << "" << QStringList{one + u';'} << "";
    QTest::newRow("4.2.1.8") << "4.2.1.8" << "" << QStringList{one + u';'} << "";
    QTest::newRow("4.3.3") << "4.3.3.0" << "" << QStringList{one + u';'} << "";
    QTest::newRow("4.2.0 refused") << "4.2.0.0" << "" << QStringList{} << "4.2.1";
    QTest::newRow("4.1 refused") << "4.1.0.0" << "" << QStringList{} << "4.2.1";
    QTest::newRow("3.x refused") << "3.1.5" << "" << QStringList{} << "4.2.1";
    QTest::newRow("whole database and a table") << "4.2.3.0" << "names=app.*,hr.staff"
        << QStringList{head + QStringLiteral("app.*, hr.staff TO TENANT mysql_tenant") + from + u';'} << "";
    QTest::newRow("everything") << "4.2.3.0" << "names=*.*" << QStringList{head + QStringLiteral("*.* TO TENANT mysql_tenant") + from + u';'} << "";
    QTest::newRow("backquoted") << "4.2.3.0" << "names=`my db`.`order-items`"
        << QStringList{head + QStringLiteral("`my db`.`order-items` TO TENANT mysql_tenant") + from + u';'} << "";
    // Issue 27 item 3: backquoted remaps, written back as parsed; names compare without case only at
    // lower_case_table_names=1 (the default when unknown).
    QTest::newRow("remap backquoted") << "4.2.3.0" << "names=`my db`.`order:items`;remap=`my db`.`order:items`:`my db`.`order items old`"
        << QStringList{head + QStringLiteral("`my db`.`order:items` TO TENANT mysql_tenant") + from
                       + QStringLiteral(" REMAP TABLE `my db`.`order:items`:`my db`.`order items old`;")} << "";
    QTest::newRow("case kept at 0") << "4.2.3.0" << "case=0;names=app.Orders,app.orders"
        << QStringList{head + QStringLiteral("app.Orders, app.orders TO TENANT mysql_tenant") + from + u';'} << "";
    QTest::newRow("case kept at 2") << "4.2.3.0" << "case=2;names=app.Orders,app.orders"
        << QStringList{head + QStringLiteral("app.Orders, app.orders TO TENANT mysql_tenant") + from + u';'} << "";
    QTest::newRow("case folded at 1") << "4.2.3.0" << "case=1;names=app.Orders,app.orders" << QStringList{} << "named twice";
    QTest::newRow("case folded when unknown") << "4.2.3.0" << "names=app.Orders,app.orders" << QStringList{} << "named twice";
    QTest::newRow("remap in other case at 0") << "4.2.3.0" << "case=0;remap=app.ORDERS:app.o2" << QStringList{} << "not being recovered";
    QTest::newRow("remap table") << "4.2.3.0" << "remap=app.orders:app.orders_restored"
        << QStringList{one + QStringLiteral(" REMAP TABLE app.orders:app.orders_restored;")} << "";
    QTest::newRow("remap same database") << "4.2.3.0" << "remap=app.orders:orders_old"
        << QStringList{one + QStringLiteral(" REMAP TABLE app.orders:orders_old;")} << "";
    QTest::newRow("remap database") << "4.2.3.0" << "names=app.*;remap=app.*:app_restored.*"
        << QStringList{head + QStringLiteral("app.* TO TENANT mysql_tenant") + from + QStringLiteral(" REMAP TABLE app.*:app_restored.*;")} << "";
    QTest::newRow("all remaps and a description") << "4.2.3.0" << "remap=app.orders:app.o2;tg=tg1:tg2;ts=ts1:ts2;description=dropped by mistake"
        << QStringList{one + QStringLiteral(" REMAP TABLE app.orders:app.o2 REMAP TABLEGROUP tg1:tg2 REMAP TABLESPACE ts1:ts2 DESCRIPTION 'dropped by mistake';")} << "";
    QTest::newRow("decryption first") << "4.2.3.0" << "decryption=s3cret"
        << QStringList{QStringLiteral("SET DECRYPTION IDENTIFIED BY '******';"), one + u';'} << "";
    QTest::newRow("latest") << "4.2.3.0" << "latest"
        << QStringList{head + QStringLiteral("app.orders TO TENANT mysql_tenant FROM 'file:///backup/t1002/data,file:///backup/t1002/clog' WITH 'pool_list=aux_pool';")} << "";
    QTest::newRow("options") << "4.2.3.0" << "zone=z1;locality=F@z1;concurrency=8"
        << QStringList{one.chopped(1) + QStringLiteral("&primary_zone=z1&locality=F@z1&concurrency=8';")} << "";
    QTest::newRow("no pool") << "4.2.3.0" << "pool=" << QStringList{} << "pool";
    QTest::newRow("bad pool") << "4.2.3.0" << "pool=a b" << QStringList{} << "resource pool";
    QTest::newRow("no tables") << "4.2.3.0" << "names=" << QStringList{} << "at least one table";
    QTest::newRow("table twice") << "4.2.3.0" << "names=app.orders,APP.Orders" << QStringList{} << "twice";
    QTest::newRow("table inside a whole database") << "4.2.3.0" << "names=app.*,app.orders" << QStringList{} << "overlap";
    QTest::newRow("everything and more") << "4.2.3.0" << "names=*.*,app.orders" << QStringList{} << "every table";
    QTest::newRow("remap of a table not recovered") << "4.2.3.0" << "remap=hr.staff:hr.staff2" << QStringList{} << "not being recovered";
    QTest::newRow("two remaps to one name") << "4.2.3.0" << "names=app.a,app.b;remap=app.a:app.c;remap=app.b:app.c" << QStringList{} << "Two remaps";
    // Issue 27 items 1–2: the initiator's rules (fill_recover_table_arg_, fill_remap_table, fill_remap_database).
    QTest::newRow("*.* takes no remap") << "4.2.3.0" << "names=*.*;remap=app.orders:app.o2" << QStringList{} << "ignores every REMAP";
    QTest::newRow("*.* takes no tablegroup remap") << "4.2.3.0" << "names=*.*;tg=tg1:tg2" << QStringList{} << "ignores every REMAP";
    QTest::newRow("a table inside db.* is not remapped") << "4.2.3.0" << "names=app.*;remap=app.orders:app.o2" << QStringList{} << "only through app.*";
    QTest::newRow("a remap onto a listed table") << "4.2.3.0" << "names=app.orders,app.o2;remap=app.orders:app.o2" << QStringList{} << "recovered itself";
    QTest::newRow("a database remap needs db.*") << "4.2.3.0" << "names=app.orders;remap=app.*:x.*" << QStringList{} << "not recovered whole";
    QTest::newRow("a database remap onto a listed database") << "4.2.3.0" << "names=app.*,crm.*;remap=crm.*:app.*" << QStringList{} << "recovered itself";
    QTest::newRow("bad target tenant") << "4.2.3.0" << "tenant=t1 DROP" << QStringList{} << "letters";
    QTest::newRow("auxiliary tenant as target") << "4.2.3.0" << "tenant=AUX_RECOVER$1694673215667468" << QStringList{} << "letters";
    QTest::newRow("sys as target") << "4.2.3.0" << "tenant=sys" << QStringList{} << "reserved";
    QTest::newRow("no location") << "4.2.3.0" << "nouris" << QStringList{} << "backup location";
    QTest::newRow("quote in location") << "4.2.3.0" << "uri=file:///b'x" << QStringList{} << "quote";
    // Issue 26 item 12: control characters and a byte-order mark in a description are refused with the reason,
    // never dropped.
    QTest::newRow("description with a bell") << "4.2.3.0" << QString(QStringLiteral("description=a") + QChar(0x07) + u'b') << QStringList{} << "U+0007";
    QTest::newRow("description with a leading BOM") << "4.2.3.0" << QString(QStringLiteral("description=") + QChar(0xFEFF) + QStringLiteral("x")) << QStringList{} << "byte-order mark";
    QTest::newRow("description with DEL") << "4.2.3.0" << QString(QStringLiteral("description=a") + QChar(0x7F)) << QStringList{} << "control character";
}

void tst_RestoreStatement::recoverTable()
{
    QFETCH(QString, version);
    QFETCH(QString, edit);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    RecoverTableRequest r = recoverBase();
    r.targetVersion = ObVersion::parse(version).value();
    for (const QString &e : edit.split(u';', Qt::SkipEmptyParts)) {
        const QString key = e.section(u'=', 0, 0);
        const QString value = e.section(u'=', 1);
        QString parseError;
        if (key == u"names") {
            r.names.clear();
            for (const QString &n : value.split(u',', Qt::SkipEmptyParts))
                r.names << RestoreStatement::parseRecoverName(n, false, &parseError).value();
        } else if (key == u"remap") {
            r.remapTables << RestoreStatement::parseRemap(value, RestoreStatement::RemapKind::Table, false, &parseError).value();
        } else if (key == u"tg") {
            r.remapTablegroups << RestoreStatement::parseRemap(value, RestoreStatement::RemapKind::Tablegroup, false, &parseError).value();
        } else if (key == u"ts") {
            r.remapTablespaces << RestoreStatement::parseRemap(value, RestoreStatement::RemapKind::Tablespace, false, &parseError).value();
        } else if (key == u"case") {
            r.lowerCaseTableNames = value.toInt();
        } else if (key == u"description") {
            r.description = value;
        } else if (key == u"decryption") {
            r.decryptionPasswords << value;
        } else if (key == u"latest") {
            r.until = RestoreRequest::Until::Latest;
        } else if (key == u"zone") {
            r.primaryZone = value;
        } else if (key == u"locality") {
            r.locality = value;
        } else if (key == u"concurrency") {
            r.concurrency = value.toInt();
        } else if (key == u"pool") {
            r.auxPool = value;
        } else if (key == u"tenant") {
            r.targetTenant = value;
        } else if (key == u"nouris") {
            r.uris.clear();
        } else if (key == u"uri") {
            r.uris = {value};
        } else {
            QFAIL(qPrintable(key));
        }
    }
    QString why;
    const auto statements = RestoreStatement::recoverTable(r, &why);
    if (expected.isEmpty()) {
        QVERIFY2(!statements, "refused input must not render");
        QVERIFY2(why.contains(error, Qt::CaseInsensitive), qPrintable(why));
        return;
    }
    QVERIFY2(statements, qPrintable(why));
    QStringList display;
    for (const RenderedStatement &s : *statements) {
        display << s.display;
        QCOMPARE(s.hasSecret, s.sql != s.display);
    }
    QCOMPARE(display, expected);
    for (const QString &p : r.decryptionPasswords) {
        QVERIFY(!display.join(u'\n').contains(p));
        QVERIFY(statements->first().sql.contains(p));
    }
}

void tst_RestoreStatement::recoverNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("oracle");
    QTest::addColumn<QStringList>("expected"); // toSql() of each name; empty = refused
    QTest::addColumn<QString>("error");
    QTest::newRow("one") << "app.orders" << false << sl({"app.orders"}) << "";
    QTest::newRow("pasted list") << "app.orders,\n  hr.*\tsales.t_2024" << false << sl({"app.orders", "hr.*", "sales.t_2024"}) << "";
    QTest::newRow("everything") << " *.* " << false << sl({"*.*"}) << "";
    QTest::newRow("dollar and digits") << "db$1.2024t" << false << sl({"db$1.2024t"}) << "";
    QTest::newRow("unicode letters") << "销售.订单" << false << sl({"销售.订单"}) << "";
    QTest::newRow("backquoted with comma and space") << "`a, b`.`c d`" << false << sl({"`a, b`.`c d`"}) << "";
    QTest::newRow("backquoted star is a table named *") << "app.`*`" << false << sl({"app.`*`"}) << "";
    QTest::newRow("oracle capitals") << "APP.ORDERS" << true << sl({"APP.ORDERS"}) << "";
    QTest::newRow("oracle lower case") << "app.orders" << true << QStringList{} << "APP";
    QTest::newRow("oracle backquotes") << "`APP`.ORDERS" << true << QStringList{} << "Oracle-mode";
    QTest::newRow("no database") << "orders" << false << QStringList{} << "needs its database";
    QTest::newRow("star database") << "*.orders" << false << QStringList{} << "only *.*";
    QTest::newRow("three parts") << "a.b.c" << false << QStringList{} << "followed";
    QTest::newRow("quote") << "app.ord'ers" << false << QStringList{} << "not a database or table name";
    QTest::newRow("semicolon injection") << "app.orders;DROP" << false << QStringList{} << "needs its database";
    QTest::newRow("digits only") << "app.123" << false << QStringList{} << "not a database or table name";
    QTest::newRow("open backquote") << "`app.orders" << false << QStringList{} << "not closed";
    QTest::newRow("backquote with a line break") << "`a\nb`.t" << false << QStringList{} << "line break";
    QTest::newRow("empty backquotes") << "``.t" << false << QStringList{} << "empty";
    // Issue 26 item 12: a doubled backquote inside a quoted name is one backquote (valid MySQL, was refused).
    QTest::newRow("doubled backquote") << "`app`.`or``ders`" << false << sl({"`app`.`or``ders`"}) << "";
    QTest::newRow("doubled backquote in a list") << "`a``b`.t, app.x" << false << sl({"`a``b`.t", "app.x"}) << "";
    QTest::newRow("byte-order mark in a name") << QString(QStringLiteral("`a") + QChar(0xFEFF) + QStringLiteral("b`.t")) << false << QStringList{} << "byte-order mark";
    QTest::newRow("ESC in a name") << QString(QStringLiteral("`a") + QChar(0x1B) + QStringLiteral("b`.t")) << false << QStringList{} << "U+001B";
    QTest::newRow("bidi override in a name") << QString(QStringLiteral("`a") + QChar(0x202E) + QStringLiteral("b`.t")) << false << QStringList{} << "bidirectional";
    QTest::newRow("too long") << QString(QStringLiteral("a.") + QString(129, u'x')) << false << QStringList{} << "longer";
    QTest::newRow("duplicate") << "app.t app.T" << false << QStringList{} << "twice";
    QTest::newRow("oracle is case sensitive") << "APP.T APP.\"T\"" << true << QStringList{} << "not a database or table name";
}

void tst_RestoreStatement::recoverNames()
{
    QFETCH(QString, text);
    QFETCH(bool, oracle);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    QString why;
    const auto names = RestoreStatement::parseRecoverNames(text, oracle, &why);
    if (expected.isEmpty()) {
        QVERIFY2(!names, "refused input must not parse");
        QVERIFY2(why.contains(error, Qt::CaseInsensitive), qPrintable(why));
        return;
    }
    QVERIFY2(names, qPrintable(why));
    QStringList got;
    for (const RecoverName &n : *names)
        got << n.toSql();
    QCOMPARE(got, expected);
}

void tst_RestoreStatement::remaps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected"); // from:to; empty = refused
    const int table = int(RestoreStatement::RemapKind::Table);
    const int tg = int(RestoreStatement::RemapKind::Tablegroup);
    QTest::newRow("table to table") << "app.orders:app2.orders_restored" << table << "app.orders:app2.orders_restored";
    QTest::newRow("rename in place") << " app.orders : orders_old " << table << "app.orders:orders_old";
    QTest::newRow("database") << "app.*:app_restored.*" << table << "app.*:app_restored.*";
    QTest::newRow("tablegroup") << "tg1:tg2" << tg << "tg1:tg2";
    QTest::newRow("database to a table") << "app.*:app2.t" << table << "";
    QTest::newRow("table to a database") << "app.t:app2.*" << table << "";
    QTest::newRow("no colon") << "app.t" << table << "";
    QTest::newRow("two colons") << "a.t:b.t:c.t" << table << "";
    // Issue 27 item 3: remap_table_val takes relation_name on each side of '.' and ':', backquoted or not; a
    // backquoted name may hold '.', ':' or a doubled backquote and stays one name.
    QTest::newRow("backquotes") << "`a b`.t:c.t" << table << "`a b`.t:c.t";
    QTest::newRow("backquoted everywhere") << "`app`.`orders`:`app2`.`orders restored`" << table << "`app`.`orders`:`app2`.`orders restored`";
    QTest::newRow("backquoted dot and colon") << "`a.b`.`c:d`:`e`" << table << "`a.b`.`c:d`:`e`";
    QTest::newRow("backquoted database remap") << "`old db`.*:`new db`.*" << table << "`old db`.*:`new db`.*";
    QTest::newRow("doubled backquote") << "app.`or``ders`:app.`or``ders_old`" << table << "app.`or``ders`:app.`or``ders_old`";
    QTest::newRow("backquoted tablegroup") << "`tg 1`:tg2" << tg << "`tg 1`:tg2";
    QTest::newRow("backquote not closed") << "`app.orders:app.t" << table << "";
    QTest::newRow("lone star") << "app.*:*" << table << "";
    QTest::newRow("tablegroup with a dot") << "a.b:c" << tg << "";
    QTest::newRow("old without database") << "t:u" << table << "";
    QTest::newRow("injection") << "a.t:b.t' --" << table << "";
}

void tst_RestoreStatement::remaps()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QString why;
    const auto pair = RestoreStatement::parseRemap(text, RestoreStatement::RemapKind(kind), false, &why);
    QCOMPARE(pair.has_value(), !expected.isEmpty());
    if (pair)
        QCOMPARE(pair->from + u':' + pair->to, expected);
    else
        QVERIFY(!why.isEmpty());
}

void tst_RestoreStatement::cancelRecoverTable()
{
    QString error;
    const auto s = RestoreStatement::cancelRecoverTable(QStringLiteral("mysql_tenant"), ObVersion(4, 2, 1, 0), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->display, QStringLiteral("ALTER SYSTEM CANCEL RECOVER TABLE mysql_tenant;"));
    QVERIFY(!RestoreStatement::cancelRecoverTable(QStringLiteral("mysql_tenant"), ObVersion(4, 2, 0, 0), &error));
    QVERIFY(error.contains(u"4.2.1"));
    QVERIFY(!RestoreStatement::cancelRecoverTable(QStringLiteral("x; DROP TENANT y"), ObVersion(4, 3, 3), &error));
}

// Issue 27 item 11: what parse_storage_info_ takes per version: s3_region on any device and appid anywhere in 4.2.1
// and 4.3.3; in the 4.4 line s3_region on s3:// only and appid on cos:// only.
void tst_RestoreStatement::storageParametersPerVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("error"); // "" = accepted
    const QString oss = QStringLiteral("oss://b/d?host=oss-cn-hangzhou.aliyuncs.com&access_id=AK&access_key=SK&s3_region=cn-hangzhou");
    const QString s3 = QStringLiteral("s3://b/d?host=s3.us-east-1.amazonaws.com&access_id=AK&access_key=SK&s3_region=us-east-1");
    const QString appid = QStringLiteral("oss://b/d?host=h&access_id=AK&access_key=SK&appid=125");
    QTest::newRow("s3_region on oss, 4.2.1") << "4.2.1.8" << oss << "";
    QTest::newRow("s3_region on oss, 4.3.3") << "4.3.3.0" << oss << "";
    QTest::newRow("s3_region on oss, 4.4") << "4.4.0.0" << oss << "s3_region";
    QTest::newRow("s3_region on s3, 4.4") << "4.4.0.0" << s3 << "";
    QTest::newRow("appid on oss, 4.3.3") << "4.3.3.0" << appid << "";
    QTest::newRow("appid on oss, 4.4") << "4.4.0.0" << appid << "appid";
    // Azure Blob (issue 28): read from data version 4.2.5.6 (is_supported_azblob_version) and 4.3.5 BP3 on.
    const QString azblob = QStringLiteral("azblob://ctr/d?host=https://acct.blob.core.windows.net&access_id=acct&access_key=SKey");
    QTest::newRow("azblob, 4.2.5.5") << "4.2.5.5" << azblob << "4.2.5.6";
    QTest::newRow("azblob, 4.2.5.6") << "4.2.5.6" << azblob << "";
    QTest::newRow("azblob, 4.3.3") << "4.3.3.0" << azblob << "4.3.5.3";
    QTest::newRow("azblob, 4.3.5.3") << "4.3.5.3" << azblob << "";
    QTest::newRow("azblob, 4.4") << "4.4.0.0" << azblob << "";
    // What OceanBase's FROM refuses (set_without_decryption, validate_arguments): the writer refuses too.
    QTest::newRow("encrypt_key") << "4.3.3.0" << QStringLiteral("s3://b/d?host=h&access_id=AK&encrypt_key=ABCD") << "encrypt_key";
    QTest::newRow("no key") << "4.3.3.0" << QStringLiteral("s3://b/d?host=h") << "no access key";
    QTest::newRow("no endpoint") << "4.3.3.0" << QStringLiteral("s3://b/d?access_id=AK&access_key=SK") << "host=";
}

void tst_RestoreStatement::storageParametersPerVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, uri);
    QFETCH(QString, error);
    RestoreRequest r = base();
    r.targetVersion = ObVersion::parse(version).value();
    r.uris = {uri};
    QString why;
    const auto statements = RestoreStatement::restore(r, &why);
    if (error.isEmpty()) {
        QVERIFY2(statements, qPrintable(why));
        QVERIFY(!statements->last().display.contains(u"SK"));
    } else {
        QVERIFY(!statements);
        QVERIFY2(why.contains(error) && !why.contains(u"SK&"), qPrintable(why));
    }
}

QTEST_APPLESS_MAIN(tst_RestoreStatement)
#include "tst_restorestatement.moc"
