<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore</name>
    <message>
        <source>The target cluster&apos;s version is not known, so compatibility cannot be checked. Connect to the target&apos;s sys tenant or give its version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not record its version, so compatibility with %1 cannot be checked here; the target server decides when the restore starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made by OceanBase %1 (2.x/3.x) cannot be restored into %2: 4.x cannot read the 2.x/3.x backup format. Restore into a 3.x cluster of the same or a newer version, or take a new backup after upgrading the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a cluster at version %1, newer than the target&apos;s %2. OceanBase restores only into the same or a newer version (error 4179, &quot;restore from higher cluster version is not allowed&quot;). Upgrade the target to %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backed-up tenant has data version %1, newer than the target&apos;s %2. OceanBase restores only into the same or a newer version (error 4179, &quot;restore from higher data version is not allowed&quot;). Upgrade the target to %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 backup can be restored into %2 (same or newer version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of OceanBase 4.0.x (here %1) cannot be restored into 4.1 or later (target %2): the server refuses with &quot;restore from version 4.0 is not allowed&quot;. Restore into a 4.0.x cluster of the same or a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of OceanBase 4.3.0–4.3.2 (here %1) cannot be restored directly into 4.3.3 or later (target %2): the server accepts only backups with data version 4.3.3.0 or newer. Restore into a 4.3.0–4.3.2 cluster, or take a new backup after upgrading the source to 4.3.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of OceanBase %1 (%2) cannot be restored into 4.3.x (target %3): the server accepts only backups with data version 4.3.0.0 or newer. Restore into a %1 cluster of the same or a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 backup can be restored into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a %1 backup can be restored into %2 is not confirmed: the 4.2.5 code accepts only backups whose data version is on its upgrade path (4.2.1.10, 4.2.1.11, 4.2.2.x, 4.2.3.x, 4.2.4.0, 4.2.5.x). The target server decides; run the restore preview or the pre-checks to find out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 backup can be restored into the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documented rule covers restoring a %1 backup into %2. The target server decides; run the restore preview or the pre-checks to find out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an SCN or a date and time (YYYY-MM-DD HH:MM:SS[.ffffff]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCN %1 is out of range: an SCN is at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an SCN (digits only) nor a date and time in the form YYYY-MM-DD HH:MM:SS[.ffffff].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid calendar date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2 (a daylight-saving gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before 1970-01-01 00:00:00 UTC, which no SCN can express.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too far in the future to be an SCN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::Cli</name>
    <message>
        <source>Reads OceanBase backup locations and prepares, runs and follows tenant restores.
The commands of this version:
  help       show this help
The commands inspect, sql and watch come with the next versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::NextStepsPage</name>
    <message>
        <source>Next steps: the source cluster is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups are read live from the cluster that made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the source cluster&apos;s sys tenant and choose the source tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review its backup sets, archive pieces and restorable windows, and pick a restore point (latest, a time or an SCN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the target cluster&apos;s sys tenant (it may be the source cluster itself), name the target tenant and choose or create a resource pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pre-checks: version compatibility, resources, tenant name and restore point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every statement, start the restore and follow data restore and log recovery live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host, port, user and password of the source cluster&apos;s sys tenant (root@sys or a user that can read the CDB_OB_* views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host, port, user and password of the target cluster&apos;s sys tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decryption password, if the backup is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free CPU, memory (at least 5 GiB per unit) and log disk on the target zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps: the source cluster is deleted or offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups are parsed from the backup location&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one or more backup locations (a data backup path, a log archive path, or any folder above them) and parse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tenant from those found; if none is found, the diagnostics say why and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a restore point inside a restorable window (latest, a time or an SCN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the target cluster&apos;s sys tenant, name the target tenant and choose or create a resource pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pre-checks, review every statement, start the restore and follow it live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read access to the backup location (an NFS mount or a local folder) on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps: the target cluster is not managed by OCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore is driven with SQL on the target&apos;s sys tenant, and you see every statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point obrestore at the backups: the source cluster&apos;s sys tenant if it is online, or the backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tenant and a restore point inside a restorable window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the statements (CREATE RESOURCE UNIT/POOL, SET DECRYPTION, ALTER SYSTEM RESTORE), copy them or export them as a script, or let obrestore run them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the restore&apos;s progress from the views; cancel it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup location or the source cluster&apos;s sys tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to have at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of obrestore ends here: press Finish to close the wizard. The pages for these steps come in the next versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::RestoreWizard</name>
    <message>
        <source>obrestore — Restore an OceanBase tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the language of the wizard. The choice is remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::ScenarioPage</name>
    <message>
        <source>Choose a restore scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase&apos;s restore guide names three situations. Pick the one that matches yours: it decides where obrestore reads the backups from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The source cluster is online (managed by OCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster that made the backups is still running. obrestore connects to its sys tenant and reads the tenants, backup sets, archive pieces and backup paths live from the CDB_OB_BACKUP_SET_FILES, CDB_OB_ARCHIVELOG_PIECE_FILES and backup parameter views, so the restorable windows are exactly what the source cluster knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The source cluster is deleted or offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the backup files are left. obrestore parses the backup location (NFS or a local folder) offline, finds every tenant&apos;s data backup path and log archive path, computes the restorable windows with OceanBase&apos;s own rule, and explains exactly why when a location yields no tenant or no restorable time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. The target cluster is not managed by OCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster you restore into has no OCP. obrestore drives the restore with SQL on the target&apos;s sys tenant, shows every statement before it runs (secrets masked), lets you copy or export them as a script, and follows the restore&apos;s progress from the views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure? Choose 3 when the cluster you restore into has no OCP, whatever the source. Otherwise choose 1 if you can still log in to the cluster that made the backups, and 2 if you only have the backup files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::WizardMain</name>
    <message>
        <source>Restore an OceanBase tenant from its physical backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
