#include "progresstext.h"

#include "common/displaytext.h"
#include "monitor/recoverprogress.h"
#include "monitor/restorefailure.h"

#include "tr.h"

#include <QLocale>

namespace obrestore {

namespace {

// A number and its '%' stay on one line (a wrapped label left a lone '%' on the next one).
const QString kPercent = QString(QChar(0x00A0)) + u'%';

QString withPercent(QString text)
{
    return text.replace(QStringLiteral(" %"), kPercent);
}

} // namespace


namespace ProgressText {

QString status(const QString &status)
{
    const QString s = status.trimmed().toUpper();
    // 4.1+ progress view (ob-restore-sql.md §2.2): the job's row, the tenant's row.
    if (s == u"CREATE_TENANT")
        return Tr::tr("creating the tenant");
    if (s == u"WAIT_TENANT_RESTORE_FINISH")
        return Tr::tr("waiting for the tenant's restore");
    if (s == u"RESTORING")
        return Tr::tr("restoring (data restore and log recovery)");
    if (s == u"UPGRADE")
        return Tr::tr("upgrading the restored tenant's metadata");
    if (s == u"RESTORE_SUCCESS" || s == u"SUCCESS")
        return Tr::tr("restore succeeded");
    if (s == u"RESTORE_FAIL" || s == u"FAIL")
        return Tr::tr("restore failed");
    // Table-level recovery (CDB_OB_RECOVER_TABLE_JOBS, 4.2.1+): the sys job and the target tenant's job.
    if (s == u"PREPARE" || s == u"RECOVERING")
        return Tr::tr("preparing the recovery");
    if (s == u"RESTORE_AUX_TENANT")
        return Tr::tr("restoring the auxiliary tenant");
    if (s == u"ACTIVE_AUX_TENANT")
        return Tr::tr("activating the auxiliary tenant");
    if (s == u"PRECHECK_IMPORT")
        return Tr::tr("checking before the import");
    if (s == u"GEN_IMPORT_JOB")
        return Tr::tr("creating the import job");
    if (s == u"IMPORTING")
        return Tr::tr("importing the tables");
    if (s == u"CANCELING")
        return Tr::tr("cancelling");
    if (s == u"COMPLETED")
        return Tr::tr("completed");
    if (s == u"FAILED")
        return Tr::tr("failed");
    // 4.0 shows the raw steps.
    if (s == u"RESTORE_PRE")
        return Tr::tr("preparing the restore");
    if (s == u"RESTORE_CREATE_INIT_LS")
        return Tr::tr("creating the log streams");
    if (s == u"PHYSICAL_RESTORE_WAIT_RESTORE_TO_CONSISTENT_SCN")
        return Tr::tr("restoring to a consistent point");
    if (s == u"RESTORE_WAIT_LS")
        return Tr::tr("restoring the log streams (data restore and log recovery)");
    if (s == u"POST_CHECK")
        return Tr::tr("checking the restored tenant");
    // 3.x (§2.6).
    if (s == u"RESTORE_SYS_REPLICA")
        return Tr::tr("restoring the system tables");
    if (s == u"UPGRADE_PRE" || s == u"UPGRADE_POST")
        return Tr::tr("upgrading the restored tenant's metadata");
    if (s == u"MODIFY_SCHEMA")
        return Tr::tr("adjusting the schema");
    if (s == u"CREATE_USER_PARTITIONS")
        return Tr::tr("creating the user partitions");
    if (s == u"RESTORE_USER_REPLICA")
        return Tr::tr("restoring the user data");
    if (s == u"REBUILD_INDEX")
        return Tr::tr("rebuilding indexes");
    return status;
}

QString duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 sec = seconds % 60;
    if (h > 0)
        return Tr::tr("%1 h %2 min").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return Tr::tr("%1 min %2 s").arg(m).arg(sec, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 s").arg(sec);
}

QString dataRestore(const ProgressSample &s)
{
    const QLocale locale;
    const QString percent = s.dataPercent ? locale.toString(*s.dataPercent, 'f', 2) + kPercent : QStringLiteral("–");
    switch (s.dataBasis) {
    case ProgressSample::DataBasis::Tablets:
        if (s.tablets && *s.tablets > 0)
            return Tr::tr("%1 of %2 tablets (%3)").arg(locale.toString(s.finishedTablets.value_or(0)), locale.toString(*s.tablets), percent);
        return Tr::tr("%1 (tablets not counted yet)").arg(percent);
    case ProgressSample::DataBasis::Bytes:
        return Tr::tr("%1 of %2 restored (%3, by bytes)")
            .arg(locale.formattedDataSize(s.finishedBytes.value_or(0)), locale.formattedDataSize(s.totalBytes.value_or(0)), percent);
    case ProgressSample::DataBasis::Partitions:
        return Tr::tr("%1 of %2 partitions (%3)").arg(locale.toString(s.finishedTablets.value_or(0)), locale.toString(s.tablets.value_or(0)), percent);
    case ProgressSample::DataBasis::LogStreamSteps:
        return Tr::tr("%1 by log stream steps (this version does not count tablets)").arg(percent);
    case ProgressSample::DataBasis::None:
        break;
    }
    return s.isFinal() && s.success ? Tr::tr("done") : Tr::tr("not started");
}

QString brief(const ProgressSample &s)
{
    if (s.kind == ProgressSample::Kind::Error || s.kind == ProgressSample::Kind::ConnectionLost)
        return Tr::tr("not read: %1").arg(s.error.explanation);
    if (s.kind == ProgressSample::Kind::NotFound)
        return Tr::tr("no longer running");
    const QLocale locale;
    QStringList parts;
    if (s.dataPercent)
        parts << withPercent(Tr::tr("data %1 %").arg(locale.toString(*s.dataPercent, 'f', 2)));
    if (s.logPercent)
        parts << withPercent(Tr::tr("log %1 %").arg(locale.toString(*s.logPercent, 'f', 2)));
    return parts.isEmpty() ? Tr::tr("not counted yet") : listText(parts);
}

QString logRecovery(const ProgressSample &s, const QTimeZone &zone)
{
    const QLocale locale;
    if (s.restoreScn == 0)
        return Tr::tr("no restore point reported");
    const QString target = Scn(s.restoreScn).toDisplayString(zone);
    if (!s.recoverScn || *s.recoverScn <= 1)
        return Tr::tr("not started; restore point %1 (SCN %2)").arg(target).arg(s.restoreScn);
    const QString percent = s.logPercent ? locale.toString(*s.logPercent, 'f', 2) + kPercent : QStringLiteral("–");
    return Tr::tr("recovered up to %1 (SCN %2) of restore point %3 (SCN %4): %5")
        .arg(Scn(*s.recoverScn).toDisplayString(zone))
        .arg(*s.recoverScn)
        .arg(target)
        .arg(s.restoreScn)
        .arg(percent);
}

QString throughput(const ProgressTracker::Estimate &e)
{
    const QLocale locale;
    QStringList parts;
    if (e.tabletsPerMinute)
        parts << Tr::tr("%1 tablets/min").arg(locale.toString(*e.tabletsPerMinute, 'f', 0));
    else if (e.dataPercentPerMinute)
        parts << withPercent(Tr::tr("data restore %1 %/min").arg(locale.toString(*e.dataPercentPerMinute, 'f', 2)));
    if (e.logSecondsPerSecond)
        parts << Tr::tr("replaying %1 s of log per second").arg(locale.toString(*e.logSecondsPerSecond, 'f', 1));
    else if (e.logPercentPerMinute)
        parts << withPercent(Tr::tr("log recovery %1 %/min").arg(locale.toString(*e.logPercentPerMinute, 'f', 2)));
    return parts.join(QStringLiteral("; "));
}

QString timeLeft(const ProgressTracker::Estimate &e, const ProgressSample &latest)
{
    QStringList parts;
    if (e.dataSecondsLeft)
        parts << Tr::tr("about %1 (data restore)").arg(duration(*e.dataSecondsLeft));
    if (e.logSecondsLeft)
        parts << Tr::tr("about %1 (log recovery)").arg(duration(*e.logSecondsLeft));
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    if (latest.isFinal())
        return Tr::tr("none: the job has ended");
    return Tr::tr("not yet known: it needs steady progress over half a minute or more");
}

bool wasCancelled(const ProgressSample &final, bool cancelledHere)
{
    if (!final.isFinal() || final.success)
        return false;
    if (cancelledHere)
        return true;
    return commentSaysCancelled(final.comment, final.recover != nullptr);
}

bool commentSaysCancelled(const QString &comment, bool recovery)
{
    // CANCEL RESTORE drops the tenant being restored (the history's comment then carries -5157); CANCEL RECOVER
    // TABLE ends the job with OB_CANCELED (-4072).
    return recovery ? decodeRecoverComment(comment).code == -4072 : decodeRestoreComment(comment).tenantDropped;
}

QString outcome(const ProgressSample &final, bool cancelledHere)
{
    const bool cancelled = wasCancelled(final, cancelledHere);
    if (final.recover) {
        const RecoverTableState &r = *final.recover;
        if (final.success)
            return Tr::tr("Table recovery job %1 into %2 succeeded: %3 imported.").arg(final.jobId).arg(final.tenantName, listText(r.whatItems()));
        if (cancelled)
            return Tr::tr("Table recovery job %1 into %2 was cancelled.").arg(final.jobId).arg(final.tenantName);
        return Tr::tr("Table recovery job %1 into %2 failed.").arg(final.jobId).arg(final.tenantName);
    }
    if (final.success)
        return Tr::tr("Restore job %1 of %2 succeeded.").arg(final.jobId).arg(final.tenantName);
    if (cancelled)
        return Tr::tr("Restore job %1 of %2 was cancelled.").arg(final.jobId).arg(final.tenantName);
    return Tr::tr("Restore job %1 of %2 failed.").arg(final.jobId).arg(final.tenantName);
}

QString importProgress(const ProgressSample &s)
{
    if (!s.recover || !s.recover->tablesTotal)
        return Tr::tr("the import has not started yet");
    const RecoverTableState &r = *s.recover;
    QString text = Tr::tr("%1 of %2 tables imported").arg(r.tablesFinished.value_or(0)).arg(*r.tablesTotal);
    if (r.tablesFailed.value_or(0) > 0)
        text += u' ' + Tr::tr("(%n failed)", nullptr, int(*r.tablesFailed));
    if (!r.importStatus.isEmpty())
        text += QStringLiteral(" · ") + importStatus(r.importStatus);
    return text;
}

QString importStatus(const QString &status)
{
    const QString s = status.trimmed().toUpper();
    if (s == u"INIT")
        return Tr::tr("starting the import");
    if (s == u"IMPORT_TABLE")
        return Tr::tr("importing tables");
    if (s == u"RECONSTRUCT_REF_CONSTRAINT")
        return Tr::tr("rebuilding foreign keys");
    if (s == u"CANCELING")
        return Tr::tr("cancelling");
    if (s == u"IMPORT_FINISH")
        return Tr::tr("import finished");
    return status;
}

QString taskStatus(const QString &status)
{
    const QString s = status.trimmed().toUpper();
    if (s == u"INIT")
        return Tr::tr("waiting");
    if (s == u"DOING")
        return Tr::tr("importing");
    if (s == u"FINISH")
        return Tr::tr("finished");
    return status;
}

QString stallChecks(const ProgressSample &latest)
{
    const QString id = latest.tenantId > 0 ? QString::number(latest.tenantId) : QStringLiteral("<tenant_id>");
    QStringList lines;
    lines << Tr::tr("Nothing has moved for a while. What to check, on the target's sys tenant:")
          << Tr::tr("1. The raw job status (the view shows RESTORING for several steps):")
          << QStringLiteral("   SELECT * FROM oceanbase.__all_virtual_restore_job WHERE name = 'status' AND tenant_id = %1;").arg(id)
          << Tr::tr("2. Each log stream's restore status (0 = done; the per-log-stream table shows the names):")
          << QStringLiteral("   SELECT ls_id, svr_ip, svr_port, role, restore_status, zone FROM oceanbase.__all_virtual_ls_meta_table "
                            "WHERE tenant_id = %1;")
                 .arg(id)
          << Tr::tr("3. Log restore sync status (4.2+): anything but NORMAL names the problem (a gap, the network, credentials):")
          << QStringLiteral("   SELECT ls_id, sync_scn, sync_status, err_code, comment FROM oceanbase.V$OB_LS_LOG_RESTORE_STATUS WHERE tenant_id = %1;").arg(id)
          << Tr::tr("4. Log replay: end_scn against the recovery point, and pending replay tasks:")
          << QStringLiteral("   SELECT ls_id, end_scn FROM oceanbase.GV$OB_LOG_STAT WHERE tenant_id = %1;").arg(id)
          << QStringLiteral("   SELECT ls_id, pending_cnt, unsubmitted_log_scn FROM oceanbase.__all_virtual_replay_stat WHERE tenant_id = %1;").arg(id)
          << Tr::tr("5. The server's restore events:")
          << QStringLiteral("   SELECT * FROM oceanbase.DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module = 'physical_restore' ORDER BY gmt_create DESC LIMIT 20;")
          << Tr::tr("Then search rootservice.log and observer.log for the trace ids they name.");
    return lines.join(u'\n');
}

} // namespace ProgressText

} // namespace obrestore
