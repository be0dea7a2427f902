#include "clusterinventory.h"

namespace obrestore {

namespace {

// Column access by name (Session::Rows::value): the views' columns differ between versions.
using Table = Session::Rows;

} // namespace

const ClusterInventoryData::UnitConfig *ClusterInventoryData::unitConfig(const QString &name) const
{
    for (const UnitConfig &u : unitConfigs) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

const ClusterInventoryData::Pool *ClusterInventoryData::pool(const QString &name) const
{
    for (const Pool &p : pools) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

bool ClusterInventoryData::hasTenant(const QString &name) const
{
    return std::any_of(tenants.cbegin(), tenants.cend(), [&](const Tenant &t) { return t.name.compare(name, Qt::CaseInsensitive) == 0; });
}

std::optional<ObVersion> ClusterInventory::readVersion(Session &target, QString *versionText, ServerError *error)
{
    // ob_version() exists in 4.x and enterprise 3.2.3+, not in 3.1.x CE; version() and @@version_comment always.
    for (const char *sql : {"SELECT ob_version()", "SELECT version()", "SELECT @@version_comment"}) {
        ServerError e;
        const auto r = target.read(QString::fromLatin1(sql), {}, &e);
        if (!r) {
            if (e.isConnectionProblem() || e.kind == ServerError::Kind::AccessDenied || e.kind == ServerError::Kind::Driver || e.kind == ServerError::Kind::Tls) {
                if (error)
                    *error = e;
                return std::nullopt;
            }
            continue;
        }
        const QString text = r->rows.value(0).value(0).toString();
        if (const auto v = ObVersion::parse(text)) {
            if (versionText)
                *versionText = text;
            return v;
        }
    }
    if (error)
        *error = classifyServerError(0, QString(), QStringLiteral("the server does not report an OceanBase version"), false);
    return std::nullopt;
}

std::optional<ClusterInventoryData> ClusterInventory::read(Session &target, ServerError *error)
{
    ClusterInventoryData inv;
    const auto version = readVersion(target, &inv.versionText, error);
    if (!version)
        return std::nullopt;
    inv.version = *version;
    {
        ServerError e;
        const auto comment = target.read(QStringLiteral("SELECT @@version_comment"), {}, &e);
        if (comment && !comment->rows.isEmpty()) {
            const QString text = comment->rows.value(0).value(0).toString();
            inv.communityEdition = text.contains(QLatin1StringView("OceanBase_CE"), Qt::CaseInsensitive)
                || text.contains(QLatin1StringView("OceanBase CE"), Qt::CaseInsensitive); // 3.x writes a space
        } else if (e.isConnectionProblem()) {
            if (error)
                *error = e;
            return std::nullopt;
        }
    }
    auto table = [&](const QString &sql) -> std::optional<Table> {
        auto rows = target.read(sql, {}, error);
        if (!rows)
            return std::nullopt;
        return *rows;
    };
    const auto params = table(QStringLiteral("SELECT NAME, VALUE FROM oceanbase.GV$OB_PARAMETERS WHERE NAME IN "
                                             "('cluster', 'cluster_id', '__min_full_resource_pool_memory', 'restore_concurrency')"));
    if (!params)
        return std::nullopt;
    for (const QVariantList &row : params->rows) {
        const QString name = params->value(row, "NAME").toString();
        const QVariant value = params->value(row, "VALUE");
        if (name == u"cluster")
            inv.clusterName = value.toString();
        else if (name == u"cluster_id")
            inv.clusterId = value.toLongLong();
        else if (name == u"restore_concurrency")
            inv.restoreConcurrency = value.toInt();
        else
            inv.minFullPoolMemory = value.toLongLong();
    }

    if (inv.version.major() < 4) {
        // 3.x inner tables (SRC@3.1.5).
        const auto tenants = table(QStringLiteral("SELECT TENANT_ID, TENANT_NAME, STATUS FROM oceanbase.__all_tenant ORDER BY TENANT_ID"));
        const auto servers = tenants ? table(QStringLiteral("SELECT SVR_IP, SVR_PORT, ZONE FROM oceanbase.__all_server ORDER BY ZONE, SVR_IP")) : std::nullopt;
        const auto units = servers ? table(QStringLiteral("SELECT NAME, MAX_CPU, MIN_CPU, MAX_MEMORY FROM oceanbase.__all_unit_config ORDER BY NAME")) : std::nullopt;
        const auto pools = units ? table(QStringLiteral("SELECT p.NAME, p.TENANT_ID, p.UNIT_COUNT, p.ZONE_LIST, u.NAME AS UNIT_NAME FROM oceanbase.__all_resource_pool p "
                                                        "LEFT JOIN oceanbase.__all_unit_config u ON u.UNIT_CONFIG_ID = p.UNIT_CONFIG_ID ORDER BY p.NAME"))
                                 : std::nullopt;
        if (!pools)
            return std::nullopt;
        for (const QVariantList &row : tenants->rows)
            inv.tenants.append({tenants->value(row, "TENANT_ID").toLongLong(), tenants->value(row, "TENANT_NAME").toString(),
                                QStringLiteral("USER"), tenants->value(row, "STATUS").toString(), QString(),
                                tenants->value(row, "COMPATIBILITY_MODE").toInt() == 1 ? QStringLiteral("ORACLE") : QStringLiteral("MYSQL"),
                                std::nullopt});
        for (const QVariantList &row : servers->rows) {
            ClusterInventoryData::Server s;
            s.ip = servers->value(row, "SVR_IP").toString();
            s.port = servers->value(row, "SVR_PORT").toInt();
            s.zone = servers->value(row, "ZONE").toString();
            inv.servers.append(s);
            if (!inv.zones.contains(s.zone))
                inv.zones << s.zone;
        }
        for (const QVariantList &row : units->rows)
            inv.unitConfigs.append({units->value(row, "NAME").toString(), units->value(row, "MAX_CPU").toDouble(),
                                    units->value(row, "MIN_CPU").toDouble(), units->value(row, "MAX_MEMORY").toLongLong(), 0});
        for (const QVariantList &row : pools->rows)
            inv.pools.append({pools->value(row, "NAME").toString(), pools->value(row, "TENANT_ID").toLongLong(),
                              pools->value(row, "UNIT_COUNT").toInt(), pools->value(row, "UNIT_NAME").toString(),
                              pools->value(row, "ZONE_LIST").toString().split(u';', Qt::SkipEmptyParts)});
        return inv;
    }

    const auto tenants = table(QStringLiteral("SELECT * FROM oceanbase.DBA_OB_TENANTS ORDER BY TENANT_ID"));
    const auto zones = tenants ? table(QStringLiteral("SELECT ZONE FROM oceanbase.DBA_OB_ZONES ORDER BY ZONE")) : std::nullopt;
    const auto servers = zones ? table(QStringLiteral("SELECT SVR_IP, SVR_PORT, ZONE, CPU_CAPACITY, CPU_ASSIGNED, MEM_CAPACITY, MEM_ASSIGNED, "
                                                      "LOG_DISK_CAPACITY, LOG_DISK_ASSIGNED, DATA_DISK_CAPACITY, DATA_DISK_IN_USE FROM oceanbase.GV$OB_SERVERS "
                                                      "ORDER BY ZONE, SVR_IP"))
                               : std::nullopt;
    const auto units = servers ? table(QStringLiteral("SELECT NAME, MAX_CPU, MIN_CPU, MEMORY_SIZE, LOG_DISK_SIZE FROM oceanbase.DBA_OB_UNIT_CONFIGS ORDER BY NAME"))
                               : std::nullopt;
    const auto pools = units ? table(QStringLiteral("SELECT p.NAME, p.TENANT_ID, p.UNIT_COUNT, p.ZONE_LIST, u.NAME AS UNIT_NAME FROM oceanbase.DBA_OB_RESOURCE_POOLS p "
                                                    "LEFT JOIN oceanbase.DBA_OB_UNIT_CONFIGS u ON u.UNIT_CONFIG_ID = p.UNIT_CONFIG_ID ORDER BY p.NAME"))
                             : std::nullopt;
    if (!pools)
        return std::nullopt;
    for (const QVariantList &row : tenants->rows)
        inv.tenants.append({tenants->value(row, "TENANT_ID").toLongLong(), tenants->value(row, "TENANT_NAME").toString(),
                            tenants->value(row, "TENANT_TYPE").toString(), tenants->value(row, "STATUS").toString(),
                            tenants->value(row, "TENANT_ROLE").toString(), // TENANT_ROLE: 4.1+
                            tenants->value(row, "COMPATIBILITY_MODE").toString(), std::nullopt});
    {
        // Each tenant's name case mode; a build or a user that cannot read it leaves it unknown (not an error).
        ServerError ve;
        const auto lctn = target.read(QStringLiteral("SELECT TENANT_ID, VALUE FROM oceanbase.CDB_OB_SYS_VARIABLES WHERE NAME = 'lower_case_table_names'"),
                                      {}, &ve, 0);
        if (ve.isConnectionProblem()) {
            *error = ve;
            return std::nullopt;
        }
        for (const QVariantList &row : lctn ? lctn->rows : QList<QVariantList>{}) {
            bool ok = false;
            const int v = row.value(1).toString().trimmed().toInt(&ok);
            for (ClusterInventoryData::Tenant &t : inv.tenants) {
                if (ok && t.id == row.value(0).toLongLong())
                    t.lowerCaseTableNames = v;
            }
        }
    }
    for (const QVariantList &row : zones->rows)
        inv.zones << zones->value(row, "ZONE").toString();
    for (const QVariantList &row : servers->rows) {
        ClusterInventoryData::Server s;
        s.ip = servers->value(row, "SVR_IP").toString();
        s.port = servers->value(row, "SVR_PORT").toInt();
        s.zone = servers->value(row, "ZONE").toString();
        s.cpuCapacity = servers->value(row, "CPU_CAPACITY").toDouble();
        s.cpuAssigned = servers->value(row, "CPU_ASSIGNED").toDouble();
        s.memoryCapacity = servers->value(row, "MEM_CAPACITY").toLongLong();
        s.memoryAssigned = servers->value(row, "MEM_ASSIGNED").toLongLong();
        s.logDiskCapacity = servers->value(row, "LOG_DISK_CAPACITY").toLongLong();
        s.logDiskAssigned = servers->value(row, "LOG_DISK_ASSIGNED").toLongLong();
        s.dataDiskCapacity = servers->value(row, "DATA_DISK_CAPACITY").toLongLong();
        s.dataDiskInUse = servers->value(row, "DATA_DISK_IN_USE").toLongLong();
        s.resourcesKnown = true;
        inv.servers.append(s);
    }
    for (const QVariantList &row : units->rows)
        inv.unitConfigs.append({units->value(row, "NAME").toString(), units->value(row, "MAX_CPU").toDouble(), units->value(row, "MIN_CPU").toDouble(),
                                units->value(row, "MEMORY_SIZE").toLongLong(), units->value(row, "LOG_DISK_SIZE").toLongLong()});
    for (const QVariantList &row : pools->rows)
        inv.pools.append({pools->value(row, "NAME").toString(), pools->value(row, "TENANT_ID").toLongLong(), pools->value(row, "UNIT_COUNT").toInt(),
                          pools->value(row, "UNIT_NAME").toString(), pools->value(row, "ZONE_LIST").toString().split(u';', Qt::SkipEmptyParts)});
    return inv;
}

const ClusterInventoryData::Tenant *ClusterInventoryData::tenant(const QString &name) const
{
    for (const Tenant &t : tenants) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

bool RecoverTargetFacts::hasDatabase(const QString &db, bool oracle) const
{
    return std::any_of(databases.cbegin(), databases.cend(),
                       [&](const QString &d) { return d.compare(db, oracle ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0; });
}

bool RecoverTargetFacts::hasTable(const QString &db, const QString &table, bool oracle) const
{
    const Qt::CaseSensitivity cs = oracle ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return std::any_of(tables.cbegin(), tables.cend(),
                       [&](const auto &t) { return t.first.compare(db, cs) == 0 && t.second.compare(table, cs) == 0; });
}

std::optional<RecoverTargetFacts> RecoverTargetFacts::read(Session &session, const ObVersion &version, qint64 tenantId, ServerError *error)
{
    RecoverTargetFacts f;
    f.tenantId = tenantId;
    // Running recoveries: the sys jobs (4.2.1+). A failure here is the connection's, and ends the read.
    if (version >= ObVersion(4, 2, 1)) {
        const auto running = session.read(QStringLiteral("SELECT TARGET_TENANT_NAME FROM oceanbase.CDB_OB_RECOVER_TABLE_JOBS WHERE TENANT_ID = 1"), {}, error);
        if (!running)
            return std::nullopt;
        for (const QVariantList &r : running->rows)
            f.runningRecoveries << r.value(0).toString();
    }
    // Data versions and upgrade mode (GV$OB_PARAMETERS, 4.0+): failures leave them unknown, the pre-check says so.
    {
        ServerError pe;
        const auto compat = session.read(QStringLiteral("SELECT TENANT_ID, VALUE FROM oceanbase.GV$OB_PARAMETERS WHERE NAME = 'compatible' "
                                                        "AND TENANT_ID IN (1, ?, ?)"),
                                         {tenantId - 1, tenantId}, &pe, 0);
        if (pe.isConnectionProblem()) {
            *error = pe;
            return std::nullopt;
        }
        for (const QVariantList &r : compat ? compat->rows : QList<QVariantList>{}) {
            const auto v = ObVersion::parse(r.value(1).toString());
            const qint64 id = r.value(0).toLongLong();
            if (!v)
                continue;
            // Several servers list the same tenant: the lowest is what GET_MIN_DATA_VERSION sees.
            std::optional<ObVersion> &slot = id == 1 ? f.sysCompatible : id == tenantId ? f.targetCompatible : f.metaCompatible;
            if (!slot || *v < *slot)
                slot = v;
        }
        const auto upgrade = session.read(QStringLiteral("SELECT VALUE FROM oceanbase.GV$OB_PARAMETERS WHERE NAME = 'enable_upgrade_mode'"), {}, &pe, 0);
        if (pe.isConnectionProblem()) {
            *error = pe;
            return std::nullopt;
        }
        if (upgrade && !upgrade->rows.isEmpty()) {
            f.upgrading = false;
            for (const QVariantList &r : upgrade->rows)
                f.upgrading = *f.upgrading || QStringList{QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("on")}.contains(r.value(0).toString().toLower());
        }
    }
    {
        ServerError ve;
        const auto lctn = session.read(QStringLiteral("SELECT VALUE FROM oceanbase.CDB_OB_SYS_VARIABLES WHERE TENANT_ID = ? AND NAME = 'lower_case_table_names'"),
                                       {tenantId}, &ve, 0);
        if (ve.isConnectionProblem()) {
            *error = ve;
            return std::nullopt;
        }
        bool ok = false;
        const int v = lctn && !lctn->rows.isEmpty() ? lctn->rows.first().value(0).toString().trimmed().toInt(&ok) : 0;
        if (ok)
            f.lowerCaseTableNames = v;
    }
    // The user tenant's schema, as far as the sys tenant sees it: __all_virtual_database and CDB_OB_TABLE_LOCATIONS
    // (UNCONFIRMED that every build lets the sys tenant read both; when one cannot be read, the check says so).
    ServerError e;
    const auto dbs = session.read(QStringLiteral("SELECT database_name FROM oceanbase.__all_virtual_database WHERE tenant_id = ?"), {tenantId}, &e, 0);
    const auto tables = dbs ? session.read(QStringLiteral("SELECT DISTINCT DATABASE_NAME, TABLE_NAME FROM oceanbase.CDB_OB_TABLE_LOCATIONS WHERE TENANT_ID = ?"),
                                           {tenantId}, &e, 0)
                            : std::nullopt;
    if (e.isConnectionProblem()) {
        *error = e;
        return std::nullopt;
    }
    if (dbs && tables) {
        f.schemaRead = true;
        for (const QVariantList &r : dbs->rows)
            f.databases << r.value(0).toString();
        for (const QVariantList &r : tables->rows)
            f.tables.append({r.value(0).toString(), r.value(1).toString()});
    } else {
        f.schemaError = e.toString();
    }
    // The recycle bin (type 1 = a table, ObRecycleObject::TABLE; UNCONFIRMED for every version).
    e = {};
    const auto bin = session.read(QStringLiteral("SELECT r.object_name, r.original_name, d.database_name FROM oceanbase.__all_virtual_recyclebin r "
                                                 "LEFT JOIN oceanbase.__all_virtual_database d ON d.tenant_id = r.tenant_id AND d.database_id = r.database_id "
                                                 "WHERE r.tenant_id = ? AND r.type = 1"),
                                  {tenantId}, &e, 0);
    if (e.isConnectionProblem()) {
        *error = e;
        return std::nullopt;
    }
    if (bin) {
        f.recyclebinRead = true;
        for (const QVariantList &r : bin->rows)
            f.recycled.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString()});
    } else {
        f.recyclebinError = e.toString();
    }
    return f;
}

} // namespace obrestore
