#include "jsonwriter.h"

#include <algorithm>

namespace obrestore {

QByteArray JsonWriter::quoted(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    QByteArray out;
    // Most values (SCNs, names, URIs) need no escape: copied at once (the reports list every piece).
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
    if (plain) {
        out.reserve(utf8.size() + 2);
        out.append('"').append(utf8).append('"');
        return out;
    }
    out.reserve(utf8.size() + 8);
    out.append('"');
    for (const char c : utf8) {
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
        m_out.append(m_depth * 2, ' ');
    }
    m_first = false;
    if (key) {
        // Keys are the report's own ASCII names, never anything to escape.
        m_out.append('"').append(key).append("\": ");
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
        m_out.append(m_depth * 2, ' ');
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
