#include "common/i18n.h"

#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace obrestore;

class tst_I18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languageForLocale_data();
    void languageForLocale();
    void switchesCoreStringsAtRunTime();
    void refusesUnknownLanguage();
    void remembersChoice();
    void qtsOwnDialogsFollow();
};

void tst_I18n::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("obrestore-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
    QSettings().clear();
}

void tst_I18n::languageForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << "zh_CN" << "zh_CN";
    QTest::newRow("zh_TW falls back to simplified") << "zh_TW" << "zh_CN";
    QTest::newRow("en_US") << "en_US" << "en";
    QTest::newRow("de_DE") << "de_DE" << "en";
    QTest::newRow("C") << "C" << "en";
}

void tst_I18n::languageForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageManager::languageForLocale(QLocale(locale)), language);
}

void tst_I18n::switchesCoreStringsAtRunTime()
{
    LanguageManager manager;
    QSignalSpy spy(&manager, &LanguageManager::languageChanged);
    QVERIFY(manager.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(manager.language(), QStringLiteral("zh_CN"));
    QCOMPARE(spy.count(), 1);
    // A string of the core's "obrestore" context and one of Qt's own catalogue both translate.
    const QString core = QCoreApplication::translate("obrestore", "The time zone is not valid.");
    QVERIFY2(core != u"The time zone is not valid." && !core.isEmpty(), qPrintable(core));
    QCOMPARE(QCoreApplication::translate("QWizard", "Cancel"), QString::fromUtf8("取消"));

    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("obrestore", "The time zone is not valid."),
             QStringLiteral("The time zone is not valid."));
    QCOMPARE(spy.count(), 2);
}

void tst_I18n::refusesUnknownLanguage()
{
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QVERIFY(!manager.setLanguage(QStringLiteral("fr")));
    QCOMPARE(manager.language(), QStringLiteral("en"));
}

void tst_I18n::remembersChoice()
{
    LanguageManager::rememberLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("zh_CN"));
    LanguageManager::rememberLanguage(QStringLiteral("en"));
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    // An unusable saved value falls back to the system locale (the tests run with LANGUAGE=en).
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("en"));
}

// Qt's own words (the file dialog's buttons and labels, QWizard's) follow the UI language too (issue 29, rule 10).
void tst_I18n::qtsOwnDialogsFollow()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    for (const auto &[context, text] : {std::pair{"QFileDialog", "Look in:"}, std::pair{"QFileDialog", "File &name:"},
                                        std::pair{"QPlatformTheme", "Save"}, std::pair{"QPlatformTheme", "Cancel"}}) {
        const QString translated = QCoreApplication::translate(context, text);
        QVERIFY2(translated != QLatin1StringView(text), qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(context), translated)));
    }
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Look in:"));
}

QTEST_GUILESS_MAIN(tst_I18n)
#include "tst_i18n.moc"
