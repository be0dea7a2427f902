#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <optional>

namespace obrestore {

// Exit status 2 (misuse) with a one-line reason on stderr, for every command.
inline int refuseUsage(const QString &reason)
{
    QTextStream(stderr) << reason.simplified() << Qt::endl;
    return 2;
}

// The first line of a file (a password or a key kept off the command line), without its line break; false with the
// file's error when it cannot be read.
inline bool readFirstLine(const QString &path, QString *line, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    QByteArray bytes = f.readLine();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    *line = QString::fromUtf8(bytes);
    return true;
}

// The parser's help with the usage line naming the command as typed ("obrestore inspect"), not the binary's full path.
inline QString helpTextOf(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString exe = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(u'\n');
    const qsizetype at = exe.isEmpty() ? -1 : text.left(lineEnd).indexOf(exe);
    if (at >= 0)
        text.replace(at, exe.size(), command.isEmpty() ? QStringLiteral("obrestore") : QStringLiteral("obrestore ") + command);
    return text;
}

// Parses a command that takes options only: the exit status when the command ends here (its help: 0; a parse error
// or an argument it does not take: 2), or nothing to go on.
inline std::optional<int> parseOptionsOnly(QCommandLineParser &parser, const QStringList &args, const QCommandLineOption &help,
                                           const QString &command)
{
    if (!parser.parse(args))
        return refuseUsage(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << helpTextOf(parser, command);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return refuseUsage(QCoreApplication::translate("obrestore::Cli", "Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

} // namespace obrestore
