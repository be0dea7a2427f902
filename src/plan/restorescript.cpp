#include "restorescript.h"

#include "cluster/restoreexecutor.h"
#include "tr.h"

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
    out += comment(Tr::tr("Restore script written by obrestore on %1.").arg(generatedAt.toString(Qt::ISODate)));
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
    out += comment(Tr::tr("SET DECRYPTION and ALTER SYSTEM RESTORE must run in the same session."));
    out += QStringLiteral("\n");
    for (const RenderedStatement &st : statements) {
        QString sql = st.display.trimmed();
        if (!sql.endsWith(u';'))
            sql += u';';
        out += sql + QStringLiteral("\n");
    }
    out += QStringLiteral("\n");
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
