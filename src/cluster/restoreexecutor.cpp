#include "restoreexecutor.h"

#include <QSet>

#include "monitor/recoverprogress.h"
#include "tr.h"

#include <QDateTime>

namespace obrestore {

ConnectionSettings RestoreExecutor::pinnedSettings(ConnectionSettings target)
{
    target.readTimeoutSeconds = qMax(target.readTimeoutSeconds, 11 * 60);
    return target;
}

namespace {

QList<RestoreJobInfo> jobsOf(const Session::Rows &rows, bool history)
{
    auto col = [&](const QVariantList &row, const char *name) { return rows.value(row, name); };
    QList<RestoreJobInfo> out;
    QSet<qint64> seen;
    for (const QVariantList &row : rows.rows) {
        RestoreJobInfo j;
        j.jobId = col(row, "JOB_ID").toLongLong();
        // A job is one row, however often a server lists it (each tenant's history holds its own copy of a job).
        if (seen.contains(j.jobId))
            continue;
        seen.insert(j.jobId);
        j.tenantName = col(row, "RESTORE_TENANT_NAME").toString();
        j.tenantId = col(row, "RESTORE_TENANT_ID").toLongLong();
        j.status = col(row, "STATUS").toString();
        j.startTimestamp = col(row, "START_TIMESTAMP").toString();
        j.restoreScn = col(row, "RESTORE_SCN").toString();
        if (history) {
            j.finishTimestamp = col(row, "FINISH_TIMESTAMP").toString();
            j.comment = col(row, "COMMENT").toString();
        }
        out << j;
    }
    return out;
}

// The progress or history view in the target's dialect, with the 3.x columns renamed to the 4.x names.
std::optional<QList<RestoreJobInfo>> readJobs(Session &session, const ObVersion &target, bool history, ServerError *error)
{
    const QString view = history ? QStringLiteral("CDB_OB_RESTORE_HISTORY") : QStringLiteral("CDB_OB_RESTORE_PROGRESS");
    QString sql;
    if (target.major() < 4) {
        // 3.x (ob-restore-sql.md §2.6): one row per job; TENANT_ID is the restored tenant; the restore point is
        // RESTORE_FINISH_TIMESTAMP; INFO carries the failure. STATUS strings are RESTORE_SUCCESS / RESTORE_FAIL.
        sql = QStringLiteral("SELECT JOB_ID, TENANT_NAME AS RESTORE_TENANT_NAME, TENANT_ID AS RESTORE_TENANT_ID, STATUS, "
                             "START_TIME AS START_TIMESTAMP, COMPLETION_TIME AS FINISH_TIMESTAMP, RESTORE_FINISH_TIMESTAMP AS RESTORE_SCN, "
                             "INFO AS COMMENT FROM oceanbase.%1 ORDER BY JOB_ID DESC")
                  .arg(view);
    } else {
        // One job, two rows: TENANT_ID = 1 is the job's row (OBSHELL filters the same way, ob-restore-sql.md §2.1).
        sql = QStringLiteral("SELECT JOB_ID, RESTORE_TENANT_NAME, RESTORE_TENANT_ID, STATUS, START_TIMESTAMP, RESTORE_SCN%1 "
                             "FROM oceanbase.%2 WHERE TENANT_ID = 1 ORDER BY JOB_ID DESC")
                  .arg(history ? QStringLiteral(", FINISH_TIMESTAMP, COMMENT") : QString(), view);
    }
    const auto rows = session.read(sql, {}, error);
    if (!rows)
        return std::nullopt;
    return jobsOf(*rows, history);
}

void refuseWith(ServerError *error, const QString &why)
{
    if (error)
        *error = {ServerError::Kind::Server, 0, {}, {}, why, {}};
}

} // namespace

namespace {

std::optional<QList<RestoreJobInfo>> readRecoveries(Session &session, const ObVersion &target, bool history, ServerError *error)
{
    if (!RestoreStatement::supportsRecoverTable(target))
        return QList<RestoreJobInfo>{};
    const auto rows = session.read(QStringLiteral("SELECT JOB_ID, TARGET_TENANT_NAME, STATUS, START_TIMESTAMP, FINISH_TIMESTAMP, RESTORE_SCN, "
                                                  "AUX_TENANT_NAME, IMPORT_ALL, DB_LIST, TABLE_LIST, RESULT, COMMENT FROM oceanbase.%1 "
                                                  "WHERE TENANT_ID = 1 ORDER BY JOB_ID DESC")
                                       .arg(history ? QStringLiteral("CDB_OB_RECOVER_TABLE_JOB_HISTORY") : QStringLiteral("CDB_OB_RECOVER_TABLE_JOBS")),
                                   {}, error);
    if (!rows)
        return std::nullopt;
    QList<RestoreJobInfo> out;
    for (const QVariantList &row : rows->rows) {
        RestoreJobInfo j;
        j.recoverTable = true;
        j.jobId = rows->value(row, "JOB_ID").toLongLong();
        j.tenantName = rows->value(row, "TARGET_TENANT_NAME").toString();
        // The history's STATUS of the sys job is COMPLETED or FAILED; RESULT says SUCCESS or FAILED.
        j.status = history && !rows->value(row, "RESULT").toString().isEmpty() ? rows->value(row, "RESULT").toString()
                                                                               : rows->value(row, "STATUS").toString();
        j.startTimestamp = rows->value(row, "START_TIMESTAMP").toString();
        j.restoreScn = rows->value(row, "RESTORE_SCN").toString();
        j.auxTenant = rows->value(row, "AUX_TENANT_NAME").toString();
        RecoverTableState names;
        names.importAll = rows->value(row, "IMPORT_ALL").toLongLong() != 0;
        names.dbList = rows->value(row, "DB_LIST").toString();
        names.tableList = rows->value(row, "TABLE_LIST").toString();
        j.recovering = names.whatText();
        if (history) {
            j.finishTimestamp = rows->value(row, "FINISH_TIMESTAMP").toString();
            j.comment = rows->value(row, "COMMENT").toString();
        }
        out << j;
    }
    return out;
}

} // namespace

std::optional<QList<RestoreJobInfo>> RestoreExecutor::runningRecoveries(Session &session, const ObVersion &target, ServerError *error)
{
    return readRecoveries(session, target, false, error);
}

std::optional<QList<RestoreJobInfo>> RestoreExecutor::recoveryHistory(Session &session, const ObVersion &target, ServerError *error)
{
    return readRecoveries(session, target, true, error);
}

bool RestoreExecutor::cancelRecovery(const QString &tenant, const ObVersion &targetVersion, ServerError *error, QStringList *statements)
{
    QString why;
    const auto cancel = RestoreStatement::cancelRecoverTable(tenant, targetVersion, &why);
    if (!cancel) {
        refuseWith(error, why);
        return false;
    }
    const auto running = runningRecoveries(m_session, targetVersion, error);
    if (!running)
        return false;
    if (!jobFor(*running, tenant)) {
        refuseWith(error, Tr::tr("No table recovery into %1 is running, so there is nothing to cancel.").arg(tenant));
        return false;
    }
    if (statements)
        *statements << cancel->display;
    return m_session.execute(cancel->sql, error);
}

const RestoreJobInfo *RestoreExecutor::jobFor(const QList<RestoreJobInfo> &jobs, const QString &tenant)
{
    for (const RestoreJobInfo &j : jobs) {
        if (j.tenantName.compare(tenant, Qt::CaseInsensitive) == 0)
            return &j;
    }
    return nullptr;
}

std::optional<QList<RestoreJobInfo>> RestoreExecutor::runningJobs(Session &session, const ObVersion &target, ServerError *error)
{
    return readJobs(session, target, false, error);
}

std::optional<QList<RestoreJobInfo>> RestoreExecutor::history(Session &session, const ObVersion &target, ServerError *error)
{
    return readJobs(session, target, true, error);
}

bool RestoreExecutor::cancel(const QString &tenant, const ObVersion &targetVersion, ServerError *error, QStringList *statements)
{
    QString why;
    const auto cancel = RestoreStatement::cancel(tenant, targetVersion, &why);
    if (!cancel) {
        refuseWith(error, why);
        return false;
    }
    // Before 4.2.1 cancelling is DROP TENANT … FORCE: only ever send it for a tenant that is being restored.
    const auto running = runningJobs(m_session, targetVersion, error);
    if (!running)
        return false;
    if (!jobFor(*running, tenant)) {
        refuseWith(error, Tr::tr("No restore of %1 is running, so there is nothing to cancel; the tenant was left alone.").arg(tenant));
        return false;
    }
    for (const RenderedStatement &st : *cancel) {
        if (statements)
            *statements << st.display;
        if (!m_session.execute(st.sql, error))
            return false; // never resent: the caller reads the progress view again
    }
    return true;
}

std::optional<QList<RenderedStatement>> RestoreExecutor::statements(const RestorePlan &plan, const ObVersion &targetVersion, QString *why)
{
    const QStringList problems = plan.validate();
    if (!problems.isEmpty()) {
        if (why)
            *why = problems.join(u' ');
        return std::nullopt;
    }
    std::optional<QList<RenderedStatement>> restore;
    if (plan.isTables()) {
        const auto request = plan.toRecoverRequest(targetVersion, why);
        if (request)
            restore = RestoreStatement::recoverTable(*request, why);
    } else if (const auto request = plan.toRequest(targetVersion, why)) {
        restore = RestoreStatement::restore(*request, why);
    }
    if (!restore)
        return std::nullopt;

    QList<RenderedStatement> all;
    if (plan.createPool) {
        const auto unit = RestoreStatement::createUnit(plan.unit, targetVersion, why);
        PoolRequest pool = plan.pool;
        pool.unit = plan.unit.name;
        const auto createPool = unit ? RestoreStatement::createPool(pool, why) : std::nullopt;
        if (!unit || !createPool)
            return std::nullopt;
        all << *unit << *createPool;
    }
    if (targetVersion.major() < 4 && !plan.isTables()) {
        // 3.x reads UNTIL 'time' in the session time zone: set it to the plan's zone (ob-restore-sql.md §1.9).
        // The zone's offset at the restore point itself (not now: daylight saving may differ).
        const auto point = plan.restoreScn();
        const int offset = plan.timeZone.offsetFromUtc(point ? point->toUtcDateTime() : QDateTime::currentDateTimeUtc());
        all << RestoreStatement::setSessionTimeZone(offset);
    }
    all << *restore;
    return all;
}

std::optional<qint64> RestoreExecutor::start(const RestorePlan &plan, const ObVersion &targetVersion, ServerError *error, QStringList *statements)
{
    auto refuse = [&](const QString &why) -> std::optional<qint64> {
        refuseWith(error, why);
        return std::nullopt;
    };
    QString why;
    const auto all = RestoreExecutor::statements(plan, targetVersion, &why);
    if (!all)
        return refuse(why);

    // Never a second job for the same tenant: look before submitting (a lost answer may mean it is running).
    const auto running = plan.isTables() ? runningRecoveries(m_session, targetVersion, error) : runningJobs(m_session, targetVersion, error);
    if (!running)
        return std::nullopt;
    if (const RestoreJobInfo *j = jobFor(*running, plan.tenantName)) {
        if (plan.isTables())
            return refuse(Tr::tr("A table recovery into %1 is already running (job %2): follow it, or wait until it has ended.").arg(plan.tenantName).arg(j->jobId));
        return refuse(Tr::tr("A restore of %1 is already running (job %2): follow it instead of starting another.").arg(plan.tenantName).arg(j->jobId));
    }

    // The newest recovery known before this one starts: the new job is the one after it.
    qint64 newestBefore = 0;
    if (plan.isTables()) {
        const auto done = recoveryHistory(m_session, targetVersion, error);
        if (!done)
            return std::nullopt;
        for (const RestoreJobInfo &j : *running + *done)
            newestBefore = qMax(newestBefore, j.jobId);
    }
    for (const RenderedStatement &st : *all) {
        if (statements)
            *statements << st.display;
        if (!m_session.execute(st.sql, error))
            return std::nullopt; // not resubmitted; the caller can look for the job
    }

    // The job id: from the progress view, or the history if the job already finished.
    for (int attempt = 0; plan.isTables() && attempt < 20; ++attempt) {
        for (const bool done : {false, true}) {
            const auto jobs = done ? recoveryHistory(m_session, targetVersion, error) : runningRecoveries(m_session, targetVersion, error);
            if (!jobs)
                return std::nullopt;
            for (const RestoreJobInfo &j : *jobs) {
                if (j.jobId > newestBefore && j.tenantName.compare(plan.tenantName, Qt::CaseInsensitive) == 0)
                    return j.jobId;
            }
        }
        QThread::msleep(100);
    }
    if (plan.isTables())
        return refuse(Tr::tr("The RECOVER TABLE statement succeeded, but no recovery into %1 appeared in the job views.").arg(plan.tenantName));
    for (int attempt = 0; attempt < 20; ++attempt) {
        const auto jobs = runningJobs(m_session, targetVersion, error);
        if (!jobs)
            return std::nullopt;
        if (const RestoreJobInfo *j = jobFor(*jobs, plan.tenantName))
            return j->jobId;
        const auto done = history(m_session, targetVersion, error);
        if (!done)
            return std::nullopt;
        if (const RestoreJobInfo *j = jobFor(*done, plan.tenantName))
            return j->jobId;
        QThread::msleep(100);
    }
    return refuse(Tr::tr("The restore statement succeeded, but no job for %1 appeared in the progress or history views.").arg(plan.tenantName));
}

} // namespace obrestore
