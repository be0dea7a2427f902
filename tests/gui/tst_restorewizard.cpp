#include "backupdest/destscanner.h"
#include "backupdest/tenantcatalog.h"
#include "cluster/clusterinventory.h"
#include "cluster/onlinebackupcatalog.h"
#include "common/i18n.h"
#include "demobanner.h"
#include "demoenvironment.h"
#include "restorewizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenu>
#include <QRadioButton>
#include <QSettings>
#include <QToolButton>
#include <QWizardPage>
#include <QtTest>

using namespace obrestore;

namespace {
// A radio button reacts to clicks on its indicator and text (SE_RadioButtonClickRect), not on the empty
// width to their right, so click where a user would: on the indicator.
void clickRadio(QRadioButton *radio)
{
    QVERIFY(radio);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
}
} // namespace

class tst_RestoreWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void nextIsDisabledUntilAScenarioIsChosen();
    void choiceDrivesTheNextPage_data();
    void choiceDrivesTheNextPage();
    void clickingTheExplanationChooses();
    void backKeepsTheChoice();
    void languageSwitchRetranslatesEverything();
    void languageMenuSwitchesAndRemembers();
    void nextStepsPageFollowsLanguageSwitch();
    void demoMode();
    void screenshots();

private:
    LanguageManager *m_languages = nullptr;
};

void tst_RestoreWizard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("obrestore-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_restorewizard"));
    m_languages = new LanguageManager(this);
}

void tst_RestoreWizard::init()
{
    QSettings().clear();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void tst_RestoreWizard::nextIsDisabledUntilAScenarioIsChosen()
{
    RestoreWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(RestoreWizard::Page_Scenario));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.scenario());

    auto *offline = wizard.findChild<QRadioButton *>(QStringLiteral("scenarioSourceOffline"));
    QVERIFY(offline);
    clickRadio(offline);
    QVERIFY(offline->isChecked());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.scenario(), std::optional<Scenario>(Scenario::SourceOffline));
}

void tst_RestoreWizard::choiceDrivesTheNextPage_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("titleWord");
    QTest::newRow("online") << "scenarioSourceOnline" << int(Scenario::SourceOnline) << "online";
    QTest::newRow("offline") << "scenarioSourceOffline" << int(Scenario::SourceOffline) << "deleted or offline";
    QTest::newRow("not managed") << "scenarioTargetNotManaged" << int(Scenario::TargetNotManaged) << "not managed by OCP";
}

void tst_RestoreWizard::choiceDrivesTheNextPage()
{
    QFETCH(QString, radio);
    QFETCH(int, scenario);
    QFETCH(QString, titleWord);

    RestoreWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickRadio(wizard.findChild<QRadioButton *>(radio));
    QCOMPARE(wizard.field(QStringLiteral("scenario")).toInt(), scenario);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(RestoreWizard::Page_NextSteps));
    QVERIFY2(wizard.currentPage()->title().contains(titleWord), qPrintable(wizard.currentPage()->title()));
    // The last page ends the wizard with Finish, not with a dead Next button.
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isVisible() || !wizard.button(QWizard::NextButton)->isEnabled());
    auto *steps = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("stepsList"));
    QVERIFY(steps && steps->text().contains(u"<li"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void tst_RestoreWizard::clickingTheExplanationChooses()
{
    RestoreWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *label = wizard.findChild<QLabel *>(QStringLiteral("scenarioTargetNotManagedExplanation"));
    QVERIFY(label);
    QTest::mouseClick(label, Qt::LeftButton);
    QCOMPARE(wizard.scenario(), std::optional<Scenario>(Scenario::TargetNotManaged));
    QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("scenarioTargetNotManaged"))->isChecked());
}

void tst_RestoreWizard::backKeepsTheChoice()
{
    RestoreWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickRadio(wizard.findChild<QRadioButton *>(QStringLiteral("scenarioSourceOnline")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RestoreWizard::Page_NextSteps));
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    wizard.back();
    QCOMPARE(wizard.currentId(), int(RestoreWizard::Page_Scenario));
    QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("scenarioSourceOnline"))->isChecked());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void tst_RestoreWizard::languageSwitchRetranslatesEverything()
{
    RestoreWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickRadio(wizard.findChild<QRadioButton *>(QStringLiteral("scenarioSourceOffline")));
    wizard.next();
    wizard.back();
    const QString englishTitle = wizard.currentPage()->title();
    QCOMPARE(englishTitle, QStringLiteral("Choose a restore scenario"));
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Cancel"));
    QCOMPARE(wizard.button(QWizard::BackButton)->text(), QStringLiteral("< &Back"));

    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    // QApplication posts LanguageChange to the windows, so the texts change once events are processed.
    QTRY_COMPARE(wizard.currentPage()->title(), QString::fromUtf8("选择恢复场景"));
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QString::fromUtf8("取消"));
    QVERIFY2(wizard.button(QWizard::BackButton)->text().contains(QString::fromUtf8("上一步")),
             qPrintable(wizard.button(QWizard::BackButton)->text()));
    QVERIFY2(wizard.button(QWizard::NextButton)->text().contains(QString::fromUtf8("下一步")),
             qPrintable(wizard.button(QWizard::NextButton)->text()));
    const auto *radio = wizard.findChild<QRadioButton *>(QStringLiteral("scenarioSourceOffline"));
    QVERIFY2(radio->text().contains(QString::fromUtf8("源集群")), qPrintable(radio->text()));

    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(wizard.currentPage()->title(), englishTitle);
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Cancel"));
    QCOMPARE(wizard.button(QWizard::BackButton)->text(), QStringLiteral("< &Back"));
}

void tst_RestoreWizard::languageMenuSwitchesAndRemembers()
{
    RestoreWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *button = wizard.findChild<QToolButton *>(QStringLiteral("languageButton"));
    QVERIFY(button && button->isVisible());
    auto *chinese = button->menu()->findChild<QAction *>(QStringLiteral("language_zh_CN"));
    QVERIFY(chinese);
    QCOMPARE(chinese->text(), QString::fromUtf8("简体中文"));
    chinese->trigger();
    QCOMPARE(m_languages->language(), QStringLiteral("zh_CN"));
    QVERIFY(chinese->isChecked());
    QTRY_VERIFY2(button->text().contains(QString::fromUtf8("简体中文")), qPrintable(button->text()));
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(wizard.windowTitle().contains(u"obrestore"), true);

    button->menu()->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QCOMPARE(m_languages->language(), QStringLiteral("en"));
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("en"));
}

void tst_RestoreWizard::nextStepsPageFollowsLanguageSwitch()
{
    RestoreWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickRadio(wizard.findChild<QRadioButton *>(QStringLiteral("scenarioTargetNotManaged")));
    wizard.next();
    const QString english = wizard.currentPage()->title();
    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(wizard.currentPage()->title() != english);
    const QString chinese = wizard.currentPage()->title();
    QVERIFY2(chinese.contains(u"OCP"), qPrintable(chinese));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(wizard.currentPage()->title(), english);
}

// With OBRESTORE_SCREENSHOT_DIR set, saves every page in both languages for a person to look at.
// --demo: the sample location parses to its two tenants offline, the simulated cluster serves the same tenants and
// windows online, every page carries the banner (in both languages), and everything is gone afterwards.
void tst_RestoreWizard::demoMode()
{
    QString root;
    {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        root = demo.backupRoot();
        const Catalog offline = buildCatalog(DestScanner().scan({BackupUri::fromLocalPath(root)}));
        QCOMPARE(offline.tenants.size(), 2);
        QCOMPARE(offline.tenants[0].tenantName, QStringLiteral("mysql_tenant"));
        QCOMPARE(offline.tenants[0].windows.size(), 2); // the archive gap splits it

        ConnectionSettings settings;
        settings.host = demo.host();
        settings.port = demo.port();
        settings.user = demo.user();
        Session session(settings);
        ServerError e;
        const auto inventory = ClusterInventory::read(session, &e);
        QVERIFY2(inventory, qPrintable(e.toString()));
        QCOMPARE(inventory->version, demo.version());
        const auto online = OnlineBackupCatalog::read(session, {}, &e);
        QVERIFY2(online, qPrintable(e.toString()));
        QCOMPARE(online->tenants.size(), 2);
        QCOMPARE(online->tenants[0].windows.size(), offline.tenants[0].windows.size());
        session.close();

        RestoreWizard wizard(m_languages);
        QVERIFY(!wizard.windowTitle().contains(u"demo"));
        wizard.setDemo({demo.host(), demo.port(), demo.user(), demo.version().toString(), root});
        QVERIFY(wizard.windowTitle().contains(u"demo"));
        for (int id : wizard.pageIds()) {
            const auto *banner = wizard.page(id)->findChild<DemoBanner *>(QStringLiteral("demoBanner"));
            QVERIFY(banner);
            QVERIFY(banner->text().contains(QString::number(demo.port())));
            QVERIFY(banner->text().contains(QDir::toNativeSeparators(root)));
        }
        wizard.setDemo({demo.host(), demo.port(), demo.user(), demo.version().toString(), root}); // idempotent
        QCOMPARE(wizard.page(RestoreWizard::Page_Scenario)->findChildren<DemoBanner *>().size(), 1);
        QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(wizard.page(RestoreWizard::Page_Scenario)->findChild<DemoBanner *>()->text().contains(u"演示模式"));
        QVERIFY(wizard.windowTitle().contains(u"演示"));
        QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(wizard.windowTitle().contains(u"demo"));
    }
    QVERIFY(!QFileInfo::exists(root)); // the sample location is removed with the demo
}

void tst_RestoreWizard::screenshots()
{
    const QString dir = qEnvironmentVariable("OBRESTORE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set OBRESTORE_SCREENSHOT_DIR to save screenshots");
    for (const QString &language : LanguageManager::availableLanguages()) {
        QVERIFY(m_languages->setLanguage(language));
        RestoreWizard wizard(m_languages);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.grab().save(QStringLiteral("%1/scenario_%2.png").arg(dir, language)));
        clickRadio(wizard.findChild<QRadioButton *>(QStringLiteral("scenarioSourceOffline")));
        wizard.next();
        QVERIFY(wizard.grab().save(QStringLiteral("%1/nextsteps_%2.png").arg(dir, language)));
        // The same pages in demo mode, with the banner.
        RestoreWizard demoWizard(m_languages);
        demoWizard.setDemo({QStringLiteral("127.0.0.1"), 40123, QStringLiteral("root@sys"), QStringLiteral("4.2.3.0"),
                            QStringLiteral("/tmp/obrestore-demo-AbCdEf/backup")});
        demoWizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&demoWizard));
        QVERIFY(demoWizard.grab().save(QStringLiteral("%1/demo_scenario_%2.png").arg(dir, language)));
        clickRadio(demoWizard.findChild<QRadioButton *>(QStringLiteral("scenarioTargetNotManaged")));
        demoWizard.next();
        QVERIFY(demoWizard.grab().save(QStringLiteral("%1/demo_nextsteps_%2.png").arg(dir, language)));
    }
}

QTEST_MAIN(tst_RestoreWizard)
#include "tst_restorewizard.moc"
