#pragma once

#include "restoreprogress.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace obrestore {

// One table of a table-level recovery's import (CDB_OB_IMPORT_TABLE_TASKS or its history; docs/recover-table.md §3).
struct ImportTaskState
{
    qint64 taskId = 0;
    QString source;        // db.table in the backup
    QString target;        // db.table in the target tenant
    QString status;        // INIT, DOING, FINISH
    qint64 indexes = 0, importedIndexes = 0, failedIndexes = 0;
    qint64 constraints = 0, importedConstraints = 0, failedConstraints = 0;
    QString result;        // SUCCESS or FAILED once FINISH
    QString comment;
    bool failed() const { return result.compare(u"FAILED", Qt::CaseInsensitive) == 0; }
};

// A table-level recovery as one look shows it: the sys job and the target tenant's job
// (CDB_OB_RECOVER_TABLE_JOBS), the import job (CDB_OB_IMPORT_TABLE_JOBS) and its tasks. Carried in a ProgressSample
// (its `recover`), whose restore fields describe the auxiliary tenant's restore while that phase runs.
struct RecoverTableState
{
    // The target tenant's job statuses in order (ObRecoverTableStatus::get_user_next_status), then the end states.
    enum class Phase { Prepare, RestoreAuxTenant, ActiveAuxTenant, PrecheckImport, GenImportJob, Importing, Canceling, Completed, Failed, Unknown };
    static Phase phaseOf(const QString &status);  // in words: ProgressText::status(status)
    static int phaseStep(Phase phase);       // 0…5 for the running phases, for bands and bars; -1 otherwise

    qint64 sysJobId = 0;
    qint64 userJobId = 0;
    QString sysStatus;                       // PREPARE, RECOVERING, COMPLETED, FAILED
    QString status;                          // the target tenant's job; empty until it exists
    Phase phase = Phase::Prepare;
    QString targetTenant;
    QString auxTenant;                       // AUX_RECOVER$<µs>
    bool importAll = false;
    QString dbList, tableList, remapDbList, remapTableList;
    QString restoreOption;
    QString importStatus;                    // INIT, IMPORT_TABLE, RECONSTRUCT_REF_CONSTRAINT, CANCELING, IMPORT_FINISH
    std::optional<qint64> tablesTotal, tablesFinished, tablesFailed;
    QList<ImportTaskState> tasks;
    QString result;                          // SUCCESS / FAILED once ended
    QString comment;

    // What is recovered, as the job names it: "app.orders, hr.*" (or "*.*").
    QString whatText() const;       // "crm.*, app.orders": for reports and JSON (never translated)
    QStringList whatItems() const;  // the same names, for a list in the UI language (listText)
    QStringList auxPools() const;            // pool_list of the auxiliary tenant (it stays after the job)
};

// Reads one table-level recovery whose target is `tenant` (the newest, or the one whose sys job is `sysJobId`):
// one query for the jobs and the import job, one for the tasks once the import exists, and while the auxiliary
// tenant restores, that restore's own progress (ProgressReader). The history once the job has left.
class RecoverTableReader final : public JobReader
{
public:
    RecoverTableReader(const ObVersion &version, QString tenant, std::optional<qint64> sysJobId = std::nullopt);

    ProgressSample read(Session &session) override;
    void resetDiscovery() override;
    std::optional<qint64> jobId() const override { return m_sysJobId; }

    static QString jobsQuery(bool history, bool byJob);
    static QString tasksQuery(bool history);

private:
    bool readTasks(Session &session, RecoverTableState *state, bool history, qint64 tenantId, qint64 importJobId, ServerError *error);

    ObVersion m_version;
    QString m_tenant;
    std::optional<qint64> m_sysJobId;
    std::unique_ptr<ProgressReader> m_aux;   // the auxiliary tenant's restore
    QString m_auxTenant;
    int m_missingReads = 0;
};

} // namespace obrestore
