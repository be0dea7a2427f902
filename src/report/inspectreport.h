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

// Exit status of inspect: 0 when at least one tenant is restorable (a non-empty window; with --target-version
// not refused for that version; with --until-… restorable to that point and, with --verify, no file missing),
// else 3.
int inspectExitCode(const Catalog &catalog);

// What a restore to one point reads, in words (the inspect report and the wizard's tenant page).
QString restoreSourceText(const TenantRestoreSource &source, const QTimeZone &zone);

} // namespace obrestore
