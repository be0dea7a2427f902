#include "plan/displayzone.h"
#include "backupdest/destscanner.h"
#include "backupdest/tenantcatalog.h"
#include "cluster/clusterinventory.h"
#include "cluster/onlinebackupcatalog.h"
#include "common/i18n.h"
#include "demobanner.h"
#include "demoenvironment.h"
#include "objectstorageform.h"
#include "restorewizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QMenu>
#include <QRadioButton>
#include <QScreen>
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
    void sourcePageFollowsLanguageSwitch();
    void demoMode();
    void sizeAndPositionRemembered();
    void objectStorageFormReadsTheProvider();

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
    DisplayZone::instance().reset(); // the remembered zone is forgotten with the settings
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
    QTest::addColumn<bool>("modeChoice");
    QTest::newRow("online") << "scenarioSourceOnline" << int(Scenario::SourceOnline) << "source cluster" << false;
    QTest::newRow("offline") << "scenarioSourceOffline" << int(Scenario::SourceOffline) << "backup location" << false;
    QTest::newRow("not managed") << "scenarioTargetNotManaged" << int(Scenario::TargetNotManaged) << "backup location" << true;
}

void tst_RestoreWizard::choiceDrivesTheNextPage()
{
    QFETCH(QString, radio);
    QFETCH(int, scenario);
    QFETCH(QString, titleWord);
    QFETCH(bool, modeChoice);

    RestoreWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickRadio(wizard.findChild<QRadioButton *>(radio));
    QCOMPARE(wizard.field(QStringLiteral("scenario")).toInt(), scenario);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(RestoreWizard::Page_Source));
    QVERIFY2(wizard.currentPage()->title().contains(titleWord), qPrintable(wizard.currentPage()->title()));
    // Only scenario 3 lets the user choose how the backups are read; 1 is always online, 2 always offline.
    QCOMPARE(wizard.findChild<QRadioButton *>(QStringLiteral("sourceOnlineRadio"))->isVisible(), modeChoice);
    QCOMPARE(wizard.state().sourceOnline, scenario == int(Scenario::SourceOnline));
    // Nothing parsed yet: Next waits for a tenant with a restorable window.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
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
    QCOMPARE(wizard.currentId(), int(RestoreWizard::Page_Source));
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

void tst_RestoreWizard::sourcePageFollowsLanguageSwitch()
{
    RestoreWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickRadio(wizard.findChild<QRadioButton *>(QStringLiteral("scenarioTargetNotManaged")));
    wizard.next();
    const QString english = wizard.currentPage()->title();
    auto *parse = wizard.findChild<QAbstractButton *>(QStringLiteral("parseButton"));
    QCOMPARE(parse->text(), QStringLiteral("Parse"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(wizard.currentPage()->title() != english);
    QVERIFY2(wizard.currentPage()->title().contains(QString::fromUtf8("备份路径")), qPrintable(wizard.currentPage()->title()));
    QCOMPARE(parse->text(), QString::fromUtf8("解析"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(wizard.currentPage()->title(), english);
}

// --demo: the sample location parses to its two tenants offline, the simulated cluster serves the same tenants and
// windows online, every page carries the banner (in both languages), and everything is gone afterwards.
// Rule 3 of issue 16: the first start opens at the default size (smaller only on a smaller screen); later starts
// restore the last size and position.
void tst_RestoreWizard::sizeAndPositionRemembered()
{
    QSize first;
    {
        RestoreWizard wizard(m_languages);
        wizard.restoreWindowGeometry();
        const QSize screen = wizard.screen()->availableGeometry().size();
        QCOMPARE(wizard.size(), RestoreWizard::defaultSize().boundedTo(screen * 0.95).expandedTo(wizard.minimumSize()));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.resize(wizard.minimumSize() + QSize(17, 23));
        first = wizard.size();
        wizard.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    RestoreWizard again(m_languages);
    again.restoreWindowGeometry();
    QCOMPARE(again.size(), first);
}

void tst_RestoreWizard::demoMode()
{
    QString root;
    {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        root = demo.backupRoot();
        const Catalog offline = buildCatalog(DestScanner().scan({BackupUri::fromLocalPath(root)}));
        QCOMPARE(offline.tenants.size(), 3); // mysql_tenant, sales, and hr without a window
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
        QCOMPARE(online->tenants.size(), 3);
        QCOMPARE(online->tenants[0].windows.size(), offline.tenants[0].windows.size());
        session.close();

        RestoreWizard wizard(m_languages);
        QVERIFY(!wizard.windowTitle().contains(u"demo"));
        wizard.setDemo({demo.host(), demo.port(), demo.user(), demo.version().toString(), root, demo.decryptionPassword(), demo.problemCheck()});
        QVERIFY(wizard.windowTitle().contains(u"demo"));
        for (int id : wizard.pageIds()) {
            const auto *banner = wizard.page(id)->findChild<DemoBanner *>(QStringLiteral("demoBanner"));
            QVERIFY(banner);
            QVERIFY(banner->text().contains(QString::number(demo.port())));
            QVERIFY(banner->text().contains(QDir::toNativeSeparators(root)));
        }
        wizard.setDemo({demo.host(), demo.port(), demo.user(), demo.version().toString(), root, demo.decryptionPassword(), demo.problemCheck()}); // idempotent
        QCOMPARE(wizard.page(RestoreWizard::Page_Scenario)->findChildren<DemoBanner *>().size(), 1);
        QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(wizard.page(RestoreWizard::Page_Scenario)->findChild<DemoBanner *>()->text().contains(u"演示模式"));
        QVERIFY(wizard.windowTitle().contains(u"演示"));
        QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(wizard.windowTitle().contains(u"demo"));
    }
    QVERIFY(!QFileInfo::exists(root)); // the sample location is removed with the demo
}

// A pasted URI sets the provider from its scheme and, for s3://, from its host parameter: an OBS endpoint is Huawei
// Cloud OBS; "host=" inside another parameter's value names no endpoint.
void tst_RestoreWizard::objectStorageFormReadsTheProvider()
{
    ObjectStorageForm form;
    auto *provider = form.findChild<QComboBox *>(QStringLiteral("objectProviderCombo"));
    QVERIFY(provider);
    form.setUri(QStringLiteral("s3://bkt/p?host=obs.cn-north-4.myhuaweicloud.com&access_id=AK&access_key=secret1"));
    QVERIFY2(provider->currentText().contains(u"Huawei"), qPrintable(provider->currentText()));
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("objectEndpointEdit"))->text(), QStringLiteral("obs.cn-north-4.myhuaweicloud.com"));
    form.setUri(QStringLiteral("s3://bkt/p?s3_region=x-host=obs.myhuaweicloud.com&host=minio.example.com&access_id=AK"));
    QVERIFY2(provider->currentText().contains(u"S3-compatible"), qPrintable(provider->currentText()));
    form.setUri(QStringLiteral("oss://bkt/p?host=oss-cn-hangzhou.aliyuncs.com&access_id=AK&access_key=secret1"));
    QVERIFY2(provider->currentText().contains(u"OSS"), qPrintable(provider->currentText()));
}

QTEST_MAIN(tst_RestoreWizard)
#include "tst_restorewizard.moc"
