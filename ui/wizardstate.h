#pragma once

#include "backupdest/tenantcatalog.h"
#include "cluster/clusterinventory.h"
#include "cluster/restoreexecutor.h"
#include "cluster/sourcekeys.h"
#include "demobanner.h"
#include "plan/prechecks.h"
#include "plan/restoreplan.h"

#include <QThreadPool>

#include <optional>

namespace obrestore {

// What the wizard's pages share (KeePassXC style, qt-house-style.md §3.2): the plan they edit, and what the
// background work found. Owned by RestoreWizard; pages hold a reference. Only the GUI thread touches it.
struct WizardState
{
    RestorePlan plan;

    // Source.
    bool sourceOnline = false;            // scenario 1 always; scenario 3 by choice
    ConnectionSettings sourceConnection;  // scenario 1 (and 3 when online)
    std::optional<Catalog> catalog;       // the tenants found, online or offline
    std::shared_ptr<const Storage> sourceStorage; // what an offline catalog was read through (object storage too)
    SourceKeys sourceKeys;                // an online source's object-storage keys (in memory only)
    quint64 sourceGeneration = 0;         // bumped whenever the catalog changes: dependents start over

    // Target.
    std::optional<ClusterInventoryData> target;
    QList<RestoreJobInfo> targetRunningJobs;

    // Run.
    std::optional<qint64> jobId;

    std::optional<DemoInfo> demo;
    QThreadPool *pool = nullptr; // background work (never the GUI thread)
};

} // namespace obrestore
