#include "restorescript.h"

#include "cluster/restoreexecutor.h"
#include "tr.h"

#include <algorithm>

namespace obrestore {

namespace {

// Every line of a (translated, possibly multi-line) text as an SQL comment.
QString comment(const QString &text)
{
    QString out;
    const auto lines = text.split(u'\n');
    for (const QString &line : lines)
        out += line.isEmpty() ? QStringLiteral("--\n") : QStringLiteral("-- %1\n").arg(line);
    return out;
}

} // namespace

QString restoreScript(const RestorePlan &plan, const ObVersion &targetVersion, const QList<RenderedStatement> &given,
                      const QDateTime &generatedAt)
{
    QString out;
    // "Latest" moves on as archiving goes on: the script pins the point the server would pick now as UNTIL SCN, so
    // running it later restores to the same point (and names the same destinations).
    QList<RenderedStatement> statements = given;
    const auto point = plan.restoreScn();
    bool pinned = false;
    if (plan.point == RestorePlan::Point::Latest && point && targetVersion.major() >= 4) {
        RestorePlan fixed = plan;
        fixed.point = RestorePlan::Point::Scn;
        fixed.scn = *point;
        if (const auto again = RestoreExecutor::statements(fixed, targetVersion, nullptr)) {
            statements = *again;
            pinned = true;
        }
    }
    // In the zone the script's other times are in, labelled (never a bare local time).
    out += comment(Tr::tr("Restore script written by obrestore on %1.")
                       .arg(generatedAt.toTimeZone(plan.timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u' ' + timeZoneLabel(plan.timeZone)));
    out += comment(Tr::tr("Run it on the target cluster's sys tenant (%1, OceanBase %2), for example with:\n"
                          "  obclient -h HOST -P PORT -uroot@sys -p < this_file.sql")
                       .arg(plan.target.displayName(), targetVersion.toString()));
    if (plan.source) {
        out += comment(Tr::tr("Source tenant: %1 (id %2) of cluster %3 (%4).")
                           .arg(plan.source->tenantName.isEmpty() ? QStringLiteral("?") : plan.source->tenantName)
                           .arg(plan.source->tenantId)
                           .arg(plan.source->clusterName)
                           .arg(plan.source->clusterId));
    }
    if (pinned)
        out += comment(Tr::tr("Restore point: latest when this script was written, SCN %1 = %2 (what the server picks "
                              "without UNTIL). Pinned as UNTIL SCN, so running the script later restores to the same "
                              "point.")
                           .arg(point->toDecimal(), point->toDisplayString(plan.timeZone)));
    else if (plan.point == RestorePlan::Point::Latest)
        out += comment(Tr::tr("Restore point: latest (the server restores to the newest log it can read)."));
    else if (point)
        out += comment(Tr::tr("Restore point: SCN %1 = %2.").arg(point->toDecimal(), point->toDisplayString(plan.timeZone)));
    bool secret = false;
    for (const RenderedStatement &st : statements)
        secret = secret || st.hasSecret;
    if (secret)
        out += comment(Tr::tr("Passwords are masked as '******': replace them before running the script, and do not "
                              "save the file with the passwords in it."));
    // Said only where the script has a SET DECRYPTION (a statement, or a note, only for what is used).
    const bool decryption = std::any_of(statements.cbegin(), statements.cend(),
                                        [](const RenderedStatement &st) { return st.display.startsWith(u"SET DECRYPTION"); });
    if (decryption)
        out += comment(plan.isTables() ? Tr::tr("SET DECRYPTION and ALTER SYSTEM RECOVER TABLE must run in the same session.")
                                       : Tr::tr("SET DECRYPTION and ALTER SYSTEM RESTORE must run in the same session."));
    out += QStringLiteral("\n");
    for (const RenderedStatement &st : statements) {
        QString sql = st.display.trimmed();
        if (!sql.endsWith(u';'))
            sql += u';';
        out += sql + QStringLiteral("\n");
    }
    out += QStringLiteral("\n");
    if (plan.isTables()) {
        // A table-level recovery (docs/recover-table.md §3): its jobs, the auxiliary tenant's restore, the import.
        const QString target = RestoreStatement::quote(plan.tenantName);
        out += comment(Tr::tr("Follow the table recovery with:"));
        out += comment(QStringLiteral("  SELECT * FROM oceanbase.CDB_OB_RECOVER_TABLE_JOBS WHERE TARGET_TENANT_NAME = %1;").arg(target));
        out += comment(QStringLiteral("  SELECT * FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE RESTORE_TENANT_NAME LIKE 'AUX_RECOVER$%';"));
        out += comment(QStringLiteral("  SELECT * FROM oceanbase.CDB_OB_IMPORT_TABLE_TASKS;"));
        out += comment(QStringLiteral("  SELECT * FROM oceanbase.CDB_OB_RECOVER_TABLE_JOB_HISTORY WHERE TARGET_TENANT_NAME = %1;").arg(target));
        if (const auto cancel = RestoreStatement::cancelRecoverTable(plan.tenantName, targetVersion, nullptr)) {
            out += comment(Tr::tr("To cancel it (the auxiliary tenant is dropped, %1 stays):").arg(plan.tenantName));
            out += comment(QStringLiteral("  %1").arg(cancel->display));
        }
        out += comment(Tr::tr("The auxiliary tenant's resource pool stays when the recovery ends: drop it with DROP RESOURCE POOL "
                              "when it is no longer needed."));
        return out;
    }
    out += comment(Tr::tr("Follow the restore with:"));
    if (targetVersion.major() >= 4) {
        out += comment(QStringLiteral("  SELECT * FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE RESTORE_TENANT_NAME = %1;")
                           .arg(RestoreStatement::quote(plan.tenantName)));
        out += comment(QStringLiteral("  SELECT * FROM oceanbase.CDB_OB_RESTORE_HISTORY WHERE RESTORE_TENANT_NAME = %1;")
                           .arg(RestoreStatement::quote(plan.tenantName)));
    } else {
        out += comment(QStringLiteral("  SELECT * FROM oceanbase.CDB_OB_RESTORE_PROGRESS WHERE TENANT_NAME = %1;")
                           .arg(RestoreStatement::quote(plan.tenantName)));
        out += comment(QStringLiteral("  SELECT * FROM oceanbase.CDB_OB_RESTORE_HISTORY WHERE TENANT_NAME = %1;")
                           .arg(RestoreStatement::quote(plan.tenantName)));
    }
    if (targetVersion.major() >= 4) {
        if (const auto activate = RestoreStatement::activateStandby(plan.tenantName, nullptr)) {
            out += comment(Tr::tr("When it has finished, the tenant is a standby tenant; make it primary with:"));
            out += comment(QStringLiteral("  %1").arg(activate->display));
        }
    }
    return out;
}

} // namespace obrestore
