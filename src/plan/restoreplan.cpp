#include "restoreplan.h"

#include "common/backupuri.h"

#include "tr.h"

#include <algorithm>

namespace obrestore {

std::optional<Scn> RestorePlan::restoreScn(QString *error) const
{
    switch (point) {
    case Point::Scn:
        return scn.isValid() ? std::optional<Scn>(scn) : std::nullopt;
    case Point::Time:
        return Scn::parse(time, timeZone, error);
    case Point::Latest:
        if (source && !source->dataDests.isEmpty())
            return latestRestoreSource(*source, timeZone).scn;
        if (source && !source->windows.isEmpty())
            return source->windows.last().end;
        if (error)
            *error = Tr::tr("There is no restorable window, so there is no latest point.");
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<TenantRestoreSource> RestorePlan::restoreSource() const
{
    if (!source || source->dataDests.isEmpty())
        return std::nullopt;
    if (point == Point::Latest)
        return latestRestoreSource(*source, timeZone);
    const auto t = restoreScn();
    if (!t)
        return std::nullopt;
    return restoreSourceAt(*source, *t, timeZone);
}

QStringList RestorePlan::fromUris(const ObVersion &targetVersion) const
{
    if (targetVersion.major() >= 4) {
        if (const auto r = restoreSource(); r && r->restorable)
            return r->fromUris();
    }
    return QStringList{dataUri} + archiveUris;
}

bool RestorePlan::pointInsideWindow(std::optional<Scn> *before, std::optional<Scn> *after) const
{
    const auto t = restoreScn();
    if (!t || !source)
        return false;
    std::optional<Scn> earlier;
    std::optional<Scn> later;
    for (const RestoreWindow &w : source->windows) {
        if (w.start <= *t && *t <= w.end)
            return true; // inside: no nearest points to offer (an earlier window's end must not linger as one)
        if (w.end < *t)
            earlier = w.end;
        if (w.start > *t && !later)
            later = w.start;
    }
    if (before)
        *before = earlier;
    if (after)
        *after = later;
    return false;
}

bool RestorePlan::isEncrypted() const
{
    if (!source)
        return false;
    // What the chosen point reads, where it is known: a point that reads only unencrypted sets needs no password
    // (and gets no SET DECRYPTION), however many other sets are encrypted.
    if (const auto r = restoreSource(); r && r->restorable) {
        return std::any_of(r->sets.cbegin(), r->sets.cend(), [](const BackupSetFileDesc &s) { return s.isEncrypted(); });
    }
    for (const DataDestEntry &d : source->dataDests) {
        for (const BackupSetEntry &s : d.sets) {
            if (s.isEncrypted() && source->usableSet(s.id))
                return true;
        }
    }
    return false;
}

QStringList RestorePlan::validate(Scope scope) const
{
    QStringList problems;
    QString error;
    if (!source)
        problems << Tr::tr("Choose the source tenant.");
    else if (dataUri.isEmpty())
        problems << Tr::tr("The source tenant has no data backup path.");
    if (isTables()) {
        if (tenantName.isEmpty())
            problems << Tr::tr("Choose the tenant that receives the tables.");
        else if (!RestoreStatement::isValidTenantName(tenantName, &error))
            problems << error;
        if (scope == Scope::All && !RestoreStatement::parseRecoverNames(recoverNames, targetOracleMode, &error, targetLowerCaseTableNames))
            problems << error;
        for (const RemapPair &p : remapTables) {
            if (scope == Scope::All && !RestoreStatement::parseRemap(p.from + u':' + p.to, RestoreStatement::RemapKind::Table, targetOracleMode, &error))
                problems << error;
        }
    } else if (!RestoreStatement::isValidTenantName(tenantName, &error)) {
        problems << error;
    }
    if (createPool) {
        if (!RestoreStatement::isValidObjectName(unit.name, Tr::tr("unit config"), &error))
            problems << error;
        if (!RestoreStatement::isValidObjectName(pool.name, Tr::tr("resource pool"), &error))
            problems << error;
        if (pool.zones.isEmpty())
            problems << Tr::tr("Choose at least one zone for the resource pool.");
    } else if (!RestoreStatement::isValidObjectName(existingPool, Tr::tr("resource pool"), &error)) {
        problems << Tr::tr("Choose a resource pool, or create a new one.");
    }
    if (point == Point::Time && !RestoreStatement::isValidTime(time, &error))
        problems << error;
    if (point == Point::Scn && (!scn.isValid() || scn.value() <= Scn::kBase))
        problems << Tr::tr("Enter the restore SCN.");
    if (source && point != Point::Latest && restoreScn() && !pointInsideWindow())
        problems << Tr::tr("The restore point is outside every restorable window.");
    if (point == Point::Latest) {
        if (const auto r = restoreSource(); r && !r->restorable && r->reason)
            problems << r->reason->message;
    }
    // The restore options' values as the statement writer takes them (no space: OceanBase's option parser
    // refuses one, ob-restore-sql.md §1.2).
    if (!primaryZone.isEmpty() && !RestoreStatement::isValidOptionValue(primaryZone, Tr::tr("primary zone"), &error))
        problems << error;
    if (!locality.isEmpty() && !RestoreStatement::isValidOptionValue(locality, Tr::tr("locality"), &error))
        problems << error;
    if (description.contains(u'\n'))
        problems << Tr::tr("The description must be a single line.");
    return problems;
}

std::optional<RestoreRequest> RestorePlan::toRequest(const ObVersion &targetVersion, QString *error) const
{
    RestoreRequest r;
    r.targetVersion = targetVersion;
    r.tenantName = tenantName;
    r.uris.clear();
    for (const QString &uri : fromUris(targetVersion))
        r.uris << withSecretsFrom(uri, sourceLocations);
    if (point != Point::Latest) {
        const auto t = restoreScn(error);
        if (!t)
            return std::nullopt;
        if (targetVersion.major() < 4) {
            // 3.x has no UNTIL SCN: its UNTIL 'time' is read in the session time zone, which the executor sets to
            // the plan's zone before the statement.
            r.until = RestoreRequest::Until::Time;
            r.untilTime = t->toLocalString(timeZone);
        } else {
            r.until = RestoreRequest::Until::Scn;
            r.untilScn = t->value();
        }
    }
    r.poolList = {createPool ? pool.name : existingPool};
    r.primaryZone = primaryZone;
    r.locality = locality;
    r.concurrency = concurrency;
    // Only for sets that need them: a password typed (or pre-filled) for another source sends nothing unseen.
    r.decryptionPasswords = isEncrypted() ? decryptionPasswords : QStringList();
    r.description = description;
    r.quick = quick;
    r.keyFromUri = keyFromUri;
    r.keyPassword = keyPassword;
    r.kmsEncryptInfo = kmsEncryptInfo;
    if (source) {
        r.sourceTenant = source->tenantName;
        r.backupClusterName = source->clusterName;
        r.backupClusterId = source->clusterId;
    }
    return r;
}

std::optional<RecoverTableRequest> RestorePlan::toRecoverRequest(const ObVersion &targetVersion, QString *error) const
{
    const auto restore = toRequest(targetVersion, error);
    if (!restore)
        return std::nullopt;
    RecoverTableRequest r;
    r.targetVersion = targetVersion;
    r.targetTenant = tenantName;
    r.oracleMode = targetOracleMode;
    r.lowerCaseTableNames = targetLowerCaseTableNames;
    const auto names = RestoreStatement::parseRecoverNames(recoverNames, targetOracleMode, error, targetLowerCaseTableNames);
    if (!names)
        return std::nullopt;
    r.names = *names;
    for (const RemapPair &p : remapTables) {
        const auto pair = RestoreStatement::parseRemap(p.from + u':' + p.to, RestoreStatement::RemapKind::Table, targetOracleMode, error);
        if (!pair)
            return std::nullopt;
        r.remapTables << *pair;
    }
    r.uris = restore->uris;
    r.until = restore->until;
    r.untilScn = restore->untilScn;
    r.untilTime = restore->untilTime;
    r.auxPool = restore->poolList.value(0);
    r.primaryZone = restore->primaryZone;
    r.locality = restore->locality;
    r.concurrency = restore->concurrency;
    r.decryptionPasswords = restore->decryptionPasswords;
    r.description = restore->description;
    r.keyFromUri = restore->keyFromUri;
    r.keyPassword = restore->keyPassword;
    r.kmsEncryptInfo = restore->kmsEncryptInfo;
    return r;
}

QString planFieldPage(PlanField field)
{
    switch (field) {
    case PlanField::None:
    case PlanField::Description:
        return QString();
    case PlanField::Locations:
        return Tr::tr("the Source page");
    case PlanField::Point:
        return Tr::tr("the Tenant page");
    case PlanField::Tables:
    case PlanField::Remaps:
        return Tr::tr("the Tables page");
    default:
        return Tr::tr("the Target page");
    }
}

QString planFieldName(PlanField field)
{
    switch (field) {
    case PlanField::None:
        return QString();
    case PlanField::Locations:
        return Tr::tr("Backup locations");
    case PlanField::Point:
        return Tr::tr("Restore point");
    case PlanField::TenantName:
        return Tr::tr("Tenant name");
    case PlanField::Pool:
        return Tr::tr("Resource pool");
    case PlanField::UnitConfig:
        return Tr::tr("Unit config");
    case PlanField::PrimaryZone:
        return Tr::tr("Primary zone");
    case PlanField::Locality:
        return Tr::tr("Locality");
    case PlanField::Concurrency:
        return Tr::tr("Concurrency");
    case PlanField::Decryption:
        return Tr::tr("Decryption password");
    case PlanField::Quick:
        return Tr::tr("Quick restore");
    case PlanField::KeyBackup:
        return Tr::tr("Key backup path");
    case PlanField::Kms:
        return Tr::tr("KMS information");
    case PlanField::Description:
        return Tr::tr("Description");
    case PlanField::Tables:
        return Tr::tr("Tables and databases");
    case PlanField::Remaps:
        return Tr::tr("Remaps");
    }
    return QString();
}

} // namespace obrestore
