#pragma once

#include "catalog.h"
#include "common/obversion.h"
#include "destscanner.h"
#include "restoresource.h"

#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace obrestore {

struct CatalogOptions
{
    std::optional<ObVersion> targetVersion; // adds VERSION_* findings when set
    QTimeZone timeZone = QTimeZone::utc();  // for times inside messages
    QStringList decryptionPasswords;        // compared with the sets' recorded passwords, never shown
};

// The tenants of a scan: data and archive destinations paired by cluster id + tenant id, each with its
// restorable windows, plus every diagnostic (the scan's and the analysis'), errors first.
struct Catalog
{
    QStringList inputs;
    QList<TenantEntry> tenants; // sorted by cluster id, tenant id
    QList<Diagnostic> diagnostics;
    ScanProgress counts;
    bool onlineSource = false; // ScanResult::onlineSource
    QList<Storage::Transport> transports; // the scan's object-storage endpoints and their schemes (report only)
    bool cancelled = false;
    // With a restore point (inspect --until-…): per tenant index, what a restore to that point reads.
    QMap<qsizetype, TenantRestoreSource> restoreSources;
    bool pointQueried = false; // set by queryRestorePoint(), even when --tenant matched no tenant

    bool hasRestorableWindow() const;
    // The name of the tenant with this id; empty when none is named, or when tenants of different clusters share
    // the id under different names.
    QString tenantNameOf(qint64 tenantId) const;
    // "hr (1006)", or "1006" when no one name is known (diag::tenantLabel).
    QString tenantLabel(qint64 tenantId) const;
    // Whether the tenant has a VERSION_* finding (its backup cannot go into the --target-version).
    bool refusedForTarget(qint64 tenantId) const;
    // inspect's exit status 0: some tenant restorable (to the queried point, when there is one), not refused
    // for the target version, and with --verify no missing file in what it reads.
    bool anyRestorable() const;
};

Catalog buildCatalog(ScanResult scan, const CatalogOptions &options = {});

// The tenants a --tenant NAME|ID selects (all when `filter` is empty); names compare exactly, ids as numbers.
QList<qsizetype> selectTenants(const Catalog &catalog, const QString &filter);

// Adds restoreSources for `point` (nullopt: the point the server picks without UNTIL) to the selected tenants.
void queryRestorePoint(Catalog &catalog, std::optional<Scn> point, const QList<qsizetype> &tenants, const QTimeZone &zone);

} // namespace obrestore
