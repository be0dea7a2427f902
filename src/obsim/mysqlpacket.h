#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace obsim {

// MySQL client/server protocol primitives (protocol 10, CLIENT_PROTOCOL_41).
namespace mysql {

enum Command : quint8 {
    ComQuit = 0x01,
    ComInitDb = 0x02,
    ComQuery = 0x03,
    ComFieldList = 0x04,
    ComPing = 0x0e,
    ComStmtPrepare = 0x16,
    ComStmtExecute = 0x17,
    ComStmtSendLongData = 0x18,
    ComStmtClose = 0x19,
    ComStmtReset = 0x1a,
    ComSetOption = 0x1b,
    ComResetConnection = 0x1f,
};

enum Capability : quint32 {
    ClientLongPassword = 0x00000001,
    ClientFoundRows = 0x00000002,
    ClientLongFlag = 0x00000004,
    ClientConnectWithDb = 0x00000008,
    ClientProtocol41 = 0x00000200,
    ClientSsl = 0x00000800,
    ClientTransactions = 0x00002000,
    ClientSecureConnection = 0x00008000,
    ClientMultiStatements = 0x00010000,
    ClientMultiResults = 0x00020000,
    ClientPsMultiResults = 0x00040000,
    ClientPluginAuth = 0x00080000,
    ClientConnectAttrs = 0x00100000,
    ClientPluginAuthLenencData = 0x00200000,
    ClientDeprecateEof = 0x01000000,
};

enum Status : quint16 {
    StatusAutocommit = 0x0002,
    StatusMoreResults = 0x0008,
};

enum FieldType : quint8 {
    TypeDouble = 0x05,
    TypeNull = 0x06,
    TypeLongLong = 0x08,
    TypeDateTime = 0x0c,
    TypeNewDecimal = 0xf6,
    TypeBlob = 0xfc,
    TypeVarString = 0xfd,
    TypeString = 0xfe,
};

// Builds a packet payload.
class Writer
{
public:
    Writer &u8(quint8 v);
    Writer &u16(quint16 v);
    Writer &u24(quint32 v);
    Writer &u32(quint32 v);
    Writer &u64(quint64 v);
    Writer &lenenc(quint64 v);
    Writer &lenencStr(const QByteArray &s);
    Writer &nulStr(const QByteArray &s);
    Writer &raw(const QByteArray &s);
    Writer &zeros(int n);
    const QByteArray &bytes() const { return m_out; }

private:
    QByteArray m_out;
};

// Reads a packet payload; every read is bounds-checked and latches failure.
class Reader
{
public:
    explicit Reader(const QByteArray &payload) : m_data(payload) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    quint8 u8();
    quint16 u16();
    quint32 u24();
    quint32 u32();
    quint64 u64();
    quint64 lenenc(bool *isNull = nullptr);
    QByteArray lenencStr();
    QByteArray nulStr();
    QByteArray bytes(qsizetype n);
    QByteArray rest();
    void skip(qsizetype n);

private:
    bool need(qsizetype n);
    QByteArray m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

QByteArray okPacket(quint64 affectedRows, quint16 status, quint16 warnings = 0, const QByteArray &info = {});
QByteArray errPacket(quint16 code, const QByteArray &sqlState, const QString &message);
QByteArray eofPacket(quint16 status, quint16 warnings = 0);

// mysql_native_password: SHA1(password) XOR SHA1(scramble + SHA1(SHA1(password))).
QByteArray nativePasswordToken(const QByteArray &password, const QByteArray &scramble);

} // namespace mysql
} // namespace obsim
