#include "restoreexecutor.h"

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
    auto col = [&](const QVariantList &row, const char *name) {
        for (qsizetype i = 0; i < rows.columns.size(); ++i) {
            if (rows.columns[i].compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
                return row.value(i);
        }
        return QVariant();
    };
    QList<RestoreJobInfo> out;
    for (const QVariantList &row : rows.rows) {
        RestoreJobInfo j;
        j.jobId = col(row, "JOB_ID").toLongLong();
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

} // namespace

std::optional<QList<RestoreJobInfo>> RestoreExecutor::runningJobs(Session &session, ServerError *error)
{
    // One job, two rows: TENANT_ID = 1 is the job's row (OBSHELL filters the same way, ob-restore-sql.md §2.1).
    const auto rows = session.read(QStringLiteral("SELECT JOB_ID, RESTORE_TENANT_NAME, RESTORE_TENANT_ID, STATUS, START_TIMESTAMP, RESTORE_SCN "
                                                  "FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE TENANT_ID = 1 ORDER BY JOB_ID DESC"),
                                   {}, error);
    if (!rows)
        return std::nullopt;
    return jobsOf(*rows, false);
}

std::optional<QList<RestoreJobInfo>> RestoreExecutor::history(Session &session, ServerError *error)
{
    const auto rows = session.read(QStringLiteral("SELECT JOB_ID, RESTORE_TENANT_NAME, RESTORE_TENANT_ID, STATUS, START_TIMESTAMP, FINISH_TIMESTAMP, "
                                                  "RESTORE_SCN, COMMENT FROM oceanbase.CDB_OB_RESTORE_HISTORY WHERE TENANT_ID = 1 ORDER BY JOB_ID DESC"),
                                   {}, error);
    if (!rows)
        return std::nullopt;
    return jobsOf(*rows, true);
}

std::optional<qint64> RestoreExecutor::start(const RestorePlan &plan, const ObVersion &targetVersion, ServerError *error, QStringList *statements)
{
    auto refuse = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = {ServerError::Kind::Server, 0, {}, {}, why, {}};
        return std::nullopt;
    };
    const QStringList problems = plan.validate();
    if (!problems.isEmpty())
        return refuse(problems.join(u' '));
    QString why;
    const auto request = plan.toRequest(targetVersion, &why);
    if (!request)
        return refuse(why);
    const auto restore = RestoreStatement::restore(*request, &why);
    if (!restore)
        return refuse(why);

    // Never a second job for the same tenant: look before submitting (a lost answer may mean it is running).
    const auto running = runningJobs(m_session, error);
    if (!running)
        return std::nullopt;
    for (const RestoreJobInfo &j : *running) {
        if (j.tenantName.compare(plan.tenantName, Qt::CaseInsensitive) == 0)
            return refuse(Tr::tr("A restore of %1 is already running (job %2): follow it instead of starting another.").arg(plan.tenantName).arg(j.jobId));
    }

    QList<RenderedStatement> all;
    if (plan.createPool) {
        const auto unit = RestoreStatement::createUnit(plan.unit, targetVersion, &why);
        PoolRequest pool = plan.pool;
        pool.unit = plan.unit.name;
        const auto createPool = unit ? RestoreStatement::createPool(pool, &why) : std::nullopt;
        if (!unit || !createPool)
            return refuse(why);
        all << *unit << *createPool;
    }
    if (targetVersion.major() < 4) {
        // 3.x reads UNTIL 'time' in the session time zone: set it to the plan's zone (ob-restore-sql.md §1.9).
        const int offset = plan.timeZone.offsetFromUtc(QDateTime::currentDateTimeUtc());
        const QString tz = QStringLiteral("%1%2:%3").arg(offset < 0 ? u'-' : u'+').arg(qAbs(offset) / 3600, 2, 10, QChar(u'0')).arg((qAbs(offset) % 3600) / 60, 2, 10, QChar(u'0'));
        all << RenderedStatement{QStringLiteral("SET time_zone = '%1';").arg(tz), QStringLiteral("SET time_zone = '%1';").arg(tz), false};
    }
    all << *restore;
    for (const RenderedStatement &st : std::as_const(all)) {
        if (statements)
            *statements << st.display;
        if (!m_session.execute(st.sql, error))
            return std::nullopt; // not resubmitted; the caller can look for the job
    }

    // The job id: from the progress view, or the history if the job already finished.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const auto jobs = runningJobs(m_session, error);
        if (!jobs)
            return std::nullopt;
        for (const RestoreJobInfo &j : *jobs) {
            if (j.tenantName.compare(plan.tenantName, Qt::CaseInsensitive) == 0)
                return j.jobId;
        }
        const auto done = history(m_session, error);
        if (!done)
            return std::nullopt;
        for (const RestoreJobInfo &j : *done) {
            if (j.tenantName.compare(plan.tenantName, Qt::CaseInsensitive) == 0)
                return j.jobId;
        }
        QThread::msleep(100);
    }
    return refuse(Tr::tr("The restore statement succeeded, but no job for %1 appeared in the progress or history views.").arg(plan.tenantName));
}

} // namespace obrestore
