#include "tenantcatalog.h"

#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

#include "common/compatibility.h"
#include "common/displaytext.h"
#include "diagnostics.h"
#include "restoresource.h"
#include "restorewindows.h"
#include "tr.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace obrestore {

bool decryptionAccepts(const QStringList &given, const QByteArray &recorded)
{
    return recorded.isEmpty() || given.join(u',').contains(QString::fromUtf8(recorded));
}

namespace {

using Key = QPair<qint64, qint64>; // cluster id, tenant id

void analyzeDataDest(const DataDestEntry &dest, qint64 tenant, const CatalogOptions &options, QList<Diagnostic> &out)
{
    if (!dest.backupSetsDirFound || dest.sets.isEmpty()) {
        out.append(diag::noBackupSets(tenant, dest.uri + QStringLiteral("/backup_sets"), !dest.backupSetsDirFound));
        return;
    }
    int inProgress = 0;
    int failed = 0;
    bool anySuccess = false;
    const SetList listed = setsListedByOceanBase(dest);
    const QList<qint64> usable = usableSetIds(listed.sets);
    if (listed.blocked()) {
        std::optional<Scn> from;
        if (!listed.sets.isEmpty())
            from = Scn(listed.blockedFrom());
        out.append(diag::setUnreadableBlocks(tenant, listed.unreadableUri, listed.unreadableSetId, from, options.timeZone));
    }
    for (const BackupSetEntry &s : dest.sets) {
        const QString setUri = dest.uri + u'/' + setDirName(s.id, s.type);
        if (s.hasEndSuccess)
            anySuccess = true;
        if (s.hasStart && !s.hasEndSuccess && !s.hasEndFailed) {
            ++inProgress;
            out.append(diag::backupSetInProgress(tenant, setUri, s.id));
        }
        if (s.hasEndFailed && !s.hasEndSuccess) {
            ++failed;
            out.append(diag::backupSetFailed(tenant, setUri, s.id));
        }
        if (s.hasEndSuccess && s.infoMissing)
            out.append(diag::backupSetInfoMissing(tenant,
                                                  setUri + u'/' + (dest.legacy40 ? QStringLiteral("single_backup_set_info")
                                                                                 : QStringLiteral("single_backup_set_info.obbak")),
                                                  s.id));
        if (!s.info || !s.hasEndSuccess)
            continue;
        if (!s.isSuccessAvailable())
            out.append(diag::backupSetNotAvailable(tenant, setUri, s.id, setStatusName(s.info->status),
                                                   fileStatusName(s.info->fileStatus)));
        else if (s.info->backupType == 2 && !usable.contains(s.id))
            out.append(diag::incChainBroken(tenant, setUri, s.id, s.info->prevFullBackupSetId, s.info->prevIncBackupSetId));
        if (s.isEncrypted()) {
            auto check = diag::PasswordCheck::NotChecked;
            if (!options.decryptionPasswords.isEmpty() && !s.info->passwd.isEmpty()) {
                // ObBackupUtils::check_passwd: the set's password must occur in the DECRYPTION list.
                check = decryptionAccepts(options.decryptionPasswords, s.info->passwd) ? diag::PasswordCheck::Matches
                                                                                       : diag::PasswordCheck::NoMatch;
            }
            out.append(diag::backupEncrypted(tenant, setUri, s.id, check));
        }
    }
    if (!anySuccess)
        out.append(diag::noSuccessfulBackupSet(tenant, dest.uri + QStringLiteral("/backup_sets"), inProgress, failed));
}

void analyzeArchiveDest(const ArchiveDestEntry &dest, qint64 tenant, const CatalogOptions &options,
                        QList<Diagnostic> &out)
{
    const qint64 destId = dest.format.destId;
    const bool anyStartKey = std::any_of(dest.pieces.cbegin(), dest.pieces.cend(), [](const PieceEntry &p) { return p.hasStartPlaceholder; });
    if (!dest.piecesDirFound || !anyStartKey) {
        out.append(diag::noArchivePieces(tenant, dest.uri + QStringLiteral("/pieces"), !dest.piecesDirFound));
        return;
    }
    const bool hasRoundStart = std::any_of(dest.rounds.begin(), dest.rounds.end(),
                                           [&](const RoundEntry &r) { return r.destId == destId && r.hasStart; });
    if (!hasRoundStart)
        out.append(diag::noRoundStart(tenant, dest.uri + QStringLiteral("/rounds"), destId));

    QMap<qint64, int> foreign;
    // The URIs are built only for the findings (every piece passes through here).
    auto pieceUri = [&](const PieceKey &key) { return dest.uri + u'/' + pieceDirName(key); };
    for (const PieceEntry &p : dest.pieces) {
        if (p.key.destId != destId)
            ++foreign[p.key.destId];
        if (p.source == PieceEntry::Source::Active && !p.checkpointNameFound)
            out.append(diag::checkpointFileLost(tenant, pieceUri(p.key) + QStringLiteral("/checkpoint"), p.key, p.attr.checkpointScn,
                                                options.timeZone));
        if (p.source == PieceEntry::Source::Empty && (p.orphanCheckpoint || p.checkpointMetaIsFolder))
            out.append(diag::checkpointMetaMissing(tenant, pieceUri(p.key) + QStringLiteral("/checkpoint/")
                                                       + (dest.legacy40 ? QStringLiteral("checkpoint_info.0") : QStringLiteral("checkpoint_info.0.obarc")),
                                                   p.key, p.checkpointMetaIsFolder, p.orphanStart, p.orphanCheckpoint, options.timeZone));
    }
    for (auto it = foreign.cbegin(); it != foreign.cend(); ++it)
        out.append(diag::foreignDestPieces(tenant, dest.uri, it.key(), destId, it.value()));

    const PieceCandidates candidates = pieceCandidates(dest);
    if (candidates.unreadable()) {
        out.append(diag::archiveUnreadableBlocks(tenant, candidates.unreadableUri, candidates.unreadableKey));
        return;
    }
    if (candidates.allEmpty) {
        out.append(diag::allPiecesEmpty(tenant, dest.uri + QStringLiteral("/pieces"), int(dest.pieces.size())));
        return;
    }
    QMap<PieceKey, const PieceEntry *> onDisk;
    for (const auto &p : dest.pieces)
        onDisk.insert(p.key, &p);
    const PieceAttr *prev = nullptr;
    for (const PieceAttr &c : candidates.pieces) {
        const PieceKey key{c.destId, c.roundId, c.pieceId};
        if (c.destId != candidates.firstKeyDestId)
            continue;
        if (c.fileStatus != qint32(FileStatus::Available)) {
            out.append(diag::pieceNotAvailable(tenant, pieceUri(key), key, fileStatusName(c.fileStatus)));
            continue;
        }
        const auto disk = onDisk.value(key, nullptr);
        if (disk && !disk->dirFound)
            out.append(diag::pieceFolderMissing(tenant, pieceUri(key), key));
        if (prev && prev->endScn != c.startScn)
            out.append(diag::archiveGap(tenant, pieceUri(key), prev->endScn, c.startScn, options.timeZone));
        prev = &c;
    }
}

// Findings about how the sets and the log fit together, for one data destination and every archive
// destination of the tenant: a set counts as covered when any one destination covers it on its own (that is
// the destination a restore names).
void analyzeCoverage(const DataDestEntry &data, const QList<ArchiveDestEntry> &archives, qint64 tenant,
                     const CatalogOptions &options, QList<Diagnostic> &out)
{
    const SetList setList = setsListedByOceanBase(data);
    const QList<BackupSetFileDesc> &listed = setList.sets;
    QList<PieceCandidates> all;
    for (const ArchiveDestEntry &a : archives) {
        PieceCandidates c = pieceCandidates(a);
        if (!c.allEmpty && !c.unreadable())
            all.append(std::move(c));
    }
    if (all.isEmpty())
        return; // ALL_PIECES_EMPTY / NO_ARCHIVE_PIECES / CORRUPT_METADATA explain it
    QList<RestoreWindow> windows;
    for (const PieceCandidates &c : std::as_const(all))
        windows += computeWindows(setList, &c);
    windows = mergeWindows(windows);
    const QList<qint64> usable = usableSetIds(listed);
    auto setUri = [&](const BackupSetFileDesc &s) {
        return data.uri + u'/' + setDirName(s.backupSetId, s.backupType == 1 ? SetType::Full : SetType::Incremental);
    };
    for (const BackupSetFileDesc &s : listed) {
        if (!usable.contains(s.backupSetId))
            continue;
        // Covered when the log from the set's start yields any point at all: the first interval says so.
        if (std::any_of(all.cbegin(), all.cend(), [&](const PieceCandidates &c) { return !logCoverage(c, s.startReplayScn, std::nullopt, 1).isEmpty(); }))
            continue;
        std::optional<Scn> firstStart;
        for (const PieceCandidates &cand : std::as_const(all)) {
            for (const PieceAttr &c : cand.pieces) {
                if (c.destId == cand.firstKeyDestId && c.fileStatus == qint32(FileStatus::Available) && c.endScn > s.startReplayScn) {
                    if (!firstStart || c.startScn < *firstStart)
                        firstStart = c.startScn;
                    break;
                }
            }
        }
        out.append(diag::archiveStartsAfterBackup(tenant, setUri(s), s.backupSetId, s.startReplayScn, firstStart, options.timeZone));
    }
    // The newest usable set decides every point after its min_restore_scn (unless a damaged set stops the walk
    // first: its finding says so).
    if (usable.isEmpty() || setList.blocked())
        return;
    const qint64 newestId = usable.last();
    const auto it = std::find_if(listed.cbegin(), listed.cend(), [&](const auto &s) { return s.backupSetId == newestId; });
    const Scn from = it->minRestoreScn;
    const bool covered = std::any_of(windows.cbegin(), windows.cend(), [&](const RestoreWindow &w) { return w.end >= from; });
    if (covered)
        return;
    std::optional<Scn> logEnd;
    std::optional<Scn> newestCheckpoint;
    for (const PieceCandidates &c : std::as_const(all)) {
        for (const auto &g : logCoverage(c, it->startReplayScn)) {
            if (!logEnd || g.second > *logEnd)
                logEnd = g.second;
        }
        for (const PieceAttr &p : c.pieces) {
            if (p.checkpointScn.isTime() && (!newestCheckpoint || p.checkpointScn > *newestCheckpoint))
                newestCheckpoint = p.checkpointScn;
        }
    }
    out.append(diag::newestSetNotCovered(tenant, setUri(*it), newestId, from, logEnd, !windows.isEmpty(), newestCheckpoint, options.timeZone));
}

} // namespace

QString Catalog::tenantLabel(qint64 tenantId) const
{
    return diag::tenantLabel(tenantId, tenantNameOf(tenantId));
}

QString Catalog::tenantNameOf(qint64 tenantId) const
{
    QString name;
    for (const TenantEntry &t : tenants) {
        if (t.tenantId != tenantId || t.tenantName.isEmpty())
            continue;
        if (!name.isEmpty() && name != t.tenantName)
            return {};
        name = t.tenantName;
    }
    return name;
}

bool Catalog::hasRestorableWindow() const
{
    return std::any_of(tenants.cbegin(), tenants.cend(), [](const TenantEntry &t) { return !t.windows.isEmpty(); });
}

bool Catalog::refusedForTarget(qint64 tenantId) const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) {
        return d.tenantId == tenantId && d.code.startsWith(u"VERSION_") && d.severity == Diagnostic::Severity::Error;
    });
}

bool Catalog::anyRestorable() const
{
    if (pointQueried) {
        for (auto it = restoreSources.cbegin(); it != restoreSources.cend(); ++it) {
            const TenantEntry &t = tenants[it.key()];
            if (it->restorable && !refusedForTarget(t.tenantId) && !it->filesMissing())
                return true;
        }
        return false;
    }
    return std::any_of(tenants.cbegin(), tenants.cend(),
                       [&](const TenantEntry &t) { return !t.windows.isEmpty() && !refusedForTarget(t.tenantId); });
}

QList<qsizetype> selectTenants(const Catalog &catalog, const QString &filter)
{
    QList<qsizetype> out;
    bool numeric = false;
    const qint64 id = filter.toLongLong(&numeric);
    for (qsizetype i = 0; i < catalog.tenants.size(); ++i) {
        const TenantEntry &t = catalog.tenants[i];
        if (t.layout == TenantEntry::Layout::V3x)
            continue;
        if (filter.isEmpty() || t.tenantName == filter || (numeric && t.tenantId == id))
            out << i;
    }
    return out;
}

void queryRestorePoint(Catalog &catalog, std::optional<Scn> point, const QList<qsizetype> &tenants, const QTimeZone &zone)
{
    catalog.pointQueried = true;
    for (qsizetype i : tenants) {
        const TenantEntry &t = catalog.tenants[i];
        catalog.restoreSources.insert(i, point ? restoreSourceAt(t, *point, zone) : latestRestoreSource(t, zone));
    }
}

QString layoutName(TenantEntry::Layout layout)
{
    switch (layout) {
    case TenantEntry::Layout::V4:
        return QStringLiteral("4.x");
    case TenantEntry::Layout::V40:
        return QStringLiteral("4.0");
    case TenantEntry::Layout::V3x:
        return QStringLiteral("3.x");
    }
    return QStringLiteral("4.x");
}

bool TenantEntry::usableSet(qint64 setId) const
{
    return usableSetIds.contains(setId);
}

Catalog buildCatalog(ScanResult scan, const CatalogOptions &options)
{
    Catalog catalog;
    catalog.inputs = scan.inputs;
    catalog.counts = scan.counts;
    catalog.onlineSource = scan.onlineSource;
    catalog.transports = scan.transports;
    catalog.cancelled = scan.cancelled;
    QList<Diagnostic> diags = std::move(scan.diagnostics);

    QMap<Key, TenantEntry> byKey;
    auto tenantFor = [&](const FormatDesc &f) -> TenantEntry & {
        TenantEntry &t = byKey[{f.clusterId, f.tenantId}];
        t.clusterId = f.clusterId;
        t.tenantId = f.tenantId;
        if (t.clusterName.isEmpty())
            t.clusterName = escapeForDisplay(QString::fromUtf8(f.clusterName));
        if (t.tenantName.isEmpty())
            t.tenantName = escapeForDisplay(QString::fromUtf8(f.tenantName));
        return t;
    };
    for (DataDestEntry &d : scan.dataDests)
        tenantFor(d.format).dataDests.append(std::move(d));
    for (ArchiveDestEntry &a : scan.archiveDests)
        tenantFor(a.format).archiveDests.append(std::move(a));

    // Each tenant is analysed on its own (in parallel: a tree holds many tenants with thousands of pieces each); the
    // scan's findings are only read there, and merged with the tenants' findings afterwards in tenant order.
    QList<TenantEntry *> tenants;
    for (TenantEntry &t : byKey)
        tenants.append(&t);
    QList<QList<Diagnostic>> foundPerTenant(tenants.size());
    QList<qsizetype> indexes(tenants.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QtConcurrent::blockingMap(indexes, [&](qsizetype index) {
        TenantEntry &t = *tenants[index];
        const qint64 tenant = t.tenantId;
        QList<Diagnostic> &found = foundPerTenant[index];
        std::sort(t.dataDests.begin(), t.dataDests.end(), [](const auto &a, const auto &b) { return a.uri < b.uri; });
        std::sort(t.archiveDests.begin(), t.archiveDests.end(), [](const auto &a, const auto &b) { return a.uri < b.uri; });
        const bool legacy40 = std::any_of(t.dataDests.cbegin(), t.dataDests.cend(), [](const auto &d) { return d.legacy40; })
            || std::any_of(t.archiveDests.cbegin(), t.archiveDests.cend(), [](const auto &a) { return a.legacy40; });
        t.layout = legacy40 ? TenantEntry::Layout::V40 : TenantEntry::Layout::V4;

        // Names: the newest set's locality (what the restore uses as backup_tenant_name) over the format file's.
        for (const DataDestEntry &d : std::as_const(t.dataDests)) {
            if (d.locality) {
                if (!d.locality->tenantName.isEmpty())
                    t.tenantName = escapeForDisplay(QString::fromUtf8(d.locality->tenantName));
                if (!d.locality->clusterName.isEmpty())
                    t.clusterName = escapeForDisplay(QString::fromUtf8(d.locality->clusterName));
            }
        }

        // Source versions: the newest readable backup set.
        qint64 newestInfo = 0;
        for (const DataDestEntry &d : std::as_const(t.dataDests)) {
            for (const BackupSetEntry &s : d.sets) {
                if (s.info && s.id > newestInfo) {
                    newestInfo = s.id;
                    t.sourceClusterVersion = s.info->clusterVersion;
                    t.sourceDataVersion = s.info->tenantCompatible;
                }
            }
        }

        for (const DataDestEntry &d : std::as_const(t.dataDests))
            analyzeDataDest(d, tenant, options, found);
        for (const ArchiveDestEntry &a : std::as_const(t.archiveDests))
            analyzeArchiveDest(a, tenant, options, found);

        if (t.dataDests.isEmpty() && !t.archiveDests.isEmpty())
            found.append(diag::missingDataDest(tenant, t.archiveDests.first().uri));
        if (t.dataDests.size() > 1) {
            QStringList uris;
            for (const auto &d : std::as_const(t.dataDests))
                uris << d.uri;
            found.append(diag::multipleDataDests(tenant, uris));
        }

        // Windows per pair of destinations, as OceanBase walks every path named in FROM on its own
        // (restoresource.h); the findings per pair.
        for (const DataDestEntry &d : std::as_const(t.dataDests)) {
            const SetList listed = setsListedByOceanBase(d);
            for (qint64 id : usableSetIds(listed.sets)) {
                if (!t.usableSetIds.contains(id))
                    t.usableSetIds.append(id);
            }
            if (t.archiveDests.isEmpty()) {
                const bool plus = std::any_of(listed.sets.cbegin(), listed.sets.cend(), [](const auto &s) { return s.plusArchivelog; });
                found.append(diag::missingArchiveDest(tenant, d.uri, plus && !computeWindows(listed, nullptr).isEmpty()));
                continue;
            }
            analyzeCoverage(d, t.archiveDests, tenant, options, found);
        }
        std::sort(t.usableSetIds.begin(), t.usableSetIds.end());
        t.windows = tenantWindows(t);

        if (options.targetVersion && newestInfo > 0) {
            const auto check = checkRestoreCompatibility(ObVersion::fromCalcVersion(t.sourceClusterVersion),
                                                         ObVersion::fromCalcVersion(t.sourceDataVersion),
                                                         *options.targetVersion);
            if (check.isRefused())
                found.append(diag::versionIncompatible(tenant, t.dataDests.first().uri, check.code, check.explanation));
        }

        if (t.windows.isEmpty()) {
            QStringList causes;
            for (const Diagnostic &d : std::as_const(found)) {
                if (d.severity == Diagnostic::Severity::Info)
                    continue;
                // A file that stops the walk is named by the scan's own finding about it (merged below), whose
                // code says what is wrong with it (a read failure is not necessarily damage).
                QString code = d.code;
                if (code == u"CORRUPT_METADATA") {
                    for (const Diagnostic &x : std::as_const(diags)) {
                        if (x.path == d.path && x.severity == Diagnostic::Severity::Error) {
                            code = x.code;
                            break;
                        }
                    }
                }
                if (!causes.contains(code))
                    causes << code;
            }
            for (const Diagnostic &d : std::as_const(diags)) {
                if (d.tenantId == tenant && d.severity == Diagnostic::Severity::Error && !causes.contains(d.code))
                    causes << d.code;
            }
            const QString uri = !t.dataDests.isEmpty() ? t.dataDests.first().uri : t.archiveDests.first().uri;
            found.append(diag::noRestorableWindow(tenant, t.tenantName, uri, causes));
        }
    });
    for (QList<Diagnostic> &found : foundPerTenant) {
        // A damaged file that stops OceanBase's walk: its finding (what is wrong with it) also says what it blocks.
        for (qsizetype i = found.size() - 1; i >= 0; --i) {
            Diagnostic &d = found[i];
            if (d.code != u"CORRUPT_METADATA")
                continue;
            const auto s = std::find_if(diags.begin(), diags.end(), [&](const Diagnostic &x) {
                return x.path == d.path && x.severity == Diagnostic::Severity::Error;
            });
            if (s == diags.end()) {
                d.message = Tr::tr("%1 is missing or cannot be read.").arg(d.path) + u' ' + d.message;
                continue;
            }
            s->message += u' ' + d.message;
            s->tenantId = d.tenantId;
            found.removeAt(i);
        }
        diags += found;
    }

    // 2.x/3.x trees: listed as tenants without windows (LEGACY_3X_LAYOUT was reported by the scan).
    for (const Legacy3xTree &tree : std::as_const(scan.legacyTrees)) {
        for (qint64 id : tree.tenantIds) {
            TenantEntry &t = byKey[{tree.clusterId, id}];
            if (t.layout == TenantEntry::Layout::V3x || (t.dataDests.isEmpty() && t.archiveDests.isEmpty())) {
                t.clusterId = tree.clusterId;
                t.tenantId = id;
                t.clusterName = escapeForDisplay(tree.clusterName);
                t.layout = TenantEntry::Layout::V3x;
            }
        }
    }

    catalog.tenants = byKey.values(); // QMap orders by (cluster id, tenant id)
    std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        if (a.tenantId != b.tenantId)
            return a.tenantId.value_or(-1) < b.tenantId.value_or(-1);
        if (a.path != b.path)
            return a.path < b.path;
        return a.code < b.code;
    });
    catalog.diagnostics = diags;
    return catalog;
}

} // namespace obrestore
