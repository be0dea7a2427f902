#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace obrestore {

// Decoder for OceanBase's serialization primitives ("OB_UNIS", ../shared/reference/ob-backup-layout.md §3.3):
// base-128 varints without zigzag, OB_UNIS structs (vi64 version + 5-byte padded varint length + members),
// fixed-length strings (vi64 strlen+1, bytes, NUL), ObString, arrays (vi64 count + elements).
//
// Every read is bounds-checked against the innermost open struct; the first failure latches an error and all
// later reads fail, so a caller can decode a whole struct and check ok() once. Huge declared lengths or counts
// are refused before anything is allocated.
class UnisReader
{
public:
    UnisReader(const char *data, qsizetype size) : m_data(data), m_pos(0), m_end(size) {}
    explicit UnisReader(const QByteArray &bytes) : UnisReader(bytes.constData(), bytes.size()) {}

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    qsizetype position() const { return m_pos; }
    qsizetype end() const { return m_end; }
    // True while the innermost open struct (or the buffer) has bytes left: OB_UNIS_DECODE_IF decodes a member
    // only while pos < len, so members an older writer did not write keep their defaults.
    bool more() const { return ok() && m_pos < m_end; }

    bool vi64(quint64 &out);
    bool vi64(qint64 &out);
    bool vi32(quint32 &out);
    bool vi32(qint32 &out);
    bool byte(quint8 &out);
    bool boolean(bool &out);
    bool fixedBe64(quint64 &out); // 8 bytes, most significant first (encode_i64)
    // ObFixedLengthString<capacity>: itself an OB_UNIS struct wrapping vi64(strlen+1) + bytes + NUL.
    bool fixedString(QByteArray &out, qsizetype capacity);
    // A raw "char buf[N]" body without the struct header: vi64(strlen+1) + bytes + NUL.
    bool cString(QByteArray &out, qsizetype capacity);
    // ObString: vi64(length) + bytes + NUL.
    bool obString(QByteArray &out, qsizetype maxLength);
    // vi64 element count of an array, refused when it exceeds what the remaining bytes could hold.
    bool arrayCount(qint64 &count, qsizetype minElementBytes = 1);

    // Opens an OB_UNIS struct. A version other than `expectedVersion` is refused (OB_NOT_SUPPORTED).
    // Returns the saved outer end for closeStruct().
    bool openStruct(qsizetype &savedEnd, quint64 expectedVersion = 1);
    // Resumes at the struct's end, skipping trailing members this reader does not know (newer writers).
    bool closeStruct(qsizetype savedEnd);

    bool fail(const QString &message);
    // A value that decodes but that OceanBase never writes (checksums pass: made by hand, or damaged before the
    // checksum was computed).
    bool failAbsurd(const QString &message)
    {
        if (m_error.isEmpty())
            m_absurd = true;
        return fail(message);
    }
    bool absurd() const { return m_absurd; }

private:
    bool need(qsizetype n);
    bool varint(quint64 &out, int maxBytes);

    bool m_absurd = false;
    const char *m_data;
    qsizetype m_pos;
    qsizetype m_end;
    QString m_error;
};

} // namespace obrestore
