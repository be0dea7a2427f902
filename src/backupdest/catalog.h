#pragma once

#include "common/diagnostic.h"
#include "filenames.h"
#include "metadata.h"

#include <QList>
#include <QString>

#include <optional>

namespace obrestore {

// What a scan found, before pairing: the raw material of the catalog. Paths are local paths within the
// storage; URIs are for reports.

struct BackupSetEntry
{
    qint64 id = 0;
    SetType type = SetType::Full;
    bool hasStart = false;
    bool hasEndSuccess = false;
    bool hasEndFailed = false;
    QString dirPath;                         // backup_set_<id>_<type>/
    std::optional<BackupSetFileDesc> info;   // single_backup_set_info, when present and readable
    bool infoMissing = false;                // end_success but no single_backup_set_info file
    bool infoUnreadable = false;             // present but corrupt/empty (a diagnostic was recorded)

    // OceanBase reads a set only when it has an end_success placeholder and a readable info file.
    bool isListedByOceanBase() const { return hasEndSuccess && info.has_value(); }
    bool isSuccessAvailable() const
    {
        return info && info->status == qint32(SetStatus::Success) && info->fileStatus == qint32(FileStatus::Available);
    }
    bool isEncrypted() const { return info && info->isEncrypted(); }
};

// OceanBase's ObBackupUtils::check_passwd(passwd_array, passwd): a set without a password passes; otherwise its
// recorded password must occur (STRSTR) in the DECRYPTION list. The list's separator is UNCONFIRMED (a comma is
// assumed); it matters only for a password that would straddle two given ones.
bool decryptionAccepts(const QStringList &given, const QByteArray &recorded);

struct DataDestEntry
{
    QString path;
    QString uri;        // "file:///…", or "s3://bucket/key" without the location's parameters
    QString parameters; // object storage: the parameters a statement's FROM needs, secrets masked (Storage::parametersOf)
    FormatDesc format;
    bool legacy40 = false; // names without .obbak
    bool backupSetsDirFound = false;
    QList<BackupSetEntry> sets; // ascending by id
    std::optional<LocalityInfoDesc> locality; // from the newest set that has one
    // The backed-up tenant's lower_case_table_names where it is known: read from the live tenant of an online source
    // (CDB_OB_SYS_VARIABLES); the backup's metadata files do not record it (no field of locality_info does).
    std::optional<int> lowerCaseTableNames;
};

struct PieceEntry
{
    // NotRead: the scan did not open this piece's files, because OceanBase's restore does not either (the newest
    // non-empty piece's history says what the older pieces are; destscanner.cpp, docs/object-storage.md §4).
    enum class Source { Frozen, Active, Empty, NotRead };
    PieceKey key;
    bool hasStartPlaceholder = false;
    bool hasEndPlaceholder = false;
    bool dirFound = false;
    Source source = Source::Empty;
    PieceAttr attr;                  // merged like ObArchiveStore::get_single_piece_info (§3.6), or from the history
    bool fromHistory = false;        // attr comes from the newest piece's his_frozen_pieces_, not from this piece's files
    bool checkpointNameFound = false; // an active piece's checkpoint_info.<scn> (scn > 0) exists
    // checkpoint_info.<scn> names were found but no checkpoint_info.0 file (missing, or a folder in its place):
    // OceanBase then takes the piece as empty (ObArchiveStore::get_single_piece_info) and its log is not used. The
    // newest checkpoint named, and the piece's start where its tenant_archive_piece_infos tells it (for the cost).
    std::optional<Scn> orphanCheckpoint;
    std::optional<Scn> orphanStart;
    bool checkpointMetaIsFolder = false;
    std::optional<TenantArchivePieceInfosDesc> extend; // read for the newest non-empty piece only
    bool extendUnreadable = false;   // tenant_archive_piece_infos was read and is missing, damaged or unreadable
    QString unreadableUri;           // single_piece_info or checkpoint_info.0 (or the checkpoint folder) could not be read
    QString dirPath;
};

struct RoundEntry
{
    qint64 destId = 0;
    qint64 roundId = 0;
    bool hasStart = false;
    bool hasEnd = false;
};

struct ArchiveDestEntry
{
    QString path;
    QString uri;
    QString parameters; // as DataDestEntry::parameters
    FormatDesc format;
    bool legacy40 = false;
    bool piecesDirFound = false;
    QList<RoundEntry> rounds;
    QList<PieceEntry> pieces; // sorted by (round, piece, dest), as OceanBase sorts the keys
};

// A 2.x/3.x cluster-level tree: <cluster_name>/<cluster_id>/incarnation_<n>/<tenant_id>/{data,clog}.
struct Legacy3xTree
{
    QString path;
    QString uri;
    QString clusterName;
    qint64 clusterId = 0;
    QList<qint64> tenantIds;
};

// A restorable window: every SCN in [start, end] can be restored to (closed interval).
struct RestoreWindow
{
    Scn start;
    Scn end;
    qint64 backupSetId = 0; // the newest set of the chain a restore to `start` would use
    friend bool operator==(const RestoreWindow &a, const RestoreWindow &b)
    {
        return a.start == b.start && a.end == b.end && a.backupSetId == b.backupSetId;
    }
};

// One tenant of the catalog: its data and archive destinations paired by cluster id + tenant id.
struct TenantEntry
{
    enum class Layout { V4, V40, V3x };
    QString clusterName;
    qint64 clusterId = 0;
    QString tenantName;
    qint64 tenantId = 0;
    Layout layout = Layout::V4;
    QList<DataDestEntry> dataDests;
    QList<ArchiveDestEntry> archiveDests;
    QList<RestoreWindow> windows;
    // The newest readable backup set's versions (CALC_VERSION, 0 when unknown).
    quint64 sourceClusterVersion = 0;
    quint64 sourceDataVersion = 0;
    bool usableSet(qint64 setId) const;
    QList<qint64> usableSetIds; // sets that are part of a chain OceanBase can use
};

QString layoutName(TenantEntry::Layout layout); // "4.x", "4.0", "3.x"

} // namespace obrestore
