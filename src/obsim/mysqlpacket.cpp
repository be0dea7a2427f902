#include "mysqlpacket.h"

#include <QCryptographicHash>

namespace obsim::mysql {

Writer &Writer::u8(quint8 v)
{
    m_out.append(char(v));
    return *this;
}

Writer &Writer::u16(quint16 v)
{
    return u8(quint8(v)).u8(quint8(v >> 8));
}

Writer &Writer::u24(quint32 v)
{
    return u16(quint16(v)).u8(quint8(v >> 16));
}

Writer &Writer::u32(quint32 v)
{
    return u16(quint16(v)).u16(quint16(v >> 16));
}

Writer &Writer::u64(quint64 v)
{
    return u32(quint32(v)).u32(quint32(v >> 32));
}

Writer &Writer::lenenc(quint64 v)
{
    if (v < 251)
        return u8(quint8(v));
    if (v < 0x10000)
        return u8(0xfc).u16(quint16(v));
    if (v < 0x1000000)
        return u8(0xfd).u24(quint32(v));
    return u8(0xfe).u64(v);
}

Writer &Writer::lenencStr(const QByteArray &s)
{
    lenenc(quint64(s.size()));
    m_out.append(s);
    return *this;
}

Writer &Writer::nulStr(const QByteArray &s)
{
    m_out.append(s);
    m_out.append('\0');
    return *this;
}

Writer &Writer::raw(const QByteArray &s)
{
    m_out.append(s);
    return *this;
}

Writer &Writer::zeros(int n)
{
    m_out.append(QByteArray(n, '\0'));
    return *this;
}

bool Reader::need(qsizetype n)
{
    if (!m_ok || n < 0 || m_pos + n > m_data.size()) {
        m_ok = false;
        return false;
    }
    return true;
}

quint8 Reader::u8()
{
    if (!need(1))
        return 0;
    return quint8(m_data[m_pos++]);
}

quint16 Reader::u16()
{
    const quint16 a = u8();
    return quint16(a | (quint16(u8()) << 8));
}

quint32 Reader::u24()
{
    const quint32 a = u16();
    return a | (quint32(u8()) << 16);
}

quint32 Reader::u32()
{
    const quint32 a = u16();
    return a | (quint32(u16()) << 16);
}

quint64 Reader::u64()
{
    const quint64 a = u32();
    return a | (quint64(u32()) << 32);
}

quint64 Reader::lenenc(bool *isNull)
{
    if (isNull)
        *isNull = false;
    const quint8 first = u8();
    if (first < 0xfb)
        return first;
    if (first == 0xfb) {
        if (isNull)
            *isNull = true;
        return 0;
    }
    if (first == 0xfc)
        return u16();
    if (first == 0xfd)
        return u24();
    return u64();
}

QByteArray Reader::lenencStr()
{
    const quint64 n = lenenc();
    if (n > quint64(remaining())) {
        m_ok = false;
        return {};
    }
    return bytes(qsizetype(n));
}

QByteArray Reader::nulStr()
{
    const qsizetype end = m_data.indexOf('\0', m_pos);
    if (end < 0) {
        m_ok = false;
        return {};
    }
    QByteArray s = m_data.mid(m_pos, end - m_pos);
    m_pos = end + 1;
    return s;
}

QByteArray Reader::bytes(qsizetype n)
{
    if (!need(n))
        return {};
    QByteArray s = m_data.mid(m_pos, n);
    m_pos += n;
    return s;
}

QByteArray Reader::rest()
{
    QByteArray s = m_data.mid(m_pos);
    m_pos = m_data.size();
    return s;
}

void Reader::skip(qsizetype n)
{
    if (need(n))
        m_pos += n;
}

QByteArray okPacket(quint64 affectedRows, quint16 status, quint16 warnings, const QByteArray &info)
{
    Writer w;
    w.u8(0x00).lenenc(affectedRows).lenenc(0).u16(status).u16(warnings);
    if (!info.isEmpty())
        w.raw(info);
    return w.bytes();
}

QByteArray errPacket(quint16 code, const QByteArray &sqlState, const QString &message)
{
    Writer w;
    w.u8(0xff).u16(code).u8('#').raw(sqlState.left(5).leftJustified(5, '0')).raw(message.toUtf8());
    return w.bytes();
}

QByteArray eofPacket(quint16 status, quint16 warnings)
{
    Writer w;
    w.u8(0xfe).u16(warnings).u16(status);
    return w.bytes();
}

QByteArray nativePasswordToken(const QByteArray &password, const QByteArray &scramble)
{
    if (password.isEmpty())
        return {};
    const QByteArray stage1 = QCryptographicHash::hash(password, QCryptographicHash::Sha1);
    const QByteArray stage2 = QCryptographicHash::hash(stage1, QCryptographicHash::Sha1);
    const QByteArray mix = QCryptographicHash::hash(scramble + stage2, QCryptographicHash::Sha1);
    QByteArray token(20, '\0');
    for (int i = 0; i < 20; ++i)
        token[i] = char(stage1[i] ^ mix[i]);
    return token;
}

} // namespace obsim::mysql
