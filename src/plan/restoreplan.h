#pragma once

#include "backupdest/catalog.h"
#include "backupdest/restoresource.h"
#include "cluster/restorestatement.h"
#include "cluster/session.h"
#include "common/scn.h"
#include "scenario.h"

#include <QTimeZone>

#include <optional>

namespace obrestore {

// A field of the plan, as the wizard names it to the user (which page, which field): where a pre-check sends the user
// to fix what it found.
enum class PlanField {
    None,
    Locations,   // source page: the backup locations
    Point,       // tenant page: the restore point
    TenantName,  // target page: the new (or receiving) tenant's name
    Pool,        // target page: the resource pool (existing or new)
    UnitConfig,  // target page: the new unit config
    PrimaryZone, // target page
    Locality,    // target page
    Concurrency, // target page
    Decryption,  // target page: the decryption passwords
    Quick,       // target page, advanced options
    KeyBackup,   // target page, advanced options: WITH KEY FROM and its password
    Kms,         // target page, advanced options
    Description, // command line only (--description)
    Tables,      // tables page: the names to recover
    Remaps,      // tables page: the remaps
};
// "the Target page" and "Locality", translated (PlanField::None: empty strings).
QString planFieldPage(PlanField field);
QString planFieldName(PlanField field);

// Every choice of the wizard, in one value (qt-house-style.md §3.2: pages only edit it).
struct RestorePlan
{
    Scenario scenario = Scenario::SourceOffline;

    // Source: the chosen tenant, its windows and destinations (from the offline reader or the online catalog).
    std::optional<TenantEntry> source;
    // FROM for a 3.x target, or a source without destinations of its own: named by hand. A 4.x restore names
    // what restoreSource() chose instead.
    QString dataUri;
    QStringList archiveUris;
    // The locations the source page parsed, as the user gave them (object storage with its real access_key, held
    // in memory only): the statement that runs gets its FROM parameters from here, the one shown stays masked.
    QStringList sourceLocations;

    // Restore point.
    enum class Point { Latest, Scn, Time };
    Point point = Point::Latest;
    Scn scn;
    QString time;          // 'YYYY-MM-DD HH:MM:SS[.ffffff]' in `timeZone`
    QTimeZone timeZone = QTimeZone::utc();

    // What to restore: the whole tenant into a new tenant, or tables and databases into an existing tenant
    // (ALTER SYSTEM RECOVER TABLE, 4.2.1+; docs/recover-table.md). For tables, `tenantName` is the existing tenant
    // that receives them and the pool fields below are the auxiliary tenant's pool.
    enum class Kind { Tenant, Tables };
    Kind kind = Kind::Tenant;
    QString recoverNames;              // as typed or pasted: "app.orders, hr.*"
    QList<RemapPair> remapTables;      // edited as pairs: app.orders → app.orders_restored
    bool targetOracleMode = false;     // the receiving tenant's mode (its unquoted names are capitals)
    std::optional<int> targetLowerCaseTableNames; // its name case mode, once read (names compare without case only at 1)
    bool isTables() const { return kind == Kind::Tables; }

    // Target.
    ConnectionSettings target;
    QString tenantName;
    bool createPool = false;
    QString existingPool;
    UnitRequest unit;      // when createPool
    PoolRequest pool;      // when createPool (pool.unit = unit.name)
    QString primaryZone;
    QString locality;
    std::optional<int> concurrency;
    QStringList decryptionPasswords;
    QString description;
    // Advanced restore options (RestoreRequest): quick restore, the key backup of a transparently encrypted tenant,
    // the KMS information. Secrets are held only here, never saved.
    bool quick = false;
    QString keyFromUri;
    QString keyPassword;
    QString kmsEncryptInfo;

    // The restore point as an SCN: a time is converted here in its labelled zone, so the statement can say
    // UNTIL SCN, which no server reads in another time zone (ob-restore-sql.md §1.3); "latest" is the point the
    // server picks by itself without UNTIL (restoresource.h). nullopt when there is nothing to convert (no source,
    // invalid time).
    std::optional<Scn> restoreScn(QString *error = nullptr) const;
    // What a restore to that point reads: the one data and one archive destination OceanBase accepts for it, the
    // sets and pieces, or why none (nullopt without a source with destinations or without a point).
    std::optional<TenantRestoreSource> restoreSource() const;
    // FROM of the statement: the restore source's destinations (4.x), or dataUri + archiveUris (3.x).
    QStringList fromUris(const ObVersion &targetVersion) const;
    // Whether that point lies inside a restorable window, and the nearest valid points around it if not.
    bool pointInsideWindow(std::optional<Scn> *before = nullptr, std::optional<Scn> *after = nullptr) const;
    bool isEncrypted() const;

    // Every problem a page can show at once (translated); empty when the plan can be turned into statements.
    // ExceptTables leaves out a table-level recovery's names and remaps (the tables page's, after the target's).
    enum class Scope { All, ExceptTables };
    QStringList validate(Scope scope = Scope::All) const;
    // The statements' input; UNTIL SCN for a chosen time or SCN, nothing for "latest".
    std::optional<RestoreRequest> toRequest(const ObVersion &targetVersion, QString *error) const;
    // For Kind::Tables: the RECOVER TABLE statement's input (names parsed, remaps checked).
    std::optional<RecoverTableRequest> toRecoverRequest(const ObVersion &targetVersion, QString *error) const;
};

} // namespace obrestore
