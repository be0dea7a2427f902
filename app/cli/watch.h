#pragma once

#include <QStringList>

namespace obrestore {

// `obrestore watch --host … --tenant …`: follows a restore until it ends (exit 0 success, 1 failed, 2 misuse,
// 3 no such restore, 4 the cluster could not be read).
int runWatch(const QStringList &args);

} // namespace obrestore
