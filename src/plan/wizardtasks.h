#pragma once

#include "monitor/restoreprogress.h"
#include "backupdest/tenantcatalog.h"
#include "cluster/clusterinventory.h"
#include "cluster/restoreexecutor.h"
#include "cluster/sourcekeys.h"
#include "prechecks.h"
#include "restoreplan.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace obrestore {

// The wizard's background work, as blocking functions a worker thread runs (QtConcurrent in ui/). Each one that
// talks to a cluster creates its own Session in the calling thread and removes it before returning
// (../shared/DESIGN.md "one connection per thread"). Results are value types handed to the GUI thread.

// A connection test for a sys tenant: the version and the inventory, plus the restore jobs running there.
struct ClusterProbe
{
    std::optional<ClusterInventoryData> inventory;
    QList<RestoreJobInfo> runningJobs;
    ServerError error;
};
ClusterProbe probeCluster(const ConnectionSettings &settings);

// Scenario 1: the source cluster's tenants and their backups, read live.
struct OnlineSource
{
    std::optional<Catalog> catalog;
    ScanResult scan; // what the catalog was built from (keys applied): rebuilt for the messages' language after a switch
    // The object-storage destinations' keys: from the source where it holds them readable, else typed later.
    SourceKeys keys;
    ObVersion sourceVersion;
    ServerError error;
};
OnlineSource readOnlineSource(const ConnectionSettings &settings, const CatalogOptions &options);

// Scenario 2: the backup locations' files. The GUI reads the counters while it runs and sets `cancel`.
struct ParseControl
{
    std::atomic<qint64> folders{0};
    std::atomic<qint64> files{0};
    std::atomic<qint64> destinations{0};
    std::atomic<qint64> metadataRead{0};
    std::atomic<qint64> requests{0}; // object storage: HTTP requests and bytes received
    std::atomic<qint64> bytes{0};
    std::atomic_bool cancel{false};
};
struct OfflineParse
{
    Catalog catalog;
    ScanResult scan; // what the catalog was built from: rebuilt for the messages' language after a switch
    QStringList invalidLocations; // translated messages for text that is not a location
};
// `base`: the folder relative paths are resolved against. `readers`: parallel metadata readers (0: default).
OfflineParse parseLocations(const QStringList &locations, const CatalogOptions &options, const std::shared_ptr<ParseControl> &control,
                            const QString &base, int readers = 0);

// "Check files" on the tenant page: what a restore to the chosen point opens, listed on the storage the tenant was
// parsed from (restoreverify.h). The GUI reads `checked`/`total` while it runs and sets `cancel`.
struct FileCheckControl
{
    std::atomic<qint64> checked{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
};
// `storage`: the parse's (ScanResult::storage); nullptr for local paths only.
TenantRestoreSource checkRestoreFiles(const TenantEntry &tenant, TenantRestoreSource source,
                                      const std::shared_ptr<FileCheckControl> &control,
                                      const std::shared_ptr<const Storage> &storage = nullptr);

// "Test access" on the source page: lists one object-storage location (or folder) and says what is there, without
// parsing it. `accessKey` is used when the location has no access_key=.
struct AccessTest
{
    bool reachable = false;
    QString summary;               // translated: what was found, or what failed
    QList<Diagnostic> diagnostics; // the STORAGE_* finding when it failed
};
AccessTest testAccess(const QString &location, const QString &accessKey);

// The pre-checks: the target's inventory and running jobs read again (they may have changed since the target page),
// the plan evaluated, and the server's own PREVIEW where the target has it.
struct PreCheckRun
{
    std::optional<ClusterInventoryData> inventory;
    QList<CheckResult> results;
    ServerError error;
};
PreCheckRun runPreChecks(const RestorePlan &plan);

// The restore itself, in one pinned session, then the job as the progress view shows it.
struct RestoreStart
{
    std::optional<qint64> jobId;
    QStringList statements; // what was sent, secrets masked
    std::optional<RestoreJobInfo> job;
    ServerError error;
};
RestoreStart startRestore(const RestorePlan &plan, const ObVersion &targetVersion);

// The job of `tenant` now: running, or in the history when finished.
struct JobStatus
{
    std::optional<RestoreJobInfo> job;
    bool finished = false;
    ServerError error;
};
JobStatus readJobStatus(const ConnectionSettings &settings, const ObVersion &targetVersion, const QString &tenant);

// The "Restore jobs" view: the target's version, its running restores and its restore history (newest first).
struct RestoreJobsList
{
    std::optional<ObVersion> version;
    QList<RestoreJobInfo> running;
    QList<ProgressSample> progress; // per running job, in the same order: one sample of its progress
    QList<RestoreJobInfo> history;
    QDateTime readAt; // this computer's clock when the lists were read: no finish shown can be later
    ServerError error;
};
RestoreJobsList listRestoreJobs(const ConnectionSettings &settings);

// Cancel: the version's statement (CANCEL RESTORE from 4.2.1, DROP TENANT … FORCE before), sent once, only while a
// restore of that tenant runs. The caller follows the job until it has left the progress view.
struct StatementsRun
{
    bool ok = false;
    QStringList statements; // what was sent, in order
    ServerError error;
    QStringList leftUnits;  // dropPools: the unit configs of the dropped pools that no other pool uses (they remain)
    QStringList leftUnitDrops; // and the statements that would drop them (not sent)
};
// `recovery`: CANCEL RECOVER TABLE <tenant> (the receiving tenant) instead.
StatementsRun cancelRestore(const ConnectionSettings &settings, const ObVersion &targetVersion, const QString &tenant, bool recovery = false);
// DROP RESOURCE POOL for each pool (after a cancel or a failure the pools stay, ob-restore-sql.md §1.6); stops at
// the first error.
StatementsRun dropPools(const ConnectionSettings &settings, const QStringList &pools);

} // namespace obrestore
