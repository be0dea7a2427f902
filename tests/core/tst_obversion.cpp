#include "common/obversion.h"

#include <QtTest>

using namespace obrestore;

class tst_ObVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void calcVersion_data();
    void calcVersion();
    void calcVersion_roundTripsEveryField();
    void compare_data();
    void compare();
    void unknownCalcVersionIsZero();
};

void tst_ObVersion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");

    // Plain forms (ob_version(), CLUSTER_VERSION / TENANT_COMPATIBLE columns, --target-version).
    QTest::newRow("four parts") << "4.2.1.0" << true << "4.2.1.0";
    QTest::newRow("three parts") << "4.2.1" << true << "4.2.1.0";
    QTest::newRow("two parts") << "4.3" << true << "4.3.0.0";
    QTest::newRow("V prefix") << "V4.2.1.0" << true << "4.2.1.0";
    QTest::newRow("v prefix") << "v4.3.3.0" << true << "4.3.3.0";
    QTest::newRow("surrounding space") << "  4.2.5.1\n" << true << "4.2.5.1";
    QTest::newRow("bp 11") << "4.2.1.11" << true << "4.2.1.11";
    QTest::newRow("ob_version 4.1 doc sample") << "4.1.0.0" << true << "4.1.0.0";
    // SELECT version() (ob-restore-sql.md §5.3).
    QTest::newRow("version() CE 4.x") << "5.7.25-OceanBase_CE-v4.2.1.0" << true << "4.2.1.0";
    QTest::newRow("version() enterprise 4.x") << "5.7.25-OceanBase-v4.3.3.0" << true << "4.3.3.0";
    QTest::newRow("version() CE 4.x three parts") << "5.7.25-OceanBase_CE-v4.2.1" << true << "4.2.1.0";
    QTest::newRow("version() 3.1.x CE") << "3.1.5-OceanBase CE" << true << "3.1.5.0";
    QTest::newRow("version() 3.1.x CE underscore") << "3.1.4-OceanBase_CE" << true << "3.1.4.0";
    QTest::newRow("version() 3.x enterprise") << "3.2.3.3-OceanBase" << true << "3.2.3.3";
    // @@version_comment.
    QTest::newRow("version_comment CE") << "OceanBase_CE 4.2.1.0 (r100000102023092807-7b0f43693565654bb1d7343f728f7f8b2cbc2d48) (Built Sep 28 2023 17:49:34)"
                                        << true << "4.2.1.0";
    QTest::newRow("version_comment enterprise") << "OceanBase 4.3.3.0 (r100000142024090217-abc) (Built Sep  2 2024 10:00:00)"
                                                << true << "4.3.3.0";
    QTest::newRow("version_comment 3.x") << "OceanBase 3.2.4.1 (r103000032023041808-cd2c3b2) (Built Apr 18 2023)"
                                         << true << "3.2.4.1";
    QTest::newRow("version_comment CE space") << "OceanBase CE 3.1.5 (r10100032022041510-a09d3134c10665f03fd56d7f8bdd413b2b771977)"
                                              << true << "3.1.5.0";
    // DBA_OB_SERVERS.BUILD_VERSION.
    QTest::newRow("build_version") << "4.2.1.0_100000102023092807-7b0f43693565654bb1d7343f728f7f8b2cbc2d48(Sep 28 2023 17:49:34)"
                                   << true << "4.2.1.0";
    // Rejected.
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("blank") << "   " << false << "";
    QTest::newRow("single number") << "4" << false << "";
    QTest::newRow("five parts") << "4.2.1.0.1" << false << "";
    QTest::newRow("letters") << "four.two" << false << "";
    QTest::newRow("trailing dot") << "4.2." << false << "";
    QTest::newRow("negative") << "-4.2.1" << false << "";
    QTest::newRow("minor overflow") << "4.65536.0.0" << false << "";
    QTest::newRow("major patch overflow") << "4.2.256.0" << false << "";
    QTest::newRow("minor patch overflow") << "4.2.1.256" << false << "";
    QTest::newRow("MariaDB version()") << "10.11.6-MariaDB-0+deb12u1" << false << "";
    QTest::newRow("MySQL version() with suffix") << "5.7.25-log" << false << "";
    QTest::newRow("OceanBase without number") << "OceanBase_CE" << false << "";
    QTest::newRow("garbage facade") << "5.7.25-OceanBase_CE-vX" << false << "";
    QTest::newRow("full-width digits") << QString::fromUtf8("４.２.１") << false << "";
}

void tst_ObVersion::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const auto v = ObVersion::parse(text);
    QCOMPARE(v.has_value(), ok);
    if (ok) {
        QVERIFY(v->isValid());
        QCOMPARE(v->toString(), expected);
    }
}

void tst_ObVersion::calcVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("calc");
    // ob-backup-layout.md §6: 4.2.1.0 = 0x0000000400020100 = 17180000512.
    QTest::newRow("4.2.1.0 documented") << "4.2.1.0" << quint64(17180000512ull);
    // ob-restore-sql.md §2.3: BACKUP_CLUSTER_VERSION 17179869184 = 4.0.0.0.
    QTest::newRow("4.0.0.0 documented") << "4.0.0.0" << quint64(17179869184ull);
    QTest::newRow("4.3.3.0") << "4.3.3.0" << quint64(0x0000000400030300ull);
    QTest::newRow("4.2.1.11") << "4.2.1.11" << quint64(0x000000040002010Bull);
    QTest::newRow("3.1.5.0") << "3.1.5.0" << quint64(0x0000000300010500ull);
    QTest::newRow("4.2.5.8") << "4.2.5.8" << quint64(0x0000000400020508ull);
}

void tst_ObVersion::calcVersion()
{
    QFETCH(QString, text);
    QFETCH(quint64, calc);
    const auto v = ObVersion::parse(text);
    QVERIFY(v);
    QCOMPARE(v->calcVersion(), calc);
    const auto back = ObVersion::fromCalcVersion(calc);
    QVERIFY(back);
    QCOMPARE(back->toString(), text);
    QCOMPARE(*back, *v);
}

void tst_ObVersion::calcVersion_roundTripsEveryField()
{
    const quint32 majors[] = {0, 1, 3, 4, 5, 255, 0xFFFFFFFFu};
    const quint16 minors[] = {0, 1, 2, 3, 255, 256, 0xFFFF};
    const quint8 patches[] = {0, 1, 9, 10, 128, 255};
    for (quint32 ma : majors)
        for (quint16 mi : minors)
            for (quint8 p1 : patches)
                for (quint8 p2 : patches) {
                    const ObVersion v(ma, mi, p1, p2);
                    if (v.calcVersion() == 0)
                        continue; // 0.0.0.0 is OceanBase's "unknown"
                    const auto back = ObVersion::fromCalcVersion(v.calcVersion());
                    QVERIFY(back);
                    QCOMPARE(*back, v);
                    QCOMPARE(ObVersion::parse(v.toString()).value(), v);
                }
}

void tst_ObVersion::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("equal") << "4.2.1.0" << "4.2.1" << 0;
    QTest::newRow("minor patch") << "4.2.1.2" << "4.2.1.10" << -1;
    QTest::newRow("major patch beats minor patch") << "4.2.2.0" << "4.2.1.11" << 1;
    QTest::newRow("minor") << "4.3.0.0" << "4.2.5.8" << 1;
    QTest::newRow("major") << "3.2.4.5" << "4.0.0.0" << -1;
    QTest::newRow("numeric not lexical") << "4.10.0.0" << "4.9.0.0" << 1;
}

void tst_ObVersion::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    const ObVersion va = ObVersion::parse(a).value();
    const ObVersion vb = ObVersion::parse(b).value();
    QCOMPARE(va < vb, order < 0);
    QCOMPARE(va > vb, order > 0);
    QCOMPARE(va == vb, order == 0);
    QCOMPARE(va <= vb, order <= 0);
    QCOMPARE(va >= vb, order >= 0);
}

void tst_ObVersion::unknownCalcVersionIsZero()
{
    QVERIFY(!ObVersion::fromCalcVersion(0));
    QCOMPARE(ObVersion().calcVersion(), quint64(0));
    QVERIFY(!ObVersion().isValid());
    QVERIFY(ObVersion().toString().isEmpty());
}

QTEST_APPLESS_MAIN(tst_ObVersion)
#include "tst_obversion.moc"
