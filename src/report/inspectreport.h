#pragma once

#include "backupdest/tenantcatalog.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>

namespace obrestore {

// The `obrestore inspect` report (../shared/contracts/obrestore-cli.md): JSON schema_version 1, and a readable
// text form in the UI language. Neither ever contains a backup password.
QByteArray inspectJson(const Catalog &catalog);
QString inspectText(const Catalog &catalog, const QTimeZone &zone);

// Exit status of inspect: 0 when at least one tenant has a non-empty restorable window, else 3.
int inspectExitCode(const Catalog &catalog);

} // namespace obrestore
