#include "destscanner.h"
#include "common/guithread.h"

#include "diagnostics.h"
#include "obbak.h"
#include "objectstorage.h"
#include "tr.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <numeric>
#include <thread>

namespace obrestore {

namespace {

constexpr qint64 kMaxMetadataBytes = 64ll * 1024 * 1024; // tenant_archive_piece_infos grows with the pieces
constexpr int kMaxDepth = 64;

qint64 envLimit(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && v > 0 ? v : fallback;
}

// Names that only 2.x/3.x cluster-level trees have (ob-backup-layout.md §4); also their @versionset@ forms.
const char *const k3xMarkers[] = {"tenant_name_info",        "cluster_data_backup_info", "cluster_clog_backup_info",
                                  "cluster_backup_set_file_info", "cluster_backup_piece_info", "tenant_data_backup_info",
                                  "tenant_clog_backup_info"};

bool is3xMarker(const QString &name)
{
    for (const char *m : k3xMarkers) {
        const QLatin1StringView marker(m);
        if (name == marker || name.startsWith(marker + QLatin1StringView("_@versionset@")))
            return true;
    }
    return false;
}

bool isNumeric(const QString &s)
{
    if (s.isEmpty())
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString parentOf(const QString &path)
{
    const qsizetype i = path.lastIndexOf(u'/');
    return i <= 0 ? QStringLiteral("/") : path.left(i);
}

QString baseName(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

struct FoundDest
{
    QString path;
    QString formatName; // "format.obbak" or "format"
    QSet<QString> subdirs; // the destination folder's own sub-folders (piece folders among them)
};

// Depth-first pre-order with names in ascending order, the order the scan always reported destinations in.
bool walkOrder(const QString &a, const QString &b)
{
    const QList<QStringView> x = QStringView(a).split(u'/');
    const QList<QStringView> y = QStringView(b).split(u'/');
    return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end(),
                                        [](QStringView l, QStringView r) { return l.compare(r) < 0; });
}

// Shared state of one scan: counters, diagnostics and progress reporting, safe across reader threads.
class ScanState
{
public:
    ScanState(const Storage &storage, const ScanOptions &options, const std::atomic_bool &stop)
        : m_storage(storage), m_options(options), m_stop(stop)
    {
        m_clock.start();
    }

    const Storage &storage() const { return m_storage; }
    // The caller's cancel (seen at once here; by requests in flight through the watchdog's flag), a limit or the
    // deadline (DestScanner::scan's watchdog): stop reading.
    bool cancelled() const { return m_stop.load() || (m_options.cancel && m_options.cancel->load()); }
    // Folders the walk for destinations may still list (SCAN_FOLDER_LIMIT), taken `wanted` at a time.
    qint64 takeWalkBudget(qint64 wanted, qint64 limit)
    {
        const qint64 granted = qBound<qint64>(0, limit - m_walked, wanted);
        m_walked += granted;
        return granted;
    }
    qint64 walked() const { return m_walked; }

    void addDiagnostic(Diagnostic d)
    {
        QMutexLocker lock(&m_mutex);
        m_diagnostics.append(std::move(d));
    }
    // Whether a finding with one of these codes was recorded (the walk was cut short: "nothing below is a
    // destination" would then not be true).
    bool anyOf(std::initializer_list<const char *> codes)
    {
        QMutexLocker lock(&m_mutex);
        return std::any_of(m_diagnostics.cbegin(), m_diagnostics.cend(), [&](const Diagnostic &d) {
            return std::any_of(codes.begin(), codes.end(), [&](const char *c) { return d.code == QLatin1StringView(c); });
        });
    }
    QList<Diagnostic> takeDiagnostics()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_diagnostics, {});
    }

    void countListing(qsizetype files)
    {
        m_folders.fetch_add(1);
        m_files.fetch_add(files);
        maybeReport();
    }
    void countDestination() { m_destinations.fetch_add(1); }
    void countRead()
    {
        m_reads.fetch_add(1);
        maybeReport();
    }
    ScanProgress progress() const
    {
        const Storage::IoCounters io = m_storage.counters();
        return {m_folders.load(), m_files.load(), m_destinations.load(), m_reads.load(),
                io.requests - m_ioStart.requests, io.bytes - m_ioStart.bytes, io.retries - m_ioStart.retries};
    }

    // Records what a failed list or read means: the object-storage codes once per location and cause (every
    // later request of an unreachable endpoint fails the same way at once), diag::readFailure's codes for the rest.
    void failed(const QString &path, Storage::Status status, const QString &message, std::optional<qint64> tenant)
    {
        if (status == Storage::Status::Cancelled)
            return;
        auto d = diag::storageFailure(status, m_storage.uriOf(path), message, tenant);
        if (!d) {
            addDiagnostic(diag::readFailure(status, m_storage.uriOf(path), message, tenant));
            return;
        }
        QMutexLocker lock(&m_mutex);
        if (m_storageFailures.contains(d->code + message))
            return;
        m_storageFailures.insert(d->code + message);
        m_diagnostics.append(std::move(*d));
    }
    void report()
    {
        if (m_options.progress)
            m_options.progress(progress());
    }

    // Reads a metadata file; a missing file returns nullopt without a diagnostic (the caller decides what
    // "missing" means; a dangling symbolic link is not missing), any other failure records its diagnostic.
    std::optional<QByteArray> read(const QString &path, std::optional<qint64> tenant, bool *missing = nullptr)
    {
        if (missing)
            *missing = false;
        const Storage::Content c = m_storage.read(path, kMaxMetadataBytes);
        countRead();
        if (c.status == Storage::Status::Ok)
            return c.data;
        if (c.status == Storage::Status::NotFound) {
            if (missing)
                *missing = true;
            return std::nullopt;
        }
        failed(path, c.status, c.message, tenant);
        return std::nullopt;
    }

    // Records CORRUPT_METADATA or EMPTY_METADATA_FILE for a failed decode.
    void decodeFailed(const QString &path, const ObbakError &error, std::optional<qint64> tenant)
    {
        if (error.kind == ObbakError::Kind::Empty)
            addDiagnostic(diag::emptyMetadataFile(m_storage.uriOf(path), tenant));
        else if (error.kind == ObbakError::Kind::Absurd)
            addDiagnostic(diag::absurdMetadata(m_storage.uriOf(path), error.detail, tenant));
        else
            addDiagnostic(diag::corruptMetadata(m_storage.uriOf(path), error.detail, tenant));
    }

    // Lists a folder; NotFound returns nullopt quietly, other failures record their diagnostic.
    std::optional<QList<Storage::Entry>> list(const QString &dir, std::optional<qint64> tenant, bool *missing = nullptr)
    {
        if (missing)
            *missing = false;
        Storage::Listing l = m_storage.list(dir);
        if (l.status == Storage::Status::Ok) {
            countListing(l.entries.size());
            return std::move(l.entries);
        }
        if (l.status == Storage::Status::NotFound || l.status == Storage::Status::NotADirectory) {
            if (missing)
                *missing = true;
            return std::nullopt;
        }
        failed(dir, l.status, l.message, tenant);
        return std::nullopt;
    }

private:
    void maybeReport()
    {
        if (!m_options.progress)
            return;
        const qint64 now = m_clock.elapsed();
        qint64 last = m_lastReport.load();
        if (now - last >= 50 && m_lastReport.compare_exchange_strong(last, now))
            m_options.progress(progress());
    }

    const Storage &m_storage;
    const ScanOptions &m_options;
    const std::atomic_bool &m_stop;
    qint64 m_walked = 0; // the walk runs level by level on one thread
    const Storage::IoCounters m_ioStart = m_storage.counters();
    QSet<QString> m_storageFailures;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastReport{-1000}; // the first report goes out at once
    std::atomic<qint64> m_folders{0};
    std::atomic<qint64> m_files{0};
    std::atomic<qint64> m_destinations{0};
    std::atomic<qint64> m_reads{0};
    QMutex m_mutex;
    QList<Diagnostic> m_diagnostics;
};

QString withSuffix(const QString &name, bool legacy40, const char *suffix)
{
    return legacy40 ? name : name + QLatin1StringView(suffix);
}

// Phase 1: walk down from a location until format files are found, one level at a time with the folders of a
// level listed in parallel (on object storage each listing is a round trip).
void walk(ScanState &state, QThreadPool &pool, const QString &root, QList<FoundDest> &dests, QList<Legacy3xTree> &legacy,
          diag::NoFormatHint &hint, qint64 maxFolders)
{
    // Links below the location are followed only while they stay inside it (the location itself may be a link:
    // that is where the user pointed): `inspect /proc` used to walk the whole file system through /proc/*/root.
    const QString realRoot = state.storage().resolved(root);
    auto inside = [&](const QString &target) {
        return realRoot == u"/" || target == realRoot || target.startsWith(realRoot + u'/');
    };
    struct Item
    {
        QString path;
        int depth;
    };
    QList<Item> level{{root, 0}};
    QSet<QString> visited;
    bool limited = false;
    const qsizetype destsBefore = dests.size();
    const qsizetype legacyBefore = legacy.size();
    while (!level.isEmpty() && !state.cancelled()) {
        QList<Item> todo;
        for (const Item &item : std::as_const(level)) {
            const QString identity = state.storage().identity(item.path);
            if (visited.contains(identity))
                continue; // a symlink loop
            visited.insert(identity);
            todo.append(item);
        }
        const qint64 granted = state.takeWalkBudget(todo.size(), maxFolders);
        if (granted < todo.size()) {
            state.addDiagnostic(diag::scanFolderLimit(state.storage().uriOf(root), state.walked()));
            todo.resize(granted);
            limited = true; // this level's remaining folders and everything below are not looked into
        }
        QList<std::optional<QList<Storage::Entry>>> listed(todo.size());
        QList<qsizetype> indexes(todo.size());
        std::iota(indexes.begin(), indexes.end(), 0);
        QtConcurrent::blockingMap(&pool, indexes, [&](qsizetype i) {
            if (!state.cancelled())
                listed[i] = state.list(todo[i].path, std::nullopt);
        });
        QList<Item> next;
        for (qsizetype i = 0; i < todo.size(); ++i) {
            const Item &item = todo[i];
            const auto &entries = listed[i];
            if (!entries)
                continue;

            QSet<QString> files;
            QList<QString> dirs;
            for (const auto &e : *entries) {
                if (e.isDir && !e.linkTarget.isEmpty() && !inside(e.linkTarget))
                    state.addDiagnostic(diag::linkLeavesLocation(state.storage().uriOf(Storage::join(item.path, e.name)),
                                                                 state.storage().uriOf(e.linkTarget)));
                else if (e.isDir)
                    dirs.append(e.name);
                else
                    files.insert(e.name);
            }

            if (files.contains(QStringLiteral("format.obbak")) || files.contains(QStringLiteral("format"))) {
                dests.append({item.path,
                              files.contains(QStringLiteral("format.obbak")) ? QStringLiteral("format.obbak") : QStringLiteral("format"),
                              QSet<QString>(dirs.begin(), dirs.end())});
                state.countDestination();
                continue;
            }

            const bool isIncarnation = parseIncarnationDirName(baseName(item.path)).has_value();
            const bool hasMarker = std::any_of(files.begin(), files.end(), is3xMarker)
                || std::any_of(dirs.begin(), dirs.end(), is3xMarker);
            if (isIncarnation || hasMarker) {
                Legacy3xTree tree;
                tree.path = item.path;
                tree.uri = state.storage().uriOf(item.path);
                // <cluster_name>/<cluster_id>/incarnation_<n>/<tenant_id>
                QString incarnationDir = item.path;
                if (!isIncarnation && parseIncarnationDirName(baseName(parentOf(item.path))))
                    incarnationDir = parentOf(item.path);
                if (parseIncarnationDirName(baseName(incarnationDir))) {
                    const QString idDir = parentOf(incarnationDir);
                    tree.clusterId = isNumeric(baseName(idDir)) ? baseName(idDir).toLongLong() : 0;
                    tree.clusterName = baseName(parentOf(idDir));
                }
                if (incarnationDir == item.path) {
                    for (const QString &d : std::as_const(dirs)) {
                        if (isNumeric(d))
                            tree.tenantIds.append(d.toLongLong());
                    }
                } else if (isNumeric(baseName(item.path))) {
                    tree.tenantIds.append(baseName(item.path).toLongLong());
                }
                std::sort(tree.tenantIds.begin(), tree.tenantIds.end());
                legacy.append(tree);
                continue;
            }

            if (files.contains(QStringLiteral("single_backup_set_info.obbak")) || files.contains(QStringLiteral("single_backup_set_info")))
                hint = diag::NoFormatHint::BackupSetFolder;
            else if (files.contains(QStringLiteral("single_piece_info.obarc")) || files.contains(QStringLiteral("tenant_archive_piece_infos.obarc")))
                hint = diag::NoFormatHint::PieceFolder;

            if (files.isEmpty()) {
                // A folder where the format file should be is not a destination, and not silently a subfolder.
                for (const QLatin1StringView formatName : {QLatin1StringView("format.obbak"), QLatin1StringView("format")}) {
                    if (dirs.contains(formatName))
                        state.addDiagnostic(diag::readFailure(Storage::Status::NotRegularFile,
                                                              state.storage().uriOf(Storage::join(item.path, formatName)),
                                                              Tr::tr("a directory, not a file"), std::nullopt));
                }
            }
            if (item.depth >= kMaxDepth) {
                if (!dirs.isEmpty())
                    state.addDiagnostic(diag::scanDepthLimit(state.storage().uriOf(item.path), kMaxDepth, dirs.size()));
                continue;
            }
            std::sort(dirs.begin(), dirs.end());
            for (const QString &d : std::as_const(dirs))
                next.append({Storage::join(item.path, d), item.depth + 1});
        }
        level = limited ? QList<Item>() : std::move(next);
    }
    std::sort(dests.begin() + destsBefore, dests.end(), [](const FoundDest &a, const FoundDest &b) { return walkOrder(a.path, b.path); });
    std::sort(legacy.begin() + legacyBefore, legacy.end(), [](const Legacy3xTree &a, const Legacy3xTree &b) { return walkOrder(a.path, b.path); });
}

// A unit of parallel reading: one metadata file to read and decode into a known slot.
struct ReadJob
{
    enum class Kind { SetInfo, Pieces };
    Kind kind;
    qsizetype dest;
    qsizetype index;
};

void countTmp(const QList<Storage::Entry> &entries, int &tmp)
{
    for (const auto &e : entries) {
        if (!e.isDir && isTmpFileName(e.name))
            ++tmp;
    }
}

// Phase 2a: a data destination's listing (backup_sets/); set infos are read in phase 3.
void listDataDest(ScanState &state, DataDestEntry &dest, int &tmp)
{
    const qint64 tenant = dest.format.tenantId;
    bool missing = false;
    const auto entries = state.list(Storage::join(dest.path, QStringLiteral("backup_sets")), tenant, &missing);
    dest.backupSetsDirFound = entries.has_value();
    if (!entries)
        return;
    countTmp(*entries, tmp);
    QMap<qint64, BackupSetEntry> sets;
    for (const auto &e : *entries) {
        if (e.isDir || isTmpFileName(e.name))
            continue;
        const auto p = parseSetPlaceholderName(e.name);
        if (!p)
            continue;
        BackupSetEntry &s = sets[p->setId];
        s.id = p->setId;
        s.type = p->type;
        switch (p->event) {
        case SetPlaceholderName::Event::Start:
            s.hasStart = true;
            break;
        case SetPlaceholderName::Event::EndSuccess:
            s.hasEndSuccess = true;
            break;
        case SetPlaceholderName::Event::EndFailed:
            s.hasEndFailed = true;
            break;
        }
    }
    for (auto &s : sets) {
        s.dirPath = Storage::join(dest.path, setDirName(s.id, s.type));
        dest.sets.append(s);
    }
}

// Phase 2b: an archive destination's listings (rounds/, pieces/); whether each piece's folder exists comes from
// the destination's own listing (`subdirs`), without a request per piece.
void listArchiveDest(ScanState &state, ArchiveDestEntry &dest, int &tmp, const QSet<QString> &subdirs)
{
    const qint64 tenant = dest.format.tenantId;
    if (const auto rounds = state.list(Storage::join(dest.path, QStringLiteral("rounds")), tenant)) {
        countTmp(*rounds, tmp);
        QMap<QPair<qint64, qint64>, RoundEntry> byKey;
        for (const auto &e : *rounds) {
            const auto r = e.isDir || isTmpFileName(e.name) ? std::nullopt : parseRoundName(e.name);
            if (!r)
                continue;
            RoundEntry &entry = byKey[{r->roundId, r->destId}];
            entry.destId = r->destId;
            entry.roundId = r->roundId;
            (r->isEnd ? entry.hasEnd : entry.hasStart) = true;
        }
        dest.rounds = byKey.values();
    }
    const auto pieces = state.list(Storage::join(dest.path, QStringLiteral("pieces")), tenant);
    dest.piecesDirFound = pieces.has_value();
    if (!pieces)
        return;
    countTmp(*pieces, tmp);
    QMap<PieceKey, PieceEntry> byKey;
    for (const auto &e : *pieces) {
        const auto p = e.isDir || isTmpFileName(e.name) ? std::nullopt : parsePiecePlaceholderName(e.name);
        if (!p)
            continue;
        PieceEntry &entry = byKey[p->key];
        entry.key = p->key;
        (p->isEnd ? entry.hasEndPlaceholder : entry.hasStartPlaceholder) = true;
    }
    dest.pieces.reserve(byKey.size());
    for (auto &p : byKey) {
        const QString name = pieceDirName(p.key);
        p.dirFound = subdirs.contains(name);
        p.dirPath = Storage::join(dest.path, name);
        dest.pieces.append(p);
    }
}

void readSetInfo(ScanState &state, const DataDestEntry &dest, BackupSetEntry &set)
{
    if (!set.hasEndSuccess)
        return; // OceanBase reads only sets with an end_success placeholder
    const QString path = Storage::join(set.dirPath, withSuffix(QStringLiteral("single_backup_set_info"), dest.legacy40, ".obbak"));
    bool missing = false;
    const auto bytes = state.read(path, dest.format.tenantId, &missing);
    if (!bytes) {
        set.infoMissing = missing;
        set.infoUnreadable = !missing;
        return;
    }
    ObbakError error;
    set.info = decodeSingleBackupSetInfo(*bytes, &error);
    if (!set.info) {
        set.infoUnreadable = true;
        state.decodeFailed(path, error, dest.format.tenantId);
    }
}

std::optional<TenantArchivePieceInfosDesc> readExtend(ScanState &state, const ArchiveDestEntry &dest, const PieceEntry &piece)
{
    const QString path = Storage::join(piece.dirPath, withSuffix(QStringLiteral("tenant_archive_piece_infos"), dest.legacy40, ".obarc"));
    const auto bytes = state.read(path, dest.format.tenantId);
    if (!bytes)
        return std::nullopt;
    ObbakError error;
    auto extend = decodeTenantArchivePieceInfos(*bytes, &error);
    if (!extend)
        state.decodeFailed(path, error, dest.format.tenantId);
    return extend;
}

// ObArchiveStore::get_single_piece_info (ob-backup-layout.md §3.6): single_piece_info for a frozen piece,
// else checkpoint_info.0 + the newest checkpoint_info.<scn> name + tenant_archive_piece_infos for an active one.
void readPieceInfo(ScanState &state, const ArchiveDestEntry &dest, PieceEntry &piece)
{
    const qint64 tenant = dest.format.tenantId;
    piece.source = PieceEntry::Source::Empty;
    bool missing = false;
    const QString single = Storage::join(piece.dirPath, withSuffix(QStringLiteral("single_piece_info"), dest.legacy40, ".obarc"));
    if (const auto bytes = state.read(single, tenant, &missing)) {
        piece.dirFound = true;
        ObbakError error;
        if (auto attr = decodeSinglePieceInfo(*bytes, &error)) {
            piece.attr = *attr;
            piece.source = PieceEntry::Source::Frozen;
        } else {
            state.decodeFailed(single, error, tenant);
            piece.unreadableUri = state.storage().uriOf(single);
        }
        return;
    }
    if (!missing) {
        piece.unreadableUri = state.storage().uriOf(single); // unreadable: a diagnostic was recorded
        return;
    }
    const QString checkpointDir = Storage::join(piece.dirPath, QStringLiteral("checkpoint"));
    bool noCheckpointDir = false;
    const auto entries = state.list(checkpointDir, tenant, &noCheckpointDir);
    if (!entries) {
        if (!noCheckpointDir) {
            piece.dirFound = true;
            piece.unreadableUri = state.storage().uriOf(checkpointDir);
        }
        return; // no checkpoint: an empty piece
    }
    piece.dirFound = true;
    QString zeroName;
    quint64 newest = 0;
    for (const auto &e : *entries) {
        if (isTmpFileName(e.name))
            continue;
        const auto n = parseCheckpointName(e.name);
        if (!n)
            continue;
        if (e.isDir) {
            piece.checkpointMetaIsFolder = piece.checkpointMetaIsFolder || *n == 0;
            continue;
        }
        if (*n > Scn::kMax) {
            // A name OceanBase cannot write: reported, never taken as a checkpoint (it would end the window in 2116).
            state.addDiagnostic(diag::absurdMetadata(state.storage().uriOf(Storage::join(checkpointDir, e.name)),
                                                      Tr::tr("its name holds SCN %1, above the largest SCN OceanBase writes (%2)")
                                                          .arg(*n)
                                                          .arg(Scn::kMax),
                                                      tenant));
            continue;
        }
        if (*n == 0)
            zeroName = e.name;
        else
            newest = qMax(newest, *n);
    }
    if (zeroName.isEmpty()) {
        // OceanBase: no checkpoint_info.0 means an empty piece (get_single_piece_info: read_piece_checkpoint's
        // OB_BACKUP_FILE_NOT_EXIST → is_empty_piece), even when checkpoint_info.<scn> files say how far it got.
        // What that costs is a finding: the newest checkpoint named, and where the piece starts.
        if (newest != 0 || piece.checkpointMetaIsFolder) {
            if (newest != 0)
                piece.orphanCheckpoint = Scn(newest);
            if (const auto extend = readExtend(state, dest, piece))
                piece.orphanStart = extend->startScn;
        }
        return;
    }
    const QString zeroPath = Storage::join(checkpointDir, zeroName);
    const auto bytes = state.read(zeroPath, tenant);
    if (!bytes) {
        piece.unreadableUri = state.storage().uriOf(zeroPath);
        return;
    }
    ObbakError error;
    const auto checkpoint = decodeCheckpointInfo0(*bytes, &error);
    if (!checkpoint) {
        state.decodeFailed(zeroPath, error, tenant);
        piece.unreadableUri = state.storage().uriOf(zeroPath);
        return;
    }
    piece.extend = readExtend(state, dest, piece);
    piece.extendUnreadable = !piece.extend;
    PieceAttr &a = piece.attr;
    a.destId = piece.key.destId;
    a.roundId = piece.key.roundId;
    a.pieceId = piece.key.pieceId;
    a.tenantId = checkpoint->tenantId;
    a.incarnation = checkpoint->incarnation;
    a.startScn = checkpoint->startScn;
    a.endScn = checkpoint->endScn;
    a.compatible = qint32(checkpoint->compatible);
    if (piece.extend) {
        a.tenantId = piece.extend->tenantId;
        a.incarnation = piece.extend->incarnation;
        a.destNo = piece.extend->destNo;
        a.startScn = piece.extend->startScn;
        a.endScn = piece.extend->endScn;
        a.compatible = piece.extend->compatible;
        a.path = piece.extend->path;
    }
    a.checkpointScn = checkpoint->checkpointScn;
    a.maxScn = checkpoint->maxScn;
    if (newest != 0) {
        a.checkpointScn = Scn(newest);
        a.maxScn = Scn(newest);
        piece.checkpointNameFound = true;
    }
    a.status = qint32(PieceStatus::Active);
    a.fileStatus = qint32(FileStatus::Available);
    piece.source = PieceEntry::Source::Active;
}

// Phase 3 for one archive destination: the pieces OceanBase's restore opens, and no others.
//  1. get_piece_paths_in_range: from the newest start key back, each piece's info until one is not empty (or
//     cannot be read), then that piece's tenant_archive_piece_infos;
//  2. get_max_checkpoint_scn ("latest"): the same walk within the newest round that has a start file;
//  3. every other piece is described by the newest piece's his_frozen_pieces_, as OceanBase trusts it; pieces
//     outside that history are left NotRead.
void readArchivePieces(ScanState &state, ArchiveDestEntry &dest)
{
    QList<PieceEntry *> keys;
    for (PieceEntry &p : dest.pieces) {
        p.source = PieceEntry::Source::NotRead;
        if (p.hasStartPlaceholder)
            keys.append(&p);
    }
    QSet<PieceEntry *> read;
    auto walkBack = [&](const QList<PieceEntry *> &chain) -> PieceEntry * {
        for (auto it = chain.crbegin(); it != chain.crend() && !state.cancelled(); ++it) {
            PieceEntry *p = *it;
            if (!read.contains(p)) {
                readPieceInfo(state, dest, *p);
                read.insert(p);
            }
            if (!p->unreadableUri.isEmpty())
                return nullptr;
            if (p->source != PieceEntry::Source::Empty)
                return p;
        }
        return nullptr;
    };
    PieceEntry *newest = walkBack(keys);
    if (newest && !newest->extend && !newest->extendUnreadable && !state.cancelled()) {
        newest->extend = readExtend(state, dest, *newest);
        newest->extendUnreadable = !newest->extend;
    }
    qint64 maxRound = -1;
    for (const RoundEntry &r : std::as_const(dest.rounds)) {
        if (r.hasStart && r.destId == dest.format.destId)
            maxRound = qMax(maxRound, r.roundId);
    }
    QList<PieceEntry *> roundKeys;
    for (PieceEntry *p : std::as_const(keys)) {
        if (p->key.roundId == maxRound && p->key.destId == dest.format.destId)
            roundKeys.append(p);
    }
    walkBack(roundKeys);
    if (!newest || !newest->extend)
        return;
    QMap<PieceKey, PieceEntry *> byKey;
    for (PieceEntry &p : dest.pieces)
        byKey.insert(p.key, &p);
    for (const PieceAttr &h : std::as_const(newest->extend->hisFrozenPieces)) {
        PieceEntry *p = byKey.value(PieceKey{h.destId, h.roundId, h.pieceId}, nullptr);
        if (!p || read.contains(p))
            continue;
        p->attr = h;
        p->source = h.status == qint32(PieceStatus::Active) ? PieceEntry::Source::Active : PieceEntry::Source::Frozen;
        p->fromHistory = true;
        p->checkpointNameFound = true; // a frozen piece has no checkpoint folder to lose
    }
}

} // namespace

DestScanner::DestScanner(std::shared_ptr<const Storage> storage)
    : m_storage(storage ? std::move(storage) : std::make_shared<BackupStorage>())
{
}

ScanResult DestScanner::scan(const QList<BackupUri> &locations, const ScanOptions &options) const
{
    guithread::noteBlockingWork("backup location scan");
    ScanResult result;
    result.storage = m_storage;
    // One flag stops every reader and every request in flight: set by the watchdog below when the caller cancels,
    // the scan's request budget is spent or its time is up.
    std::atomic_bool stop{false};
    enum class Why { None, Cancelled, Requests, Deadline };
    std::atomic<Why> why{Why::None};
    m_storage->setCancel(&stop);
    const qint64 maxRequests = options.maxRequests > 0 ? options.maxRequests
                                                       : envLimit("OBRESTORE_SCAN_MAX_REQUESTS", ScanOptions::kDefaultMaxRequests);
    const qint64 maxFolders = options.maxFolders > 0 ? options.maxFolders
                                                     : envLimit("OBRESTORE_SCAN_MAX_FOLDERS", ScanOptions::kDefaultMaxFolders);
    const int timeoutSeconds = options.timeoutSeconds > 0 ? options.timeoutSeconds : ScanOptions::kDefaultTimeoutSeconds;
    std::atomic<qint64> budget{maxRequests};
    m_storage->setRequestBudget(&budget);
    std::mutex watchMutex;
    std::condition_variable watchWake;
    bool scanDone = false;
    std::thread watchdog([&] {
        QElapsedTimer clock;
        clock.start();
        std::unique_lock lock(watchMutex);
        while (!watchWake.wait_for(lock, std::chrono::milliseconds(20), [&] { return scanDone; })) {
            Why reason = Why::None;
            if (options.cancel && options.cancel->load())
                reason = Why::Cancelled;
            else if (budget.load() <= 0)
                reason = Why::Requests;
            else if (clock.elapsed() >= qint64(timeoutSeconds) * 1000)
                reason = Why::Deadline;
            if (reason != Why::None) {
                why.store(reason);
                stop.store(true);
                return;
            }
        }
    });
    ScanState state(*m_storage, options, stop);

    const bool anyObject = std::any_of(locations.cbegin(), locations.cend(), [](const BackupUri &u) { return !u.isLocal(); });
    QThreadPool pool;
    pool.setMaxThreadCount(options.readers > 0 ? options.readers : anyObject ? 16 : qMax(4, QThread::idealThreadCount() * 2));

    // Phase 1: find destinations.
    QList<FoundDest> found;
    for (const BackupUri &uri : locations) {
        result.inputs.append(uri.toDisplayString());
        QString rootError;
        Storage::Status rootStatus = Storage::Status::IoError;
        const auto rootPath = m_storage->rootOf(uri, &rootError, &rootStatus);
        if (!rootPath) {
            state.addDiagnostic(rootStatus == Storage::Status::AccessDenied
                                    ? diag::storageAccessDenied(uri.toDisplayString(), rootError, std::nullopt)
                                    : diag::unsupportedStorage(uri.toDisplayString(), uri.schemeName(), rootError));
            continue;
        }
        QString root = *rootPath;
        bool isDir = false;
        const Storage::Status st = m_storage->stat(root, &isDir);
        if (st == Storage::Status::NotFound || st == Storage::Status::NotADirectory) {
            state.addDiagnostic(diag::pathNotFound(uri.toDisplayString(), !uri.isLocal()));
            continue;
        }
        if (st == Storage::Status::Cancelled)
            break;
        if (st != Storage::Status::Ok) {
            const Storage::Listing l = m_storage->list(root); // the same cause, in words (object storage: at once)
            state.failed(root, l.status == Storage::Status::Ok ? st : l.status, l.message, std::nullopt);
            continue;
        }
        diag::NoFormatHint hint = diag::NoFormatHint::Nothing;
        if (!isDir) {
            const QString name = baseName(root);
            if (name != u"format.obbak" && name != u"format") {
                state.addDiagnostic(diag::noFormatFile(uri.toDisplayString(), diag::NoFormatHint::AFile, 0));
                continue;
            }
            root = parentOf(root); // the user pointed at the format file itself
        }
        const qsizetype destsBefore = found.size();
        const qsizetype legacyBefore = result.legacyTrees.size();
        const qint64 foldersBefore = state.progress().folders;
        walk(state, pool, root, found, result.legacyTrees, hint, maxFolders);
        // Not when the walk was cut short by the endpoint or a limit: its own finding says why nothing was found.
        if (found.size() == destsBefore && result.legacyTrees.size() == legacyBefore && !state.cancelled()
            && !state.anyOf({"STORAGE_PROTOCOL_ERROR", "STORAGE_ACCESS_DENIED", "STORAGE_BUCKET_NOT_FOUND", "STORAGE_UNREACHABLE",
                             "LISTING_TOO_LONG", "SCAN_FOLDER_LIMIT"}))
            state.addDiagnostic(diag::noFormatFile(uri.toDisplayString(), hint, state.progress().folders - foldersBefore));
    }
    // The same destination reached from two locations is read once.
    {
        QSet<QString> seen;
        QList<FoundDest> unique;
        for (const auto &d : std::as_const(found)) {
            if (!seen.contains(d.path)) {
                seen.insert(d.path);
                unique.append(d);
            }
        }
        found = unique;
    }
    for (const auto &tree : std::as_const(result.legacyTrees))
        state.addDiagnostic(diag::legacy3xLayout(tree.uri, tree.clusterName, tree.clusterId, tree.tenantIds));

    // Phase 2: read the format files and list each destination's placeholder folders.
    struct Classified
    {
        std::optional<FormatDesc> format;
        int tmp = 0;
    };
    QList<Classified> classified(found.size());
    QList<qsizetype> indexes(found.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QtConcurrent::blockingMap(&pool, indexes, [&](qsizetype i) {
        if (state.cancelled())
            return;
        const QString path = Storage::join(found[i].path, found[i].formatName);
        const auto bytes = state.read(path, std::nullopt);
        if (!bytes)
            return;
        ObbakError error;
        classified[i].format = decodeFormat(*bytes, &error);
        if (!classified[i].format)
            state.decodeFailed(path, error, std::nullopt);
    });
    QList<QSet<QString>> archiveSubdirs;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (!classified[i].format)
            continue;
        const bool legacy40 = found[i].formatName == u"format";
        if (classified[i].format->destType == qint64(DestType::BackupData)) {
            DataDestEntry d;
            d.path = found[i].path;
            d.uri = m_storage->uriOf(d.path);
            d.parameters = m_storage->parametersOf(d.path);
            d.format = *classified[i].format;
            d.legacy40 = legacy40;
            result.dataDests.append(d);
        } else {
            ArchiveDestEntry a;
            a.path = found[i].path;
            a.uri = m_storage->uriOf(a.path);
            a.parameters = m_storage->parametersOf(a.path);
            a.format = *classified[i].format;
            a.legacy40 = legacy40;
            result.archiveDests.append(a);
            archiveSubdirs.append(found[i].subdirs);
        }
    }
    QList<int> dataTmp(result.dataDests.size(), 0);
    QList<int> archiveTmp(result.archiveDests.size(), 0);
    const qsizetype nData = result.dataDests.size();
    QList<qsizetype> destIndexes(nData + result.archiveDests.size());
    std::iota(destIndexes.begin(), destIndexes.end(), 0);
    QtConcurrent::blockingMap(&pool, destIndexes, [&](qsizetype i) {
        if (state.cancelled())
            return;
        if (i < nData)
            listDataDest(state, result.dataDests[i], dataTmp[i]);
        else
            listArchiveDest(state, result.archiveDests[i - nData], archiveTmp[i - nData], archiveSubdirs[i - nData]);
    });

    // Phase 3: read every set info, and each archive destination's pieces as OceanBase reads them, in parallel
    // across all destinations.
    QList<ReadJob> jobs;
    for (qsizetype d = 0; d < result.archiveDests.size(); ++d)
        jobs.append({ReadJob::Kind::Pieces, d, 0}); // first: a walk of several reads in a row
    for (qsizetype d = 0; d < result.dataDests.size(); ++d) {
        for (qsizetype s = 0; s < result.dataDests[d].sets.size(); ++s)
            jobs.append({ReadJob::Kind::SetInfo, d, s});
    }
    QtConcurrent::blockingMap(&pool, jobs, [&](const ReadJob &job) {
        if (state.cancelled())
            return;
        if (job.kind == ReadJob::Kind::SetInfo) {
            DataDestEntry &dest = result.dataDests[job.dest];
            readSetInfo(state, dest, dest.sets[job.index]);
        } else {
            readArchivePieces(state, result.archiveDests[job.dest]);
        }
    });

    // Phase 4: the file read once per data destination: the newest set's locality (tenant and cluster names,
    // time zone).
    QList<qsizetype> dataIndexes(nData);
    std::iota(dataIndexes.begin(), dataIndexes.end(), 0);
    QtConcurrent::blockingMap(&pool, dataIndexes, [&](qsizetype i) {
        if (state.cancelled())
            return;
        {
            DataDestEntry &dest = result.dataDests[i];
            for (auto it = dest.sets.crbegin(); it != dest.sets.crend(); ++it) {
                if (!it->info)
                    continue;
                const QString path = Storage::join(it->dirPath, QStringLiteral("infos/")
                                                       + withSuffix(QStringLiteral("locality_info"), dest.legacy40, ".obbak"));
                bool missing = false;
                const auto bytes = state.read(path, dest.format.tenantId, &missing);
                if (!bytes)
                    continue;
                ObbakError error;
                dest.locality = decodeLocalityInfo(*bytes, &error);
                if (dest.locality)
                    break;
                state.decodeFailed(path, error, dest.format.tenantId);
            }
        }
    });

    for (qsizetype i = 0; i < result.dataDests.size(); ++i) {
        if (dataTmp[i] > 0)
            state.addDiagnostic(diag::tmpFilesIgnored(result.dataDests[i].uri, dataTmp[i], result.dataDests[i].format.tenantId));
        if (result.dataDests[i].legacy40)
            state.addDiagnostic(diag::legacy40Layout(result.dataDests[i].uri, result.dataDests[i].format.tenantId));
    }
    for (qsizetype i = 0; i < result.archiveDests.size(); ++i) {
        if (archiveTmp[i] > 0)
            state.addDiagnostic(diag::tmpFilesIgnored(result.archiveDests[i].uri, archiveTmp[i], result.archiveDests[i].format.tenantId));
        if (result.archiveDests[i].legacy40)
            state.addDiagnostic(diag::legacy40Layout(result.archiveDests[i].uri, result.archiveDests[i].format.tenantId));
    }

    {
        std::lock_guard lock(watchMutex);
        scanDone = true;
    }
    watchWake.notify_all();
    watchdog.join();
    result.cancelled = why.load() == Why::Cancelled || (why.load() == Why::None && options.cancel && options.cancel->load());
    if (why.load() == Why::Requests)
        state.addDiagnostic(diag::scanRequestLimit(maxRequests));
    else if (why.load() == Why::Deadline)
        state.addDiagnostic(diag::scanTimeout(timeoutSeconds));
    // Which scheme each endpoint answered on, for the report (plain HTTP: unencrypted, and how to change it); a host
    // without a scheme that answered only over HTTPS is a finding (OceanBase 4.2–4.4 would try plain HTTP).
    result.transports = m_storage->transports();
    for (const Storage::Transport &t : std::as_const(result.transports)) {
        if (t.scheme == u"https" && !t.schemeGiven)
            state.addDiagnostic(diag::storageHttpsOnly(t.host));
    }
    result.counts = state.progress();
    result.diagnostics = state.takeDiagnostics();
    state.report();
    m_storage->setCancel(nullptr);
    m_storage->setRequestBudget(nullptr);
    return result;
}

} // namespace obrestore
