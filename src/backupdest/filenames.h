#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace obrestore {

// Parsers for the names OceanBase gives its backup files and folders (ob-backup-layout.md §1.2, §2.1, §2.2).
// Names are accepted with the 4.1+ suffixes (.obbak / .obarc) and without them (4.0).

// Strips ".obbak" or ".obarc"; `hadSuffix` says whether one was there.
QStringView stripBackupSuffix(QStringView name, bool *hadSuffix = nullptr);

// NFS writers create "<name>.tmp.<µs timestamp>" and rename it; leftovers must be skipped
// (ObBackupUtils::check_is_tmp_file: ".tmp." followed by digits).
bool isTmpFileName(QStringView name);

enum class SetType { Full, Incremental };

// backup_sets/ placeholders: backup_set_<id>_<full|inc>_start, …_end_success_<T>, …_end_failed_<T>
struct SetPlaceholderName
{
    enum class Event { Start, EndSuccess, EndFailed };
    qint64 setId = 0;
    SetType type = SetType::Full;
    Event event = Event::Start;
    QString timeTag; // YYYYMMDDTHHMMSS in the writer's local time, display only
};
std::optional<SetPlaceholderName> parseSetPlaceholderName(QStringView name);

// The set folder "backup_set_<id>_<full|inc>" (no date).
struct SetDirName
{
    qint64 setId = 0;
    SetType type = SetType::Full;
};
std::optional<SetDirName> parseSetDirName(QStringView name);
QString setDirName(qint64 setId, SetType type);

// rounds/: round_d<dest>r<round>_start, round_d<dest>r<round>_end
struct RoundName
{
    qint64 destId = 0;
    qint64 roundId = 0;
    bool isEnd = false;
};
std::optional<RoundName> parseRoundName(QStringView name);

// pieces/: piece_d<dest>r<round>p<piece>_start_<T>, piece_d<dest>r<round>p<piece>_end_<T>
struct PieceKey
{
    qint64 destId = 0;
    qint64 roundId = 0;
    qint64 pieceId = 0;
    friend bool operator==(const PieceKey &a, const PieceKey &b)
    {
        return a.destId == b.destId && a.roundId == b.roundId && a.pieceId == b.pieceId;
    }
    friend bool operator<(const PieceKey &a, const PieceKey &b)
    {
        if (a.roundId != b.roundId)
            return a.roundId < b.roundId;
        if (a.pieceId != b.pieceId)
            return a.pieceId < b.pieceId;
        return a.destId < b.destId;
    }
};
struct PiecePlaceholderName
{
    PieceKey key;
    bool isEnd = false;
    QString timeTag;
};
std::optional<PiecePlaceholderName> parsePiecePlaceholderName(QStringView name);
// The piece folder "piece_d<dest>r<round>p<piece>".
std::optional<PieceKey> parsePieceDirName(QStringView name);
QString pieceDirName(const PieceKey &key);

// checkpoint/: checkpoint_info.<scn>[.obarc] (code), checkpoint.<scn>.obarc (docs), checkpoint_info_<n> (early
// 4.0). Returns the number; 0 is checkpoint_info.0, the file with content.
std::optional<quint64> parseCheckpointName(QStringView name);

// incarnation_<n> (2.x/3.x cluster-level trees).
std::optional<qint64> parseIncarnationDirName(QStringView name);

} // namespace obrestore
