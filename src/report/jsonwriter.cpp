#include "jsonwriter.h"

namespace obrestore {

QByteArray JsonWriter::quoted(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out.append('"');
    for (const char c : s.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", u);
                out.append(buf);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

void JsonWriter::prefix(const char *key)
{
    if (m_depth > 0) {
        if (!m_first)
            m_out.append(',');
        m_out.append('\n');
        m_out.append(QByteArray(m_depth * 2, ' '));
    }
    m_first = false;
    if (key) {
        m_out.append(quoted(QString::fromLatin1(key)));
        m_out.append(": ");
    }
}

void JsonWriter::beginObject(const char *key)
{
    prefix(key);
    m_out.append('{');
    ++m_depth;
    m_first = true;
}

void JsonWriter::beginArray(const char *key)
{
    prefix(key);
    m_out.append('[');
    ++m_depth;
    m_first = true;
}

void JsonWriter::close(char bracket)
{
    --m_depth;
    if (!m_first) {
        m_out.append('\n');
        m_out.append(QByteArray(m_depth * 2, ' '));
    }
    m_out.append(bracket);
    m_first = false;
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::value(const char *key, const QString &v)
{
    prefix(key);
    m_out.append(quoted(v));
}

void JsonWriter::value(const char *key, qint64 v)
{
    prefix(key);
    m_out.append(QByteArray::number(v));
}

void JsonWriter::value(const char *key, bool v)
{
    prefix(key);
    m_out.append(v ? "true" : "false");
}

void JsonWriter::null(const char *key)
{
    prefix(key);
    m_out.append("null");
}

void JsonWriter::arrayValue(const QString &v)
{
    prefix(nullptr);
    m_out.append(quoted(v));
}

void JsonWriter::arrayValue(qint64 v)
{
    prefix(nullptr);
    m_out.append(QByteArray::number(v));
}

QByteArray JsonWriter::take()
{
    m_out.append('\n');
    return std::exchange(m_out, {});
}

} // namespace obrestore
