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
    <message>
        <source>%1 (SCN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Check the spelling, and that the NFS share is mounted on this computer at the same path as on the OceanBase servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Give the user running obrestore read access to it (OceanBase writes backups as the observer&apos;s user, often &quot;admin&quot;), or run obrestore as that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like a backup set folder (it holds single_backup_set_info): give the data backup path above it, the folder that holds format.obbak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like an archive piece folder: give the log archive path above it, the folder that holds format.obbak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a file, not a folder: give the folder that holds format.obbak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the data backup path or the log archive path (the folders that hold format.obbak, or format for 4.0), or any folder above them; check that the copy is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No backup destination was found at or below %1 (%n folder(s) searched): no format.obbak or format file. %2</source>
        <translation>
            <numerusform>No backup destination was found at or below %1 (%n folder searched): no format.obbak or format file. %2</numerusform>
            <numerusform>No backup destination was found at or below %1 (%n folders searched): no format.obbak or format file. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: %2. OceanBase rejects it too (checksum error -4103). Copy the file again from the original backup location; a partial or interrupted copy is the usual cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes) but must have content; OceanBase fails with &quot;file is empty&quot;. Copy it again from the original backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by OceanBase 4.0 (file names without .obbak/.obarc). obrestore reads it, but OceanBase 4.1 and later refuse to restore 4.0 backups: restore it into a 4.0.x cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OceanBase 2.x/3.x cluster-level backup (cluster %2, id %3, tenant ids: %4). 2.x/3.x backups cannot be restored into OceanBase 4.x; restore them into a 3.x cluster of the same or a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leftover temporary file(s) (*.tmp.&lt;digits&gt;) in %1 were skipped: they are interrupted writes, which OceanBase ignores too.</source>
        <translation>
            <numerusform>%n leftover temporary file (*.tmp.&lt;digits&gt;) in %1 were skipped: they are interrupted writes, which OceanBase ignores too.</numerusform>
            <numerusform>%n leftover temporary files (*.tmp.&lt;digits&gt;) in %1 were skipped: they are interrupted writes, which OceanBase ignores too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant %1 has a log archive path (%2) but no data backup path was found. A restore needs a full backup set: add the tenant&apos;s data backup path (its data_backup_dest) to the locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 has a data backup path (%2) but no log archive path was found. Only the end points of backups taken with PLUS ARCHIVELOG can be restored; add the tenant&apos;s log archive path (its log_archive_dest) to restore to other points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 has a data backup path (%2) but no log archive path was found, and no backup set was taken with PLUS ARCHIVELOG, so no point can be restored. Add the tenant&apos;s log archive path (its log_archive_dest) to the locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 has %2 data backup paths (%3). OceanBase restores from one data backup path at a time (&quot;It is not support to restore from multiple tenant backup paths&quot;): give only the one whose window you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup_sets folder, so it holds no backup set. Check that the copy of the data backup path is complete, or run a full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: no backup set was ever started at this data backup path. Run a full backup (ALTER SYSTEM BACKUP DATABASE) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup set in %1 finished successfully (no end_success placeholder; %2 in progress or interrupted, %3 failed). OceanBase restores only from successful sets: wait for the running backup or run a new full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set %1 has a start placeholder but no end placeholder: it is still running, or the backup was interrupted. It cannot be used until it ends successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set %1 failed (end_failed placeholder); OceanBase skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set %1 ended successfully but %2 is missing, so OceanBase silently skips the set. The set was probably deleted or not copied: copy the whole backup set folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set %1 has status %2 and file status %3; OceanBase uses only SUCCESS sets whose files are AVAILABLE, so it skips this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental backup set %1 builds on full set %2 and previous set %3, which are not both usable here, so OceanBase skips it and every later incremental set of the chain. Restore the missing sets&apos; folders, or restore to a point covered by an earlier chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set %1 is encrypted: the restore must first run SET DECRYPTION IDENTIFIED BY &apos;&lt;password&gt;&apos; in the same session, or OceanBase fails with error 9047 (invalid password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the passwords given matches the one recorded with the set. (Whether OceanBase records it in a comparable form is not confirmed; the server&apos;s check decides.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the passwords given matches the one recorded with the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pieces folder, so it holds no archived log; OceanBase fails with &quot;No enough log for restore&quot; (4018). Check that log archiving was running and that the copy of the log archive path is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no archive piece; OceanBase fails with &quot;No enough log for restore&quot; (4018). Check that log archiving was running (ALTER SYSTEM ARCHIVELOG) and that the copy is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 archive piece(s), but none has piece information or a checkpoint (single_piece_info, checkpoint/checkpoint_info.0): archiving never reached a checkpoint, or the piece folders were not copied. Copy the piece folders, or wait for archiving to checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive piece %1 has file status %2; OceanBase skips pieces that are not AVAILABLE, which can open a gap in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 piece(s) of archive destination %3, but its format file says destination %4: two archive paths were merged into one copy. OceanBase uses only the pieces of one destination; keep each destination in its own folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived log has a gap: one piece ends at %1 and the next starts at %2 (%3). Archiving was interrupted or restarted, so no point inside the gap can be restored, and the restorable windows split there. After a gap, only backup sets taken later can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable piece at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set %1 needs archived log from %2 on, but no continuous archive run covers that point (the usable log starts at %3). Archiving was started, or restarted, after the backup began. Take a new full backup while archiving is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log that continues from the set&apos;s start ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no archived log continues from the set&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest usable backup set %1 (restorable from %2) is not covered by archived log: %3. OceanBase always picks the newest set whose restorable point is before the restore point, so every point after %2 fails even though an older set covers earlier points. Restore to a point before it, or move this set&apos;s folder away so OceanBase picks the older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest usable backup set %1 (restorable from %2) is not covered by archived log: %3. If log archiving is still running, parse again once its checkpoint has passed %2; otherwise the copy of the log archive path is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no round start file for archive destination %2 (rounds/round_d%2r&lt;N&gt;_start). A restore &quot;to the latest point&quot; (no UNTIL) fails; give an explicit UNTIL SCN or UNTIL TIME instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active piece %1 has no checkpoint_info.&lt;scn&gt; file, so its checkpoint falls back to the stale one in checkpoint_info.0 (%2) and the window ends early. These files are 0 bytes: copy tools that skip empty files drop them. Copy the piece&apos;s checkpoint folder again with empty files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 was found, but no point in time can be restored. The causes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the other findings for this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 bytes, fewer than the 48-byte header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header checksum does not match (stored 0x%1, computed 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header declares %1 payload bytes but the file holds %2 (truncated copy?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header&apos;s data type is %1, expected %2 for this file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header&apos;s data version is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names compressor %1; metadata files are never compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data checksum does not match (stored 0x%1, computed 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format file decodes but is not valid (tenant id %1, dest id %2, dest type %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup set info decodes but names backup set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported checkpoint version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint declares %1 bytes but holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, larger than any metadata file (%2 bytes at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends early (needed %1 more byte(s) at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is cut off at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number at offset %1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text field declares %1 bytes, more than its capacity of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text field at offset %1 is not terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text field declares %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list declares %1 entries, more than the remaining %2 bytes can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported structure version %1 at offset %2 (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a structure at offset %1 declares %2 bytes but only %3 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup location is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup location contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local file URI: write file:///absolute/path (three slashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>obrestore inspect: %n tenant(s) found</source>
        <translation>
            <numerusform>obrestore inspect: %n tenant found</numerusform>
            <numerusform>obrestore inspect: %n tenants found</numerusform>
        </translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1 folder(s) and %2 file name(s); read %3 metadata file(s). Times are shown in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 (id %2), cluster %3 (id %4), layout %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Source cluster version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Data backup path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Log archive path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Backup sets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restorable from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(after set %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended successfully, but its set information is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[encrypted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[plus archivelog]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Archive pieces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>    … %n more piece(s) (all of them are in --json)</source>
        <translation>
            <numerusform>    … %n more piece (all of them are in --json)</numerusform>
            <numerusform>    … %n more pieces (all of them are in --json)</numerusform>
        </translation>
    </message>
    <message>
        <source>  Restorable windows: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Restorable windows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1  →  %2  (SCN %3 – %4, backup set %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (tenant %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new tenant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant name &quot;%1&quot; is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant name &quot;%1&quot; may contain only letters, digits and underscores, and must not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved by OceanBase and cannot be a tenant name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; may contain only letters, digits and underscores (at most 128), and must not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a character OceanBase does not accept in restore options (a space, &apos;&amp;&apos;, &apos;=&apos;, a quote or another special character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup location is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; contains a quote, a backslash or a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; contains a comma, which OceanBase uses to separate locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a restore time of the form YYYY-MM-DD HH:MM:SS[.ffffff].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore SCN %1 is out of range: it must be greater than 1 and below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one backup location (the data backup path and the log archive path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target cluster&apos;s version is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the resource pool(s) for the new tenant (pool_list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3.x dialect needs the source tenant&apos;s name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3.x dialect needs the backup cluster id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 3.x restore reads one cluster-level backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 3.x restore needs an explicit restore time (UNTIL &apos;YYYY-MM-DD HH:MM:SS[.ffffff]&apos;); it has no UNTIL SCN and no &quot;latest&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concurrency option exists from OceanBase 4.1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 3.x restore statement has no DESCRIPTION clause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concurrency option exists from OceanBase 4.1 on; the target is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concurrency must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase %1 has no restore preview (documented from 4.2.3 on the 4.2 line and from 4.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore preview needs a restore point (an SCN or a time); the server refuses it otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s CPU must be positive, and its minimum no more than its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s memory must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit count must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one zone for the resource pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host and port (an OBServer&apos;s SQL port, 2881 by default, or the OBProxy port), that the server is running, and that no firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the sys tenant as root@sys (or root@sys#cluster through OBProxy) with its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and the server&apos;s load; the connection is retried for reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is still running; reads reconnect on their own, but a restore statement is never resubmitted: look at the restore jobs before starting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not understand a statement (syntax error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s version may not have this statement; check the version obrestore detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enough log for restore: the restore point is outside every restorable window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a point inside a window on the timeline, or add the missing log archive path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant of that name exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s version is newer than, or incompatible with, the target: restore into a suitable version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup set is encrypted and no given decryption password matches it (9047).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password(s); list the full backup set&apos;s password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore job failed while the statement waited for the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the job&apos;s comment in the restore history; drop the half-created tenant before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource pool cannot be used as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool already belongs to a tenant: choose an unused pool or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool does not exist: create it first or pick an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zones lack free CPU, memory or servers for these units: choose smaller units or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another restore of that tenant is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow or cancel the running restore first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt MySQL driver is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Debian&apos;s libqt6sql6-mysql package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a cluster of a suitable version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the restore preview to let the server decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant named %1 already exists on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or drop the existing tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running restore jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore of %1 is already running on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow that job from the restore jobs view, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore of %1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource pool %1 does not exist on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an existing pool or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource pool %1 already belongs to tenant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an unused pool or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 exists and is unused (%n unit(s) per zone in %2).</source>
        <translation>
            <numerusform>%1 exists and is unused (%n unit per zone in %2).</numerusform>
            <numerusform>%1 exists and is unused (%n units per zone in %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>a unit needs at least %1 of memory (__min_full_resource_pool_memory); this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit config named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource pool named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1 has %2 server(s) for %3 unit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1 has room for %2 such unit(s), %3 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new resource pool does not fit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose smaller units, fewer units, other zones, or an existing pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target does not report its servers&apos; free resources; the server checks them when the pool is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new pool fits the free resources of zones %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source tenant has no restorable window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the diagnostics of the source page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time or an SCN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside a restorable window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside every restorable window; OceanBase would fail with &quot;No enough log for restore&quot; (4018).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest restorable points: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted and no decryption password is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase %1 has no restore preview; the restore itself will check the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target would use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no restorable window, so there is no latest point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source tenant has no data backup path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resource pool, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the restore SCN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point is outside every restorable window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore of %1 is already running (job %2): follow it instead of starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore statement succeeded, but no job for %1 appeared in the progress or history views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore of %1 is running, so there is nothing to cancel; the tenant was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target did not report restore_concurrency, which must be non-zero before %1 can restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at restore_concurrency on the target&apos;s sys tenant; if it is 0, run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore_concurrency is 0 on the target, so OceanBase %1 refuses every restore (4179).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the target&apos;s sys tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore_concurrency is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server has TLS enabled and that the CA, certificate and key files belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs the CA certificate file that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs its key file, and a key file its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose readable PEM files in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo backup location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the simulated cluster for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo cluster&apos;s description %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore script written by obrestore on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it on the target cluster&apos;s sys tenant (%1, OceanBase %2), for example with:
  obclient -h HOST -P PORT -uroot@sys -p &lt; this_file.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source tenant: %1 (id %2) of cluster %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point: latest (the server restores to the newest log it can read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point: SCN %1 = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are masked as &apos;******&apos;: replace them before running the script, and do not save the file with the passwords in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET DECRYPTION and ALTER SYSTEM RESTORE must run in the same session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the restore with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it has finished, the tenant is a standby tenant; make it primary with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the simulated cluster for the demo (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated cluster for the demo did not start; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant being restored was dropped: the restore was cancelled, or the tenant was dropped by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to repair. The resource pool stays: drop it, or use it for the next restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log stream could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log stream&apos;s comment and result in __all_virtual_ls_restore_history, then search observer.log on that server for the trace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough archive log for the restore point: it lies outside the restorable windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a point inside a window, or add the missing archive pieces to the log archive path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive log is not continuous with the backup data (a gap between rounds, or recycled log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a point covered by continuous archive log; check the log archive path for missing pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup file is missing at the backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the data backup path and log archive path are complete and readable by every OBServer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OBServers cannot reach or read the backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the mount or object-storage credentials on every OBServer, and the permissions of the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup set is encrypted and the decryption password is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the restore again with SET DECRYPTION IDENTIFIED BY the backup&apos;s password(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device ran out of space during the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space (data and log disks) on the OBServers, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of the restore timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the OBServers&apos; load and network; search rootservice.log for the trace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units ran out of resources (memory, disk or CPU) during the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tenant larger units or free resources on the servers, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore job failed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search observer.log and rootservice.log for the trace id, and read DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module=&apos;physical_restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore ran while backup data was being cleaned, and the files it needed were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the backup clean-up (delete policy and backup jobs) on the source, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore job failed and the server left no comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module=&apos;physical_restore&apos; and rootservice.log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore also ran while backup data was being cleaned: pause the clean-up before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore job %1 of %2 is neither running nor in the restore history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore of %1 is running, and the restore history has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the tenant&apos;s restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring (data restore and log recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the restored tenant&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the log streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring to a consistent point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the log streams (data restore and log recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the restored tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the system tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusting the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the user partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the user data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilding indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tablets (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tablets not counted yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 partitions (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by log stream steps (this version does not count tablets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no restore point reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started; restore point %1 (SCN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered up to %1 (SCN %2) of restore point %3 (SCN %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tablets/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data restore %1 %/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaying %1 s of log per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log recovery %1 %/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 (data restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 (log recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the job has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known: it needs steady progress over half a minute or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore job %1 of %2 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore job %1 of %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has moved for a while. What to check, on the target&apos;s sys tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The raw job status (the view shows RESTORING for several steps):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Each log stream&apos;s restore status (0 = done; the per-log-stream table shows the names):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Log restore sync status (4.2+): anything but NORMAL names the problem (a gap, the network, credentials):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Log replay: end_scn against the recovery point, and pending replay tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. The server&apos;s restore events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then search rootservice.log and observer.log for the trace ids they name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored tenant is a standby tenant: make it the primary tenant to open it for writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the backup came from an older OceanBase version (the history did not say): upgrade the tenant after activating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup came from OceanBase %1 and the target runs %2: upgrade the tenant after activating it. Done when DBA_OB_CLUSTER_EVENT_HISTORY has event &apos;UPGRADE_ALL&apos; for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive piece %1 is listed but its folder %2 is missing (deleted, expired or not copied). OceanBase still takes it from the newest piece&apos;s history, so a restore that needs it is accepted and then fails while replaying log: copy the folder again, or choose a point whose restore does not read this piece (inspect --until-… --verify tells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every restore point from %1 on fails, because OceanBase reads the sets in order up to the first one restorable after the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every restore from this data backup path fails, because it is the first set OceanBase reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase skips backup set %1 only when this file is missing; one that cannot be read stops the whole restore. So %2. If the set is not needed, move its folder away: OceanBase then skips it (and its incremental sets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase reads this file of %1 to find the newest piece and its history of frozen pieces, so every restore that names this log archive path fails (&quot;No enough log&quot; or a read error). Copy it again from the original log archive path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore to %1 would stop at %2, which cannot be read: OceanBase aborts the restore there. Repair or remove that file (see its finding), or choose a point that does not reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 has no restorable window at all, so no point can be restored; its other findings say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It falls between two restorable windows: the nearest points are %1 (earlier) and %2 (later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is before the first restorable point, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is after the last restorable point, %1 (the archived log ends there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside every restorable window of tenant %2: OceanBase would refuse it (error 4018, &quot;No enough log for restore&quot; or no usable backup set). %3 Choose a point inside a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a restore point OceanBase takes the newest checkpoint of the newest archive round, and here it finds none (no rounds/ start file of the destination, or only empty pieces). Give an explicit point inside a restorable window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a restore point OceanBase restores to %1 (the newest archived checkpoint, or the newest backup set&apos;s end when only the data backup path is named), and refuses it: the newest backup set there is not covered by the log. Give an explicit point inside a restorable window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup set %1 lacks %n file(s) or folder(s) the restore opens: %2. OceanBase would fail part-way through the restore. Copy the set&apos;s folder again from the original backup location (copy tools that skip empty folders or stop early are the usual cause).</source>
        <translation>
            <numerusform>Backup set %1 lacks %n file or folder the restore opens: %2. OceanBase would fail part-way through the restore. Copy the set&apos;s folder again from the original backup location (copy tools that skip empty folders or stop early are the usual cause).</numerusform>
            <numerusform>Backup set %1 lacks %n files or folders the restore opens: %2. OceanBase would fail part-way through the restore. Copy the set&apos;s folder again from the original backup location (copy tools that skip empty folders or stop early are the usual cause).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive piece %1 lacks %n file(s) or folder(s) the restore opens: %2. The log replay would stop there. Copy the piece&apos;s folder again from the original log archive path.</source>
        <translation>
            <numerusform>Archive piece %1 lacks %n file or folder the restore opens: %2. The log replay would stop there. Copy the piece&apos;s folder again from the original log archive path.</numerusform>
            <numerusform>Archive piece %1 lacks %n files or folders the restore opens: %2. The log replay would stop there. Copy the piece&apos;s folder again from the original log archive path.</numerusform>
        </translation>
    </message>
    <message>
        <source>the log stream list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point: latest when this script was written, SCN %1 = %2 (what the server picks without UNTIL). Pinned as UNTIL SCN, so running the script later restores to the same point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 (round %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest point, %1 (SCN %2), which OceanBase picks itself without UNTIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore to %1 is not possible: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore to %1 reads backup set(s) %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the newest set&apos;s own archived log (PLUS ARCHIVELOG), no log archive path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and piece(s) %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File check: every file this restore opens first is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>File check: %n finding(s), see the diagnostics below.</source>
        <translation>
            <numerusform>File check: %n finding, see the diagnostics below.</numerusform>
            <numerusform>File check: %n findings, see the diagnostics below.</numerusform>
        </translation>
    </message>
    <message>
        <source>A URI in FROM is not a backup or archive root: there is no format file under it (9080, OB_BACKUP_FORMAT_FILE_NOT_EXIST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the data backup path and the log archive path themselves (the folders that hold format.obbak), not a folder above or below them; obrestore inspect finds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URI in FROM holds the format file of another destination: another tenant, cluster or kind of path (9081, OB_BACKUP_FORMAT_FILE_NOT_MATCH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the paths belong to the tenant being restored and that the data and log archive paths are not swapped or mixed with another tenant&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick restore (method=quick) exists from OceanBase 4.3.3 on; the target is %1 (older versions would silently ignore the option and restore fully).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key backup&apos;s password needs the key backup&apos;s path (KEY FROM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KMS encryption information is for OceanBase 4.x targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup set can be used for this restore point: the point is before the first usable backup set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a later point, inside a restorable window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase did not find something the restore needs in the backup location (4018, entry not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the paths in FROM and the restore point with obrestore inspect --until-… --verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something the statement names does not exist (4018, entry not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the names in the statement against the cluster&apos;s views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path in FROM is not a backup or archive root: there is no format file under it (9080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path in FROM holds the format file of another destination (9081): another tenant, cluster or kind of path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the paths belong to the tenant being restored and are not swapped or mixed with another tenant&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target does not support this (1235, not supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase restores from one data backup path only: name one in FROM (obrestore names the one whose window holds the restore point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone of the pool is an encryption zone, which a restore cannot use: choose a pool in other zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s message says what is not supported; check that the target&apos;s version has this statement or option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit config (resource unit) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the unit config first, or use one the cluster has (DBA_OB_UNIT_CONFIGS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit config of that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource pool of that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or use the existing one if it has the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone in the zone list does not exist in the target cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose zones the cluster has (DBA_OB_ZONES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 restored (%3, by bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo bucket needs the local S3 server, which is not installed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo bucket could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored below %1: the bucket answered, but no object&apos;s key starts with this path (object storage has no empty folders). Check the path after the bucket name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2 object storage, which this reader cannot open. Mount or copy the backup to a local or NFS path (metadata files are enough for the parse), or read it from the source cluster while it is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage refused to let obrestore read %1: %2. Check access_id and access_key (the key pair OceanBase backs up with works; a key with list and read rights on the bucket is enough), that the key has not expired, and that this computer&apos;s clock is right (signatures older than 15 minutes are refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket of %1 was not found: %2. Check the bucket name, host= (the endpoint of the bucket&apos;s region) and, for s3://, s3_region=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check host= (name, port, http:// or https://), that this computer reaches it (DNS, firewall, proxy variables), and for https that its certificate is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a local path, not object storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no host= parameter: give the endpoint of the object storage, e.g. host=s3.us-east-1.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no access_id= parameter: give the access key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no access_key= parameter: give the secret access key in the location, in OBRESTORE_ACCESS_KEY or with --access-key-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host=%1 is not an endpoint: write a host name with an optional port and an optional http:// or https:// in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressing_model=%1 is not one OceanBase accepts: use virtual_hosted_style or path_style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached: %2 (after %n attempt(s), %3 s per request at most)</source>
        <translation>
            <numerusform>%1 could not be reached: %2 (after %n attempt, %3 s per request at most)</numerusform>
            <numerusform>%1 could not be reached: %2 (after %n attempts, %3 s per request at most)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept failing: %2 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 kept failing: %2 (after %n attempt)</numerusform>
            <numerusform>%1 kept failing: %2 (after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>bucket &quot;%1&quot; does not exist at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access key ID &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket &quot;%1&quot; is not at %2 in region %3 (%4): check host= and s3_region=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no objects below this prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is object storage, which this reader cannot open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket answered, but nothing is stored below %1: check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached %1: a backup destination (it holds a format file), %2 at its top. Press Parse to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1: %2 at this level; Parse looks for backup destinations below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Object storage: %1 request(s), %2 retried, %3 bytes received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name holds SCN %1, above the largest SCN OceanBase writes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The scan stopped at depth %1 below the location given: the %n folder(s) inside %2 were not looked into. Give a path closer to the backup (the folder that holds format.obbak, or one above it).</source>
        <translation>
            <numerusform>The scan stopped at depth %1 below the location given: the %n folder inside %2 was not looked into. Give a path closer to the backup (the folder that holds format.obbak, or one above it).</numerusform>
            <numerusform>The scan stopped at depth %1 below the location given: the %n folders inside %2 were not looked into. Give a path closer to the backup (the folder that holds format.obbak, or one above it).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be a backup metadata file: it is %2. OceanBase cannot read it either. Replace it with the file of that name from the original backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: its symbolic links point at each other in a loop (%2). Make the link point at the real file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: the path is longer than the system allows (%2; at most 4096 bytes, 255 per name). Give a shorter path to the same backup, for example through a symbolic link or a bind mount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: it is %2. The copy or mount it pointed to is gone: mount it again, or replace the link with the file from the original backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check the disk or the network mount it is on (dmesg, mount), then run the scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be right: %2. OceanBase never writes such a value, so the file was damaged or made by hand, and obrestore does not use it. Copy it again from the original backup location, or remove it if it is not OceanBase&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds SCN %1, above the largest SCN OceanBase writes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO), not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; puts credentials before the bucket, which OceanBase does not accept: write them as parameters, %2://bucket/path?host=…&amp;access_id=…&amp;access_key=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; writes &quot;%2=&quot; with a space: OceanBase reads a parameter only when it is written exactly name=value, so it would not see this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obrestore support bundle
========================

Attach this archive to a support ticket. Every password, access key and other secret was replaced by ****** before it was written. manifest.json says what was collected, with which versions and in which time zone, and what could not be collected and why.

Files:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the finished bundle could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup locations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inspect report of the backup locations (obrestore inspect --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same report as text, in the UI language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support bundle was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster was given (--host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup location was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the samples of a watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obrestore keeps a watch&apos;s samples in memory only; export the bundle from the wizard&apos;s progress page to include them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list: what was collected and what was not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what each file is, in the UI language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n file(s), every secret replaced by ******.</source>
        <translation>
            <numerusform>Wrote %1: %n file, every secret replaced by ******.</numerusform>
            <numerusform>Wrote %1: %n files, every secret replaced by ******.</numerusform>
        </translation>
    </message>
    <message>
        <source>No table recovery into %1 is running, so there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table recovery into %1 is already running (job %2): follow it, or wait until it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RECOVER TABLE statement succeeded, but no recovery into %1 appeared in the job views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backquote in &quot;%1&quot; is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backquoted names are for MySQL-mode tenants; the target tenant is Oracle-mode: write the name in capitals without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name `%1` is empty or starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database or table name: use letters, digits, &apos;_&apos; and &apos;$&apos;, or put the name in backquotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target tenant is Oracle-mode, where unquoted names are stored in capitals: write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one table to recover (db.table, db.* or *.*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*.* already names every table; remove the other names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 overlap: %3.* already holds every table of that database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMAP TABLE %1:%2 renames a table that is not being recovered; add %1 to the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two remaps lead to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is remapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs its database: write database.table, database.* or *.*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only *.* may start with *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not database.table: a table cannot be followed by more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a remap: write old:new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In REMAP TABLE &quot;%1&quot; the old name must be database.table or database.*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a whole database remaps to a whole database (db.*:newdb.*), a table to a table (db.t:newdb.newt or db.t:newt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table-level recovery (RECOVER TABLE) exists from OceanBase 4.2.1 on; the target is %1. Restore the whole tenant under a new name instead and copy the tables from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an auxiliary tenant of another recovery; choose the tenant that should receive the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the resource pool of the auxiliary tenant (pool_list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table-level recovery (RECOVER TABLE) exists from OceanBase 4.2.1 on; the target is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the auxiliary tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activating the auxiliary tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking before the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the import job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2 succeeded: %3 imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tables imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n failed)</source>
        <translation>
            <numerusform>(%n failed)</numerusform>
            <numerusform>(%n failed)</numerusform>
        </translation>
    </message>
    <message>
        <source>starting the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilding foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table-level recovery exists from OceanBase 4.2.1 on; the target is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2 is neither running nor in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table recovery into %1 is running, and the history has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table recovery was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported into the target tenant. The auxiliary tenant&apos;s resource pool stays: drop it, or use it for the next recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auxiliary tenant could not be restored, so no table was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read CDB_OB_RESTORE_HISTORY for the auxiliary tenant&apos;s comment, fix that cause (the backup, the restore point, the pool), then start the recovery again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table to recover is not in the backup at that point (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and the point: the table must have existed at the restore point. Names are compared as the tenant stores them (Oracle mode: capitals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target table exists already (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remap the table to a new name (REMAP TABLE db.t:db.t_restored), or drop or rename the existing table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target database does not exist (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database in the target tenant first, or remap the tables to an existing database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase does not support this import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover into a tenant of the same compatibility mode (MySQL or Oracle) as the backed-up tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server ran out of disk space while importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free data disk on the target tenant&apos;s servers, then recover the tables that failed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table recovery failed on the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search observer.log and rootservice.log for the trace id, and read DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module=&apos;recover_table&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) to recover are still in %1&apos;s recycle bin: FLASHBACK TABLE brings them back in seconds, with the data they had when dropped, without restoring anything.</source>
        <translation>
            <numerusform>%n table to recover is still in %1&apos;s recycle bin: FLASHBACK TABLE brings it back in seconds, with the data it had when dropped, without restoring anything.</numerusform>
            <numerusform>%n tables to recover are still in %1&apos;s recycle bin: FLASHBACK TABLE brings them back in seconds, with the data they had when dropped, without restoring anything.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in to %1 (not the sys tenant) and run: %2 — or go on to recover them from the backup as of the chosen point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the tables is in %1&apos;s recycle bin: recovering from the backup is the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sys tenant could not read %1&apos;s recycle bin (%2), so whether the table can simply be flashed back was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1 and run SHOW RECYCLEBIN; a dropped table listed there comes back with FLASHBACK TABLE &lt;object name&gt; TO BEFORE DROP RENAME TO &lt;db&gt;.&lt;table&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the whole tenant under a new name instead, and copy the tables from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover into a cluster of a suitable version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant %1 on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the tenant that should receive the tables from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 tenant; tables can be recovered only into a user tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a user tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (%3); the import needs a normal primary tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the tenant is normal, or activate it first, or pick another tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a normal primary user tenant (%2 mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not record the backed-up tenant&apos;s mode, so it was not compared with %1&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure both tenants are MySQL-mode or both Oracle-mode; OceanBase fails the import otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backed-up tenant is %1-mode and %2 is %3-mode; tables cannot be imported across modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a tenant of the same mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both tenants are %1-mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running recoveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table recovery into %1 is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow it from the restore jobs view, or wait until it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table recovery into %1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the list of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target databases and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sys tenant could not read %1&apos;s databases and tables (%2), so they were not checked. OceanBase refuses the statement if a target database is missing (1049) or a target table exists (1050).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, check with SHOW DATABASES and SHOW TABLES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no database %2; OceanBase refuses the recovery (1049, Unknown database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database in %1 first, or remap the tables to an existing database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every target database exists in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2; OceanBase refuses the recovery (1050, table exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remap each to a new name (for example %1_restored), or drop or rename the existing table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables of %1 are known only once the auxiliary tenant is restored, so they could not be checked against %2&apos;s; OceanBase fails the import of any that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remap the database to a new one (db.*:db_restored.*) to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the target tables exists in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auxiliary tenant&apos;s pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase drops the auxiliary tenant when the recovery ends and keeps the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tenant that receives the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET DECRYPTION and ALTER SYSTEM RECOVER TABLE must run in the same session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the table recovery with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To cancel it (the auxiliary tenant is dropped, %1 stays):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auxiliary tenant&apos;s resource pool stays when the recovery ends: drop it with DROP RESOURCE POOL when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no reason; its observer log has it (search for the statement&apos;s trace id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own message, quoted with the error, says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore job %1 of %2 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given matches the one recorded with backup set(s) %1: OceanBase would fail with &quot;invalid password for backup&quot; (9047).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password each set was backed up with (SET ENCRYPTION … IDENTIFIED BY); when the full and incremental sets have different ones, enter both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the source cluster&apos;s views say that backup set(s) %1 have a password, not what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s restore preview checks the passwords; without one, the restore itself does (9047).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords given match those recorded with backup set(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (the unit needs %1, at most %2 free on one server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (the unit needs %1, at most %2 free on one server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log disk (the unit needs %1, at most %2 free on one server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s restore preview refused the passwords: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s restore preview accepted the passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest usable backup set %1 (restorable from %2) is not covered by archived log: %3. The archive already reaches %4, past that point, so waiting does not help: the log between is missing (archiving was interrupted, or the copy of the log archive path is incomplete). Copy the missing pieces, or take a new full backup while log archiving runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path or URI (spelling, mount, bucket prefix) and parse again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the named folder or file readable by this user (or fix the link it is), then parse again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the access key, secret and token (and the clock of this computer); the key needs list and read rights on the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the bucket name, the endpoint and the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s host name, the network path to it and any proxy, then parse again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup set again in full, or restore to a point that uses another set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the archive piece again in full, or restore to a point that does not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at the backup root (the folder holding format.obbak) or a folder above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the named file again from the original backup location; a file damaged there cannot be restored from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the named file again: the copy tool may have stopped early or skipped its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup into an OceanBase 4.0 cluster; 4.1 and later refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it into a 2.x/3.x cluster; to reach 4.x, migrate the data logically (for example with OMS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tenant&apos;s data backup path to the locations parsed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tenant&apos;s log archive path to the locations parsed together, or restore to a PLUS ARCHIVELOG set&apos;s point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse one data backup path at a time: OceanBase reads one per restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup_sets folder too, or take a full backup of the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a running backup to finish, or take a new full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the backup to finish, then parse again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for the restore: OceanBase skips a failed set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the set&apos;s single_backup_set_info file again; without it OceanBase skips the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another set; a set marked deleted or broken is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the incremental set&apos;s previous sets too, or restore to a point its full set covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backup&apos;s decryption password (SET DECRYPTION IDENTIFIED BY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the archive&apos;s pieces too, or check that log archiving is enabled for the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the pieces&apos; files again (the copy looks empty), or wait for archiving to write its first checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a point that does not need this piece, or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the other destination&apos;s pieces to their own archive path; OceanBase reads only this one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a point inside a window; points in the gap cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a new full backup while log archiving runs; this set cannot be brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a point before the newest set, or move that set away so OceanBase picks the older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the rounds folder too, or restore with an explicit UNTIL SCN instead of the latest point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy again with a tool that keeps 0-byte files (the checkpoint is in the file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: OceanBase ignores these files too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse the named folder itself, or a folder closer to the backup root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a cluster of the backup&apos;s version or newer, or upgrade the target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a cluster of a version this backup can go to (see the message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the tenant&apos;s other findings: each names its cause and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a point inside one of the restorable windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the backup sets this restore reads are not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: backup set(s) %1 do not record their size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the resource pool&apos;s zones are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1: %2 free on its %3 best server(s), %4 needed on each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup sets this restore reads (%1) record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free data disk: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free data disk on those servers (datafile_size, datafile_maxsize), or restore into zones with more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone(s) %1 do not report their free data disk: not checked there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every zone of the pool has that free on its servers (the restored data can take more than the backup wrote when the backup was compressed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo folder %1 cannot be checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo folder %1 is a symbolic link, which the demo never follows (someone may have planted it). Remove it, then start the demo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder. Remove it, then start the demo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo folder %1 belongs to another user (uid %2): nothing in it is read, signalled or removed. Remove it as that user or as root, then start the demo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo folder %1 can be written by other users, so its contents cannot be trusted. Remove it, then start the demo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s simulated cluster has stopped. Close the wizard and start the demo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s sample backup location %1 is gone (a temporary-files cleaner, or another demo, removed it). Close the wizard and start the demo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone since the location was parsed: %1. It was removed, moved or unmounted; mount or copy it back, then parse the location again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: the endpoint answered, but not as object storage does: %2. Check that host= names the object storage&apos;s own endpoint (not a web page, a login portal or a proxy in front of it), and its port and http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing of %1 was not read to its end: %2. What it holds past that point is not in this report. Give the path of one tenant&apos;s backup (closer to its format file), or check what fills this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the location given, and was not followed (a link out could lead the scan over the whole file system). Parse %2 itself if it holds a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for backup destinations below %1 stopped after %2 folders, more than any OceanBase backup location holds above its destinations; folders past that point were not looked into. Give a path closer to the backup (the folder that holds format.obbak, or one above it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan stopped after %1 requests to object storage, its limit (far more than a backup location of many tenants needs): the report shows what was read until then. Give a path closer to one tenant&apos;s backup, or check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan stopped at its time limit of %1 s: the report shows what was read until then. Run it again with a longer --timeout, or give a path closer to one tenant&apos;s backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not the file OceanBase reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log it holds, from %1 to %2, is not used: restorable points end where the previous piece ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log it holds, up to %1, is not used: restorable points end where the previous piece ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log it holds is not used: restorable points end where the previous piece ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active piece %1: %2, so OceanBase takes the piece as empty (its checkpoint_info.&lt;scn&gt; files alone are not read) and %3. Copy checkpoint_info.0.obarc of this piece again from the original backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered with an empty body (%1), not an S3 listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered with %1 &quot;%2&quot;, not an S3 listing (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing is not valid XML (%1, line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the scan&apos;s request limit is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2), which object storage does not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) to %3, which object storage does not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a listing page larger than %2 MiB (an S3 page of 1,000 keys is well under 1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 said the listing goes on (IsTruncated) but gave no continuation token, after %n page(s)</source>
        <translation>
            <numerusform>%1 said the listing goes on (IsTruncated) but gave no continuation token, after %n page</numerusform>
            <numerusform>%1 said the listing goes on (IsTruncated) but gave no continuation token, after %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 repeated a continuation token it had given before, after %n page(s): the listing would never end</source>
        <translation>
            <numerusform>%1 repeated a continuation token it had given before, after %n page: the listing would never end</numerusform>
            <numerusform>%1 repeated a continuation token it had given before, after %n pages: the listing would never end</numerusform>
        </translation>
    </message>
    <message>
        <source>the listing was stopped after %1 page(s) and %2 entries, more than any OceanBase backup folder holds (at most %3 pages or %4 entries are read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description holds %1: write it without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name holds %1, which cannot be part of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key holds &quot;&amp;&quot;: OceanBase ends a location&apos;s parameter at &quot;&amp;&quot;, so it would read only the part before it and the restore could not use this key. A key with &quot;&amp;&quot; cannot be used with OceanBase: create another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key holds a control character (a line break?), which cannot stand in a location: check the key file or variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the piece&apos;s checkpoint_info.0.obarc again from the original backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse a folder closer to the backup root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse a folder closer to one tenant&apos;s backup, or check what the endpoint answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse again with a longer time limit (--timeout), or a folder closer to the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse a folder closer to one tenant&apos;s backup, or check what fills this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse the link&apos;s target itself if it holds a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that host= is the object storage&apos;s own endpoint, with the right port and scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bidirectional override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered only over HTTPS, but host= names no scheme: OceanBase 4.2 to 4.4 reach such a host over plain HTTP and would not reach it (whether newer versions do is not confirmed). Write host=https://%1 in the location OceanBase restores from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; over %2 too: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With *.* OceanBase ignores every REMAP (for a recovery of everything it copies no remap into the job), so the tables would come back under their old names. Name the databases to recover instead (app.*, crm.*), then remap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMAP TABLE %1:%2 renames a database that is not recovered whole; add %1 to the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMAP TABLE %1:%2 leads into %2, which is recovered itself; remove one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMAP TABLE %1:%2 renames a table that is recovered only through %3.*: OceanBase remaps tables named one by one. Name %1 in the tables instead of %3.*, or remap the whole database (%3.*:newdb.*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMAP TABLE %1:%2 leads to %3.%4, which is recovered itself; remove one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITH KEY FROM exists from OceanBase 4.2.0 on; the target is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: OceanBase has no obs:// storage type, so a restore from it fails (invalid backup destination). Reach Huawei Cloud OBS through s3://, with its endpoint as host=: s3://bucket/path?host=obs.&lt;region&gt;.myhuaweicloud.com&amp;access_id=…&amp;access_key=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a storage type obrestore does not know. Use file:///path, a plain absolute path, or oss://, s3://, cos://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write host=https://… in the location OceanBase restores from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 answered over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 answered over plain HTTP (host=http://…): the requests are not encrypted; write host=https://%1 to use TLS, in OceanBase&apos;s backup destination too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 answered over plain HTTP: host= names no scheme, and that is how OceanBase reaches it too. The requests are not encrypted; write host=https://%1 to use TLS, in OceanBase&apos;s backup destination too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a restore point and without a log archive path, OceanBase looks for the newest backup set, newest first, and stops with an error at set %1: its information file is there but cannot be read (empty or damaged), so the restore to the latest point fails. Copy %2 again from the original backup location, or give an explicit point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an assume-role location (role_arn=%2): OceanBase&apos;s servers assume that role themselves, and obrestore cannot assume it from this computer. Read the location with an access key that may list and read it (access_id=…&amp;access_key=…, or OBRESTORE_ACCESS_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase %1 takes s3_region for s3:// locations only and refuses %2; remove s3_region from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase %1 takes appid for cos:// locations only and refuses %2; remove appid from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set(s) %1 were made before OceanBase 4.3, and OceanBase restores such sets in full only: it would refuse the quick restore (&quot;quick restore is not allowed&quot;, 4179).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Quick restore in the advanced restore options of the target page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the source does not say which version made backup set(s) %1; OceanBase refuses a quick restore of a set made before 4.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set(s) %1 were made by OceanBase 4.3 or later and can be restored quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent encryption options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target runs a Community Edition build, which has no transparent data encryption: it accepts WITH KEY FROM and the KMS information and ignores them, so they have no effect here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out, or restore a TDE-encrypted tenant into an Enterprise Edition cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sys tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s meta tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is being upgraded (enable_upgrade_mode is on): OceanBase refuses a table recovery meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the upgrade first (ALTER SYSTEM END UPGRADE), then recover the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data version (COMPATIBLE) of %1 is below 4.2.1.0: OceanBase refuses RECOVER TABLE and its cancel (&quot;Tenant COMPATIBLE is below 4.2.1.0, recover table is not supported&quot;, 1235), whatever the binaries&apos; version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the upgrade of those tenants (ALTER SYSTEM RUN UPGRADE JOB &quot;UPGRADE_ALL&quot; and the post-upgrade steps), then recover the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked for %1: the target did not list its data version (COMPATIBLE), which must be 4.2.1.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the target: SELECT TENANT_ID, VALUE FROM oceanbase.GV$OB_PARAMETERS WHERE NAME = &apos;compatible&apos;;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sys tenant, %1 and its meta tenant are at data version 4.2.1.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a standby tenant: OceanBase refuses the statement at once (&quot;recover table to standby tenant is not supported&quot;, 1235).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate it first (ALTER SYSTEM ACTIVATE STANDBY TENANT %1), or pick a primary tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sys tenant could not read %1&apos;s databases and tables (%2), so they were not checked. OceanBase %3 fails the import, after the auxiliary tenant&apos;s restore, if a target database is missing (1049) or a target table exists (1050).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no database %2. OceanBase %3 accepts the statement, restores the auxiliary tenant, and only then fails the import (1049, Unknown database): hours lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2. OceanBase %3 accepts the statement, restores the auxiliary tenant, and only then fails the import of that table (1050, table exists): hours lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backed-up tenant and the receiving tenant compare names differently (lower_case_table_names), so OceanBase refused the import after restoring the auxiliary tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover into a tenant with the same lower_case_table_names as the backed-up tenant, or restore the whole tenant under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backed-up tenant and the receiving tenant are of different compatibility modes (MySQL, Oracle), so OceanBase refused the import after restoring the auxiliary tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s lower_case_table_names could not be read, so it was not compared with the backed-up tenant&apos;s; OceanBase fails the recovery after the auxiliary tenant&apos;s restore if they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 and in the backed-up tenant, run SHOW VARIABLES LIKE &apos;lower_case_table_names&apos;; they must be equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not record the backed-up tenant&apos;s lower_case_table_names, so it was not compared with %1&apos;s (%2); OceanBase compares them only after the auxiliary tenant&apos;s restore, and fails the recovery if they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it on the source tenant (SHOW VARIABLES LIKE &apos;lower_case_table_names&apos;), or read the source online (scenario 1), where obrestore compares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backed-up tenant has lower_case_table_names = %1 and %2 has %3: OceanBase would restore the auxiliary tenant and then fail the recovery (&quot;recover from different case sensitive compatibility tenant is not supported&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover into a tenant with the same lower_case_table_names (it is fixed when a tenant is created), or restore the whole tenant under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backed-up tenant and %1 compare names alike (lower_case_table_names = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: * stands for every table of a database: write database.*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not database.table, database.* or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a tablegroup or tablespace remap takes one name on each side (old:new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (impossible: later than %2, when it was read; the server&apos;s clock or time zone is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n statement(s) the next page shows are written for OceanBase %1.</source>
        <translation>
            <numerusform>The %n statement the next page shows is written for OceanBase %1.</numerusform>
            <numerusform>The %n statements the next page shows are written for OceanBase %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The statements cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Source page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Tenant page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Tables page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Target page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key backup path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>the separator between the items of a list in running text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; holds the key as the source cluster stores it encrypted (encrypt_key=), which OceanBase refuses in a restore: give its access_key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; names no endpoint (host=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; has no access key (access_id= and access_key=): OceanBase cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is for %1://%2 (host=%3), not for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source cluster keeps its access key encrypted (encrypt_key=), which OceanBase refuses in a restore&apos;s FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source cluster keeps no access key for it that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, and its access key ID is not known either. A restore that reads it cannot be written: give its location with access_id= and access_key= (inspect it offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. A restore that reads it needs the secret access key of %3: give it with OBRESTORE_ACCESS_KEY or --access-key-file %4=FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the bucket&apos;s secret access key (OBRESTORE_ACCESS_KEY, --access-key-file, or Enter key… in the wizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source cluster: %1, read from its views (CDB_OB_BACKUP_SET_FILES, CDB_OB_ARCHIVELOG_PIECE_FILES). Times are shown in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered with &lt;%1&gt;%2, not a listing (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no access_id= parameter: give the storage account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access_key of %1 is not an Azure storage account key (a base64 text, as the portal&apos;s Access keys page shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; must start with file://, oss://, cos://, s3:// or azblob://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase %1 cannot read %2: Azure Blob (azblob://) is read from 4.2.5.6 on the 4.2 line and from 4.3.5.3 (4.3.5 BP3) on. Copy the backup to a storage the target reads, or restore into a newer cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup to a local path, NFS, an S3-compatible bucket (S3, OSS, COS) or Azure Blob and parse that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::CancelRestoreDialog</name>
    <message>
        <source>Cancel restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling drops the tenant &lt;b&gt;%1&lt;/b&gt; that is being restored, with everything restored so far. It cannot be undone. The resource pool stays.&lt;br&gt;&lt;br&gt;obrestore will run:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Type the tenant&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel table recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling stops the table recovery into &lt;b&gt;%1&lt;/b&gt;: the auxiliary tenant is dropped and tables not yet imported stay missing; %1 itself and its other tables are left alone. The auxiliary tenant&apos;s resource pool stays.&lt;br&gt;&lt;br&gt;obrestore will run:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Type the receiving tenant&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 exactly to cancel the recovery; Escape keeps it running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 exactly to cancel the restore; Escape keeps it running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::Cli</name>
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
    <message>
        <source>Print the report as JSON (schema_version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check that the backup can be restored into a cluster of this version, e.g. 4.2.1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone for displayed times: UTC, +08:00, Asia/Shanghai (default: local). JSON always carries UTC too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use UTC, an offset such as +08:00, or a name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OceanBase version such as 4.2.1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints, one per line, exactly the statements the wizard would run on the target&apos;s sys tenant for a restore plan (SET DECRYPTION, then ALTER SYSTEM RESTORE). Secrets print as &apos;******&apos;.
Exit status: 0, or 2 with a one-line reason for invalid input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new tenant&apos;s name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data or archive URI; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point as an SCN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point as &apos;YYYY-MM-DD HH:MM:SS[.ffffff]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource pools, comma-separated (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary zone of the new tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality of the new tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore concurrency, 0 to 100 (4.1+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION clause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target cluster version: selects the dialect (default 4.3.3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.x: the backed-up tenant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.x: the source cluster&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.x: the source cluster&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the PREVIEW form instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the cancel statement for --tenant on --target-version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print passwords and keys instead of &apos;******&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --until-scn or --until-time, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SCN (a positive whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a concurrency (0 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s host (an OBServer or OBProxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL port (default 2881).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sys tenant user (default root@sys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between samples (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per sample instead of the bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tenant being restored with --tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval is in seconds, from 0.2 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection back after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Job %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data %2 | log %3 | elapsed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> | left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> | no progress since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log recovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource pool(s) %1 remain; drop them or reuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads one or more backup locations offline and reports the tenants, backup sets, archive pieces, restorable windows and every finding, with its cause and fix. With --until-scn or --until-time it also says, per tenant, exactly what a restore to that point reads (OceanBase&apos;s own choice, offline).
Exit status: 0 when a tenant has a restorable window (into --target-version, to the --until point, with --verify its files present), 3 when none has, 2 for misuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also report what a restore to this SCN reads, per tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also report what a restore to this time (YYYY-MM-DD HH:MM:SS[.ffffff], in --time-zone) reads, per tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --until-…: only this tenant (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --until-…: also check, without reading data, that the files the restore opens are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SCN: give a positive whole number of nanoseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant and --verify need --until-scn or --until-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick restore: add method=quick (4.3.3+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of the tenant&apos;s encryption keys (WITH KEY FROM, 4.2.1+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of that key backup (ENCRYPTED BY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KMS information for a tenant with transparent encryption: SET @kms_encrypt_info and kms_encrypt=true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the object storage secret access key from this file (its first line), for locations without access_key=. OBRESTORE_ACCESS_KEY works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the access key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a restore time of the form YYYY-MM-DD HH:MM:SS[.ffffff].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a value above holds a backslash or a line break, written as a backslash escape. Run the statements in a session whose sql_mode does not contain NO_BACKSLASH_ESCAPES (SELECT @@sql_mode; to check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current state once and exit (exit status 5 while it runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the cluster stops answering, keep retrying for this many seconds, then exit with status 4 and the last known state (default 600; 0 retries for ever).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: give a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--give-up-after is in seconds, from 0 (never) to 604800 (a week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up: %1 has not answered for %2 (--give-up-after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known state (%1): job %2 of %3, %4; data restore: %5; log recovery: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore itself goes on on the cluster: run obrestore watch again once it is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Connection lost: %2 Retrying (for %3 so far)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one .zip a support engineer can attach to a ticket: manifest.json (what was collected, the versions, the time zone, what could not be collected and why), README.txt, the inspect report of the locations, and what the target cluster says about its restores. Every password, access key and other secret is replaced by ****** in every file. The cluster password comes from OBRESTORE_PASSWORD or --password-file.
Exit status: 0 written, 2 misuse, 4 nothing at all could be collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive to write (required), e.g. ticket.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target cluster to read (an OBServer or OBProxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cluster password from the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this tenant&apos;s restore jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this restore job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone for displayed times (default: local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object storage secret access key, for locations without access_key= (OBRESTORE_ACCESS_KEY works too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup locations to include, as for inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[URI...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the archive to write with --out FILE.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give backup locations, a cluster (--host), or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n file(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n file).</numerusform>
            <numerusform>Wrote %1 (%n files).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads OceanBase backup locations and prepares, runs and follows tenant restores.
Commands:
  inspect    read backup locations offline: tenants, restorable windows, diagnostics
  sql        print the statements the wizard would run for a restore plan
  watch      follow a running restore on a cluster with a text progress bar
  bundle     write a support bundle (.zip) for a ticket, every secret redacted
  help       show this help
Run &quot;obrestore &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table-level recovery (4.2.1+): db.tbl, db.* or *.*, comma-separated; prints ALTER SYSTEM RECOVER TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --recover-table: the existing tenant that receives the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --recover-table: REMAP TABLE old:new (db.t:newdb.newt, db.t:newt, db.*:newdb.*); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old:new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --recover-table: REMAP TABLEGROUP old:new; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --recover-table: REMAP TABLESPACE old:new; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to-tenant and the --remap-… options belong to --recover-table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --recover-table the receiving tenant is --to-tenant; --tenant is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preview, --quick and the 3.x options are for a tenant restore, not --recover-table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recover-table needs --to-tenant, the existing tenant that receives the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auxiliary tenant takes one resource pool (--pool-list P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows a restore (or, with --recover-table, a table-level recovery) on the target&apos;s sys tenant with a text progress bar until it ends, as the wizard&apos;s progress page does. The password is read from the OBRESTORE_PASSWORD environment variable, from --password-file, or asked for on the terminal.
Exit status: 0 the restore succeeded, 1 it failed or was cancelled, 2 misuse, 3 no such restore, 4 the cluster could not be read (at the start, or for longer than --give-up-after), 5 with --once: the restore is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant being restored; with --recover-table, the tenant receiving the tables (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore job id (default: the tenant&apos;s newest job); with --recover-table, the recovery&apos;s sys job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a table-level recovery (RECOVER TABLE, 4.2.1+) into --tenant through its phases: the auxiliary tenant&apos;s restore, the import, each table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  table %1 → %2: %3, indexes %4/%5, constraints %6/%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 → %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  table %1 → %2: indexes %3/%4, constraints %5/%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auxiliary tenant was dropped; its resource pool %1 remains: drop it or reuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table-level recovery exists from OceanBase 4.2.1 on; %1 runs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup password; repeat for several. Visible to ps and the shell history: prefer the three below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the backup passwords from this file, one per line. OBRESTORE_DECRYPTION (one per line) works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a backup password on the terminal, without echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the decryption password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup (decryption) password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decryption-prompt needs a terminal and a password typed at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the scan after this many seconds with what it has read, reported as SCAN_TIMEOUT (default 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time limit: give whole seconds, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the source cluster&apos;s views instead of a backup location (scenario 1): its tenants, backup sets and archive pieces, each object-storage destination with the key the cluster keeps readable. The password comes from OBRESTORE_PASSWORD, --password-file, or a prompt. Exit status 4 when the cluster cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --online: the source cluster&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --online: its SQL port (default 2881).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --online: a sys tenant user (default root@sys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --online: read the password from the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--online reads the source cluster&apos;s views: give no backup location with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--access-key-file BUCKET=FILE is for --online; a location takes its key as access_key= or from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup location: file:///path, a path (a relative one is taken from the current folder and reported absolute), any folder above the destinations, or object storage as OceanBase writes it (s3://bucket/path?host=…&amp;access_id=…&amp;access_key=…, oss://, cos://, azblob://container/path?host=https://ACCOUNT.blob.core.windows.net&amp;access_id=ACCOUNT&amp;access_key=KEY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::ConnectionForm</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host and port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root@sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of an OBServer or OBProxy of the cluster; recent connections are in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (PEM files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the server&apos;s certificate is verified against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, together with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, together with the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: OceanBase %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::DemoBanner</name>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; A simulated OceanBase %1 cluster listens on %2:%3 (user %4, no password) and a sample backup location is at %5. Nothing here touches a real cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode: something has gone.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::DiagnosticsPanel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no parse result to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.json and %1.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the inspect report (JSON and text) for a support ticket. It never contains passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one .zip for a support ticket: the inspect report, a manifest and a README, with every secret replaced by ******.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n):</source>
        <translation>
            <numerusform>Finding (%n):</numerusform>
            <numerusform>Findings (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected finding (severity, code, tenant, path, cause and fix) for a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::ObjectStorageForm</name>
    <message>
        <source>Enter the endpoint of the object storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bucket name (without slashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&amp;&quot; and &quot;?&quot; cannot appear in the fields: OceanBase splits the location&apos;s parameters at them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon S3 (s3://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3-compatible: MinIO, Ceph, GCS… (s3://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS (oss://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud COS (cos://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket.host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path (host/bucket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint (host):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path in the bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup/data or a folder above the destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in memory only, never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the endpoint, else us-east-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud OBS (s3://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Blob Storage (azblob://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path in the container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::PreChecksPage</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version compatibility, tenant name, running jobs, resources, restore point, parameters, decryption and the server&apos;s own restore preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No check failed; read the %n warning(s) before you go on.</source>
        <translation>
            <numerusform>No check failed; read the %n warning before you go on.</numerusform>
            <numerusform>No check failed; read the %n warnings before you go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recycle bin first, then version, receiving tenant, compatibility mode, target databases and tables, other recoveries, the auxiliary tenant&apos;s pool, restore point and decryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to %1 and change %2 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: fix them (select one and go to its field, or go Back) and run the checks again.</source>
        <translation>
            <numerusform>%n check failed: fix it (select it and go to its field, or go Back) and run the checks again.</numerusform>
            <numerusform>%n checks failed: fix them (select one and go to its field, or go Back) and run the checks again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>obrestore::ProgressChart</name>
    <message>
        <source>Creating tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data restore (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log recovery (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to zoom into a stretch of time; right-click to follow the restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auxiliary tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::ProgressView</name>
    <message>
        <source>(numbering not confirmed for this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first answer about the restore of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore job %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost at %2: %3 Reconnecting on its own; nothing collected so far is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress since %1 (%2). The restore may be stuck; see what to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps, ready to run on the target&apos;s sys tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant is ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant %1 was dropped by the cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource pool(s) %1 remain: drop them, or use them for the next restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the restore of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 Following the job until it has left the progress view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop resource pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the resource pool(s) %1 on %2? Their unit config stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pools were not all dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn after no progress for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop resource pool(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log recovery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, quick restore (method=quick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the samples this window collected: progress points, phases, connection gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statements this window sent (cancel, drop pools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one .zip for a support ticket: this job&apos;s rows and events on the cluster, the samples collected here, with every secret replaced by ******.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at %1: %2 imported into %3. The auxiliary tenant was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auxiliary tenant&apos;s resource pool %1 remains: drop it, or use it for the next recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery into %1 was cancelled; the auxiliary tenant was dropped, %1 was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the table recovery into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auxiliary tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel recovery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped by the cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured (the job has ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore is being followed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dropped when the job ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done (the auxiliary tenant was restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restoring the auxiliary tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit config(s) %1 of these pools remain, used by no pool now; to drop them: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::ProgressWindow</name>
    <message>
        <source>Restore of %1 — obrestore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::RestoreJobsDialog</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show restore jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a target cluster&apos;s sys tenant to see its running restores and its restore history. A running restore can be monitored again, for example after the wizard was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 in the history on %3 (OceanBase %4). Select a running restore and choose Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one .zip for a support ticket: the selected job&apos;s rows and the cluster&apos;s restore events (every job when none is selected), with every secret replaced by ******.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2 (table recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s comment: %1</source>
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
    <message>
        <source>obrestore — Restore an OceanBase tenant (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When obrestore last closed, it was watching: %1. &lt;a href=&quot;#jobs&quot;&gt;Show the restore jobs&lt;/a&gt; to follow them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running restores and the restore history of a target cluster; monitor a running restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table recovery into %1 (job %2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on the demo cluster now: %1. &lt;a href=&quot;#jobs&quot;&gt;Show the restore jobs&lt;/a&gt; to follow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table recovery into %1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (the recovery continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (the restore continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the wizard only: the job runs on in the cluster, and the next start (or Restore jobs…) finds it again. To stop it, use Cancel restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::RunPage</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the restore of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may take a while to accept the statement (it waits until the tenant is created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent again on its own: go Back, fix the plan and start again, or look for the job on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore job %1 of %2 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore runs on the target cluster; closing the wizard does not stop it, and the next start finds it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statements that started this restore (secrets masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parse of the backup locations the restore was planned from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-check results before the restore started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery runs on the target cluster; closing the wizard does not stop it, and the restore jobs view finds it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the table recovery into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2 started.</source>
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
    <name>obrestore::SourcePage</name>
    <message>
        <source>Choose a backup location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a backup location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Parsing %n location(s)…</source>
        <translation>
            <numerusform>Parsing %n location…</numerusform>
            <numerusform>Parsing %n locations…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 folders, %2 files listed; %3 destinations, %4 metadata files read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant was found. The findings below say why, and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) found, but none has a restorable window. The findings below say why.</source>
        <translation>
            <numerusform>%n tenant found, but none has a restorable window. The findings below say why.</numerusform>
            <numerusform>%n tenants found, but none has a restorable window. The findings below say why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) found, %1 with a restorable window. Press Next to choose one.</source>
        <translation>
            <numerusform>%n tenant found, %1 with a restorable window. Press Next to choose one.</numerusform>
            <numerusform>%n tenants found, %1 with a restorable window. Press Next to choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The parse was cancelled. Nothing was found yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to read the source cluster&apos;s tenants and their backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one or more backup locations and press Parse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: the source cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the source cluster&apos;s sys tenant. Its tenants, backup sets and archive pieces are read from its views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: the backup location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse the backup location&apos;s files. Nothing is written, and only metadata files are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the source cluster (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse the backup location (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and read backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/data/nfs/backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 requests, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup locations: a data backup path, a log archive path, or any folder above them (file:///path or /path; an NFS mount works), or object storage: paste OceanBase&apos;s URI (s3://, oss://, cos://) or fill in the object storage form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret access key of %1 in the object storage form (recent locations keep no key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to edit this location; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from the source cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered here (kept for this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored encrypted by the source cluster, which a restore cannot use: enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable on the source cluster: enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n destination</numerusform>
            <numerusform>%n destinations</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups are in object storage: a restore&apos;s FROM needs each bucket&apos;s access key. Keys are kept in memory only, never saved, shown or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) have no key a restore can use: select one and press Enter key… (a restore that reads it cannot start without).</source>
        <translation>
            <numerusform>%n bucket has no key a restore can use: select it and press Enter key… (a restore that reads it cannot start without).</numerusform>
            <numerusform>%n buckets have no key a restore can use: select one and press Enter key… (a restore that reads it cannot start without).</numerusform>
        </translation>
    </message>
    <message>
        <source>testing access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ access tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ access test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::SummaryPage</name>
    <message numerus="yes">
        <source>Copied %n statement(s); passwords stay masked.</source>
        <translation>
            <numerusform>Copied %n statement; passwords stay masked.</numerusform>
            <numerusform>Copied %n statements; passwords stay masked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL script (*.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no statements to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These statements run on the target&apos;s sys tenant, in this order. Export them as a script to run by hand, or let obrestore run them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These statements run on the target&apos;s sys tenant, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2), cluster %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SCN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, OceanBase %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commented .sql file to run by hand; passwords stay masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the statements. Start the restore on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the tables keep their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the statements. Start the table recovery on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>new: %1 (%n unit(s) of %2 per zone in %3)</source>
        <translation>
            <numerusform>new: %1 (%n unit of %2 per zone in %3)</numerusform>
            <numerusform>new: %1 (%n units of %2 per zone in %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>obrestore::TablesPage</name>
    <message>
        <source>Remap %1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s): %1</source>
        <translation>
            <numerusform>%n name: %1</numerusform>
            <numerusform>%n names: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least one table, for example app.orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables to recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the tables and databases of %1 to bring back into %2 as they were at the restore point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables: type or paste db.table, db.* (a whole database) or *.* (everything), separated by commas, spaces or line breaks. A dropped table is in no live schema, so nothing here is looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP.ORDERS (an Oracle-mode tenant keeps unquoted names in capitals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app.orders, app.order_items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaps: recover a table under another name or into another database (REMAP TABLE old:new). Without one, a table keeps its name, and OceanBase refuses a name that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered table (db.table or db.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name (db.table, table or db.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add remap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase restores a temporary auxiliary tenant (AUX_RECOVER$…) in pool %1, imports the tables into %2, then drops the auxiliary tenant; the pool stays. Indexes and constraints come with each table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::TargetPage</name>
    <message>
        <source>A chosen backup set is encrypted: enter its decryption password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the target cluster&apos;s sys tenant and describe the new tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is the source cluster itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 CPU, %3 GiB memory free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: free resources not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1, OceanBase %2, %n tenant(s). Largest free unit per zone: %3.</source>
        <translation>
            <numerusform>Cluster %1, OceanBase %2, %n tenant. Largest free unit per zone: %3.</numerusform>
            <numerusform>Cluster %1, OceanBase %2, %n tenants. Largest free unit per zone: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to see the target&apos;s version, zones and free resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and _, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused resource pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new unit config and resource pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GiB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log disk (GiB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: a full replica in each zone of the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption (a chosen backup set is encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup password (never saved or shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second password, if sets use different ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced restore options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick restore (method=quick): the tenant opens before all data is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OceanBase 4.3.3 and later; older versions would ignore the option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key backup path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key backup password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENCRYPTED BY (never saved or shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET @kms_encrypt_info (never saved or shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table-level recovery exists from OceanBase 4.2.1 on; the target runs %1: go back and restore the whole tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target has no user tenant to receive the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the target cluster&apos;s sys tenant, choose the tenant that receives the tables and the auxiliary tenant&apos;s resource pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving tenant and auxiliary tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing tenant the tables are imported into. OceanBase restores a temporary auxiliary tenant into the pool below, imports from it, then drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auxiliary tenant&apos;s pool (unused):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant named %1 already exists on the target; %2 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <comment>full replica</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <comment>read-only replica</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica type in %1: F full, R read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one zone needs a full (F) replica: read-only replicas alone cannot hold the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU, %2 GiB, log %3 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica type in each zone: F (full) replicas vote and can lead, R (read-only) replicas only serve reads; at least one zone needs F. The locality field shows what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparent encryption only (4.2.1+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a tenant with transparent encryption: the path of its key backup (WITH KEY FROM, 4.2.1+).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::TenantPage</name>
    <message>
        <source>This tenant has no restorable window: choose another, or see the findings on the previous page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use UTC, an offset such as +08:00, or a name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SCN as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = SCN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This point is outside every restorable window; OceanBase would refuse it (error 4018). Use the nearest valid point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant and restore point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tenant to restore and a point inside one of its restorable windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of the chosen tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS[.ffffff]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1709380800000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data backup path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log archive path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files: %1 of about %2 folders listed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 = SCN %2 (the point OceanBase picks itself without UNTIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, without reading data, the folders and files this restore opens, and says which are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file this restore opens first is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data backup path not used for this point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log archive path not used for this point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole tenant, as a new tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and databases, into an existing tenant (4.2.1+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM RECOVER TABLE: OceanBase restores an auxiliary tenant to the point, imports the tables into the tenant you choose, then drops the auxiliary tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no restorable window. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are now shown in %1; the restore point did not move (SCN %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1: hover for details, scroll to zoom, click to pick a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorable windows of %1 (choose one to restore to its end):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorable windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2
SCN %3 → %4
backup sets %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source cluster&apos;s own paths are not read from this computer: files are checked in buckets with their keys, or when the backup location is parsed offline (scenario 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This restore reads %1, whose access key is not known: go back to the Source page, select the bucket and give its key (Enter key…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::TenantsModel</name>
    <message>
        <source>3.x backup: listed, not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restorable window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restorable (%n window(s))</source>
        <translation>
            <numerusform>Restorable (%n window)</numerusform>
            <numerusform>Restorable (%n windows)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest restorable point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data backup path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log archive path: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::TimelineLegend</name>
    <message>
        <source>Full backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set OceanBase skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active piece (still being written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorable window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obrestore::TimelineWidget</name>
    <message>
        <source>Backup sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full backup set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental backup set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from %1, restorable from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: a decryption password is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable: OceanBase skips this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap in the archived log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive piece %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorable window (backup set %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restorable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tenant to see its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
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
    <message>
        <source>Demo mode: a simulated OceanBase cluster and a sample backup location. The cluster keeps running while a restore runs on it, so the wizard finds the restore again when reopened; it removes itself once unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode with the sample backup location in a bucket of a local S3-compatible server (needs: cmake --build build --target s3server).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
