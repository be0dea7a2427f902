#include "common/compatibility.h"

#include <QtTest>

using namespace obrestore;
using Verdict = RestoreCompatibility::Verdict;

Q_DECLARE_METATYPE(RestoreCompatibility::Verdict)

class tst_Compatibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void explanationNamesBothVersions();
    void missingBackupVersionsAreUnknown();
    void dataVersionAloneDecidesThePath();
    void invalidTargetIsUnknown();
};

namespace {
std::optional<ObVersion> v(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return ObVersion::parse(text);
}
} // namespace

void tst_Compatibility::check_data()
{
    QTest::addColumn<QString>("backupCluster");
    QTest::addColumn<QString>("backupData");
    QTest::addColumn<QString>("target");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("code");

    const QString tooNew = QString::fromLatin1(kCodeVersionTooNewForTarget);
    const QString path = QString::fromLatin1(kCodeVersionPathNotAllowed);

    // Same or newer only; no reverse restore between minor versions (ob-restore-sql.md §5.1).
    QTest::newRow("same version 4.2.1.0") << "4.2.1.0" << "4.2.1.0" << "4.2.1.0" << Verdict::Allowed << "";
    QTest::newRow("newer bugfix 4.2.1.2 -> 4.2.1.8") << "4.2.1.2" << "4.2.1.2" << "4.2.1.8" << Verdict::Allowed << "";
    QTest::newRow("reverse bugfix 4.2.1.8 -> 4.2.1.2") << "4.2.1.8" << "4.2.1.8" << "4.2.1.2" << Verdict::NotAllowed << tooNew;
    QTest::newRow("reverse minor 4.2.2 -> 4.2.1") << "4.2.2.0" << "4.2.2.0" << "4.2.1.0" << Verdict::NotAllowed << tooNew;
    QTest::newRow("reverse major 4.3.3 -> 4.2.5") << "4.3.3.0" << "4.3.3.0" << "4.2.5.0" << Verdict::NotAllowed << tooNew;
    QTest::newRow("cluster newer, data same") << "4.2.3.0" << "4.2.1.0" << "4.2.2.0" << Verdict::NotAllowed << tooNew;
    QTest::newRow("data newer than target") << "" << "4.2.3.0" << "4.2.2.0" << Verdict::NotAllowed << tooNew;
    QTest::newRow("4.x backup into 3.x") << "4.0.0.0" << "4.0.0.0" << "3.2.4.0" << Verdict::NotAllowed << tooNew;
    // 2.x/3.x never into 4.x.
    QTest::newRow("3.1.5 -> 4.2.1") << "3.1.5.0" << "" << "4.2.1.0" << Verdict::NotAllowed << path;
    QTest::newRow("3.2.4 -> 4.0.0") << "3.2.4.0" << "" << "4.0.0.0" << Verdict::NotAllowed << path;
    QTest::newRow("2.2.77 -> 4.3.3") << "2.2.77.0" << "" << "4.3.3.0" << Verdict::NotAllowed << path;
    QTest::newRow("3.x -> 5.0") << "3.2.3.0" << "" << "5.0.0.0" << Verdict::NotAllowed << path;
    QTest::newRow("2.2.77 -> 3.1.5") << "2.2.77.0" << "" << "3.1.5.0" << Verdict::Allowed << "";
    QTest::newRow("3.1.4 -> 3.1.5") << "3.1.4.0" << "" << "3.1.5.0" << Verdict::Allowed << "";
    QTest::newRow("3.2.4 -> 3.1.5 reverse") << "3.2.4.0" << "" << "3.1.5.0" << Verdict::NotAllowed << tooNew;
    // 4.0 never into 4.1+.
    QTest::newRow("4.0.0 -> 4.0.0") << "4.0.0.0" << "4.0.0.0" << "4.0.0.0" << Verdict::Allowed << "";
    QTest::newRow("4.0.0 -> 4.1.0") << "4.0.0.0" << "4.0.0.0" << "4.1.0.0" << Verdict::NotAllowed << path;
    QTest::newRow("4.0.0 -> 4.2.1") << "4.0.0.0" << "4.0.0.0" << "4.2.1.0" << Verdict::NotAllowed << path;
    QTest::newRow("4.0 cluster upgraded, data 4.0") << "4.1.0.0" << "4.0.0.0" << "4.2.0.0" << Verdict::NotAllowed << path;
    // 4.1.x into 4.2.0 documented (DOC@V4.2.3–V4.3.3).
    QTest::newRow("4.1.0 -> 4.1.0") << "4.1.0.0" << "4.1.0.0" << "4.1.0.0" << Verdict::Allowed << "";
    QTest::newRow("4.1.0 -> 4.2.0") << "4.1.0.0" << "4.1.0.0" << "4.2.0.0" << Verdict::Allowed << "";
    QTest::newRow("4.2.0 -> 4.2.1") << "4.2.0.0" << "4.2.0.0" << "4.2.1.0" << Verdict::Allowed << "";
    QTest::newRow("4.2.1.2 -> 4.2.4.0") << "4.2.1.2" << "4.2.1.2" << "4.2.4.0" << Verdict::Allowed << "";
    // 4.2.5.x upgrade-path rule: UNCONFIRMED which release carries it, so off-path = Unknown, on-path = Allowed.
    QTest::newRow("4.2.1.8 -> 4.2.5.0 off path") << "4.2.1.8" << "4.2.1.8" << "4.2.5.0" << Verdict::Unknown << "";
    QTest::newRow("4.1.0 -> 4.2.5.1 off path") << "4.1.0.0" << "4.1.0.0" << "4.2.5.1" << Verdict::Unknown << "";
    QTest::newRow("4.2.0 -> 4.2.5.1 off path") << "4.2.0.0" << "4.2.0.0" << "4.2.5.1" << Verdict::Unknown << "";
    QTest::newRow("4.2.1.10 -> 4.2.5.0 on path") << "4.2.1.10" << "4.2.1.10" << "4.2.5.0" << Verdict::Allowed << "";
    QTest::newRow("4.2.3.1 -> 4.2.5.3 on path") << "4.2.3.1" << "4.2.3.1" << "4.2.5.3" << Verdict::Allowed << "";
    QTest::newRow("4.2.5.1 -> 4.2.5.3 on path") << "4.2.5.1" << "4.2.5.1" << "4.2.5.3" << Verdict::Allowed << "";
    // 4.2.x (and older 4.x) not into 4.3.x (zh DOC@V4.3.3).
    QTest::newRow("4.2.1 -> 4.3.0") << "4.2.1.0" << "4.2.1.0" << "4.3.0.0" << Verdict::NotAllowed << path;
    QTest::newRow("4.2.5 -> 4.3.2") << "4.2.5.0" << "4.2.5.0" << "4.3.2.0" << Verdict::NotAllowed << path;
    QTest::newRow("4.2.5 -> 4.3.3") << "4.2.5.0" << "4.2.5.0" << "4.3.3.0" << Verdict::NotAllowed << path;
    QTest::newRow("4.1.0 -> 4.3.1") << "4.1.0.0" << "4.1.0.0" << "4.3.1.0" << Verdict::NotAllowed << path;
    // 4.3.0–4.3.2 not into 4.3.3+ (zh DOC@V4.3.3; master 04e46b93).
    QTest::newRow("4.3.0 -> 4.3.2") << "4.3.0.0" << "4.3.0.0" << "4.3.2.0" << Verdict::Allowed << "";
    QTest::newRow("4.3.1 -> 4.3.1") << "4.3.1.0" << "4.3.1.0" << "4.3.1.0" << Verdict::Allowed << "";
    QTest::newRow("4.3.0 -> 4.3.3") << "4.3.0.0" << "4.3.0.0" << "4.3.3.0" << Verdict::NotAllowed << path;
    QTest::newRow("4.3.2 -> 4.3.3") << "4.3.2.1" << "4.3.2.1" << "4.3.3.0" << Verdict::NotAllowed << path;
    // 4.3.4+ keeping the rule is UNCONFIRMED (ob-restore-sql.md §8 item 3); the issue asks for "4.3.3+".
    QTest::newRow("4.3.2 -> 4.3.5") << "4.3.2.0" << "4.3.2.0" << "4.3.5.0" << Verdict::NotAllowed << path;
    QTest::newRow("4.3.3 -> 4.3.3") << "4.3.3.0" << "4.3.3.0" << "4.3.3.0" << Verdict::Allowed << "";
    QTest::newRow("4.3.3 -> 4.3.5") << "4.3.3.0" << "4.3.3.0" << "4.3.5.1" << Verdict::Allowed << "";
    // No documented rule past 4.3: the server decides, except for the very same version.
    QTest::newRow("4.3.5 -> 4.4.0") << "4.3.5.0" << "4.3.5.0" << "4.4.0.0" << Verdict::Unknown << "";
    QTest::newRow("4.4.0 -> 4.4.0") << "4.4.0.0" << "4.4.0.0" << "4.4.0.0" << Verdict::Allowed << "";
    QTest::newRow("4.2.1 -> 5.0") << "4.2.1.0" << "4.2.1.0" << "5.0.0.0" << Verdict::Unknown << "";
    QTest::newRow("4.4.1 -> 4.4.0 reverse") << "4.4.1.0" << "4.4.1.0" << "4.4.0.0" << Verdict::NotAllowed << tooNew;
}

void tst_Compatibility::check()
{
    QFETCH(QString, backupCluster);
    QFETCH(QString, backupData);
    QFETCH(QString, target);
    QFETCH(Verdict, verdict);
    QFETCH(QString, code);

    const auto r = checkRestoreCompatibility(v(backupCluster), v(backupData), ObVersion::parse(target).value());
    QCOMPARE(r.verdict, verdict);
    QCOMPARE(r.code, code);
    QVERIFY2(!r.explanation.isEmpty(), "every verdict comes with an explanation");
    QCOMPARE(r.isAllowed(), verdict == Verdict::Allowed);
    QCOMPARE(r.isRefused(), verdict == Verdict::NotAllowed);
}

void tst_Compatibility::explanationNamesBothVersions()
{
    const auto r = checkRestoreCompatibility(v(QStringLiteral("4.2.2.0")), v(QStringLiteral("4.2.2.0")),
                                             ObVersion(4, 2, 1, 0));
    QVERIFY(r.isRefused());
    QVERIFY2(r.explanation.contains(u"4.2.2.0") && r.explanation.contains(u"4.2.1.0"), qPrintable(r.explanation));
    QVERIFY(!r.source.isEmpty());
}

void tst_Compatibility::missingBackupVersionsAreUnknown()
{
    const auto r = checkRestoreCompatibility(std::nullopt, std::nullopt, ObVersion(4, 2, 1, 0));
    QCOMPARE(r.verdict, Verdict::Unknown);
    QVERIFY(r.code.isEmpty());
    QVERIFY(r.explanation.contains(u"4.2.1.0"));
}

void tst_Compatibility::dataVersionAloneDecidesThePath()
{
    // A 4.0 writer's tenant data version is what OceanBase checks ("restore from version 4.0 is not allowed"),
    // even when the cluster version is unknown.
    const auto r = checkRestoreCompatibility(std::nullopt, ObVersion(4, 0, 0, 0), ObVersion(4, 2, 1, 0));
    QCOMPARE(r.verdict, Verdict::NotAllowed);
    QCOMPARE(r.code, QString::fromLatin1(kCodeVersionPathNotAllowed));
}

void tst_Compatibility::invalidTargetIsUnknown()
{
    const auto r = checkRestoreCompatibility(ObVersion(4, 2, 1, 0), ObVersion(4, 2, 1, 0), ObVersion());
    QCOMPARE(r.verdict, Verdict::Unknown);
}

QTEST_APPLESS_MAIN(tst_Compatibility)
#include "tst_compatibility.moc"
