#include "unis.h"

#include "tr.h"

namespace obrestore {

bool UnisReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool UnisReader::need(qsizetype n)
{
    if (!ok())
        return false;
    if (n < 0 || n > m_end - m_pos)
        return fail(Tr::tr("the data ends early (needed %1 more byte(s) at offset %2)").arg(n).arg(m_pos));
    return true;
}

bool UnisReader::varint(quint64 &out, int maxBytes)
{
    if (!ok())
        return false;
    quint64 value = 0;
    int shift = 0;
    for (int i = 0;; ++i) {
        if (m_pos >= m_end)
            return fail(Tr::tr("a number is cut off at offset %1").arg(m_pos));
        const quint8 b = quint8(m_data[m_pos++]);
        if (shift < 64)
            value |= quint64(b & 0x7F) << shift;
        shift += 7;
        if (!(b & 0x80))
            break;
        // OceanBase's decoder accepts any number of continuation bytes; bound it anyway against garbage.
        if (i + 1 >= maxBytes)
            return fail(Tr::tr("a number at offset %1 is longer than %2 bytes").arg(m_pos).arg(maxBytes));
    }
    out = value;
    return true;
}

bool UnisReader::vi64(quint64 &out)
{
    return varint(out, 16);
}

bool UnisReader::vi64(qint64 &out)
{
    quint64 v = 0;
    if (!vi64(v))
        return false;
    out = qint64(v);
    return true;
}

bool UnisReader::vi32(quint32 &out)
{
    quint64 v = 0;
    if (!varint(v, 16))
        return false;
    out = quint32(v); // encode_vi32 writes the unsigned 32-bit pattern; negative numbers take 5 bytes
    return true;
}

bool UnisReader::vi32(qint32 &out)
{
    quint32 v = 0;
    if (!vi32(v))
        return false;
    out = qint32(v);
    return true;
}

bool UnisReader::byte(quint8 &out)
{
    if (!need(1))
        return false;
    out = quint8(m_data[m_pos++]);
    return true;
}

bool UnisReader::boolean(bool &out)
{
    quint8 b = 0;
    if (!byte(b))
        return false;
    out = b != 0;
    return true;
}

bool UnisReader::fixedBe64(quint64 &out)
{
    if (!need(8))
        return false;
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(m_data[m_pos + i]);
    m_pos += 8;
    out = v;
    return true;
}

bool UnisReader::cString(QByteArray &out, qsizetype capacity)
{
    quint64 lenWithNul = 0;
    if (!vi64(lenWithNul))
        return false;
    if (lenWithNul == 0) {
        out.clear();
        return true;
    }
    if (lenWithNul > quint64(capacity))
        return fail(Tr::tr("a text field declares %1 bytes, more than its capacity of %2").arg(lenWithNul).arg(capacity));
    if (!need(qsizetype(lenWithNul)))
        return false;
    const qsizetype n = qsizetype(lenWithNul) - 1;
    if (m_data[m_pos + n] != '\0')
        return fail(Tr::tr("a text field at offset %1 is not terminated").arg(m_pos));
    out = QByteArray(m_data + m_pos, n);
    m_pos += qsizetype(lenWithNul);
    return true;
}

bool UnisReader::fixedString(QByteArray &out, qsizetype capacity)
{
    qsizetype saved = 0;
    if (!openStruct(saved))
        return false;
    out.clear();
    if (more() && !cString(out, capacity))
        return false;
    return closeStruct(saved);
}

bool UnisReader::obString(QByteArray &out, qsizetype maxLength)
{
    quint64 len = 0;
    if (!vi64(len))
        return false;
    if (len > quint64(maxLength))
        return fail(Tr::tr("a text field declares %1 bytes, more than the %2 allowed").arg(len).arg(maxLength));
    if (len == 0) {
        out.clear();
        // OceanBase writes a NUL even after an empty string; tolerate its absence at the very end.
        if (m_pos < m_end && m_data[m_pos] == '\0')
            ++m_pos;
        return true;
    }
    if (!need(qsizetype(len) + 1))
        return false;
    out = QByteArray(m_data + m_pos, qsizetype(len));
    m_pos += qsizetype(len) + 1;
    return true;
}

bool UnisReader::arrayCount(qint64 &count, qsizetype minElementBytes)
{
    quint64 n = 0;
    if (!vi64(n))
        return false;
    const quint64 room = quint64(m_end - m_pos) / quint64(qMax<qsizetype>(1, minElementBytes));
    if (n > room)
        return fail(Tr::tr("a list declares %1 entries, more than the remaining %2 bytes can hold").arg(n).arg(m_end - m_pos));
    count = qint64(n);
    return true;
}

bool UnisReader::openStruct(qsizetype &savedEnd, quint64 expectedVersion)
{
    quint64 version = 0;
    quint64 length = 0;
    if (!vi64(version))
        return false;
    if (version != expectedVersion)
        return fail(Tr::tr("unsupported structure version %1 at offset %2 (expected %3)").arg(version).arg(m_pos).arg(expectedVersion));
    if (!vi64(length))
        return false;
    if (length > quint64(m_end - m_pos))
        return fail(Tr::tr("a structure at offset %1 declares %2 bytes but only %3 remain").arg(m_pos).arg(length).arg(m_end - m_pos));
    savedEnd = m_end;
    m_end = m_pos + qsizetype(length);
    return true;
}

bool UnisReader::closeStruct(qsizetype savedEnd)
{
    if (!ok())
        return false;
    m_pos = m_end;
    m_end = savedEnd;
    return true;
}

} // namespace obrestore
