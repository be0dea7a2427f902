#pragma once

#include "backupdest/tenantcatalog.h"
#include "session.h"

#include <QMap>
#include <QString>

#include <optional>

namespace obrestore {

// Scenario 1 (source cluster online): the source's user tenants, their backup sets and archive pieces read from
// its sys tenant (CDB_OB_BACKUP_SET_FILES, CDB_OB_ARCHIVELOG_PIECE_FILES, CDB_OB_ARCHIVELOG, CDB_OB_BACKUP_PARAMETER,
// CDB_OB_ARCHIVE_DEST), turned into the offline reader's types, so the windows and findings come from the same code
// (ob-restore-sql.md §3, §4.3). Runs in the caller's thread with the caller's Session.
class OnlineBackupCatalog
{
public:
    static std::optional<Catalog> read(Session &source, const CatalogOptions &options, ServerError *error);
    // The rows as the reader's scan result (exposed for tests).
    static std::optional<ScanResult> readScan(Session &source, ServerError *error);

    // The source tenants' time zones, the display zone's suggestion for an online source (the offline reader takes
    // it from the backup's locality_info). Never fails: what cannot be read is simply not known.
    struct TenantTimeZones
    {
        QMap<qint64, QString> perTenant; // TENANT_ID -> time_zone ("+8:00", "Asia/Shanghai")
        QString cluster;                 // the sys tenant's global time_zone, when no tenant's could be read
        QMap<qint64, int> lowerCaseTableNames; // TENANT_ID -> lower_case_table_names, where the view lists it
        QString of(qint64 tenantId) const;
    };
    static TenantTimeZones readTenantTimeZones(Session &source);
};

} // namespace obrestore
