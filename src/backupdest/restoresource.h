#pragma once

#include "catalog.h"
#include "common/diagnostic.h"
#include "restorewindows.h"

#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace obrestore {

// Exactly what a restore of one tenant to one point reads, decided offline by OceanBase's own rule
// (ObRestoreUtil::get_restore_source; docs/restore-source.md): the one data destination (OceanBase refuses more
// than one), the one archive destination that covers the point on its own (every archive path named in FROM is
// walked separately and each must cover the point), or none when a PLUS ARCHIVELOG set's own complement log
// reaches it; the chain of backup sets and the pieces, in order; and the FROM string to send. When the point
// cannot be restored, `reason` says why, with the contract's code.
struct TenantRestoreSource
{
    Scn scn;
    bool latest = false;     // no UNTIL: the point the server picks by itself (fill_restore_scn_)
    bool restorable = false;
    qsizetype dataIndex = -1;    // into TenantEntry::dataDests
    qsizetype archiveIndex = -1; // into TenantEntry::archiveDests; -1: the sets' complement log
    QString dataDestUri;
    QString archiveDestUri;      // empty with the complement log
    QString dataDestParameters;  // object storage: what FROM needs after '?', secrets masked
    QString archiveDestParameters;
    QList<BackupSetFileDesc> sets; // full set first, then its incrementals
    QList<PieceAttr> pieces;
    std::optional<Diagnostic> reason; // when not restorable (code = reason_code)
    // With a file check (restoreverify.h): whether it ran, and what it found missing.
    bool verified = false;
    QList<Diagnostic> missing;
    bool filesMissing() const { return !missing.isEmpty(); }

    QStringList fromUris() const; // data first, then the archive destination, with their parameters (masked)
    QString from() const;         // joined with ',' as ALTER SYSTEM RESTORE … FROM takes it
    QList<qint64> setIds() const;
};

// The windows of a tenant: the union over every pair (data destination, archive destination or the complement
// log) of that pair's windows, merged. A point is inside exactly when restoreSourceAt() finds a source.
QList<RestoreWindow> tenantWindows(const TenantEntry &tenant);

// Both below expect `tenant.windows` to be tenantWindows(tenant), as buildCatalog() sets them (used for the reason).

// The source for a restore to `point`; the first pair in order (data destinations by URI, each with its
// archive destinations by URI, then its complement log) that OceanBase would accept.
TenantRestoreSource restoreSourceAt(const TenantEntry &tenant, Scn point, const QTimeZone &zone = QTimeZone::utc());

// The source for a restore without UNTIL: per pair, the point the server would pick by itself, and the pair
// whose point is newest among those the server would accept. Exported scripts pin its SCN.
TenantRestoreSource latestRestoreSource(const TenantEntry &tenant, const QTimeZone &zone = QTimeZone::utc());

} // namespace obrestore
