#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace obrestore {

// One finding about a backup location (../shared/contracts/obrestore-cli.md "Diagnostic codes"). The code is a
// stable English identifier; the message is translated and names the path, the cause and the fix.
struct Diagnostic
{
    enum class Severity { Error = 0, Warning = 1, Info = 2 };

    QString code;
    Severity severity = Severity::Error;
    std::optional<qint64> tenantId;
    QString path; // a URI, secrets masked
    QString message;
};

QString severityName(Diagnostic::Severity severity); // "error", "warning", "info"

// What to do about a finding of this code, translated, on its own (the message names the path and the cause and
// may say more for the case at hand); empty for a code without advice.
QString diagnosticFix(const QString &code);

// Errors first, then warnings, then info; the order of discovery within a severity.
void sortDiagnostics(QList<Diagnostic> &diagnostics);

} // namespace obrestore
