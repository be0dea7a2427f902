#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace obrestore {

namespace {
const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");
const QString kSettingsKey = QStringLiteral("ui/language");
} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {kEnglish, kChinese};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == kChinese)
        return QStringLiteral(u"简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    const QStringList ui = locale.uiLanguages();
    const QString first = ui.isEmpty() ? locale.name() : ui.first();
    return first.startsWith(u"zh") ? kChinese : kEnglish;
}

void LanguageManager::removeTranslators()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = m_qtInstalled = false;
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    removeTranslators();
    bool ok = true;
    if (language == kEnglish) {
        // English is the source language; its catalogue only carries the plural forms ("1 tenant", "3 tenants").
        if (m_appTranslator.load(QStringLiteral(":/i18n/obrestore_en.qm")))
            m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    } else {
        const QLocale locale(language);
        if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
        }
        if (m_appTranslator.load(QStringLiteral(":/i18n/obrestore_%1.qm").arg(language)))
            m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
        ok = m_appInstalled;
    }
    const QString effective = ok ? language : kEnglish;
    // Dates and numbers shown with QLocale() (the timeline's labels) follow the UI language, not the system's.
    QLocale::setDefault(QLocale(effective == kEnglish ? QStringLiteral("en_US") : effective));
    const bool changed = m_language != effective;
    m_language = effective;
    if (changed)
        Q_EMIT languageChanged(m_language);
    return ok;
}

QString LanguageManager::preferredLanguage()
{
    QSettings settings;
    const QString saved = settings.value(kSettingsKey).toString();
    if (availableLanguages().contains(saved))
        return saved;
    return languageForLocale(QLocale::system());
}

void LanguageManager::rememberLanguage(const QString &language)
{
    QSettings settings;
    settings.setValue(kSettingsKey, language);
}

} // namespace obrestore
