#include "common/scn.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace obrestore;

class tst_Scn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc3339_data();
    void rfc3339();
    void parse_data();
    void parse();
    void roundTrip_utcMicroseconds();
    void roundTrip_zones_data();
    void roundTrip_zones();
    void display_data();
    void display();
    void truncatesNanoseconds();
    void limits();
    void timeZones_data();
    void timeZones();
    void dstGapIsRefused();
};

void tst_Scn::rfc3339_data()
{
    QTest::addColumn<quint64>("scn");
    QTest::addColumn<QString>("expected");
    QTest::newRow("epoch + 2") << quint64(2) << "1970-01-01T00:00:00.000000Z";
    QTest::newRow("contract example") << quint64(1709280000123456000ull) << "2024-03-01T08:00:00.123456Z";
    QTest::newRow("sub-microsecond truncated") << quint64(1709280000123456999ull) << "2024-03-01T08:00:00.123456Z";
    QTest::newRow("leap day") << quint64(1709164800000000000ull) << "2024-02-29T00:00:00.000000Z";
    QTest::newRow("end of a year") << quint64(1704067199999999000ull) << "2023-12-31T23:59:59.999999Z";
}

void tst_Scn::rfc3339()
{
    QFETCH(quint64, scn);
    QFETCH(QString, expected);
    QCOMPARE(Scn(scn).toRfc3339(), expected);
}

void tst_Scn::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("scn");
    QTest::newRow("digits") << "1709280000123456789" << "UTC" << true << quint64(1709280000123456789ull);
    QTest::newRow("digits with spaces") << "  42 " << "UTC" << true << quint64(42);
    QTest::newRow("zero") << "0" << "UTC" << true << quint64(0);
    QTest::newRow("max") << "4611686018427387903" << "UTC" << true << Scn::kMax;
    QTest::newRow("above max") << "4611686018427387904" << "UTC" << false << quint64(0);
    QTest::newRow("uint64 overflow") << "99999999999999999999999" << "UTC" << false << quint64(0);
    QTest::newRow("utc seconds") << "2024-03-01 08:00:00" << "UTC" << true << quint64(1709280000000000000ull);
    QTest::newRow("utc micros") << "2024-03-01 08:00:00.123456" << "UTC" << true << quint64(1709280000123456000ull);
    QTest::newRow("utc short fraction") << "2024-03-01 08:00:00.5" << "UTC" << true << quint64(1709280000500000000ull);
    QTest::newRow("T separator") << "2024-03-01T08:00:00" << "UTC" << true << quint64(1709280000000000000ull);
    QTest::newRow("shanghai") << "2024-03-01 16:00:00.123456" << "Asia/Shanghai" << true << quint64(1709280000123456000ull);
    QTest::newRow("fixed offset") << "2024-03-01 16:00:00" << "+08:00" << true << quint64(1709280000000000000ull);
    QTest::newRow("negative offset") << "2024-03-01 03:00:00" << "-05:00" << true << quint64(1709280000000000000ull);
    QTest::newRow("seven fraction digits") << "2024-03-01 08:00:00.1234567" << "UTC" << false << quint64(0);
    QTest::newRow("bad month") << "2024-13-01 08:00:00" << "UTC" << false << quint64(0);
    QTest::newRow("feb 30") << "2024-02-30 08:00:00" << "UTC" << false << quint64(0);
    QTest::newRow("hour 24") << "2024-03-01 24:00:00" << "UTC" << false << quint64(0);
    QTest::newRow("no seconds") << "2024-03-01 08:00" << "UTC" << false << quint64(0);
    QTest::newRow("before epoch") << "1969-12-31 23:59:59" << "UTC" << false << quint64(0);
    QTest::newRow("negative scn") << "-5" << "UTC" << false << quint64(0);
    QTest::newRow("words") << "latest" << "UTC" << false << quint64(0);
    QTest::newRow("empty") << "" << "UTC" << false << quint64(0);
}

void tst_Scn::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(bool, ok);
    QFETCH(quint64, scn);
    QString error;
    const auto z = parseTimeZone(zone);
    QVERIFY(z);
    const auto parsed = Scn::parse(text, *z, &error);
    QCOMPARE(parsed.has_value(), ok);
    if (ok) {
        QCOMPARE(parsed->value(), scn);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(!error.isEmpty(), "a refused input comes with a message");
    }
}

void tst_Scn::roundTrip_utcMicroseconds()
{
    // SCN (µs-aligned) -> "YYYY-MM-DD HH:MM:SS.ffffff" -> SCN is exact, for many random points 1970..2100.
    auto *rng = QRandomGenerator::global();
    const QTimeZone utc = QTimeZone::utc();
    for (int i = 0; i < 2000; ++i) {
        const qint64 us = qint64(rng->bounded(quint64(4102444800ull) * 1000000ull));
        const Scn scn = Scn::fromMicroseconds(us).value();
        const QString text = scn.toLocalString(utc);
        const auto back = Scn::parse(text, utc);
        QVERIFY2(back, qPrintable(text));
        QCOMPARE(back->value(), scn.value());
        QCOMPARE(back->microseconds(), us);
    }
}

void tst_Scn::roundTrip_zones_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("UTC") << "UTC";
    QTest::newRow("Asia/Shanghai") << "Asia/Shanghai";
    QTest::newRow("+05:45") << "+05:45";
    QTest::newRow("America/New_York") << "America/New_York";
    QTest::newRow("Europe/Berlin") << "Europe/Berlin";
}

void tst_Scn::roundTrip_zones()
{
    QFETCH(QString, zone);
    const QTimeZone z = parseTimeZone(zone).value();
    // Hourly through 2024, which crosses both DST switches where the zone has them. A local time that occurs
    // twice (the autumn fold) may parse to the other instant; everything else must round-trip exactly.
    const quint64 start = 1704067200ull * 1000000000ull;
    for (int h = 0; h < 366 * 24; h += 7) {
        const Scn scn(start + quint64(h) * 3600ull * 1000000000ull + 123456000ull);
        const QString text = scn.toLocalString(z);
        const auto back = Scn::parse(text, z);
        QVERIFY2(back, qPrintable(text));
        const qint64 delta = qint64(back->value()) - qint64(scn.value());
        QVERIFY2(delta == 0 || delta == 3600ll * 1000000000ll || delta == -3600ll * 1000000000ll, qPrintable(text));
        QCOMPARE(back->toLocalString(z), text);
    }
}

void tst_Scn::display_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc") << "UTC" << "2024-03-01 08:00:00.123456 UTC";
    QTest::newRow("iana") << "Asia/Shanghai" << "2024-03-01 16:00:00.123456 +08:00 (Asia/Shanghai)";
    QTest::newRow("offset") << "+08:00" << "2024-03-01 16:00:00.123456 +08:00";
    QTest::newRow("negative offset") << "-03:30" << "2024-03-01 04:30:00.123456 -03:30";
    QTest::newRow("dst") << "America/New_York" << "2024-03-01 03:00:00.123456 -05:00 (America/New_York)";
}

void tst_Scn::display()
{
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    QCOMPARE(Scn(1709280000123456000ull).toDisplayString(parseTimeZone(zone).value()), expected);
}

void tst_Scn::truncatesNanoseconds()
{
    const Scn scn(1709280000123456999ull);
    QCOMPARE(scn.microseconds(), qint64(1709280000123456ll));
    QCOMPARE(scn.toUtcDateTime(), QDateTime(QDate(2024, 3, 1), QTime(8, 0, 0, 123), QTimeZone::utc()));
    QCOMPARE(Scn::fromDateTime(scn.toUtcDateTime())->value(), quint64(1709280000123000000ull));
}

void tst_Scn::limits()
{
    QVERIFY(!Scn().isValid());
    QVERIFY(!Scn(Scn::kMax).isTime());
    QVERIFY(!Scn(Scn::kBase).isTime());
    QVERIFY(Scn(2).isTime());
    QVERIFY(!Scn::fromMicroseconds(-1));
    QVERIFY(Scn::fromMicroseconds(qint64(Scn::kMax / 1000)));
    QVERIFY(!Scn::fromMicroseconds(qint64(Scn::kMax / 1000) + 1));
    QVERIFY(Scn(5) < Scn(6));
    QCOMPARE(Scn(5).toDecimal(), QStringLiteral("5"));
}

void tst_Scn::timeZones_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("label");
    QTest::newRow("UTC") << "UTC" << true << "UTC";
    QTest::newRow("utc lower") << "utc" << true << "UTC";
    QTest::newRow("Z") << "Z" << true << "UTC";
    QTest::newRow("+08:00") << "+08:00" << true << "+08:00";
    QTest::newRow("+0800") << "+0800" << true << "+08:00";
    QTest::newRow("+8") << "+8" << true << "+08:00";
    QTest::newRow("UTC+8") << "UTC+8" << true << "+08:00";
    QTest::newRow("-05:30") << "-05:30" << true << "-05:30";
    QTest::newRow("+00:00") << "+00:00" << true << "UTC";
    QTest::newRow("iana") << "Asia/Shanghai" << true << "Asia/Shanghai";
    QTest::newRow("+15:00") << "+15:00" << false << "";
    QTest::newRow("+08:60") << "+08:60" << false << "";
    QTest::newRow("nonsense") << "Mars/Olympus" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void tst_Scn::timeZones()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, label);
    const auto z = parseTimeZone(text);
    QCOMPARE(z.has_value(), ok);
    if (ok)
        QCOMPARE(timeZoneLabel(*z), label);
}

void tst_Scn::dstGapIsRefused()
{
    // 2024-03-10 02:30 does not exist in New York (clocks jump from 02:00 to 03:00).
    QString error;
    QVERIFY(!Scn::parse(u"2024-03-10 02:30:00", parseTimeZone(u"America/New_York").value(), &error));
    QVERIFY2(error.contains(u"America/New_York"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Scn)
#include "tst_scn.moc"
