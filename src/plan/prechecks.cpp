#include "prechecks.h"

#include "cluster/recovertablerules.h"
#include "cluster/restoreexecutor.h"
#include "common/compatibility.h"
#include "common/displaytext.h"
#include "tr.h"

#include <QHash>

#include <algorithm>

namespace obrestore {

namespace {

CheckResult result(const char *id, CheckResult::Status status, const QString &title, const QString &explanation, const QString &fix = {})
{
    return {QString::fromLatin1(id), status, title, explanation, fix};
}

// Where each check's finding is fixed, and the statement writer's own check after them (unless it only repeats
// a failure already named at the same field).
void finish(QList<CheckResult> *out, const RestorePlan &plan, const ObVersion &targetVersion)
{
    static const QHash<QString, PlanField> fields{
        {QStringLiteral("tenant_name"), PlanField::TenantName}, {QStringLiteral("target_tenant"), PlanField::TenantName},
        {QStringLiteral("compat_mode"), PlanField::TenantName}, {QStringLiteral("name_case"), PlanField::TenantName},
        {QStringLiteral("pool"), PlanField::Pool},              {QStringLiteral("data_disk"), PlanField::Pool},
        {QStringLiteral("point"), PlanField::Point},            {QStringLiteral("decryption"), PlanField::Decryption},
        {QStringLiteral("quick"), PlanField::Quick},            {QStringLiteral("tde"), PlanField::KeyBackup},
        {QStringLiteral("target_databases"), PlanField::Remaps}, {QStringLiteral("target_tables"), PlanField::Remaps},
    };
    for (CheckResult &r : *out) {
        if (r.field == PlanField::None)
            r.field = fields.value(r.id, PlanField::None);
    }
    const CheckResult written = PreChecks::statements(plan, targetVersion);
    const bool repeated = written.status == CheckResult::Status::Fail && written.field != PlanField::None
                          && std::any_of(out->cbegin(), out->cend(), [&](const CheckResult &r) {
                                 return r.status == CheckResult::Status::Fail && r.field == written.field;
                             });
    if (!repeated)
        *out << written;
}

QString gib(qint64 bytes)
{
    return QStringLiteral("%1 GiB").arg(double(bytes) / double(1ll << 30), 0, 'f', 1);
}

// The restore point inside a window, with the nearest valid points otherwise.
void pointCheck(const RestorePlan &plan, QList<CheckResult> *list)
{
    using S = CheckResult::Status;
    QList<CheckResult> &out = *list;
    if (plan.source) {
        std::optional<Scn> before;
        std::optional<Scn> after;
        const auto t = plan.restoreScn();
        if (plan.source->windows.isEmpty())
            out << result("point", S::Fail, Tr::tr("Restore point"), Tr::tr("The source tenant has no restorable window."),
                          Tr::tr("See the diagnostics of the source page."));
        else if (!t)
            out << result("point", S::Fail, Tr::tr("Restore point"), Tr::tr("The restore point is not valid."), Tr::tr("Enter a time or an SCN."));
        else if (plan.pointInsideWindow(&before, &after))
            out << result("point", S::Pass, Tr::tr("Restore point"), Tr::tr("%1 is inside a restorable window.").arg(t->toDisplayString(plan.timeZone)));
        else {
            QStringList nearest;
            if (before)
                nearest << before->toDisplayString(plan.timeZone);
            if (after)
                nearest << after->toDisplayString(plan.timeZone);
            out << result("point", S::Fail, Tr::tr("Restore point"),
                          Tr::tr("%1 is outside every restorable window; OceanBase would fail with \"No enough log for restore\" (4018).").arg(t->toDisplayString(plan.timeZone)),
                          Tr::tr("The nearest restorable points: %1.").arg(listText(nearest)));
        }
    }

}

QString passwordFix()
{
    return Tr::tr("Enter the password each set was backed up with (SET ENCRYPTION … IDENTIFIED BY); when the full and "
                  "incremental sets have different ones, enter both.");
}

// Decryption passwords for encrypted sets (9047 otherwise). A check passes only when it really compared: an
// offline catalog has each set's recorded password (what OceanBase's check_passwd compares, decryptionAccepts), an
// online one only knows there is one, so that check waits for the server's preview (settleWithPreview).
void decryptionCheck(const RestorePlan &plan, QList<CheckResult> *list)
{
    using S = CheckResult::Status;
    QList<CheckResult> &out = *list;
    if (!plan.isEncrypted())
        return;
    const QString title = Tr::tr("Decryption password");
    if (plan.decryptionPasswords.isEmpty()) {
        out << result("decryption", S::Fail, title, Tr::tr("The backup is encrypted and no decryption password is given."),
                      Tr::tr("Enter the backup's password(s)."));
        return;
    }
    QStringList matched, refused, unknown;
    // The sets the chosen point reads (all usable ones while no point is known), as isEncrypted() counts them.
    QList<BackupSetFileDesc> sets;
    if (const auto reads = plan.restoreSource(); reads && reads->restorable) {
        sets = reads->sets;
    } else {
        for (const DataDestEntry &d : plan.source->dataDests) {
            for (const BackupSetEntry &set : d.sets) {
                if (set.info && plan.source->usableSet(set.id))
                    sets << *set.info;
            }
        }
    }
    for (const BackupSetFileDesc &set : std::as_const(sets)) {
        if (!set.isEncrypted())
            continue;
        const QString id = QString::number(set.backupSetId);
        if (!set.passwdComparable)
            unknown << id;
        else
            (decryptionAccepts(plan.decryptionPasswords, set.passwd) ? matched : refused) << id;
    }
    if (!refused.isEmpty())
        out << result("decryption", S::Fail, title,
                      Tr::tr("No password given matches the one recorded with backup set(s) %1: OceanBase would fail with "
                             "\"invalid password for backup\" (9047).").arg(listText(refused)),
                      passwordFix());
    else if (!unknown.isEmpty())
        out << result("decryption", S::Warn, title,
                      Tr::tr("Not checked: the source cluster's views say that backup set(s) %1 have a password, not what it is.")
                          .arg(listText(unknown)),
                      Tr::tr("The server's restore preview checks the passwords; without one, the restore itself does (9047)."));
    else
        out << result("decryption", S::Pass, title,
                      Tr::tr("The passwords given match those recorded with backup set(s) %1.").arg(listText(matched)));
}

// Quick restore (method=quick, 4.3.3+) of the sets the point reads: ObRestoreUtil::check_backup_set_compatible_
// refuses a set made before 4.3 (backup_compatible < 4), OB_OP_NOT_ALLOW "quick restore is not allowed", after the
// statement was accepted for syntax. Shared-storage clusters refuse it too; UNCONFIRMED how a client tells such a
// cluster, so that case is left to the server.
void quickRestoreCheck(const RestorePlan &plan, QList<CheckResult> *list)
{
    using S = CheckResult::Status;
    if (!plan.quick)
        return;
    const auto source = plan.restoreSource();
    if (!source || !source->restorable)
        return;
    QStringList all, old, unknown;
    for (const BackupSetFileDesc &s : source->sets) {
        all << QString::number(s.backupSetId);
        if (s.backupCompatible <= 0)
            unknown << QString::number(s.backupSetId);
        else if (s.backupCompatible < 4)
            old << QString::number(s.backupSetId);
    }
    const QString title = Tr::tr("Quick restore");
    if (!old.isEmpty())
        *list << result("quick", S::Fail, title,
                        Tr::tr("Backup set(s) %1 were made before OceanBase 4.3, and OceanBase restores such sets in full "
                               "only: it would refuse the quick restore (\"quick restore is not allowed\", 4179).")
                            .arg(listText(old)),
                        Tr::tr("Clear Quick restore in the advanced restore options of the target page."));
    else if (!unknown.isEmpty())
        *list << result("quick", S::Warn, title,
                        Tr::tr("Not checked: the source does not say which version made backup set(s) %1; OceanBase "
                               "refuses a quick restore of a set made before 4.3.").arg(listText(unknown)));
    else
        *list << result("quick", S::Pass, title,
                        Tr::tr("Backup set(s) %1 were made by OceanBase 4.3 or later and can be restored quickly.")
                            .arg(listText(all)));
}

} // namespace

CheckResult PreChecks::resources(const RestorePlan &plan, const ClusterInventoryData &target)
{
    using S = CheckResult::Status;
    if (!plan.createPool) {
        const auto *pool = target.pool(plan.existingPool);
        if (!pool)
            return result("pool", S::Fail, Tr::tr("Resource pool"), Tr::tr("The resource pool %1 does not exist on the target.").arg(plan.existingPool),
                          Tr::tr("Pick an existing pool or create a new one."));
        else if (pool->inUse())
            return result("pool", S::Fail, Tr::tr("Resource pool"), Tr::tr("The resource pool %1 already belongs to tenant %2.").arg(pool->name).arg(pool->tenantId),
                          Tr::tr("Pick an unused pool or create a new one."));
        else
            return result("pool", S::Pass, Tr::tr("Resource pool"), Tr::tr("%1 exists and is unused (%n unit(s) per zone in %2).", nullptr, pool->unitCount)
                                                                        .arg(pool->name, listText(pool->zones)));
    } else {
        QStringList shortages;
        bool unknown = false;
        if (plan.unit.memoryBytes < target.minFullPoolMemory)
            shortages << Tr::tr("a unit needs at least %1 of memory (__min_full_resource_pool_memory); this one has %2")
                             .arg(gib(target.minFullPoolMemory), gib(plan.unit.memoryBytes));
        if (target.unitConfig(plan.unit.name))
            shortages << Tr::tr("a unit config named %1 already exists").arg(plan.unit.name);
        if (target.pool(plan.pool.name))
            shortages << Tr::tr("a resource pool named %1 already exists").arg(plan.pool.name);
        const double cpu = plan.unit.minCpu > 0 ? plan.unit.minCpu : plan.unit.maxCpu;
        for (const QString &zone : plan.pool.zones) {
            if (!target.zones.contains(zone)) {
                shortages << Tr::tr("zone %1 does not exist").arg(zone);
                continue;
            }
            int fit = 0;
            int servers = 0;
            double mostCpu = 0;
            qint64 mostMemory = 0;
            qint64 mostLogDisk = 0;
            for (const auto &s : target.servers) {
                if (s.zone != zone)
                    continue;
                ++servers;
                unknown = unknown || !s.resourcesKnown;
                mostCpu = std::max(mostCpu, s.cpuFree());
                mostMemory = std::max(mostMemory, s.memoryFree());
                mostLogDisk = std::max(mostLogDisk, s.logDiskFree());
                if (s.cpuFree() >= cpu && s.memoryFree() >= plan.unit.memoryBytes && s.logDiskFree() >= plan.unit.logDiskBytes)
                    ++fit;
            }
            if (servers < plan.pool.unitNum) {
                shortages << Tr::tr("zone %1 has %2 server(s) for %3 unit(s)").arg(zone).arg(servers).arg(plan.pool.unitNum);
            } else if (!unknown && fit < plan.pool.unitNum) {
                // Which resource is short, and the most any one server of the zone has free of it.
                QStringList short_;
                if (cpu > mostCpu)
                    short_ << Tr::tr("CPU (the unit needs %1, at most %2 free on one server)").arg(cpu).arg(mostCpu);
                if (plan.unit.memoryBytes > mostMemory)
                    short_ << Tr::tr("memory (the unit needs %1, at most %2 free on one server)").arg(gib(plan.unit.memoryBytes), gib(mostMemory));
                if (plan.unit.logDiskBytes > mostLogDisk)
                    short_ << Tr::tr("log disk (the unit needs %1, at most %2 free on one server)").arg(gib(plan.unit.logDiskBytes), gib(mostLogDisk));
                QString text = Tr::tr("zone %1 has room for %2 such unit(s), %3 needed").arg(zone).arg(fit).arg(plan.pool.unitNum);
                if (!short_.isEmpty())
                    text += QStringLiteral(": ") + Tr::tr("short of %1").arg(listText(short_));
                shortages << text;
            }
        }
        if (!shortages.isEmpty())
            return result("pool", S::Fail, Tr::tr("Resources"), Tr::tr("The new resource pool does not fit: %1.").arg(shortages.join(QStringLiteral("; "))),
                          Tr::tr("Choose smaller units, fewer units, other zones, or an existing pool."));
        else if (unknown)
            return result("pool", S::Warn, Tr::tr("Resources"), Tr::tr("The target does not report its servers' free resources; the server checks them when the pool is created."));
        else
            return result("pool", S::Pass, Tr::tr("Resources"), Tr::tr("The new pool fits the free resources of zones %1.").arg(listText(plan.pool.zones)));
    }

}

CheckResult PreChecks::dataDisk(const RestorePlan &plan, const ClusterInventoryData &target)
{
    using S = CheckResult::Status;
    const QString title = Tr::tr("Data disk");
    const auto source = plan.source ? plan.restoreSource() : std::nullopt;
    if (!source || !source->restorable)
        return result("data_disk", S::Warn, title, Tr::tr("Not checked: the backup sets this restore reads are not known yet."));
    // The sets' recorded sizes: the data each read (input bytes) where recorded, else what it wrote.
    qint64 bytes = 0;
    QStringList unrecorded;
    for (qint64 id : source->setIds()) {
        qint64 setBytes = 0;
        for (const DataDestEntry &d : plan.source->dataDests) {
            for (const BackupSetEntry &s : d.sets) {
                if (s.id == id && s.info)
                    setBytes = std::max(s.info->inputBytes, s.info->outputBytes);
            }
        }
        if (setBytes <= 0)
            unrecorded << QString::number(id);
        bytes += setBytes;
    }
    if (bytes <= 0)
        return result("data_disk", S::Warn, title, Tr::tr("Not checked: backup set(s) %1 do not record their size.").arg(listText(unrecorded)));
    // The pool's zones and units per zone.
    QStringList zones;
    int units = 1;
    if (plan.createPool) {
        zones = plan.pool.zones;
        units = std::max(1, plan.pool.unitNum);
    } else if (const auto *pool = target.pool(plan.existingPool)) {
        zones = pool->zones;
        units = std::max(1, pool->unitCount);
    }
    if (zones.isEmpty())
        return result("data_disk", S::Warn, title, Tr::tr("Not checked: the resource pool's zones are not known."));
    // Each zone holds a full copy of the data, split over its units (one per server): each of `units` servers
    // needs its share free.
    const qint64 share = (bytes + units - 1) / units;
    QStringList shortages;
    QStringList unknown;
    for (const QString &zone : std::as_const(zones)) {
        QList<qint64> free;
        for (const auto &s : target.servers) {
            if (s.zone == zone && s.resourcesKnown && s.dataDiskCapacity > 0)
                free << s.dataDiskFree();
        }
        if (free.isEmpty()) {
            unknown << zone;
            continue;
        }
        std::sort(free.begin(), free.end(), std::greater<>());
        const qint64 nth = free.size() >= units ? free[units - 1] : 0;
        if (nth < share)
            shortages << Tr::tr("zone %1: %2 free on its %3 best server(s), %4 needed on each").arg(zone, gib(nth)).arg(units).arg(gib(share));
    }
    QStringList ids;
    for (qint64 id : source->setIds())
        ids << QString::number(id);
    const QString size = Tr::tr("The backup sets this restore reads (%1) record %2.").arg(listText(ids), gib(bytes));
    if (!shortages.isEmpty())
        return result("data_disk", S::Fail, title, size + u' ' + Tr::tr("Not enough free data disk: %1.").arg(shortages.join(QStringLiteral("; "))),
                      Tr::tr("Free data disk on those servers (datafile_size, datafile_maxsize), or restore into zones with more room."));
    if (!unknown.isEmpty())
        return result("data_disk", S::Warn, title, size + u' ' + Tr::tr("Zone(s) %1 do not report their free data disk: not checked there.").arg(listText(unknown)));
    return result("data_disk", S::Pass, title, size + u' ' + Tr::tr("Every zone of the pool has that free on its servers (the restored data can take more than the "
                                                                    "backup wrote when the backup was compressed)."));
}

QList<CheckResult> PreChecks::evaluate(const RestorePlan &plan, const ClusterInventoryData &target, const QStringList &runningJobs)
{
    using S = CheckResult::Status;
    QList<CheckResult> out;

    // Version: the foundation's rules (ob-restore-sql.md §5).
    if (plan.source) {
        const auto c = checkRestoreCompatibility(ObVersion::fromCalcVersion(plan.source->sourceClusterVersion),
                                                 ObVersion::fromCalcVersion(plan.source->sourceDataVersion), target.version);
        out << result("version", c.isAllowed() ? S::Pass : c.isRefused() ? S::Fail : S::Warn, Tr::tr("Version compatibility"), c.explanation,
                      c.isRefused() ? Tr::tr("Restore into a cluster of a suitable version.")
                      : c.isAllowed() ? QString() : Tr::tr("Run the restore preview to let the server decide."));
    }

    // Tenant name: valid and free.
    QString error;
    if (!RestoreStatement::isValidTenantName(plan.tenantName, &error))
        out << result("tenant_name", S::Fail, Tr::tr("Tenant name"), error, Tr::tr("Choose another name."));
    else if (target.hasTenant(plan.tenantName))
        out << result("tenant_name", S::Fail, Tr::tr("Tenant name"), Tr::tr("A tenant named %1 already exists on the target.").arg(plan.tenantName),
                      Tr::tr("Choose another name, or drop the existing tenant first."));
    else
        out << result("tenant_name", S::Pass, Tr::tr("Tenant name"), Tr::tr("%1 is free on the target.").arg(plan.tenantName));

    // No running restore job with that name (-9014 otherwise).
    if (runningJobs.contains(plan.tenantName, Qt::CaseInsensitive))
        out << result("running_job", S::Fail, Tr::tr("Running restore jobs"), Tr::tr("A restore of %1 is already running on the target.").arg(plan.tenantName),
                      Tr::tr("Follow that job from the restore jobs view, or cancel it first."));
    else
        out << result("running_job", S::Pass, Tr::tr("Running restore jobs"), Tr::tr("No restore of %1 is running.").arg(plan.tenantName));

    // Resources: an existing unused pool, or a unit config + pool that fit the zones' free resources.
    out << resources(plan, target);
    out << dataDisk(plan, target);

    pointCheck(plan, &out);

    // restore_concurrency (3.x and 4.0): 0 makes the server refuse every restore with 4179 "restore tenant when
    // restore_concurrency is 0" (ob-restore-sql.md §1.10). 4.1+ has no such parameter and needs nothing.
    if (target.version < ObVersion(4, 1, 0, 0)) {
        const QString fix = RestoreStatement::setRestoreConcurrency(10).display;
        if (!target.restoreConcurrency)
            out << result("parameters", S::Warn, Tr::tr("Restore parameters"),
                          Tr::tr("The target did not report restore_concurrency, which must be non-zero before %1 can restore.").arg(target.version.toString()),
                          Tr::tr("Look at restore_concurrency on the target's sys tenant; if it is 0, run: %1").arg(fix));
        else if (*target.restoreConcurrency == 0)
            out << result("parameters", S::Fail, Tr::tr("Restore parameters"),
                          Tr::tr("restore_concurrency is 0 on the target, so OceanBase %1 refuses every restore (4179).").arg(target.version.toString()),
                          Tr::tr("Run on the target's sys tenant: %1").arg(fix));
        else
            out << result("parameters", S::Pass, Tr::tr("Restore parameters"), Tr::tr("restore_concurrency is %1.").arg(*target.restoreConcurrency));
    }

    decryptionCheck(plan, &out);
    quickRestoreCheck(plan, &out);
    // Transparent encryption options on a Community Edition target: its builds have no TDE (OB_BUILD_TDE_SECURITY),
    // so WITH KEY FROM and kms_encrypt are parsed and then ignored.
    if ((!plan.keyFromUri.isEmpty() || !plan.kmsEncryptInfo.isEmpty()) && target.communityEdition.value_or(false))
        out << result("tde", S::Warn, Tr::tr("Transparent encryption options"),
                      Tr::tr("The target runs a Community Edition build, which has no transparent data encryption: it accepts "
                             "WITH KEY FROM and the KMS information and ignores them, so they have no effect here."),
                      Tr::tr("Leave them out, or restore a TDE-encrypted tenant into an Enterprise Edition cluster."));
    finish(&out, plan, target.version);
    return out;
}

CheckResult PreChecks::preview(const RestorePlan &plan, const ClusterInventoryData &target, Session &pinned, ServerError::Kind *errorKind)
{
    using S = CheckResult::Status;
    if (!RestoreStatement::supportsPreview(target.version))
        return result("preview", S::Warn, Tr::tr("Restore preview"),
                      Tr::tr("OceanBase %1 has no restore preview; the restore itself will check the backups.").arg(target.version.toString()));
    QString error;
    auto request = plan.toRequest(target.version, &error);
    if (request && request->until == RestoreRequest::Until::Latest && plan.source && !plan.source->windows.isEmpty()) {
        request->until = RestoreRequest::Until::Scn; // the preview needs a point: the latest one
        request->untilScn = plan.source->windows.last().end.value();
    }
    const auto statements = request ? RestoreStatement::preview(*request, &error) : std::nullopt;
    if (!statements)
        return result("preview", S::Fail, Tr::tr("Restore preview"), error);
    ServerError e;
    for (qsizetype i = 0; i + 1 < statements->size(); ++i) {
        if (!pinned.execute(statements->at(i).sql, &e)) {
            if (errorKind)
                *errorKind = e.kind;
            return result("preview", S::Fail, Tr::tr("Restore preview"), e.toString(), e.fix);
        }
    }
    const auto rows = pinned.read(statements->last().sql, {}, &e, 0);
    if (!rows) {
        if (errorKind)
            *errorKind = e.kind;
        return result("preview", S::Fail, Tr::tr("Restore preview"), e.toString(), e.fix);
    }
    QStringList used;
    for (const QVariantList &row : rows->rows)
        used << QStringLiteral("%1 %2").arg(row.value(0).toString(), row.value(2).toString().section(u'/', -1));
    return result("preview", S::Pass, Tr::tr("Restore preview"), Tr::tr("The target would use: %1.").arg(listText(used)));
}

void PreChecks::settleWithPreview(QList<CheckResult> *results, const CheckResult &preview, ServerError::Kind previewError)
{
    using S = CheckResult::Status;
    for (CheckResult &r : *results) {
        if (r.id != u"decryption")
            continue;
        if (previewError == ServerError::Kind::InvalidPassword) {
            r.status = S::Fail;
            r.explanation = Tr::tr("The server's restore preview refused the passwords: %1").arg(preview.explanation);
            r.fix = passwordFix();
        } else if (r.status == S::Warn && preview.status == S::Pass) {
            r.status = S::Pass;
            r.explanation = Tr::tr("The server's restore preview accepted the passwords.");
            r.fix.clear();
        }
    }
}

QList<CheckResult> PreChecks::evaluateRecover(const RestorePlan &plan, const ClusterInventoryData &target, const RecoverTargetFacts &facts)
{
    using S = CheckResult::Status;
    QList<CheckResult> out;
    QString error;
    const bool oracle = plan.targetOracleMode;
    const std::optional<int> nameCase = facts.lowerCaseTableNames ? facts.lowerCaseTableNames : plan.targetLowerCaseTableNames;
    const auto names = RestoreStatement::parseRecoverNames(plan.recoverNames, oracle, &error, nameCase);

    // A hint first: a dropped table still in the recycle bin comes back with FLASHBACK TABLE, in seconds, without
    // any restore (run in the tenant itself, not in sys).
    if (names && facts.recyclebinRead) {
        QStringList hits;
        for (const RecoverName &n : *names) {
            for (const auto &r : facts.recycled) {
                const Qt::CaseSensitivity cs = oracle ? Qt::CaseSensitive : Qt::CaseInsensitive;
                const bool db = n.isEverything() || r.database.compare(n.database, cs) == 0;
                const bool table = n.isEverything() || n.isWholeDatabase() || r.originalName.compare(n.table, cs) == 0;
                if (db && table)
                    hits << QStringLiteral("FLASHBACK TABLE %1 TO BEFORE DROP RENAME TO %2.%3;").arg(r.objectName, r.database, r.originalName);
            }
        }
        if (!hits.isEmpty())
            out << result("recyclebin", S::Warn, Tr::tr("Recycle bin"),
                          Tr::tr("%n table(s) to recover are still in %1's recycle bin: FLASHBACK TABLE brings them back in "
                                 "seconds, with the data they had when dropped, without restoring anything.", nullptr, int(hits.size()))
                              .arg(plan.tenantName),
                          Tr::tr("Log in to %1 (not the sys tenant) and run: %2 — or go on to recover them from the backup "
                                 "as of the chosen point.").arg(plan.tenantName, hits.join(u' ')));
        else
            out << result("recyclebin", S::Pass, Tr::tr("Recycle bin"),
                          Tr::tr("None of the tables is in %1's recycle bin: recovering from the backup is the way.").arg(plan.tenantName));
    } else if (!facts.recyclebinRead) {
        out << result("recyclebin", S::Warn, Tr::tr("Recycle bin"),
                      Tr::tr("The sys tenant could not read %1's recycle bin (%2), so whether the table can simply be flashed "
                             "back was not checked.").arg(plan.tenantName, facts.recyclebinError),
                      Tr::tr("Log in to %1 and run SHOW RECYCLEBIN; a dropped table listed there comes back with FLASHBACK "
                             "TABLE <object name> TO BEFORE DROP RENAME TO <db>.<table>.").arg(plan.tenantName));
    }

    // Version: RECOVER TABLE from 4.2.1, and the backup must be restorable into this cluster.
    if (!RestoreStatement::supportsRecoverTable(target.version))
        out << result("version", S::Fail, Tr::tr("Version compatibility"),
                      Tr::tr("Table-level recovery (RECOVER TABLE) exists from OceanBase 4.2.1 on; the target is %1.").arg(target.version.toString()),
                      Tr::tr("Restore the whole tenant under a new name instead, and copy the tables from it."));
    else if (plan.source) {
        const auto c = checkRestoreCompatibility(ObVersion::fromCalcVersion(plan.source->sourceClusterVersion),
                                                 ObVersion::fromCalcVersion(plan.source->sourceDataVersion), target.version);
        out << result("version", c.isAllowed() ? S::Pass : c.isRefused() ? S::Fail : S::Warn, Tr::tr("Version compatibility"), c.explanation,
                      c.isRefused() ? Tr::tr("Recover into a cluster of a suitable version.") : QString());
    }

    // Data versions: ObRecoverTableUtil::check_compatible wants the sys tenant, the receiver's meta tenant and the
    // receiver at COMPATIBLE 4.2.1.0 or later (a cluster upgraded in binaries only still has older ones), for RECOVER
    // TABLE and its cancel; and no recovery while the cluster upgrades.
    if (RestoreStatement::supportsRecoverTable(target.version)) {
        QStringList low, unknown;
        const ObVersion needed(4, 2, 1, 0);
        auto look = [&](const std::optional<ObVersion> &v, const QString &whose) {
            if (!v)
                unknown << whose;
            else if (*v < needed)
                low << Tr::tr("%1 (%2)").arg(whose, v->toString());
        };
        look(facts.sysCompatible, Tr::tr("the sys tenant"));
        look(facts.metaCompatible, Tr::tr("%1's meta tenant").arg(plan.tenantName));
        look(facts.targetCompatible, plan.tenantName);
        const QString title = Tr::tr("Data version");
        if (facts.upgrading.value_or(false))
            out << result("data_version", S::Fail, title,
                          Tr::tr("The cluster is being upgraded (enable_upgrade_mode is on): OceanBase refuses a table "
                                 "recovery meanwhile."),
                          Tr::tr("Finish the upgrade first (ALTER SYSTEM END UPGRADE), then recover the tables."));
        else if (!low.isEmpty())
            out << result("data_version", S::Fail, title,
                          Tr::tr("The data version (COMPATIBLE) of %1 is below 4.2.1.0: OceanBase refuses RECOVER TABLE and its "
                                 "cancel (\"Tenant COMPATIBLE is below 4.2.1.0, recover table is not supported\", 1235), "
                                 "whatever the binaries' version.").arg(listText(low)),
                          Tr::tr("Finish the upgrade of those tenants (ALTER SYSTEM RUN UPGRADE JOB \"UPGRADE_ALL\" and the "
                                 "post-upgrade steps), then recover the tables."));
        else if (!unknown.isEmpty())
            out << result("data_version", S::Warn, title,
                          Tr::tr("Not checked for %1: the target did not list its data version (COMPATIBLE), which must be "
                                 "4.2.1.0 or later.").arg(listText(unknown)),
                          Tr::tr("Run on the target: SELECT TENANT_ID, VALUE FROM oceanbase.GV$OB_PARAMETERS WHERE NAME = "
                                 "'compatible';"));
        else
            out << result("data_version", S::Pass, title,
                          Tr::tr("The sys tenant, %1 and its meta tenant are at data version 4.2.1.0 or later.").arg(plan.tenantName));
    }

    // The receiving tenant: an existing, normal, primary user tenant (check_before_initiate_).
    const auto *t = target.tenant(plan.tenantName);
    if (!t)
        out << result("target_tenant", S::Fail, Tr::tr("Receiving tenant"), Tr::tr("There is no tenant %1 on the target.").arg(plan.tenantName),
                      Tr::tr("Pick the tenant that should receive the tables from the list."));
    else if (t->type.compare(u"USER", Qt::CaseInsensitive) != 0)
        out << result("target_tenant", S::Fail, Tr::tr("Receiving tenant"), Tr::tr("%1 is a %2 tenant; tables can be recovered only into a user tenant.").arg(t->name, t->type.toLower()),
                      Tr::tr("Pick a user tenant."));
    else if (t->role.compare(u"STANDBY", Qt::CaseInsensitive) == 0)
        out << result("target_tenant", S::Fail, Tr::tr("Receiving tenant"),
                      Tr::tr("%1 is a standby tenant: OceanBase refuses the statement at once (\"recover table to standby "
                             "tenant is not supported\", 1235).").arg(t->name),
                      Tr::tr("Activate it first (ALTER SYSTEM ACTIVATE STANDBY TENANT %1), or pick a primary tenant.").arg(t->name));
    else if (t->status.compare(u"NORMAL", Qt::CaseInsensitive) != 0 || (!t->role.isEmpty() && t->role.compare(u"PRIMARY", Qt::CaseInsensitive) != 0))
        out << result("target_tenant", S::Fail, Tr::tr("Receiving tenant"),
                      Tr::tr("%1 is %2 (%3); the import needs a normal primary tenant.").arg(t->name, t->status, t->role.isEmpty() ? QStringLiteral("–") : t->role),
                      Tr::tr("Wait until the tenant is normal, or activate it first, or pick another tenant."));
    else
        out << result("target_tenant", S::Pass, Tr::tr("Receiving tenant"), Tr::tr("%1 is a normal primary user tenant (%2 mode).").arg(t->name, t->compatibilityMode));

    // Name case mode: check_aux_tenant_ compares the auxiliary tenant's (the backed-up tenant's)
    // lower_case_table_names with the receiver's after the auxiliary restore, and fails the job ("recover from
    // different case sensitive compatibility tenant is not supported"): hours lost. Compared here first where both are
    // known; the backup's files do not record it, so an offline source can only be warned about.
    if (t) {
        std::optional<int> source;
        if (plan.source) {
            for (const DataDestEntry &d : plan.source->dataDests) {
                if (d.lowerCaseTableNames)
                    source = d.lowerCaseTableNames;
            }
        }
        const QString title = Tr::tr("Name case");
        if (!facts.lowerCaseTableNames)
            out << result("name_case", S::Warn, title,
                          Tr::tr("%1's lower_case_table_names could not be read, so it was not compared with the backed-up "
                                 "tenant's; OceanBase fails the recovery after the auxiliary tenant's restore if they differ.").arg(t->name),
                          Tr::tr("In %1 and in the backed-up tenant, run SHOW VARIABLES LIKE 'lower_case_table_names'; they must be equal.").arg(t->name));
        else if (!source)
            out << result("name_case", S::Warn, title,
                          Tr::tr("The backup does not record the backed-up tenant's lower_case_table_names, so it was not "
                                 "compared with %1's (%2); OceanBase compares them only after the auxiliary tenant's restore, "
                                 "and fails the recovery if they differ.").arg(t->name).arg(*facts.lowerCaseTableNames),
                          Tr::tr("Check it on the source tenant (SHOW VARIABLES LIKE 'lower_case_table_names'), or read the "
                                 "source online (scenario 1), where obrestore compares it."));
        else if (*source != *facts.lowerCaseTableNames)
            out << result("name_case", S::Fail, title,
                          Tr::tr("The backed-up tenant has lower_case_table_names = %1 and %2 has %3: OceanBase would restore "
                                 "the auxiliary tenant and then fail the recovery (\"recover from different case sensitive "
                                 "compatibility tenant is not supported\").").arg(*source).arg(t->name).arg(*facts.lowerCaseTableNames),
                          Tr::tr("Recover into a tenant with the same lower_case_table_names (it is fixed when a tenant is "
                                 "created), or restore the whole tenant under a new name."));
        else
            out << result("name_case", S::Pass, title,
                          Tr::tr("The backed-up tenant and %1 compare names alike (lower_case_table_names = %2).").arg(t->name).arg(*source));
    }

    // Compatibility mode: the backed-up tenant's (from the backup's locality info) against the receiver's.
    if (t) {
        int sourceMode = -1;
        if (plan.source) {
            for (const DataDestEntry &d : plan.source->dataDests) {
                if (d.locality && d.locality->compatMode >= 0)
                    sourceMode = d.locality->compatMode;
            }
        }
        const QString sourceName = sourceMode == 1 ? QStringLiteral("ORACLE") : QStringLiteral("MYSQL");
        if (sourceMode < 0)
            out << result("compat_mode", S::Warn, Tr::tr("Compatibility mode"),
                          Tr::tr("The backup does not record the backed-up tenant's mode, so it was not compared with %1's (%2).").arg(t->name, t->compatibilityMode),
                          Tr::tr("Make sure both tenants are MySQL-mode or both Oracle-mode; OceanBase fails the import otherwise."));
        else if (sourceName.compare(t->compatibilityMode, Qt::CaseInsensitive) != 0)
            out << result("compat_mode", S::Fail, Tr::tr("Compatibility mode"),
                          Tr::tr("The backed-up tenant is %1-mode and %2 is %3-mode; tables cannot be imported across modes.").arg(sourceName, t->name, t->compatibilityMode),
                          Tr::tr("Pick a tenant of the same mode."));
        else
            out << result("compat_mode", S::Pass, Tr::tr("Compatibility mode"), Tr::tr("Both tenants are %1-mode.").arg(sourceName));
    }

    // No other recovery into that tenant (one job per target tenant).
    if (facts.runningRecoveries.contains(plan.tenantName, Qt::CaseInsensitive))
        out << result("running_recovery", S::Fail, Tr::tr("Running recoveries"), Tr::tr("A table recovery into %1 is already running.").arg(plan.tenantName),
                      Tr::tr("Follow it from the restore jobs view, or wait until it has ended."));
    else
        out << result("running_recovery", S::Pass, Tr::tr("Running recoveries"), Tr::tr("No table recovery into %1 is running.").arg(plan.tenantName));

    // The target databases exist, the target tables do not (check_recover_table_target_schema_).
    if (!names) {
        out << result("target_tables", S::Fail, Tr::tr("Tables"), error, Tr::tr("Correct the list of tables."));
    } else if (!facts.schemaRead) {
        out << result("target_databases", S::Warn, Tr::tr("Target databases and tables"),
                      RestoreStatement::checksRecoverTargetSchemaAtStatement(target.version)
                          ? Tr::tr("The sys tenant could not read %1's databases and tables (%2), so they were not checked. OceanBase "
                                   "refuses the statement if a target database is missing (1049) or a target table exists (1050).")
                                .arg(plan.tenantName, facts.schemaError)
                          : Tr::tr("The sys tenant could not read %1's databases and tables (%2), so they were not checked. OceanBase "
                                   "%3 fails the import, after the auxiliary tenant's restore, if a target database is missing "
                                   "(1049) or a target table exists (1050).")
                                .arg(plan.tenantName, facts.schemaError, target.version.toString()),
                      Tr::tr("In %1, check with SHOW DATABASES and SHOW TABLES."));
    } else {
        auto remapOf = [&](const RecoverName &n, QString *db, QString *table) {
            const Qt::CaseSensitivity cs = recoverrules::foldsCase(oracle, nameCase) ? Qt::CaseInsensitive : Qt::CaseSensitive;
            *db = n.database;
            *table = n.table;
            for (const RemapPair &p : plan.remapTables) {
                // Each side as the grammar reads it (a backquoted name may hold '.' or ':').
                const auto from = RestoreStatement::parseRemapSide(p.from, oracle, nullptr);
                const auto to = RestoreStatement::parseRemapSide(p.to, oracle, nullptr);
                if (!from || !to)
                    continue; // refused before the pre-checks (RestorePlan::problems)
                // A table of a remapped whole database goes to that database under its own name.
                if (from->table == u"*" && !n.isWholeDatabase() && from->database.compare(n.database, cs) == 0) {
                    *db = to->database;
                    continue;
                }
                if (from->database.compare(n.database, cs) != 0 || from->table.compare(n.table, cs) != 0)
                    continue;
                *db = to->database.isEmpty() ? n.database : to->database;
                *table = to->table;
            }
        };
        QStringList missing;
        QStringList existing;
        QStringList unlisted;
        for (const RecoverName &n : *names) {
            if (n.isEverything()) {
                unlisted << n.toSql();
                continue;
            }
            QString db, table;
            remapOf(n, &db, &table);
            if (!facts.hasDatabase(db, oracle) && !missing.contains(db))
                missing << db;
            if (n.isWholeDatabase()) {
                // A whole database into an empty one cannot clash; into one with tables it may.
                const Qt::CaseSensitivity cs = oracle ? Qt::CaseSensitive : Qt::CaseInsensitive;
                const bool empty = std::none_of(facts.tables.cbegin(), facts.tables.cend(), [&](const auto &known) { return known.first.compare(db, cs) == 0; });
                if (!empty)
                    unlisted << n.toSql();
            }
            else if (facts.hasTable(db, table, oracle))
                existing << db + u'.' + table;
        }
        // check_recover_table_target_schema_ runs with the statement only in newer builds; 4.2.1 to 4.3.3 accept it,
        // restore the auxiliary tenant, and fail in the import (the same error, hours later).
        const bool atStatement = RestoreStatement::checksRecoverTargetSchemaAtStatement(target.version);
        if (!missing.isEmpty())
            out << result("target_databases", S::Fail, Tr::tr("Target databases"),
                          atStatement ? Tr::tr("%1 has no database %2; OceanBase refuses the recovery (1049, Unknown database).")
                                            .arg(plan.tenantName, listText(missing))
                                      : Tr::tr("%1 has no database %2. OceanBase %3 accepts the statement, restores the auxiliary "
                                               "tenant, and only then fails the import (1049, Unknown database): hours lost.")
                                            .arg(plan.tenantName, listText(missing), target.version.toString()),
                          Tr::tr("Create the database in %1 first, or remap the tables to an existing database.").arg(plan.tenantName));
        else
            out << result("target_databases", S::Pass, Tr::tr("Target databases"), Tr::tr("Every target database exists in %1.").arg(plan.tenantName));
        if (!existing.isEmpty())
            out << result("target_tables", S::Fail, Tr::tr("Target tables"),
                          atStatement ? Tr::tr("%1 already has %2; OceanBase refuses the recovery (1050, table exists).")
                                            .arg(plan.tenantName, listText(existing))
                                      : Tr::tr("%1 already has %2. OceanBase %3 accepts the statement, restores the auxiliary "
                                               "tenant, and only then fails the import of that table (1050, table exists): "
                                               "hours lost.").arg(plan.tenantName, listText(existing), target.version.toString()),
                          Tr::tr("Remap each to a new name (for example %1_restored), or drop or rename the existing table.").arg(existing.first()));
        else if (!unlisted.isEmpty())
            out << result("target_tables", S::Warn, Tr::tr("Target tables"),
                          Tr::tr("The tables of %1 are known only once the auxiliary tenant is restored, so they could not be "
                                 "checked against %2's; OceanBase fails the import of any that exists.").arg(listText(unlisted), plan.tenantName),
                          Tr::tr("Remap the database to a new one (db.*:db_restored.*) to be safe."));
        else
            out << result("target_tables", S::Pass, Tr::tr("Target tables"), Tr::tr("None of the target tables exists in %1.").arg(plan.tenantName));
    }

    // The auxiliary tenant's pool, and the point inside a window (the same windows as a tenant restore).
    CheckResult pool = resources(plan, target);
    pool.title = Tr::tr("Auxiliary tenant's pool");
    if (pool.status == S::Pass)
        pool.explanation += u' ' + Tr::tr("OceanBase drops the auxiliary tenant when the recovery ends and keeps the pool.");
    out << pool;
    out << dataDisk(plan, target); // the auxiliary tenant restores the whole tenant first
    pointCheck(plan, &out);
    decryptionCheck(plan, &out);
    finish(&out, plan, target.version);
    return out;
}

namespace {

QString writerAnswer(const RestorePlan &plan, const ObVersion &version, qsizetype *count = nullptr)
{
    QString why;
    const auto list = RestoreExecutor::statements(plan, version, &why);
    if (count)
        *count = list ? list->size() : 0;
    return list ? QString() : why;
}

} // namespace

PlanField PreChecks::blame(const RestorePlan &plan, const ObVersion &targetVersion)
{
    const QString refusal = writerAnswer(plan, targetVersion);
    if (refusal.isEmpty())
        return PlanField::None;
    // Each field's neutral value: cleared where the field is optional, a known-good name or size where it is not.
    using Neutralize = void (*)(RestorePlan &);
    static const std::pair<PlanField, Neutralize> fields[] = {
        {PlanField::TenantName, [](RestorePlan &p) { p.tenantName = QStringLiteral("obrestore_probe"); }},
        {PlanField::Pool,
         [](RestorePlan &p) {
             p.existingPool = QStringLiteral("obrestore_probe_pool");
             p.pool.name = p.existingPool;
             p.pool.unitNum = 1;
             if (p.pool.zones.isEmpty())
                 p.pool.zones = {QStringLiteral("zone1")};
         }},
        {PlanField::UnitConfig,
         [](RestorePlan &p) {
             p.unit.name = QStringLiteral("obrestore_probe_unit");
             p.unit.maxCpu = 2;
             p.unit.minCpu = 0;
             p.unit.memoryBytes = 4ll << 30;
             p.unit.logDiskBytes = 12ll << 30;
         }},
        {PlanField::PrimaryZone, [](RestorePlan &p) { p.primaryZone.clear(); }},
        {PlanField::Locality, [](RestorePlan &p) { p.locality.clear(); }},
        {PlanField::Concurrency, [](RestorePlan &p) { p.concurrency.reset(); }},
        {PlanField::Quick, [](RestorePlan &p) { p.quick = false; }},
        {PlanField::KeyBackup,
         [](RestorePlan &p) {
             p.keyFromUri.clear();
             p.keyPassword.clear();
         }},
        {PlanField::Kms, [](RestorePlan &p) { p.kmsEncryptInfo.clear(); }},
        {PlanField::Description, [](RestorePlan &p) { p.description.clear(); }},
        {PlanField::Tables, [](RestorePlan &p) { p.recoverNames = QStringLiteral("obrestore_probe.obrestore_probe"); }},
        {PlanField::Remaps, [](RestorePlan &p) { p.remapTables.clear(); }},
        {PlanField::Point, [](RestorePlan &p) { p.point = RestorePlan::Point::Latest; }},
    };
    for (const auto &[field, neutralize] : fields) {
        RestorePlan probe = plan;
        neutralize(probe);
        if (writerAnswer(probe, targetVersion) != refusal)
            return field;
    }
    // The locations come from the source (its destinations, or what was parsed), not from a field the writer
    // could be given another value of: blamed when the writer refuses one of them.
    for (const QString &uri : plan.fromUris(targetVersion)) {
        if (!RestoreStatement::isValidUriFor(uri, targetVersion, nullptr))
            return PlanField::Locations;
    }
    return PlanField::None;
}

CheckResult PreChecks::statements(const RestorePlan &plan, const ObVersion &targetVersion)
{
    using S = CheckResult::Status;
    const QString title = Tr::tr("Statements");
    qsizetype count = 0;
    const QString refusal = writerAnswer(plan, targetVersion, &count);
    if (refusal.isEmpty())
        return result("statements", S::Pass, title,
                      Tr::tr("The %n statement(s) the next page shows are written for OceanBase %1.", nullptr, int(count))
                          .arg(targetVersion.toString()));
    const PlanField field = blame(plan, targetVersion);
    CheckResult r = result("statements", S::Fail, title, Tr::tr("The statements cannot be written: %1").arg(refusal),
                           field == PlanField::None        ? Tr::tr("Change the plan and run the checks again.")
                           : planFieldPage(field).isEmpty() ? Tr::tr("Change %1.").arg(planFieldName(field))
                                                            : Tr::tr("Change %1 on %2.").arg(planFieldName(field), planFieldPage(field)));
    r.field = field;
    return r;
}

bool PreChecks::allowsStart(const QList<CheckResult> &results)
{
    return std::none_of(results.cbegin(), results.cend(), [](const CheckResult &r) { return r.status == CheckResult::Status::Fail; });
}

} // namespace obrestore
