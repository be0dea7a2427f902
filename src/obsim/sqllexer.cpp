#include "sqllexer.h"

namespace obsim {

bool Token::is(const char *word) const
{
    return kind == Kind::Word && text.compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0;
}

namespace {

thread_local bool t_backslashEscapes = true;

} // namespace

BackslashEscapesScope::BackslashEscapesScope(bool on)
    : m_previous(t_backslashEscapes)
{
    t_backslashEscapes = on;
}

BackslashEscapesScope::~BackslashEscapesScope()
{
    t_backslashEscapes = m_previous;
}

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'#';
}

// Skips a comment at i; returns the index after it (or i when there is none).
qsizetype skipComment(const QString &s, qsizetype i)
{
    if (s.mid(i, 2) == u"--" && (i + 2 >= s.size() || s[i + 2].isSpace())) {
        const qsizetype e = s.indexOf(u'\n', i);
        return e < 0 ? s.size() : e + 1;
    }
    if (s[i] == u'#') {
        const qsizetype e = s.indexOf(u'\n', i);
        return e < 0 ? s.size() : e + 1;
    }
    if (s.mid(i, 2) == u"/*") {
        const qsizetype e = s.indexOf(u"*/", i + 2);
        return e < 0 ? s.size() : e + 2;
    }
    return i;
}

// Reads a quoted run starting at i (s[i] is the quote); returns the index after it, or -1 if unterminated.
qsizetype readQuoted(const QString &s, qsizetype i, QString *out)
{
    const QChar q = s[i];
    QString value;
    qsizetype j = i + 1;
    while (j < s.size()) {
        const QChar c = s[j];
        if (c == u'\\' && q != u'`' && t_backslashEscapes && j + 1 < s.size()) {
            const QChar n = s[j + 1];
            switch (n.unicode()) {
            case 'n': value += u'\n'; break;
            case 't': value += u'\t'; break;
            case 'r': value += u'\r'; break;
            case '0': value += QChar(0); break;
            case 'Z': value += QChar(0x1a); break;
            default: value += n; break;
            }
            j += 2;
            continue;
        }
        if (c == q) {
            if (j + 1 < s.size() && s[j + 1] == q) {
                value += q;
                j += 2;
                continue;
            }
            if (out)
                *out = value;
            return j + 1;
        }
        value += c;
        ++j;
    }
    return -1;
}

} // namespace

QStringList splitStatements(const QString &sql)
{
    QStringList out;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < sql.size()) {
        const qsizetype afterComment = skipComment(sql, i);
        if (afterComment != i) {
            i = afterComment;
            continue;
        }
        const QChar c = sql[i];
        if (c == u'\'' || c == u'"' || c == u'`') {
            const qsizetype e = readQuoted(sql, i, nullptr);
            i = e < 0 ? sql.size() : e;
            continue;
        }
        if (c == u';') {
            out << sql.mid(start, i - start);
            start = i + 1;
        }
        ++i;
    }
    out << sql.mid(start);
    QStringList trimmed;
    for (const QString &s : std::as_const(out)) {
        if (!s.trimmed().isEmpty())
            trimmed << s.trimmed();
    }
    return trimmed;
}

QList<Token> tokenize(const QString &s, bool *ok)
{
    QList<Token> out;
    if (ok)
        *ok = true;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype afterComment = skipComment(s, i);
        if (afterComment != i) {
            i = afterComment;
            continue;
        }
        Token t;
        t.pos = i;
        if (c == u'\'' || c == u'"' || c == u'`') {
            const qsizetype e = readQuoted(s, i, &t.text);
            if (e < 0) {
                if (ok)
                    *ok = false;
                t.kind = Token::Kind::Symbol;
                t.text = c;
                out.append(t);
                break;
            }
            t.kind = c == u'`' ? Token::Kind::QuotedIdent : Token::Kind::String;
            out.append(t);
            i = e;
            continue;
        }
        if (c == u'@') {
            const bool sys = i + 1 < s.size() && s[i + 1] == u'@';
            qsizetype j = i + (sys ? 2 : 1);
            while (j < s.size() && (isWordChar(s[j]) || s[j] == u'.'))
                ++j;
            t.kind = sys ? Token::Kind::SysVar : Token::Kind::UserVar;
            t.text = s.mid(i, j - i);
            out.append(t);
            i = j;
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < s.size() && (s[j].isDigit() || s[j] == u'.'))
                ++j;
            if (j < s.size() && isWordStart(s[j])) { // 1abc is a word in MySQL
                while (j < s.size() && isWordChar(s[j]))
                    ++j;
                t.kind = Token::Kind::Word;
            } else {
                t.kind = Token::Kind::Number;
            }
            t.text = s.mid(i, j - i);
            out.append(t);
            i = j;
            continue;
        }
        if (isWordStart(c)) {
            qsizetype j = i;
            while (j < s.size() && isWordChar(s[j]))
                ++j;
            t.kind = Token::Kind::Word;
            t.text = s.mid(i, j - i);
            out.append(t);
            i = j;
            continue;
        }
        if (c == u'?') {
            t.kind = Token::Kind::Param;
            t.text = c;
            out.append(t);
            ++i;
            continue;
        }
        // two-character symbols
        const QString two = s.mid(i, 2);
        if (two == u"<=" || two == u">=" || two == u"<>" || two == u"!=" || two == u":=") {
            t.kind = Token::Kind::Symbol;
            t.text = two;
            out.append(t);
            i += 2;
            continue;
        }
        t.kind = Token::Kind::Symbol;
        t.text = c;
        out.append(t);
        ++i;
    }
    Token end;
    end.kind = Token::Kind::End;
    end.pos = s.size();
    out.append(end);
    return out;
}

SqlError syntaxError(const QString &sql, qsizetype position)
{
    const QString near = sql.mid(position).left(80);
    const qsizetype line = sql.left(position).count(u'\n') + 1;
    return {1064, "42000",
            QStringLiteral("You have an error in your SQL syntax; check the manual that corresponds to your OceanBase "
                           "version for the right syntax to use near '%1' at line %2")
                .arg(near)
                .arg(line)};
}

const Token &Parser::peek(int ahead) const
{
    const qsizetype i = qMin(m_index + ahead, m_tokens.size() - 1);
    return m_tokens[i];
}

const Token &Parser::next()
{
    const Token &t = peek();
    if (m_index < m_tokens.size() - 1)
        ++m_index;
    return t;
}

void Parser::failAt(const Token &t)
{
    if (!m_failed) {
        m_failed = true;
        m_errorPos = t.pos;
    }
}

bool Parser::accept(const char *word)
{
    if (peek().is(word)) {
        next();
        return true;
    }
    return false;
}

bool Parser::acceptSymbol(const char *symbol)
{
    if (peek().kind == Token::Kind::Symbol && peek().text == QLatin1StringView(symbol)) {
        next();
        return true;
    }
    return false;
}

bool Parser::expect(const char *word)
{
    if (accept(word))
        return true;
    failAt(peek());
    return false;
}

bool Parser::expectSymbol(const char *symbol)
{
    if (acceptSymbol(symbol))
        return true;
    failAt(peek());
    return false;
}

bool Parser::identifier(QString *out)
{
    const Token &t = peek();
    if (t.kind == Token::Kind::Word || t.kind == Token::Kind::QuotedIdent) {
        *out = t.text;
        next();
        return true;
    }
    failAt(t);
    return false;
}

bool Parser::string(QString *out)
{
    const Token &t = peek();
    if (t.kind == Token::Kind::String) {
        *out = t.text;
        next();
        return true;
    }
    failAt(t);
    return false;
}

bool Parser::integer(qint64 *out)
{
    const Token &t = peek();
    bool ok = false;
    const qint64 v = t.kind == Token::Kind::Number ? t.text.toLongLong(&ok) : 0;
    if (!ok) {
        failAt(t);
        return false;
    }
    *out = v;
    next();
    return true;
}

bool Parser::expectEnd()
{
    if (atEnd())
        return true;
    failAt(peek());
    return false;
}

SqlError Parser::error() const
{
    return syntaxError(m_sql, m_errorPos < 0 ? m_sql.size() : m_errorPos);
}

} // namespace obsim
