#pragma once

#include "obcluster.h"

namespace obsim {

// A view of the simulated catalog: its name in the oceanbase schema and its columns, in order.
struct ViewDef
{
    QString name;
    QStringList columns;
};

QList<ViewDef> catalogViews(const VersionProfile &profile);
QString columnType(const QString &column);

} // namespace obsim
