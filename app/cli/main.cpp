// obrestore: the command-line twin of the wizard (../shared/contracts/obrestore-cli.md).
#include "buildinfo.h"
#include "common/i18n.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

using namespace obrestore;

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(obrestore::Cli)
};

// Exit codes of the contract.
constexpr int kExitOk = 0;
constexpr int kExitMisuse = 2;

int misuse(const QString &message, const QString &help)
{
    QTextStream err(stderr);
    err << message << Qt::endl << Qt::endl << help;
    return kExitMisuse;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("obrestore"));
    QCoreApplication::setApplicationName(QStringLiteral("obrestore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBRESTORE_VERSION_STRING));

    // The CLI follows the locale of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    LanguageManager languages;
    languages.setLanguage(LanguageManager::languageForLocale(QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Reads OceanBase backup locations and prepares, runs and follows tenant restores.\n"
                "The commands of this version:\n"
                "  help       show this help\n"
                "The commands inspect, sql and watch come with the next versions."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."), Cli::tr("<command>"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    // parse(), not process(): the contract says misuse exits with 2, and process() would exit with 1.
    if (!parser.parse(QCoreApplication::arguments()))
        return misuse(parser.errorText(), parser.helpText());
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || (!positional.isEmpty() && positional.first() == u"help")) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    if (positional.isEmpty())
        return misuse(Cli::tr("No command given."), parser.helpText());
    return misuse(Cli::tr("Unknown command \"%1\".").arg(positional.first()), parser.helpText());
}
