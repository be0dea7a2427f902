#include "diagnostic.h"

#include <algorithm>

namespace obrestore {

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

void sortDiagnostics(QList<Diagnostic> &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return int(a.severity) < int(b.severity); });
}

} // namespace obrestore
