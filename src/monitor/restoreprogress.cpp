#include "restoreprogress.h"

#include "recoverprogress.h"

#include <cmath>

#include "tr.h"

#include <QRegularExpression>

namespace obrestore {

namespace {

// ObLSRestoreStatus (ob-restore-sql.md §2.4).
const char *const kLsStatus40[] = {"RESTORE_NONE", "RESTORE_START", "RESTORE_SYS_TABLETS", "WAIT_RESTORE_SYS_TABLETS",
                                   "RESTORE_TABLETS_META", "WAIT_RESTORE_TABLETS_META", "QUICK_RESTORE", "WAIT_QUICK_RESTORE",
                                   "QUICK_RESTORE_FINISH", "RESTORE_MAJOR_DATA", "WAIT_RESTORE_MAJOR_DATA", "RESTORE_FAILED"};
const char *const kLsStatus42[] = {"RESTORE_NONE", "RESTORE_START", "RESTORE_SYS_TABLETS", "WAIT_RESTORE_SYS_TABLETS",
                                   "RESTORE_TABLETS_META", "WAIT_RESTORE_TABLETS_META", "RESTORE_TO_CONSISTENT_SCN",
                                   "WAIT_RESTORE_TO_CONSISTENT_SCN", "QUICK_RESTORE", "WAIT_QUICK_RESTORE", "QUICK_RESTORE_FINISH",
                                   "RESTORE_MAJOR_DATA", "WAIT_RESTORE_MAJOR_DATA", "RESTORE_FAILED"};

// 4.0 has the old numbering; 4.2.1+ the new one. 4.1 and 4.2.0 were not checked (UNCONFIRMED): read with the new.
bool oldLsNumbering(const ObVersion &v)
{
    return v < ObVersion(4, 1);
}

int lsFailedStatus(const ObVersion &v)
{
    return oldLsNumbering(v) ? 11 : 13;
}



std::optional<qint64> optInt(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<double> optReal(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

quint64 scnOf(const QVariant &v)
{
    bool ok = false;
    const quint64 n = v.toULongLong(&ok);
    return ok ? n : 0;
}

} // namespace

std::optional<QDateTime> serverDateTime(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime) {
        QDateTime dt = value.toDateTime();
        dt.setTimeSpec(Qt::UTC);
        return dt;
    }
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d+))?)"));
    const auto m = re.match(value.toString().trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString ms = (m.captured(3) + QStringLiteral("000")).left(3);
    QDateTime dt = QDateTime::fromString(m.captured(1) + u'T' + m.captured(2) + u'.' + ms, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

QString lsRestoreStatusName(int status, const ObVersion &version, bool *confirmed)
{
    if (confirmed)
        *confirmed = oldLsNumbering(version) || !(version < ObVersion(4, 2, 1));
    // Clone states (ObLSRestoreStatus, src/storage/ls/ob_ls_restore_status.h: 101–105).
    static const char *const kClone[] = {"CLONE_START", "CLONE_COPY_ALL_TABLET_META", "CLONE_COPY_LS_META", "CLONE_CLOG_REPLAY", "CLONE_FAILED"};
    if (status >= 101 && status <= 105)
        return QLatin1StringView(kClone[status - 101]);
    if (oldLsNumbering(version)) {
        if (status >= 0 && status < int(std::size(kLsStatus40)))
            return QLatin1StringView(kLsStatus40[status]);
    } else if (status >= 0 && status < int(std::size(kLsStatus42))) {
        return QLatin1StringView(kLsStatus42[status]);
    }
    return QString::number(status);
}

double lsRestoreStepFraction(int status, const ObVersion &version)
{
    if (status == 0)
        return 1.0; // RESTORE_NONE while a job runs: this LS has finished
    const int failed = lsFailedStatus(version);
    if (status <= 0 || status >= failed)
        return 0.0;
    return double(status) / double(failed); // the steps before RESTORE_FAILED, in order
}

bool lsRestoreStatusFailed(int status, const ObVersion &version)
{
    return status == lsFailedStatus(version);
}

ProgressSample::DataBasis restoreProgressBasis(const ProgressSample &s)
{
    // 4.3.x computes RESTORE_PROGRESS from the job's ObRestoreProgressDisplayMode (TABLET_CNT or BYTES). Where the
    // view shows the mode, it decides. Where it does not (UNCONFIRMED which versions expose it), the value itself
    // tells: a percentage that equals FINISH_BYTES of TOTAL_BYTES and not FINISH_TABLET_COUNT of TABLET_COUNT is
    // bytes. Before 4.3 FINISH_BYTES never moves (ob-restore-sql.md §2.5), so the answer stays tablets there.
    if (s.displayMode == u"BYTES")
        return ProgressSample::DataBasis::Bytes;
    if (s.displayMode == u"TABLET_CNT" || !s.dataPercent)
        return ProgressSample::DataBasis::Tablets;
    const auto near = [&](double pct) { return std::abs(pct - *s.dataPercent) < 0.5; };
    const bool bytes = s.totalBytes && *s.totalBytes > 0 && s.finishedBytes && *s.finishedBytes > 0
                       && near(double(*s.finishedBytes) * 100.0 / double(*s.totalBytes));
    const bool tablets = s.tablets && *s.tablets > 0 && s.finishedTablets && near(double(*s.finishedTablets) * 100.0 / double(*s.tablets));
    return bytes && !tablets ? ProgressSample::DataBasis::Bytes : ProgressSample::DataBasis::Tablets;
}

QString ProgressSample::progressFingerprint() const
{
    QStringList parts{jobStatus, tenantStatus, QString::number(finishedTablets.value_or(-1)), QString::number(tablets.value_or(-1)),
                      QString::number(recoverScn.value_or(0)), QString::number(finishedLsCount.value_or(-1)),
                      QString::number(finishedBytes.value_or(-1)),
                      QString::number(dataPercent.value_or(-1), 'f', 2), QString::number(logPercent.value_or(-1), 'f', 2)};
    for (const LsRestoreProgress &ls : logStreams)
        parts << QStringLiteral("%1/%2/%3/%4/%5").arg(ls.lsId).arg(ls.status).arg(ls.lastReplayScn).arg(ls.finishedTablets).arg(ls.result);
    if (recover) {
        parts << recover->status << recover->importStatus << QString::number(recover->tablesFinished.value_or(-1))
              << QString::number(recover->tablesFailed.value_or(-1));
        for (const ImportTaskState &t : recover->tasks)
            parts << t.status + u'/' + QString::number(t.importedIndexes) + u'/' + QString::number(t.importedConstraints);
    }
    return parts.join(u'|');
}

QStringList ProgressSample::poolList() const
{
    if (recover)
        return recover->auxPools();
    for (const QString &kv : restoreOption.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq > 0 && kv.left(eq).trimmed().compare(u"pool_list", Qt::CaseInsensitive) == 0)
            return kv.mid(eq + 1).split(u',', Qt::SkipEmptyParts);
    }
    return {};
}

ProgressReader::ProgressReader(const ObVersion &version, QString tenant, std::optional<qint64> jobId)
    : m_version(version), m_tenant(std::move(tenant)), m_jobId(jobId)
{
}

bool ProgressReader::discover(Session &session, ServerError *error)
{
    if (m_discovered)
        return true;
    // The view's columns differ by version (§2.1): ask the server rather than guessing from the version number.
    const auto rows = session.read(QStringLiteral("SELECT * FROM oceanbase.CDB_OB_RESTORE_PROGRESS LIMIT 0"), {}, error, 0);
    if (!rows)
        return false;
    m_columns.clear();
    for (const QString &c : rows->columns)
        m_columns.insert(c.toUpper());
    m_discovered = true;
    return true;
}

bool ProgressReader::hasProgressColumns() const
{
    // RECOVER_SCN … RESTORE_PROGRESS came together (4.2.1.7 on 4.2.x, 4.3.3; ob-restore-sql.md §2.1).
    for (const char *c : {"RECOVER_SCN", "RECOVER_PROGRESS", "TABLET_COUNT", "FINISH_TABLET_COUNT", "RESTORE_PROGRESS"}) {
        if (!m_columns.contains(QLatin1StringView(c)))
            return false;
    }
    return true;
}

QString ProgressReader::progressQuery() const
{
    auto job = [&](const QString &column) { return m_jobId ? QStringLiteral(" AND %1 = ?").arg(column) : QString(); };
    if (m_version.major() < 4) {
        // 3.x (§2.6): one row per job; PARTITION_COUNT moves only in the replica phases.
        return QStringLiteral("SELECT NOW(6) AS SERVER_NOW, JOB_ID, TENANT_ID AS RESTORE_TENANT_ID, TENANT_NAME AS RESTORE_TENANT_NAME, "
                              "STATUS, START_TIME AS START_TIMESTAMP, PARTITION_COUNT, FINISH_PARTITION_COUNT, RESTORE_FINISH_TIMESTAMP "
                              "FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE TENANT_NAME = ?%1 ORDER BY JOB_ID DESC")
            .arg(job(QStringLiteral("JOB_ID")));
    }
    QString select = QStringLiteral("SELECT NOW(6) AS SERVER_NOW, p.TENANT_ID, p.JOB_ID, p.RESTORE_TENANT_NAME, p.RESTORE_TENANT_ID, "
                                    "p.STATUS, p.START_TIMESTAMP, p.RESTORE_SCN, p.RESTORE_OPTION");
    if (hasProgressColumns())
        select += QStringLiteral(", p.RECOVER_SCN, p.RECOVER_PROGRESS, p.TABLET_COUNT, p.FINISH_TABLET_COUNT, p.RESTORE_PROGRESS");
    // Optional columns, each where the view has it: the quick/full restore type (4.3.3), the bytes (all 4.x), and
    // the basis of RESTORE_PROGRESS (ObRestoreProgressDisplayMode: TABLET_CNT or BYTES).
    for (const char *c : {"RESTORE_TYPE", "TOTAL_BYTES", "FINISH_BYTES", "PROGRESS_DISPLAY_MODE"}) {
        if (m_columns.contains(QLatin1StringView(c)))
            select += QStringLiteral(", p.") + QLatin1StringView(c);
    }
    QString from = QStringLiteral(" FROM oceanbase.CDB_OB_RESTORE_PROGRESS p");
    QString order = QStringLiteral(" ORDER BY p.JOB_ID DESC, p.TENANT_ID");
    if (m_joinVirtual) {
        // The aggregate and per-LS tables carry what the view lacks (LS counts, LS steps, replay SCNs; §2.4), in
        // the same round trip. The restored tenant's row joins its own rows; the sys row joins none.
        select += QStringLiteral(", a.ls_count AS AGG_LS_COUNT, a.finish_ls_count AS AGG_FINISH_LS_COUNT, a.tablet_count AS AGG_TABLET_COUNT, "
                                 "a.finish_tablet_count AS AGG_FINISH_TABLET_COUNT, l.ls_id AS LS_ID, l.svr_ip AS LS_SVR_IP, "
                                 "l.svr_port AS LS_SVR_PORT, l.status AS LS_STATUS, l.start_replay_scn AS LS_START_REPLAY_SCN, "
                                 "l.last_replay_scn AS LS_LAST_REPLAY_SCN, l.tablet_count AS LS_TABLET_COUNT, "
                                 "l.finish_tablet_count AS LS_FINISH_TABLET_COUNT, l.result AS LS_RESULT, l.comment AS LS_COMMENT");
        from += QStringLiteral(" LEFT JOIN oceanbase.__all_virtual_restore_progress a ON a.tenant_id = p.TENANT_ID AND a.job_id = p.JOB_ID"
                               " LEFT JOIN oceanbase.__all_virtual_ls_restore_progress l ON l.tenant_id = p.TENANT_ID AND l.job_id = p.JOB_ID");
        order += QStringLiteral(", l.ls_id, l.svr_ip, l.svr_port");
    }
    return select + from + QStringLiteral(" WHERE p.RESTORE_TENANT_NAME = ?") + job(QStringLiteral("p.JOB_ID")) + order;
}

ProgressSample ProgressReader::read(Session &session)
{
    ProgressSample sample;
    auto failed = [&](const ServerError &e) {
        sample.kind = e.isConnectionProblem() ? ProgressSample::Kind::ConnectionLost : ProgressSample::Kind::Error;
        sample.error = e;
        sample.at = QDateTime::currentDateTimeUtc();
        sample.tenantName = m_tenant;
        sample.jobId = m_jobId.value_or(0);
        return sample;
    };
    ServerError error;
    if (m_version.major() >= 4 && !discover(session, &error))
        return failed(error);
    QVariantList binds{m_tenant};
    if (m_jobId)
        binds << *m_jobId;
    auto rows = session.read(progressQuery(), binds, &error, 0);
    if (!rows && m_joinVirtual && !error.isConnectionProblem() && m_version.major() >= 4) {
        // A server that refuses the virtual tables (privileges, a build without them): the view alone.
        m_joinVirtual = false;
        rows = session.read(progressQuery(), binds, &error, 0);
    }
    if (!rows)
        return failed(error);
    if (!rows->rows.isEmpty()) {
        m_missingReads = 0;
        sample = readRunning(*rows);
        sample.at = QDateTime::currentDateTimeUtc();
        m_jobId = sample.jobId;
        return sample;
    }
    // No row in the progress view: the job has finished (or never existed). Read the history (§2.2).
    const auto done = readHistory(session, &error);
    if (!done && error.isError())
        return failed(error);
    if (done) {
        m_missingReads = 0;
        sample = *done;
        sample.at = QDateTime::currentDateTimeUtc();
        return sample;
    }
    ++m_missingReads;
    sample.kind = ProgressSample::Kind::NotFound;
    sample.at = QDateTime::currentDateTimeUtc();
    sample.tenantName = m_tenant;
    sample.jobId = m_jobId.value_or(0);
    sample.error.kind = ServerError::Kind::TenantProblem;
    sample.error.explanation = m_jobId ? Tr::tr("Restore job %1 of %2 is neither running nor in the restore history.").arg(*m_jobId).arg(m_tenant)
                                       : Tr::tr("No restore of %1 is running, and the restore history has none.").arg(m_tenant);
    return sample;
}

ProgressSample ProgressReader::readRunning(const Session::Rows &rows)
{
    auto col = [&rows](const QVariantList &row, const char *name) { return rows.value(row, name); };
    ProgressSample s;
    s.kind = ProgressSample::Kind::Running;
    s.tenantName = m_tenant;
    const QVariantList &first = rows.rows.first();
    s.jobId = col(first, "JOB_ID").toLongLong();
    if (const auto now = serverDateTime(col(first, "SERVER_NOW"))) {
        if (const auto start = serverDateTime(col(first, "START_TIMESTAMP")))
            s.elapsedSeconds = qMax<qint64>(0, start->secsTo(*now));
    }
    s.startTimestamp = col(first, "START_TIMESTAMP").toString();

    if (m_version.major() < 4) {
        s.tenantId = col(first, "RESTORE_TENANT_ID").toLongLong();
        s.jobStatus = col(first, "STATUS").toString();
        // RESTORE_FINISH_TIMESTAMP: the restore point, in microseconds.
        if (const auto us = optInt(col(first, "RESTORE_FINISH_TIMESTAMP")); us && *us > 0)
            s.restoreScn = quint64(*us) * 1000;
        const auto total = optInt(col(first, "PARTITION_COUNT"));
        const auto done = optInt(col(first, "FINISH_PARTITION_COUNT"));
        if (total && *total > 0 && done && *done >= 0) {
            s.tablets = total;
            s.finishedTablets = done;
            s.dataBasis = ProgressSample::DataBasis::Partitions;
            s.dataPercent = qBound(0.0, double(*done) * 100.0 / double(*total), 100.0);
        }
        return s;
    }

    s.progressColumns = hasProgressColumns();
    quint64 lsBase = 0;
    quint64 lsRecover = 0;
    bool anyLs = false;
    double stepSum = 0;
    for (const QVariantList &row : rows.rows) {
        if (col(row, "JOB_ID").toLongLong() != s.jobId)
            continue; // an older job of the same name (should not happen: one restore per name)
        const qint64 tenantId = col(row, "TENANT_ID").toLongLong();
        if (tenantId == 1) {
            s.jobStatus = col(row, "STATUS").toString();
            s.restoreOption = col(row, "RESTORE_OPTION").toString();
            s.restoreScn = qMax(s.restoreScn, scnOf(col(row, "RESTORE_SCN")));
            continue;
        }
        // The restored tenant's row, once per LS row of the join.
        s.tenantId = tenantId;
        s.tenantStatus = col(row, "STATUS").toString();
        s.restoreScn = qMax(s.restoreScn, scnOf(col(row, "RESTORE_SCN")));
        if (s.restoreOption.isEmpty())
            s.restoreOption = col(row, "RESTORE_OPTION").toString();
        s.restoreType = col(row, "RESTORE_TYPE").toString();
        s.totalBytes = optInt(col(row, "TOTAL_BYTES"));
        s.finishedBytes = optInt(col(row, "FINISH_BYTES"));
        s.displayMode = col(row, "PROGRESS_DISPLAY_MODE").toString().toUpper();
        if (s.progressColumns) {
            s.tablets = optInt(col(row, "TABLET_COUNT"));
            s.finishedTablets = optInt(col(row, "FINISH_TABLET_COUNT"));
            const quint64 recover = scnOf(col(row, "RECOVER_SCN"));
            if (recover > 1)
                s.recoverScn = recover;
            s.logPercent = optReal(col(row, "RECOVER_PROGRESS"));
            s.dataPercent = optReal(col(row, "RESTORE_PROGRESS"));
        }
        if (const auto n = optInt(col(row, "AGG_LS_COUNT")); n && *n > 0) {
            s.lsCount = n;
            s.finishedLsCount = optInt(col(row, "AGG_FINISH_LS_COUNT"));
            if (!s.tablets) {
                const auto t = optInt(col(row, "AGG_TABLET_COUNT"));
                if (t && *t > 0) {
                    s.tablets = t;
                    s.finishedTablets = optInt(col(row, "AGG_FINISH_TABLET_COUNT"));
                }
            }
        }
        const auto lsId = optInt(col(row, "LS_ID"));
        if (!lsId)
            continue;
        LsRestoreProgress ls;
        ls.lsId = *lsId;
        ls.server = QStringLiteral("%1:%2").arg(col(row, "LS_SVR_IP").toString(), col(row, "LS_SVR_PORT").toString());
        ls.status = col(row, "LS_STATUS").toInt();
        ls.startReplayScn = scnOf(col(row, "LS_START_REPLAY_SCN"));
        ls.lastReplayScn = scnOf(col(row, "LS_LAST_REPLAY_SCN"));
        ls.tablets = col(row, "LS_TABLET_COUNT").toLongLong();
        ls.finishedTablets = col(row, "LS_FINISH_TABLET_COUNT").toLongLong();
        ls.result = col(row, "LS_RESULT").toInt();
        ls.comment = col(row, "LS_COMMENT").toString();
        stepSum += lsRestoreStepFraction(ls.status, m_version);
        if (ls.startReplayScn > 1)
            lsBase = lsBase == 0 ? ls.startReplayScn : qMin(lsBase, ls.startReplayScn);
        lsRecover = !anyLs ? ls.lastReplayScn : qMin(lsRecover, ls.lastReplayScn);
        anyLs = true;
        s.logStreams << ls;
    }

    // Data restore: tablets or bytes where the view has RESTORE_PROGRESS; else the LS steps (the counters do not
    // move there, §2.5).
    if (s.dataPercent) {
        s.dataBasis = restoreProgressBasis(s);
    } else if (s.progressColumns && !s.tenantStatus.isEmpty()) {
        s.dataBasis = ProgressSample::DataBasis::Tablets;
        if (s.tablets && *s.tablets > 0 && s.finishedTablets)
            s.dataPercent = double(*s.finishedTablets) * 100.0 / double(*s.tablets);
        else
            s.dataPercent = 0;
    } else if (anyLs) {
        s.dataBasis = ProgressSample::DataBasis::LogStreamSteps;
        s.dataPercent = stepSum * 100.0 / double(s.logStreams.size());
    } else if (!s.tenantStatus.isEmpty() || !s.jobStatus.isEmpty()) {
        s.dataBasis = s.progressColumns ? ProgressSample::DataBasis::Tablets : ProgressSample::DataBasis::LogStreamSteps;
        s.dataPercent = 0;
    }
    // Log recovery: RECOVER_PROGRESS where the view has it; else the slowest LS's replay point (§2.5).
    if (s.logPercent) {
        s.logBasis = ProgressSample::LogBasis::RecoverScn;
    } else if (anyLs && s.restoreScn > 0 && lsBase > 0 && s.restoreScn > lsBase) {
        s.logBasis = ProgressSample::LogBasis::LogStreamScn;
        if (lsRecover > 1)
            s.recoverScn = lsRecover;
        const double done = lsRecover > lsBase ? double(lsRecover - lsBase) : 0.0;
        s.logPercent = done * 100.0 / double(s.restoreScn - lsBase);
    }
    if (s.dataPercent)
        s.dataPercent = qBound(0.0, *s.dataPercent, 100.0);
    if (s.logPercent)
        s.logPercent = qBound(0.0, *s.logPercent, 100.0);
    return s;
}

std::optional<ProgressSample> ProgressReader::readHistory(Session &session, ServerError *error)
{
    QString sql;
    const QString job = m_jobId ? QStringLiteral(" AND JOB_ID = ?") : QString();
    if (m_version.major() < 4) {
        sql = QStringLiteral("SELECT JOB_ID, TENANT_ID, TENANT_NAME AS RESTORE_TENANT_NAME, STATUS, START_TIME AS START_TIMESTAMP, "
                             "COMPLETION_TIME AS FINISH_TIMESTAMP, RESTORE_FINISH_TIMESTAMP, PARTITION_COUNT, FINISH_PARTITION_COUNT, "
                             "INFO AS COMMENT FROM oceanbase.CDB_OB_RESTORE_HISTORY WHERE TENANT_NAME = ?%1 ORDER BY JOB_ID DESC")
                  .arg(job);
    } else {
        sql = QStringLiteral("SELECT TENANT_ID, JOB_ID, RESTORE_TENANT_NAME, RESTORE_TENANT_ID, STATUS, START_TIMESTAMP, FINISH_TIMESTAMP, "
                             "RESTORE_SCN, RESTORE_OPTION, BACKUP_CLUSTER_VERSION, LS_COUNT, FINISH_LS_COUNT, TABLET_COUNT, "
                             "FINISH_TABLET_COUNT, COMMENT FROM oceanbase.CDB_OB_RESTORE_HISTORY WHERE RESTORE_TENANT_NAME = ?%1 "
                             "ORDER BY JOB_ID DESC, TENANT_ID")
                  .arg(job);
    }
    QVariantList binds{m_tenant};
    if (m_jobId)
        binds << *m_jobId;
    const auto rows = session.read(sql, binds, error, 0);
    if (!rows || rows->rows.isEmpty())
        return std::nullopt;
    auto col = [&rows](const QVariantList &row, const char *name) { return rows->value(row, name); };
    ProgressSample s;
    s.kind = ProgressSample::Kind::Finished;
    s.tenantName = m_tenant;
    s.jobId = col(rows->rows.first(), "JOB_ID").toLongLong();
    for (const QVariantList &row : rows->rows) {
        if (col(row, "JOB_ID").toLongLong() != s.jobId)
            break; // older jobs of the same name follow
        const QString status = col(row, "STATUS").toString();
        const QString comment = col(row, "COMMENT").toString();
        if (!comment.isEmpty() && s.comment.isEmpty())
            s.comment = comment;
        if (m_version.major() < 4) {
            s.tenantId = col(row, "TENANT_ID").toLongLong();
            s.jobStatus = status;
            s.success = status == u"RESTORE_SUCCESS";
            s.tablets = optInt(col(row, "PARTITION_COUNT"));
            s.finishedTablets = optInt(col(row, "FINISH_PARTITION_COUNT"));
            if (const auto us = optInt(col(row, "RESTORE_FINISH_TIMESTAMP")); us && *us > 0)
                s.restoreScn = quint64(*us) * 1000;
        } else if (col(row, "TENANT_ID").toLongLong() == 1) {
            // STATUS is SUCCESS or FAIL in code (the docs' FAILED is wrong, §2.3); both are accepted.
            s.jobStatus = status;
            s.success = status == u"SUCCESS";
            s.restoreOption = col(row, "RESTORE_OPTION").toString();
        } else {
            s.tenantStatus = status;
            s.tenantId = col(row, "RESTORE_TENANT_ID").toLongLong();
            s.lsCount = optInt(col(row, "LS_COUNT"));
            s.finishedLsCount = optInt(col(row, "FINISH_LS_COUNT"));
            s.tablets = optInt(col(row, "TABLET_COUNT"));
            s.finishedTablets = optInt(col(row, "FINISH_TABLET_COUNT"));
        }
        if (s.startTimestamp.isEmpty())
            s.startTimestamp = col(row, "START_TIMESTAMP").toString();
        if (s.finishTimestamp.isEmpty())
            s.finishTimestamp = col(row, "FINISH_TIMESTAMP").toString();
        if (m_version.major() >= 4) {
            s.restoreScn = qMax(s.restoreScn, scnOf(col(row, "RESTORE_SCN")));
            if (!s.backupClusterVersion)
                s.backupClusterVersion = ObVersion::fromCalcVersion(scnOf(col(row, "BACKUP_CLUSTER_VERSION")));
        }
    }
    if (s.jobStatus.isEmpty())
        s.success = s.tenantStatus == u"SUCCESS"; // only the tenant's row (should not happen: the sys row stays)
    if (const auto start = serverDateTime(s.startTimestamp)) {
        if (const auto end = serverDateTime(s.finishTimestamp))
            s.elapsedSeconds = qMax<qint64>(0, start->secsTo(*end));
    }
    if (s.success) {
        s.dataPercent = 100;
        s.logPercent = s.restoreScn > 0 ? std::optional<double>(100) : std::nullopt;
        if (s.restoreScn > 0)
            s.recoverScn = s.restoreScn;
    }
    m_jobId = s.jobId;
    return s;
}

} // namespace obrestore
