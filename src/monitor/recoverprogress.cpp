#include "recoverprogress.h"

#include "tr.h"

namespace obrestore {

RecoverTableState::Phase RecoverTableState::phaseOf(const QString &status)
{
    static const QList<std::pair<const char *, Phase>> names{
        {"PREPARE", Phase::Prepare}, {"RECOVERING", Phase::Prepare}, {"RESTORE_AUX_TENANT", Phase::RestoreAuxTenant},
        {"ACTIVE_AUX_TENANT", Phase::ActiveAuxTenant}, {"PRECHECK_IMPORT", Phase::PrecheckImport},
        {"GEN_IMPORT_JOB", Phase::GenImportJob}, {"IMPORTING", Phase::Importing}, {"CANCELING", Phase::Canceling},
        {"COMPLETED", Phase::Completed}, {"FAILED", Phase::Failed}};
    for (const auto &[name, phase] : names) {
        if (status.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return phase;
    }
    return Phase::Unknown;
}

int RecoverTableState::phaseStep(Phase phase)
{
    switch (phase) {
    case Phase::Prepare: return 0;
    case Phase::RestoreAuxTenant: return 1;
    case Phase::ActiveAuxTenant: return 2;
    case Phase::PrecheckImport: return 3;
    case Phase::GenImportJob: return 4;
    case Phase::Importing: return 5;
    default: return -1;
    }
}

QStringList RecoverTableState::whatItems() const
{
    if (importAll)
        return {QStringLiteral("*.*")};
    QStringList parts;
    for (const QString &db : dbList.split(u',', Qt::SkipEmptyParts))
        parts << db + QStringLiteral(".*");
    parts += tableList.split(u',', Qt::SkipEmptyParts);
    return parts;
}

QString RecoverTableState::whatText() const
{
    return whatItems().join(QStringLiteral(", "));
}

QStringList RecoverTableState::auxPools() const
{
    for (const QString &kv : restoreOption.split(u'&')) {
        if (kv.startsWith(QStringLiteral("pool_list="), Qt::CaseInsensitive))
            return kv.mid(10).split(u',', Qt::SkipEmptyParts);
    }
    return {};
}

RecoverTableReader::RecoverTableReader(const ObVersion &version, QString tenant, std::optional<qint64> sysJobId)
    : m_version(version), m_tenant(std::move(tenant)), m_sysJobId(sysJobId)
{
}

void RecoverTableReader::resetDiscovery()
{
    if (m_aux)
        m_aux->resetDiscovery();
}

QString RecoverTableReader::jobsQuery(bool history, bool byJob)
{
    // Both jobs of one recovery in one answer: the sys job (TENANT_ID 1) and the target tenant's job, which names
    // the sys job as INITIATOR_JOB_ID; the import job joined to the latter (its INITIATOR_JOB_ID is that job).
    const QString suffix = history ? QStringLiteral("_JOB_HISTORY") : QStringLiteral("_JOBS");
    QString sql = QStringLiteral(
                      "SELECT r.TENANT_ID, r.JOB_ID, r.INITIATOR_JOB_ID, r.STATUS, r.AUX_TENANT_NAME, r.TARGET_TENANT_NAME, "
                      "r.IMPORT_ALL, r.DB_LIST, r.TABLE_LIST, r.REMAP_DB_LIST, r.REMAP_TABLE_LIST, r.RESTORE_OPTION, r.RESTORE_SCN, "
                      "r.START_TIMESTAMP, r.FINISH_TIMESTAMP, r.RESULT, r.COMMENT, i.JOB_ID AS IMPORT_JOB_ID, "
                      "i.STATUS AS IMPORT_STATUS, i.TOTAL_TABLE_COUNT, i.FINISHED_TABLE_COUNT, i.FAILED_TABLE_COUNT "
                      "FROM oceanbase.CDB_OB_RECOVER_TABLE%1 r LEFT JOIN oceanbase.CDB_OB_IMPORT_TABLE%1 i "
                      "ON r.TENANT_ID <> 1 AND i.TENANT_ID = r.TENANT_ID AND i.INITIATOR_JOB_ID = r.JOB_ID "
                      "WHERE r.TARGET_TENANT_NAME = ?")
                      .arg(suffix);
    if (byJob)
        sql += QStringLiteral(" AND ((r.TENANT_ID = 1 AND r.JOB_ID = ?) OR (r.TENANT_ID <> 1 AND r.INITIATOR_JOB_ID = ?))");
    return sql + QStringLiteral(" ORDER BY r.TENANT_ID, r.JOB_ID");
}

QString RecoverTableReader::tasksQuery(bool history)
{
    const QString columns = QStringLiteral("TASK_ID, SRC_DATABASE, SRC_TABLE, TARGET_DATABASE, TARGET_TABLE, STATUS, TOTAL_INDEX_COUNT, "
                                           "IMPORTED_INDEX_COUNT, FAILED_INDEX_COUNT, TOTAL_CONSTRAINT_COUNT, IMPORTED_CONSTRAINT_COUNT, "
                                           "FAILED_CONSTRAINT_COUNT, RESULT, COMMENT");
    // Finished tasks may move to the history before their job does (UNCONFIRMED when): both are read.
    if (history)
        return QStringLiteral("SELECT %1 FROM oceanbase.CDB_OB_IMPORT_TABLE_TASK_HISTORY WHERE TENANT_ID = ? AND JOB_ID = ? ORDER BY TASK_ID").arg(columns);
    return QStringLiteral("SELECT %1 FROM oceanbase.CDB_OB_IMPORT_TABLE_TASKS WHERE TENANT_ID = ? AND JOB_ID = ? UNION ALL "
                          "SELECT %1 FROM oceanbase.CDB_OB_IMPORT_TABLE_TASK_HISTORY WHERE TENANT_ID = ? AND JOB_ID = ? ORDER BY 1")
        .arg(columns);
}

bool RecoverTableReader::readTasks(Session &session, RecoverTableState *state, bool history, qint64 tenantId, qint64 importJobId, ServerError *error)
{
    QVariantList binds{tenantId, importJobId};
    if (!history)
        binds << tenantId << importJobId;
    const auto rows = session.read(tasksQuery(history), binds, error, 0);
    if (!rows)
        return false;
    QSet<qint64> seen;
    for (const QVariantList &r : rows->rows) {
        ImportTaskState t;
        t.taskId = rows->value(r, "TASK_ID").toLongLong();
        if (seen.contains(t.taskId))
            continue;
        seen.insert(t.taskId);
        t.source = rows->value(r, "SRC_DATABASE").toString() + u'.' + rows->value(r, "SRC_TABLE").toString();
        t.target = rows->value(r, "TARGET_DATABASE").toString() + u'.' + rows->value(r, "TARGET_TABLE").toString();
        t.status = rows->value(r, "STATUS").toString();
        t.indexes = rows->value(r, "TOTAL_INDEX_COUNT").toLongLong();
        t.importedIndexes = rows->value(r, "IMPORTED_INDEX_COUNT").toLongLong();
        t.failedIndexes = rows->value(r, "FAILED_INDEX_COUNT").toLongLong();
        t.constraints = rows->value(r, "TOTAL_CONSTRAINT_COUNT").toLongLong();
        t.importedConstraints = rows->value(r, "IMPORTED_CONSTRAINT_COUNT").toLongLong();
        t.failedConstraints = rows->value(r, "FAILED_CONSTRAINT_COUNT").toLongLong();
        t.result = rows->value(r, "RESULT").toString();
        t.comment = rows->value(r, "COMMENT").toString();
        state->tasks << t;
    }
    return true;
}

ProgressSample RecoverTableReader::read(Session &session)
{
    ProgressSample sample;
    sample.tenantName = m_tenant;
    auto failed = [&](const ServerError &e) {
        sample.kind = e.isConnectionProblem() ? ProgressSample::Kind::ConnectionLost : ProgressSample::Kind::Error;
        sample.error = e;
        sample.at = QDateTime::currentDateTimeUtc();
        sample.jobId = m_sysJobId.value_or(0);
        return sample;
    };
    if (m_version < ObVersion(4, 2, 1)) {
        ServerError e;
        e.kind = ServerError::Kind::NotSupported;
        e.explanation = Tr::tr("Table-level recovery exists from OceanBase 4.2.1 on; the target is %1.").arg(m_version.toString());
        return failed(e);
    }
    ServerError error;
    // Reads the jobs of one view (live or history) into `state`; false when the recovery is not there.
    auto readJobs = [&](bool history, RecoverTableState *state, qint64 *importTenant, qint64 *importJob, bool *found) -> bool {
        QVariantList binds{m_tenant};
        if (m_sysJobId)
            binds << *m_sysJobId << *m_sysJobId;
        const auto rows = session.read(jobsQuery(history, m_sysJobId.has_value()), binds, &error, 0);
        if (!rows)
            return false;
        // The newest sys job, and the target tenant's job it initiated.
        const QVariantList *sys = nullptr;
        const QVariantList *user = nullptr;
        for (const QVariantList &r : rows->rows) {
            if (rows->value(r, "TENANT_ID").toLongLong() == 1)
                sys = &r;
        }
        const qint64 sysId = sys ? rows->value(*sys, "JOB_ID").toLongLong() : m_sysJobId.value_or(0);
        for (const QVariantList &r : rows->rows) {
            if (rows->value(r, "TENANT_ID").toLongLong() != 1 && (sysId == 0 || rows->value(r, "INITIATOR_JOB_ID").toLongLong() == sysId))
                user = &r;
        }
        *found = sys || user;
        if (!*found)
            return true;
        const QVariantList &main = user ? *user : *sys;
        state->sysJobId = sys ? sysId : rows->value(main, "INITIATOR_JOB_ID").toLongLong();
        if (sys)
            state->sysStatus = rows->value(*sys, "STATUS").toString();
        if (user) {
            state->userJobId = rows->value(*user, "JOB_ID").toLongLong();
            state->status = rows->value(*user, "STATUS").toString();
        }
        state->phase = RecoverTableState::phaseOf(user ? state->status : QStringLiteral("PREPARE"));
        state->targetTenant = rows->value(main, "TARGET_TENANT_NAME").toString();
        state->auxTenant = rows->value(main, "AUX_TENANT_NAME").toString();
        state->importAll = rows->value(main, "IMPORT_ALL").toLongLong() != 0;
        state->dbList = rows->value(main, "DB_LIST").toString();
        state->tableList = rows->value(main, "TABLE_LIST").toString();
        state->remapDbList = rows->value(main, "REMAP_DB_LIST").toString();
        state->remapTableList = rows->value(main, "REMAP_TABLE_LIST").toString();
        state->restoreOption = rows->value(main, "RESTORE_OPTION").toString();
        state->result = rows->value(main, "RESULT").toString();
        state->comment = rows->value(main, "COMMENT").toString();
        sample.startTimestamp = rows->value(sys ? *sys : main, "START_TIMESTAMP").toString();
        sample.restoreScn = rows->value(main, "RESTORE_SCN").toULongLong();
        sample.finishTimestamp = rows->value(main, "FINISH_TIMESTAMP").toString();
        if (user && !rows->value(*user, "IMPORT_JOB_ID").isNull()) {
            *importTenant = rows->value(*user, "TENANT_ID").toLongLong();
            *importJob = rows->value(*user, "IMPORT_JOB_ID").toLongLong();
            state->importStatus = rows->value(*user, "IMPORT_STATUS").toString();
            state->tablesTotal = rows->value(*user, "TOTAL_TABLE_COUNT").toLongLong();
            state->tablesFinished = rows->value(*user, "FINISHED_TABLE_COUNT").toLongLong();
            state->tablesFailed = rows->value(*user, "FAILED_TABLE_COUNT").toLongLong();
        }
        return true;
    };

    auto state = std::make_shared<RecoverTableState>();
    qint64 importTenant = 0;
    qint64 importJob = 0;
    bool live = false;
    if (!readJobs(false, state.get(), &importTenant, &importJob, &live))
        return failed(error);
    // The target tenant's job has reached the history (its outcome is known) although the sys job may still be
    // live for a moment, dropping the auxiliary tenant.
    const bool userGone = live && state->userJobId == 0 && state->sysStatus.compare(u"PREPARE", Qt::CaseInsensitive) != 0;
    if (!live || userGone) {
        auto done = std::make_shared<RecoverTableState>();
        bool inHistory = false;
        if (userGone)
            m_sysJobId = state->sysJobId;
        if (!readJobs(true, done.get(), &importTenant, &importJob, &inHistory))
            return failed(error);
        if (inHistory && (done->userJobId != 0 || !userGone)) {
            if (importJob && !readTasks(session, done.get(), true, importTenant, importJob, &error))
                return failed(error);
            m_missingReads = 0;
            m_sysJobId = done->sysJobId;
            sample.kind = ProgressSample::Kind::Finished;
            sample.jobId = done->sysJobId;
            sample.jobStatus = done->status.isEmpty() ? done->sysStatus : done->status;
            sample.success = done->result.compare(u"SUCCESS", Qt::CaseInsensitive) == 0;
            sample.comment = done->comment;
            sample.restoreOption = done->restoreOption;
            if (sample.success && sample.restoreScn > 1)
                sample.recoverScn = sample.restoreScn; // the auxiliary tenant reached the point
            sample.at = QDateTime::currentDateTimeUtc();
            sample.recover = done;
            return sample;
        }
        if (!userGone) {
            ++m_missingReads;
            sample.kind = ProgressSample::Kind::NotFound;
            sample.at = QDateTime::currentDateTimeUtc();
            sample.jobId = m_sysJobId.value_or(0);
            sample.error.kind = ServerError::Kind::TenantProblem;
            sample.error.explanation = m_sysJobId
                ? Tr::tr("Table recovery job %1 into %2 is neither running nor in the history.").arg(*m_sysJobId).arg(m_tenant)
                : Tr::tr("No table recovery into %1 is running, and the history has none.").arg(m_tenant);
            return sample;
        }
    }
    m_missingReads = 0;
    m_sysJobId = state->sysJobId;
    if (importJob && !readTasks(session, state.get(), false, importTenant, importJob, &error))
        return failed(error);
    sample.kind = ProgressSample::Kind::Running;
    sample.jobId = state->sysJobId;
    sample.jobStatus = state->status.isEmpty() ? state->sysStatus : state->status;
    sample.restoreOption = state->restoreOption;
    // While the auxiliary tenant restores, its restore's own progress (data and log), read as any restore is.
    const int step = RecoverTableState::phaseStep(state->phase);
    if (!state->auxTenant.isEmpty() && step >= 0 && step <= 1) {
        if (!m_aux || m_auxTenant != state->auxTenant) {
            m_aux = std::make_unique<ProgressReader>(m_version, state->auxTenant);
            m_auxTenant = state->auxTenant;
        }
        const ProgressSample aux = m_aux->read(session);
        if (aux.kind == ProgressSample::Kind::ConnectionLost)
            return failed(aux.error);
        if (aux.kind == ProgressSample::Kind::Running) {
            sample.tenantStatus = aux.jobStatus;
            sample.elapsedSeconds = aux.elapsedSeconds;
            if (aux.restoreScn > 1)
                sample.restoreScn = aux.restoreScn;
            sample.recoverScn = aux.recoverScn;
            sample.tablets = aux.tablets;
            sample.finishedTablets = aux.finishedTablets;
            sample.lsCount = aux.lsCount;
            sample.finishedLsCount = aux.finishedLsCount;
            sample.totalBytes = aux.totalBytes;
            sample.finishedBytes = aux.finishedBytes;
            sample.dataBasis = aux.dataBasis;
            sample.logBasis = aux.logBasis;
            sample.dataPercent = aux.dataPercent;
            sample.logPercent = aux.logPercent;
            sample.logStreams = aux.logStreams;
            sample.progressColumns = aux.progressColumns;
            // From 4.3.5 the auxiliary restore may be quick, counted in tablets (fill_recover_table_restore_type_).
            sample.restoreType = aux.restoreType;
            sample.displayMode = aux.displayMode;
        }
    } else if (step >= 2) {
        // The auxiliary tenant has been restored: its data and log are complete.
        sample.dataPercent = 100;
        sample.logPercent = 100;
        if (sample.restoreScn > 1)
            sample.recoverScn = sample.restoreScn;
    }
    sample.at = QDateTime::currentDateTimeUtc();
    sample.recover = state;
    return sample;
}

} // namespace obrestore
