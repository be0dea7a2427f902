#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace obrestore {

// Installs and switches the application's translations at run time: Qt's own (qtbase_<lang>.qm, which
// translates QWizard's Back/Next/Cancel and QCommandLineParser's texts) and obrestore's (embedded as
// :/i18n/obrestore_<lang>.qm). Lives in the core so the CLI speaks the same languages as the wizard.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The languages shipped: "en" (source language) and "zh_CN".
    static QStringList availableLanguages();
    // The language's own name ("English", "简体中文"), shown untranslated so a user can always find theirs.
    static QString nativeName(const QString &language);
    // "zh_CN" when the first UI language of `locale` is Chinese, else "en".
    static QString languageForLocale(const QLocale &locale);

    // Removes the current translators, loads and installs those of `language` (6.4 needs the remove first).
    // Returns false for an unknown language or a missing obrestore catalogue; English always succeeds.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

    // The remembered choice (QSettings "ui/language"), else the system locale's language.
    static QString preferredLanguage();
    static void rememberLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    bool m_qtInstalled = false;
    bool m_appInstalled = false;
    QString m_language;
};

} // namespace obrestore
