// obrestore-wizard: the desktop restore wizard.
#include "buildinfo.h"
#include "cluster/session.h"
#include "common/i18n.h"
#include "demoenvironment.h"
#include "restorewizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

#include <memory>

using namespace obrestore;

namespace {

// SIGINT / SIGTERM end the event loop normally, so demo mode's simulator stops and its temporary folder is removed.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Session::installDriverMessageFilter();
    QCoreApplication::setOrganizationName(QStringLiteral("obrestore"));
    QCoreApplication::setApplicationName(QStringLiteral("obrestore"));
    // The menu entry and the icon installed with the package (resources/desktop, resources/icons).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.obrestore.Wizard"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("obrestore")));
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
    QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("obrestore::WizardMain", "Demo mode: a simulated OceanBase cluster and a sample backup location. The "
                                                              "cluster keeps running while a restore runs on it, so the wizard finds the "
                                                              "restore again when reopened; it removes itself once unused."));
    parser.addOption(demoOption);
    QCommandLineOption bucketOption(
        QStringLiteral("demo-bucket"),
        QCoreApplication::translate("obrestore::WizardMain", "Demo mode with the sample backup location in a bucket of a local "
                                                              "S3-compatible server (needs: cmake --build build --target s3server)."));
    parser.addOption(bucketOption);
    parser.process(app);
    if (parser.isSet(languageOption) && !LanguageManager::availableLanguages().contains(parser.value(languageOption))) {
        QTextStream(stderr) << QCoreApplication::translate("obrestore::WizardMain", "Unknown language \"%1\"; available: %2.")
                                   .arg(parser.value(languageOption), LanguageManager::availableLanguages().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }

    quitOnSignals(app);
    std::unique_ptr<DemoEnvironment> demo;
    if (parser.isSet(demoOption) || parser.isSet(bucketOption)) {
        demo = std::make_unique<DemoEnvironment>();
        QString error;
        if (!demo->startShared(&error) || (parser.isSet(bucketOption) && !demo->startBucket(&error))) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }

    RestoreWizard wizard(&languages);
    if (demo)
        wizard.setDemo({demo->host(), demo->port(), demo->user(), demo->version().toString(),
                        demo->bucketLocation().isEmpty() ? demo->backupRoot() : demo->bucketLocation(), demo->decryptionPassword(),
                        demo->problemCheck()});
    wizard.restoreWindowGeometry();
    wizard.show();
    return app.exec();
}
