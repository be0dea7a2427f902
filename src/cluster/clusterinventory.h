#pragma once

#include "common/obversion.h"
#include "session.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace obrestore {

// What the target cluster has, as the wizard's target page and the pre-checks need it
// (ob-restore-sql.md §3 "Target-cluster resource views", §5.3).
struct ClusterInventoryData
{
    struct Server
    {
        QString ip;
        int port = 0;
        QString zone;
        double cpuCapacity = 0;
        double cpuAssigned = 0;
        qint64 memoryCapacity = 0;
        qint64 memoryAssigned = 0;
        qint64 logDiskCapacity = 0;
        qint64 logDiskAssigned = 0;
        qint64 dataDiskCapacity = 0; // GV$OB_SERVERS DATA_DISK_CAPACITY / DATA_DISK_IN_USE (every 4.x)
        qint64 dataDiskInUse = 0;
        bool resourcesKnown = false; // 3.x: the inventory lists servers but not their free resources
        double cpuFree() const { return cpuCapacity - cpuAssigned; }
        qint64 memoryFree() const { return memoryCapacity - memoryAssigned; }
        qint64 logDiskFree() const { return logDiskCapacity - logDiskAssigned; }
        qint64 dataDiskFree() const { return dataDiskCapacity - dataDiskInUse; }
    };
    struct UnitConfig
    {
        QString name;
        double maxCpu = 0;
        double minCpu = 0;
        qint64 memory = 0;
        qint64 logDisk = 0;
    };
    struct Pool
    {
        QString name;
        qint64 tenantId = 0; // 0: not granted to any tenant
        int unitCount = 0;
        QString unitConfig;
        QStringList zones;
        bool inUse() const { return tenantId != 0; }
    };
    struct Tenant
    {
        qint64 id = 0;
        QString name;
        QString type;
        QString status;
        QString role; // empty before 4.1
        QString compatibilityMode; // MYSQL or ORACLE
        // The tenant's name case mode (CDB_OB_SYS_VARIABLES lower_case_table_names), where the sys tenant could read
        // it: RECOVER TABLE compares names without case only at 1 (recoverrules::foldsCase).
        std::optional<int> lowerCaseTableNames;
        bool isOracle() const { return compatibilityMode.compare(u"ORACLE", Qt::CaseInsensitive) == 0; }
    };

    ObVersion version;
    // From @@version_comment: "OceanBase_CE …" for Community Edition builds, "OceanBase …" otherwise; unset when it
    // could not be read. CE builds have no TDE (OB_BUILD_TDE_SECURITY): WITH KEY FROM and kms_encrypt are parsed and
    // ignored there.
    std::optional<bool> communityEdition;
    QString versionText; // what the server said
    QString clusterName;
    qint64 clusterId = 0;
    QStringList zones;
    QList<Server> servers;
    QList<UnitConfig> unitConfigs;
    QList<Pool> pools;
    QList<Tenant> tenants;
    qint64 minFullPoolMemory = 5368709120; // __min_full_resource_pool_memory
    // restore_concurrency: a cluster parameter up to 4.0 that must be non-zero for a restore (ob-restore-sql.md
    // §1.10 "Parameters that restore needs"); gone from 4.1. nullopt when the server does not list it.
    std::optional<int> restoreConcurrency;

    const UnitConfig *unitConfig(const QString &name) const;
    const Pool *pool(const QString &name) const;
    bool hasTenant(const QString &name) const;
    const Tenant *tenant(const QString &name) const;
};

// What a table-level recovery into one tenant depends on, read through the sys tenant
// (docs/recover-table.md §4). What the sys tenant could not read is said, never guessed.
struct RecoverTargetFacts
{
    qint64 tenantId = 0;
    bool schemaRead = false;
    QString schemaError;                        // why the databases and tables could not be read
    QStringList databases;
    QList<std::pair<QString, QString>> tables;  // (database, table)
    bool recyclebinRead = false;
    QString recyclebinError;
    struct Recycled
    {
        QString objectName;   // __recycle_$_…
        QString originalName;
        QString database;
    };
    QList<Recycled> recycled;
    QStringList runningRecoveries;              // target tenants with a recovery running
    // The data versions (tenant-level `compatible`, GV$OB_PARAMETERS) RECOVER TABLE needs at 4.2.1.0 or later:
    // ObRecoverTableUtil::check_compatible reads the sys tenant's, the receiver's meta tenant's and the receiver's.
    // Unset where the view did not say (meta tenants: UNCONFIRMED that every build lists them).
    std::optional<ObVersion> sysCompatible;
    std::optional<ObVersion> metaCompatible;
    std::optional<ObVersion> targetCompatible;
    std::optional<bool> upgrading;              // enable_upgrade_mode: handle_recover_table refuses meanwhile
    // The receiving tenant's lower_case_table_names (CDB_OB_SYS_VARIABLES), which check_aux_tenant_ compares with the
    // backed-up tenant's after the auxiliary restore; unset where it could not be read.
    std::optional<int> lowerCaseTableNames;
    bool hasDatabase(const QString &db, bool oracle) const;
    bool hasTable(const QString &db, const QString &table, bool oracle) const;

    static std::optional<RecoverTargetFacts> read(Session &session, const ObVersion &version, qint64 tenantId, ServerError *error);
};

class ClusterInventory
{
public:
    // Reads the target's version first (ob_version(), else version(), else @@version_comment), then the 4.x or
    // 3.x catalog.
    static std::optional<ClusterInventoryData> read(Session &target, ServerError *error);
    static std::optional<ObVersion> readVersion(Session &target, QString *versionText, ServerError *error);
};

} // namespace obrestore
