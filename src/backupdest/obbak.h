#pragma once

#include "metadata.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace obrestore {

// The 48-byte ObBackupCommonHeader that wraps every metadata file (ob-backup-layout.md §3.2).
struct ObbakHeader
{
    static constexpr int kSize = 48;
    quint16 dataType = 0;
    quint16 headerVersion = 0;
    quint16 dataVersion = 0;
    quint16 compressorType = 0;
    qint16 headerLength = 0;
    qint16 headerChecksum = 0;
    qint64 dataLength = 0;
    qint64 dataZLength = 0;
    qint64 dataChecksum = 0;
    qint64 alignLength = 0;

    static ObbakHeader parse(const char *bytes); // exactly kSize bytes, little-endian
    qint16 computeChecksum() const;              // calc_header_checksum
    QByteArray serialize() const;
};

struct ObbakError
{
    enum class Kind {
        None,
        Empty,   // 0-byte file ("file is empty")
        Corrupt, // header checksum, length, type, version, data checksum or payload
        Absurd,  // checksums pass, but a value is outside what OceanBase writes (an SCN above its maximum)
    };
    Kind kind = Kind::None;
    QString detail; // translated, says which check failed

    bool isError() const { return kind != Kind::None; }
};

// Validates the envelope in OceanBase's order (ObBackupSerializeHeaderWrapper::deserialize): header checksum,
// data length, data type, data version, data checksum. Returns the payload, or nullopt with *error set.
std::optional<QByteArray> openObbak(const QByteArray &file, ObFileType expectedType, ObbakError *error,
                                    quint16 expectedDataVersion = 1);

// Per-file decoders: the envelope, then the payload. Members an older writer left out keep their defaults;
// members a newer writer added are skipped.
std::optional<FormatDesc> decodeFormat(const QByteArray &file, ObbakError *error);
std::optional<CheckDesc> decodeCheckFile(const QByteArray &file, ObbakError *error);
bool decodeDataPlaceholder(const QByteArray &file, ObbakError *error);
std::optional<BackupSetFileDesc> decodeSingleBackupSetInfo(const QByteArray &file, ObbakError *error);
std::optional<QList<BackupSetFileDesc>> decodeTenantBackupSetInfos(const QByteArray &file, ObbakError *error);
std::optional<LocalityInfoDesc> decodeLocalityInfo(const QByteArray &file, ObbakError *error);
std::optional<RoundStartDesc> decodeRoundStart(const QByteArray &file, ObbakError *error);
std::optional<RoundEndDesc> decodeRoundEnd(const QByteArray &file, ObbakError *error);
std::optional<PieceStartDesc> decodePieceStart(const QByteArray &file, ObbakError *error);
std::optional<PieceEndDesc> decodePieceEnd(const QByteArray &file, ObbakError *error);
std::optional<PieceInnerPlaceholderDesc> decodePieceInnerPlaceholder(const QByteArray &file, ObbakError *error);
std::optional<PieceAttr> decodeSinglePieceInfo(const QByteArray &file, ObbakError *error);
std::optional<TenantArchivePieceInfosDesc> decodeTenantArchivePieceInfos(const QByteArray &file, ObbakError *error);
std::optional<LsAttrInfoDesc> decodeLsAttrInfo(const QByteArray &file, ObbakError *error);
std::optional<PieceFileListDesc> decodePieceFileList(const QByteArray &file, ObbakError *error);
std::optional<PieceCheckpointDesc> decodeCheckpointInfo0(const QByteArray &file, ObbakError *error);

} // namespace obrestore
