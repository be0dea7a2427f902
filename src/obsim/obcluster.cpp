#include "obcluster.h"

#include "backupdest/destscanner.h"
#include "backupdest/restorewindows.h"
#include "backupdest/tenantcatalog.h"
#include "catalogdefs.h"
#include "common/backupuri.h"
#include "common/scn.h"
#include "obsimutil.h"
#include "sqllexer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace obsim {

using namespace util;

using obrestore::BackupSetFileDesc;
using obrestore::ObVersion;
using obrestore::Scn;

namespace {

const QString kIp = QStringLiteral("127.0.0.1");
constexpr int kRpcPort = 2882;

QString bytesDisplay(qint64 bytes)
{
    const char *units[] = {"B", "KB", "MB", "GB", "TB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return QStringLiteral("%1%2").arg(v, 0, 'f', 2).arg(QLatin1StringView(units[u]));
}

} // namespace

ObCluster::ObCluster(const Options &options)
    : m_options(options), m_profile(VersionProfile::forVersion(options.version, options.ce)), m_speed(options.speed)
{
    m_clock.start();
    createCatalog();
    seedDefaultCluster();
    refreshParameters();
    QString error;
    if (!options.scenarioFile.isEmpty() && !loadScenario(options.scenarioFile, &error))
        qWarning("obsim: scenario %s: %s", qPrintable(options.scenarioFile), qPrintable(error));
    for (const QString &root : options.backupRoots)
        registerBackups(root);
    refreshParameters();
}

ObCluster::~ObCluster()
{
    qDeleteAll(m_jobs);
    qDeleteAll(m_recoverJobs);
}

QDateTime ObCluster::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_faults.clockOffsetSecs);
}

double ObCluster::simulatedSeconds() const
{
    return m_simBase + double(m_clock.elapsed() - m_realBase) / 1000.0 * m_speed;
}

ObCluster::JobCounts ObCluster::jobCounts()
{
    QMutexLocker lock(&m_mutex);
    tick();
    JobCounts c;
    for (const RestoreJob *j : std::as_const(m_jobs)) {
        ++c.total;
        c.running += j->done ? 0 : 1;
    }
    return c;
}

QString ObCluster::serverVersion() const
{
    return m_profile.versionFunction();
}

std::optional<QString> ObCluster::passwordOf(const QString &user, bool *admin) const
{
    if (admin)
        *admin = false;
    if (user == m_options.adminUser) {
        if (admin)
            *admin = true;
        return m_options.adminPassword;
    }
    // OceanBase user names: user@tenant#cluster (ob-restore-sql.md: root@sys runs restores).
    static const QRegularExpression re(QStringLiteral(R"(^root(?:@sys(?:#[A-Za-z0-9_.-]+(?::\d+)?)?)?$)"));
    if (re.match(user).hasMatch())
        return m_options.rootPassword;
    return std::nullopt;
}

void ObCluster::createCatalog()
{
    for (const ViewDef &v : catalogViews(m_profile)) {
        QStringList columns;
        for (const QString &c : v.columns)
            columns << QStringLiteral("\"%1\" %2").arg(c, columnType(c));
        m_sql.exec(QStringLiteral("CREATE TABLE oceanbase.\"%1\" (%2)").arg(v.name, columns.join(QStringLiteral(", "))));
    }
    if (!m_profile.v3) {
        // A tenant comes with its global variables (obsim keeps time_zone, OceanBase's default +08:00) and takes
        // them when it goes, however it was created or dropped.
        // lower_case_table_names: 1 for a MySQL-mode tenant (OceanBase's default); UNCONFIRMED what an Oracle-mode
        // tenant lists, obsim says 2.
        m_sql.exec(QStringLiteral("CREATE TRIGGER oceanbase.obsim_tenant_added AFTER INSERT ON DBA_OB_TENANTS BEGIN "
                                  "INSERT INTO CDB_OB_SYS_VARIABLES (TENANT_ID, ZONE, NAME, DATA_TYPE, VALUE, INFO, FLAGS) "
                                  "VALUES (NEW.TENANT_ID, '', 'time_zone', 22, '+08:00', 'The current time zone', 3); "
                                  "INSERT INTO CDB_OB_SYS_VARIABLES (TENANT_ID, ZONE, NAME, DATA_TYPE, VALUE, INFO, FLAGS) "
                                  "VALUES (NEW.TENANT_ID, '', 'lower_case_table_names', 5, "
                                  "CASE NEW.COMPATIBILITY_MODE WHEN 'ORACLE' THEN '2' ELSE '1' END, "
                                  "'how table database names are stored and compared', 3); END"));
        m_sql.exec(QStringLiteral("CREATE TRIGGER oceanbase.obsim_tenant_dropped AFTER DELETE ON DBA_OB_TENANTS BEGIN "
                                  "DELETE FROM CDB_OB_SYS_VARIABLES WHERE TENANT_ID = OLD.TENANT_ID; END"));
    }
    // Internal bookkeeping (not OceanBase views).
    m_sql.exec(QStringLiteral("CREATE TABLE main.obsim_parameters (name TEXT, tenant_id INTEGER, value TEXT, data_type TEXT, info TEXT)"));
    // The tables inside the backed-up tenants (what db.* and *.* of RECOVER TABLE import), from the scenario.
    m_sql.exec(QStringLiteral("CREATE TABLE main.obsim_backup_tables (tenant_name TEXT, database_name TEXT, table_name TEXT)"));

    // Functions.
    m_sql.addFunction("ob_sysvar", 1, [this](const QList<Value> &a) -> Value {
        QString name = QString::fromUtf8(a[0].toText()).toLower();
        const bool global = name.startsWith(u"global.");
        name.remove(QStringLiteral("session.")).remove(QStringLiteral("global."));
        // @@global.x: the sys tenant's value (obsim's sessions are sys sessions) as SET GLOBAL left it, never the
        // session's.
        if (global && m_sysGlobals.contains(name))
            return Value::text(m_sysGlobals.value(name));
        if (name == u"version_comment")
            return Value::text(m_profile.versionComment());
        if (name == u"version")
            return Value::text(m_profile.versionFunction());
        if (name == u"ob_version" || name == u"ob_build_version")
            return Value::text(m_profile.version.toString());
        if (!global && m_current && m_current->systemVariables.contains(name))
            return Value::text(m_current->systemVariables.value(name));
        static const QMap<QString, QString> defaults = {
            {QStringLiteral("time_zone"), QStringLiteral("+08:00")},
            {QStringLiteral("system_time_zone"), QStringLiteral("+08:00")},
            {QStringLiteral("autocommit"), QStringLiteral("1")},
            {QStringLiteral("max_allowed_packet"), QStringLiteral("16777216")},
            {QStringLiteral("ob_query_timeout"), QStringLiteral("10000000")},
            {QStringLiteral("tx_isolation"), QStringLiteral("READ-COMMITTED")},
            {QStringLiteral("transaction_isolation"), QStringLiteral("READ-COMMITTED")},
            {QStringLiteral("character_set_client"), QStringLiteral("utf8mb4")},
            {QStringLiteral("lower_case_table_names"), QStringLiteral("1")},
            {QStringLiteral("sql_mode"), QStringLiteral("STRICT_ALL_TABLES")},
        };
        if (defaults.contains(name))
            return Value::text(defaults.value(name));
        return Value::null();
    });
    m_sql.addFunction("version", 0, [this](const QList<Value> &) { return Value::text(m_profile.versionFunction()); });
    if (m_profile.hasObVersionFunction)
        m_sql.addFunction("ob_version", 0, [this](const QList<Value> &) { return Value::text(m_profile.version.toString()); });
    m_sql.addFunction("database", 0, [this](const QList<Value> &) { return Value::text(m_current ? m_current->database : QString()); });
    m_sql.addFunction("user", 0, [this](const QList<Value> &) { return Value::text((m_current ? m_current->user : QString()) + QStringLiteral("@127.0.0.1")); });
    m_sql.addFunction("current_user", 0, [this](const QList<Value> &) { return Value::text((m_current ? m_current->user : QString()) + QStringLiteral("@%")); });
    m_sql.addFunction("connection_id", 0, [this](const QList<Value> &) { return Value::integer(m_current ? m_current->connectionId : 0); });
    // NOW([precision]) in the session's time zone; NOW(6) with microseconds.
    auto now = [this](const QList<Value> &a) {
        const QTimeZone zone = m_current ? sessionZone(*m_current) : QTimeZone::utc();
        const bool fraction = !a.isEmpty() && a[0].toInt() > 0;
        return Value::text(serverNow().toTimeZone(zone).toString(fraction ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000")
                                                                                           : QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    };
    m_sql.addFunction("now", 0, now);
    m_sql.addFunction("now", 1, now);
    m_sql.addFunction("current_timestamp", 0, now);
    // SCN_TO_TIMESTAMP, TIMESTAMP_TO_SCN and USEC_TO_TIME work in the session time zone (ob-restore-sql.md §1.3).
    m_sql.addFunction("scn_to_timestamp", 1, [this](const QList<Value> &a) -> Value {
        if (a[0].isNull())
            return Value::null();
        return Value::text(Scn(quint64(a[0].toInt())).toLocalString(m_current ? sessionZone(*m_current) : QTimeZone::utc()));
    });
    m_sql.addFunction("timestamp_to_scn", 1, [this](const QList<Value> &a) -> Value {
        const auto scn = Scn::parse(QString::fromUtf8(a[0].toText()), m_current ? sessionZone(*m_current) : QTimeZone::utc());
        return scn ? Value::integer(qint64(scn->value())) : Value::null();
    });
    m_sql.addFunction("usec_to_time", 1, [this](const QList<Value> &a) -> Value {
        const auto scn = Scn::fromMicroseconds(a[0].toInt());
        return scn ? Value::text(scn->toLocalString(m_current ? sessionZone(*m_current) : QTimeZone::utc())) : Value::null();
    });
    m_sql.addFunction("time_to_usec", 1, [this](const QList<Value> &a) -> Value {
        const auto scn = Scn::parse(QString::fromUtf8(a[0].toText()), m_current ? sessionZone(*m_current) : QTimeZone::utc());
        return scn ? Value::integer(scn->microseconds()) : Value::null();
    });
}

void ObCluster::seedDefaultCluster()
{
    const QString t = nowText();
    if (m_profile.v3) {
        for (int z = 1; z <= 3; ++z) {
            m_sql.exec(QStringLiteral("INSERT INTO oceanbase.__all_zone VALUES (?, 'status', 'ACTIVE', '')"), {Value::text(QStringLiteral("zone%1").arg(z))});
            m_sql.exec(QStringLiteral("INSERT INTO oceanbase.__all_server VALUES (?, ?, ?, ?, 2881, 'active', ?)"),
                       {Value::text(QStringLiteral("127.0.0.%1").arg(z)), Value::integer(kRpcPort), Value::integer(z),
                        Value::text(QStringLiteral("zone%1").arg(z)),
                        Value::text(m_profile.version.toString() + QStringLiteral("_1-obsim(Sep  2 2024)"))});
        }
        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.__all_tenant VALUES (1, 'sys', 'zone1;zone2;zone3', 'zone1', 0, 0, 'NORMAL')"));
        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.__all_unit_config VALUES (1, 'sys_unit_config', 5, 5, 8589934592, 8589934592, 10000, 10000, 53687091200, 1000)"));
        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.__all_resource_pool VALUES (1, 'sys_pool', 1, 1, 'zone1;zone2;zone3', 1)"));
        return;
    }
    for (int z = 1; z <= 3; ++z) {
        const QString zone = QStringLiteral("zone%1").arg(z);
        const QString ip = QStringLiteral("127.0.0.%1").arg(z);
        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.DBA_OB_ZONES VALUES (?, ?, ?, 'ACTIVE', 'idc1', 'sys_region', 'ReadWrite')"),
                   {Value::text(zone), Value::text(t), Value::text(t)});
        QList<Value> server{Value::text(ip), Value::integer(kRpcPort), Value::integer(z), Value::text(zone), Value::integer(2881),
                            Value::text(z == 1 ? QStringLiteral("YES") : QStringLiteral("NO")), Value::text(QStringLiteral("ACTIVE")),
                            Value::text(t), Value::null(), Value::null(), Value::text(t), Value::text(t),
                            Value::text(m_profile.version.toString() + QStringLiteral("_100000012024090210-obsim(Sep  2 2024 10:00:00)"))};
        if (m_profile.version >= ObVersion(4, 2))
            server.append(Value::null());
        QStringList marks;
        for (qsizetype i = 0; i < server.size(); ++i)
            marks << QStringLiteral("?");
        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.DBA_OB_SERVERS VALUES (%1)").arg(marks.join(u',')), server);
        // GV$OB_SERVERS: 32 CPUs, 128 GiB memory, 1 TiB log disk, 4 TiB data disk; sys assigns 2 CPU / 8 GiB / 16 GiB.
        QList<Value> gv{Value::text(ip), Value::integer(kRpcPort), Value::text(zone), Value::integer(2881),
                        Value::real(32), Value::real(32), Value::real(2), Value::real(2),
                        Value::integer(128 * kGiB), Value::integer(8 * kGiB), Value::integer(1024 * kGiB),
                        Value::integer(16 * kGiB), Value::integer(2 * kGiB), Value::integer(4096 * kGiB),
                        Value::integer(100 * kGiB), Value::text(QStringLiteral("NORMAL")), Value::integer(160 * kGiB),
                        Value::null(), Value::text(QStringLiteral("2099-01-01 00:00:00"))};
        if (m_profile.version >= ObVersion(4, 2))
            gv.append(Value::integer(0));
        if (m_profile.version >= ObVersion(4, 3, 3))
            gv.append(Value::integer(0));
        marks.clear();
        for (qsizetype i = 0; i < gv.size(); ++i)
            marks << QStringLiteral("?");
        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.\"GV$OB_SERVERS\" VALUES (%1)").arg(marks.join(u',')), gv);
    }
    // sys tenant and its pool.
    QList<Value> tenant{Value::integer(1), Value::text(QStringLiteral("sys")), Value::text(QStringLiteral("SYS")), Value::text(t), Value::text(t),
                        Value::text(QStringLiteral("zone1;zone2,zone3")), Value::text(QStringLiteral("FULL{1}@zone1, FULL{1}@zone2, FULL{1}@zone3")),
                        Value::null(), Value::text(QStringLiteral("MYSQL")), Value::text(QStringLiteral("NORMAL")),
                        Value::text(QStringLiteral("NO")), Value::text(QStringLiteral("NO"))};
    if (m_profile.tenantColumnsLevel >= 1)
        tenant << Value::text(QStringLiteral("PRIMARY")) << Value::text(QStringLiteral("NORMAL")) << Value::integer(0)
               << Value::null() << Value::null() << Value::null() << Value::null() << Value::text(QStringLiteral("NOARCHIVELOG"))
               << Value::text(QStringLiteral("DISABLED"));
    if (m_profile.tenantColumnsLevel >= 2)
        tenant << Value::integer(1) << Value::text(m_profile.version.toString()) << Value::integer(1);
    if (m_profile.tenantColumnsLevel >= 3)
        tenant << Value::text(QStringLiteral("NORMAL"));
    QStringList marks;
    for (qsizetype i = 0; i < tenant.size(); ++i)
        marks << QStringLiteral("?");
    m_sql.exec(QStringLiteral("INSERT INTO oceanbase.DBA_OB_TENANTS VALUES (%1)").arg(marks.join(u',')), tenant);
    QList<Value> unit{Value::integer(1), Value::text(QStringLiteral("sys_unit_config")), Value::text(t), Value::text(t),
                      Value::real(2), Value::real(2), Value::integer(8 * kGiB), Value::integer(16 * kGiB),
                      Value::integer(INT64_MAX), Value::integer(INT64_MAX), Value::integer(2)};
    if (m_profile.version >= ObVersion(4, 3, 3))
        unit << Value::null() << Value::integer(INT64_MAX) << Value::integer(2);
    marks.clear();
    for (qsizetype i = 0; i < unit.size(); ++i)
        marks << QStringLiteral("?");
    m_sql.exec(QStringLiteral("INSERT INTO oceanbase.DBA_OB_UNIT_CONFIGS VALUES (%1)").arg(marks.join(u',')), unit);
    m_sql.exec(QStringLiteral("INSERT INTO oceanbase.DBA_OB_RESOURCE_POOLS VALUES (1, 'sys_pool', 1, ?, ?, 1, 1, 'zone1;zone2;zone3', 'FULL')"),
               {Value::text(t), Value::text(t)});
}

void ObCluster::registerBackups(const QString &root)
{
    using namespace obrestore;
    const auto uri = BackupUri::parse(root, nullptr, QString());
    if (!uri) {
        qWarning("obsim: --backup-root %s is not a path", qPrintable(root));
        return;
    }
    const Catalog catalog = buildCatalog(DestScanner().scan({*uri}));
    const QTimeZone zone(8 * 3600);
    const QString t = nowText();
    // Object storage: each destination's storage information as OceanBase keeps it (ObBackupDest): the root, the
    // endpoint, the authorization and the extension. The views' PATH is root?endpoint with no key
    // (get_backup_path_str); the parameters and CDB_OB_BACKUP_STORAGE_INFO hold the key, in plain text in
    // Community Edition builds and as encrypt_key=<hex> in builds with transparent encryption
    // (ObBackupStorageInfo::get_access_key_ under OB_BUILD_TDE_SECURITY): Options::storageKeysEncrypted.
    QString endpoint;
    QStringList authorization;
    QStringList extension;
    for (const QString &token : uri->isLocal() ? QStringList() : uri->query().split(u'&', Qt::SkipEmptyParts)) {
        if (token.startsWith(u"host="))
            endpoint = token;
        else if (token.startsWith(u"access_id="))
            authorization.prepend(token);
        else if (token.startsWith(u"access_key="))
            authorization << (m_options.storageKeysEncrypted
                                  ? QStringLiteral("encrypt_key=") + QString::fromLatin1(QCryptographicHash::hash(token.toUtf8() + m_options.clusterName.toUtf8(), QCryptographicHash::Sha256).toHex().toUpper())
                                  : token);
        else
            extension << token;
    }
    auto pathOf = [&](const QString &destUri) { return uri->isLocal() || endpoint.isEmpty() ? destUri : destUri + u'?' + endpoint; };
    auto destStringOf = [&](const QString &destUri) {
        QStringList query{endpoint};
        query << authorization << extension;
        query.removeAll(QString());
        return uri->isLocal() ? destUri : destUri + u'?' + query.join(u'&');
    };
    auto addStorageInfo = [&](qint64 tenantId, const QString &destUri, qint64 destId, qint64 destType) {
        QList<Value> row{Value::integer(tenantId), Value::text(destUri), Value::text(endpoint), Value::integer(destId), Value::integer(destType),
                         Value::text(authorization.join(u'&')), Value::text(extension.join(u'&')),
                         Value::text(QStringLiteral("1712641788_connect_file_20240301T080000")), Value::text(t)};
        if (m_profile.version >= ObVersion(4, 3, 3))
            row << Value::integer(0) << Value::integer(0) << Value::text(QStringLiteral("UNLIMITED"));
        m_sql.exec(insertInto(QStringLiteral("CDB_OB_BACKUP_STORAGE_INFO"), row.size()), row);
    };
    for (const TenantEntry &tenant : catalog.tenants) {
        if (tenant.layout == TenantEntry::Layout::V3x || m_profile.v3)
            continue;
        if (!tenant.clusterName.isEmpty())
            m_options.clusterName = tenant.clusterName;
        m_options.clusterId = tenant.clusterId;
        // The tenant itself, online and primary: this simulated cluster is the source of these backups.
        if (m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_ID = ?"), {Value::integer(tenant.tenantId)}) == 0) {
            QList<Value> row{Value::integer(tenant.tenantId), Value::text(tenant.tenantName), Value::text(QStringLiteral("USER")),
                             Value::text(t), Value::text(t), Value::text(QStringLiteral("zone1;zone2,zone3")),
                             Value::text(QStringLiteral("FULL{1}@zone1, FULL{1}@zone2, FULL{1}@zone3")), Value::null(),
                             Value::text(QStringLiteral("MYSQL")), Value::text(QStringLiteral("NORMAL")), Value::text(QStringLiteral("NO")),
                             Value::text(QStringLiteral("NO"))};
            if (m_profile.tenantColumnsLevel >= 1)
                row << Value::text(QStringLiteral("PRIMARY")) << Value::text(QStringLiteral("NORMAL")) << Value::integer(0)
                    << Value::null() << Value::null() << Value::null() << Value::null() << Value::text(QStringLiteral("ARCHIVELOG"))
                    << Value::text(QStringLiteral("DISABLED"));
            if (m_profile.tenantColumnsLevel >= 2)
                row << Value::integer(1) << Value::text(ObVersion::fromCalcVersion(tenant.sourceDataVersion).value_or(m_profile.version).toString())
                    << Value::integer(1001);
            if (m_profile.tenantColumnsLevel >= 3)
                row << Value::text(QStringLiteral("NORMAL"));
            m_sql.exec(insertInto(QStringLiteral("DBA_OB_TENANTS"), row.size()), row);
            // Its time zone is what its backups recorded (locality_info's sys_time_zone), where they did.
            for (const DataDestEntry &d : tenant.dataDests) {
                if (d.locality && !d.locality->sysTimeZone.isEmpty()) {
                    setTenantVariable(tenant.tenantId, QStringLiteral("time_zone"), QString::fromUtf8(d.locality->sysTimeZone));
                    break;
                }
            }
        }
        for (const DataDestEntry &d : tenant.dataDests) {
            m_sql.exec(insertInto(QStringLiteral("CDB_OB_BACKUP_PARAMETER"), 3),
                       {Value::integer(tenant.tenantId), Value::text(QStringLiteral("data_backup_dest")), Value::text(destStringOf(d.uri))});
            addStorageInfo(tenant.tenantId, d.uri, d.format.destId, 1);
            for (const BackupSetEntry &s : d.sets) {
                if (!s.info)
                    continue;
                const BackupSetFileDesc &b = *s.info;
                QList<Value> row{Value::integer(tenant.tenantId), Value::integer(b.backupSetId), Value::integer(b.destId), Value::integer(b.incarnation),
                                 Value::text(b.backupType == 1 ? QStringLiteral("FULL") : QStringLiteral("INC")),
                                 Value::integer(b.prevFullBackupSetId), Value::integer(b.prevIncBackupSetId),
                                 Value::text(scnDisplay(quint64(b.startTime) * 1000, QTimeZone::utc())), Value::text(scnDisplay(quint64(b.endTime) * 1000, QTimeZone::utc())),
                                 Value::text(setStatusName(b.status).replace(QStringLiteral("DOING"), QStringLiteral("DOING"))),
                                 Value::text(fileStatusName(b.fileStatus)), Value::integer((b.endTime - b.startTime) / 1000000),
                                 Value::text(b.plusArchivelog ? QStringLiteral("ON") : QStringLiteral("OFF")),
                                 Value::integer(qint64(b.startReplayScn.value())), Value::text(scnDisplay(b.startReplayScn.value(), QTimeZone::utc())),
                                 Value::integer(qint64(b.minRestoreScn.value())), Value::text(scnDisplay(b.minRestoreScn.value(), QTimeZone::utc())),
                                 Value::integer(b.outputBytes), Value::integer(b.outputBytes), Value::integer(0), Value::integer(0),
                                 Value::integer(1000), Value::integer(1000), Value::integer(100), Value::integer(100), Value::integer(10),
                                 Value::integer(b.metaTurnId), Value::integer(b.dataTurnId), Value::integer(b.result), Value::text(QString()),
                                 Value::text(b.encryptionMode ? QStringLiteral("PASSWORD") : QStringLiteral("NONE")),
                                 // CDB_OB_BACKUP_SET_FILES shows the password column; obsim never repeats a secret.
                                 Value::text(b.passwd.isEmpty() ? QString() : QStringLiteral("******")),
                                 Value::text(ObVersion::fromCalcVersion(b.tenantCompatible).value_or(ObVersion()).toString()),
                                 Value::text(QString::number(b.backupCompatible)), Value::text(pathOf(d.uri))};
                if (m_profile.version >= ObVersion(4, 1))
                    row << Value::text(ObVersion::fromCalcVersion(b.clusterVersion).value_or(ObVersion()).toString());
                if (m_profile.version >= ObVersion(4, 2, 1))
                    row << Value::integer(qint64(b.consistentScn.isValid() ? b.consistentScn.value() : 0)) << Value::integer(1) << Value::integer(1);
                m_sql.exec(insertInto(QStringLiteral("CDB_OB_BACKUP_SET_FILES"), row.size()), row);
            }
        }
        for (const ArchiveDestEntry &a : tenant.archiveDests) {
            const qint64 destNo = 0;
            for (const auto &[name, value] : QList<QPair<QString, QString>>{{QStringLiteral("path"), destStringOf(a.uri)},
                                                                            {QStringLiteral("dest_id"), QString::number(a.format.destId)},
                                                                            {QStringLiteral("binding"), QStringLiteral("OPTIONAL")},
                                                                            {QStringLiteral("piece_switch_interval"), QStringLiteral("1d")},
                                                                            {QStringLiteral("state"), QStringLiteral("ENABLE")}})
                m_sql.exec(insertInto(QStringLiteral("CDB_OB_ARCHIVE_DEST"), 4),
                           {Value::integer(tenant.tenantId), Value::integer(destNo), Value::text(name), Value::text(value)});
            m_sql.exec(insertInto(QStringLiteral("CDB_OB_BACKUP_PARAMETER"), 3),
                       {Value::integer(tenant.tenantId), Value::text(QStringLiteral("log_archive_dest")), Value::text(QStringLiteral("LOCATION=") + destStringOf(a.uri))});
            addStorageInfo(tenant.tenantId, a.uri, a.format.destId, 2);
            QMap<qint64, QPair<quint64, quint64>> rounds; // round → (start, checkpoint)
            bool active = false;
            for (const PieceEntry &p : a.pieces) {
                if (p.source == PieceEntry::Source::Empty || p.source == PieceEntry::Source::NotRead)
                    continue;
                active = active || p.source == PieceEntry::Source::Active;
                const PieceAttr &x = p.attr;
                auto &r = rounds[x.roundId];
                r.first = r.first == 0 ? x.startScn.value() : qMin(r.first, x.startScn.value());
                r.second = qMax(r.second, x.checkpointScn.value());
                QList<Value> row{Value::integer(tenant.tenantId), Value::integer(x.destId), Value::integer(x.roundId), Value::integer(x.pieceId),
                                 Value::integer(x.incarnation), Value::integer(destNo), Value::text(pieceStatusName(x.status)),
                                 Value::integer(qint64(x.startScn.value())), Value::text(scnDisplay(x.startScn.value(), QTimeZone::utc())),
                                 Value::integer(qint64(x.checkpointScn.value())), Value::text(scnDisplay(x.checkpointScn.value(), QTimeZone::utc())),
                                 Value::integer(qint64(x.maxScn.value())), Value::integer(qint64(x.endScn.value()))};
                if (m_profile.version >= ObVersion(4, 1))
                    row << Value::text(scnDisplay(x.endScn.value(), QTimeZone::utc()));
                row << Value::text(QString::number(x.compatible)) << Value::integer(1) << Value::text(QStringLiteral("none"))
                    << Value::integer(x.inputBytes) << Value::text(bytesDisplay(x.inputBytes)) << Value::integer(x.outputBytes)
                    << Value::text(bytesDisplay(x.outputBytes)) << Value::text(QStringLiteral("1.00"))
                    << Value::text(fileStatusName(x.fileStatus)) << Value::text(pathOf(a.uri));
                m_sql.exec(insertInto(QStringLiteral("CDB_OB_ARCHIVELOG_PIECE_FILES"), row.size()), row);
            }
            for (auto it = rounds.cbegin(); it != rounds.cend(); ++it) {
                const bool last = it == std::prev(rounds.cend());
                QList<Value> row{Value::integer(tenant.tenantId), Value::integer(a.format.destId), Value::integer(it.key()), Value::integer(1),
                                 Value::integer(destNo), Value::text(last && active ? QStringLiteral("DOING") : QStringLiteral("STOP")),
                                 Value::integer(qint64(it->first)), Value::text(scnDisplay(it->first, QTimeZone::utc())),
                                 Value::integer(qint64(it->second)), Value::text(scnDisplay(it->second, QTimeZone::utc())), Value::text(QStringLiteral("1")),
                                 Value::integer(1), Value::integer(1), Value::integer(86400000000), Value::integer(1),
                                 Value::text(QStringLiteral("none")), Value::integer(0), Value::text(QStringLiteral("0.00MB")),
                                 Value::integer(0), Value::text(QStringLiteral("0.00MB")), Value::text(QStringLiteral("1.00")), Value::integer(0),
                                 Value::text(QStringLiteral("0.00MB")), Value::integer(0), Value::text(QStringLiteral("0.00MB")),
                                 Value::text(QString()), Value::text(pathOf(a.uri))};
                m_sql.exec(insertInto(QStringLiteral("CDB_OB_ARCHIVELOG"), row.size()), row);
            }
        }
    }
}

ObVersion ObCluster::tenantCompatible(qint64 tenantId)
{
    // A meta tenant follows its user tenant unless it has a value of its own.
    for (qint64 id : {tenantId, tenantId % 2 == 1 && tenantId > 1000 ? tenantId + 1 : tenantId}) {
        SqlError e;
        const auto v = m_sql.query(QStringLiteral("SELECT value FROM main.obsim_parameters WHERE name = 'compatible' AND tenant_id = ?"),
                                   {Value::integer(id)}, &e);
        if (v && !v->rows.isEmpty())
            if (const auto parsed = ObVersion::parse(QString::fromUtf8(v->rows[0][0].toText())))
                return *parsed;
    }
    return m_profile.version;
}

void ObCluster::refreshParameters()
{
    const QString table = QStringLiteral("GV$OB_PARAMETERS");
    m_sql.exec(QStringLiteral("DELETE FROM oceanbase.\"%1\"").arg(table));
    struct P
    {
        QString name;
        QString value;
        QString type;
        QString info;
    };
    QList<P> params{{QStringLiteral("min_observer_version"), m_profile.version.toString(), QStringLiteral("VERSION"),
                     QStringLiteral("the min observer version")},
                    {QStringLiteral("cluster"), m_options.clusterName, QStringLiteral("STRING"), QStringLiteral("Name of the cluster")},
                    {QStringLiteral("cluster_id"), QString::number(m_options.clusterId), QStringLiteral("INT"), QStringLiteral("ID of the cluster")},
                    {QStringLiteral("__min_full_resource_pool_memory"), QStringLiteral("5368709120"), QStringLiteral("INT"),
                     QStringLiteral("the min memory value which is specified for a full resource pool.")}};
    if (m_profile.needsRestoreConcurrency)
        params.append({QStringLiteral("restore_concurrency"), QStringLiteral("0"), QStringLiteral("INT"),
                       QStringLiteral("the current work thread num of restore macro block.")});
    if (!m_profile.v3)
        params.append({QStringLiteral("enable_upgrade_mode"), QStringLiteral("False"), QStringLiteral("BOOL"),
                       QStringLiteral("specifies whether upgrade mode is turned on.")});
    SqlError e;
    const auto overrides = m_sql.query(QStringLiteral("SELECT name, value FROM main.obsim_parameters WHERE tenant_id = 1"), {}, &e);
    for (P &p : params) {
        for (const auto &row : overrides ? overrides->rows : QList<QList<Value>>{}) {
            if (QString::fromUtf8(row[0].toText()) == p.name)
                p.value = QString::fromUtf8(row[1].toText());
        }
    }
    for (int z = 1; z <= 3; ++z) {
        for (const P &p : params)
            m_sql.exec(insertInto(table, 11),
                       {Value::text(QStringLiteral("127.0.0.%1").arg(z)), Value::integer(kRpcPort), Value::text(QStringLiteral("zone%1").arg(z)),
                        Value::text(QStringLiteral("CLUSTER")), Value::null(), Value::text(p.name), Value::text(p.type),
                        Value::text(p.value), Value::text(p.info), Value::text(QStringLiteral("OBSERVER")),
                        Value::text(QStringLiteral("DYNAMIC_EFFECTIVE"))});
    }
    // Tenant-level `compatible` (the data version) for every tenant and, from 4.x, every user tenant's meta tenant
    // (id − 1): the cluster's version unless the scenario gave one (obsim_parameters, name 'compatible').
    SqlError err;
    const auto tenants = m_sql.query(m_profile.v3 ? QStringLiteral("SELECT tenant_id FROM oceanbase.__all_tenant")
                                                  : QStringLiteral("SELECT TENANT_ID FROM oceanbase.DBA_OB_TENANTS"),
                                     {}, &err);
    QList<qint64> ids;
    for (const auto &row : tenants ? tenants->rows : QList<QList<Value>>{}) {
        ids << row[0].toInt();
        if (!m_profile.v3 && row[0].toInt() > 1000)
            ids << row[0].toInt() - 1;
    }
    for (qint64 id : std::as_const(ids))
        m_sql.exec(insertInto(table, 11),
                   {Value::text(kIp), Value::integer(kRpcPort), Value::text(QStringLiteral("zone1")), Value::text(QStringLiteral("TENANT")),
                    Value::integer(id), Value::text(QStringLiteral("compatible")), Value::text(QStringLiteral("VERSION")),
                    Value::text(tenantCompatible(id).toString()), Value::text(QStringLiteral("compatible version for persisted data")),
                    Value::text(QStringLiteral("TENANT")), Value::text(QStringLiteral("DYNAMIC_EFFECTIVE"))});
}

bool ObCluster::loadScenario(const QString &file, QString *error)
{
    // {"cluster_name": "prod", "cluster_id": 1, "zones": ["z1", …],
    //  "servers": [{"ip": "10.0.0.1", "zone": "z1", "cpu": 32, "memory_gb": 128, "log_disk_gb": 1024}],
    //  "unit_configs": [{"name": "u", "max_cpu": 4, "memory": "8G", "log_disk": "24G"}],
    //  "pools": [{"name": "p", "unit": "u", "unit_num": 1, "zones": ["z1"]}],
    //  "tenants": [{"name": "t", "pools": ["p"], "mode": "MYSQL", "role": "PRIMARY",
    //               "databases": {"app": ["customers"]}, "recyclebin": [{"object": "__recycle_$_…", "original": "orders", "database": "app"}]}],
    //  "backup_schemas": {"mysql_tenant": {"app": ["orders", "customers"]}}, "backup_roots": ["/backup"]}
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        *error = pe.errorString();
        return false;
    }
    if (o.contains(u"cluster_name"))
        m_options.clusterName = o.value(u"cluster_name").toString();
    if (o.contains(u"cluster_id"))
        m_options.clusterId = o.value(u"cluster_id").toInteger();
    if (m_profile.v3)
        return true;
    const QString t = nowText();
    const QJsonArray servers = o.value(u"servers").toArray();
    if (!servers.isEmpty()) {
        for (const char *table : {"DBA_OB_ZONES", "DBA_OB_SERVERS", "GV$OB_SERVERS"})
            m_sql.exec(QStringLiteral("DELETE FROM oceanbase.\"%1\"").arg(QLatin1StringView(table)));
        QStringList zones;
        for (const auto &z : o.value(u"zones").toArray())
            zones << z.toString();
        int id = 0;
        for (const auto &sv : servers) {
            const QJsonObject sj = sv.toObject();
            const QString zone = sj.value(u"zone").toString();
            if (!zones.contains(zone))
                zones << zone;
            const QString ip = sj.value(u"ip").toString();
            const double cpu = sj.value(u"cpu").toDouble(32);
            const qint64 mem = qint64(sj.value(u"memory_gb").toDouble(128) * double(kGiB));
            QList<Value> server{Value::text(ip), Value::integer(kRpcPort), Value::integer(++id), Value::text(zone), Value::integer(2881),
                                Value::text(id == 1 ? QStringLiteral("YES") : QStringLiteral("NO")), Value::text(QStringLiteral("ACTIVE")),
                                Value::text(t), Value::null(), Value::null(), Value::text(t), Value::text(t),
                                Value::text(m_profile.version.toString() + QStringLiteral("_100000012024090210-obsim(Sep  2 2024 10:00:00)"))};
            if (m_profile.version >= ObVersion(4, 2))
                server.append(Value::null());
            m_sql.exec(insertInto(QStringLiteral("DBA_OB_SERVERS"), server.size()), server);
            QList<Value> gv{Value::text(ip), Value::integer(kRpcPort), Value::text(zone), Value::integer(2881), Value::real(cpu), Value::real(cpu),
                            Value::real(0), Value::real(0), Value::integer(mem), Value::integer(0),
                            Value::integer(qint64(sj.value(u"log_disk_gb").toDouble(1024) * double(kGiB))), Value::integer(0), Value::integer(0),
                            Value::integer(4096 * kGiB), Value::integer(0), Value::text(QStringLiteral("NORMAL")), Value::integer(mem),
                            Value::null(), Value::null()};
            if (m_profile.version >= ObVersion(4, 2))
                gv.append(Value::integer(0));
            if (m_profile.version >= ObVersion(4, 3, 3))
                gv.append(Value::integer(0));
            m_sql.exec(insertInto(QStringLiteral("GV$OB_SERVERS"), gv.size()), gv);
        }
        for (const QString &zone : std::as_const(zones))
            m_sql.exec(QStringLiteral("INSERT INTO oceanbase.DBA_OB_ZONES VALUES (?, ?, ?, 'ACTIVE', 'idc1', 'sys_region', 'ReadWrite')"),
                       {Value::text(zone), Value::text(t), Value::text(t)});
    }
    // Unit configs, pools and tenants through the statements themselves, so they obey the same checks.
    Session setup;
    setup.admin = true;
    auto quoted = [](const QJsonArray &a) {
        QStringList out;
        for (const auto &v : a)
            out << QStringLiteral("'%1'").arg(v.toString());
        return out.join(u',');
    };
    for (const auto &uv : o.value(u"unit_configs").toArray()) {
        const QJsonObject u = uv.toObject();
        const auto r = execute(setup, QStringLiteral("CREATE RESOURCE UNIT %1 MAX_CPU %2, MEMORY_SIZE '%3', LOG_DISK_SIZE '%4'")
                                          .arg(u.value(u"name").toString()).arg(u.value(u"max_cpu").toDouble(4))
                                          .arg(u.value(u"memory").toString(QStringLiteral("8G")), u.value(u"log_disk").toString(QStringLiteral("24G"))));
        if (r.error) {
            *error = r.error->message;
            return false;
        }
    }
    for (const auto &pv : o.value(u"pools").toArray()) {
        const QJsonObject p = pv.toObject();
        const auto r = execute(setup, QStringLiteral("CREATE RESOURCE POOL %1 UNIT = '%2', UNIT_NUM = %3, ZONE_LIST = (%4)")
                                          .arg(p.value(u"name").toString(), p.value(u"unit").toString())
                                          .arg(p.value(u"unit_num").toInt(1)).arg(quoted(p.value(u"zones").toArray())));
        if (r.error) {
            *error = r.error->message;
            return false;
        }
    }
    qint64 nextTenant = 1002;
    for (const auto &tv : o.value(u"tenants").toArray()) {
        const QJsonObject tj = tv.toObject();
        while (m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_ID = ?"), {Value::integer(nextTenant)}))
            nextTenant += 2;
        QList<Value> row{Value::integer(nextTenant), Value::text(tj.value(u"name").toString()), Value::text(QStringLiteral("USER")), Value::text(t),
                         Value::text(t), Value::text(QStringLiteral("RANDOM")), Value::text(QStringLiteral("FULL{1}@zone1")), Value::null(),
                         Value::text(tj.value(u"mode").toString(QStringLiteral("MYSQL")).toUpper()), Value::text(QStringLiteral("NORMAL")),
                         Value::text(QStringLiteral("NO")), Value::text(QStringLiteral("NO"))};
        if (m_profile.tenantColumnsLevel >= 1)
            row << Value::text(tj.value(u"role").toString(QStringLiteral("PRIMARY")).toUpper()) << Value::text(QStringLiteral("NORMAL")) << Value::integer(0) << Value::null()
                << Value::null() << Value::null() << Value::null() << Value::text(QStringLiteral("NOARCHIVELOG")) << Value::text(QStringLiteral("DISABLED"));
        if (m_profile.tenantColumnsLevel >= 2)
            row << Value::integer(1) << Value::text(m_profile.version.toString()) << Value::integer(1001);
        if (m_profile.tenantColumnsLevel >= 3)
            row << Value::text(QStringLiteral("NORMAL"));
        m_sql.exec(insertInto(QStringLiteral("DBA_OB_TENANTS"), row.size()), row);
        if (tj.contains(u"lower_case_table_names"))
            setTenantVariable(nextTenant, QStringLiteral("lower_case_table_names"), QString::number(tj.value(u"lower_case_table_names").toInt()));
        // A data version (COMPATIBLE) of its own, and of its meta tenant (id − 1), as after a binary upgrade whose
        // tenants were not upgraded yet: {"compatible": "4.2.0.0", "meta_compatible": "4.2.0.0"}.
        for (const auto &[key, id] : {std::pair{QStringLiteral("compatible"), nextTenant}, std::pair{QStringLiteral("meta_compatible"), nextTenant - 1}}) {
            if (tj.contains(key))
                m_sql.exec(QStringLiteral("INSERT INTO main.obsim_parameters VALUES ('compatible', ?, ?, 'VERSION', '')"),
                           {Value::integer(id), Value::text(tj.value(key).toString())});
        }
        // Its schema as the sys tenant sees it, and its recycle bin (docs/recover-table.md §4).
        const QJsonObject databases = tj.value(u"databases").toObject();
        qint64 dbId = 500001;
        qint64 tableId = 500101;
        for (auto it = databases.begin(); it != databases.end(); ++it) {
            m_sql.exec(QStringLiteral("INSERT INTO oceanbase.__all_virtual_database VALUES (?, ?, ?)"),
                       {Value::integer(nextTenant), Value::integer(dbId++), Value::text(it.key())});
            for (const auto &table : it.value().toArray())
                m_sql.exec(QStringLiteral("INSERT INTO oceanbase.CDB_OB_TABLE_LOCATIONS VALUES (?, ?, ?, ?, 'USER TABLE')"),
                           {Value::integer(nextTenant), Value::text(it.key()), Value::text(table.toString()), Value::integer(tableId++)});
        }
        for (const auto &rv : tj.value(u"recyclebin").toArray()) {
            const QJsonObject r = rv.toObject();
            m_sql.exec(QStringLiteral("INSERT INTO oceanbase.__all_virtual_recyclebin VALUES (?, ?, ?, 1, "
                                      "(SELECT database_id FROM oceanbase.__all_virtual_database WHERE tenant_id = ? AND database_name = ?), ?)"),
                       {Value::integer(nextTenant), Value::text(r.value(u"object").toString()), Value::text(r.value(u"original").toString()),
                        Value::integer(nextTenant), Value::text(r.value(u"database").toString()), Value::integer(tableId++)});
        }
        for (const auto &pool : tj.value(u"pools").toArray()) {
            m_sql.exec(QStringLiteral("UPDATE oceanbase.DBA_OB_RESOURCE_POOLS SET TENANT_ID = ? WHERE NAME = ?"), {Value::integer(nextTenant), Value::text(pool.toString())});
            m_sql.exec(QStringLiteral("UPDATE oceanbase.DBA_OB_UNITS SET TENANT_ID = ? WHERE RESOURCE_POOL_ID = (SELECT RESOURCE_POOL_ID FROM oceanbase.DBA_OB_RESOURCE_POOLS WHERE NAME = ?)"),
                       {Value::integer(nextTenant), Value::text(pool.toString())});
        }
    }
    // {"backup_lower_case_table_names": {"<backed-up tenant>": 0}}: what a restore of it (the auxiliary tenant of a
    // table recovery) carries; 1 otherwise.
    const QJsonObject caseModes = o.value(u"backup_lower_case_table_names").toObject();
    for (auto it = caseModes.begin(); it != caseModes.end(); ++it)
        m_backupCaseModes.insert(it.key(), it.value().toInt());
    // {"backup_schemas": {"<backed-up tenant>": {"<database>": ["<table>", …]}}}
    const QJsonObject schemas = o.value(u"backup_schemas").toObject();
    for (auto ts = schemas.begin(); ts != schemas.end(); ++ts) {
        const QJsonObject dbs = ts.value().toObject();
        for (auto d = dbs.begin(); d != dbs.end(); ++d) {
            for (const auto &table : d.value().toArray())
                m_sql.exec(QStringLiteral("INSERT INTO main.obsim_backup_tables VALUES (?, ?, ?)"),
                           {Value::text(ts.key()), Value::text(d.key()), Value::text(table.toString())});
        }
    }
    for (const auto &r : o.value(u"backup_roots").toArray())
        registerBackups(r.toString());
    return true;
}

namespace util {

QTimeZone sessionZone(const Session &s)
{
    const QString tz = s.systemVariables.value(QStringLiteral("time_zone"), QStringLiteral("+08:00"));
    if (tz.compare(u"SYSTEM", Qt::CaseInsensitive) == 0)
        return QTimeZone::systemTimeZone();
    return obrestore::parseTimeZone(tz).value_or(QTimeZone(8 * 3600));
}

QString scnDisplay(quint64 scn, const QTimeZone &zone)
{
    return scn <= 1 ? QString() : obrestore::Scn(scn).toLocalString(zone);
}

bool isValidTimeZone(const QString &value)
{
    // What sessionZone() can read (the core's parser), with the server's bounds on an offset.
    if (value.compare(u"SYSTEM", Qt::CaseInsensitive) == 0)
        return true;
    const auto zone = obrestore::parseTimeZone(value);
    if (!zone)
        return false;
    if (!value.startsWith(u'+') && !value.startsWith(u'-'))
        return true;
    const int seconds = zone->offsetFromUtc(QDateTime::currentDateTimeUtc());
    return seconds >= -(12 * 3600 + 59 * 60) && seconds <= 13 * 3600;
}

} // namespace util

} // namespace obsim
