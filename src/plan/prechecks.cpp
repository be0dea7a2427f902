#include "prechecks.h"

#include "common/compatibility.h"
#include "tr.h"

namespace obrestore {

namespace {

CheckResult result(const char *id, CheckResult::Status status, const QString &title, const QString &explanation, const QString &fix = {})
{
    return {QString::fromLatin1(id), status, title, explanation, fix};
}

QString gib(qint64 bytes)
{
    return QStringLiteral("%1 GiB").arg(double(bytes) / double(1ll << 30), 0, 'f', 1);
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
                                                                        .arg(pool->name, pool->zones.join(QStringLiteral(", "))));
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
            for (const auto &s : target.servers) {
                if (s.zone != zone)
                    continue;
                ++servers;
                unknown = unknown || !s.resourcesKnown;
                if (s.cpuFree() >= cpu && s.memoryFree() >= plan.unit.memoryBytes && s.logDiskFree() >= plan.unit.logDiskBytes)
                    ++fit;
            }
            if (servers < plan.pool.unitNum)
                shortages << Tr::tr("zone %1 has %2 server(s) for %3 unit(s)").arg(zone).arg(servers).arg(plan.pool.unitNum);
            else if (!unknown && fit < plan.pool.unitNum)
                shortages << Tr::tr("zone %1 has room for %2 such unit(s), %3 needed").arg(zone).arg(fit).arg(plan.pool.unitNum);
        }
        if (!shortages.isEmpty())
            return result("pool", S::Fail, Tr::tr("Resources"), Tr::tr("The new resource pool does not fit: %1.").arg(shortages.join(QStringLiteral("; "))),
                          Tr::tr("Choose smaller units, fewer units, other zones, or an existing pool."));
        else if (unknown)
            return result("pool", S::Warn, Tr::tr("Resources"), Tr::tr("The target does not report its servers' free resources; the server checks them when the pool is created."));
        else
            return result("pool", S::Pass, Tr::tr("Resources"), Tr::tr("The new pool fits the free resources of zones %1.").arg(plan.pool.zones.join(QStringLiteral(", "))));
    }

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

    // Restore point inside a window, with the nearest valid points otherwise.
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
                          Tr::tr("The nearest restorable points: %1.").arg(nearest.join(QStringLiteral(", "))));
        }
    }

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

    // Decryption passwords for encrypted sets (9047 otherwise).
    if (plan.isEncrypted() && plan.decryptionPasswords.isEmpty())
        out << result("decryption", S::Fail, Tr::tr("Decryption password"), Tr::tr("The backup is encrypted and no decryption password is given."),
                      Tr::tr("Enter the backup's password(s)."));
    else if (plan.isEncrypted())
        out << result("decryption", S::Pass, Tr::tr("Decryption password"), Tr::tr("Decryption passwords are given; the server checks them."));
    return out;
}

CheckResult PreChecks::preview(const RestorePlan &plan, const ClusterInventoryData &target, Session &pinned)
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
        if (!pinned.execute(statements->at(i).sql, &e))
            return result("preview", S::Fail, Tr::tr("Restore preview"), e.toString(), e.fix);
    }
    const auto rows = pinned.read(statements->last().sql, {}, &e, 0);
    if (!rows)
        return result("preview", S::Fail, Tr::tr("Restore preview"), e.toString(), e.fix);
    QStringList used;
    for (const QVariantList &row : rows->rows)
        used << QStringLiteral("%1 %2").arg(row.value(0).toString(), row.value(2).toString().section(u'/', -1));
    return result("preview", S::Pass, Tr::tr("Restore preview"), Tr::tr("The target would use: %1.").arg(used.join(QStringLiteral(", "))));
}

bool PreChecks::allowsStart(const QList<CheckResult> &results)
{
    return std::none_of(results.cbegin(), results.cend(), [](const CheckResult &r) { return r.status == CheckResult::Status::Fail; });
}

} // namespace obrestore
