#pragma once

#include "obversion.h"

#include <QString>

#include <optional>

namespace obrestore {

// Stable identifiers from ../shared/contracts/obrestore-cli.md (never translated).
inline constexpr const char kCodeVersionTooNewForTarget[] = "VERSION_TOO_NEW_FOR_TARGET";
inline constexpr const char kCodeVersionPathNotAllowed[] = "VERSION_PATH_NOT_ALLOWED";

struct RestoreCompatibility
{
    enum class Verdict {
        Allowed,    // every documented rule and code check accepts it
        NotAllowed, // a documented rule or a server code check refuses it; `code` says which contract code
        Unknown,    // no confirmed rule either way: the target server decides (PREVIEW or the restore itself)
    };

    Verdict verdict = Verdict::Unknown;
    QString code;        // contract code for NotAllowed, empty otherwise
    QString explanation; // translated, names both versions and says what to do
    QString source;      // where the rule comes from (document or code), untranslated, for reports and tooltips

    bool isAllowed() const { return verdict == Verdict::Allowed; }
    bool isRefused() const { return verdict == Verdict::NotAllowed; }
};

// Can a backup written by a cluster at `backupCluster` of a tenant at data version `backupData`
// (tenant_compatible) be restored into a cluster at `target`?
//
// Encodes ../shared/reference/ob-restore-sql.md §5: same-or-newer only (no reverse restore between minor
// versions), 2.x/3.x never into 4.x, 4.0 never into 4.1+, 4.2.x (and older 4.x) not into 4.3.x, 4.3.0–4.3.2
// not into 4.3.3+. Where the reference marks a rule UNCONFIRMED the verdict is Unknown ("the server
// decides"), never a guess. Either backup version may be unknown (std::nullopt); the data version rules
// fall back to the cluster version when the data version is missing.
RestoreCompatibility checkRestoreCompatibility(const std::optional<ObVersion> &backupCluster,
                                               const std::optional<ObVersion> &backupData,
                                               const ObVersion &target);

} // namespace obrestore
