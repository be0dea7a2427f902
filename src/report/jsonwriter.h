#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace obrestore {

// A small streaming JSON writer that keeps keys in the order they are written (the contract documents its
// fields in a fixed order, and a report reads better that way), with two-space indentation.
class JsonWriter
{
public:
    void beginObject(const char *key = nullptr);
    void endObject();
    void beginArray(const char *key = nullptr);
    void endArray();
    void value(const char *key, const QString &v);
    void value(const char *key, qint64 v);
    void value(const char *key, bool v);
    void null(const char *key);
    void arrayValue(const QString &v);
    void arrayValue(qint64 v);
    QByteArray take();

private:
    void prefix(const char *key);
    void close(char bracket);
    static QByteArray quoted(const QString &s);

    QByteArray m_out;
    int m_depth = 0;
    bool m_first = true;
};

} // namespace obrestore
