#pragma once

#include "cluster/restorestatement.h"
#include "restoreplan.h"

#include <QDateTime>

namespace obrestore {

// The "Export script" file of the summary page: a commented .sql a DBA can run by hand on the target's sys tenant
// (scenario 3). Statements in their display form: passwords stay masked, and the header says where to type them.
QString restoreScript(const RestorePlan &plan, const ObVersion &targetVersion, const QList<RenderedStatement> &statements,
                      const QDateTime &generatedAt = QDateTime::currentDateTime());

} // namespace obrestore
