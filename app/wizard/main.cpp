// obrestore-wizard: the desktop restore wizard.
#include "buildinfo.h"
#include "common/i18n.h"
#include "restorewizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace obrestore;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("obrestore"));
    QCoreApplication::setApplicationName(QStringLiteral("obrestore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBRESTORE_VERSION_STRING));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("obrestore"));

    LanguageManager languages;
    // The language is needed before the options are described, so --language is looked up by hand first.
    QString language = LanguageManager::preferredLanguage();
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--language")
            language = args.at(i + 1);
    }
    languages.setLanguage(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("obrestore::WizardMain", "Restore an OceanBase tenant from its physical backups."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("obrestore::WizardMain", "User interface language: %1.")
            .arg(LanguageManager::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("lang"));
    parser.addOption(languageOption);
    parser.process(app);
    if (parser.isSet(languageOption) && !LanguageManager::availableLanguages().contains(parser.value(languageOption))) {
        QTextStream(stderr) << QCoreApplication::translate("obrestore::WizardMain", "Unknown language \"%1\"; available: %2.")
                                   .arg(parser.value(languageOption), LanguageManager::availableLanguages().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }

    RestoreWizard wizard(&languages);
    wizard.show();
    return app.exec();
}
