#pragma once

#include "cluster/restorestatement.h"
#include "common/obversion.h"

#include <QList>
#include <QString>

#include <optional>

namespace obrestore {

// What a DBA runs after a successful restore (ob-restore-sql.md §1.8), each statement with why.
struct NextStep
{
    QString purpose;             // translated
    RenderedStatement statement;
};

// 4.x: the restored tenant is a standby tenant: ACTIVATE STANDBY TENANT makes it primary; after a restore from an
// older version (4.1+ targets), RUN UPGRADE JOB "UPGRADE_ALL" once activated. When the backup's version is unknown
// the upgrade step is listed with its condition. 3.x restores end as a normal tenant: no step.
QList<NextStep> nextStepsAfterSuccess(const QString &tenant, const ObVersion &target, const std::optional<ObVersion> &backupVersion);

// The steps as a script: each statement after a "-- purpose" comment.
QString nextStepsScript(const QList<NextStep> &steps);

} // namespace obrestore
