#include "wizardtasks.h"

#include "cluster/onlinebackupcatalog.h"

namespace obrestore {

namespace {

std::optional<RestoreJobInfo> jobOf(const QList<RestoreJobInfo> &jobs, const QString &tenant)
{
    for (const RestoreJobInfo &j : jobs) {
        if (j.tenantName.compare(tenant, Qt::CaseInsensitive) == 0)
            return j;
    }
    return std::nullopt;
}

} // namespace

ClusterProbe probeCluster(const ConnectionSettings &settings)
{
    ClusterProbe out;
    Session session(settings);
    if (!session.open(&out.error))
        return out;
    out.inventory = ClusterInventory::read(session, &out.error);
    if (!out.inventory)
        return out;
    if (auto jobs = RestoreExecutor::runningJobs(session, out.inventory->version, &out.error))
        out.runningJobs = *jobs;
    else
        out.inventory.reset();
    return out;
}

OnlineSource readOnlineSource(const ConnectionSettings &settings, const CatalogOptions &options)
{
    OnlineSource out;
    Session session(settings);
    if (!session.open(&out.error))
        return out;
    if (const auto version = ClusterInventory::readVersion(session, nullptr, &out.error))
        out.sourceVersion = *version;
    else
        return out;
    auto scan = OnlineBackupCatalog::readScan(session, &out.error);
    if (!scan)
        return out;
    out.scan = *scan;
    out.catalog = buildCatalog(std::move(*scan), options);
    return out;
}

OfflineParse parseLocations(const QStringList &locations, const CatalogOptions &options, const std::shared_ptr<ParseControl> &control,
                            const QString &base, int readers)
{
    OfflineParse out;
    QList<BackupUri> uris;
    for (const QString &text : locations) {
        QString error;
        if (const auto uri = BackupUri::parse(text.trimmed(), &error, base))
            uris << *uri;
        else
            out.invalidLocations << error;
    }
    ScanOptions scan;
    scan.readers = readers;
    scan.cancel = &control->cancel;
    scan.progress = [control](const ScanProgress &p) {
        control->folders = p.folders;
        control->files = p.files;
        control->destinations = p.destinations;
        control->metadataRead = p.metadataRead;
    };
    out.scan = DestScanner().scan(uris, scan);
    out.catalog = buildCatalog(out.scan, options);
    return out;
}

PreCheckRun runPreChecks(const RestorePlan &plan)
{
    PreCheckRun out;
    // Pinned: PREVIEW and SHOW RESTORE PREVIEW share the session's decryption passwords.
    Session session(RestoreExecutor::pinnedSettings(plan.target));
    if (!session.open(&out.error))
        return out;
    out.inventory = ClusterInventory::read(session, &out.error);
    if (!out.inventory)
        return out;
    const auto jobs = RestoreExecutor::runningJobs(session, out.inventory->version, &out.error);
    if (!jobs) {
        out.inventory.reset();
        return out;
    }
    QStringList names;
    for (const RestoreJobInfo &j : *jobs)
        names << j.tenantName;
    out.results = PreChecks::evaluate(plan, *out.inventory, names);
    out.results << PreChecks::preview(plan, *out.inventory, session);
    return out;
}

RestoreStart startRestore(const RestorePlan &plan, const ObVersion &targetVersion)
{
    RestoreStart out;
    Session session(RestoreExecutor::pinnedSettings(plan.target));
    if (!session.open(&out.error))
        return out;
    RestoreExecutor executor(session);
    out.jobId = executor.start(plan, targetVersion, &out.error, &out.statements);
    if (!out.jobId)
        return out;
    ServerError ignored; // the job started; a failed status read only leaves the status empty
    if (const auto jobs = RestoreExecutor::runningJobs(session, targetVersion, &ignored))
        out.job = jobOf(*jobs, plan.tenantName);
    if (!out.job) {
        if (const auto done = RestoreExecutor::history(session, targetVersion, &ignored))
            out.job = jobOf(*done, plan.tenantName);
    }
    return out;
}

JobStatus readJobStatus(const ConnectionSettings &settings, const ObVersion &targetVersion, const QString &tenant)
{
    JobStatus out;
    Session session(settings);
    if (!session.open(&out.error))
        return out;
    const auto jobs = RestoreExecutor::runningJobs(session, targetVersion, &out.error);
    if (!jobs)
        return out;
    out.job = jobOf(*jobs, tenant);
    if (out.job)
        return out;
    const auto done = RestoreExecutor::history(session, targetVersion, &out.error);
    if (!done)
        return out;
    out.job = jobOf(*done, tenant);
    out.finished = out.job.has_value();
    return out;
}

} // namespace obrestore
