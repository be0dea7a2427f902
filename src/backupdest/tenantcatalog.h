#pragma once

#include "catalog.h"
#include "common/obversion.h"
#include "destscanner.h"

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
    bool cancelled = false;

    bool hasRestorableWindow() const;
};

Catalog buildCatalog(ScanResult scan, const CatalogOptions &options = {});

} // namespace obrestore
