#pragma once

#include "plan/restoreplan.h"
#include "session.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace obrestore {

struct RestoreJobInfo
{
    qint64 jobId = 0;
    QString tenantName;
    qint64 tenantId = 0;
    QString status;          // progress: the sys row's STATUS; history: SUCCESS / FAIL (3.x: RESTORE_SUCCESS / RESTORE_FAIL)
    QString startTimestamp;
    QString finishTimestamp; // history only
    QString restoreScn;      // 3.x: the restore point's timestamp (RESTORE_FINISH_TIMESTAMP)
    QString comment;         // history only (3.x: INFO)
    // A table-level recovery (CDB_OB_RECOVER_TABLE_JOBS, the sys job): tenantName is the receiving tenant.
    bool recoverTable = false;
    QString recovering;      // "app.orders, hr.*"
    QString auxTenant;
};

// Starts a restore on the target: unit config and pool when the plan creates them, then SET DECRYPTION and
// ALTER SYSTEM RESTORE in one pinned session (the decryption lives in the session, ob-restore-sql.md §1.4).
// Runs in a worker thread with that thread's Session. Never resubmits a statement on its own.
class RestoreExecutor
{
public:
    // The settings of the pinned session: a read timeout above the server's 10-minute wait (§1.5).
    static ConnectionSettings pinnedSettings(ConnectionSettings target);

    explicit RestoreExecutor(Session &pinned) : m_session(pinned) {}

    // Everything start() sends, in order (unit config and pool, the 3.x session time zone, SET DECRYPTION, ALTER
    // SYSTEM RESTORE), for the summary and the exported script; nullopt with *why when the plan is not ready.
    static std::optional<QList<RenderedStatement>> statements(const RestorePlan &plan, const ObVersion &targetVersion, QString *why);

    // Returns the job id. `statements` receives the display form (secrets masked) of everything that ran.
    std::optional<qint64> start(const RestorePlan &plan, const ObVersion &targetVersion, ServerError *error, QStringList *statements = nullptr);

    // Cancels the running restore of `tenant`: CANCEL RESTORE from 4.2.1, DROP TENANT … FORCE before (both drop
    // the tenant). Refuses, sending nothing, when no restore of that tenant is running, so a typo can never drop a
    // live tenant. Never resent on its own.
    bool cancel(const QString &tenant, const ObVersion &targetVersion, ServerError *error, QStringList *statements = nullptr);

    // Jobs that are running now (one per job: the 4.x sys row), and the restore history, newest first; in the
    // target's dialect (3.x views have other columns, ob-restore-sql.md §2.6).
    static std::optional<QList<RestoreJobInfo>> runningJobs(Session &session, const ObVersion &target, ServerError *error);
    static std::optional<QList<RestoreJobInfo>> history(Session &session, const ObVersion &target, ServerError *error);
    // The job of `tenant` in a list from runningJobs() or history() (names compare case-insensitively), or null.
    static const RestoreJobInfo *jobFor(const QList<RestoreJobInfo> &jobs, const QString &tenant);

    // Table-level recoveries (4.2.1+; empty before): the sys jobs running now, and the history, newest first.
    static std::optional<QList<RestoreJobInfo>> runningRecoveries(Session &session, const ObVersion &target, ServerError *error);
    static std::optional<QList<RestoreJobInfo>> recoveryHistory(Session &session, const ObVersion &target, ServerError *error);
    // CANCEL RECOVER TABLE <tenant>, only when a recovery into it runs (never resent).
    bool cancelRecovery(const QString &tenant, const ObVersion &targetVersion, ServerError *error, QStringList *statements = nullptr);

private:
    Session &m_session;
};

} // namespace obrestore
