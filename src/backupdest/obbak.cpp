#include "obbak.h"

#include "crc32c.h"
#include "tr.h"
#include "unis.h"

#include <cstring>

namespace obrestore {

namespace {

template<typename T>
T readLe(const char *p)
{
    T v = 0;
    for (size_t i = 0; i < sizeof(T); ++i)
        v = T(v | (T(quint8(p[i])) << (8 * i)));
    return v;
}

template<typename T>
void writeLe(QByteArray &out, T v)
{
    for (size_t i = 0; i < sizeof(T); ++i)
        out.append(char((quint64(v) >> (8 * i)) & 0xFF));
}

// OceanBase's string capacities (deps/oblib/src/lib/ob_define.h).
constexpr qsizetype kClusterNameCap = 128;
constexpr qsizetype kTenantNameCap = 64;
constexpr qsizetype kPathCap = 2048;
constexpr qsizetype kPasswordCap = 128;
constexpr qsizetype kLocalityCap = 4096;     // MAX_LOCALITY_LENGTH
constexpr qsizetype kPrimaryZoneCap = 8192;  // MAX_ZONE_LIST_LENGTH (ObExternTenantLocalityInfoDesc::primary_zone_)
constexpr qsizetype kTimeZoneCap = 128;

// What OceanBase can write for an SCN: 0 … SCN::max_scn() (2^62 − 1), the invalid SCN (UINT64_MAX, an unset member)
// and INT64_MAX (older builds' max). Anything else is damage, not a time in 2116.
bool isWritableScn(quint64 raw)
{
    return raw <= Scn::kMax || raw == quint64(INT64_MAX) || raw == Scn::kInvalid;
}

QString absurdScn(quint64 raw)
{
    return Tr::tr("it holds SCN %1, above the largest SCN OceanBase writes (%2)").arg(raw).arg(Scn::kMax);
}

// Member-by-member decoding with OB_UNIS_DECODE_IF semantics: a member is read only while the struct has
// bytes left.
class Fields
{
public:
    explicit Fields(UnisReader &r) : m_r(r) {}
    void i64(qint64 &v) { if (m_r.more()) m_r.vi64(v); }
    void u64(quint64 &v) { if (m_r.more()) m_r.vi64(v); }
    void i32(qint32 &v) { if (m_r.more()) m_r.vi32(v); }
    void boolean(bool &v) { if (m_r.more()) m_r.boolean(v); }
    void str(QByteArray &v, qsizetype cap) { if (m_r.more()) m_r.fixedString(v, cap); }
    void scn(Scn &v)
    {
        quint64 raw = 0;
        if (m_r.more() && m_r.vi64(raw)) {
            if (!isWritableScn(raw))
                m_r.failAbsurd(absurdScn(raw));
            v = Scn(raw == quint64(INT64_MAX) ? Scn::kMax : raw); // SCN::deserialize maps INT64_MAX to MAX
        }
    }
    // A nested OB_UNIS struct holding a single enum (ObBackupType, ObArchiveCompatible, ObArchivePieceStatus).
    void enumStruct(qint32 &v)
    {
        nested([&] { i32(v); });
    }
    template<typename F>
    void nested(F body)
    {
        if (!m_r.more())
            return;
        qsizetype saved = 0;
        if (!m_r.openStruct(saved))
            return;
        body();
        m_r.closeStruct(saved);
    }
    UnisReader &reader() { return m_r; }

private:
    UnisReader &m_r;
};

void readBackupSetFileDesc(Fields &f, BackupSetFileDesc &d)
{
    f.nested([&] {
        f.i64(d.backupSetId);
        f.i64(d.incarnation);
        f.i64(d.tenantId);
        f.i64(d.destId);
        f.enumStruct(d.backupType);
        f.boolean(d.plusArchivelog);
        f.i64(d.date);
        f.i64(d.prevFullBackupSetId);
        f.i64(d.prevIncBackupSetId);
        f.nested([&] { // ObBackupStats
            f.i64(d.inputBytes);
            f.i64(d.outputBytes);
        });
        f.i64(d.startTime);
        f.i64(d.endTime);
        f.i32(d.status);
        f.i32(d.result);
        f.i32(d.encryptionMode);
        f.str(d.passwd, kPasswordCap);
        f.i32(d.fileStatus);
        f.str(d.backupPath, kPathCap);
        f.scn(d.startReplayScn);
        f.scn(d.minRestoreScn);
        f.u64(d.tenantCompatible);
        f.i32(d.backupCompatible);
        f.i64(d.dataTurnId);
        f.i64(d.metaTurnId);
        f.u64(d.clusterVersion); // 4.0 writers stop here
        qint64 minorTurnId = 0;
        qint64 majorTurnId = 0;
        f.i64(minorTurnId);
        f.i64(majorTurnId);
        f.scn(d.consistentScn);
    });
}

void readPieceAttr(Fields &f, PieceAttr &p)
{
    f.nested([&] {
        f.nested([&] { // Key
            f.u64(p.tenantId);
            f.i64(p.destId);
            f.i64(p.roundId);
            f.i64(p.pieceId);
        });
        f.i64(p.incarnation);
        f.i64(p.destNo);
        f.i64(p.fileCount);
        f.scn(p.startScn);
        f.scn(p.checkpointScn);
        f.scn(p.maxScn);
        f.scn(p.endScn);
        f.enumStruct(p.compatible);
        f.i64(p.inputBytes);
        f.i64(p.outputBytes);
        f.enumStruct(p.status);
        f.i32(p.fileStatus);
        f.i64(p.cpFileId);
        f.i64(p.cpFileOffset);
        f.str(p.path, kPathCap);
    });
}

// Opens the envelope, then decodes the single top-level OB_UNIS struct with `body`.
template<typename T, typename F>
std::optional<T> decodeDesc(const QByteArray &file, ObFileType type, ObbakError *error, F body)
{
    const auto payload = openObbak(file, type, error);
    if (!payload)
        return std::nullopt;
    UnisReader r(*payload);
    Fields f(r);
    T value{};
    qsizetype saved = 0;
    if (r.openStruct(saved)) {
        body(f, value);
        r.closeStruct(saved);
    }
    if (!r.ok()) {
        if (error)
            *error = {r.absurd() ? ObbakError::Kind::Absurd : ObbakError::Kind::Corrupt,
                      Tr::tr("the content cannot be decoded: %1").arg(r.error())};
        return std::nullopt;
    }
    return value;
}

void corrupt(ObbakError *error, const QString &detail)
{
    if (error)
        *error = {ObbakError::Kind::Corrupt, detail};
}

} // namespace

ObbakHeader ObbakHeader::parse(const char *b)
{
    ObbakHeader h;
    h.dataType = readLe<quint16>(b + 0);
    h.headerVersion = readLe<quint16>(b + 2);
    h.dataVersion = readLe<quint16>(b + 4);
    h.compressorType = readLe<quint16>(b + 6);
    h.headerLength = qint16(readLe<quint16>(b + 8));
    h.headerChecksum = qint16(readLe<quint16>(b + 10));
    h.dataLength = qint64(readLe<quint64>(b + 16));
    h.dataZLength = qint64(readLe<quint64>(b + 24));
    h.dataChecksum = qint64(readLe<quint64>(b + 32));
    h.alignLength = qint64(readLe<quint64>(b + 40));
    return h;
}

qint16 ObbakHeader::computeChecksum() const
{
    quint16 c = 0;
    c ^= headerVersion;
    c ^= compressorType;
    c ^= dataType;
    c ^= quint16(headerLength);
    for (qint64 v : {dataLength, dataZLength, dataChecksum, alignLength}) {
        const quint64 u = quint64(v);
        c ^= quint16(u & 0xFFFF);
        c ^= quint16((u >> 16) & 0xFFFF);
        c ^= quint16((u >> 32) & 0xFFFF);
        c ^= quint16((u >> 48) & 0xFFFF);
    }
    return qint16(c);
}

QByteArray ObbakHeader::serialize() const
{
    QByteArray out;
    out.reserve(kSize);
    writeLe(out, dataType);
    writeLe(out, headerVersion);
    writeLe(out, dataVersion);
    writeLe(out, compressorType);
    writeLe(out, quint16(headerLength));
    writeLe(out, quint16(headerChecksum));
    writeLe(out, quint32(0)); // padding
    writeLe(out, quint64(dataLength));
    writeLe(out, quint64(dataZLength));
    writeLe(out, quint64(dataChecksum));
    writeLe(out, quint64(alignLength));
    return out;
}

std::optional<QByteArray> openObbak(const QByteArray &file, ObFileType expectedType, ObbakError *error,
                                    quint16 expectedDataVersion)
{
    if (file.isEmpty()) {
        if (error)
            *error = {ObbakError::Kind::Empty, Tr::tr("the file is empty (0 bytes)")};
        return std::nullopt;
    }
    if (file.size() < ObbakHeader::kSize) {
        corrupt(error, Tr::tr("the file has %1 bytes, fewer than the 48-byte header").arg(file.size()));
        return std::nullopt;
    }
    const ObbakHeader h = ObbakHeader::parse(file.constData());
    // 1. header checksum (also guards the length and type fields read below)
    if (h.computeChecksum() != h.headerChecksum || h.headerLength != ObbakHeader::kSize) {
        corrupt(error, Tr::tr("the header checksum does not match (stored 0x%1, computed 0x%2)")
                           .arg(quint16(h.headerChecksum), 4, 16, QChar(u'0'))
                           .arg(quint16(h.computeChecksum()), 4, 16, QChar(u'0')));
        return std::nullopt;
    }
    // 2. length
    const qint64 room = file.size() - ObbakHeader::kSize;
    if (h.dataZLength < 0 || h.dataZLength > room || h.dataLength != h.dataZLength) {
        corrupt(error, Tr::tr("the header declares %1 payload bytes but the file holds %2 (truncated copy?)")
                           .arg(h.dataZLength)
                           .arg(room));
        return std::nullopt;
    }
    // 3. type
    if (h.dataType != quint16(expectedType)) {
        corrupt(error, Tr::tr("the header's data type is %1, expected %2 for this file name")
                           .arg(h.dataType)
                           .arg(quint16(expectedType)));
        return std::nullopt;
    }
    // 4. version
    if (h.dataVersion != expectedDataVersion) {
        corrupt(error, Tr::tr("the header's data version is %1, expected %2").arg(h.dataVersion).arg(expectedDataVersion));
        return std::nullopt;
    }
    if (h.compressorType != 1) { // metadata files are never compressed (NONE_COMPRESSOR = 1)
        corrupt(error, Tr::tr("the header names compressor %1; metadata files are never compressed").arg(h.compressorType));
        return std::nullopt;
    }
    // 5. data checksum
    const quint32 crc = obCrc32c(file.constData() + ObbakHeader::kSize, size_t(h.dataZLength));
    if (quint64(h.dataChecksum) != quint64(crc)) {
        corrupt(error, Tr::tr("the data checksum does not match (stored 0x%1, computed 0x%2)")
                           .arg(quint64(h.dataChecksum), 8, 16, QChar(u'0'))
                           .arg(crc, 8, 16, QChar(u'0')));
        return std::nullopt;
    }
    if (error)
        *error = {};
    return file.mid(ObbakHeader::kSize, qsizetype(h.dataZLength));
}

std::optional<FormatDesc> decodeFormat(const QByteArray &file, ObbakError *error)
{
    auto d = decodeDesc<FormatDesc>(file, ObFileType::FormatFile, error, [](Fields &f, FormatDesc &v) {
        f.str(v.clusterName, kClusterNameCap);
        f.str(v.tenantName, kTenantNameCap);
        f.str(v.path, kPathCap);
        f.i64(v.clusterId);
        f.i64(v.tenantId);
        f.i64(v.incarnation);
        f.i64(v.destId);
        f.i64(v.destType);
        f.i64(v.ts);
    });
    // ObBackupFormatDesc::is_valid()
    if (d && (d->tenantId <= 0 || d->destId <= 0 || d->incarnation < 1 || (d->destType != 0 && d->destType != 1))) {
        corrupt(error, Tr::tr("the format file decodes but is not valid (tenant id %1, dest id %2, dest type %3)")
                           .arg(d->tenantId)
                           .arg(d->destId)
                           .arg(d->destType));
        return std::nullopt;
    }
    return d;
}

std::optional<CheckDesc> decodeCheckFile(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<CheckDesc>(file, ObFileType::CheckFile, error, [](Fields &f, CheckDesc &v) {
        f.str(v.clusterName, kClusterNameCap);
        f.str(v.tenantName, kTenantNameCap);
        f.str(v.path, kPathCap);
        f.i64(v.clusterId);
        f.i64(v.tenantId);
        f.i64(v.incarnation);
        f.i64(v.ts);
    });
}

bool decodeDataPlaceholder(const QByteArray &file, ObbakError *error)
{
    struct Empty {};
    return decodeDesc<Empty>(file, ObFileType::TabletToLsInfo, error, [](Fields &, Empty &) {}).has_value();
}

std::optional<BackupSetFileDesc> decodeSingleBackupSetInfo(const QByteArray &file, ObbakError *error)
{
    auto d = decodeDesc<BackupSetFileDesc>(file, ObFileType::BackupSetInfo, error,
                                           [](Fields &f, BackupSetFileDesc &v) { readBackupSetFileDesc(f, v); });
    if (d && d->backupSetId <= 0) {
        corrupt(error, Tr::tr("the backup set info decodes but names backup set %1").arg(d->backupSetId));
        return std::nullopt;
    }
    return d;
}

std::optional<QList<BackupSetFileDesc>> decodeTenantBackupSetInfos(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<QList<BackupSetFileDesc>>(file, ObFileType::TenantBackupSetInfos, error,
                                                [](Fields &f, QList<BackupSetFileDesc> &v) {
                                                    qint64 n = 0;
                                                    if (!f.reader().more() || !f.reader().arrayCount(n, 6))
                                                        return;
                                                    for (qint64 i = 0; i < n && f.reader().ok(); ++i) {
                                                        BackupSetFileDesc d;
                                                        readBackupSetFileDesc(f, d);
                                                        v.append(d);
                                                    }
                                                });
}

std::optional<LocalityInfoDesc> decodeLocalityInfo(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<LocalityInfoDesc>(file, ObFileType::TenantLocalityInfo, error, [](Fields &f, LocalityInfoDesc &v) {
        f.i64(v.tenantId);
        f.i64(v.backupSetId);
        f.i64(v.clusterId);
        f.i32(v.compatMode);
        f.str(v.tenantName, kTenantNameCap);
        f.str(v.clusterName, kClusterNameCap);
        f.str(v.locality, kLocalityCap);
        f.str(v.primaryZone, kPrimaryZoneCap);
        f.str(v.sysTimeZone, kTimeZoneCap);
        // sys_time_zone_wrap_ and resource_pool_infos_ follow; closeStruct() skips them.
    });
}

std::optional<RoundStartDesc> decodeRoundStart(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<RoundStartDesc>(file, ObFileType::ArchiveRoundStart, error, [](Fields &f, RoundStartDesc &v) {
        f.i64(v.destId);
        f.i64(v.roundId);
        f.scn(v.startScn);
        f.i64(v.basePieceId);
        f.i64(v.pieceSwitchInterval);
    });
}

std::optional<RoundEndDesc> decodeRoundEnd(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<RoundEndDesc>(file, ObFileType::ArchiveRoundEnd, error, [](Fields &f, RoundEndDesc &v) {
        f.i64(v.destId);
        f.i64(v.roundId);
        f.scn(v.startScn);
        f.scn(v.checkpointScn);
        f.i64(v.basePieceId);
        f.i64(v.pieceSwitchInterval);
    });
}

std::optional<PieceStartDesc> decodePieceStart(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<PieceStartDesc>(file, ObFileType::ArchivePieceStart, error, [](Fields &f, PieceStartDesc &v) {
        f.i64(v.destId);
        f.i64(v.roundId);
        f.i64(v.pieceId);
        f.scn(v.startScn);
    });
}

std::optional<PieceEndDesc> decodePieceEnd(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<PieceEndDesc>(file, ObFileType::ArchivePieceEnd, error, [](Fields &f, PieceEndDesc &v) {
        f.i64(v.destId);
        f.i64(v.roundId);
        f.i64(v.pieceId);
        f.scn(v.endScn);
    });
}

std::optional<PieceInnerPlaceholderDesc> decodePieceInnerPlaceholder(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<PieceInnerPlaceholderDesc>(file, ObFileType::PieceInnerPlaceholder, error,
                                                 [](Fields &f, PieceInnerPlaceholderDesc &v) {
                                                     f.i64(v.destId);
                                                     f.i64(v.roundId);
                                                     f.i64(v.pieceId);
                                                     f.scn(v.startScn);
                                                     f.scn(v.checkpointScn);
                                                 });
}

std::optional<PieceAttr> decodeSinglePieceInfo(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<PieceAttr>(file, ObFileType::ArchiveSinglePieceInfo, error,
                                 [](Fields &f, PieceAttr &v) { readPieceAttr(f, v); });
}

std::optional<TenantArchivePieceInfosDesc> decodeTenantArchivePieceInfos(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<TenantArchivePieceInfosDesc>(
        file, ObFileType::TenantArchivePieceInfos, error, [](Fields &f, TenantArchivePieceInfosDesc &v) {
            f.u64(v.tenantId);
            f.i64(v.destId);
            f.i64(v.roundId);
            f.i64(v.pieceId);
            f.i64(v.incarnation);
            f.i64(v.destNo);
            f.enumStruct(v.compatible);
            f.scn(v.startScn);
            f.scn(v.endScn);
            f.str(v.path, kPathCap);
            qint64 n = 0;
            if (!f.reader().more() || !f.reader().arrayCount(n, 6))
                return;
            for (qint64 i = 0; i < n && f.reader().ok(); ++i) {
                PieceAttr p;
                readPieceAttr(f, p);
                v.hisFrozenPieces.append(p);
            }
        });
}

std::optional<LsAttrInfoDesc> decodeLsAttrInfo(const QByteArray &file, ObbakError *error)
{
    auto d = decodeDesc<LsAttrInfoDesc>(file, ObFileType::LsInfo, error, [](Fields &f, LsAttrInfoDesc &v) {
        f.scn(v.backupScn);
        qint64 n = 0;
        if (!f.reader().more() || !f.reader().arrayCount(n, 6 + 8))
            return;
        for (qint64 i = 0; i < n && f.reader().ok(); ++i) {
            f.nested([&] {
                quint64 id = 0;
                if (f.reader().fixedBe64(id))
                    v.lsIds.append(qint64(id));
            });
        }
    });
    // ObBackupDataLSAttrDesc::is_valid(): a valid backup SCN and at least one log stream.
    if (d && d->lsIds.isEmpty()) {
        corrupt(error, Tr::tr("the log stream list is empty"));
        return std::nullopt;
    }
    return d;
}

std::optional<PieceFileListDesc> decodePieceFileList(const QByteArray &file, ObbakError *error)
{
    return decodeDesc<PieceFileListDesc>(file, ObFileType::PieceFileList, error, [](Fields &f, PieceFileListDesc &v) {
        f.i64(v.destId);
        f.i64(v.roundId);
        f.i64(v.pieceId);
        qint64 n = 0;
        if (!f.reader().more() || !f.reader().arrayCount(n, 6))
            return;
        for (qint64 i = 0; i < n && f.reader().ok(); ++i) {
            PieceFileListDesc::LogStream ls;
            f.nested([&] {
                qint64 skip = 0;
                Scn scn;
                f.i64(skip); // dest_id
                f.i64(skip); // round_id
                f.i64(skip); // piece_id
                quint64 id = 0;
                if (f.reader().more() && f.reader().fixedBe64(id))
                    ls.lsId = qint64(id);
                f.scn(scn); // start_scn
                f.scn(scn); // checkpoint_scn
                f.i64(skip); // min_lsn
                f.i64(skip); // max_lsn
                qint64 files = 0;
                if (!f.reader().more() || !f.reader().arrayCount(files, 6))
                    return;
                for (qint64 k = 0; k < files && f.reader().ok(); ++k) {
                    f.nested([&] {
                        qint64 fileId = 0;
                        f.i64(fileId);
                        ls.fileIds.append(fileId);
                    });
                }
                f.boolean(ls.deleted);
            });
            v.logStreams.append(ls);
        }
    });
}

std::optional<PieceCheckpointDesc> decodeCheckpointInfo0(const QByteArray &file, ObbakError *error)
{
    const auto payload = openObbak(file, ObFileType::ArchiveSinglePieceInfo, error);
    if (!payload)
        return std::nullopt;
    UnisReader r(*payload);
    PieceCheckpointDesc d;
    quint64 len = 0;
    quint64 v[10] = {};
    r.fixedBe64(d.version);
    r.fixedBe64(len);
    if (r.ok() && d.version != 1)
        r.fail(Tr::tr("unsupported checkpoint version %1").arg(d.version));
    if (r.ok() && (len < 16 + 10 * 8 || len > quint64(payload->size())))
        r.fail(Tr::tr("the checkpoint declares %1 bytes but holds %2").arg(len).arg(payload->size()));
    for (quint64 &x : v)
        r.fixedBe64(x);
    for (int i = 6; i < 10 && r.ok(); ++i) {
        if (!isWritableScn(v[i]))
            r.failAbsurd(absurdScn(v[i]));
    }
    if (!r.ok()) {
        if (error)
            *error = {r.absurd() ? ObbakError::Kind::Absurd : ObbakError::Kind::Corrupt,
                      Tr::tr("the checkpoint cannot be decoded: %1").arg(r.error())};
        return std::nullopt;
    }
    d.tenantId = v[0];
    d.destId = qint64(v[1]);
    d.roundId = qint64(v[2]);
    d.pieceId = qint64(v[3]);
    d.incarnation = qint64(v[4]);
    d.compatible = qint64(v[5]);
    d.startScn = Scn(v[6]);
    d.checkpointScn = Scn(v[7]);
    d.maxScn = Scn(v[8]);
    d.endScn = Scn(v[9]);
    return d;
}

QString fileStatusName(qint32 status)
{
    static const char *const names[] = {"AVAILABLE", "COPYING", "INCOMPLETE", "DELETING", "EXPIRED", "BROKEN", "DELETED"};
    if (status >= 0 && status < 7)
        return QString::fromLatin1(names[status]);
    return QStringLiteral("UNKNOWN(%1)").arg(status);
}

QString setStatusName(qint32 status)
{
    static const char *const names[] = {"DOING", "SUCCESS", "FAILED"};
    if (status >= 0 && status < 3)
        return QString::fromLatin1(names[status]);
    return QStringLiteral("UNKNOWN(%1)").arg(status);
}

QString pieceStatusName(qint32 status)
{
    static const char *const names[] = {"INACTIVE", "ACTIVE", "FROZEN"};
    if (status >= 0 && status < 3)
        return QString::fromLatin1(names[status]);
    return QStringLiteral("UNKNOWN(%1)").arg(status);
}

} // namespace obrestore
