#include "onlinebackupcatalog.h"

#include "common/backupuri.h"
#include "common/obversion.h"
#include "common/scn.h"

#include <QMap>

namespace obrestore {

namespace {

// Column access by name (Session::Rows::value): the views' columns differ between versions.
using Table = Session::Rows;

std::optional<Table> select(Session &s, const QString &sql, ServerError *error)
{
    auto rows = s.read(sql, {}, error);
    if (!rows)
        return std::nullopt;
    return *rows;
}

qint32 fileStatusOf(const QString &name)
{
    for (qint32 i = 0; i < 7; ++i) {
        if (fileStatusName(i) == name)
            return i;
    }
    return 5; // BROKEN: unknown values never count as AVAILABLE
}

qint32 setStatusOf(const QString &name)
{
    if (name == u"SUCCESS")
        return 1;
    if (name == u"FAILED")
        return 2;
    return 0;
}

quint64 calcOf(const QVariant &v)
{
    const auto version = ObVersion::parse(v.toString());
    return version ? version->calcVersion() : 0;
}

Scn scnOf(const QVariant &v)
{
    bool ok = false;
    const quint64 n = v.toString().toULongLong(&ok);
    return ok ? Scn(n) : Scn();
}

QString uriOf(const QString &path)
{
    return path.startsWith(u'/') ? QStringLiteral("file://") + path : path;
}

// A destination's PATH as the views give it (ObBackupDest::get_backup_path_str: the root path, and for object
// storage "?host=…", never a key) split like an offline destination: the URI without parameters, and the
// parameters a statement's FROM needs (completed with the key by SourceKeys, sourcekeys.h).
void splitPath(const QString &path, QString *uri, QString *parameters)
{
    const QString full = uriOf(path.trimmed());
    const auto parsed = BackupUri::parse(full);
    if (!parsed || parsed->isLocal()) {
        *uri = full;
        parameters->clear();
        return;
    }
    QString root = parsed->schemeName() + QStringLiteral("://") + parsed->objectPath();
    while (root.endsWith(u'/'))
        root.chop(1);
    *uri = root;
    *parameters = parsed->query();
}

// Where a destination is read through a Storage (storage.h): the local path, or the object-storage URI itself; so
// the file check of a restore source (restoreverify.h) works on an online source's destinations too.
QString storagePathOf(const QString &uri)
{
    const auto parsed = BackupUri::parse(uri);
    return parsed && parsed->isLocal() ? parsed->localPath() : uri;
}

} // namespace

OnlineBackupCatalog::TenantTimeZones OnlineBackupCatalog::readTenantTimeZones(Session &source)
{
    // Each tenant's `time_zone` variable from CDB_OB_SYS_VARIABLES (the sys tenant sees every tenant's; the 4.x
    // docs list it, from which 4.x release is UNCONFIRMED). Where the view cannot be read, the sys tenant's global
    // time_zone stands for the cluster's, for every tenant. What is not a zone ("SYSTEM": the server host's, which
    // the client does not know) is left out, and nothing read means no suggestion: the display zone stays the host's.
    TenantTimeZones out;
    ServerError ignored;
    // The name case mode, for a table recovery's pre-check (check_aux_tenant_ compares it after the auxiliary restore).
    if (const auto rows = select(source, QStringLiteral("SELECT TENANT_ID, VALUE FROM oceanbase.CDB_OB_SYS_VARIABLES WHERE NAME = 'lower_case_table_names'"), &ignored)) {
        for (const QVariantList &row : rows->rows) {
            bool ok = false;
            const int v = rows->value(row, "VALUE").toString().trimmed().toInt(&ok);
            if (ok)
                out.lowerCaseTableNames.insert(rows->value(row, "TENANT_ID").toLongLong(), v);
        }
    }
    if (const auto rows = select(source, QStringLiteral("SELECT TENANT_ID, VALUE FROM oceanbase.CDB_OB_SYS_VARIABLES WHERE NAME = 'time_zone'"), &ignored)) {
        for (const QVariantList &row : rows->rows) {
            const QString value = rows->value(row, "VALUE").toString().trimmed();
            if (parseTimeZone(value))
                out.perTenant.insert(rows->value(row, "TENANT_ID").toLongLong(), value);
        }
        if (!out.perTenant.isEmpty())
            return out;
    }
    if (const auto rows = select(source, QStringLiteral("SELECT @@global.time_zone AS TIME_ZONE"), &ignored); rows && !rows->rows.isEmpty()) {
        const QString value = rows->value(rows->rows.first(), "TIME_ZONE").toString().trimmed();
        if (parseTimeZone(value))
            out.cluster = value;
    }
    return out;
}

QString OnlineBackupCatalog::TenantTimeZones::of(qint64 tenantId) const
{
    return perTenant.value(tenantId, cluster);
}

std::optional<ScanResult> OnlineBackupCatalog::readScan(Session &source, ServerError *error)
{
    ScanResult scan;
    scan.inputs << source.settings().displayName();
    scan.onlineSource = true;

    QString clusterName;
    qint64 clusterId = 0;
    if (const auto params = select(source, QStringLiteral("SELECT NAME, VALUE FROM oceanbase.GV$OB_PARAMETERS WHERE NAME IN ('cluster', 'cluster_id')"), error)) {
        for (const QVariantList &row : params->rows) {
            if (params->value(row, "NAME").toString() == u"cluster")
                clusterName = params->value(row, "VALUE").toString();
            else
                clusterId = params->value(row, "VALUE").toLongLong();
        }
    } else {
        return std::nullopt;
    }
    QMap<qint64, QString> tenantNames;
    QMap<qint64, qint32> tenantModes; // 0 MySQL, 1 Oracle: ObExternTenantLocalityInfoDesc's compat_mode_ values
    if (const auto tenants = select(source, QStringLiteral("SELECT TENANT_ID, TENANT_NAME, COMPATIBILITY_MODE FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_TYPE = 'USER'"), error)) {
        for (const QVariantList &row : tenants->rows) {
            const qint64 id = tenants->value(row, "TENANT_ID").toLongLong();
            tenantNames.insert(id, tenants->value(row, "TENANT_NAME").toString());
            const QString mode = tenants->value(row, "COMPATIBILITY_MODE").toString();
            if (mode.compare(u"MYSQL", Qt::CaseInsensitive) == 0 || mode.compare(u"ORACLE", Qt::CaseInsensitive) == 0)
                tenantModes.insert(id, mode.compare(u"ORACLE", Qt::CaseInsensitive) == 0 ? 1 : 0);
        }
    } else {
        return std::nullopt;
    }
    const TenantTimeZones zones = readTenantTimeZones(source);
    auto format = [&](qint64 tenant, qint64 destId, qint64 destType, const QString &path) {
        FormatDesc f;
        f.clusterName = clusterName.toUtf8();
        f.clusterId = clusterId;
        f.tenantName = tenantNames.value(tenant).toUtf8();
        f.tenantId = tenant;
        f.destId = destId;
        f.destType = destType;
        f.incarnation = 1;
        f.path = path.toUtf8();
        return f;
    };

    // Backup sets, one data destination per (tenant, DEST_ID).
    const auto sets = select(source, QStringLiteral("SELECT * FROM oceanbase.CDB_OB_BACKUP_SET_FILES ORDER BY TENANT_ID, DEST_ID, BACKUP_SET_ID"), error);
    if (!sets)
        return std::nullopt;
    QMap<QPair<qint64, qint64>, DataDestEntry> data;
    for (const QVariantList &row : sets->rows) {
        const qint64 tenant = sets->value(row, "TENANT_ID").toLongLong();
        const qint64 destId = sets->value(row, "DEST_ID").toLongLong();
        DataDestEntry &d = data[{tenant, destId}];
        if (d.uri.isEmpty()) {
            splitPath(sets->value(row, "PATH").toString(), &d.uri, &d.parameters);
            d.path = storagePathOf(d.uri);
            d.format = format(tenant, destId, 0, d.uri);
            d.backupSetsDirFound = true;
            if (tenantNames.contains(tenant)) {
                // What the backup's locality_info records, read from the live tenant instead: its names, its mode
                // (which a tenant cannot change) and its system time zone now (which the display zone suggests;
                // it may have been changed since the backup).
                LocalityInfoDesc l;
                l.tenantId = tenant;
                l.clusterId = clusterId;
                l.compatMode = tenantModes.value(tenant, -1);
                l.tenantName = tenantNames.value(tenant).toUtf8();
                l.clusterName = clusterName.toUtf8();
                l.sysTimeZone = zones.of(tenant).toUtf8();
                d.locality = l;
                if (zones.lowerCaseTableNames.contains(tenant))
                    d.lowerCaseTableNames = zones.lowerCaseTableNames.value(tenant);
            }
        }
        BackupSetFileDesc b;
        b.backupSetId = sets->value(row, "BACKUP_SET_ID").toLongLong();
        b.tenantId = tenant;
        b.destId = destId;
        b.incarnation = sets->value(row, "INCARNATION").toLongLong();
        b.backupType = sets->value(row, "BACKUP_TYPE").toString() == u"FULL" ? 1 : 2;
        b.prevFullBackupSetId = sets->value(row, "PREV_FULL_BACKUP_SET_ID").toLongLong();
        b.prevIncBackupSetId = sets->value(row, "PREV_INC_BACKUP_SET_ID").toLongLong();
        b.status = setStatusOf(sets->value(row, "STATUS").toString());
        b.fileStatus = fileStatusOf(sets->value(row, "FILE_STATUS").toString());
        b.plusArchivelog = sets->value(row, "PLUS_ARCHIVELOG").toString() == u"ON";
        b.startReplayScn = scnOf(sets->value(row, "START_REPLAY_SCN"));
        b.minRestoreScn = scnOf(sets->value(row, "MIN_RESTORE_SCN"));
        b.inputBytes = sets->value(row, "INPUT_BYTES").toLongLong();
        b.outputBytes = sets->value(row, "OUTPUT_BYTES").toLongLong();
        const QString encryption = sets->value(row, "ENCRYPTION_MODE").toString();
        b.encryptionMode = encryption.isEmpty() || encryption == u"NONE" ? 0 : 1;
        b.passwd = sets->value(row, "PASSWD").toString().toUtf8(); // only its presence is used; never shown
        b.passwdComparable = false; // what the view shows is not known to be the password itself
        b.tenantCompatible = calcOf(sets->value(row, "TENANT_COMPATIBLE"));
        b.clusterVersion = calcOf(sets->value(row, "CLUSTER_VERSION")); // 4.1+; 0 (unknown) before
        b.backupCompatible = sets->value(row, "BACKUP_COMPATIBLE").toInt();
        b.consistentScn = scnOf(sets->value(row, "CONSISTENT_SCN"));
        b.backupPath = d.uri.toUtf8();
        BackupSetEntry e;
        e.id = b.backupSetId;
        e.type = b.backupType == 1 ? SetType::Full : SetType::Incremental;
        e.hasStart = true;
        e.hasEndSuccess = b.status == 1;
        e.hasEndFailed = b.status == 2;
        e.dirPath = d.path + u'/' + setDirName(e.id, e.type);
        if (b.status != 0)
            e.info = b;
        d.sets.append(e);
    }

    // Archive pieces and rounds, one archive destination per (tenant, DEST_ID).
    const auto pieces = select(source, QStringLiteral("SELECT * FROM oceanbase.CDB_OB_ARCHIVELOG_PIECE_FILES ORDER BY TENANT_ID, DEST_ID, ROUND_ID, PIECE_ID"), error);
    const auto rounds = pieces ? select(source, QStringLiteral("SELECT TENANT_ID, DEST_ID, ROUND_ID, STATUS FROM oceanbase.CDB_OB_ARCHIVELOG"), error) : std::nullopt;
    if (!pieces || !rounds)
        return std::nullopt;
    QMap<QPair<qint64, qint64>, ArchiveDestEntry> archives;
    for (const QVariantList &row : pieces->rows) {
        const qint64 tenant = pieces->value(row, "TENANT_ID").toLongLong();
        const qint64 destId = pieces->value(row, "DEST_ID").toLongLong();
        ArchiveDestEntry &a = archives[{tenant, destId}];
        if (a.uri.isEmpty()) {
            splitPath(pieces->value(row, "PATH").toString(), &a.uri, &a.parameters);
            a.path = storagePathOf(a.uri);
            a.format = format(tenant, destId, 1, a.uri);
            a.piecesDirFound = true;
        }
        PieceEntry p;
        p.key = {destId, pieces->value(row, "ROUND_ID").toLongLong(), pieces->value(row, "PIECE_ID").toLongLong()};
        p.hasStartPlaceholder = true;
        p.dirFound = true;
        p.checkpointNameFound = true; // the view shows the checkpoint the cluster knows
        const QString status = pieces->value(row, "STATUS").toString();
        p.source = status == u"FROZEN" ? PieceEntry::Source::Frozen : status == u"ACTIVE" ? PieceEntry::Source::Active : PieceEntry::Source::Empty;
        p.hasEndPlaceholder = p.source == PieceEntry::Source::Frozen;
        PieceAttr &x = p.attr;
        x.tenantId = quint64(tenant);
        x.destId = destId;
        x.roundId = p.key.roundId;
        x.pieceId = p.key.pieceId;
        x.incarnation = pieces->value(row, "INCARNATION").toLongLong();
        x.startScn = scnOf(pieces->value(row, "START_SCN"));
        x.checkpointScn = scnOf(pieces->value(row, "CHECKPOINT_SCN"));
        x.maxScn = scnOf(pieces->value(row, "MAX_SCN"));
        x.endScn = scnOf(pieces->value(row, "END_SCN"));
        x.status = status == u"FROZEN" ? 2 : status == u"ACTIVE" ? 1 : 0;
        x.fileStatus = fileStatusOf(pieces->value(row, "FILE_STATUS").toString());
        p.dirPath = a.path + u'/' + pieceDirName(p.key);
        a.pieces.append(p);
    }
    for (const QVariantList &row : rounds->rows) {
        const QPair<qint64, qint64> key{rounds->value(row, "TENANT_ID").toLongLong(), rounds->value(row, "DEST_ID").toLongLong()};
        if (!archives.contains(key))
            continue;
        RoundEntry r;
        r.destId = key.second;
        r.roundId = rounds->value(row, "ROUND_ID").toLongLong();
        r.hasStart = true;
        r.hasEnd = rounds->value(row, "STATUS").toString() == u"STOP";
        archives[key].rounds.append(r);
    }
    for (ArchiveDestEntry &a : archives) {
        std::sort(a.pieces.begin(), a.pieces.end(), [](const PieceEntry &x, const PieceEntry &y) { return x.key < y.key; });
        // The newest non-empty piece's history of frozen pieces, as the cluster writes it into
        // tenant_archive_piece_infos (ObArchivePersistHelper::get_frozen_pieces: same dest, FROZEN, not DELETED,
        // lower piece id, ascending), so the offline rule reads the view's pieces exactly like the files.
        for (auto it = a.pieces.rbegin(); it != a.pieces.rend(); ++it) {
            if (it->source == PieceEntry::Source::Empty)
                continue;
            TenantArchivePieceInfosDesc e;
            e.tenantId = it->attr.tenantId;
            e.destId = it->key.destId;
            e.roundId = it->key.roundId;
            e.pieceId = it->key.pieceId;
            e.startScn = it->attr.startScn;
            e.endScn = it->attr.endScn;
            for (const PieceEntry &o : std::as_const(a.pieces)) {
                if (o.key.destId == e.destId && o.attr.status == 2 && o.key.pieceId < e.pieceId
                    && o.attr.fileStatus != qint32(FileStatus::Deleted))
                    e.hisFrozenPieces.append(o.attr);
            }
            it->extend = e;
            break;
        }
    }
    scan.dataDests = data.values();
    scan.archiveDests = archives.values();
    return scan;
}

std::optional<Catalog> OnlineBackupCatalog::read(Session &source, const CatalogOptions &options, ServerError *error)
{
    auto scan = readScan(source, error);
    if (!scan)
        return std::nullopt;
    return buildCatalog(std::move(*scan), options);
}

} // namespace obrestore
