#include "restoreverify.h"

#include "diagnostics.h"
#include "obbak.h"

#include <QHash>
#include <QSet>

namespace obrestore {

namespace {

constexpr int kNamed = 5;                       // missing paths named in one finding
constexpr qint64 kMaxMetadataBytes = 16ll << 20; // ls_attr_info and file_info are small

// Lists folders once each and answers "is this name there", counting what it did.
class Lister
{
public:
    Lister(const Storage &storage, const VerifyOptions &options, qint64 total)
        : m_storage(storage), m_options(options), m_total(total)
    {
    }

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    // The names in `dir` (nullopt when the folder is missing or unreadable).
    const std::optional<QHash<QString, bool>> &names(const QString &dir)
    {
        auto it = m_cache.find(dir);
        if (it != m_cache.end())
            return *it;
        const Storage::Listing l = m_storage.list(dir);
        std::optional<QHash<QString, bool>> out;
        if (l.status == Storage::Status::Ok) {
            out.emplace();
            for (const auto &e : l.entries)
                out->insert(e.name, e.isDir);
        }
        ++m_checked;
        if (m_options.progress)
            m_options.progress(m_checked, qMax(m_total, m_checked));
        return *m_cache.insert(dir, out);
    }

    bool has(const QString &dir, const QString &name)
    {
        const auto &n = names(dir);
        return n && n->contains(name);
    }

    std::optional<QByteArray> read(const QString &file)
    {
        const Storage::Content c = m_storage.read(file, kMaxMetadataBytes);
        if (c.status != Storage::Status::Ok)
            return std::nullopt;
        return c.data;
    }

private:
    const Storage &m_storage;
    const VerifyOptions &m_options;
    qint64 m_total;
    qint64 m_checked = 0;
    QHash<QString, std::optional<QHash<QString, bool>>> m_cache;
};

QString withSuffix(const QString &name, bool legacy40, const char *suffix)
{
    return legacy40 ? name : name + QLatin1StringView(suffix);
}

// Missing paths of one set or piece, relative to its folder.
struct Missing
{
    QStringList paths;
    void add(const QString &p) { paths << p; }
};

bool hasTurnFolder(const QHash<QString, bool> &names)
{
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value() && it.key().contains(u"_turn_") && it.key().contains(u"_retry_"))
            return true;
    }
    return false;
}

void checkSet(Lister &l, const DataDestEntry &dest, const BackupSetFileDesc &set, bool newest, bool complementLog, Missing &m)
{
    const SetType type = set.backupType == 1 ? SetType::Full : SetType::Incremental;
    const QString dir = Storage::join(dest.path, setDirName(set.backupSetId, type));
    const auto &top = l.names(dir);
    if (!top) {
        m.add(setDirName(set.backupSetId, type) + u'/');
        return;
    }
    const QString info = withSuffix(QStringLiteral("single_backup_set_info"), dest.legacy40, ".obbak");
    if (!top->contains(info))
        m.add(info);
    if (complementLog && !top->value(QStringLiteral("complement_log"), false))
        m.add(QStringLiteral("complement_log/")); // PLUS ARCHIVELOG without a log archive path replays it
    const QString infos = Storage::join(dir, QStringLiteral("infos"));
    if (newest && !l.has(infos, withSuffix(QStringLiteral("locality_info"), dest.legacy40, ".obbak")))
        m.add(QStringLiteral("infos/") + withSuffix(QStringLiteral("locality_info"), dest.legacy40, ".obbak"));
    // ls_attr_info.<meta_turn_id>: read by do_fill_backup_info_ (newest set) and the log stream list of each set.
    const QString lsAttrName = withSuffix(QStringLiteral("ls_attr_info.%1").arg(qMax<qint64>(1, set.metaTurnId)), dest.legacy40, ".obbak");
    const QString metaInfo = Storage::join(infos, QStringLiteral("meta_info"));
    QList<qint64> lsIds;
    if (!l.has(metaInfo, lsAttrName)) {
        m.add(QStringLiteral("infos/meta_info/") + lsAttrName);
    } else if (const auto bytes = l.read(Storage::join(metaInfo, lsAttrName))) {
        if (const auto attr = decodeLsAttrInfo(*bytes, nullptr))
            lsIds = attr->lsIds;
    }
    // Without a readable log stream list, only the sys log stream (in every 4.x tenant) is certain.
    if (lsIds.isEmpty())
        lsIds << 1;
    for (qint64 ls : std::as_const(lsIds)) {
        const QString lsName = QStringLiteral("logstream_%1").arg(ls);
        if (!top->value(lsName, false)) {
            m.add(lsName + u'/');
            continue;
        }
        const auto &inner = l.names(Storage::join(dir, lsName));
        if (!inner || !hasTurnFolder(*inner))
            m.add(lsName + QStringLiteral("/*_turn_*_retry_*/"));
    }
}

void checkPiece(Lister &l, const ArchiveDestEntry &dest, const PieceAttr &piece, Missing &m)
{
    const PieceKey key{piece.destId, piece.roundId, piece.pieceId};
    const QString dir = Storage::join(dest.path, pieceDirName(key));
    const auto &top = l.names(dir);
    if (!top) {
        m.add(pieceDirName(key) + u'/');
        return;
    }
    const bool frozen = piece.status == qint32(PieceStatus::Frozen);
    const QString single = withSuffix(QStringLiteral("single_piece_info"), dest.legacy40, ".obarc");
    if (frozen && !top->contains(single))
        m.add(single);
    if (!frozen && !l.has(Storage::join(dir, QStringLiteral("checkpoint")), withSuffix(QStringLiteral("checkpoint_info.0"), dest.legacy40, ".obarc")))
        m.add(QStringLiteral("checkpoint/") + withSuffix(QStringLiteral("checkpoint_info.0"), dest.legacy40, ".obarc"));
    // The per-log-stream file lists of a frozen piece; a piece without one (active, or a writer that has none)
    // gets the sys log stream's log folder checked only.
    std::optional<PieceFileListDesc> files;
    const QString fileInfo = withSuffix(QStringLiteral("file_info"), dest.legacy40, ".obarc");
    if (top->contains(fileInfo)) {
        if (const auto bytes = l.read(Storage::join(dir, fileInfo)))
            files = decodePieceFileList(*bytes, nullptr);
    }
    if (!files) {
        const QString log = QStringLiteral("logstream_1/log");
        const auto &names = l.names(Storage::join(dir, log));
        if (!names || names->isEmpty())
            m.add(log + u'/');
        return;
    }
    for (const PieceFileListDesc::LogStream &ls : files->logStreams) {
        if (ls.deleted)
            continue;
        const QString log = QStringLiteral("logstream_%1/log").arg(ls.lsId);
        const auto &names = l.names(Storage::join(dir, log));
        if (!names) {
            m.add(log + u'/');
            continue;
        }
        for (qint64 f : ls.fileIds) {
            const QString name = withSuffix(QString::number(f), dest.legacy40, ".obarc");
            if (!names->contains(name)) // a file, or on S3 the folder of an appendable object
                m.add(log + u'/' + name);
        }
    }
}

Diagnostic finding(const Missing &m, const std::function<Diagnostic(const QStringList &, int)> &make)
{
    return make(m.paths.mid(0, kNamed), int(m.paths.size()));
}

} // namespace

void verifyRestoreSource(const Storage &storage, const TenantEntry &tenant, TenantRestoreSource &source,
                         const VerifyOptions &options)
{
    source.missing.clear();
    source.verified = false;
    if (!source.restorable || source.dataIndex < 0)
        return;
    const DataDestEntry &data = tenant.dataDests[source.dataIndex];
    // About five listings per set and three per piece.
    Lister l(storage, options, 2 + 5 * source.sets.size() + 3 * source.pieces.size());
    // A destination that has gone since the parse (removed, unmounted, a demo folder cleaned away) is one finding,
    // not a missing file for every set and piece below it.
    const bool dataGone = !l.names(data.path);
    const bool archiveGone = source.archiveIndex >= 0 && !l.names(tenant.archiveDests[source.archiveIndex].path);
    QStringList gone;
    if (dataGone)
        gone << data.uri;
    if (archiveGone)
        gone << tenant.archiveDests[source.archiveIndex].uri;
    if (!gone.isEmpty())
        source.missing << diag::destinationGone(tenant.tenantId, gone);
    for (qsizetype i = 0; i < source.sets.size() && !l.cancelled() && !dataGone; ++i) {
        const BackupSetFileDesc &s = source.sets[i];
        Missing m;
        const bool newest = i == source.sets.size() - 1;
        checkSet(l, data, s, newest, newest && source.archiveIndex < 0, m);
        if (m.paths.isEmpty())
            continue;
        const QString uri = data.uri + u'/' + setDirName(s.backupSetId, s.backupType == 1 ? SetType::Full : SetType::Incremental);
        source.missing << finding(m, [&](const QStringList &named, int total) {
            return diag::backupSetFilesMissing(tenant.tenantId, uri, s.backupSetId, named, total);
        });
    }
    if (source.archiveIndex >= 0 && !archiveGone) {
        const ArchiveDestEntry &archive = tenant.archiveDests[source.archiveIndex];
        for (const PieceAttr &p : std::as_const(source.pieces)) {
            if (l.cancelled())
                break;
            Missing m;
            checkPiece(l, archive, p, m);
            if (m.paths.isEmpty())
                continue;
            const PieceKey key{p.destId, p.roundId, p.pieceId};
            source.missing << finding(m, [&](const QStringList &named, int total) {
                return diag::pieceFilesMissing(tenant.tenantId, archive.uri + u'/' + pieceDirName(key), key, named, total);
            });
        }
    }
    source.verified = !l.cancelled();
}

} // namespace obrestore
