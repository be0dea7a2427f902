#pragma once

#include "cluster/clusterinventory.h"
#include "restoreplan.h"

#include <QList>
#include <QString>

namespace obrestore {

struct CheckResult
{
    enum class Status { Pass, Warn, Fail };
    QString id;          // stable: "version", "tenant_name", "pool", "point", "running_job", "parameters", "decryption",
                         // "preview"
    Status status = Status::Pass;
    QString title;       // translated
    QString explanation; // translated
    QString fix;         // translated, empty when nothing to do
    PlanField field = PlanField::None; // where the user fixes it (the wizard offers to go there)
};

// The checks a DBA wants before pressing the button (issue "Talk to OceanBase"): each pass, warn or fail with an
// explanation and a fix. `runningJobs` are the RESTORE_TENANT_NAMEs of jobs in CDB_OB_RESTORE_PROGRESS.
class PreChecks
{
public:
    static QList<CheckResult> evaluate(const RestorePlan &plan, const ClusterInventoryData &target, const QStringList &runningJobs);
    // A table-level recovery (plan.isTables()): the version (4.2.1+), the receiving tenant, its mode against the
    // backed-up tenant's, the point, the auxiliary tenant's pool, the target databases and tables, other recoveries,
    // the decryption password; and first a hint that costs nothing: the table in the recycle bin (ids
    // "recyclebin", "target_tenant", "compat_mode", "target_databases", "target_tables", "running_recovery").
    static QList<CheckResult> evaluateRecover(const RestorePlan &plan, const ClusterInventoryData &target, const RecoverTargetFacts &facts);
    // The "pool" check alone: an existing unused pool, or a new unit config + pool against the zones' free
    // resources (the target page shows it live).
    static CheckResult resources(const RestorePlan &plan, const ClusterInventoryData &target);
    // The backup's size (the recorded bytes of the sets the restore reads) against the data disk free on the
    // servers of the pool's zones: each zone keeps a full copy, spread over its units.
    static CheckResult dataDisk(const RestorePlan &plan, const ClusterInventoryData &target);
    // The server's own dry run (PREVIEW + SHOW RESTORE PREVIEW, 4.2.3+ / 4.3.2+) in one pinned session.
    static CheckResult preview(const RestorePlan &plan, const ClusterInventoryData &target, Session &pinned,
                               ServerError::Kind *errorKind = nullptr);
    // The decryption check of an online source cannot compare passwords (the views only say there is one): the
    // preview's answer settles it (Pass when it passed, Fail on 9047, whatever the local check said).
    static void settleWithPreview(QList<CheckResult> *results, const CheckResult &preview, ServerError::Kind previewError);
    static bool allowsStart(const QList<CheckResult> &results);
    // The statement writer itself (RestoreExecutor::statements, what the summary shows and the restore sends): every
    // refusal of it is a failed check naming the page and field to change (id "statements"), so the summary never
    // finds a problem the checks passed. Added by evaluate() and evaluateRecover(); a Pass names the count.
    static CheckResult statements(const RestorePlan &plan, const ObVersion &targetVersion);
    // Which field of the plan makes the statement writer refuse it: the first whose neutral value (cleared, or a
    // known-good name) changes the writer's answer. The writer stays the only judge: no rule is repeated here.
    static PlanField blame(const RestorePlan &plan, const ObVersion &targetVersion);
};

} // namespace obrestore
