#pragma once

#include "common/scn.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace obrestore {

// OceanBase's metadata descs as decoded from backup files (../shared/reference/ob-backup-layout.md §3.4–3.5).
// Field names follow OceanBase's members; values keep OceanBase's encodings.

enum class ObFileType : quint16 {
    BackupSetInfo = 7,             // single_backup_set_info
    TenantLocalityInfo = 12,       // infos/locality_info
    TenantDiagnoseInfo = 13,
    ArchiveRoundStart = 18,        // rounds/*_start
    ArchiveRoundEnd = 19,          // rounds/*_end
    ArchiveSinglePieceInfo = 20,   // single_piece_info and checkpoint_info.0
    ArchivePieceStart = 21,        // pieces/*_start_*
    TabletToLsInfo = 23,           // data-backup placeholders (an upstream quirk, but what gets written)
    TenantBackupSetInfos = 27,
    ArchivePieceEnd = 28,          // pieces/*_end_*
    FormatFile = 29,               // format
    PieceInnerPlaceholder = 30,
    CheckFile = 33,
    TenantArchivePieceInfos = 35,
    LsInfo = 22,                   // infos/meta_info/ls_attr_info.<turn>
    PieceFileList = 31,            // piece file_info
    PieceSingleLsFileList = 32,    // logstream_<id>/file_info
};

enum class DestType : qint64 { BackupData = 0, ArchiveLog = 1 };

// ObBackupFileStatus
enum class FileStatus : qint32 { Available = 0, Copying = 1, Incomplete = 2, Deleting = 3, Expired = 4, Broken = 5, Deleted = 6 };
QString fileStatusName(qint32 status); // "AVAILABLE", …, "UNKNOWN(9)"

// ObBackupSetFileDesc::BackupSetStatus
enum class SetStatus : qint32 { Doing = 0, Success = 1, Failed = 2 };
QString setStatusName(qint32 status);

// ObArchivePieceStatus
enum class PieceStatus : qint32 { Inactive = 0, Active = 1, Frozen = 2 };
QString pieceStatusName(qint32 status);

struct FormatDesc
{
    QByteArray clusterName;
    QByteArray tenantName;
    QByteArray path;
    qint64 clusterId = 0;
    qint64 tenantId = 0;
    qint64 incarnation = 0;
    qint64 destId = 0;
    qint64 destType = -1;
    qint64 ts = 0; // µs since the epoch
};

struct CheckDesc
{
    QByteArray clusterName;
    QByteArray tenantName;
    QByteArray path;
    qint64 clusterId = 0;
    qint64 tenantId = 0;
    qint64 incarnation = 0;
    qint64 ts = 0;
};

struct BackupSetFileDesc
{
    qint64 backupSetId = 0;
    qint64 incarnation = 0;
    qint64 tenantId = 0;
    qint64 destId = 0;
    qint32 backupType = 0; // 1 full, 2 incremental
    bool plusArchivelog = false;
    qint64 date = 0;
    qint64 prevFullBackupSetId = 0;
    qint64 prevIncBackupSetId = 0;
    qint64 inputBytes = 0;  // ObBackupStats: the data read (before compression)
    qint64 outputBytes = 0; // … and written
    qint64 startTime = 0;
    qint64 endTime = 0;
    qint32 status = 0;
    qint32 result = 0;
    qint32 encryptionMode = 0;
    QByteArray passwd; // never displayed, logged or written anywhere
    // Whether `passwd` is the set's recorded password (read from its single_backup_set_info file, which is what
    // OceanBase's own check_passwd compares) or only says that there is one (read from a view).
    bool passwdComparable = true;
    bool isEncrypted() const { return !passwd.isEmpty() || encryptionMode != 0; }
    qint32 fileStatus = 0;
    QByteArray backupPath;
    Scn startReplayScn;
    Scn minRestoreScn;
    quint64 tenantCompatible = 0; // data version, CALC_VERSION
    qint32 backupCompatible = 0;
    qint64 dataTurnId = 0;
    qint64 metaTurnId = 0;
    quint64 clusterVersion = 0; // CALC_VERSION; 0 when the writer did not record it
    Scn consistentScn;
};

struct LocalityInfoDesc
{
    qint64 tenantId = 0;
    qint64 backupSetId = 0;
    qint64 clusterId = 0;
    qint32 compatMode = -1;
    QByteArray tenantName;
    QByteArray clusterName;
    QByteArray locality;
    QByteArray primaryZone;
    QByteArray sysTimeZone;
};

struct RoundStartDesc
{
    qint64 destId = 0;
    qint64 roundId = 0;
    Scn startScn;
    qint64 basePieceId = 0;
    qint64 pieceSwitchInterval = 0; // µs
};

struct RoundEndDesc
{
    qint64 destId = 0;
    qint64 roundId = 0;
    Scn startScn;
    Scn checkpointScn;
    qint64 basePieceId = 0;
    qint64 pieceSwitchInterval = 0;
};

struct PieceStartDesc
{
    qint64 destId = 0;
    qint64 roundId = 0;
    qint64 pieceId = 0;
    Scn startScn;
};

struct PieceEndDesc
{
    qint64 destId = 0;
    qint64 roundId = 0;
    qint64 pieceId = 0;
    Scn endScn;
};

struct PieceInnerPlaceholderDesc
{
    qint64 destId = 0;
    qint64 roundId = 0;
    qint64 pieceId = 0;
    Scn startScn;
    Scn checkpointScn;
};

// ObTenantArchivePieceAttr
struct PieceAttr
{
    quint64 tenantId = 0;
    qint64 destId = 0;
    qint64 roundId = 0;
    qint64 pieceId = 0;
    qint64 incarnation = 0;
    qint64 destNo = -1;
    qint64 fileCount = 0;
    Scn startScn;
    Scn checkpointScn;
    Scn maxScn;
    Scn endScn;
    qint32 compatible = 0;
    qint64 inputBytes = 0;
    qint64 outputBytes = 0;
    qint32 status = 0;
    qint32 fileStatus = 0;
    qint64 cpFileId = 0;
    qint64 cpFileOffset = 0;
    QByteArray path;
};

struct TenantArchivePieceInfosDesc
{
    quint64 tenantId = 0;
    qint64 destId = 0;
    qint64 roundId = 0;
    qint64 pieceId = 0;
    qint64 incarnation = 0;
    qint64 destNo = -1;
    qint32 compatible = 0;
    Scn startScn;
    Scn endScn;
    QByteArray path;
    QList<PieceAttr> hisFrozenPieces; // ascending by piece id
};

// checkpoint/checkpoint_info.0: fixed-width, big-endian (ObPieceCheckpointDesc::serialize_).
struct PieceCheckpointDesc
{
    quint64 version = 0;
    quint64 tenantId = 0;
    qint64 destId = 0;
    qint64 roundId = 0;
    qint64 pieceId = 0;
    qint64 incarnation = 0;
    qint64 compatible = 0;
    Scn startScn;
    Scn checkpointScn;
    Scn maxScn;
    Scn endScn;
};

// infos/meta_info/ls_attr_info.<meta_turn_id> (ObBackupDataLSAttrDesc): the log streams the set holds. Only the
// ids are kept (each ObLSAttr's first member, an ObLSID as 8 bytes big-endian; the rest is skipped).
struct LsAttrInfoDesc
{
    Scn backupScn;
    QList<qint64> lsIds;
};

// A frozen piece's file_info (ObPieceInfoDesc): per log stream (ObSingleLSInfoDesc) the archived log files.
struct PieceFileListDesc
{
    struct LogStream
    {
        qint64 lsId = 0;
        QList<qint64> fileIds;
        bool deleted = false;
    };
    qint64 destId = 0;
    qint64 roundId = 0;
    qint64 pieceId = 0;
    QList<LogStream> logStreams;
};

} // namespace obrestore
