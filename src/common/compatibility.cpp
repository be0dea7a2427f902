#include "compatibility.h"

#include "tr.h"

namespace obrestore {

namespace {

using Verdict = RestoreCompatibility::Verdict;

RestoreCompatibility allowed(QString explanation, const char *source)
{
    return {Verdict::Allowed, QString(), std::move(explanation), QString::fromLatin1(source)};
}

RestoreCompatibility refused(const char *code, QString explanation, const char *source)
{
    return {Verdict::NotAllowed, QString::fromLatin1(code), std::move(explanation), QString::fromLatin1(source)};
}

RestoreCompatibility unknown(QString explanation, const char *source)
{
    return {Verdict::Unknown, QString(), std::move(explanation), QString::fromLatin1(source)};
}

// Data versions that ObUpgradeChecker::check_data_version_exist() accepts on the 4.2.5.x line
// (ob-restore-sql.md §5.2). Which 4.2.x release first refuses backups outside this list is UNCONFIRMED
// (§8 item 3), so off-list backups into 4.2.5+ are reported as Unknown, not as refused.
bool isOn425UpgradePath(const ObVersion &v)
{
    static const ObVersion listed[] = {
        {4, 2, 1, 10}, {4, 2, 1, 11}, {4, 2, 2, 0}, {4, 2, 2, 1}, {4, 2, 3, 0}, {4, 2, 3, 1}, {4, 2, 4, 0},
    };
    for (const auto &l : listed) {
        if (v == l)
            return true;
    }
    return v.isOnLine(4, 2) && v.majorPatch() == 5 && v.minorPatch() <= 8;
}

QString lineOf(const ObVersion &v)
{
    return QStringLiteral("%1.%2.x").arg(v.major()).arg(v.minor());
}

} // namespace

RestoreCompatibility checkRestoreCompatibility(const std::optional<ObVersion> &backupCluster,
                                               const std::optional<ObVersion> &backupData,
                                               const ObVersion &target)
{
    if (!target.isValid())
        return unknown(Tr::tr("The target cluster's version is not known, so compatibility cannot be checked. "
                              "Connect to the target's sys tenant or give its version."),
                       "");

    const bool haveCluster = backupCluster && backupCluster->isValid();
    const bool haveData = backupData && backupData->isValid();
    if (!haveCluster && !haveData)
        return unknown(Tr::tr("The backup does not record its version, so compatibility with %1 cannot be "
                              "checked here; the target server decides when the restore starts.")
                           .arg(target.toString()),
                       "");

    // The release line of the backup: OceanBase's path checks use the tenant data version
    // (tenant_compatible_); fall back to the cluster version when a writer did not record it.
    const ObVersion line = haveData ? *backupData : *backupCluster;
    const QString shown = line.toString();
    const QString tgt = target.toString();

    // 2.x/3.x backups never restore into 4.x or later (DOC@V4.3.3 troubleshooting 200.physical-restore-failed.md).
    const bool pre4Backup = line.major() < 4 || (haveCluster && backupCluster->major() < 4);
    if (pre4Backup && target.major() >= 4)
        return refused(kCodeVersionPathNotAllowed,
                       Tr::tr("Backups made by OceanBase %1 (2.x/3.x) cannot be restored into %2: 4.x cannot read "
                              "the 2.x/3.x backup format. Restore into a 3.x cluster of the same or a newer "
                              "version, or take a new backup after upgrading the source.")
                           .arg(haveCluster ? backupCluster->toString() : shown, tgt),
                       "DOC@V4.3.3 physical-restore-failed; ob-restore-sql.md §5.1");

    // Same or newer only; no reverse restore between minor versions (docs V3.1.4–V4.3.3), and the server's
    // check_backup_set_version_match_ (-4179 "restore from higher cluster/data version is not allowed").
    if (haveCluster && *backupCluster > target)
        return refused(kCodeVersionTooNewForTarget,
                       Tr::tr("The backup was made by a cluster at version %1, newer than the target's %2. "
                              "OceanBase restores only into the same or a newer version (error 4179, "
                              "\"restore from higher cluster version is not allowed\"). Upgrade the target to "
                              "%1 or later.")
                           .arg(backupCluster->toString(), tgt),
                       "SRC@4.3.3 ObRestoreUtil::check_backup_set_version_match_");
    if (haveData && *backupData > target)
        return refused(kCodeVersionTooNewForTarget,
                       Tr::tr("The backed-up tenant has data version %1, newer than the target's %2. OceanBase "
                              "restores only into the same or a newer version (error 4179, \"restore from "
                              "higher data version is not allowed\"). Upgrade the target to %1 or later.")
                           .arg(backupData->toString(), tgt),
                       "SRC@4.3.3 ObRestoreUtil::check_backup_set_version_match_");

    if (target.major() < 4) {
        // 3.x into 3.x (or 2.x into 3.x): only the same-or-newer rule is documented, and it holds here.
        return allowed(Tr::tr("A %1 backup can be restored into %2 (same or newer version).").arg(shown, tgt),
                       "DOC@V3.1.4 100.preparation-before-recovery.md");
    }

    // 4.0.x backups never restore into 4.1 or later ("restore from version 4.0 is not allowed").
    if (line < ObVersion(4, 1) && target >= ObVersion(4, 1))
        return refused(kCodeVersionPathNotAllowed,
                       Tr::tr("Backups of OceanBase 4.0.x (here %1) cannot be restored into 4.1 or later (target "
                              "%2): the server refuses with \"restore from version 4.0 is not allowed\". "
                              "Restore into a 4.0.x cluster of the same or a newer version.")
                           .arg(shown, tgt),
                       "DOC@V4.1.0 100.preparation-before-recovery.md; SRC@4.3.3 check_backup_set_version_match_");

    if (target.isOnLine(4, 3)) {
        // 4.3.0–4.3.2 backups cannot be restored directly on 4.3.3 (zh DOC@V4.3.3; master commit 04e46b93
        // "forbid restore from backup prior to 4.3.3"). UNCONFIRMED whether 4.3.4/4.3.5 keep the rule
        // (ob-restore-sql.md §8 item 3); the issue asks for "not into 4.3.3+", and master keeps it, so later
        // 4.3.x targets are treated the same way and the explanation says where the rule is documented.
        if (target >= ObVersion(4, 3, 3) && line.isOnLine(4, 3) && line < ObVersion(4, 3, 3))
            return refused(kCodeVersionPathNotAllowed,
                           Tr::tr("Backups of OceanBase 4.3.0–4.3.2 (here %1) cannot be restored directly into "
                                  "4.3.3 or later (target %2): the server accepts only backups with data "
                                  "version 4.3.3.0 or newer. Restore into a 4.3.0–4.3.2 cluster, or take a new "
                                  "backup after upgrading the source to 4.3.3.")
                               .arg(shown, tgt),
                           "zh DOC@V4.3.3 100.preparation-before-recovery.md; master 04e46b93");
        // 4.2.x (and older 4.x) backups cannot be restored into 4.3.x (zh DOC@V4.3.3; master commit 1c6016f1
        // requires data version >= 4.3.0.0).
        if (line < ObVersion(4, 3))
            return refused(kCodeVersionPathNotAllowed,
                           Tr::tr("Backups of OceanBase %1 (%2) cannot be restored into 4.3.x (target %3): the "
                                  "server accepts only backups with data version 4.3.0.0 or newer. Restore into "
                                  "a %1 cluster of the same or a newer version.")
                               .arg(lineOf(line), shown, tgt),
                           "zh DOC@V4.3.3 100.preparation-before-recovery.md; master 1c6016f1");
        return allowed(Tr::tr("A %1 backup can be restored into %2.").arg(shown, tgt),
                       "DOC@V4.3.3 100.preparation-before-recovery.md");
    }

    if (target.isOnLine(4, 2)) {
        // The 4.2.5.x code accepts only data versions on its upgrade path; which release first does so is
        // UNCONFIRMED (ob-restore-sql.md §5.2, §8 item 3). Off-path backups into 4.2.5+ are Unknown.
        if (target >= ObVersion(4, 2, 5) && !isOn425UpgradePath(line))
            return unknown(Tr::tr("Whether a %1 backup can be restored into %2 is not confirmed: the 4.2.5 code "
                                  "accepts only backups whose data version is on its upgrade path (4.2.1.10, "
                                  "4.2.1.11, 4.2.2.x, 4.2.3.x, 4.2.4.0, 4.2.5.x). The target server decides; run "
                                  "the restore preview or the pre-checks to find out.")
                               .arg(shown, tgt),
                           "ob-restore-sql.md §5.2 (4.2.5.x ob_upgrade_utils.cpp), UNCONFIRMED");
        // 4.1.x restores into 4.2.0 (DOC@V4.2.3–V4.3.3), and 4.2.x into newer 4.2.x.
        return allowed(Tr::tr("A %1 backup can be restored into %2 (same or newer version).").arg(shown, tgt),
                       "DOC@V4.2.3 100.preparation-before-recovery.md");
    }

    if (target.isOnLine(4, 0) || target.isOnLine(4, 1))
        return allowed(Tr::tr("A %1 backup can be restored into %2 (same or newer version).").arg(shown, tgt),
                       "DOC@V4.1.0 100.preparation-before-recovery.md");

    // 4.4 and later: no rule in the reference. The very same version is always restorable.
    if ((!haveCluster || *backupCluster == target) && line == target)
        return allowed(Tr::tr("A %1 backup can be restored into the same version.").arg(shown), "");
    return unknown(Tr::tr("No documented rule covers restoring a %1 backup into %2. The target server decides; "
                          "run the restore preview or the pre-checks to find out.")
                       .arg(shown, tgt),
                   "ob-restore-sql.md §5 has no rule for 4.4+");
}

} // namespace obrestore
