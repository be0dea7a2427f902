#include "restoreoutcome.h"

#include "tr.h"

namespace obrestore {

QList<NextStep> nextStepsAfterSuccess(const QString &tenant, const ObVersion &target, const std::optional<ObVersion> &backupVersion)
{
    QList<NextStep> steps;
    if (target.major() < 4)
        return steps;
    QString why;
    if (const auto activate = RestoreStatement::activateStandby(tenant, &why))
        steps.append({Tr::tr("The restored tenant is a standby tenant: make it the primary tenant to open it for writes."), *activate});
    if (target < ObVersion(4, 1))
        return steps; // the upgrade job exists from 4.1.0.0
    const auto upgrade = RestoreStatement::upgradeTenant(tenant, &why);
    if (!upgrade)
        return steps;
    // Compare the four-digit versions: a backup from an older build needs the tenant upgraded after activation.
    if (!backupVersion) {
        steps.append({Tr::tr("Only if the backup came from an older OceanBase version (the history did not say): upgrade the "
                             "tenant after activating it."),
                      *upgrade});
    } else if (*backupVersion < target) {
        steps.append({Tr::tr("The backup came from OceanBase %1 and the target runs %2: upgrade the tenant after activating it. "
                             "Done when DBA_OB_CLUSTER_EVENT_HISTORY has event 'UPGRADE_ALL' for this tenant.")
                          .arg(backupVersion->toString(), target.toString()),
                      *upgrade});
    }
    return steps;
}

QString nextStepsScript(const QList<NextStep> &steps)
{
    QStringList lines;
    for (const NextStep &s : steps)
        lines << QStringLiteral("-- %1").arg(s.purpose) << s.statement.display; // display ends with ';'
    return lines.join(u'\n');
}

} // namespace obrestore
