#include "wizardtasks.h"

#include "backupdest/diagnostics.h"
#include "backupdest/objectstorage.h"
#include "backupdest/restoreverify.h"
#include "common/backupuri.h"
#include "tr.h"
#include "monitor/recoverprogress.h"

#include "cluster/onlinebackupcatalog.h"

namespace obrestore {

namespace {

// The job of `tenant`: running, else finished (in the history).
JobStatus jobStatus(Session &session, const ObVersion &version, const QString &tenant, bool recovery = false)
{
    JobStatus out;
    const auto running = recovery ? RestoreExecutor::runningRecoveries(session, version, &out.error)
                                  : RestoreExecutor::runningJobs(session, version, &out.error);
    if (!running)
        return out;
    if (const RestoreJobInfo *j = RestoreExecutor::jobFor(*running, tenant)) {
        out.job = *j;
        return out;
    }
    const auto done = recovery ? RestoreExecutor::recoveryHistory(session, version, &out.error)
                               : RestoreExecutor::history(session, version, &out.error);
    if (!done)
        return out;
    if (const RestoreJobInfo *j = RestoreExecutor::jobFor(*done, tenant)) {
        out.job = *j;
        out.finished = true;
    }
    return out;
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
    out.keys = SourceKeys(*scan, SourceKeys::read(session));
    out.keys.applyTo(*scan);
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
        control->requests = p.requests;
        control->bytes = p.bytes;
    };
    out.scan = DestScanner().scan(uris, scan);
    out.catalog = buildCatalog(out.scan, options);
    return out;
}

TenantRestoreSource checkRestoreFiles(const TenantEntry &tenant, TenantRestoreSource source,
                                      const std::shared_ptr<FileCheckControl> &control,
                                      const std::shared_ptr<const Storage> &storage)
{
    VerifyOptions options;
    options.cancel = &control->cancel;
    options.progress = [control](qint64 checked, qint64 total) {
        control->checked = checked;
        control->total = total;
    };
    const LocalStorage local;
    verifyRestoreSource(storage ? *storage : static_cast<const Storage &>(local), tenant, source, options);
    return source;
}

AccessTest testAccess(const QString &location, const QString &accessKey)
{
    AccessTest out;
    QString error;
    const auto uri = BackupUri::parse(location.trimmed(), &error);
    if (!uri) {
        out.summary = error;
        return out;
    }
    BackupStorage storage(accessKey);
    Storage::Status status = Storage::Status::IoError;
    const auto root = storage.rootOf(*uri, &error, &status);
    if (!root) {
        out.summary = error;
        return out;
    }
    const Storage::Listing l = storage.list(*root);
    const QString shown = uri->toDisplayString();
    if (l.status == Storage::Status::NotFound) {
        out.reachable = !uri->isLocal(); // the bucket answered: only this prefix is empty
        out.summary = uri->isLocal() ? Tr::tr("%1 does not exist.").arg(shown)
                                     : Tr::tr("The bucket answered, but nothing is stored below %1: check the path.").arg(shown);
        return out;
    }
    if (l.status != Storage::Status::Ok) {
        if (auto d = diag::storageFailure(l.status, shown, l.message)) {
            out.summary = d->message;
            out.diagnostics << *d;
        } else {
            out.summary = Tr::tr("%1 could not be listed: %2").arg(shown, l.message);
        }
        return out;
    }
    out.reachable = true;
    int folders = 0;
    int files = 0;
    bool format = false;
    for (const Storage::Entry &e : l.entries) {
        (e.isDir ? folders : files) += 1;
        format = format || (!e.isDir && (e.name == u"format.obbak" || e.name == u"format"));
    }
    const QString counts = Tr::tr("%1 and %2").arg(Tr::tr("%n folder(s)", nullptr, folders), Tr::tr("%n file(s)", nullptr, files));
    out.summary = format ? Tr::tr("Reached %1: a backup destination (it holds a format file), %2 at its top. Press Parse to read it.").arg(shown, counts)
                         : Tr::tr("Reached %1: %2 at this level; Parse looks for backup destinations below it.").arg(shown, counts);
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
    if (plan.isTables()) {
        // A table-level recovery: the receiving tenant's schema, recycle bin and running recoveries.
        const auto *tenant = out.inventory->tenant(plan.tenantName);
        const auto facts = RecoverTargetFacts::read(session, out.inventory->version, tenant ? tenant->id : 0, &out.error);
        if (!facts) {
            out.inventory.reset();
            return out;
        }
        out.results = PreChecks::evaluateRecover(plan, *out.inventory, *facts);
        return out;
    }
    QStringList names;
    for (const RestoreJobInfo &j : *jobs)
        names << j.tenantName;
    out.results = PreChecks::evaluate(plan, *out.inventory, names);
    auto previewError = ServerError::Kind::None;
    const CheckResult preview = PreChecks::preview(plan, *out.inventory, session, &previewError);
    PreChecks::settleWithPreview(&out.results, preview, previewError);
    out.results << preview;
    return out;
}

RestoreStart startRestore(const RestorePlan &plan, const ObVersion &targetVersion)
{
    RestoreStart out;
    // The secrets this restore sends, complete as used, masked by value in everything shown or saved from now on.
    for (const QString &secret : plan.decryptionPasswords + QStringList{plan.keyPassword, plan.kmsEncryptInfo, plan.target.password})
        rememberSecret(secret);
    Session session(RestoreExecutor::pinnedSettings(plan.target));
    if (!session.open(&out.error))
        return out;
    RestoreExecutor executor(session);
    out.jobId = executor.start(plan, targetVersion, &out.error, &out.statements);
    if (!out.jobId)
        return out;
    // The job started; a failed status read only leaves the status empty.
    out.job = jobStatus(session, targetVersion, plan.tenantName, plan.isTables()).job;
    return out;
}

JobStatus readJobStatus(const ConnectionSettings &settings, const ObVersion &targetVersion, const QString &tenant)
{
    Session session(settings);
    JobStatus out;
    if (!session.open(&out.error))
        return out;
    return jobStatus(session, targetVersion, tenant);
}

RestoreJobsList listRestoreJobs(const ConnectionSettings &settings)
{
    RestoreJobsList out;
    Session session(settings);
    if (!session.open(&out.error))
        return out;
    const auto version = ClusterInventory::readVersion(session, nullptr, &out.error);
    if (!version)
        return out;
    auto running = RestoreExecutor::runningJobs(session, *version, &out.error);
    if (!running)
        return out;
    auto history = RestoreExecutor::history(session, *version, &out.error);
    if (!history)
        return out;
    // Table-level recoveries beside the restores (4.2.1+).
    const auto recovering = RestoreExecutor::runningRecoveries(session, *version, &out.error);
    const auto recovered = recovering ? RestoreExecutor::recoveryHistory(session, *version, &out.error) : std::nullopt;
    if (!recovered)
        return out;
    out.version = version;
    out.readAt = QDateTime::currentDateTimeUtc();
    out.running = std::move(*running) + *recovering;
    out.history = std::move(*history) + *recovered;
    // How far each running job is: one read of the same views the progress window polls.
    for (const RestoreJobInfo &j : std::as_const(out.running)) {
        std::unique_ptr<JobReader> reader;
        if (j.recoverTable)
            reader = std::make_unique<RecoverTableReader>(*version, j.tenantName, j.jobId);
        else
            reader = std::make_unique<ProgressReader>(*version, j.tenantName, j.jobId);
        out.progress << reader->read(session);
    }
    return out;
}

StatementsRun cancelRestore(const ConnectionSettings &settings, const ObVersion &targetVersion, const QString &tenant, bool recovery)
{
    StatementsRun out;
    Session session(settings);
    RestoreExecutor executor(session);
    out.ok = recovery ? executor.cancelRecovery(tenant, targetVersion, &out.error, &out.statements)
                      : executor.cancel(tenant, targetVersion, &out.error, &out.statements);
    return out;
}

StatementsRun dropPools(const ConnectionSettings &settings, const QStringList &pools)
{
    StatementsRun out;
    Session session(settings);
    // The pools' unit configs, to name what remains (a pool is dropped, its unit config is not).
    const auto inventory = ClusterInventory::read(session, &out.error);
    if (!inventory)
        return out;
    for (const auto &p : inventory->pools) {
        if (pools.contains(p.name) && !p.unitConfig.isEmpty() && !out.leftUnits.contains(p.unitConfig)
            && std::none_of(inventory->pools.cbegin(), inventory->pools.cend(),
                            [&](const auto &other) { return other.unitConfig == p.unitConfig && !pools.contains(other.name); }))
        {
            out.leftUnits << p.unitConfig;
            if (const auto st = RestoreStatement::dropUnit(p.unitConfig, nullptr))
                out.leftUnitDrops << st->display;
        }
    }
    for (const QString &pool : pools) {
        QString why;
        const auto st = RestoreStatement::dropPool(pool, &why);
        if (!st) {
            out.error = {ServerError::Kind::Server, 0, {}, {}, why, {}};
            return out;
        }
        out.statements << st->display;
        if (!session.execute(st->sql, &out.error))
            return out;
    }
    out.ok = true;
    return out;
}

} // namespace obrestore
