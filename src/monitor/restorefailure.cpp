#include "restorefailure.h"

#include "tr.h"

#include <QRegularExpression>

namespace obrestore {

namespace {

struct Explanation
{
    QString cause;
    QString fix;
};

// Causes and fixes for the codes a restore job ends with (ob-restore-sql.md §6 and the troubleshooting FAQ).
Explanation explain(int code)
{
    switch (code) {
    case -5157:
        return {Tr::tr("The tenant being restored was dropped: the restore was cancelled, or the tenant was dropped by someone else."),
                Tr::tr("Nothing to repair. The resource pool stays: drop it, or use it for the next restore.")};
    case -9094:
        return {Tr::tr("A log stream could not be restored."),
                Tr::tr("Read the log stream's comment and result in __all_virtual_ls_restore_history, then search observer.log on "
                       "that server for the trace id.")};
    case -4018:
    case -4017:
        return {Tr::tr("Not enough archive log for the restore point: it lies outside the restorable windows."),
                Tr::tr("Pick a point inside a window, or add the missing archive pieces to the log archive path.")};
    case -9064:
    case -9077:
    case -9079:
        return {Tr::tr("The archive log is not continuous with the backup data (a gap between rounds, or recycled log)."),
                Tr::tr("Restore to a point covered by continuous archive log; check the log archive path for missing pieces.")};
    case -9080:
        return {Tr::tr("A URI in FROM is not a backup or archive root: there is no format file under it (9080, "
                       "OB_BACKUP_FORMAT_FILE_NOT_EXIST)."),
                Tr::tr("Name the data backup path and the log archive path themselves (the folders that hold "
                       "format.obbak), not a folder above or below them; obrestore inspect finds them.")};
    case -9081:
        return {Tr::tr("A URI in FROM holds the format file of another destination: another tenant, cluster or kind of "
                       "path (9081, OB_BACKUP_FORMAT_FILE_NOT_MATCH)."),
                Tr::tr("Check that the paths belong to the tenant being restored and that the data and log archive paths "
                       "are not swapped or mixed with another tenant's.")};
    case -9011:
    case -9120:
        return {Tr::tr("A backup file is missing at the backup location."),
                Tr::tr("Check that the data backup path and log archive path are complete and readable by every OBServer.")};
    case -9070:
    case -9071:
        return {Tr::tr("The OBServers cannot reach or read the backup location."),
                Tr::tr("Check the mount or object-storage credentials on every OBServer, and the permissions of the files.")};
    case -9047:
        return {Tr::tr("A backup set is encrypted and the decryption password is missing or wrong."),
                Tr::tr("Start the restore again with SET DECRYPTION IDENTIFIED BY the backup's password(s).")};
    case -9082:
        return {Tr::tr("A device ran out of space during the restore."), Tr::tr("Free disk space (data and log disks) on the OBServers, then restore again.")};
    case -4012:
        return {Tr::tr("A step of the restore timed out."), Tr::tr("Check the OBServers' load and network; search rootservice.log for the trace id.")};
    case -4184:
    case -4733:
    case -4734:
        return {Tr::tr("The units ran out of resources (memory, disk or CPU) during the restore."),
                Tr::tr("Give the tenant larger units or free resources on the servers, then restore again.")};
    default:
        return {Tr::tr("The restore job failed on the server."),
                Tr::tr("Search observer.log and rootservice.log for the trace id, and read "
                       "DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module='physical_restore'.")};
    }
}

} // namespace

RestoreFailure decodeRestoreComment(const QString &comment)
{
    RestoreFailure f;
    f.raw = comment.trimmed();
    static const QRegularExpression ls(QStringLiteral(R"(ls_id:\s*(\d+))"));
    static const QRegularExpression addr(QStringLiteral(R"(addr:\s*([0-9A-Fa-f.:\[\]]+))"));
    static const QRegularExpression rs(QStringLiteral(R"(\b(ROOTSERVICE|CLOG|STORAGE)\s*:\s*(OB_[A-Z0-9_]+)\s*\((-?\d+)\))"));
    static const QRegularExpression code(QStringLiteral(R"((OB_[A-Z0-9_]+)\s*\((-?\d+)\))"));
    static const QRegularExpression bare(QStringLiteral(R"((?:ret|error|code)\s*[=:]\s*(-\d{4}))"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression on(QStringLiteral(R"(\bon\s+([0-9A-Fa-f.:\[\]]+))"));
    static const QRegularExpression trace(QStringLiteral(R"(traceid\s+([A-Za-z0-9-]+))"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = ls.match(f.raw); m.hasMatch())
        f.lsId = m.captured(1).toLongLong();
    if (const auto m = rs.match(f.raw); m.hasMatch()) {
        f.module = m.captured(1);
        f.errorName = m.captured(2);
        f.code = m.captured(3).toInt();
    } else if (const auto c = code.match(f.raw); c.hasMatch()) {
        f.errorName = c.captured(1);
        f.code = c.captured(2).toInt();
    } else if (const auto b = bare.match(f.raw); b.hasMatch()) {
        f.code = b.captured(1).toInt();
    }
    if (f.code && *f.code > 0)
        f.code = -*f.code;
    if (const auto m = on.match(f.raw); m.hasMatch())
        f.server = m.captured(1);
    else if (const auto a = addr.match(f.raw); a.hasMatch())
        f.server = a.captured(1);
    if (const auto m = trace.match(f.raw); m.hasMatch())
        f.traceId = m.captured(1);
    f.concurrentClean = f.raw.contains(u"concurrently with backup data clean", Qt::CaseInsensitive);
    f.tenantDropped = f.code == -5157;

    Explanation e = explain(f.code.value_or(0));
    if (f.concurrentClean && !f.code) {
        e = {Tr::tr("The restore ran while backup data was being cleaned, and the files it needed were deleted."),
             Tr::tr("Pause the backup clean-up (delete policy and backup jobs) on the source, then restore again.")};
    } else if (f.raw.isEmpty()) {
        e = {Tr::tr("The restore job failed and the server left no comment."),
             Tr::tr("Read DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module='physical_restore' and rootservice.log.")};
    }
    f.cause = e.cause;
    f.fix = e.fix;
    if (f.concurrentClean && f.code)
        f.cause += u' ' + Tr::tr("The restore also ran while backup data was being cleaned: pause the clean-up before trying again.");
    return f;
}

RestoreFailure decodeRecoverComment(const QString &comment)
{
    static const QRegularExpression result(QStringLiteral(R"(result:\s*(-?\d+)\s*\(([^)]*)\))"));
    static const QRegularExpression addr(QStringLiteral(R"(addr:\s*([0-9A-Fa-f.:\[\]]+))"));
    static const QRegularExpression trace(QStringLiteral(R"(trace_id:\s*([A-Za-z0-9-]+))"));
    const auto m = result.match(comment);
    // ObRecoverTableJobScheduler::check_aux_tenant_ fails the job with free text (set_result(false, "…")), after the
    // auxiliary tenant was restored.
    if (!m.hasMatch()) {
        struct FreeText
        {
            const char16_t *marker;
            QString cause;
            QString fix;
        };
        const FreeText texts[] = {
            {u"different case sensitive compatibility",
             Tr::tr("The backed-up tenant and the receiving tenant compare names differently (lower_case_table_names), "
                    "so OceanBase refused the import after restoring the auxiliary tenant."),
             Tr::tr("Recover into a tenant with the same lower_case_table_names as the backed-up tenant, or restore the "
                    "whole tenant under a new name.")},
            {u"different compatibility tenant",
             Tr::tr("The backed-up tenant and the receiving tenant are of different compatibility modes (MySQL, "
                    "Oracle), so OceanBase refused the import after restoring the auxiliary tenant."),
             Tr::tr("Recover into a tenant of the same compatibility mode (MySQL or Oracle) as the backed-up tenant.")},
        };
        for (const FreeText &t : texts) {
            if (comment.contains(QStringView(t.marker))) {
                RestoreFailure f;
                f.raw = comment.trimmed();
                f.code = -4007; // OB_NOT_SUPPORTED is what check_aux_tenant_ sets with the text
                f.cause = t.cause;
                f.fix = t.fix;
                return f;
            }
        }
    }
    if (!m.hasMatch())
        return decodeRestoreComment(comment);
    RestoreFailure f;
    f.raw = comment.trimmed();
    f.code = m.captured(1).toInt();
    if (*f.code > 0)
        f.code = -*f.code;
    const QString text = m.captured(2).trimmed();
    if (const auto a = addr.match(f.raw); a.hasMatch())
        f.server = a.captured(1);
    if (const auto t = trace.match(f.raw); t.hasMatch())
        f.traceId = t.captured(1);
    Explanation e = explain(*f.code);
    switch (*f.code) {
    case -4072: // OB_CANCELED
        e = {Tr::tr("The table recovery was cancelled."),
             Tr::tr("Nothing was imported into the target tenant. The auxiliary tenant's resource pool stays: drop it, or "
                    "use it for the next recovery.")};
        break;
    case -9094:
        e = {Tr::tr("The auxiliary tenant could not be restored, so no table was imported."),
             Tr::tr("Read CDB_OB_RESTORE_HISTORY for the auxiliary tenant's comment, fix that cause (the backup, the "
                    "restore point, the pool), then start the recovery again.")};
        break;
    case -5019:
        e = {Tr::tr("A table to recover is not in the backup at that point (%1).").arg(text),
             Tr::tr("Check the name and the point: the table must have existed at the restore point. Names are "
                    "compared as the tenant stores them (Oracle mode: capitals).")};
        break;
    case -5020:
        e = {Tr::tr("A target table exists already (%1).").arg(text),
             Tr::tr("Remap the table to a new name (REMAP TABLE db.t:db.t_restored), or drop or rename the existing table.")};
        break;
    case -5154:
        e = {Tr::tr("A target database does not exist (%1).").arg(text),
             Tr::tr("Create the database in the target tenant first, or remap the tables to an existing database.")};
        break;
    case -4007:
        e = {Tr::tr("OceanBase does not support this import: %1.").arg(text),
             Tr::tr("Recover into a tenant of the same compatibility mode (MySQL or Oracle) as the backed-up tenant.")};
        break;
    case -4184:
        e = {Tr::tr("A server ran out of disk space while importing."),
             Tr::tr("Free data disk on the target tenant's servers, then recover the tables that failed again.")};
        break;
    default:
        if (!text.isEmpty())
            e.cause = Tr::tr("The table recovery failed on the server: %1.").arg(text);
        e.fix = Tr::tr("Search observer.log and rootservice.log for the trace id, and read "
                       "DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module='recover_table'.");
        break;
    }
    f.cause = e.cause;
    f.fix = e.fix;
    return f;
}

QString RestoreFailure::summary() const
{
    QStringList lines{cause, fix};
    QStringList where;
    if (lsId)
        where << Tr::tr("log stream %1").arg(*lsId);
    if (!server.isEmpty())
        where << Tr::tr("server %1").arg(server);
    if (!traceId.isEmpty())
        where << Tr::tr("trace id %1").arg(traceId);
    if (code)
        where.prepend(errorName.isEmpty() ? QString::number(*code) : QStringLiteral("%1 (%2)").arg(errorName).arg(*code));
    if (!where.isEmpty())
        lines << where.join(QStringLiteral(", "));
    return lines.join(u'\n');
}

} // namespace obrestore
