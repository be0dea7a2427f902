#pragma once

#include "common/backupuri.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <optional>

#include <termios.h>
#include <unistd.h>

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

// A secret typed at the terminal without echo (prompt on stderr); nothing when stdin is not a terminal.
inline QString promptSecret(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return {};
    QTextStream ask(stderr);
    ask << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    QTextStream nl(stderr);
    nl << Qt::endl;
    return line;
}

// The backup (decryption) passwords, kept off the command line where `ps` and the shell history see it: each
// non-empty line of --decryption-file F, each line of $OBRESTORE_DECRYPTION, one typed without echo for
// --decryption-prompt; then --decryption PWD values (kept for scripts that need them). nullopt with `error` when the
// file cannot be read or the prompt has no terminal.
struct DecryptionOptions
{
    QCommandLineOption flag{QStringLiteral("decryption"),
                            QCoreApplication::translate("obrestore::Cli", "A backup password; repeat for several. Visible to ps and "
                                                                          "the shell history: prefer the three below."),
                            QCoreApplication::translate("obrestore::Cli", "password")};
    QCommandLineOption file{QStringLiteral("decryption-file"),
                            QCoreApplication::translate("obrestore::Cli", "Read the backup passwords from this file, one per line. "
                                                                          "OBRESTORE_DECRYPTION (one per line) works too."),
                            QCoreApplication::translate("obrestore::Cli", "file")};
    QCommandLineOption prompt{QStringLiteral("decryption-prompt"),
                              QCoreApplication::translate("obrestore::Cli", "Ask for a backup password on the terminal, without echo.")};
    QList<QCommandLineOption> all() const { return {flag, file, prompt}; }
};

inline std::optional<QStringList> decryptionPasswords(const QCommandLineParser &parser, const DecryptionOptions &o, QString *error)
{
    QStringList out;
    auto addLines = [&out](const QString &text) {
        for (QString line : text.split(u'\n')) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (!line.isEmpty())
                out << line;
        }
    };
    if (parser.isSet(o.file)) {
        QFile f(parser.value(o.file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("obrestore::Cli", "Cannot read the decryption password file %1: %2").arg(parser.value(o.file), f.errorString());
            return std::nullopt;
        }
        addLines(QString::fromUtf8(f.readAll()));
    }
    addLines(qEnvironmentVariable("OBRESTORE_DECRYPTION"));
    if (parser.isSet(o.prompt)) {
        const QString typed = promptSecret(QCoreApplication::translate("obrestore::Cli", "Backup (decryption) password: "));
        if (typed.isEmpty()) {
            *error = QCoreApplication::translate("obrestore::Cli", "--decryption-prompt needs a terminal and a password typed at it.");
            return std::nullopt;
        }
        out << typed;
    }
    out << parser.values(o.flag);
    out.removeDuplicates();
    for (const QString &password : std::as_const(out))
        rememberSecret(password); // masked by value in every report of this process
    return out;
}

} // namespace obrestore
