// Physical restore in the simulated cluster: validation like OceanBase's (ob-restore-sql.md §1, §5, §6; the
// backups are read with the product's own reader), jobs advancing on a clock (§2), cancel, preview, faults.
#include "obcluster.h"
#include "cluster/restorestatement.h"

#include <cmath>
#include "obsimutil.h"
#include "sqllexer.h"

#include "backupdest/destscanner.h"
#include "backupdest/restorewindows.h"
#include "backupdest/tenantcatalog.h"
#include "common/backupuri.h"
#include "common/scn.h"

#include <QFileInfo>
#include <QTimeZone>

namespace obsim {

using namespace util;
using namespace obrestore;

namespace {

const QString kAddr = QStringLiteral("127.0.0.1:2882");

// Job timeline in simulated seconds.
constexpr double kCreateTenant = 6;
constexpr double kPre = 4;
constexpr double kInitLs = 6;
constexpr double kConsistent = 8;
constexpr double kWaitLs = 60;
constexpr double kPostCheck = 4;
constexpr double kUpgrade = 4;

QString errorName(int code)
{
    switch (code) {
    case -9094:
        return QStringLiteral("OB_LS_RESTORE_FAILED");
    case -4018:
        return QStringLiteral("OB_ENTRY_NOT_EXIST");
    case -5157:
        return QStringLiteral("OB_TENANT_NOT_EXIST");
    case -9079:
        return QStringLiteral("OB_ARCHIVE_LOG_RECYCLED");
    case -4012:
        return QStringLiteral("OB_TIMEOUT");
    case -9011:
        return QStringLiteral("OB_BACKUP_FILE_NOT_EXIST");
    default:
        return QStringLiteral("OB_ERR_UNEXPECTED");
    }
}

// The restore option string: key=value pairs joined by '&', no spaces (ObPhysicalRestoreOptionParser).
bool parseOptions(const QString &text, QMap<QString, QString> *out)
{
    if (text.contains(u' ') || text.contains(u'\t'))
        return false;
    for (const QString &pair : text.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return false;
        out->insert(pair.left(eq).toLower(), pair.mid(eq + 1));
    }
    return true;
}

bool validDataVersionForTarget(const ObVersion &data, const ObVersion &target)
{
    // ObUpgradeChecker::check_data_version_valid_for_backup (ob-restore-sql.md §5.2).
    if (target >= ObVersion(4, 3, 3))
        return data >= ObVersion(4, 3, 3);
    if (target.isOnLine(4, 3))
        return data >= ObVersion(4, 3);
    if (target.isOnLine(4, 2) && target >= ObVersion(4, 2, 5)) {
        static const ObVersion listed[] = {{4, 2, 1, 10}, {4, 2, 1, 11}, {4, 2, 2, 0}, {4, 2, 2, 1}, {4, 2, 3, 0}, {4, 2, 3, 1}, {4, 2, 4, 0}};
        for (const auto &l : listed) {
            if (data == l)
                return true;
        }
        return data.isOnLine(4, 2) && data.majorPatch() == 5;
    }
    return true;
}

} // namespace

// Everything a restore or a preview resolves from FROM + UNTIL, or the error OceanBase would return.
struct ResolvedSource
{
    DataDestEntry data;
    QList<ArchiveDestEntry> archives;
    SetList listed;
    QList<PieceCandidates> candidates;
    quint64 restoreScn = 0;
    RestoreSource source;
    QString backupTenantName;
    qint64 backupTenantId = 0;
    QString backupClusterName;
    qint32 compatMode = 0;
    QStringList uris;
};

static std::optional<SqlError> resolveSource(const VersionProfile &profile, const Session &session, const QString &fromText,
                                             std::optional<quint64> untilScn, const QString &untilTime, ResolvedSource *out)
{
    // URIs: split on ',', trimmed, exact duplicates dropped (ObPhysicalRestoreUriParser::parse).
    for (const QString &raw : fromText.split(u',', Qt::SkipEmptyParts)) {
        const QString uri = raw.trimmed();
        // azblob:// where the version has the device (RestoreStatement::supportsAzureBlob: 4.2.5.6+, 4.3.5.3+).
        const bool azblob = uri.startsWith(u"azblob://") && obrestore::RestoreStatement::supportsAzureBlob(profile.version);
        if (!uri.startsWith(u"file://") && !uri.startsWith(u"oss://") && !uri.startsWith(u"cos://") && !uri.startsWith(u"s3://") && !azblob)
            return obError(-9026, QStringLiteral("%1 is not a valid uri").arg(maskSecrets(uri)));
        // ObBackupDest::set_without_decryption (ob_restore_util.cpp reads the FROM with it): a key kept encrypted by
        // a cluster (encrypt_key=) is refused; ObObjectStorageInfo::validate_arguments: object storage needs host=,
        // access_id= and access_key=. Both are OB_INVALID_BACKUP_DEST.
        if (!uri.startsWith(u"file://")) {
            QStringList names;
            for (const QString &token : uri.section(u'?', 1).split(u'&', Qt::SkipEmptyParts)) {
                if (!token.section(u'=', 1).isEmpty())
                    names << token.section(u'=', 0, 0);
            }
            if (names.contains(u"encrypt_key"))
                return obError(-9026, QStringLiteral("backup destination contains encrypt_key, which is not a valid uri"));
            if (!names.contains(u"host") || !names.contains(u"access_id") || !names.contains(u"access_key"))
                return obError(-9026, QStringLiteral("%1 is not a valid uri").arg(maskSecrets(uri)));
        }
        if (!out->uris.contains(uri))
            out->uris << uri;
    }
    if (out->uris.isEmpty())
        return obError(-9026, QStringLiteral(" is not a valid uri"));
    QList<DataDestEntry> datas;
    for (const QString &uri : std::as_const(out->uris)) {
        const auto parsed = BackupUri::parse(uri);
        if (!parsed)
            return obError(-9026, QStringLiteral("%1 is not a valid uri").arg(maskSecrets(uri)));
        // Each URI must itself be a destination root (its format file), as OceanBase reads it; object storage is
        // read over S3 like obrestore reads it (objectstorage.h), its failures mapped as ob_storage_s3_base.cpp's
        // convert_io_error maps them (ACCESS_DENIED → OB_BACKUP_PERMISSION_DENIED; unreachable → -9070).
        const ScanResult scan = DestScanner().scan({*parsed});
        QString rootError;
        const QString root = scan.storage->rootOf(*parsed, &rootError).value_or(QString());
        if (root.isEmpty())
            return obError(-9070, QStringLiteral("can not connect to backup destination"));
        for (const Diagnostic &d : scan.diagnostics) {
            if (d.code == u"STORAGE_ACCESS_DENIED")
                return obError(-9071, QStringLiteral("no I/O operation permission at the backup destination"));
            if (d.code == u"STORAGE_UNREACHABLE" || d.code == u"STORAGE_BUCKET_NOT_FOUND")
                return obError(-9070, QStringLiteral("can not connect to backup destination"));
        }
        bool found = false;
        for (const DataDestEntry &d : scan.dataDests) {
            if (d.path == root) {
                datas.append(d);
                found = true;
            }
        }
        for (const ArchiveDestEntry &a : scan.archiveDests) {
            if (a.path == root) {
                out->archives.append(a);
                found = true;
            }
        }
        if (!found)
            return obError(-9080, QStringLiteral("the format file does not exist under the destination"));
    }
    if (datas.size() > 1)
        return obError(-4007, QStringLiteral("It is not support to restore from multiple tenant backup paths."));
    if (datas.isEmpty())
        return obError(-4018, QStringLiteral("no backup set path or log piece can be used to restore"));
    out->data = datas.first();
    for (const ArchiveDestEntry &a : std::as_const(out->archives)) {
        if (a.format.tenantId != out->data.format.tenantId || a.format.clusterId != out->data.format.clusterId)
            return obError(-4179, QStringLiteral("restoring backup pieces of different tenants is"));
    }
    if (out->archives.isEmpty() && !profile.failWhileWaiting)
        return obError(-4018, QStringLiteral("No enough log for restore")); // complement log only from 4.2.0
    out->listed = setsListedByOceanBase(out->data);
    for (const ArchiveDestEntry &a : std::as_const(out->archives))
        out->candidates.append(pieceCandidates(a));
    out->backupTenantName = QString::fromUtf8(out->data.locality ? out->data.locality->tenantName : out->data.format.tenantName);
    out->backupTenantId = out->data.format.tenantId;
    out->backupClusterName = QString::fromUtf8(out->data.locality ? out->data.locality->clusterName : out->data.format.clusterName);
    out->compatMode = out->data.locality ? out->data.locality->compatMode : 0;

    // The restore point.
    if (untilScn) {
        if (*untilScn <= 1)
            return obError(-4002, QStringLiteral("until scn, it should be positive integer"));
        out->restoreScn = *untilScn;
    } else if (!untilTime.isEmpty()) {
        QTimeZone zone = sessionZone(session);
        if (profile.backupTimeZone) {
            // The backup tenant's system time zone; +08:00 for data versions below 4.2.0 (§1.3).
            const bool old = !out->listed.sets.isEmpty() && out->listed.sets.last().tenantCompatible < ObVersion(4, 2).calcVersion();
            const QString tz = out->data.locality ? QString::fromUtf8(out->data.locality->sysTimeZone) : QString();
            zone = old || tz.isEmpty() ? QTimeZone(8 * 3600) : parseTimeZone(tz).value_or(QTimeZone(8 * 3600));
        }
        QString error;
        const auto scn = Scn::parse(untilTime, zone, &error);
        if (!scn || untilTime.trimmed().count(u':') != 2)
            return obError(-4002, QStringLiteral("restore timestamp"));
        out->restoreScn = scn->value();
    } else if (!out->archives.isEmpty()) {
        // Latest: per archive path the newest non-empty piece's checkpoint in its max round (get_max_checkpoint_scn),
        // the largest over the paths (fill_restore_scn_).
        for (const ArchiveDestEntry &a : std::as_const(out->archives)) {
            const bool roundStart = std::any_of(a.rounds.cbegin(), a.rounds.cend(), [&](const RoundEntry &r) { return r.hasStart && r.destId == a.format.destId; });
            if (!roundStart)
                return obError(-4016, QStringLiteral("invalid max checkpoint scn, no archvie tenant path"));
            const auto point = latestArchivePoint(a);
            if (!point)
                return obError(-4018, QStringLiteral("No enough log for restore"));
            out->restoreScn = qMax(out->restoreScn, point->value());
        }
    } else {
        // Complement log: the newest SUCCESS + AVAILABLE set's min_restore_scn (get_max_backup_set_file_info, newest
        // first: a missing set information file skipped, an unreadable one ends the walk with its error).
        const LatestDataOnly walk = latestDataOnlyPoint(out->data);
        if (walk.stoppedAtSet != 0)
            return obError(-4103, QStringLiteral("checksum error"));
        if (!walk.point)
            return obError(-4016, QStringLiteral("invalid min restore scn, do not find available backup tenant path to restore"));
        out->restoreScn = walk.point->value();
    }

    // Passwords: every set visited in id order, including the one that stops the walk (check_passwd runs first).
    const QString passwords = session.decryptionPasswords.join(u',');
    for (const BackupSetFileDesc &s : std::as_const(out->listed.sets)) {
        if (!s.passwd.isEmpty() && !passwords.contains(QString::fromUtf8(s.passwd)))
            return obError(-9047, QStringLiteral("invalid password for backup"));
        if (s.minRestoreScn.value() > out->restoreScn)
            break;
    }

    // The sets and pieces, by OceanBase's own rule; with several archive paths each must cover the point.
    if (out->candidates.isEmpty()) {
        out->source = selectRestoreSource(out->listed, nullptr, Scn(out->restoreScn));
    } else {
        for (const PieceCandidates &c : std::as_const(out->candidates)) {
            RestoreSource s = selectRestoreSource(out->listed, &c, Scn(out->restoreScn));
            if (s.failure != RestoreSource::Failure::None || out->source.sets.isEmpty())
                out->source.failure = s.failure, out->source.sets = s.sets;
            out->source.pieces += s.pieces;
            if (s.failure != RestoreSource::Failure::None)
                break;
        }
    }
    if (out->source.failure == RestoreSource::Failure::Unreadable) // ObBackupSerializeHeaderWrapper::deserialize
        return obError(-4103, QStringLiteral("checksum error"));
    if (out->source.failure == RestoreSource::Failure::NoBackupSet)
        return obError(-4018, QStringLiteral("no backup set path or log piece can be used to restore"));
    if (out->source.failure == RestoreSource::Failure::NoEnoughLog)
        return obError(-4018, QStringLiteral("No enough log for restore"));

    // check_backup_set_version_match_ on the newest set of the chain (§5.2).
    const BackupSetFileDesc &newest = out->source.sets.last();
    const auto cluster = ObVersion::fromCalcVersion(newest.clusterVersion);
    const auto data = ObVersion::fromCalcVersion(newest.tenantCompatible);
    if (!cluster || *cluster < ObVersion(4, 0))
        return obError(-4002, QStringLiteral("cluster version of backup set"));
    if (!data)
        return obError(-4696, QStringLiteral("tenant compatible of backup set"));
    if (*cluster > profile.version)
        return obError(-4179, QStringLiteral("restore from higher cluster version is"));
    if (*data > profile.version)
        return obError(-4179, QStringLiteral("restore from higher data version is"));
    if (*data < ObVersion(4, 1) && profile.version >= ObVersion(4, 1))
        return obError(-4179, QStringLiteral("restore from version 4.0 is"));
    if (!validDataVersionForTarget(*data, profile.version))
        return obError(-4179, QStringLiteral("restore from backup with unsupported data version is"));
    return std::nullopt;
}

StatementResult ObCluster::runAlterSystem(Session &session, const QString &sql, QMutexLocker<QMutex> &lock)
{
    Parser p(sql, tokenize(sql));
    p.expect("ALTER");
    p.expect("SYSTEM");
    if (p.peek().is("RESTORE"))
        return runRestore(session, sql, lock);
    if (p.peek().is("RECOVER") && p.peek(1).is("TABLE"))
        return runRecoverTable(session, sql, lock);
    if (p.peek().is("CANCEL") && p.peek(1).is("RECOVER") && p.peek(2).is("TABLE")) {
        p.next();
        p.next();
        p.next();
        QString name;
        if (m_profile.version < ObVersion(4, 2, 1)) { // the grammar came with 4.2.1
            p.failAt(p.peek(-2));
            return StatementResult::fail(p.error());
        }
        if (!p.identifier(&name) || !p.expectEnd())
            return StatementResult::fail(p.error());
        return runCancelRecoverTable(name);
    }
    if (p.peek().is("CANCEL")) {
        if (!m_profile.cancelRestore) {
            p.failAt(p.peek());
            return StatementResult::fail(p.error());
        }
        p.next();
        QString name;
        if (!p.expect("RESTORE") || !p.identifier(&name) || !p.expectEnd())
            return StatementResult::fail(p.error());
        SqlError error;
        if (!dropTenant(name, true, &error))
            return StatementResult::fail(error);
        return StatementResult::ok();
    }
    if (p.accept("ACTIVATE")) {
        QString name;
        if (!p.expect("STANDBY") || !p.expect("TENANT"))
            return StatementResult::fail(p.error());
        p.acceptSymbol("=");
        if (!p.identifier(&name) || !p.expectEnd() || m_profile.tenantColumnsLevel < 1)
            return StatementResult::fail(p.error());
        SqlError e;
        const auto r = m_sql.query(QStringLiteral("SELECT TENANT_ROLE FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = ?"), {Value::text(name)}, &e);
        if (!r || r->rows.isEmpty())
            return StatementResult::fail(obError(-5157, QStringLiteral("Unknown tenant '%1'").arg(name)));
        if (r->rows[0][0].toText() != "STANDBY")
            return StatementResult::fail(obError(-4179, QStringLiteral("tenant is not standby, activate standby tenant is")));
        m_sql.exec(QStringLiteral("UPDATE oceanbase.DBA_OB_TENANTS SET TENANT_ROLE = 'PRIMARY', SWITCHOVER_STATUS = 'NORMAL', "
                                  "SWITCHOVER_EPOCH = SWITCHOVER_EPOCH + 1, MODIFY_TIME = ? WHERE TENANT_NAME = ?"),
                   {Value::text(nowText()), Value::text(name)});
        return StatementResult::ok();
    }
    if (p.accept("SET")) {
        QString name;
        QString value;
        if (!p.identifier(&name) || !p.expectSymbol("=") || !(p.peek().kind == Token::Kind::String || p.peek().kind == Token::Kind::Number || p.peek().kind == Token::Kind::Word))
            return StatementResult::fail(p.error());
        value = p.next().text;
        if (p.accept("TENANT")) {
            QString tenant;
            p.acceptSymbol("=");
            p.identifier(&tenant) || p.string(&tenant);
        }
        if (!p.expectEnd())
            return StatementResult::fail(p.error());
        m_sql.exec(QStringLiteral("DELETE FROM main.obsim_parameters WHERE name = ?"), {Value::text(name.toLower())});
        m_sql.exec(QStringLiteral("INSERT INTO main.obsim_parameters VALUES (?, 1, ?, 'STRING', '')"), {Value::text(name.toLower()), Value::text(value)});
        refreshParameters();
        return StatementResult::ok();
    }
    if (p.accept("ADD") || p.accept("CLEAR")) {
        const bool add = sql.trimmed().mid(13).trimmed().startsWith(u"ADD", Qt::CaseInsensitive);
        QString source;
        if (!p.expect("RESTORE") || !p.expect("SOURCE") || (add && !p.string(&source)) || !p.expectEnd())
            return StatementResult::fail(p.error());
        Value &v = session.userVariables[QStringLiteral("__ob_restore_source_name__")];
        v = add ? Value::text(v.isNull() ? source.toUtf8() : v.s + ',' + source.toUtf8()) : Value::null();
        return StatementResult::ok();
    }
    if (p.accept("RUN") || p.accept("RECOVER")) // RUN UPGRADE JOB …, RECOVER STANDBY TENANT …: accepted, no effect
        return StatementResult::ok();
    p.failAt(p.peek());
    return StatementResult::fail(p.error());
}

StatementResult ObCluster::runRestore(Session &session, const QString &sql, QMutexLocker<QMutex> &lock)
{
    Parser p(sql, tokenize(sql));
    p.expect("ALTER");
    p.expect("SYSTEM");
    p.expect("RESTORE");
    QString tenantName;
    QString from;
    QString withOptions;
    QString description;
    std::optional<quint64> untilScn;
    QString untilTime;
    bool preview = false;
    QString sourceTenant;
    QString keyFrom;

    auto until = [&]() {
        if (!p.accept("UNTIL"))
            return;
        if (m_profile.v3) { // 3.x: UNTIL 'timestamp'
            p.string(&untilTime);
            return;
        }
        if (p.accept("TIME")) {
            p.expectSymbol("=") && p.string(&untilTime);
        } else if (p.accept("SCN")) {
            qint64 v = 0;
            if (p.expectSymbol("=") && p.integer(&v)) // an unquoted integer: UNTIL SCN='1' is a syntax error
                untilScn = quint64(v);
        } else {
            p.failAt(p.peek());
        }
    };

    if (m_profile.v3) {
        // ALTER SYSTEM RESTORE dest FROM source_tenant AT 'uri' UNTIL 'ts' WITH 'opts' [PREVIEW]
        p.identifier(&tenantName) && p.expect("FROM") && p.identifier(&sourceTenant) && p.expect("AT") && p.string(&from);
        if (!p.failed() && !p.peek().is("UNTIL"))
            p.failAt(p.peek());
        until();
        p.expect("WITH") && p.string(&withOptions);
        preview = p.accept("PREVIEW");
    } else if (p.peek().is("FROM")) {
        // ALTER SYSTEM RESTORE FROM 'uris' UNTIL … PREVIEW (4.2.3+ / 4.3.2+)
        if (!m_profile.preview) {
            p.failAt(p.peek());
            return StatementResult::fail(p.error());
        }
        p.next();
        p.string(&from);
        until();
        p.expect("PREVIEW");
        preview = true;
    } else {
        p.identifier(&tenantName);
        if (p.accept("FROM"))
            p.string(&from);
        until();
        p.expect("WITH") && p.string(&withOptions);
        // 4.2.0+ grammar (issue 27's reading of the 4.2 branches): opt_encrypt_key opt_backup_key_info —
        // [ENCRYPTED BY 'pw'] [WITH KEY FROM 'uri' [ENCRYPTED BY 'pw']].
        if (m_profile.version >= ObVersion(4, 2, 0)) {
            QString ignored;
            if (p.accept("ENCRYPTED"))
                p.expect("BY") && p.string(&ignored);
            if (p.accept("WITH")) {
                p.expect("KEY") && p.expect("FROM") && p.string(&keyFrom);
                if (p.accept("ENCRYPTED"))
                    p.expect("BY") && p.string(&ignored);
            }
        }
        if (p.accept("DESCRIPTION")) {
            p.acceptSymbol("=");
            p.string(&description);
        }
    }
    if (!p.expectEnd() || p.failed())
        return StatementResult::fail(p.error());

    if (preview && !m_profile.v3) {
        if (!untilScn && untilTime.isEmpty())
            return StatementResult::fail(obError(-4179, QStringLiteral("restore preview must have a scn or timestamp, otherwise")));
        session.preview = Session::Preview{from, untilScn, untilTime};
        return StatementResult::ok();
    }

    RestoreArgs args{tenantName, from, untilScn, untilTime, withOptions, description, sourceTenant, keyFrom};
    return startRestore(session, args, lock, nullptr);
}

StatementResult ObCluster::startRestore(Session &session, const RestoreArgs &args, QMutexLocker<QMutex> &lock, RestoreJob **created)
{
    const RestoreArgs &ra = args;
    const QString &tenantName = ra.tenantName;
    const QString &from = ra.from;
    const std::optional<quint64> &untilScn = ra.untilScn;
    const QString &untilTime = ra.untilTime;
    const QString &withOptions = ra.withOptions;
    const QString &description = ra.description;
    const QString &sourceTenant = ra.sourceTenant;
    const QString &keyFrom = ra.keyFrom;
    // Options.
    QMap<QString, QString> options;
    if (!parseOptions(withOptions, &options))
        return StatementResult::fail(obError(-4002, QStringLiteral("restore option")));
    if (m_profile.concurrencyOption && options.contains(QStringLiteral("concurrency"))) {
        bool ok = false;
        const int c = options.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || c < 0 || c > 100)
            return StatementResult::fail(obError(-4002, QStringLiteral("restore concurrency")));
    }
    // Transparent encryption (fill_encrypt_info_, TDE/enterprise builds only; a CE server ignores both): the key
    // backup named by KEY FROM must exist (OB_BACKUP_FILE_NOT_EXIST), and kms_encrypt=true needs the session's
    // @kms_encrypt_info (the error for a missing one is UNCONFIRMED; -4002 here).
    if (!m_options.ce) {
        if (!keyFrom.isEmpty()) {
            const auto key = BackupUri::parse(keyFrom);
            if (!key || !key->isLocal() || !QFileInfo::exists(key->localPath()))
                return StatementResult::fail(obError(-9011, QStringLiteral("cannot find backup file")));
        }
        if (options.value(QStringLiteral("kms_encrypt")).compare(u"true", Qt::CaseInsensitive) == 0) {
            bool found = false;
            for (auto it = session.userVariables.cbegin(); it != session.userVariables.cend(); ++it)
                found = found || (it.key().compare(u"kms_encrypt_info", Qt::CaseInsensitive) == 0 && !it.value().isNull());
            if (!found)
                return StatementResult::fail(obError(-4002, QStringLiteral("kms encrypt info")));
        }
    }
    if (m_profile.needsRestoreConcurrency
        && m_sql.scalarInt(QStringLiteral("SELECT VALUE FROM oceanbase.\"GV$OB_PARAMETERS\" WHERE NAME = 'restore_concurrency' LIMIT 1")) == 0)
        return StatementResult::fail(obError(-4179, QStringLiteral("restore tenant when restore_concurrency is 0")));

    const QString tenantTable = m_profile.v3 ? QStringLiteral("__all_tenant") : QStringLiteral("DBA_OB_TENANTS");
    if (m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.%1 WHERE TENANT_NAME = ?").arg(tenantTable), {Value::text(tenantName)}))
        return StatementResult::fail(obError(-4179, QStringLiteral("restore tenant with existed tenant name is")));
    for (const RestoreJob *j : std::as_const(m_jobs)) {
        if (!j->done && j->tenantName.compare(tenantName, Qt::CaseInsensitive) == 0)
            return StatementResult::fail(obError(-9014, QStringLiteral("Another restore is in progress")));
    }

    ResolvedSource resolved;
    if (m_profile.v3) {
        // 3.x: a cluster-level tree <uri>/<backup_cluster_name>/<backup_cluster_id>/incarnation_1 (§1.9).
        const QString clusterName = options.value(QStringLiteral("backup_cluster_name"));
        const QString clusterId = options.value(QStringLiteral("backup_cluster_id"));
        if (clusterName.isEmpty() || clusterId.isEmpty())
            return StatementResult::fail(obError(-4277, QStringLiteral("Miss argument for backup_cluster_name, backup_cluster_id")));
        // The resolver reads UNTIL in the session time zone before anything looks at the backup.
        if (const auto scn = Scn::parse(untilTime, sessionZone(session)))
            resolved.restoreScn = scn->value();
        else
            return StatementResult::fail(obError(-4002, QStringLiteral("restore timestamp")));
        const auto uri = BackupUri::parse(from);
        if (!uri || !uri->isLocal())
            return StatementResult::fail(obError(-9026, QStringLiteral("%1 is not a valid uri").arg(maskSecrets(from))));
        bool isDir = false;
        if (LocalStorage().stat(QStringLiteral("%1/%2/%3/incarnation_1").arg(uri->localPath(), clusterName, clusterId), &isDir) != Storage::Status::Ok || !isDir)
            return StatementResult::fail(obError(-9011, QStringLiteral("cannot find backup file")));
        resolved.backupTenantName = sourceTenant;
        resolved.backupClusterName = clusterName;
        resolved.uris = {from};
    } else if (const auto error = resolveSource(m_profile, session, from, untilScn, untilTime, &resolved)) {
        return StatementResult::fail(*error);
    }

    // Pools. (OceanBase checks them when the job creates the tenant; obsim checks them before accepting the job,
    // with the same errors.)
    const QStringList pools = options.value(QStringLiteral("pool_list")).split(u',', Qt::SkipEmptyParts);
    if (pools.isEmpty())
        return StatementResult::fail(obError(-4002, QStringLiteral("pool list. empty pool list.")));
    const QString poolTable = m_profile.v3 ? QStringLiteral("__all_resource_pool") : QStringLiteral("DBA_OB_RESOURCE_POOLS");
    for (const QString &pool : pools) {
        SqlError e;
        const auto r = m_sql.query(QStringLiteral("SELECT TENANT_ID FROM oceanbase.%1 WHERE NAME = ?").arg(poolTable), {Value::text(pool)}, &e);
        if (!r || r->rows.isEmpty())
            return StatementResult::fail(obError(-4650, QStringLiteral("resource pool '%1' not exist").arg(pool)));
        if (!r->rows[0][0].isNull())
            return StatementResult::fail(obError(-4626, QStringLiteral("resource pool '%1' has already been granted to a tenant").arg(pool)));
    }

    // ObRestoreUtil::check_backup_set_compatible_: quick restore of a set made before 4.3 (backup_compatible < 4) is
    // refused, OB_OP_NOT_ALLOW "quick restore is not allowed" (shared-storage clusters too; not modelled).
    if (m_profile.restoreType && options.value(QStringLiteral("method")).compare(u"quick", Qt::CaseInsensitive) == 0) {
        for (const BackupSetFileDesc &s : std::as_const(resolved.source.sets)) {
            if (s.backupCompatible < 4)
                return StatementResult::fail(obError(-4179, QStringLiteral("quick restore is")));
        }
    }
    // The job.
    auto *job = new RestoreJob;
    job->jobId = m_nextJobId++;
    job->tenantName = tenantName;
    qint64 id = 1002;
    while (m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.%1 WHERE TENANT_ID = ?").arg(tenantTable), {Value::integer(id)}))
        id += 2;
    job->tenantId = id;
    job->backupTenantName = resolved.backupTenantName;
    job->backupTenantId = resolved.backupTenantId;
    job->backupClusterName = resolved.backupClusterName;
    job->backupDest = resolved.uris.join(u',');
    job->restoreOption = withOptions;
    job->description = description;
    job->pools = pools.join(u',');
    job->restoreScn = resolved.restoreScn;
    job->restoreType = options.value(QStringLiteral("method")).compare(u"quick", Qt::CaseInsensitive) == 0 && m_profile.restoreType
        ? QStringLiteral("QUICK") : QStringLiteral("FULL");
    job->progressDisplayMode = m_options.progressDisplayMode.toUpper();
    job->startUtc = serverNow();
    job->startSim = simulatedSeconds();
    job->failAtPercent = m_options.failRestoreAtPercent;
    job->failCode = m_options.failRestoreCode;
    if (const auto pending = m_pendingPauseAt.constFind(tenantName.toLower()); pending != m_pendingPauseAt.constEnd()) {
        job->pauseAtPercent = *pending; // OBSIM PAUSE RESTORE t AT pct sent before the job existed
        m_pendingPauseAt.remove(tenantName.toLower());
    }
    if (!resolved.source.sets.isEmpty()) {
        const BackupSetFileDesc &newest = resolved.source.sets.last();
        job->consistentScn = newest.consistentScn.isValid() && newest.consistentScn.value() > 0 ? newest.consistentScn.value() : newest.minRestoreScn.value();
        job->backupClusterVersion = newest.clusterVersion;
        job->sourceDataVersion = newest.tenantCompatible;
        job->minBackupCompatible = newest.backupCompatible;
        for (const BackupSetFileDesc &s : resolved.source.sets)
            job->minBackupCompatible = qMin(job->minBackupCompatible, s.backupCompatible);
        job->totalBytes = newest.outputBytes;
        job->tabletCount = 200 + int((newest.outputBytes / (64ll << 20)) % 4000);
        for (const BackupSetFileDesc &s : resolved.source.sets)
            job->setList << resolved.data.uri + u'/' + setDirName(s.backupSetId, s.backupType == 1 ? SetType::Full : SetType::Incremental);
        for (const PieceAttr &pc : resolved.source.pieces) {
            for (const ArchiveDestEntry &a : std::as_const(resolved.archives)) {
                if (a.format.destId == pc.destId)
                    job->pieceList << a.uri + u'/' + pieceDirName({pc.destId, pc.roundId, pc.pieceId});
            }
        }
    } else {
        job->tabletCount = 500;
        job->totalBytes = 10ll << 30;
        job->consistentScn = job->restoreScn;
    }
    m_jobs.append(job);

    // The tenant, in restore, with its pools granted.
    const QString t = nowText();
    if (m_profile.v3) {
        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.__all_tenant VALUES (?, ?, 'zone1;zone2;zone3', 'zone1', 0, 0, 'RESTORE')"),
                   {Value::integer(id), Value::text(tenantName)});
    } else {
        QList<Value> row{Value::integer(id), Value::text(tenantName), Value::text(QStringLiteral("USER")), Value::text(t), Value::text(t),
                         Value::text(options.value(QStringLiteral("primary_zone"), QStringLiteral("RANDOM"))),
                         Value::text(options.value(QStringLiteral("locality"), QStringLiteral("FULL{1}@zone1, FULL{1}@zone2, FULL{1}@zone3"))),
                         Value::null(), Value::text(resolved.compatMode == 1 ? QStringLiteral("ORACLE") : QStringLiteral("MYSQL")),
                         Value::text(QStringLiteral("RESTORE")), Value::text(QStringLiteral("NO")), Value::text(QStringLiteral("NO"))};
        if (m_profile.tenantColumnsLevel >= 1)
            row << Value::text(QStringLiteral("RESTORE")) << Value::text(QStringLiteral("NORMAL")) << Value::integer(0)
                << Value::integer(0) << Value::integer(0) << Value::integer(0) << Value::integer(qint64(job->restoreScn))
                << Value::text(QStringLiteral("ARCHIVELOG")) << Value::text(QStringLiteral("DISABLED"));
        if (m_profile.tenantColumnsLevel >= 2)
            row << Value::integer(1) << Value::text(m_profile.version.toString()) << Value::integer(1001);
        if (m_profile.tenantColumnsLevel >= 3)
            row << Value::text(job->restoreType == u"QUICK" ? QStringLiteral("REMOTE") : QStringLiteral("NORMAL"));
        m_sql.exec(insertInto(QStringLiteral("DBA_OB_TENANTS"), row.size()), row);
        m_sql.exec(QStringLiteral("UPDATE oceanbase.DBA_OB_UNITS SET TENANT_ID = ? WHERE RESOURCE_POOL_ID IN (SELECT RESOURCE_POOL_ID FROM oceanbase.DBA_OB_RESOURCE_POOLS WHERE NAME IN (%1))")
                       .arg(QStringList(QList<QString>(pools.size(), QStringLiteral("?"))).join(u',')),
                   [&] {
                       QList<Value> v{Value::integer(id)};
                       for (const QString &pool : pools)
                           v << Value::text(pool);
                       return v;
                   }());
    }
    for (const QString &pool : pools)
        m_sql.exec(QStringLiteral("UPDATE oceanbase.%1 SET TENANT_ID = ? WHERE NAME = ?").arg(poolTable), {Value::integer(id), Value::text(pool)});
    m_sql.exec(insertInto(QStringLiteral("DBA_OB_ROOTSERVICE_EVENT_HISTORY"), 18),
               {Value::text(t), Value::text(QStringLiteral("physical_restore")), Value::text(QStringLiteral("restore_start")),
                Value::text(QStringLiteral("ret")), Value::text(QStringLiteral("0")), Value::text(QStringLiteral("tenant_name")),
                Value::text(tenantName), Value::text(QStringLiteral("job_id")), Value::text(QString::number(job->jobId)),
                Value::text(QString()), Value::text(QString()), Value::text(QString()), Value::text(QString()), Value::text(QString()),
                Value::text(QString()), Value::text(QString()), Value::text(QStringLiteral("127.0.0.1")), Value::integer(2882)});
    tick();
    if (created) { // an auxiliary tenant's restore: its statement (RECOVER TABLE) does not wait for it
        *created = job;
        return StatementResult::ok();
    }

    // 4.1+: the statement waits until the tenant exists (sync_wait_tenant_created_); 4.2.1+ reports a job that fails
    // meanwhile as 9099.
    if (m_profile.syncRestore) {
        while (!job->done && job->elapsed(simulatedSeconds()) < kCreateTenant) {
            m_changed.wait(lock.mutex(), 20);
            m_current = &session;
            tick();
        }
        if (job->done && !job->success && m_profile.failWhileWaiting)
            return StatementResult::fail(obError(-9099, QStringLiteral("%1 restore failed, %2").arg(tenantName, job->comment)));
    }
    return StatementResult::ok();
}

StatementResult ObCluster::showRestorePreview(Session &session)
{
    if (!session.preview)
        return StatementResult::fail(obError(-4016, QStringLiteral("no restore preview in this session: run ALTER SYSTEM RESTORE … PREVIEW first")));
    const Session::Preview preview = *session.preview;
    session.preview.reset(); // the session variables are cleared once read
    ResolvedSource resolved;
    if (const auto error = resolveSource(m_profile, session, preview.uris, preview.scn, preview.time, &resolved))
        return StatementResult::fail(*error);
    ResultSet r;
    r.hasColumns = true;
    for (const char *name : {"backup_type", "backup_id", "backup_dest", "description"}) {
        Column c;
        c.name = name;
        c.type = QByteArray(name) == "backup_id" ? mysql::TypeLongLong : mysql::TypeBlob;
        r.columns.append(c);
    }
    for (const BackupSetFileDesc &s : std::as_const(resolved.source.sets))
        r.rows.append({Value::text(QStringLiteral("BACKUP_SET")), Value::integer(s.backupSetId),
                       Value::text(resolved.data.uri + u'/' + setDirName(s.backupSetId, s.backupType == 1 ? SetType::Full : SetType::Incremental)),
                       Value::text(QString())});
    const QTimeZone zone = sessionZone(session);
    for (const PieceAttr &pc : std::as_const(resolved.source.pieces)) {
        QString uri;
        for (const ArchiveDestEntry &a : std::as_const(resolved.archives)) {
            if (a.format.destId == pc.destId)
                uri = a.uri + u'/' + pieceDirName({pc.destId, pc.roundId, pc.pieceId});
        }
        r.rows.append({Value::text(QStringLiteral("BACKUP_PIECE")), Value::integer(pc.pieceId), Value::text(uri),
                       Value::text(QStringLiteral("start_scn_display: %1, checkpoint_scn_display: %2")
                                       .arg(scnDisplay(pc.startScn.value(), zone), scnDisplay(pc.checkpointScn.value(), zone)))});
    }
    return {r, std::nullopt};
}

bool ObCluster::dropTenant(const QString &name, bool onlyInRestore, SqlError *error)
{
    const QString tenantTable = m_profile.v3 ? QStringLiteral("__all_tenant") : QStringLiteral("DBA_OB_TENANTS");
    SqlError e;
    const auto r = m_sql.query(QStringLiteral("SELECT TENANT_ID, STATUS FROM oceanbase.%1 WHERE TENANT_NAME = ?").arg(tenantTable), {Value::text(name)}, &e);
    if (!r || r->rows.isEmpty()) {
        *error = obError(-5157, QStringLiteral("Unknown tenant '%1'").arg(name));
        return false;
    }
    const qint64 id = r->rows[0][0].toInt();
    if (id == 1) {
        *error = obError(-4179, QStringLiteral("drop sys tenant is"));
        return false;
    }
    const bool inRestore = r->rows[0][1].toText() == "RESTORE";
    if (onlyInRestore && !inRestore) {
        *error = obError(-4179, QStringLiteral("Cancel tenant not in restore is"));
        return false;
    }
    // A running job fails: the tenant is gone (try_recycle_job sets OB_TENANT_NOT_EXIST), and only the sys row
    // reaches the history.
    for (RestoreJob *j : std::as_const(m_jobs)) {
        if (!j->done && j->tenantId == id)
            finishJob(*j, false, QStringLiteral("ROOTSERVICE : OB_TENANT_NOT_EXIST(-5157) on %1 with traceid Y0-0000000000000000-0-0").arg(kAddr));
    }
    m_sql.exec(QStringLiteral("DELETE FROM oceanbase.%1 WHERE TENANT_ID = ?").arg(tenantTable), {Value::integer(id)});
    const QString poolTable = m_profile.v3 ? QStringLiteral("__all_resource_pool") : QStringLiteral("DBA_OB_RESOURCE_POOLS");
    m_sql.exec(QStringLiteral("UPDATE oceanbase.%1 SET TENANT_ID = NULL WHERE TENANT_ID = ?").arg(poolTable), {Value::integer(id)});
    if (!m_profile.v3) {
        m_sql.exec(QStringLiteral("UPDATE oceanbase.DBA_OB_UNITS SET TENANT_ID = NULL WHERE TENANT_ID = ?"), {Value::integer(id)});
        m_sql.exec(QStringLiteral("DELETE FROM oceanbase.CDB_OB_RESTORE_HISTORY WHERE TENANT_ID = ?"), {Value::integer(id)});
    }
    return true;
}

// Where each phase of a restore job starts on its timeline (the names writeJobRows writes).
QList<std::pair<QString, double>> ObCluster::restorePhaseStarts() const
{
    QList<std::pair<QString, double>> starts;
    if (m_profile.v3) {
        static const char *const steps[] = {"CREATE_TENANT", "RESTORE_SYS_REPLICA", "UPGRADE_PRE", "UPGRADE_POST", "MODIFY_SCHEMA",
                                            "CREATE_USER_PARTITIONS", "RESTORE_USER_REPLICA", "REBUILD_INDEX", "POST_CHECK"};
        const double total = kCreateTenant + kPre + kInitLs + kWaitLs + kPostCheck + kUpgrade;
        for (int i = 0; i < 9; ++i)
            starts.append({QString::fromLatin1(steps[i]), total * i / 9});
        return starts;
    }
    double at = kCreateTenant;
    starts.append({QStringLiteral("RESTORE_PRE"), at});
    starts.append({QStringLiteral("RESTORE_CREATE_INIT_LS"), at += kPre});
    at += kInitLs;
    if (m_profile.consistentScnStatus) {
        starts.append({QStringLiteral("PHYSICAL_RESTORE_WAIT_RESTORE_TO_CONSISTENT_SCN"), at});
        at += kConsistent;
    }
    starts.append({QStringLiteral("RESTORE_WAIT_LS"), at});
    starts.append({QStringLiteral("POST_CHECK"), at += kWaitLs});
    starts.append({QStringLiteral("UPGRADE"), at += kPostCheck});
    return starts;
}

bool ObCluster::holdsAt(const QString &phase) const
{
    return !m_heldSpeed && (m_holdEveryPhase || m_holdPhases.contains(phase.toUpper()));
}

void ObCluster::holdClockAt(double simSeconds, const QString &phase)
{
    m_heldSpeed = m_speed;
    m_heldPhase = phase;
    m_simBase = simSeconds;
    m_realBase = m_clock.elapsed();
    m_speed = 0;
}

void ObCluster::tick()
{
    double now = simulatedSeconds();
    bool changed = false;
    const double total = kCreateTenant + kPre + kInitLs + (m_profile.consistentScnStatus ? kConsistent : 0) + kWaitLs + kPostCheck + kUpgrade;
    // A job that reached its own pause point since the last tick stops there; a phase entered since the last tick that
    // is held stops the whole clock at the phase's first instant (the earliest such instant over all jobs).
    std::optional<std::pair<double, QString>> hold;
    for (RestoreJob *job : std::as_const(m_jobs)) {
        if (job->done || job->pausedAt)
            continue;
        const double e = job->elapsed(now);
        if (job->pauseAtPercent && e >= total * *job->pauseAtPercent / 100.0) {
            job->pausedAt = now - (e - total * *job->pauseAtPercent / 100.0);
            job->pauseAtPercent.reset();
            continue;
        }
        if (m_heldSpeed || (!m_holdEveryPhase && m_holdPhases.isEmpty()))
            continue;
        for (const auto &[phase, start] : restorePhaseStarts()) {
            // A microsecond into the phase: exactly at its start, rounding could leave the job in the phase before.
            const double at = qMin(now, now - (e - start) + 1e-6);
            if (start > job->lastElapsed && start <= e && holdsAt(phase) && (!hold || at < hold->first)) {
                hold = std::make_pair(at, phase);
                break;
            }
        }
    }
    if (hold) {
        holdClockAt(hold->first, hold->second);
        now = hold->first;
    }
    for (RestoreJob *job : std::as_const(m_jobs)) {
        if (job->done)
            continue;
        const double e = job->elapsed(now);
        job->lastElapsed = e;
        if (job->failAtPercent && e >= total * *job->failAtPercent / 100.0) {
            writeJobRows(*job, total * *job->failAtPercent / 100.0);
            finishJob(*job, false,
                      QStringLiteral("ls_id: 1001, addr: %1, STORAGE : %2(%3) on %1 with traceid Y0-0000000000000000-0-0;")
                          .arg(kAddr, errorName(job->failCode))
                          .arg(job->failCode));
        } else if (e >= total) {
            finishJob(*job, true, QString());
        } else {
            writeJobRows(*job, e);
        }
        changed = true;
    }
    tickRecover(now);
    if (changed)
        m_changed.wakeAll();
}

void ObCluster::writeJobRows(RestoreJob &job, double e)
{
    const QTimeZone zone = m_current ? sessionZone(*m_current) : QTimeZone(8 * 3600);
    const bool consistentPhase = m_profile.consistentScnStatus;
    // Phase boundaries on the user-tenant timeline (after CREATE_TENANT).
    const double u = e - kCreateTenant;
    const double initLs = kPre;
    const double consistent = initLs + kInitLs;
    const double waitLs = consistent + (consistentPhase ? kConsistent : 0);
    const double postCheck = waitLs + kWaitLs;
    const double upgrade = postCheck + kPostCheck;
    QString raw;
    if (u < 0)
        raw.clear();
    else if (u < initLs)
        raw = QStringLiteral("RESTORE_PRE");
    else if (u < consistent)
        raw = QStringLiteral("RESTORE_CREATE_INIT_LS");
    else if (u < waitLs)
        raw = QStringLiteral("PHYSICAL_RESTORE_WAIT_RESTORE_TO_CONSISTENT_SCN");
    else if (u < postCheck)
        raw = QStringLiteral("RESTORE_WAIT_LS");
    else if (u < upgrade)
        raw = QStringLiteral("POST_CHECK");
    else
        raw = QStringLiteral("UPGRADE");
    // 4.1+ shows the restoring steps as RESTORING (§2.2).
    const QString shown = m_profile.mappedStatus && !raw.isEmpty() && raw != u"UPGRADE" ? QStringLiteral("RESTORING") : raw;
    const QString sysStatus = e < kCreateTenant ? QStringLiteral("CREATE_TENANT") : QStringLiteral("WAIT_TENANT_RESTORE_FINISH");

    // Tablets during the first 70 % of RESTORE_WAIT_LS; log recovery from 30 % to the end; counters are capped at
    // total - 1 until the job finishes (§2.5).
    const double w = u < waitLs ? 0 : qMin(1.0, (u - waitLs) / kWaitLs);
    const int finished = qMin(job.tabletCount - 1, int(job.tabletCount * qMin(1.0, w / 0.7)));
    const double logFraction = qBound(0.0, (w - 0.3) / 0.7, 1.0);
    const quint64 recover = job.consistentScn + quint64(double(job.restoreScn > job.consistentScn ? job.restoreScn - job.consistentScn : 0) * logFraction);
    const bool beforeLog = raw.isEmpty() || raw == u"RESTORE_PRE" || raw == u"RESTORE_CREATE_INIT_LS" || raw == u"PHYSICAL_RESTORE_WAIT_RESTORE_TO_CONSISTENT_SCN";
    // The view: 0 before log recovery starts; 100 when the restore point equals the start of log recovery (nothing to
    // replay); otherwise (RECOVER_SCN - start) / (RESTORE_SCN - start) * 100.
    const double recoverPct = beforeLog ? 0
        : job.restoreScn <= job.consistentScn ? 100
                                              : double(recover - job.consistentScn) * 100.0 / double(job.restoreScn - job.consistentScn);
    const bool countersMove = m_profile.progressColumns;
    const bool bytesMove = m_profile.version >= ObVersion(4, 3);
    // Tablets differ in size: the bytes restored follow their own curve, not the tablet count's.
    const qint64 finishedBytes = bytesMove ? qMin(job.totalBytes - 1, qint64(double(job.totalBytes) * std::pow(qMin(1.0, w / 0.7), 1.5))) : 0;
    const bool bytesMode = bytesMove && job.progressDisplayMode == u"BYTES";

    if (raw != job.lastStatus || (job.lastStatus.isEmpty() && raw.isEmpty())) {
        if (!raw.isEmpty() || job.lastStatus.isEmpty())
            m_sql.exec(insertInto(QStringLiteral("DBA_OB_ROOTSERVICE_EVENT_HISTORY"), 18),
                       {Value::text(nowText()), Value::text(QStringLiteral("physical_restore")), Value::text(QStringLiteral("change_restore_status")),
                        Value::text(QStringLiteral("job_id")), Value::text(QString::number(job.jobId)), Value::text(QStringLiteral("tenant")),
                        Value::text(job.tenantName), Value::text(QStringLiteral("status")), Value::text(raw.isEmpty() ? sysStatus : raw),
                        Value::text(QString()), Value::text(QString()), Value::text(QString()), Value::text(QString()), Value::text(QString()),
                        Value::text(QString()), Value::text(QString()), Value::text(QStringLiteral("127.0.0.1")), Value::integer(2882)});
        job.lastStatus = raw.isEmpty() ? sysStatus : raw;
    }

    if (m_profile.v3) {
        static const char *const steps[] = {"CREATE_TENANT", "RESTORE_SYS_REPLICA", "UPGRADE_PRE", "UPGRADE_POST", "MODIFY_SCHEMA",
                                            "CREATE_USER_PARTITIONS", "RESTORE_USER_REPLICA", "REBUILD_INDEX", "POST_CHECK"};
        const double total = kCreateTenant + kPre + kInitLs + kWaitLs + kPostCheck + kUpgrade;
        const int step = qMin(8, int(e / total * 9));
        m_sql.exec(QStringLiteral("DELETE FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE JOB_ID = ?"), {Value::integer(job.jobId)});
        m_sql.exec(insertInto(QStringLiteral("CDB_OB_RESTORE_PROGRESS"), 22),
                   {Value::integer(job.jobId), Value::integer(job.jobId), Value::integer(job.tenantId), Value::text(job.tenantName),
                    Value::integer(job.backupTenantId), Value::text(job.backupTenantName), Value::integer(0), Value::text(job.backupClusterName),
                    Value::text(QString()), Value::text(QLatin1StringView(steps[step])), Value::text(utcText(job.startUtc)), Value::text(QString()),
                    Value::integer(step >= 6 ? 1000 : 0), Value::integer(-1), Value::integer(step >= 6 ? qint64(1000 * w) : 0), Value::integer(-1),
                    Value::integer(qint64(job.restoreScn / 1000)), Value::integer(0), Value::integer(0), Value::text(QString()),
                    Value::text(QString()), Value::text(QString())});
        return;
    }

    m_sql.exec(QStringLiteral("DELETE FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE JOB_ID = ?"), {Value::integer(job.jobId)});
    auto progressRow = [&](qint64 tenantId, const QString &status, bool user) {
        QList<Value> row{Value::integer(tenantId), Value::integer(job.jobId), Value::text(job.tenantName), Value::integer(job.tenantId),
                         Value::text(job.backupTenantName), Value::integer(job.backupTenantId), Value::text(job.backupClusterName),
                         Value::text(job.backupDest), Value::text(job.restoreOption)};
        if (m_profile.restoreType)
            row << Value::text(job.restoreType);
        // RESTORE_SCN_DISPLAY: '' when 0 in 4.0, NULL from 4.1.
        row << Value::integer(qint64(job.restoreScn)) << Value::text(scnDisplay(job.restoreScn, QTimeZone::utc())) << Value::text(status)
            << Value::text(utcText(job.startUtc)) << Value::text(job.setList.join(u',')) << Value::text(job.pieceList.join(u','));
        if (m_profile.progressColumns) {
            if (user)
                row << Value::integer(qint64(recover)) << Value::text(scnDisplay(recover, QTimeZone::utc())) << Value::real(recoverPct)
                    << Value::integer(job.tabletCount) << Value::integer(finished)
                    << Value::real(bytesMode ? double(finishedBytes) * 100.0 / double(qMax<qint64>(1, job.totalBytes))
                                             : finished * 100.0 / qMax(1, job.tabletCount));
            else
                row << Value::null() << Value::null() << Value::null() << Value::null() << Value::null() << Value::null();
        }
        // TOTAL_BYTES from the backup set's output bytes. FINISH_BYTES: no caller advances it before 4.3
        // (ob-restore-sql.md §2.5); in 4.3.x the bytes restored move with the data (the view's BYTES mode uses them).
        if (user)
            row << Value::integer(job.totalBytes) << Value::text(QStringLiteral("%1GB").arg(double(job.totalBytes) / double(kGiB), 0, 'f', 2))
                << Value::integer(finishedBytes) << Value::text(QStringLiteral("%1MB").arg(double(finishedBytes) / double(1 << 20), 0, 'f', 2));
        else
            row << Value::null() << Value::null() << Value::null() << Value::null();
        row << Value::text(job.description);
        m_sql.exec(insertInto(QStringLiteral("CDB_OB_RESTORE_PROGRESS"), row.size()), row);
    };
    progressRow(1, sysStatus, false);
    if (!raw.isEmpty())
        progressRow(job.tenantId, shown, true);

    m_sql.exec(QStringLiteral("DELETE FROM oceanbase.__all_virtual_restore_progress WHERE job_id = ?"), {Value::integer(job.jobId)});
    m_sql.exec(QStringLiteral("DELETE FROM oceanbase.__all_virtual_ls_restore_progress WHERE job_id = ?"), {Value::integer(job.jobId)});
    if (!raw.isEmpty()) {
        const int lsDone = w >= 1 ? job.lsCount : int(job.lsCount * w);
        m_sql.exec(insertInto(QStringLiteral("__all_virtual_restore_progress"), 9),
                   {Value::integer(job.tenantId), Value::integer(job.jobId), Value::integer(qint64(job.restoreScn)), Value::integer(job.lsCount),
                    Value::integer(countersMove ? lsDone : 0), Value::integer(countersMove ? job.tabletCount : 0),
                    Value::integer(countersMove ? finished : 0), Value::integer(job.totalBytes), Value::integer(finishedBytes)});
        // Per-LS status integers; the numbering changed after 4.0 (§2.4).
        const bool v40 = m_profile.version < ObVersion(4, 1);
        int lsStatus = 1;
        if (raw == u"RESTORE_CREATE_INIT_LS")
            lsStatus = 2;
        else if (raw == u"PHYSICAL_RESTORE_WAIT_RESTORE_TO_CONSISTENT_SCN")
            lsStatus = 6;
        else if (raw == u"RESTORE_WAIT_LS")
            lsStatus = w < 0.3 ? (v40 ? 6 : 8) : w < 0.7 ? (v40 ? 9 : 11) : 0;
        else if (raw == u"POST_CHECK" || raw == u"UPGRADE")
            lsStatus = 0;
        const qint64 lsIds[] = {1, 1001, 1002};
        for (int i = 0; i < job.lsCount && i < 3; ++i)
            m_sql.exec(insertInto(QStringLiteral("__all_virtual_ls_restore_progress"), 16),
                       {Value::integer(job.tenantId), Value::integer(job.jobId), Value::integer(lsIds[i]),
                        Value::text(QStringLiteral("127.0.0.%1").arg(i + 1)), Value::integer(2882), Value::integer(lsStatus),
                        Value::integer(qint64(job.restoreScn)), Value::integer(qint64(job.consistentScn)), Value::integer(qint64(recover)),
                        Value::integer(job.tabletCount / job.lsCount), Value::integer(finished / job.lsCount), Value::integer(job.totalBytes / job.lsCount),
                        Value::integer(0), Value::text(QStringLiteral("Y0-0000000000000000-0-0")), Value::integer(0), Value::text(QString())});
    }
    m_sql.exec(QStringLiteral("DELETE FROM oceanbase.__all_virtual_restore_job WHERE job_id = ?"), {Value::integer(job.jobId)});
    const QList<QPair<QString, QString>> kv{{QStringLiteral("tenant_name"), job.tenantName},
                                            {QStringLiteral("status"), raw.isEmpty() ? sysStatus : raw},
                                            {QStringLiteral("restore_scn"), QString::number(job.restoreScn)},
                                            {QStringLiteral("consistent_scn"), QString::number(job.consistentScn)},
                                            {QStringLiteral("comment"), job.comment},
                                            {QStringLiteral("backup_dest"), job.backupDest},
                                            {QStringLiteral("pool_list"), job.pools},
                                            {QStringLiteral("description"), job.description}};
    for (const auto &[name, value] : kv)
        m_sql.exec(insertInto(QStringLiteral("__all_virtual_restore_job"), 4),
                   {Value::integer(1), Value::integer(job.jobId), Value::text(name), Value::text(value)});
}

void ObCluster::finishJob(RestoreJob &job, bool success, const QString &comment)
{
    job.done = true;
    job.success = success;
    job.comment = comment;
    // FINISH_TIMESTAMP: ObRestoreJobPersistKey's finish_time_ = ObTimeUtility::current_time(), written with
    // add_time_column into a TIMESTAMP column: the instant, whichever session (if any) made the job finish.
    const QString t = utcText(serverNow());
    if (m_profile.v3) {
        SqlError e;
        const auto row = m_sql.query(QStringLiteral("SELECT * FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE JOB_ID = ?"), {Value::integer(job.jobId)}, &e);
        if (row && !row->rows.isEmpty()) {
            QList<Value> h = row->rows[0];
            h[9] = Value::text(success ? QStringLiteral("RESTORE_SUCCESS") : QStringLiteral("RESTORE_FAIL"));
            h[11] = Value::text(t);
            h[21] = Value::text(comment);
            m_sql.exec(insertInto(QStringLiteral("CDB_OB_RESTORE_HISTORY"), h.size()), h);
        }
        m_sql.exec(QStringLiteral("DELETE FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE JOB_ID = ?"), {Value::integer(job.jobId)});
        if (success)
            m_sql.exec(QStringLiteral("UPDATE oceanbase.__all_tenant SET STATUS = 'NORMAL' WHERE TENANT_ID = ?"), {Value::integer(job.tenantId)});
        return;
    }
    const bool tenantExists = m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_ID = ?"), {Value::integer(job.tenantId)});
    auto historyRow = [&](qint64 tenantId) {
        QList<Value> row{Value::integer(tenantId), Value::integer(job.jobId), Value::text(job.tenantName), Value::integer(job.tenantId),
                         Value::text(job.backupTenantName), Value::integer(job.backupTenantId), Value::text(job.backupClusterName),
                         Value::text(job.backupDest), Value::integer(qint64(job.restoreScn)), Value::text(scnDisplay(job.restoreScn, QTimeZone::utc())),
                         Value::text(job.restoreOption)};
        if (m_profile.restoreType)
            row << Value::text(job.restoreType);
        // STATUS is SUCCESS or FAIL in code (the docs' FAILED is wrong, §2.3); BACKUP_CLUSTER_VERSION the CALC_VERSION integer.
        row << Value::text(utcText(job.startUtc)) << Value::text(t) << Value::text(success ? QStringLiteral("SUCCESS") : QStringLiteral("FAIL"))
            << Value::text(job.pieceList.join(u',')) << Value::text(job.setList.join(u',')) << Value::integer(qint64(job.backupClusterVersion))
            << Value::integer(job.lsCount) << Value::integer(success ? job.lsCount : 0) << Value::integer(job.tabletCount)
            << Value::integer(success ? job.tabletCount : 0) << Value::integer(job.totalBytes)
            << Value::text(QStringLiteral("%1GB").arg(double(job.totalBytes) / double(kGiB), 0, 'f', 2)) << Value::integer(0)
            << Value::text(QStringLiteral("0.00MB")) << Value::text(job.description) << Value::text(comment);
        m_sql.exec(insertInto(QStringLiteral("CDB_OB_RESTORE_HISTORY"), row.size()), row);
    };
    historyRow(1);
    if (tenantExists)
        historyRow(job.tenantId);
    for (const char *table : {"CDB_OB_RESTORE_PROGRESS", "__all_virtual_restore_progress", "__all_virtual_ls_restore_progress", "__all_virtual_restore_job"})
        m_sql.exec(QStringLiteral("DELETE FROM oceanbase.\"%1\" WHERE JOB_ID = ?").arg(QLatin1StringView(table)), {Value::integer(job.jobId)});
    if (success) {
        // A restored tenant is a standby tenant (§1.8).
        m_sql.exec(m_profile.tenantColumnsLevel >= 1
                       ? QStringLiteral("UPDATE oceanbase.DBA_OB_TENANTS SET STATUS = 'NORMAL', TENANT_ROLE = 'STANDBY', MODIFY_TIME = ? WHERE TENANT_ID = ?")
                       : QStringLiteral("UPDATE oceanbase.DBA_OB_TENANTS SET STATUS = 'NORMAL', MODIFY_TIME = ? WHERE TENANT_ID = ?"),
                   {Value::text(t), Value::integer(job.tenantId)});
    }
    // ObRestoreScheduler::restore_finish: ROOTSERVICE_EVENT_ADD("physical_restore", "restore_finish",
    // "restore_stauts", job_info.get_status(), "tenant", job_info.get_tenant_name()) — OceanBase's own spelling of
    // the first name. Whether the status prints as its name or its number is UNCONFIRMED; the name is written here.
    m_sql.exec(insertInto(QStringLiteral("DBA_OB_ROOTSERVICE_EVENT_HISTORY"), 18),
               {Value::text(t), Value::text(QStringLiteral("physical_restore")), Value::text(QStringLiteral("restore_finish")),
                Value::text(QStringLiteral("restore_stauts")), Value::text(success ? QStringLiteral("RESTORE_SUCCESS") : QStringLiteral("RESTORE_FAIL")),
                Value::text(QStringLiteral("tenant")), Value::text(job.tenantName),
                Value::text(QString()), Value::text(QString()), Value::text(QString()), Value::text(QString()), Value::text(QString()),
                Value::text(QString()), Value::text(QString()), Value::text(QString()), Value::text(QString()),
                Value::text(QStringLiteral("127.0.0.1")), Value::integer(2882)});
    m_changed.wakeAll();
}

StatementResult ObCluster::runAdmin(Session &, const QString &sql)
{
    // OBSIM DROP CONNECTIONS [AFTER n [QUERIES]] | DELAY ms | CLOCK OFFSET [-]s | FAIL RESTORE t AT pct [WITH code] |
    // PAUSE RESTORE t [AT pct] | RESUME RESTORE t | RESTART [NEW PORT] | SET SPEED x |
    // HOLD AT EVERY PHASE | HOLD AT PHASE a [, b …] | HOLD OFF | RELEASE [phase]
    Parser p(sql, tokenize(sql));
    p.expect("OBSIM");
    auto findJob = [&](const QString &name) -> RestoreJob * {
        for (RestoreJob *j : std::as_const(m_jobs)) {
            if (!j->done && j->tenantName.compare(name, Qt::CaseInsensitive) == 0)
                return j;
        }
        return nullptr;
    };
    auto name = [&]() {
        QString n;
        if (!p.identifier(&n))
            p.string(&n);
        return n;
    };
    if (p.accept("DROP")) {
        if (!p.expect("CONNECTIONS"))
            return StatementResult::fail(p.error());
        if (p.accept("AFTER")) {
            qint64 n = 0;
            p.integer(&n);
            p.accept("QUERIES");
            if (!p.expectEnd())
                return StatementResult::fail(p.error());
            m_faults.dropAfterQueries = int(n);
            return StatementResult::ok();
        }
        if (!p.expectEnd())
            return StatementResult::fail(p.error());
        if (onDropConnections)
            onDropConnections();
        return StatementResult::ok();
    }
    if (p.accept("CLOCK")) {
        qint64 seconds = 0;
        const bool negative = p.expect("OFFSET") && p.acceptSymbol("-");
        if (!p.integer(&seconds) || !p.expectEnd())
            return StatementResult::fail(p.error());
        m_faults.clockOffsetSecs = negative ? -seconds : seconds;
        return StatementResult::ok();
    }
    if (p.accept("DELAY")) {
        qint64 ms = 0;
        if (!p.integer(&ms) || !p.expectEnd())
            return StatementResult::fail(p.error());
        m_faults.delayMs = int(ms);
        return StatementResult::ok();
    }
    if (p.peek().is("FAIL") && p.peek(1).is("RECOVER")) {
        // OBSIM FAIL RECOVER TABLE <target tenant> AT <phase> [WITH code]
        p.next();
        p.next();
        p.expect("TABLE");
        const QString tenant = name();
        QString phase;
        qint64 code = 0;
        p.expect("AT") && p.identifier(&phase);
        if (p.accept("WITH")) {
            p.acceptSymbol("-");
            p.integer(&code);
            code = -qAbs(code);
        }
        if (!p.expectEnd())
            return StatementResult::fail(p.error());
        for (RecoverJob *j : std::as_const(m_recoverJobs)) {
            if (!j->userDone && j->targetTenant.compare(tenant, Qt::CaseInsensitive) == 0) {
                j->failAt = phase.toUpper();
                j->failCode = code ? int(code) : (phase.compare(u"RESTORE_AUX_TENANT", Qt::CaseInsensitive) == 0 ? -9094
                                                  : phase.compare(u"IMPORTING", Qt::CaseInsensitive) == 0 ? -4184 : -4012);
                if (j->failAt == u"RESTORE_AUX_TENANT" && j->aux && !j->aux->done) {
                    j->aux->failAtPercent = 0;
                    j->aux->failCode = j->failCode;
                }
                return StatementResult::ok();
            }
        }
        return StatementResult::fail(obError(-5157, QStringLiteral("no running recover table job for '%1'").arg(tenant)));
    }
    auto release = [&]() {
        if (m_heldSpeed) {
            m_simBase = simulatedSeconds();
            m_realBase = m_clock.elapsed();
            m_speed = *m_heldSpeed;
            m_heldSpeed.reset();
            m_heldPhase.clear();
            m_changed.wakeAll();
        }
        return StatementResult::ok();
    };
    if (p.accept("HOLD")) {
        // OBSIM HOLD AT EVERY PHASE | HOLD AT PHASE a [, b …] | HOLD OFF (which releases a held clock too)
        if (p.accept("OFF")) {
            if (!p.expectEnd())
                return StatementResult::fail(p.error());
            m_holdPhases.clear();
            m_holdEveryPhase = false;
            return release();
        }
        if (!p.expect("AT"))
            return StatementResult::fail(p.error());
        if (p.accept("EVERY")) {
            if (!p.expect("PHASE") || !p.expectEnd())
                return StatementResult::fail(p.error());
            m_holdEveryPhase = true;
            return StatementResult::ok();
        }
        if (!p.expect("PHASE"))
            return StatementResult::fail(p.error());
        QSet<QString> phases;
        do {
            QString phase;
            if (!p.identifier(&phase))
                return StatementResult::fail(p.error());
            phases.insert(phase.toUpper());
        } while (p.acceptSymbol(","));
        if (!p.expectEnd())
            return StatementResult::fail(p.error());
        m_holdPhases = phases;
        return StatementResult::ok();
    }
    if (p.accept("RELEASE")) {
        // OBSIM RELEASE [phase]: the held clock goes on at its speed; with a phase, only when held there (a follower
        // that has seen phase A never releases a hold at B that it has not seen yet).
        QString phase;
        if (p.peek().kind != Token::Kind::End && !p.identifier(&phase))
            return StatementResult::fail(p.error());
        if (!p.expectEnd())
            return StatementResult::fail(p.error());
        if (!phase.isEmpty() && phase.compare(m_heldPhase, Qt::CaseInsensitive) != 0)
            return StatementResult::ok();
        return release();
    }
    if (p.accept("FAIL") || p.peek().is("PAUSE") || p.peek().is("RESUME")) {
        const bool fail = !p.peek().is("PAUSE") && !p.peek().is("RESUME");
        const bool pause = p.accept("PAUSE");
        if (!fail && !pause)
            p.expect("RESUME");
        p.expect("RESTORE");
        const QString tenant = name();
        qint64 percent = 0;
        qint64 code = -9094;
        bool pauseAt = false;
        if (fail) {
            p.expect("AT") && p.integer(&percent);
            if (p.accept("WITH")) {
                const bool negative = p.acceptSymbol("-");
                p.integer(&code);
                if (negative || code > 0)
                    code = -qAbs(code);
            }
        } else if (pause && p.accept("AT")) {
            // PAUSE RESTORE t AT pct: the job pauses itself when it reaches pct % of its timeline; sent before the job
            // exists, it applies to the tenant's next job.
            pauseAt = p.integer(&percent);
        }
        if (!p.expectEnd())
            return StatementResult::fail(p.error());
        RestoreJob *job = findJob(tenant);
        if (!job && pauseAt) {
            m_pendingPauseAt.insert(tenant.toLower(), double(percent));
            return StatementResult::ok();
        }
        if (!job)
            return StatementResult::fail(obError(-5157, QStringLiteral("no running restore job for '%1'").arg(tenant)));
        const double now = simulatedSeconds();
        if (pauseAt) {
            job->pauseAtPercent = double(percent);
        } else if (fail) {
            job->failAtPercent = double(percent);
            job->failCode = int(code);
        } else if (pause && !job->pausedAt) {
            job->pausedAt = now;
        } else if (!pause) {
            // RESUME: the job goes on, from where it stands or without the pause point it has not reached yet.
            job->pauseAtPercent.reset();
            if (job->pausedAt) {
                job->pausedTotal += now - *job->pausedAt;
                job->pausedAt.reset();
            }
        }
        return StatementResult::ok();
    }
    if (p.accept("RESTART")) {
        const bool newPort = p.accept("NEW") && p.expect("PORT");
        if (!p.expectEnd())
            return StatementResult::fail(p.error());
        if (onRestart)
            onRestart(newPort);
        return StatementResult::ok();
    }
    if (p.accept("SET")) {
        QString value;
        if (!p.expect("SPEED") || p.peek().kind != Token::Kind::Number)
            return StatementResult::fail((p.failAt(p.peek()), p.error()));
        value = p.next().text;
        if (!p.expectEnd())
            return StatementResult::fail(p.error());
        if (m_heldSpeed) { // held: the new speed applies from the release on
            m_heldSpeed = qMax(0.0, value.toDouble());
            return StatementResult::ok();
        }
        m_simBase = simulatedSeconds();
        m_realBase = m_clock.elapsed();
        m_speed = qMax(0.0, value.toDouble());
        return StatementResult::ok();
    }
    p.failAt(p.peek());
    return StatementResult::fail(p.error());
}

} // namespace obsim
