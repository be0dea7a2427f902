#pragma once

#include "sqlengine.h"

#include <QList>
#include <QString>

namespace obsim {

struct Token
{
    enum class Kind { Word, String, Number, Symbol, QuotedIdent, UserVar, SysVar, Param, End };
    Kind kind = Kind::End;
    QString text;  // words as written; strings unquoted and unescaped
    qsizetype pos = 0; // offset in the statement
    bool is(const char *word) const;
};

// Whether a backslash escapes the next character in strings (MySQL and OceanBase, unless sql_mode has
// NO_BACKSLASH_ESCAPES: then it is an ordinary character, and only a doubled quote stands for a quote, as in
// sql_parser_mysql_mode.l's <sq>{qescape} rule). Set for the statements of one session on this thread.
class BackslashEscapesScope
{
public:
    explicit BackslashEscapesScope(bool on);
    ~BackslashEscapesScope();
    BackslashEscapesScope(const BackslashEscapesScope &) = delete;
    BackslashEscapesScope &operator=(const BackslashEscapesScope &) = delete;

private:
    bool m_previous;
};

// Splits a query into statements at top-level ';' (strings, quoted identifiers and comments respected).
QStringList splitStatements(const QString &sql);

// MySQL-mode tokens: words, 'strings' and "strings" (with backslash and doubled-quote escapes), `identifiers`,
// numbers, @user and @@system variables, '?' and symbols. Comments are skipped.
QList<Token> tokenize(const QString &sql, bool *ok = nullptr);

// A cursor over the tokens of one statement, for OceanBase's own grammar. Errors are the server's 1064.
class Parser
{
public:
    Parser(QString sql, QList<Token> tokens) : m_sql(std::move(sql)), m_tokens(std::move(tokens)) {}

    const Token &peek(int ahead = 0) const;
    const Token &next();
    bool atEnd() const { return peek().kind == Token::Kind::End; }
    bool accept(const char *word);                  // a keyword (case-insensitive)
    bool acceptSymbol(const char *symbol);
    bool expect(const char *word);                  // records a syntax error when missing
    bool expectSymbol(const char *symbol);
    bool identifier(QString *out);                  // a word or `quoted identifier`
    bool string(QString *out);                      // 'x' or "x"
    bool integer(qint64 *out);                      // an unquoted integer
    bool expectEnd();
    bool failed() const { return m_failed; }
    SqlError error() const;                         // 1064 near '<rest>' at line N
    void failAt(const Token &t);
    qsizetype position() const { return m_index; }

private:
    QString m_sql;
    QList<Token> m_tokens;
    qsizetype m_index = 0;
    bool m_failed = false;
    qsizetype m_errorPos = -1;
};

SqlError syntaxError(const QString &sql, qsizetype position);

} // namespace obsim
