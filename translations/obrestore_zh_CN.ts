<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>obrestore</name>
    <message>
        <source>The target cluster&apos;s version is not known, so compatibility cannot be checked. Connect to the target&apos;s sys tenant or give its version.</source>
        <translation>目标集群的版本未知，无法检查版本兼容性。请连接目标集群的 sys 租户，或指定其版本。</translation>
    </message>
    <message>
        <source>The backup does not record its version, so compatibility with %1 cannot be checked here; the target server decides when the restore starts.</source>
        <translation>备份中没有记录版本，这里无法检查与 %1 的兼容性；发起恢复时由目标集群判断。</translation>
    </message>
    <message>
        <source>Backups made by OceanBase %1 (2.x/3.x) cannot be restored into %2: 4.x cannot read the 2.x/3.x backup format. Restore into a 3.x cluster of the same or a newer version, or take a new backup after upgrading the source.</source>
        <translation>OceanBase %1（2.x/3.x）的备份不能恢复到 %2：4.x 无法读取 2.x/3.x 的备份格式。请恢复到相同或更高版本的 3.x 集群，或在源集群升级后重新备份。</translation>
    </message>
    <message>
        <source>The backup was made by a cluster at version %1, newer than the target&apos;s %2. OceanBase restores only into the same or a newer version (error 4179, &quot;restore from higher cluster version is not allowed&quot;). Upgrade the target to %1 or later.</source>
        <translation>备份由 %1 版本的集群生成，高于目标集群的 %2。OceanBase 只支持恢复到相同或更高的版本（错误 4179，&quot;restore from higher cluster version is not allowed&quot;）。请将目标集群升级到 %1 或更高版本。</translation>
    </message>
    <message>
        <source>The backed-up tenant has data version %1, newer than the target&apos;s %2. OceanBase restores only into the same or a newer version (error 4179, &quot;restore from higher data version is not allowed&quot;). Upgrade the target to %1 or later.</source>
        <translation>被备份租户的数据版本为 %1，高于目标集群的 %2。OceanBase 只支持恢复到相同或更高的版本（错误 4179，&quot;restore from higher data version is not allowed&quot;）。请将目标集群升级到 %1 或更高版本。</translation>
    </message>
    <message>
        <source>A %1 backup can be restored into %2 (same or newer version).</source>
        <translation>%1 的备份可以恢复到 %2（相同或更高版本）。</translation>
    </message>
    <message>
        <source>Backups of OceanBase 4.0.x (here %1) cannot be restored into 4.1 or later (target %2): the server refuses with &quot;restore from version 4.0 is not allowed&quot;. Restore into a 4.0.x cluster of the same or a newer version.</source>
        <translation>OceanBase 4.0.x 的备份（此处为 %1）不能恢复到 4.1 及以上版本（目标为 %2）：服务端会以 &quot;restore from version 4.0 is not allowed&quot; 拒绝。请恢复到相同或更高版本的 4.0.x 集群。</translation>
    </message>
    <message>
        <source>Backups of OceanBase 4.3.0–4.3.2 (here %1) cannot be restored directly into 4.3.3 or later (target %2): the server accepts only backups with data version 4.3.3.0 or newer. Restore into a 4.3.0–4.3.2 cluster, or take a new backup after upgrading the source to 4.3.3.</source>
        <translation>OceanBase 4.3.0–4.3.2 的备份（此处为 %1）不能直接恢复到 4.3.3 及以上版本（目标为 %2）：服务端只接受数据版本不低于 4.3.3.0 的备份。请恢复到 4.3.0–4.3.2 的集群，或在源集群升级到 4.3.3 后重新备份。</translation>
    </message>
    <message>
        <source>Backups of OceanBase %1 (%2) cannot be restored into 4.3.x (target %3): the server accepts only backups with data version 4.3.0.0 or newer. Restore into a %1 cluster of the same or a newer version.</source>
        <translation>OceanBase %1 的备份（%2）不能恢复到 4.3.x（目标为 %3）：服务端只接受数据版本不低于 4.3.0.0 的备份。请恢复到相同或更高版本的 %1 集群。</translation>
    </message>
    <message>
        <source>A %1 backup can be restored into %2.</source>
        <translation>%1 的备份可以恢复到 %2。</translation>
    </message>
    <message>
        <source>Whether a %1 backup can be restored into %2 is not confirmed: the 4.2.5 code accepts only backups whose data version is on its upgrade path (4.2.1.10, 4.2.1.11, 4.2.2.x, 4.2.3.x, 4.2.4.0, 4.2.5.x). The target server decides; run the restore preview or the pre-checks to find out.</source>
        <translation>尚未确认 %1 的备份能否恢复到 %2：4.2.5 的代码只接受数据版本在其升级路径上的备份（4.2.1.10、4.2.1.11、4.2.2.x、4.2.3.x、4.2.4.0、4.2.5.x）。由目标集群判断；请运行恢复预览或预检查确认。</translation>
    </message>
    <message>
        <source>A %1 backup can be restored into the same version.</source>
        <translation>%1 的备份可以恢复到相同版本。</translation>
    </message>
    <message>
        <source>No documented rule covers restoring a %1 backup into %2. The target server decides; run the restore preview or the pre-checks to find out.</source>
        <translation>没有文档规定 %1 的备份能否恢复到 %2。由目标集群判断；请运行恢复预览或预检查确认。</translation>
    </message>
    <message>
        <source>Enter an SCN or a date and time (YYYY-MM-DD HH:MM:SS[.ffffff]).</source>
        <translation>请输入 SCN 或日期时间（YYYY-MM-DD HH:MM:SS[.ffffff]）。</translation>
    </message>
    <message>
        <source>The SCN %1 is out of range: an SCN is at most %2.</source>
        <translation>SCN %1 超出范围：SCN 最大为 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an SCN (digits only) nor a date and time in the form YYYY-MM-DD HH:MM:SS[.ffffff].</source>
        <translation>&quot;%1&quot; 既不是 SCN（纯数字），也不是 YYYY-MM-DD HH:MM:SS[.ffffff] 格式的日期时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid calendar date and time.</source>
        <translation>&quot;%1&quot; 不是有效的日期时间。</translation>
    </message>
    <message>
        <source>The time zone is not valid.</source>
        <translation>时区无效。</translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2 (a daylight-saving gap).</source>
        <translation>%1 在时区 %2 中不存在（夏令时跳过的时间）。</translation>
    </message>
    <message>
        <source>%1 is before 1970-01-01 00:00:00 UTC, which no SCN can express.</source>
        <translation>%1 早于 1970-01-01 00:00:00 UTC，无法用 SCN 表示。</translation>
    </message>
    <message>
        <source>%1 is too far in the future to be an SCN.</source>
        <translation>%1 太远，超出了 SCN 能表示的范围。</translation>
    </message>
    <message>
        <source>%1 (SCN %2)</source>
        <translation>%1（SCN %2）</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the spelling, and that the NFS share is mounted on this computer at the same path as on the OceanBase servers.</source>
        <translation>%1 不存在。请检查拼写，并确认 NFS 共享已挂载到本机、且挂载路径与 OceanBase 服务器上的相同。</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Give the user running obrestore read access to it (OceanBase writes backups as the observer&apos;s user, often &quot;admin&quot;), or run obrestore as that user.</source>
        <translation>无法读取 %1（%2）。请为运行 obrestore 的用户授予读权限（OceanBase 以 observer 进程的用户写备份，通常是 &quot;admin&quot;），或以该用户运行 obrestore。</translation>
    </message>
    <message>
        <source>It looks like a backup set folder (it holds single_backup_set_info): give the data backup path above it, the folder that holds format.obbak.</source>
        <translation>它看起来是一个备份集目录（其中有 single_backup_set_info）：请指定其上级的数据备份路径，即包含 format.obbak 的目录。</translation>
    </message>
    <message>
        <source>It looks like an archive piece folder: give the log archive path above it, the folder that holds format.obbak.</source>
        <translation>它看起来是一个归档分片目录：请指定其上级的日志归档路径，即包含 format.obbak 的目录。</translation>
    </message>
    <message>
        <source>It is a file, not a folder: give the folder that holds format.obbak.</source>
        <translation>它是一个文件而不是目录：请指定包含 format.obbak 的目录。</translation>
    </message>
    <message>
        <source>Give the data backup path or the log archive path (the folders that hold format.obbak, or format for 4.0), or any folder above them; check that the copy is complete.</source>
        <translation>请指定数据备份路径或日志归档路径（包含 format.obbak 的目录，4.0 为 format），或它们的任一上级目录；并检查拷贝是否完整。</translation>
    </message>
    <message numerus="yes">
        <source>No backup destination was found at or below %1 (%n folder(s) searched): no format.obbak or format file. %2</source>
        <translation>
            <numerusform>在 %1 及其下级目录中没有找到备份路径（共搜索 %n 个目录）：没有 format.obbak 或 format 文件。%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: %2. OceanBase rejects it too (checksum error -4103). Copy the file again from the original backup location; a partial or interrupted copy is the usual cause.</source>
        <translation>%1 已损坏：%2。OceanBase 同样会拒绝它（校验错误 -4103）。请从原备份路径重新拷贝该文件；常见原因是拷贝不完整或被中断。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes) but must have content; OceanBase fails with &quot;file is empty&quot;. Copy it again from the original backup location.</source>
        <translation>%1 为空（0 字节），但它必须有内容；OceanBase 会报 &quot;file is empty&quot;。请从原备份路径重新拷贝。</translation>
    </message>
    <message>
        <source>%1 was written by OceanBase 4.0 (file names without .obbak/.obarc). obrestore reads it, but OceanBase 4.1 and later refuse to restore 4.0 backups: restore it into a 4.0.x cluster.</source>
        <translation>%1 由 OceanBase 4.0 写入（文件名没有 .obbak/.obarc 后缀）。obrestore 可以读取，但 OceanBase 4.1 及以上版本拒绝恢复 4.0 的备份：请恢复到 4.0.x 集群。</translation>
    </message>
    <message>
        <source>%1 is an OceanBase 2.x/3.x cluster-level backup (cluster %2, id %3, tenant ids: %4). 2.x/3.x backups cannot be restored into OceanBase 4.x; restore them into a 3.x cluster of the same or a newer version.</source>
        <translation>%1 是 OceanBase 2.x/3.x 的集群级备份（集群 %2，ID %3，租户 ID：%4）。2.x/3.x 的备份不能恢复到 OceanBase 4.x；请恢复到相同或更高版本的 3.x 集群。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n leftover temporary file(s) (*.tmp.&lt;digits&gt;) in %1 were skipped: they are interrupted writes, which OceanBase ignores too.</source>
        <translation>
            <numerusform>已跳过 %1 中残留的 %n 个临时文件（*.tmp.&lt;数字&gt;）：它们是被中断的写入，OceanBase 同样会忽略。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant %1 has a log archive path (%2) but no data backup path was found. A restore needs a full backup set: add the tenant&apos;s data backup path (its data_backup_dest) to the locations.</source>
        <translation>租户 %1 有日志归档路径（%2），但没有找到数据备份路径。恢复需要全量备份集：请把该租户的数据备份路径（data_backup_dest）加入备份路径。</translation>
    </message>
    <message>
        <source>Tenant %1 has a data backup path (%2) but no log archive path was found. Only the end points of backups taken with PLUS ARCHIVELOG can be restored; add the tenant&apos;s log archive path (its log_archive_dest) to restore to other points.</source>
        <translation>租户 %1 有数据备份路径（%2），但没有找到日志归档路径。只能恢复到以 PLUS ARCHIVELOG 方式备份的备份集的结束点；要恢复到其他时间点，请加入该租户的日志归档路径（log_archive_dest）。</translation>
    </message>
    <message>
        <source>Tenant %1 has a data backup path (%2) but no log archive path was found, and no backup set was taken with PLUS ARCHIVELOG, so no point can be restored. Add the tenant&apos;s log archive path (its log_archive_dest) to the locations.</source>
        <translation>租户 %1 有数据备份路径（%2），但没有找到日志归档路径，且没有以 PLUS ARCHIVELOG 方式备份的备份集，因此没有可恢复的时间点。请把该租户的日志归档路径（log_archive_dest）加入备份路径。</translation>
    </message>
    <message>
        <source>Tenant %1 has %2 data backup paths (%3). OceanBase restores from one data backup path at a time (&quot;It is not support to restore from multiple tenant backup paths&quot;): give only the one whose window you choose.</source>
        <translation>租户 %1 有 %2 个数据备份路径（%3）。OceanBase 一次只能从一个数据备份路径恢复（&quot;It is not support to restore from multiple tenant backup paths&quot;）：请只指定您所选时间段对应的那一个。</translation>
    </message>
    <message>
        <source>%1 has no backup_sets folder, so it holds no backup set. Check that the copy of the data backup path is complete, or run a full backup.</source>
        <translation>%1 没有 backup_sets 目录，因此其中没有备份集。请检查数据备份路径的拷贝是否完整，或执行一次全量备份。</translation>
    </message>
    <message>
        <source>%1 is empty: no backup set was ever started at this data backup path. Run a full backup (ALTER SYSTEM BACKUP DATABASE) first.</source>
        <translation>%1 为空：这个数据备份路径上从未开始过备份。请先执行一次全量备份（ALTER SYSTEM BACKUP DATABASE）。</translation>
    </message>
    <message>
        <source>No backup set in %1 finished successfully (no end_success placeholder; %2 in progress or interrupted, %3 failed). OceanBase restores only from successful sets: wait for the running backup or run a new full backup.</source>
        <translation>%1 中没有成功结束的备份集（没有 end_success 占位文件；%2 个进行中或被中断，%3 个失败）。OceanBase 只从成功的备份集恢复：请等待正在进行的备份完成，或重新执行一次全量备份。</translation>
    </message>
    <message>
        <source>Backup set %1 has a start placeholder but no end placeholder: it is still running, or the backup was interrupted. It cannot be used until it ends successfully.</source>
        <translation>备份集 %1 有开始占位文件但没有结束占位文件：备份仍在进行，或已被中断。在成功结束之前不能使用。</translation>
    </message>
    <message>
        <source>Backup set %1 failed (end_failed placeholder); OceanBase skips it.</source>
        <translation>备份集 %1 失败（end_failed 占位文件）；OceanBase 会跳过它。</translation>
    </message>
    <message>
        <source>Backup set %1 ended successfully but %2 is missing, so OceanBase silently skips the set. The set was probably deleted or not copied: copy the whole backup set folder again.</source>
        <translation>备份集 %1 已成功结束，但缺少 %2，因此 OceanBase 会静默跳过该备份集。该备份集可能已被删除或没有拷贝：请重新拷贝整个备份集目录。</translation>
    </message>
    <message>
        <source>Backup set %1 has status %2 and file status %3; OceanBase uses only SUCCESS sets whose files are AVAILABLE, so it skips this one.</source>
        <translation>备份集 %1 的状态为 %2，文件状态为 %3；OceanBase 只使用状态为 SUCCESS 且文件状态为 AVAILABLE 的备份集，因此会跳过它。</translation>
    </message>
    <message>
        <source>Incremental backup set %1 builds on full set %2 and previous set %3, which are not both usable here, so OceanBase skips it and every later incremental set of the chain. Restore the missing sets&apos; folders, or restore to a point covered by an earlier chain.</source>
        <translation>增量备份集 %1 依赖全量备份集 %2 和前一个备份集 %3，但它们在这里不都可用，因此 OceanBase 会跳过它及该链上之后的所有增量备份集。请补回缺失的备份集目录，或恢复到更早的备份链所覆盖的时间点。</translation>
    </message>
    <message>
        <source>Backup set %1 is encrypted: the restore must first run SET DECRYPTION IDENTIFIED BY &apos;&lt;password&gt;&apos; in the same session, or OceanBase fails with error 9047 (invalid password).</source>
        <translation>备份集 %1 已加密：恢复前必须在同一会话中先执行 SET DECRYPTION IDENTIFIED BY &apos;&lt;密码&gt;&apos;，否则 OceanBase 会报错 9047（密码无效）。</translation>
    </message>
    <message>
        <source>None of the passwords given matches the one recorded with the set. (Whether OceanBase records it in a comparable form is not confirmed; the server&apos;s check decides.)</source>
        <translation>给出的密码都与备份集记录的密码不符。（尚未确认 OceanBase 是否以可比较的形式记录密码；以服务端的校验为准。）</translation>
    </message>
    <message>
        <source>One of the passwords given matches the one recorded with the set.</source>
        <translation>给出的密码中有一个与备份集记录的密码相符。</translation>
    </message>
    <message>
        <source>%1 has no pieces folder, so it holds no archived log; OceanBase fails with &quot;No enough log for restore&quot; (4018). Check that log archiving was running and that the copy of the log archive path is complete.</source>
        <translation>%1 没有 pieces 目录，因此其中没有归档日志；OceanBase 会报 &quot;No enough log for restore&quot;（4018）。请确认日志归档曾在运行，且日志归档路径的拷贝完整。</translation>
    </message>
    <message>
        <source>%1 lists no archive piece; OceanBase fails with &quot;No enough log for restore&quot; (4018). Check that log archiving was running (ALTER SYSTEM ARCHIVELOG) and that the copy is complete.</source>
        <translation>%1 中没有任何归档分片；OceanBase 会报 &quot;No enough log for restore&quot;（4018）。请确认日志归档曾在运行（ALTER SYSTEM ARCHIVELOG），且拷贝完整。</translation>
    </message>
    <message>
        <source>%1 lists %2 archive piece(s), but none has piece information or a checkpoint (single_piece_info, checkpoint/checkpoint_info.0): archiving never reached a checkpoint, or the piece folders were not copied. Copy the piece folders, or wait for archiving to checkpoint.</source>
        <translation>%1 列出了 %2 个归档分片，但没有一个有分片信息或检查点（single_piece_info、checkpoint/checkpoint_info.0）：归档从未推进到检查点，或分片目录没有拷贝。请拷贝分片目录，或等待归档推进检查点。</translation>
    </message>
    <message>
        <source>Archive piece %1 has file status %2; OceanBase skips pieces that are not AVAILABLE, which can open a gap in the log.</source>
        <translation>归档分片 %1 的文件状态为 %2；OceanBase 会跳过不是 AVAILABLE 的分片，这可能使日志出现断档。</translation>
    </message>
    <message>
        <source>%1 holds %2 piece(s) of archive destination %3, but its format file says destination %4: two archive paths were merged into one copy. OceanBase uses only the pieces of one destination; keep each destination in its own folder.</source>
        <translation>%1 中有 %2 个属于归档目的端 %3 的分片，但其 format 文件表明它是目的端 %4：两个日志归档路径被合并到了一份拷贝中。OceanBase 只使用一个目的端的分片；请把每个目的端放在各自的目录中。</translation>
    </message>
    <message>
        <source>The archived log has a gap: one piece ends at %1 and the next starts at %2 (%3). Archiving was interrupted or restarted, so no point inside the gap can be restored, and the restorable windows split there. After a gap, only backup sets taken later can be used.</source>
        <translation>归档日志有断档：一个分片结束于 %1，下一个分片开始于 %2（%3）。日志归档曾中断或重启，因此断档内的时间点都无法恢复，可恢复时间段在此处分开。断档之后，只能使用之后备份的备份集。</translation>
    </message>
    <message>
        <source>no usable piece at all</source>
        <translation>没有任何可用的分片</translation>
    </message>
    <message>
        <source>Backup set %1 needs archived log from %2 on, but no continuous archive run covers that point (the usable log starts at %3). Archiving was started, or restarted, after the backup began. Take a new full backup while archiving is running.</source>
        <translation>备份集 %1 需要从 %2 开始的归档日志，但没有连续的归档覆盖该点（可用日志开始于 %3）。日志归档是在备份开始之后才启动或重启的。请在日志归档运行期间重新执行一次全量备份。</translation>
    </message>
    <message>
        <source>the log that continues from the set&apos;s start ends at %1</source>
        <translation>从该备份集起点开始连续的日志结束于 %1</translation>
    </message>
    <message>
        <source>no archived log continues from the set&apos;s start</source>
        <translation>没有从该备份集起点开始连续的归档日志</translation>
    </message>
    <message>
        <source>The newest usable backup set %1 (restorable from %2) is not covered by archived log: %3. OceanBase always picks the newest set whose restorable point is before the restore point, so every point after %2 fails even though an older set covers earlier points. Restore to a point before it, or move this set&apos;s folder away so OceanBase picks the older one.</source>
        <translation>最新的可用备份集 %1（可从 %2 起恢复）没有被归档日志覆盖：%3。OceanBase 总是选择可恢复起点早于恢复时间点的最新备份集，因此 %2 之后的所有时间点都会失败，尽管更早的备份集覆盖了之前的时间点。请恢复到它之前的时间点，或把这个备份集的目录移走，让 OceanBase 选择更早的备份集。</translation>
    </message>
    <message>
        <source>The newest usable backup set %1 (restorable from %2) is not covered by archived log: %3. If log archiving is still running, parse again once its checkpoint has passed %2; otherwise the copy of the log archive path is incomplete.</source>
        <translation>最新的可用备份集 %1（可从 %2 起恢复）没有被归档日志覆盖：%3。如果日志归档仍在运行，请在其检查点越过 %2 后重新解析；否则说明日志归档路径的拷贝不完整。</translation>
    </message>
    <message>
        <source>%1 has no round start file for archive destination %2 (rounds/round_d%2r&lt;N&gt;_start). A restore &quot;to the latest point&quot; (no UNTIL) fails; give an explicit UNTIL SCN or UNTIL TIME instead.</source>
        <translation>%1 中没有归档目的端 %2 的归档轮次开始文件（rounds/round_d%2r&lt;N&gt;_start）。&quot;恢复到最新时间点&quot;（不带 UNTIL）会失败；请明确指定 UNTIL SCN 或 UNTIL TIME。</translation>
    </message>
    <message>
        <source>Active piece %1 has no checkpoint_info.&lt;scn&gt; file, so its checkpoint falls back to the stale one in checkpoint_info.0 (%2) and the window ends early. These files are 0 bytes: copy tools that skip empty files drop them. Copy the piece&apos;s checkpoint folder again with empty files.</source>
        <translation>活跃分片 %1 没有 checkpoint_info.&lt;scn&gt; 文件，因此其检查点退回到 checkpoint_info.0 中过时的值（%2），可恢复时间段提前结束。这些文件为 0 字节：跳过空文件的拷贝工具会丢掉它们。请连同空文件重新拷贝该分片的 checkpoint 目录。</translation>
    </message>
    <message>
        <source>Tenant %1 was found, but no point in time can be restored. The causes: %2.</source>
        <translation>找到了租户 %1，但没有可恢复的时间点。原因：%2。</translation>
    </message>
    <message>
        <source>see the other findings for this tenant</source>
        <translation>见该租户的其他诊断</translation>
    </message>
    <message>
        <source>the content cannot be decoded: %1</source>
        <translation>内容无法解码：%1</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>the file has %1 bytes, fewer than the 48-byte header</source>
        <translation>文件只有 %1 字节，不足 48 字节的文件头</translation>
    </message>
    <message>
        <source>the header checksum does not match (stored 0x%1, computed 0x%2)</source>
        <translation>文件头校验和不符（记录为 0x%1，计算为 0x%2）</translation>
    </message>
    <message>
        <source>the header declares %1 payload bytes but the file holds %2 (truncated copy?)</source>
        <translation>文件头声明数据为 %1 字节，但文件只有 %2 字节（拷贝被截断？）</translation>
    </message>
    <message>
        <source>the header&apos;s data type is %1, expected %2 for this file name</source>
        <translation>文件头的数据类型为 %1，按文件名应为 %2</translation>
    </message>
    <message>
        <source>the header&apos;s data version is %1, expected %2</source>
        <translation>文件头的数据版本为 %1，应为 %2</translation>
    </message>
    <message>
        <source>the header names compressor %1; metadata files are never compressed</source>
        <translation>文件头指定了压缩算法 %1；元数据文件从不压缩</translation>
    </message>
    <message>
        <source>the data checksum does not match (stored 0x%1, computed 0x%2)</source>
        <translation>数据校验和不符（记录为 0x%1，计算为 0x%2）</translation>
    </message>
    <message>
        <source>the format file decodes but is not valid (tenant id %1, dest id %2, dest type %3)</source>
        <translation>format 文件可以解码但内容无效（租户 ID %1，目的端 ID %2，目的端类型 %3）</translation>
    </message>
    <message>
        <source>the backup set info decodes but names backup set %1</source>
        <translation>备份集信息可以解码，但其中的备份集 ID 为 %1</translation>
    </message>
    <message>
        <source>unsupported checkpoint version %1</source>
        <translation>不支持的检查点版本 %1</translation>
    </message>
    <message>
        <source>the checkpoint declares %1 bytes but holds %2</source>
        <translation>检查点声明为 %1 字节，实际只有 %2 字节</translation>
    </message>
    <message>
        <source>the checkpoint cannot be decoded: %1</source>
        <translation>检查点无法解码：%1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>%1 bytes, larger than any metadata file (%2 bytes at most)</source>
        <translation>%1 字节，超过了任何元数据文件的大小（最多 %2 字节）</translation>
    </message>
    <message>
        <source>the data ends early (needed %1 more byte(s) at offset %2)</source>
        <translation>数据提前结束（在偏移 %2 处还需要 %1 字节）</translation>
    </message>
    <message>
        <source>a number is cut off at offset %1</source>
        <translation>偏移 %1 处的数字被截断</translation>
    </message>
    <message>
        <source>a number at offset %1 is longer than %2 bytes</source>
        <translation>偏移 %1 处的数字超过 %2 字节</translation>
    </message>
    <message>
        <source>a text field declares %1 bytes, more than its capacity of %2</source>
        <translation>一个文本字段声明为 %1 字节，超过其容量 %2</translation>
    </message>
    <message>
        <source>a text field at offset %1 is not terminated</source>
        <translation>偏移 %1 处的文本字段没有结束符</translation>
    </message>
    <message>
        <source>a text field declares %1 bytes, more than the %2 allowed</source>
        <translation>一个文本字段声明为 %1 字节，超过允许的 %2</translation>
    </message>
    <message>
        <source>a list declares %1 entries, more than the remaining %2 bytes can hold</source>
        <translation>一个列表声明有 %1 项，超过剩余 %2 字节所能容纳的数量</translation>
    </message>
    <message>
        <source>unsupported structure version %1 at offset %2 (expected %3)</source>
        <translation>偏移 %2 处的结构版本 %1 不受支持（应为 %3）</translation>
    </message>
    <message>
        <source>a structure at offset %1 declares %2 bytes but only %3 remain</source>
        <translation>偏移 %1 处的结构声明为 %2 字节，但只剩 %3 字节</translation>
    </message>
    <message>
        <source>The backup location is empty.</source>
        <translation>备份路径为空。</translation>
    </message>
    <message>
        <source>The backup location contains a control character.</source>
        <translation>备份路径中含有控制字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no bucket.</source>
        <translation>&quot;%1&quot; 没有指定存储桶。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local file URI: write file:///absolute/path (three slashes).</source>
        <translation>&quot;%1&quot; 不是本地文件 URI：请写成 file:///绝对路径（三个斜杠）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path.</source>
        <translation>&quot;%1&quot; 不是绝对路径。</translation>
    </message>
    <message numerus="yes">
        <source>obrestore inspect: %n tenant(s) found</source>
        <translation>
            <numerusform>obrestore inspect：找到 %n 个租户</numerusform>
        </translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation>备份路径：%1</translation>
    </message>
    <message>
        <source>Scanned %1 folder(s) and %2 file name(s); read %3 metadata file(s). Times are shown in %4.</source>
        <translation>扫描了 %1 个目录、%2 个文件名；读取了 %3 个元数据文件。时间按 %4 显示。</translation>
    </message>
    <message>
        <source>Tenant %1 (id %2), cluster %3 (id %4), layout %5</source>
        <translation>租户 %1（ID %2），集群 %3（ID %4），目录格式 %5</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>（名称未知）</translation>
    </message>
    <message>
        <source>  Source cluster version: %1</source>
        <translation>  源集群版本：%1</translation>
    </message>
    <message>
        <source>  Data backup path: %1</source>
        <translation>  数据备份路径：%1</translation>
    </message>
    <message>
        <source>  Log archive path: %1</source>
        <translation>  日志归档路径：%1</translation>
    </message>
    <message>
        <source>  Backup sets: %1</source>
        <translation>  备份集：%1 个</translation>
    </message>
    <message>
        <source>restorable from %1</source>
        <translation>可从 %1 起恢复</translation>
    </message>
    <message>
        <source>(after set %1)</source>
        <translation>（基于备份集 %1）</translation>
    </message>
    <message>
        <source>ended successfully, but its set information is missing or unreadable</source>
        <translation>已成功结束，但备份集信息缺失或无法读取</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>in progress or interrupted</source>
        <translation>进行中或已中断</translation>
    </message>
    <message>
        <source>[encrypted]</source>
        <translation>[已加密]</translation>
    </message>
    <message>
        <source>[plus archivelog]</source>
        <translation>[PLUS ARCHIVELOG]</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>  Archive pieces: %1</source>
        <translation>  归档分片：%1 个</translation>
    </message>
    <message numerus="yes">
        <source>    … %n more piece(s) (all of them are in --json)</source>
        <translation>
            <numerusform>    … 另有 %n 个分片（--json 中列出全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>  Restorable windows: none</source>
        <translation>  可恢复时间段：无</translation>
    </message>
    <message>
        <source>  Restorable windows: %1</source>
        <translation>  可恢复时间段：%1 个</translation>
    </message>
    <message>
        <source>    %1  →  %2  (SCN %3 – %4, backup set %5)</source>
        <translation>    %1  →  %2  （SCN %3 – %4，备份集 %5）</translation>
    </message>
    <message>
        <source>Diagnostics: none</source>
        <translation>诊断：无</translation>
    </message>
    <message>
        <source>Diagnostics: %1</source>
        <translation>诊断：%1 条</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>提示</translation>
    </message>
    <message>
        <source> (tenant %1)</source>
        <translation>（租户 %1）</translation>
    </message>
    <message>
        <source>Enter the new tenant&apos;s name.</source>
        <translation>请输入新租户的名称。</translation>
    </message>
    <message>
        <source>The tenant name &quot;%1&quot; is longer than 64 characters.</source>
        <translation>租户名 &quot;%1&quot; 超过 64 个字符。</translation>
    </message>
    <message>
        <source>The tenant name &quot;%1&quot; may contain only letters, digits and underscores, and must not start with a digit.</source>
        <translation>租户名 &quot;%1&quot; 只能包含字母、数字和下划线，且不能以数字开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved by OceanBase and cannot be a tenant name.</source>
        <translation>&quot;%1&quot; 是 OceanBase 的保留名称，不能用作租户名。</translation>
    </message>
    <message>
        <source>The %1 name is empty.</source>
        <translation>%1名称为空。</translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; may contain only letters, digits and underscores (at most 128), and must not start with a digit.</source>
        <translation>%1名称 &quot;%2&quot; 只能包含字母、数字和下划线（最多 128 个字符），且不能以数字开头。</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a character OceanBase does not accept in restore options (a space, &apos;&amp;&apos;, &apos;=&apos;, a quote or another special character).</source>
        <translation>%1 &quot;%2&quot; 含有 OceanBase 恢复选项不接受的字符（空格、&apos;&amp;&apos;、&apos;=&apos;、引号或其他特殊字符）。</translation>
    </message>
    <message>
        <source>A backup location is empty.</source>
        <translation>有一个备份路径为空。</translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; contains a quote, a backslash or a control character.</source>
        <translation>备份路径 &quot;%1&quot; 含有引号、反斜杠或控制字符。</translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; contains a comma, which OceanBase uses to separate locations.</source>
        <translation>备份路径 &quot;%1&quot; 含有逗号，而 OceanBase 用逗号分隔多个路径。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a restore time of the form YYYY-MM-DD HH:MM:SS[.ffffff].</source>
        <translation>&quot;%1&quot; 不是 YYYY-MM-DD HH:MM:SS[.ffffff] 格式的恢复时间点。</translation>
    </message>
    <message>
        <source>The restore SCN %1 is out of range: it must be greater than 1 and below %2.</source>
        <translation>恢复 SCN %1 超出范围：必须大于 1 且小于 %2。</translation>
    </message>
    <message>
        <source>Give at least one backup location (the data backup path and the log archive path).</source>
        <translation>请至少指定一个备份路径（数据备份路径和日志归档路径）。</translation>
    </message>
    <message>
        <source>The target cluster&apos;s version is not known.</source>
        <translation>目标集群的版本未知。</translation>
    </message>
    <message>
        <source>Give the resource pool(s) for the new tenant (pool_list).</source>
        <translation>请为新租户指定资源池（pool_list）。</translation>
    </message>
    <message>
        <source>resource pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>primary zone</source>
        <translation>Primary Zone</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>The description must be a single line.</source>
        <translation>描述只能是一行。</translation>
    </message>
    <message>
        <source>The 3.x dialect needs the source tenant&apos;s name: %1</source>
        <translation>3.x 语法需要源租户名：%1</translation>
    </message>
    <message>
        <source>backup cluster name</source>
        <translation>备份集群名</translation>
    </message>
    <message>
        <source>The 3.x dialect needs the backup cluster id (a positive number).</source>
        <translation>3.x 语法需要备份集群 ID（正整数）。</translation>
    </message>
    <message>
        <source>A 3.x restore reads one cluster-level backup location.</source>
        <translation>3.x 的恢复只读取一个集群级备份路径。</translation>
    </message>
    <message>
        <source>A 3.x restore needs an explicit restore time (UNTIL &apos;YYYY-MM-DD HH:MM:SS[.ffffff]&apos;); it has no UNTIL SCN and no &quot;latest&quot;.</source>
        <translation>3.x 的恢复需要明确的恢复时间点（UNTIL &apos;YYYY-MM-DD HH:MM:SS[.ffffff]&apos;）；它不支持 UNTIL SCN，也不支持&quot;最新&quot;。</translation>
    </message>
    <message>
        <source>The concurrency option exists from OceanBase 4.1 on.</source>
        <translation>concurrency 选项从 OceanBase 4.1 开始提供。</translation>
    </message>
    <message>
        <source>A 3.x restore statement has no DESCRIPTION clause.</source>
        <translation>3.x 的恢复语句没有 DESCRIPTION 子句。</translation>
    </message>
    <message>
        <source>The concurrency option exists from OceanBase 4.1 on; the target is %1.</source>
        <translation>concurrency 选项从 OceanBase 4.1 开始提供；目标集群是 %1。</translation>
    </message>
    <message>
        <source>The concurrency must be between 0 and 100.</source>
        <translation>concurrency 必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>OceanBase %1 has no restore preview (documented from 4.2.3 on the 4.2 line and from 4.3.2).</source>
        <translation>OceanBase %1 没有恢复预览（文档记载 4.2 系列从 4.2.3 起、以及 4.3.2 起提供）。</translation>
    </message>
    <message>
        <source>A restore preview needs a restore point (an SCN or a time); the server refuses it otherwise.</source>
        <translation>恢复预览需要指定恢复时间点（SCN 或时间），否则服务端会拒绝。</translation>
    </message>
    <message>
        <source>unit config</source>
        <translation>资源单元规格</translation>
    </message>
    <message>
        <source>The unit&apos;s CPU must be positive, and its minimum no more than its maximum.</source>
        <translation>资源单元的 CPU 必须为正数，且最小值不能大于最大值。</translation>
    </message>
    <message>
        <source>The unit&apos;s memory must be positive.</source>
        <translation>资源单元的内存必须为正数。</translation>
    </message>
    <message>
        <source>The unit count must be at least 1.</source>
        <translation>资源单元数量至少为 1。</translation>
    </message>
    <message>
        <source>Choose at least one zone for the resource pool.</source>
        <translation>请为资源池至少选择一个 Zone。</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>Check the host and port (an OBServer&apos;s SQL port, 2881 by default, or the OBProxy port), that the server is running, and that no firewall blocks it.</source>
        <translation>请检查主机和端口（OBServer 的 SQL 端口，默认 2881，或 OBProxy 的端口）、服务器是否在运行，以及是否有防火墙拦截。</translation>
    </message>
    <message>
        <source>The user name or password was refused.</source>
        <translation>用户名或密码被拒绝。</translation>
    </message>
    <message>
        <source>Log in to the sys tenant as root@sys (or root@sys#cluster through OBProxy) with its password.</source>
        <translation>请以 root@sys（通过 OBProxy 时为 root@sys#集群名）及其密码登录 sys 租户。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器没有及时响应。</translation>
    </message>
    <message>
        <source>Check the network and the server&apos;s load; the connection is retried for reads.</source>
        <translation>请检查网络和服务器负载；读取操作会自动重试连接。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>Check that the server is still running; reads reconnect on their own, but a restore statement is never resubmitted: look at the restore jobs before starting it again.</source>
        <translation>请确认服务器仍在运行；读取操作会自动重连，但恢复语句不会自动重新提交：再次发起前请先查看恢复任务。</translation>
    </message>
    <message>
        <source>The server did not understand a statement (syntax error).</source>
        <translation>服务器无法识别某条语句（语法错误）。</translation>
    </message>
    <message>
        <source>The target&apos;s version may not have this statement; check the version obrestore detected.</source>
        <translation>目标集群的版本可能不支持这条语句；请检查 obrestore 识别到的版本。</translation>
    </message>
    <message>
        <source>No enough log for restore: the restore point is outside every restorable window.</source>
        <translation>日志不足，无法恢复：恢复时间点不在任何可恢复时间段内。</translation>
    </message>
    <message>
        <source>Pick a point inside a window on the timeline, or add the missing log archive path.</source>
        <translation>请在时间轴上的可恢复时间段内选择时间点，或补充缺失的日志归档路径。</translation>
    </message>
    <message>
        <source>The server does not allow this operation.</source>
        <translation>服务器不允许此操作。</translation>
    </message>
    <message>
        <source>A tenant of that name exists: choose another name.</source>
        <translation>已存在同名租户：请换一个名称。</translation>
    </message>
    <message>
        <source>The backup&apos;s version is newer than, or incompatible with, the target: restore into a suitable version.</source>
        <translation>备份的版本高于目标集群或与其不兼容：请恢复到合适版本的集群。</translation>
    </message>
    <message>
        <source>A backup set is encrypted and no given decryption password matches it (9047).</source>
        <translation>有备份集已加密，且给出的解密密码都不匹配（9047）。</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password(s); list the full backup set&apos;s password first.</source>
        <translation>请输入备份的解密密码；全量备份集的密码放在最前面。</translation>
    </message>
    <message>
        <source>The restore job failed while the statement waited for the tenant.</source>
        <translation>语句等待租户创建期间，恢复任务失败了。</translation>
    </message>
    <message>
        <source>Read the job&apos;s comment in the restore history; drop the half-created tenant before trying again.</source>
        <translation>请查看恢复历史中该任务的 COMMENT；重试前先删除创建了一半的租户。</translation>
    </message>
    <message>
        <source>The resource pool cannot be used as asked.</source>
        <translation>无法按要求使用该资源池。</translation>
    </message>
    <message>
        <source>The pool already belongs to a tenant: choose an unused pool or create a new one.</source>
        <translation>该资源池已分配给租户：请选择未使用的资源池或新建一个。</translation>
    </message>
    <message>
        <source>The pool does not exist: create it first or pick an existing one.</source>
        <translation>资源池不存在：请先创建，或选择已有的资源池。</translation>
    </message>
    <message>
        <source>The zones lack free CPU, memory or servers for these units: choose smaller units or fewer.</source>
        <translation>这些 Zone 没有足够的空闲 CPU、内存或服务器来容纳这些资源单元：请选择更小或更少的资源单元。</translation>
    </message>
    <message>
        <source>The tenant does not exist.</source>
        <translation>租户不存在。</translation>
    </message>
    <message>
        <source>Another restore of that tenant is in progress.</source>
        <translation>该租户已有另一个恢复任务在进行。</translation>
    </message>
    <message>
        <source>Check the tenant name.</source>
        <translation>请检查租户名。</translation>
    </message>
    <message>
        <source>Follow or cancel the running restore first.</source>
        <translation>请先跟踪或取消正在进行的恢复。</translation>
    </message>
    <message>
        <source>The server returned an error.</source>
        <translation>服务器返回了错误。</translation>
    </message>
    <message>
        <source>The Qt MySQL driver is not installed.</source>
        <translation>没有安装 Qt MySQL 驱动。</translation>
    </message>
    <message>
        <source>Install Debian&apos;s libqt6sql6-mysql package.</source>
        <translation>请安装 Debian 的 libqt6sql6-mysql 软件包。</translation>
    </message>
    <message>
        <source>Version compatibility</source>
        <translation>版本兼容性</translation>
    </message>
    <message>
        <source>Restore into a cluster of a suitable version.</source>
        <translation>请恢复到版本合适的集群。</translation>
    </message>
    <message>
        <source>Run the restore preview to let the server decide.</source>
        <translation>请运行恢复预览，由服务端判断。</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>租户名</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <source>A tenant named %1 already exists on the target.</source>
        <translation>目标集群上已有名为 %1 的租户。</translation>
    </message>
    <message>
        <source>Choose another name, or drop the existing tenant first.</source>
        <translation>请换一个名称，或先删除已有的租户。</translation>
    </message>
    <message>
        <source>%1 is free on the target.</source>
        <translation>%1 在目标集群上可用。</translation>
    </message>
    <message>
        <source>Running restore jobs</source>
        <translation>正在进行的恢复任务</translation>
    </message>
    <message>
        <source>A restore of %1 is already running on the target.</source>
        <translation>目标集群上已有 %1 的恢复任务在进行。</translation>
    </message>
    <message>
        <source>Follow that job from the restore jobs view, or cancel it first.</source>
        <translation>请在恢复任务视图中跟踪该任务，或先取消它。</translation>
    </message>
    <message>
        <source>No restore of %1 is running.</source>
        <translation>没有正在进行的 %1 恢复任务。</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>The resource pool %1 does not exist on the target.</source>
        <translation>目标集群上不存在资源池 %1。</translation>
    </message>
    <message>
        <source>Pick an existing pool or create a new one.</source>
        <translation>请选择已有的资源池，或新建一个。</translation>
    </message>
    <message>
        <source>The resource pool %1 already belongs to tenant %2.</source>
        <translation>资源池 %1 已分配给租户 %2。</translation>
    </message>
    <message>
        <source>Pick an unused pool or create a new one.</source>
        <translation>请选择未使用的资源池，或新建一个。</translation>
    </message>
    <message numerus="yes">
        <source>%1 exists and is unused (%n unit(s) per zone in %2).</source>
        <translation>
            <numerusform>%1 存在且未被使用（在 %2 中每个 Zone %n 个资源单元）。</numerusform>
        </translation>
    </message>
    <message>
        <source>a unit needs at least %1 of memory (__min_full_resource_pool_memory); this one has %2</source>
        <translation>资源单元至少需要 %1 内存（__min_full_resource_pool_memory），当前只有 %2</translation>
    </message>
    <message>
        <source>a unit config named %1 already exists</source>
        <translation>已存在名为 %1 的资源单元规格</translation>
    </message>
    <message>
        <source>a resource pool named %1 already exists</source>
        <translation>已存在名为 %1 的资源池</translation>
    </message>
    <message>
        <source>zone %1 does not exist</source>
        <translation>Zone %1 不存在</translation>
    </message>
    <message>
        <source>zone %1 has %2 server(s) for %3 unit(s)</source>
        <translation>Zone %1 只有 %2 台服务器，却需要 %3 个资源单元</translation>
    </message>
    <message>
        <source>zone %1 has room for %2 such unit(s), %3 needed</source>
        <translation>Zone %1 只能容纳 %2 个这样的资源单元，需要 %3 个</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>The new resource pool does not fit: %1.</source>
        <translation>新的资源池放不下：%1。</translation>
    </message>
    <message>
        <source>Choose smaller units, fewer units, other zones, or an existing pool.</source>
        <translation>请选择更小或更少的资源单元、其他 Zone，或已有的资源池。</translation>
    </message>
    <message>
        <source>The target does not report its servers&apos; free resources; the server checks them when the pool is created.</source>
        <translation>目标集群不提供服务器的空闲资源信息；创建资源池时由服务端检查。</translation>
    </message>
    <message>
        <source>The new pool fits the free resources of zones %1.</source>
        <translation>新的资源池可以放入 Zone %1 的空闲资源。</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>恢复时间点</translation>
    </message>
    <message>
        <source>The source tenant has no restorable window.</source>
        <translation>源租户没有可恢复时间段。</translation>
    </message>
    <message>
        <source>See the diagnostics of the source page.</source>
        <translation>请查看源页面的诊断。</translation>
    </message>
    <message>
        <source>The restore point is not valid.</source>
        <translation>恢复时间点无效。</translation>
    </message>
    <message>
        <source>Enter a time or an SCN.</source>
        <translation>请输入时间或 SCN。</translation>
    </message>
    <message>
        <source>%1 is inside a restorable window.</source>
        <translation>%1 在可恢复时间段内。</translation>
    </message>
    <message>
        <source>%1 is outside every restorable window; OceanBase would fail with &quot;No enough log for restore&quot; (4018).</source>
        <translation>%1 不在任何可恢复时间段内；OceanBase 会报 &quot;No enough log for restore&quot;（4018）。</translation>
    </message>
    <message>
        <source>The nearest restorable points: %1.</source>
        <translation>最近的可恢复时间点：%1。</translation>
    </message>
    <message>
        <source>Decryption password</source>
        <translation>解密密码</translation>
    </message>
    <message>
        <source>The backup is encrypted and no decryption password is given.</source>
        <translation>备份已加密，但没有给出解密密码。</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password(s).</source>
        <translation>请输入备份的解密密码。</translation>
    </message>
    <message>
        <source>Restore preview</source>
        <translation>恢复预览</translation>
    </message>
    <message>
        <source>OceanBase %1 has no restore preview; the restore itself will check the backups.</source>
        <translation>OceanBase %1 没有恢复预览；恢复本身会检查备份。</translation>
    </message>
    <message>
        <source>The target would use: %1.</source>
        <translation>目标集群将使用：%1。</translation>
    </message>
    <message>
        <source>There is no restorable window, so there is no latest point.</source>
        <translation>没有可恢复时间段，因此没有最新可恢复时间点。</translation>
    </message>
    <message>
        <source>Choose the source tenant.</source>
        <translation>请选择源租户。</translation>
    </message>
    <message>
        <source>The source tenant has no data backup path.</source>
        <translation>源租户没有数据备份路径。</translation>
    </message>
    <message>
        <source>Choose a resource pool, or create a new one.</source>
        <translation>请选择资源池，或新建一个。</translation>
    </message>
    <message>
        <source>Enter the restore SCN.</source>
        <translation>请输入恢复 SCN。</translation>
    </message>
    <message>
        <source>The restore point is outside every restorable window.</source>
        <translation>恢复时间点不在任何可恢复时间段内。</translation>
    </message>
    <message>
        <source>A restore of %1 is already running (job %2): follow it instead of starting another.</source>
        <translation>%1 的恢复已在进行（任务 %2）：请跟踪该任务，不要再发起一次。</translation>
    </message>
    <message>
        <source>The restore statement succeeded, but no job for %1 appeared in the progress or history views.</source>
        <translation>恢复语句执行成功，但在进度视图和历史视图中都没有出现 %1 的任务。</translation>
    </message>
    <message>
        <source>No restore of %1 is running, so there is nothing to cancel; the tenant was left alone.</source>
        <translation>%1 没有正在运行的恢复，无需取消恢复；该租户未受影响。</translation>
    </message>
    <message>
        <source>Restore parameters</source>
        <translation>恢复参数</translation>
    </message>
    <message>
        <source>The target did not report restore_concurrency, which must be non-zero before %1 can restore.</source>
        <translation>目标集群未报告 restore_concurrency；%1 必须将其设为非零值才能恢复。</translation>
    </message>
    <message>
        <source>Look at restore_concurrency on the target&apos;s sys tenant; if it is 0, run: %1</source>
        <translation>请在目标集群的 sys 租户中查看 restore_concurrency；若为 0，请执行：%1</translation>
    </message>
    <message>
        <source>restore_concurrency is 0 on the target, so OceanBase %1 refuses every restore (4179).</source>
        <translation>目标集群的 restore_concurrency 为 0，OceanBase %1 会拒绝所有恢复（4179）。</translation>
    </message>
    <message>
        <source>Run on the target&apos;s sys tenant: %1</source>
        <translation>请在目标集群的 sys 租户中执行：%1</translation>
    </message>
    <message>
        <source>restore_concurrency is %1.</source>
        <translation>restore_concurrency 为 %1。</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed.</source>
        <translation>与服务器的 TLS 握手失败。</translation>
    </message>
    <message>
        <source>Check that the server has TLS enabled and that the CA, certificate and key files belong together.</source>
        <translation>请检查服务器已启用 TLS，且 CA、证书和私钥文件相互匹配。</translation>
    </message>
    <message>
        <source>TLS needs the CA certificate file that signed the server&apos;s certificate.</source>
        <translation>TLS 需要签发服务器证书的 CA 证书文件。</translation>
    </message>
    <message>
        <source>A client certificate needs its key file, and a key file its certificate.</source>
        <translation>客户端证书需要其私钥文件，私钥文件也需要其证书。</translation>
    </message>
    <message>
        <source>The TLS file %1 does not exist or cannot be read.</source>
        <translation>TLS 文件 %1 不存在或无法读取。</translation>
    </message>
    <message>
        <source>Choose readable PEM files in the connection settings.</source>
        <translation>请在连接设置中选择可读取的 PEM 文件。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>无法为演示创建临时目录：%1</translation>
    </message>
    <message>
        <source>Cannot create the demo backup location %1.</source>
        <translation>无法创建演示用的备份路径 %1。</translation>
    </message>
    <message>
        <source>Cannot start the simulated cluster for the demo: %1</source>
        <translation>无法启动演示用的模拟集群：%1</translation>
    </message>
    <message>
        <source>Cannot write the demo cluster&apos;s description %1: %2</source>
        <translation>无法写入演示集群的描述文件 %1：%2</translation>
    </message>
    <message>
        <source>Restore script written by obrestore on %1.</source>
        <translation>由 obrestore 于 %1 生成的恢复脚本。</translation>
    </message>
    <message>
        <source>Run it on the target cluster&apos;s sys tenant (%1, OceanBase %2), for example with:
  obclient -h HOST -P PORT -uroot@sys -p &lt; this_file.sql</source>
        <translation>在目标集群的 sys 租户（%1，OceanBase %2）上执行，例如：
  obclient -h HOST -P PORT -uroot@sys -p &lt; this_file.sql</translation>
    </message>
    <message>
        <source>Source tenant: %1 (id %2) of cluster %3 (%4).</source>
        <translation>源租户：集群 %3（%4）的 %1（ID %2）。</translation>
    </message>
    <message>
        <source>Restore point: latest (the server restores to the newest log it can read).</source>
        <translation>恢复时间点：最新（服务器恢复到它能读到的最新日志）。</translation>
    </message>
    <message>
        <source>Restore point: SCN %1 = %2.</source>
        <translation>恢复时间点：SCN %1 = %2。</translation>
    </message>
    <message>
        <source>Passwords are masked as &apos;******&apos;: replace them before running the script, and do not save the file with the passwords in it.</source>
        <translation>密码以 &apos;******&apos; 屏蔽：执行脚本前请替换为真实密码，且不要保存包含密码的文件。</translation>
    </message>
    <message>
        <source>SET DECRYPTION and ALTER SYSTEM RESTORE must run in the same session.</source>
        <translation>SET DECRYPTION 与 ALTER SYSTEM RESTORE 必须在同一个会话中执行。</translation>
    </message>
    <message>
        <source>Follow the restore with:</source>
        <translation>用以下语句跟踪恢复：</translation>
    </message>
    <message>
        <source>When it has finished, the tenant is a standby tenant; make it primary with:</source>
        <translation>恢复完成后租户为备租户；用以下语句激活为主租户：</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the simulated cluster for the demo (%1): %2</source>
        <translation>无法启动演示用的模拟集群（%1）：%2</translation>
    </message>
    <message>
        <source>The simulated cluster for the demo did not start; see %1.</source>
        <translation>演示用的模拟集群没有启动，请查看 %1。</translation>
    </message>
    <message>
        <source>The tenant being restored was dropped: the restore was cancelled, or the tenant was dropped by someone else.</source>
        <translation>正在恢复的租户已被删除：恢复被取消，或租户被他人删除。</translation>
    </message>
    <message>
        <source>Nothing to repair. The resource pool stays: drop it, or use it for the next restore.</source>
        <translation>无需修复。资源池仍然保留：可以删除，或用于下一次恢复。</translation>
    </message>
    <message>
        <source>A log stream could not be restored.</source>
        <translation>有一个日志流恢复失败。</translation>
    </message>
    <message>
        <source>Read the log stream&apos;s comment and result in __all_virtual_ls_restore_history, then search observer.log on that server for the trace id.</source>
        <translation>查看 __all_virtual_ls_restore_history 中该日志流的 comment 和 result，再在该服务器的 observer.log 中搜索 trace id。</translation>
    </message>
    <message>
        <source>Not enough archive log for the restore point: it lies outside the restorable windows.</source>
        <translation>恢复时间点缺少归档日志：它不在可恢复时间段内。</translation>
    </message>
    <message>
        <source>Pick a point inside a window, or add the missing archive pieces to the log archive path.</source>
        <translation>请选择可恢复时间段内的时间点，或把缺少的归档分片补到日志归档路径。</translation>
    </message>
    <message>
        <source>The archive log is not continuous with the backup data (a gap between rounds, or recycled log).</source>
        <translation>归档日志与备份数据不连续（轮次之间有空洞，或日志已被回收）。</translation>
    </message>
    <message>
        <source>Restore to a point covered by continuous archive log; check the log archive path for missing pieces.</source>
        <translation>请恢复到有连续归档日志覆盖的时间点，并检查日志归档路径是否缺少分片。</translation>
    </message>
    <message>
        <source>A backup file is missing at the backup location.</source>
        <translation>备份路径中缺少备份文件。</translation>
    </message>
    <message>
        <source>Check that the data backup path and log archive path are complete and readable by every OBServer.</source>
        <translation>请检查数据备份路径和日志归档路径是否完整，且每个 OBServer 都能读取。</translation>
    </message>
    <message>
        <source>The OBServers cannot reach or read the backup location.</source>
        <translation>OBServer 无法访问或读取备份路径。</translation>
    </message>
    <message>
        <source>Check the mount or object-storage credentials on every OBServer, and the permissions of the files.</source>
        <translation>请检查每个 OBServer 上的挂载或对象存储凭据，以及文件权限。</translation>
    </message>
    <message>
        <source>A backup set is encrypted and the decryption password is missing or wrong.</source>
        <translation>备份集已加密，解密密码缺失或错误。</translation>
    </message>
    <message>
        <source>Start the restore again with SET DECRYPTION IDENTIFIED BY the backup&apos;s password(s).</source>
        <translation>请用 SET DECRYPTION IDENTIFIED BY 备份密码后重新发起恢复。</translation>
    </message>
    <message>
        <source>A device ran out of space during the restore.</source>
        <translation>恢复过程中设备空间不足。</translation>
    </message>
    <message>
        <source>Free disk space (data and log disks) on the OBServers, then restore again.</source>
        <translation>请释放 OBServer 的磁盘空间（数据盘和日志盘）后重新恢复。</translation>
    </message>
    <message>
        <source>A step of the restore timed out.</source>
        <translation>恢复的某个步骤超时。</translation>
    </message>
    <message>
        <source>Check the OBServers&apos; load and network; search rootservice.log for the trace id.</source>
        <translation>请检查 OBServer 的负载和网络，并在 rootservice.log 中搜索 trace id。</translation>
    </message>
    <message>
        <source>The units ran out of resources (memory, disk or CPU) during the restore.</source>
        <translation>恢复过程中资源单元的资源（内存、磁盘或 CPU）不足。</translation>
    </message>
    <message>
        <source>Give the tenant larger units or free resources on the servers, then restore again.</source>
        <translation>请为租户使用更大的资源单元规格或释放服务器资源，然后重新恢复。</translation>
    </message>
    <message>
        <source>The restore job failed on the server.</source>
        <translation>恢复任务在服务器上失败。</translation>
    </message>
    <message>
        <source>Search observer.log and rootservice.log for the trace id, and read DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module=&apos;physical_restore&apos;.</source>
        <translation>请在 observer.log 和 rootservice.log 中搜索 trace id，并查看 DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module=&apos;physical_restore&apos;。</translation>
    </message>
    <message>
        <source>The restore ran while backup data was being cleaned, and the files it needed were deleted.</source>
        <translation>恢复期间备份数据正在清理，所需文件已被删除。</translation>
    </message>
    <message>
        <source>Pause the backup clean-up (delete policy and backup jobs) on the source, then restore again.</source>
        <translation>请暂停源端的备份清理（删除策略和备份任务），然后重新恢复。</translation>
    </message>
    <message>
        <source>The restore job failed and the server left no comment.</source>
        <translation>恢复任务失败，服务器没有留下说明（COMMENT）。</translation>
    </message>
    <message>
        <source>Read DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module=&apos;physical_restore&apos; and rootservice.log.</source>
        <translation>请查看 DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module=&apos;physical_restore&apos; 和 rootservice.log。</translation>
    </message>
    <message>
        <source>The restore also ran while backup data was being cleaned: pause the clean-up before trying again.</source>
        <translation>恢复期间备份数据还在清理：重试前请暂停清理。</translation>
    </message>
    <message>
        <source>log stream %1</source>
        <translation>日志流 %1</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>trace id %1</translation>
    </message>
    <message>
        <source>Restore job %1 of %2 is neither running nor in the restore history.</source>
        <translation>%2 的恢复任务 %1 既不在运行，也不在恢复历史中。</translation>
    </message>
    <message>
        <source>No restore of %1 is running, and the restore history has none.</source>
        <translation>%1 没有正在运行的恢复，恢复历史中也没有。</translation>
    </message>
    <message>
        <source>creating the tenant</source>
        <translation>正在创建租户</translation>
    </message>
    <message>
        <source>waiting for the tenant&apos;s restore</source>
        <translation>等待租户恢复完成</translation>
    </message>
    <message>
        <source>restoring (data restore and log recovery)</source>
        <translation>恢复中（数据恢复和日志恢复）</translation>
    </message>
    <message>
        <source>upgrading the restored tenant&apos;s metadata</source>
        <translation>正在升级恢复出的租户的元数据</translation>
    </message>
    <message>
        <source>restore succeeded</source>
        <translation>恢复成功</translation>
    </message>
    <message>
        <source>restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>preparing the restore</source>
        <translation>正在准备恢复</translation>
    </message>
    <message>
        <source>creating the log streams</source>
        <translation>正在创建日志流</translation>
    </message>
    <message>
        <source>restoring to a consistent point</source>
        <translation>正在恢复到一致性位点</translation>
    </message>
    <message>
        <source>restoring the log streams (data restore and log recovery)</source>
        <translation>正在恢复日志流（数据恢复和日志恢复）</translation>
    </message>
    <message>
        <source>checking the restored tenant</source>
        <translation>正在检查恢复出的租户</translation>
    </message>
    <message>
        <source>restoring the system tables</source>
        <translation>正在恢复系统表</translation>
    </message>
    <message>
        <source>adjusting the schema</source>
        <translation>正在调整 Schema</translation>
    </message>
    <message>
        <source>creating the user partitions</source>
        <translation>正在创建用户分区</translation>
    </message>
    <message>
        <source>restoring the user data</source>
        <translation>正在恢复用户数据</translation>
    </message>
    <message>
        <source>rebuilding indexes</source>
        <translation>正在重建索引</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 of %2 tablets (%3)</source>
        <translation>%1 / %2 个 Tablet（%3）</translation>
    </message>
    <message>
        <source>%1 (tablets not counted yet)</source>
        <translation>%1（Tablet 尚未统计）</translation>
    </message>
    <message>
        <source>%1 of %2 partitions (%3)</source>
        <translation>%1 / %2 个分区（%3）</translation>
    </message>
    <message>
        <source>%1 by log stream steps (this version does not count tablets)</source>
        <translation>%1，按日志流步骤计（此版本不统计 Tablet）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>no restore point reported</source>
        <translation>未报告恢复时间点</translation>
    </message>
    <message>
        <source>not started; restore point %1 (SCN %2)</source>
        <translation>未开始；恢复时间点 %1（SCN %2）</translation>
    </message>
    <message>
        <source>recovered up to %1 (SCN %2) of restore point %3 (SCN %4): %5</source>
        <translation>已恢复到 %1（SCN %2），恢复时间点 %3（SCN %4）：%5</translation>
    </message>
    <message>
        <source>%1 tablets/min</source>
        <translation>每分钟 %1 个 Tablet</translation>
    </message>
    <message>
        <source>data restore %1 %/min</source>
        <translation>数据恢复每分钟 %1 %</translation>
    </message>
    <message>
        <source>replaying %1 s of log per second</source>
        <translation>每秒回放 %1 秒的日志</translation>
    </message>
    <message>
        <source>log recovery %1 %/min</source>
        <translation>日志恢复每分钟 %1 %</translation>
    </message>
    <message>
        <source>about %1 (data restore)</source>
        <translation>约 %1（数据恢复）</translation>
    </message>
    <message>
        <source>about %1 (log recovery)</source>
        <translation>约 %1（日志恢复）</translation>
    </message>
    <message>
        <source>none: the job has ended</source>
        <translation>无：任务已结束</translation>
    </message>
    <message>
        <source>not yet known: it needs steady progress over half a minute or more</source>
        <translation>暂不可知：需要至少半分钟的稳定进度</translation>
    </message>
    <message>
        <source>Restore job %1 of %2 succeeded.</source>
        <translation>%2 的恢复任务 %1 成功。</translation>
    </message>
    <message>
        <source>Restore job %1 of %2 failed.</source>
        <translation>%2 的恢复任务 %1 失败。</translation>
    </message>
    <message>
        <source>Nothing has moved for a while. What to check, on the target&apos;s sys tenant:</source>
        <translation>已有一段时间没有进展。请在目标集群的 sys 租户中检查：</translation>
    </message>
    <message>
        <source>1. The raw job status (the view shows RESTORING for several steps):</source>
        <translation>1. 任务的原始状态（视图对多个步骤都显示 RESTORING）：</translation>
    </message>
    <message>
        <source>2. Each log stream&apos;s restore status (0 = done; the per-log-stream table shows the names):</source>
        <translation>2. 每个日志流的恢复状态（0 = 完成；日志流表格中显示状态名称）：</translation>
    </message>
    <message>
        <source>3. Log restore sync status (4.2+): anything but NORMAL names the problem (a gap, the network, credentials):</source>
        <translation>3. 日志恢复同步状态（4.2+）：不是 NORMAL 时即指出问题（空洞、网络、凭据）：</translation>
    </message>
    <message>
        <source>4. Log replay: end_scn against the recovery point, and pending replay tasks:</source>
        <translation>4. 日志回放：end_scn 与恢复位点的对比，以及待回放任务：</translation>
    </message>
    <message>
        <source>5. The server&apos;s restore events:</source>
        <translation>5. 服务器的恢复事件：</translation>
    </message>
    <message>
        <source>Then search rootservice.log and observer.log for the trace ids they name.</source>
        <translation>然后在 rootservice.log 和 observer.log 中搜索其中的 trace id。</translation>
    </message>
    <message>
        <source>The restored tenant is a standby tenant: make it the primary tenant to open it for writes.</source>
        <translation>恢复出的租户是备租户：激活为主租户后才能写入。</translation>
    </message>
    <message>
        <source>Only if the backup came from an older OceanBase version (the history did not say): upgrade the tenant after activating it.</source>
        <translation>仅当备份来自更低的 OceanBase 版本时（恢复历史未给出）：激活后升级租户。</translation>
    </message>
    <message>
        <source>The backup came from OceanBase %1 and the target runs %2: upgrade the tenant after activating it. Done when DBA_OB_CLUSTER_EVENT_HISTORY has event &apos;UPGRADE_ALL&apos; for this tenant.</source>
        <translation>备份来自 OceanBase %1，目标集群运行 %2：激活后请升级租户。DBA_OB_CLUSTER_EVENT_HISTORY 中出现该租户的 &apos;UPGRADE_ALL&apos; 事件即表示完成。</translation>
    </message>
    <message>
        <source>Archive piece %1 is listed but its folder %2 is missing (deleted, expired or not copied). OceanBase still takes it from the newest piece&apos;s history, so a restore that needs it is accepted and then fails while replaying log: copy the folder again, or choose a point whose restore does not read this piece (inspect --until-… --verify tells).</source>
        <translation>归档分片 %1 已列出，但其目录 %2 缺失（已删除、已过期或未复制）。OceanBase 仍会从最新归档分片的历史记录中选用它，因此需要它的恢复会被接受，随后在回放日志时失败：请重新复制该目录，或选择不读取此归档分片的恢复时间点（可用 inspect --until-… --verify 查看）。</translation>
    </message>
    <message>
        <source>every restore point from %1 on fails, because OceanBase reads the sets in order up to the first one restorable after the point</source>
        <translation>从 %1 起的所有恢复时间点都会失败，因为 OceanBase 按顺序读取备份集，直到第一个可恢复时间晚于恢复时间点的备份集</translation>
    </message>
    <message>
        <source>every restore from this data backup path fails, because it is the first set OceanBase reads</source>
        <translation>从该数据备份路径发起的所有恢复都会失败，因为它是 OceanBase 读取的第一个备份集</translation>
    </message>
    <message>
        <source>OceanBase skips backup set %1 only when this file is missing; one that cannot be read stops the whole restore. So %2. If the set is not needed, move its folder away: OceanBase then skips it (and its incremental sets).</source>
        <translation>只有当此文件缺失时，OceanBase 才会跳过备份集 %1；文件无法读取则会中止整个恢复。因此%2。如果不需要该备份集，请把它的目录移走：OceanBase 随后会跳过它（及其增量备份集）。</translation>
    </message>
    <message>
        <source>OceanBase reads this file of %1 to find the newest piece and its history of frozen pieces, so every restore that names this log archive path fails (&quot;No enough log&quot; or a read error). Copy it again from the original log archive path.</source>
        <translation>OceanBase 读取 %1 的这个文件来确定最新归档分片及其已冻结归档分片的历史，因此所有指定该日志归档路径的恢复都会失败（&quot;No enough log&quot; 或读取错误）。请从原日志归档路径重新复制该文件。</translation>
    </message>
    <message>
        <source>A restore to %1 would stop at %2, which cannot be read: OceanBase aborts the restore there. Repair or remove that file (see its finding), or choose a point that does not reach it.</source>
        <translation>恢复到 %1 时会读取到无法读取的 %2：OceanBase 会在那里中止恢复。请修复或移除该文件（见其诊断），或选择不会读到它的恢复时间点。</translation>
    </message>
    <message>
        <source>Tenant %1 has no restorable window at all, so no point can be restored; its other findings say why.</source>
        <translation>租户 %1 没有任何可恢复时间段，因此无法恢复到任何时间点；原因见它的其他诊断。</translation>
    </message>
    <message>
        <source>It falls between two restorable windows: the nearest points are %1 (earlier) and %2 (later).</source>
        <translation>它位于两个可恢复时间段之间：最近的时间点是 %1（更早）和 %2（更晚）。</translation>
    </message>
    <message>
        <source>It is before the first restorable point, %1.</source>
        <translation>它早于第一个可恢复时间点 %1。</translation>
    </message>
    <message>
        <source>It is after the last restorable point, %1 (the archived log ends there).</source>
        <translation>它晚于最后一个可恢复时间点 %1（归档日志到此为止）。</translation>
    </message>
    <message>
        <source>%1 is outside every restorable window of tenant %2: OceanBase would refuse it (error 4018, &quot;No enough log for restore&quot; or no usable backup set). %3 Choose a point inside a window.</source>
        <translation>%1 不在租户 %2 的任何可恢复时间段内：OceanBase 会拒绝（错误 4018，&quot;No enough log for restore&quot; 或没有可用的备份集）。%3 请在可恢复时间段内选择时间点。</translation>
    </message>
    <message>
        <source>Without a restore point OceanBase takes the newest checkpoint of the newest archive round, and here it finds none (no rounds/ start file of the destination, or only empty pieces). Give an explicit point inside a restorable window.</source>
        <translation>不指定恢复时间点时，OceanBase 取最新归档轮次的最新检查点，而这里找不到（该目的端在 rounds/ 下没有开始文件，或只有空的归档分片）。请在可恢复时间段内明确指定时间点。</translation>
    </message>
    <message>
        <source>Without a restore point OceanBase restores to %1 (the newest archived checkpoint, or the newest backup set&apos;s end when only the data backup path is named), and refuses it: the newest backup set there is not covered by the log. Give an explicit point inside a restorable window.</source>
        <translation>不指定恢复时间点时，OceanBase 会恢复到 %1（最新的归档检查点；只指定数据备份路径时为最新备份集的结束点），但会拒绝：该时间点对应的最新备份集没有被日志覆盖。请在可恢复时间段内明确指定时间点。</translation>
    </message>
    <message numerus="yes">
        <source>Backup set %1 lacks %n file(s) or folder(s) the restore opens: %2. OceanBase would fail part-way through the restore. Copy the set&apos;s folder again from the original backup location (copy tools that skip empty folders or stop early are the usual cause).</source>
        <translation>
            <numerusform>备份集 %1 缺少恢复时要打开的 %n 个文件或目录：%2。OceanBase 会在恢复中途失败。请从原备份路径重新复制该备份集的目录（常见原因是复制工具跳过了空目录或提前中止）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive piece %1 lacks %n file(s) or folder(s) the restore opens: %2. The log replay would stop there. Copy the piece&apos;s folder again from the original log archive path.</source>
        <translation>
            <numerusform>归档分片 %1 缺少恢复时要打开的 %n 个文件或目录：%2。日志回放会在那里中断。请从原日志归档路径重新复制该归档分片的目录。</numerusform>
        </translation>
    </message>
    <message>
        <source>the log stream list is empty</source>
        <translation>日志流列表为空</translation>
    </message>
    <message>
        <source>%1 is missing or cannot be read.</source>
        <translation>%1 缺失或无法读取。</translation>
    </message>
    <message>
        <source>Restore point: latest when this script was written, SCN %1 = %2 (what the server picks without UNTIL). Pinned as UNTIL SCN, so running the script later restores to the same point.</source>
        <translation>恢复时间点：生成此脚本时的最新时间点，SCN %1 = %2（不指定 UNTIL 时服务端自己选择的时间点）。已固定为 UNTIL SCN，以后运行此脚本仍会恢复到同一时间点。</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1（轮次 %2）</translation>
    </message>
    <message>
        <source>%1–%2 (round %3)</source>
        <translation>%1–%2（轮次 %3）</translation>
    </message>
    <message>
        <source>the latest point, %1 (SCN %2), which OceanBase picks itself without UNTIL</source>
        <translation>最新时间点 %1（SCN %2），即不指定 UNTIL 时 OceanBase 自己选择的时间点</translation>
    </message>
    <message>
        <source>A restore to %1 is not possible: %2 %3</source>
        <translation>无法恢复到 %1：%2 %3</translation>
    </message>
    <message>
        <source>A restore to %1 reads backup set(s) %2 from %3</source>
        <translation>备份集 %2（位于 %3）：恢复到 %1 时读取</translation>
    </message>
    <message>
        <source>and the newest set&apos;s own archived log (PLUS ARCHIVELOG), no log archive path</source>
        <translation>以及最新备份集自带的归档日志（PLUS ARCHIVELOG），不使用日志归档路径</translation>
    </message>
    <message>
        <source>and piece(s) %1 from %2</source>
        <translation>以及归档分片 %1（位于 %2）</translation>
    </message>
    <message>
        <source>FROM &apos;%1&apos;</source>
        <translation>FROM &apos;%1&apos;</translation>
    </message>
    <message>
        <source>File check: every file this restore opens first is there.</source>
        <translation>文件检查：此次恢复首先打开的文件都在。</translation>
    </message>
    <message numerus="yes">
        <source>File check: %n finding(s), see the diagnostics below.</source>
        <translation>
            <numerusform>文件检查：%n 项发现，见下方诊断。</numerusform>
        </translation>
    </message>
    <message>
        <source>A URI in FROM is not a backup or archive root: there is no format file under it (9080, OB_BACKUP_FORMAT_FILE_NOT_EXIST).</source>
        <translation>FROM 中的某个 URI 不是备份或归档的根目录：其下没有 format 文件（9080，OB_BACKUP_FORMAT_FILE_NOT_EXIST）。</translation>
    </message>
    <message>
        <source>Name the data backup path and the log archive path themselves (the folders that hold format.obbak), not a folder above or below them; obrestore inspect finds them.</source>
        <translation>请直接指定数据备份路径和日志归档路径本身（含 format.obbak 的目录），不要指定其上级或下级目录；obrestore inspect 可以找到它们。</translation>
    </message>
    <message>
        <source>A URI in FROM holds the format file of another destination: another tenant, cluster or kind of path (9081, OB_BACKUP_FORMAT_FILE_NOT_MATCH).</source>
        <translation>FROM 中的某个 URI 下是另一个目的端的 format 文件：属于另一个租户、集群或另一类路径（9081，OB_BACKUP_FORMAT_FILE_NOT_MATCH）。</translation>
    </message>
    <message>
        <source>Check that the paths belong to the tenant being restored and that the data and log archive paths are not swapped or mixed with another tenant&apos;s.</source>
        <translation>请检查这些路径是否属于要恢复的租户，数据备份路径和日志归档路径是否写反，或与其他租户的路径混用。</translation>
    </message>
    <message>
        <source>Quick restore (method=quick) exists from OceanBase 4.3.3 on; the target is %1 (older versions would silently ignore the option and restore fully).</source>
        <translation>快速恢复（method=quick）从 OceanBase 4.3.3 起才有；目标集群为 %1（更早的版本会悄悄忽略该选项并执行完整恢复）。</translation>
    </message>
    <message>
        <source>The key backup&apos;s password needs the key backup&apos;s path (KEY FROM).</source>
        <translation>指定密钥备份的密码时，还需要指定密钥备份的路径（KEY FROM）。</translation>
    </message>
    <message>
        <source>The KMS encryption information is for OceanBase 4.x targets.</source>
        <translation>KMS 加密信息只适用于 OceanBase 4.x 目标集群。</translation>
    </message>
    <message>
        <source>No backup set can be used for this restore point: the point is before the first usable backup set.</source>
        <translation>没有备份集可用于此恢复时间点：该时间点早于第一个可用的备份集。</translation>
    </message>
    <message>
        <source>Pick a later point, inside a restorable window.</source>
        <translation>请选择更晚、位于可恢复时间段内的时间点。</translation>
    </message>
    <message>
        <source>OceanBase did not find something the restore needs in the backup location (4018, entry not exist).</source>
        <translation>OceanBase 在备份路径中找不到恢复所需的内容（4018，entry not exist）。</translation>
    </message>
    <message>
        <source>Check the paths in FROM and the restore point with obrestore inspect --until-… --verify.</source>
        <translation>请用 obrestore inspect --until-… --verify 检查 FROM 中的路径和恢复时间点。</translation>
    </message>
    <message>
        <source>Something the statement names does not exist (4018, entry not exist).</source>
        <translation>语句中指定的某个对象不存在（4018，entry not exist）。</translation>
    </message>
    <message>
        <source>Check the names in the statement against the cluster&apos;s views.</source>
        <translation>请对照集群的视图检查语句中的名称。</translation>
    </message>
    <message>
        <source>A path in FROM is not a backup or archive root: there is no format file under it (9080).</source>
        <translation>FROM 中的某个路径不是备份或归档的根目录：其下没有 format 文件（9080）。</translation>
    </message>
    <message>
        <source>A path in FROM holds the format file of another destination (9081): another tenant, cluster or kind of path.</source>
        <translation>FROM 中的某个路径下是另一个目的端的 format 文件（9081）：属于另一个租户、集群或另一类路径。</translation>
    </message>
    <message>
        <source>Check that the paths belong to the tenant being restored and are not swapped or mixed with another tenant&apos;s.</source>
        <translation>请检查这些路径是否属于要恢复的租户，是否写反或与其他租户的路径混用。</translation>
    </message>
    <message>
        <source>The target does not support this (1235, not supported).</source>
        <translation>目标集群不支持此操作（1235，not supported）。</translation>
    </message>
    <message>
        <source>OceanBase restores from one data backup path only: name one in FROM (obrestore names the one whose window holds the restore point).</source>
        <translation>OceanBase 只能从一个数据备份路径恢复：请在 FROM 中只指定一个（obrestore 会选择可恢复时间段包含该恢复时间点的那个）。</translation>
    </message>
    <message>
        <source>A zone of the pool is an encryption zone, which a restore cannot use: choose a pool in other zones.</source>
        <translation>资源池所在的某个 Zone 是加密 Zone，恢复不能使用：请选择位于其他 Zone 的资源池。</translation>
    </message>
    <message>
        <source>The server&apos;s message says what is not supported; check that the target&apos;s version has this statement or option.</source>
        <translation>服务端的消息说明了哪项不受支持；请检查目标集群的版本是否有此语句或选项。</translation>
    </message>
    <message>
        <source>The unit config (resource unit) does not exist.</source>
        <translation>资源单元规格（resource unit）不存在。</translation>
    </message>
    <message>
        <source>Create the unit config first, or use one the cluster has (DBA_OB_UNIT_CONFIGS).</source>
        <translation>请先创建资源单元规格，或使用集群已有的规格（DBA_OB_UNIT_CONFIGS）。</translation>
    </message>
    <message>
        <source>A unit config of that name already exists.</source>
        <translation>同名的资源单元规格已存在。</translation>
    </message>
    <message>
        <source>A resource pool of that name already exists.</source>
        <translation>同名的资源池已存在。</translation>
    </message>
    <message>
        <source>Choose another name, or use the existing one if it has the same settings.</source>
        <translation>请换一个名称；如果已有的设置相同，也可以直接使用它。</translation>
    </message>
    <message>
        <source>A zone in the zone list does not exist in the target cluster.</source>
        <translation>Zone 列表中的某个 Zone 在目标集群中不存在。</translation>
    </message>
    <message>
        <source>Choose zones the cluster has (DBA_OB_ZONES).</source>
        <translation>请选择集群已有的 Zone（DBA_OB_ZONES）。</translation>
    </message>
    <message>
        <source>%1 of %2 restored (%3, by bytes)</source>
        <translation>已恢复 %2 中的 %1（%3，按字节计）</translation>
    </message>
    <message>
        <source>The demo bucket needs the local S3 server, which is not installed (%1).</source>
        <translation>演示存储桶需要本地 S3 服务器，但它尚未安装（%1）。</translation>
    </message>
    <message>
        <source>The demo bucket could not be started: %1</source>
        <translation>无法启动演示存储桶：%1</translation>
    </message>
    <message>
        <source>Nothing is stored below %1: the bucket answered, but no object&apos;s key starts with this path (object storage has no empty folders). Check the path after the bucket name.</source>
        <translation>%1 下没有任何内容：存储桶有响应，但没有对象的键以这个路径开头（对象存储没有空目录）。请检查存储桶名之后的路径。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is on %2 object storage, which this reader cannot open. Mount or copy the backup to a local or NFS path (metadata files are enough for the parse), or read it from the source cluster while it is online.</source>
        <translation>%1 位于 %2 对象存储上，此读取方式无法打开。请把备份挂载或拷贝到本地或 NFS 路径（解析只需要元数据文件），或在源集群在线时从源集群读取。</translation>
    </message>
    <message>
        <source>Object storage refused to let obrestore read %1: %2. Check access_id and access_key (the key pair OceanBase backs up with works; a key with list and read rights on the bucket is enough), that the key has not expired, and that this computer&apos;s clock is right (signatures older than 15 minutes are refused).</source>
        <translation>对象存储拒绝 obrestore 读取 %1：%2。请检查 access_id 和 access_key（OceanBase 备份所用的密钥对即可；对存储桶有列举和读取权限的密钥就够了）、密钥是否已过期，以及本机时钟是否准确（超过 15 分钟的签名会被拒绝）。</translation>
    </message>
    <message>
        <source>The bucket of %1 was not found: %2. Check the bucket name, host= (the endpoint of the bucket&apos;s region) and, for s3://, s3_region=.</source>
        <translation>找不到 %1 的存储桶：%2。请检查存储桶名、host=（存储桶所在地域的 Endpoint），以及 s3:// 的 s3_region=。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check host= (name, port, http:// or https://), that this computer reaches it (DNS, firewall, proxy variables), and for https that its certificate is trusted.</source>
        <translation>无法读取 %1：%2。请检查 host=（主机名、端口、http:// 或 https://）、本机能否访问它（DNS、防火墙、代理环境变量），以及 https 的证书是否受信任。</translation>
    </message>
    <message>
        <source>%1 is a local path, not object storage.</source>
        <translation>%1 是本地路径，不是对象存储。</translation>
    </message>
    <message>
        <source>%1 has no host= parameter: give the endpoint of the object storage, e.g. host=s3.us-east-1.amazonaws.com.</source>
        <translation>%1 没有 host= 参数：请给出对象存储的 Endpoint，例如 host=s3.us-east-1.amazonaws.com。</translation>
    </message>
    <message>
        <source>%1 has no access_id= parameter: give the access key ID.</source>
        <translation>%1 没有 access_id= 参数：请给出 AccessKey ID。</translation>
    </message>
    <message>
        <source>%1 has no access_key= parameter: give the secret access key in the location, in OBRESTORE_ACCESS_KEY or with --access-key-file.</source>
        <translation>%1 没有 access_key= 参数：请在路径中、OBRESTORE_ACCESS_KEY 环境变量中或用 --access-key-file 给出 AccessKey Secret。</translation>
    </message>
    <message>
        <source>host=%1 is not an endpoint: write a host name with an optional port and an optional http:// or https:// in front.</source>
        <translation>host=%1 不是有效的 Endpoint：请写主机名，可带端口，前面可加 http:// 或 https://。</translation>
    </message>
    <message>
        <source>addressing_model=%1 is not one OceanBase accepts: use virtual_hosted_style or path_style.</source>
        <translation>addressing_model=%1 不是 OceanBase 接受的取值：请使用 virtual_hosted_style 或 path_style。</translation>
    </message>
    <message>
        <source>%1 is not in this bucket.</source>
        <translation>%1 不在这个存储桶中。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached: %2 (after %n attempt(s), %3 s per request at most)</source>
        <translation>
            <numerusform>无法访问 %1：%2（已尝试 %n 次，每次请求最多 %3 秒）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept failing: %2 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 持续失败：%2（已尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>bucket &quot;%1&quot; does not exist at %2 (%3)</source>
        <translation>存储桶“%1”在 %2 上不存在（%3）</translation>
    </message>
    <message>
        <source>%1 refused access key ID &quot;%2&quot;: %3</source>
        <translation>%1 拒绝了 AccessKey ID“%2”：%3</translation>
    </message>
    <message>
        <source>bucket &quot;%1&quot; is not at %2 in region %3 (%4): check host= and s3_region=</source>
        <translation>存储桶“%1”不在 %2 的地域 %3 中（%4）：请检查 host= 和 s3_region=</translation>
    </message>
    <message>
        <source>not in this bucket</source>
        <translation>不在这个存储桶中</translation>
    </message>
    <message>
        <source>no objects below this prefix</source>
        <translation>这个前缀下没有对象</translation>
    </message>
    <message>
        <source>%1 is object storage, which this reader cannot open.</source>
        <translation>%1 是对象存储，此读取方式无法打开。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>The bucket answered, but nothing is stored below %1: check the path.</source>
        <translation>存储桶有响应，但 %1 下没有任何内容：请检查路径。</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>无法列举 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n 个目录</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached %1: a backup destination (it holds a format file), %2 at its top. Press Parse to read it.</source>
        <translation>已访问 %1：这是一个备份路径（其中有 format 文件），顶层有 %2。按“解析”读取它。</translation>
    </message>
    <message>
        <source>Reached %1: %2 at this level; Parse looks for backup destinations below it.</source>
        <translation>已访问 %1：这一层有 %2；“解析”会在其下查找备份路径。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Object storage: %1 request(s), %2 retried, %3 bytes received.</source>
        <translation>对象存储：%1 个请求，其中 %2 个重试，已接收 %3 字节。</translation>
    </message>
    <message>
        <source>a directory, not a file</source>
        <translation>一个目录，而不是文件</translation>
    </message>
    <message>
        <source>its name holds SCN %1, above the largest SCN OceanBase writes (%2)</source>
        <translation>其文件名中的 SCN %1 超过了 OceanBase 会写入的最大 SCN（%2）</translation>
    </message>
    <message numerus="yes">
        <source>The scan stopped at depth %1 below the location given: the %n folder(s) inside %2 were not looked into. Give a path closer to the backup (the folder that holds format.obbak, or one above it).</source>
        <translation>
            <numerusform>扫描在给定路径下第 %1 层停止：%2 中的 %n 个文件夹未被查看。请给出离备份更近的路径（包含 format.obbak 的文件夹，或其上一级）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be a backup metadata file: it is %2. OceanBase cannot read it either. Replace it with the file of that name from the original backup location.</source>
        <translation>%1 不可能是备份元数据文件：它是%2。OceanBase 同样无法读取它。请用原始备份路径中同名的文件替换它。</translation>
    </message>
    <message>
        <source>%1 could not be opened: its symbolic links point at each other in a loop (%2). Make the link point at the real file or folder.</source>
        <translation>无法打开 %1：其符号链接互相指向，形成循环（%2）。请让链接指向真实的文件或文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be opened: the path is longer than the system allows (%2; at most 4096 bytes, 255 per name). Give a shorter path to the same backup, for example through a symbolic link or a bind mount.</source>
        <translation>无法打开 %1：路径超过了系统允许的长度（%2；最多 4096 字节，每个名称最多 255 字节）。请为同一备份提供更短的路径，例如通过符号链接或绑定挂载。</translation>
    </message>
    <message>
        <source>%1 could not be read: it is %2. The copy or mount it pointed to is gone: mount it again, or replace the link with the file from the original backup location.</source>
        <translation>无法读取 %1：它是%2。它所指向的副本或挂载已不存在：请重新挂载，或用原始备份路径中的文件替换该链接。</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check the disk or the network mount it is on (dmesg, mount), then run the scan again.</source>
        <translation>无法读取 %1（%2）。请检查其所在的磁盘或网络挂载（dmesg、mount），然后重新扫描。</translation>
    </message>
    <message>
        <source>%1 cannot be right: %2. OceanBase never writes such a value, so the file was damaged or made by hand, and obrestore does not use it. Copy it again from the original backup location, or remove it if it is not OceanBase&apos;s.</source>
        <translation>%1 不可能正确：%2。OceanBase 从不写入这样的值，因此该文件已损坏或是手工制作的，obrestore 不会使用它。请从原始备份路径重新复制，如果它不是 OceanBase 写的，请删除它。</translation>
    </message>
    <message>
        <source>it holds SCN %1, above the largest SCN OceanBase writes (%2)</source>
        <translation>其中的 SCN %1 超过了 OceanBase 会写入的最大 SCN（%2）</translation>
    </message>
    <message>
        <source>a named pipe (FIFO), not a regular file</source>
        <translation>一个命名管道（FIFO），而不是普通文件</translation>
    </message>
    <message>
        <source>a socket, not a regular file</source>
        <translation>一个套接字，而不是普通文件</translation>
    </message>
    <message>
        <source>a device, not a regular file</source>
        <translation>一个设备，而不是普通文件</translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist</source>
        <translation>一个指向 %1 的符号链接，而该目标不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; puts credentials before the bucket, which OceanBase does not accept: write them as parameters, %2://bucket/path?host=…&amp;access_id=…&amp;access_key=….</source>
        <translation>“%1”把凭据写在了存储桶之前，OceanBase 不接受这种写法：请写成参数形式，%2://bucket/path?host=…&amp;access_id=…&amp;access_key=…。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; writes &quot;%2=&quot; with a space: OceanBase reads a parameter only when it is written exactly name=value, so it would not see this one.</source>
        <translation>“%1”中的“%2=”带有空格：OceanBase 只读取严格写成 name=value 的参数，因此不会识别这一个。</translation>
    </message>
    <message>
        <source>the cluster (%1)</source>
        <translation>集群（%1）</translation>
    </message>
    <message>
        <source>the cluster&apos;s version</source>
        <translation>集群的版本</translation>
    </message>
    <message>
        <source>the rows of %1</source>
        <translation>%1 的行</translation>
    </message>
    <message>
        <source>obrestore support bundle
========================

Attach this archive to a support ticket. Every password, access key and other secret was replaced by ****** before it was written. manifest.json says what was collected, with which versions and in which time zone, and what could not be collected and why.

Files:
</source>
        <translation>obrestore 支持包
================

请将此压缩包附在支持工单中。写入之前，所有密码、访问密钥和其他机密都已替换为 ******。manifest.json 说明收集了什么、使用的版本和时区，以及哪些内容未能收集及原因。

文件：
</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot add %1 to the bundle: %2</source>
        <translation>无法将 %1 加入支持包：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the finished bundle could not be moved into place.</source>
        <translation>无法写入 %1：已完成的支持包无法移动到目标位置。</translation>
    </message>
    <message>
        <source>Reading the backup locations…</source>
        <translation>正在读取备份路径…</translation>
    </message>
    <message>
        <source>the inspect report of the backup locations (obrestore inspect --json)</source>
        <translation>备份路径的检查报告（obrestore inspect --json）</translation>
    </message>
    <message>
        <source>the same report as text, in the UI language</source>
        <translation>同一报告的文本形式，使用界面语言</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>The support bundle was cancelled; nothing was written.</source>
        <translation>支持包已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>the target cluster</source>
        <translation>目标集群</translation>
    </message>
    <message>
        <source>no cluster was given (--host)</source>
        <translation>未给出集群（--host）</translation>
    </message>
    <message>
        <source>the backup locations</source>
        <translation>备份路径</translation>
    </message>
    <message>
        <source>no backup location was given</source>
        <translation>未给出备份路径</translation>
    </message>
    <message>
        <source>the samples of a watch</source>
        <translation>跟踪恢复时的采样</translation>
    </message>
    <message>
        <source>obrestore keeps a watch&apos;s samples in memory only; export the bundle from the wizard&apos;s progress page to include them</source>
        <translation>obrestore 只在内存中保留跟踪时的采样；如需包含它们，请从向导的进度页导出支持包</translation>
    </message>
    <message>
        <source>this list: what was collected and what was not</source>
        <translation>本清单：收集了什么，未收集什么</translation>
    </message>
    <message>
        <source>what each file is, in the UI language</source>
        <translation>每个文件的说明，使用界面语言</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n file(s), every secret replaced by ******.</source>
        <translation>
            <numerusform>已写入 %1：%n 个文件，所有机密均已替换为 ******。</numerusform>
        </translation>
    </message>
    <message>
        <source>No table recovery into %1 is running, so there is nothing to cancel.</source>
        <translation>没有正在恢复到 %1 的表级恢复，无需取消。</translation>
    </message>
    <message>
        <source>A table recovery into %1 is already running (job %2): follow it, or wait until it has ended.</source>
        <translation>已有恢复到 %1 的表级恢复在运行（任务 %2）：请跟踪它，或等它结束。</translation>
    </message>
    <message>
        <source>The RECOVER TABLE statement succeeded, but no recovery into %1 appeared in the job views.</source>
        <translation>RECOVER TABLE 语句已成功，但任务视图中没有出现恢复到 %1 的任务。</translation>
    </message>
    <message>
        <source>A backquote in &quot;%1&quot; is not closed.</source>
        <translation>“%1”中的反引号没有闭合。</translation>
    </message>
    <message>
        <source>Backquoted names are for MySQL-mode tenants; the target tenant is Oracle-mode: write the name in capitals without quotes.</source>
        <translation>反引号名称只用于 MySQL 模式租户；目标租户是 Oracle 模式：请用大写且不加引号。</translation>
    </message>
    <message>
        <source>The name `%1` is empty or starts or ends with a space.</source>
        <translation>名称 `%1` 为空，或以空格开头或结尾。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database or table name: use letters, digits, &apos;_&apos; and &apos;$&apos;, or put the name in backquotes.</source>
        <translation>“%1”不是数据库名或表名：请使用字母、数字、“_”和“$”，或把名称放在反引号中。</translation>
    </message>
    <message>
        <source>The target tenant is Oracle-mode, where unquoted names are stored in capitals: write %1.</source>
        <translation>目标租户是 Oracle 模式，不加引号的名称以大写保存：请写作 %1。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is longer than %2 characters.</source>
        <translation>名称“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Name at least one table to recover (db.table, db.* or *.*).</source>
        <translation>请至少指定一张要恢复的表（db.table、db.* 或 *.*）。</translation>
    </message>
    <message>
        <source>*.* already names every table; remove the other names.</source>
        <translation>*.* 已包含所有表；请删除其他名称。</translation>
    </message>
    <message>
        <source>%1 and %2 overlap: %3.* already holds every table of that database.</source>
        <translation>%1 与 %2 重叠：%3.* 已包含该数据库的所有表。</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 被指定了两次。</translation>
    </message>
    <message>
        <source>REMAP TABLE %1:%2 renames a table that is not being recovered; add %1 to the tables.</source>
        <translation>REMAP TABLE %1:%2 重命名的表不在恢复范围内；请把 %1 加入要恢复的表。</translation>
    </message>
    <message>
        <source>Two remaps lead to %1.</source>
        <translation>两个重映射都指向 %1。</translation>
    </message>
    <message>
        <source>%1 is remapped twice.</source>
        <translation>%1 被重映射了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs its database: write database.table, database.* or *.*.</source>
        <translation>“%1”缺少数据库：请写作 数据库.表、数据库.* 或 *.*。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only *.* may start with *.</source>
        <translation>“%1”：只有 *.* 可以以 * 开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not database.table: a table cannot be followed by more.</source>
        <translation>“%1”不是 数据库.表 的形式：表名之后不能再有内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a remap: write old:new.</source>
        <translation>“%1”不是重映射：请写作 旧名:新名。</translation>
    </message>
    <message>
        <source>In REMAP TABLE &quot;%1&quot; the old name must be database.table or database.*.</source>
        <translation>在 REMAP TABLE “%1”中，旧名必须是 数据库.表 或 数据库.*。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a whole database remaps to a whole database (db.*:newdb.*), a table to a table (db.t:newdb.newt or db.t:newt).</source>
        <translation>“%1”：整个数据库只能重映射到整个数据库（db.*:newdb.*），表只能重映射到表（db.t:newdb.newt 或 db.t:newt）。</translation>
    </message>
    <message>
        <source>Table-level recovery (RECOVER TABLE) exists from OceanBase 4.2.1 on; the target is %1. Restore the whole tenant under a new name instead and copy the tables from it.</source>
        <translation>表级恢复（RECOVER TABLE）从 OceanBase 4.2.1 起才有；目标集群是 %1。请改为把整个租户恢复为新租户，再从中复制这些表。</translation>
    </message>
    <message>
        <source>%1 is an auxiliary tenant of another recovery; choose the tenant that should receive the tables.</source>
        <translation>%1 是另一个恢复任务的辅助租户；请选择接收这些表的租户。</translation>
    </message>
    <message>
        <source>Give the resource pool of the auxiliary tenant (pool_list).</source>
        <translation>请指定辅助租户的资源池（pool_list）。</translation>
    </message>
    <message>
        <source>Table-level recovery (RECOVER TABLE) exists from OceanBase 4.2.1 on; the target is %1.</source>
        <translation>表级恢复（RECOVER TABLE）从 OceanBase 4.2.1 起才有；目标集群是 %1。</translation>
    </message>
    <message>
        <source>preparing the recovery</source>
        <translation>准备表级恢复</translation>
    </message>
    <message>
        <source>restoring the auxiliary tenant</source>
        <translation>恢复辅助租户</translation>
    </message>
    <message>
        <source>activating the auxiliary tenant</source>
        <translation>激活辅助租户</translation>
    </message>
    <message>
        <source>checking before the import</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>creating the import job</source>
        <translation>创建导入任务</translation>
    </message>
    <message>
        <source>importing the tables</source>
        <translation>导入表</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2 succeeded: %3 imported.</source>
        <translation>恢复到 %2 的表级恢复任务 %1 成功：已导入 %3。</translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2 was cancelled.</source>
        <translation>恢复到 %2 的表级恢复任务 %1 已取消。</translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2 failed.</source>
        <translation>恢复到 %2 的表级恢复任务 %1 失败。</translation>
    </message>
    <message>
        <source>%1 of %2 tables imported</source>
        <translation>已导入 %1 / %2 张表</translation>
    </message>
    <message numerus="yes">
        <source>(%n failed)</source>
        <translation>
            <numerusform>（%n 张失败）</numerusform>
        </translation>
    </message>
    <message>
        <source>starting the import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <source>importing tables</source>
        <translation>正在导入表</translation>
    </message>
    <message>
        <source>rebuilding foreign keys</source>
        <translation>重建外键</translation>
    </message>
    <message>
        <source>import finished</source>
        <translation>导入结束</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Table-level recovery exists from OceanBase 4.2.1 on; the target is %1.</source>
        <translation>表级恢复从 OceanBase 4.2.1 起才有；目标集群是 %1。</translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2 is neither running nor in the history.</source>
        <translation>恢复到 %2 的表级恢复任务 %1 既不在运行，也不在历史中。</translation>
    </message>
    <message>
        <source>No table recovery into %1 is running, and the history has none.</source>
        <translation>没有正在恢复到 %1 的表级恢复，历史中也没有。</translation>
    </message>
    <message>
        <source>The table recovery was cancelled.</source>
        <translation>表级恢复已被取消。</translation>
    </message>
    <message>
        <source>Nothing was imported into the target tenant. The auxiliary tenant&apos;s resource pool stays: drop it, or use it for the next recovery.</source>
        <translation>目标租户中没有导入任何表。辅助租户的资源池保留：可以删除它，或用于下一次恢复。</translation>
    </message>
    <message>
        <source>The auxiliary tenant could not be restored, so no table was imported.</source>
        <translation>辅助租户没能恢复，因此没有导入任何表。</translation>
    </message>
    <message>
        <source>Read CDB_OB_RESTORE_HISTORY for the auxiliary tenant&apos;s comment, fix that cause (the backup, the restore point, the pool), then start the recovery again.</source>
        <translation>在 CDB_OB_RESTORE_HISTORY 中查看辅助租户的 COMMENT，解决其原因（备份、恢复时间点、资源池）后重新发起恢复。</translation>
    </message>
    <message>
        <source>A table to recover is not in the backup at that point (%1).</source>
        <translation>要恢复的表在该时间点的备份中不存在（%1）。</translation>
    </message>
    <message>
        <source>Check the name and the point: the table must have existed at the restore point. Names are compared as the tenant stores them (Oracle mode: capitals).</source>
        <translation>请检查名称和时间点：该表必须在恢复时间点存在。名称按租户保存的形式比较（Oracle 模式为大写）。</translation>
    </message>
    <message>
        <source>A target table exists already (%1).</source>
        <translation>目标表已存在（%1）。</translation>
    </message>
    <message>
        <source>Remap the table to a new name (REMAP TABLE db.t:db.t_restored), or drop or rename the existing table.</source>
        <translation>把该表重映射为新名称（REMAP TABLE db.t:db.t_restored），或删除、重命名已有的表。</translation>
    </message>
    <message>
        <source>A target database does not exist (%1).</source>
        <translation>目标数据库不存在（%1）。</translation>
    </message>
    <message>
        <source>Create the database in the target tenant first, or remap the tables to an existing database.</source>
        <translation>请先在目标租户中创建该数据库，或把表重映射到已有的数据库。</translation>
    </message>
    <message>
        <source>OceanBase does not support this import: %1.</source>
        <translation>OceanBase 不支持这次导入：%1。</translation>
    </message>
    <message>
        <source>Recover into a tenant of the same compatibility mode (MySQL or Oracle) as the backed-up tenant.</source>
        <translation>请恢复到与被备份租户兼容模式（MySQL 或 Oracle）相同的租户。</translation>
    </message>
    <message>
        <source>A server ran out of disk space while importing.</source>
        <translation>导入时有服务器磁盘空间不足。</translation>
    </message>
    <message>
        <source>Free data disk on the target tenant&apos;s servers, then recover the tables that failed again.</source>
        <translation>请释放目标租户所在服务器的数据盘空间，然后重新恢复失败的表。</translation>
    </message>
    <message>
        <source>The table recovery failed on the server: %1.</source>
        <translation>表级恢复在服务器上失败：%1。</translation>
    </message>
    <message>
        <source>Search observer.log and rootservice.log for the trace id, and read DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module=&apos;recover_table&apos;.</source>
        <translation>在 observer.log 和 rootservice.log 中搜索 trace id，并查看 DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE module=&apos;recover_table&apos;。</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) to recover are still in %1&apos;s recycle bin: FLASHBACK TABLE brings them back in seconds, with the data they had when dropped, without restoring anything.</source>
        <translation>
            <numerusform>要恢复的表中有 %n 张仍在 %1 的回收站中：FLASHBACK TABLE 可在几秒内找回它们（含删除时的数据），无需任何恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in to %1 (not the sys tenant) and run: %2 — or go on to recover them from the backup as of the chosen point.</source>
        <translation>登录 %1（不是 sys 租户）并执行：%2 —— 或者继续按所选时间点从备份恢复。</translation>
    </message>
    <message>
        <source>None of the tables is in %1&apos;s recycle bin: recovering from the backup is the way.</source>
        <translation>这些表都不在 %1 的回收站中：需要从备份恢复。</translation>
    </message>
    <message>
        <source>The sys tenant could not read %1&apos;s recycle bin (%2), so whether the table can simply be flashed back was not checked.</source>
        <translation>sys 租户无法读取 %1 的回收站（%2），因此没有检查能否直接闪回该表。</translation>
    </message>
    <message>
        <source>Log in to %1 and run SHOW RECYCLEBIN; a dropped table listed there comes back with FLASHBACK TABLE &lt;object name&gt; TO BEFORE DROP RENAME TO &lt;db&gt;.&lt;table&gt;.</source>
        <translation>登录 %1 并执行 SHOW RECYCLEBIN；其中列出的已删除表可用 FLASHBACK TABLE &lt;对象名&gt; TO BEFORE DROP RENAME TO &lt;库&gt;.&lt;表&gt; 找回。</translation>
    </message>
    <message>
        <source>Restore the whole tenant under a new name instead, and copy the tables from it.</source>
        <translation>请改为把整个租户恢复为新租户，再从中复制这些表。</translation>
    </message>
    <message>
        <source>Recover into a cluster of a suitable version.</source>
        <translation>请恢复到版本合适的集群。</translation>
    </message>
    <message>
        <source>Receiving tenant</source>
        <translation>目标租户</translation>
    </message>
    <message>
        <source>There is no tenant %1 on the target.</source>
        <translation>目标集群上没有租户 %1。</translation>
    </message>
    <message>
        <source>Pick the tenant that should receive the tables from the list.</source>
        <translation>请从列表中选择接收这些表的租户。</translation>
    </message>
    <message>
        <source>%1 is a %2 tenant; tables can be recovered only into a user tenant.</source>
        <translation>%1 是 %2 租户；表只能恢复到用户租户。</translation>
    </message>
    <message>
        <source>Pick a user tenant.</source>
        <translation>请选择一个用户租户。</translation>
    </message>
    <message>
        <source>%1 is %2 (%3); the import needs a normal primary tenant.</source>
        <translation>%1 处于 %2（%3）；导入需要一个状态正常的主租户。</translation>
    </message>
    <message>
        <source>Wait until the tenant is normal, or activate it first, or pick another tenant.</source>
        <translation>请等租户恢复正常，或先激活它，或选择其他租户。</translation>
    </message>
    <message>
        <source>%1 is a normal primary user tenant (%2 mode).</source>
        <translation>%1 是状态正常的主用户租户（%2 模式）。</translation>
    </message>
    <message>
        <source>Compatibility mode</source>
        <translation>兼容模式</translation>
    </message>
    <message>
        <source>The backup does not record the backed-up tenant&apos;s mode, so it was not compared with %1&apos;s (%2).</source>
        <translation>备份中没有记录被备份租户的模式，因此没有与 %1 的模式（%2）比较。</translation>
    </message>
    <message>
        <source>Make sure both tenants are MySQL-mode or both Oracle-mode; OceanBase fails the import otherwise.</source>
        <translation>请确认两个租户同为 MySQL 模式或同为 Oracle 模式；否则 OceanBase 的导入会失败。</translation>
    </message>
    <message>
        <source>The backed-up tenant is %1-mode and %2 is %3-mode; tables cannot be imported across modes.</source>
        <translation>被备份租户是 %1 模式，而 %2 是 %3 模式；表不能跨模式导入。</translation>
    </message>
    <message>
        <source>Pick a tenant of the same mode.</source>
        <translation>请选择相同模式的租户。</translation>
    </message>
    <message>
        <source>Both tenants are %1-mode.</source>
        <translation>两个租户都是 %1 模式。</translation>
    </message>
    <message>
        <source>Running recoveries</source>
        <translation>其他表级恢复</translation>
    </message>
    <message>
        <source>A table recovery into %1 is already running.</source>
        <translation>已有恢复到 %1 的表级恢复在运行。</translation>
    </message>
    <message>
        <source>Follow it from the restore jobs view, or wait until it has ended.</source>
        <translation>请在恢复任务视图中跟踪它，或等它结束。</translation>
    </message>
    <message>
        <source>No table recovery into %1 is running.</source>
        <translation>没有正在恢复到 %1 的表级恢复。</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Correct the list of tables.</source>
        <translation>请修正表的列表。</translation>
    </message>
    <message>
        <source>Target databases and tables</source>
        <translation>目标数据库和表</translation>
    </message>
    <message>
        <source>The sys tenant could not read %1&apos;s databases and tables (%2), so they were not checked. OceanBase refuses the statement if a target database is missing (1049) or a target table exists (1050).</source>
        <translation>sys 租户无法读取 %1 的数据库和表（%2），因此没有检查。若目标数据库不存在（1049）或目标表已存在（1050），OceanBase 会拒绝该语句。</translation>
    </message>
    <message>
        <source>In %1, check with SHOW DATABASES and SHOW TABLES.</source>
        <translation>请在 %1 中用 SHOW DATABASES 和 SHOW TABLES 检查。</translation>
    </message>
    <message>
        <source>Target databases</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <source>%1 has no database %2; OceanBase refuses the recovery (1049, Unknown database).</source>
        <translation>%1 中没有数据库 %2；OceanBase 会拒绝这次恢复（1049，Unknown database）。</translation>
    </message>
    <message>
        <source>Create the database in %1 first, or remap the tables to an existing database.</source>
        <translation>请先在 %1 中创建该数据库，或把表重映射到已有的数据库。</translation>
    </message>
    <message>
        <source>Every target database exists in %1.</source>
        <translation>所有目标数据库都已存在于 %1 中。</translation>
    </message>
    <message>
        <source>Target tables</source>
        <translation>目标表</translation>
    </message>
    <message>
        <source>%1 already has %2; OceanBase refuses the recovery (1050, table exists).</source>
        <translation>%1 中已有 %2；OceanBase 会拒绝这次恢复（1050，表已存在）。</translation>
    </message>
    <message>
        <source>Remap each to a new name (for example %1_restored), or drop or rename the existing table.</source>
        <translation>请把每张表重映射为新名称（例如 %1_restored），或删除、重命名已有的表。</translation>
    </message>
    <message>
        <source>The tables of %1 are known only once the auxiliary tenant is restored, so they could not be checked against %2&apos;s; OceanBase fails the import of any that exists.</source>
        <translation>%1 中有哪些表要等辅助租户恢复后才知道，因此无法与 %2 中的表比较；已存在的表在导入时会失败。</translation>
    </message>
    <message>
        <source>Remap the database to a new one (db.*:db_restored.*) to be safe.</source>
        <translation>为稳妥起见，请把该数据库重映射到新数据库（db.*:db_restored.*）。</translation>
    </message>
    <message>
        <source>None of the target tables exists in %1.</source>
        <translation>%1 中不存在任何目标表。</translation>
    </message>
    <message>
        <source>Auxiliary tenant&apos;s pool</source>
        <translation>辅助租户的资源池</translation>
    </message>
    <message>
        <source>OceanBase drops the auxiliary tenant when the recovery ends and keeps the pool.</source>
        <translation>恢复结束后 OceanBase 会删除辅助租户，资源池保留。</translation>
    </message>
    <message>
        <source>Choose the tenant that receives the tables.</source>
        <translation>请选择接收这些表的租户。</translation>
    </message>
    <message>
        <source>the import has not started yet</source>
        <translation>导入尚未开始</translation>
    </message>
    <message>
        <source>SET DECRYPTION and ALTER SYSTEM RECOVER TABLE must run in the same session.</source>
        <translation>SET DECRYPTION 和 ALTER SYSTEM RECOVER TABLE 必须在同一会话中执行。</translation>
    </message>
    <message>
        <source>Follow the table recovery with:</source>
        <translation>用以下语句跟踪表级恢复：</translation>
    </message>
    <message>
        <source>To cancel it (the auxiliary tenant is dropped, %1 stays):</source>
        <translation>取消它（辅助租户被删除，%1 保留）：</translation>
    </message>
    <message>
        <source>The auxiliary tenant&apos;s resource pool stays when the recovery ends: drop it with DROP RESOURCE POOL when it is no longer needed.</source>
        <translation>恢复结束后辅助租户的资源池仍保留：不再需要时用 DROP RESOURCE POOL 删除。</translation>
    </message>
    <message>
        <source>The server gave no reason; its observer log has it (search for the statement&apos;s trace id).</source>
        <translation>服务器没有给出原因；原因在其 observer 日志中（按该语句的 trace id 搜索）。</translation>
    </message>
    <message>
        <source>The server&apos;s own message, quoted with the error, says why.</source>
        <translation>错误中引用的服务器原始消息说明了原因。</translation>
    </message>
    <message>
        <source>Restore job %1 of %2 was cancelled.</source>
        <translation>%2 的恢复任务 %1 已取消。</translation>
    </message>
    <message>
        <source>No password given matches the one recorded with backup set(s) %1: OceanBase would fail with &quot;invalid password for backup&quot; (9047).</source>
        <translation>给出的密码与备份集 %1 记录的密码都不匹配：OceanBase 会以 “invalid password for backup”（9047）失败。</translation>
    </message>
    <message>
        <source>Enter the password each set was backed up with (SET ENCRYPTION … IDENTIFIED BY); when the full and incremental sets have different ones, enter both.</source>
        <translation>请输入每个备份集备份时使用的密码（SET ENCRYPTION … IDENTIFIED BY）；全量与增量备份集密码不同时，两个都要输入。</translation>
    </message>
    <message>
        <source>Not checked: the source cluster&apos;s views say that backup set(s) %1 have a password, not what it is.</source>
        <translation>未检查：源集群的视图只说明备份集 %1 有密码，而不给出密码本身。</translation>
    </message>
    <message>
        <source>The server&apos;s restore preview checks the passwords; without one, the restore itself does (9047).</source>
        <translation>服务器的恢复预览会检查这些密码；没有恢复预览时，由恢复本身检查（9047）。</translation>
    </message>
    <message>
        <source>The passwords given match those recorded with backup set(s) %1.</source>
        <translation>给出的密码与备份集 %1 记录的密码匹配。</translation>
    </message>
    <message>
        <source>CPU (the unit needs %1, at most %2 free on one server)</source>
        <translation>CPU（单元需要 %1，单台服务器最多空闲 %2）</translation>
    </message>
    <message>
        <source>memory (the unit needs %1, at most %2 free on one server)</source>
        <translation>内存（单元需要 %1，单台服务器最多空闲 %2）</translation>
    </message>
    <message>
        <source>log disk (the unit needs %1, at most %2 free on one server)</source>
        <translation>日志盘（单元需要 %1，单台服务器最多空闲 %2）</translation>
    </message>
    <message>
        <source>short of %1</source>
        <translation>不足的是 %1</translation>
    </message>
    <message>
        <source>The server&apos;s restore preview refused the passwords: %1</source>
        <translation>服务器的恢复预览拒绝了这些密码：%1</translation>
    </message>
    <message>
        <source>The server&apos;s restore preview accepted the passwords.</source>
        <translation>服务器的恢复预览接受了这些密码。</translation>
    </message>
    <message>
        <source>The newest usable backup set %1 (restorable from %2) is not covered by archived log: %3. The archive already reaches %4, past that point, so waiting does not help: the log between is missing (archiving was interrupted, or the copy of the log archive path is incomplete). Copy the missing pieces, or take a new full backup while log archiving runs.</source>
        <translation>最新的可用备份集 %1（自 %2 起可恢复）没有归档日志覆盖：%3。归档已到达 %4，已越过该时间点，所以等待没有用：中间的日志缺失（日志归档曾中断，或日志归档路径的副本不完整）。请补齐缺失的归档分片，或在日志归档运行期间重新做一次全量备份。</translation>
    </message>
    <message>
        <source>Check the path or URI (spelling, mount, bucket prefix) and parse again.</source>
        <translation>检查路径或 URI（拼写、挂载、桶前缀），然后重新解析。</translation>
    </message>
    <message>
        <source>Make the named folder or file readable by this user (or fix the link it is), then parse again.</source>
        <translation>让当前用户可以读取所述文件夹或文件（或修复该链接），然后重新解析。</translation>
    </message>
    <message>
        <source>Check the access key, secret and token (and the clock of this computer); the key needs list and read rights on the bucket.</source>
        <translation>检查 Access Key、Secret 和 Token（以及本机时钟）；该密钥需要对桶有列举和读取权限。</translation>
    </message>
    <message>
        <source>Check the bucket name, the endpoint and the region.</source>
        <translation>检查桶名、Endpoint 和 Region。</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s host name, the network path to it and any proxy, then parse again.</source>
        <translation>检查 Endpoint 的主机名、到它的网络以及代理，然后重新解析。</translation>
    </message>
    <message>
        <source>Copy the backup set again in full, or restore to a point that uses another set.</source>
        <translation>重新完整复制该备份集，或恢复到使用其他备份集的时间点。</translation>
    </message>
    <message>
        <source>Copy the archive piece again in full, or restore to a point that does not need it.</source>
        <translation>重新完整复制该归档分片，或恢复到不需要它的时间点。</translation>
    </message>
    <message>
        <source>Point at the backup root (the folder holding format.obbak) or a folder above it.</source>
        <translation>指向备份根目录（含 format.obbak 的文件夹）或其上层文件夹。</translation>
    </message>
    <message>
        <source>Copy the named file again from the original backup location; a file damaged there cannot be restored from.</source>
        <translation>从原始备份路径重新复制所述文件；若原处的文件已损坏，则无法用它恢复。</translation>
    </message>
    <message>
        <source>Copy the named file again: the copy tool may have stopped early or skipped its content.</source>
        <translation>重新复制所述文件：复制工具可能中途停止或跳过了其内容。</translation>
    </message>
    <message>
        <source>Restore this backup into an OceanBase 4.0 cluster; 4.1 and later refuse it.</source>
        <translation>请把该备份恢复到 OceanBase 4.0 集群；4.1 及以后版本会拒绝。</translation>
    </message>
    <message>
        <source>Restore it into a 2.x/3.x cluster; to reach 4.x, migrate the data logically (for example with OMS).</source>
        <translation>请恢复到 2.x/3.x 集群；要迁到 4.x，请做逻辑迁移（例如用 OMS）。</translation>
    </message>
    <message>
        <source>Add the tenant&apos;s data backup path to the locations parsed together.</source>
        <translation>把该租户的数据备份路径加入一起解析的备份路径。</translation>
    </message>
    <message>
        <source>Add the tenant&apos;s log archive path to the locations parsed together, or restore to a PLUS ARCHIVELOG set&apos;s point.</source>
        <translation>把该租户的日志归档路径加入一起解析的备份路径，或恢复到 PLUS ARCHIVELOG 备份集的时间点。</translation>
    </message>
    <message>
        <source>Parse one data backup path at a time: OceanBase reads one per restore.</source>
        <translation>每次只解析一个数据备份路径：OceanBase 每次恢复只读取一个。</translation>
    </message>
    <message>
        <source>Copy the backup_sets folder too, or take a full backup of the tenant.</source>
        <translation>把 backup_sets 文件夹也复制过来，或为该租户做一次全量备份。</translation>
    </message>
    <message>
        <source>Wait for a running backup to finish, or take a new full backup.</source>
        <translation>等待正在进行的备份完成，或重新做一次全量备份。</translation>
    </message>
    <message>
        <source>Wait for the backup to finish, then parse again.</source>
        <translation>等待备份完成后重新解析。</translation>
    </message>
    <message>
        <source>Nothing to do for the restore: OceanBase skips a failed set.</source>
        <translation>恢复无需处理：OceanBase 会跳过失败的备份集。</translation>
    </message>
    <message>
        <source>Copy the set&apos;s single_backup_set_info file again; without it OceanBase skips the set.</source>
        <translation>重新复制该备份集的 single_backup_set_info 文件；缺少它，OceanBase 会跳过该备份集。</translation>
    </message>
    <message>
        <source>Use another set; a set marked deleted or broken is not read.</source>
        <translation>请使用其他备份集；已标记为删除或损坏的备份集不会被读取。</translation>
    </message>
    <message>
        <source>Copy the incremental set&apos;s previous sets too, or restore to a point its full set covers.</source>
        <translation>把该增量备份集之前的备份集也复制过来，或恢复到其全量备份集覆盖的时间点。</translation>
    </message>
    <message>
        <source>Give the backup&apos;s decryption password (SET DECRYPTION IDENTIFIED BY).</source>
        <translation>提供备份的解密密码（SET DECRYPTION IDENTIFIED BY）。</translation>
    </message>
    <message>
        <source>Copy the archive&apos;s pieces too, or check that log archiving is enabled for the tenant.</source>
        <translation>把归档分片也复制过来，或检查该租户是否开启了日志归档。</translation>
    </message>
    <message>
        <source>Copy the pieces&apos; files again (the copy looks empty), or wait for archiving to write its first checkpoint.</source>
        <translation>重新复制归档分片的文件（副本看起来是空的），或等待日志归档写出第一个检查点。</translation>
    </message>
    <message>
        <source>Restore to a point that does not need this piece, or copy it again.</source>
        <translation>恢复到不需要该归档分片的时间点，或重新复制它。</translation>
    </message>
    <message>
        <source>Move the other destination&apos;s pieces to their own archive path; OceanBase reads only this one&apos;s.</source>
        <translation>把另一个归档目的地的分片移到它自己的日志归档路径；OceanBase 只读取本目的地的分片。</translation>
    </message>
    <message>
        <source>Choose a point inside a window; points in the gap cannot be restored.</source>
        <translation>请选择可恢复时间段内的时间点；断档中的时间点无法恢复。</translation>
    </message>
    <message>
        <source>Take a new full backup while log archiving runs; this set cannot be brought forward.</source>
        <translation>请在日志归档运行期间重新做一次全量备份；该备份集无法补救。</translation>
    </message>
    <message>
        <source>Restore to a point before the newest set, or move that set away so OceanBase picks the older one.</source>
        <translation>恢复到最新备份集之前的时间点，或把该备份集移走，让 OceanBase 选用较早的备份集。</translation>
    </message>
    <message>
        <source>Copy the rounds folder too, or restore with an explicit UNTIL SCN instead of the latest point.</source>
        <translation>把 rounds 文件夹也复制过来，或用明确的 UNTIL SCN 代替最新时间点进行恢复。</translation>
    </message>
    <message>
        <source>Copy again with a tool that keeps 0-byte files (the checkpoint is in the file&apos;s name).</source>
        <translation>用会保留 0 字节文件的工具重新复制（检查点在文件名中）。</translation>
    </message>
    <message>
        <source>Nothing to do: OceanBase ignores these files too.</source>
        <translation>无需处理：OceanBase 同样会忽略这些文件。</translation>
    </message>
    <message>
        <source>Parse the named folder itself, or a folder closer to the backup root.</source>
        <translation>直接解析所述文件夹，或离备份根目录更近的文件夹。</translation>
    </message>
    <message>
        <source>Restore into a cluster of the backup&apos;s version or newer, or upgrade the target first.</source>
        <translation>请恢复到与备份版本相同或更新的集群，或先升级目标集群。</translation>
    </message>
    <message>
        <source>Restore into a cluster of a version this backup can go to (see the message).</source>
        <translation>请恢复到该备份可以恢复进去的版本的集群（见说明）。</translation>
    </message>
    <message>
        <source>See the tenant&apos;s other findings: each names its cause and what to do.</source>
        <translation>请查看该租户的其他诊断：每条都说明了原因和处理方法。</translation>
    </message>
    <message>
        <source>Choose a point inside one of the restorable windows.</source>
        <translation>请选择某个可恢复时间段内的时间点。</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <source>no longer running</source>
        <translation>已不在运行</translation>
    </message>
    <message>
        <source>data %1 %</source>
        <translation>数据 %1 %</translation>
    </message>
    <message>
        <source>log %1 %</source>
        <translation>日志 %1 %</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>尚未统计</translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Not checked: the backup sets this restore reads are not known yet.</source>
        <translation>未检查：尚不知道本次恢复读取哪些备份集。</translation>
    </message>
    <message>
        <source>Not checked: backup set(s) %1 do not record their size.</source>
        <translation>未检查：备份集 %1 没有记录其大小。</translation>
    </message>
    <message>
        <source>Not checked: the resource pool&apos;s zones are not known.</source>
        <translation>未检查：不知道资源池所在的 Zone。</translation>
    </message>
    <message>
        <source>zone %1: %2 free on its %3 best server(s), %4 needed on each</source>
        <translation>Zone %1：空间最多的 %3 台服务器上可用 %2，每台需要 %4</translation>
    </message>
    <message>
        <source>The backup sets this restore reads (%1) record %2.</source>
        <translation>本次恢复读取的备份集（%1）记录的大小为 %2。</translation>
    </message>
    <message>
        <source>Not enough free data disk: %1.</source>
        <translation>数据盘可用空间不足：%1。</translation>
    </message>
    <message>
        <source>Free data disk on those servers (datafile_size, datafile_maxsize), or restore into zones with more room.</source>
        <translation>请在这些服务器上腾出数据盘空间（datafile_size、datafile_maxsize），或恢复到空间更多的 Zone。</translation>
    </message>
    <message>
        <source>Zone(s) %1 do not report their free data disk: not checked there.</source>
        <translation>Zone %1 未报告数据盘可用空间：这些 Zone 未检查。</translation>
    </message>
    <message>
        <source>Every zone of the pool has that free on its servers (the restored data can take more than the backup wrote when the backup was compressed).</source>
        <translation>资源池的每个 Zone 的服务器上都有这么多可用空间（备份经过压缩时，恢复后的数据可能比备份写出的更大）。</translation>
    </message>
    <message>
        <source>The demo folder %1 cannot be checked: %2.</source>
        <translation>无法检查演示文件夹 %1：%2。</translation>
    </message>
    <message>
        <source>The demo folder %1 is a symbolic link, which the demo never follows (someone may have planted it). Remove it, then start the demo again.</source>
        <translation>演示文件夹 %1 是一个符号链接，演示模式从不跟随它（可能是他人放置的）。请删除它，然后重新启动演示。</translation>
    </message>
    <message>
        <source>%1 is not a folder. Remove it, then start the demo again.</source>
        <translation>%1 不是文件夹。请删除它，然后重新启动演示。</translation>
    </message>
    <message>
        <source>The demo folder %1 belongs to another user (uid %2): nothing in it is read, signalled or removed. Remove it as that user or as root, then start the demo again.</source>
        <translation>演示文件夹 %1 属于另一个用户（uid %2）：不会读取、通知或删除其中的任何内容。请以该用户或 root 身份删除它，然后重新启动演示。</translation>
    </message>
    <message>
        <source>The demo folder %1 can be written by other users, so its contents cannot be trusted. Remove it, then start the demo again.</source>
        <translation>演示文件夹 %1 可被其他用户写入，其内容不可信。请删除它，然后重新启动演示。</translation>
    </message>
    <message>
        <source>The demo&apos;s simulated cluster has stopped. Close the wizard and start the demo again.</source>
        <translation>演示用的模拟集群已停止。请关闭向导并重新启动演示。</translation>
    </message>
    <message>
        <source>The demo&apos;s sample backup location %1 is gone (a temporary-files cleaner, or another demo, removed it). Close the wizard and start the demo again.</source>
        <translation>演示用的示例备份路径 %1 已不存在（被临时文件清理程序或另一个演示删除）。请关闭向导并重新启动演示。</translation>
    </message>
    <message>
        <source>Gone since the location was parsed: %1. It was removed, moved or unmounted; mount or copy it back, then parse the location again.</source>
        <translation>解析之后已不存在：%1。它已被删除、移动或卸载；请重新挂载或复制回来，然后再次解析该备份路径。</translation>
    </message>
    <message>
        <source>%1 could not be read: the endpoint answered, but not as object storage does: %2. Check that host= names the object storage&apos;s own endpoint (not a web page, a login portal or a proxy in front of it), and its port and http:// or https://.</source>
        <translation>无法读取 %1：端点有应答，但不是对象存储的应答：%2。请检查 host= 是否为对象存储本身的端点（而不是网页、登录门户或其前面的代理），以及端口和 http:// 或 https://。</translation>
    </message>
    <message>
        <source>The listing of %1 was not read to its end: %2. What it holds past that point is not in this report. Give the path of one tenant&apos;s backup (closer to its format file), or check what fills this folder.</source>
        <translation>%1 的列表未读取到末尾：%2。此后的内容不在本报告中。请给出单个租户的备份路径（更靠近其 format 文件），或检查是什么填满了该文件夹。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the location given, and was not followed (a link out could lead the scan over the whole file system). Parse %2 itself if it holds a backup.</source>
        <translation>%1 是指向 %2 的符号链接，位于给定备份路径之外，未被跟随（指向外部的链接可能使扫描遍历整个文件系统）。如果 %2 中有备份，请直接解析 %2。</translation>
    </message>
    <message>
        <source>The search for backup destinations below %1 stopped after %2 folders, more than any OceanBase backup location holds above its destinations; folders past that point were not looked into. Give a path closer to the backup (the folder that holds format.obbak, or one above it).</source>
        <translation>在 %1 下查找备份目的地时，列出 %2 个文件夹后停止，这超过了任何 OceanBase 备份路径在其目的地之上的文件夹数；此后的文件夹未被查看。请给出更靠近备份的路径（包含 format.obbak 的文件夹或其上一级）。</translation>
    </message>
    <message>
        <source>The scan stopped after %1 requests to object storage, its limit (far more than a backup location of many tenants needs): the report shows what was read until then. Give a path closer to one tenant&apos;s backup, or check the endpoint.</source>
        <translation>扫描在向对象存储发送 %1 个请求（其上限，远多于包含许多租户的备份路径所需）后停止：报告显示到此为止读取的内容。请给出更靠近单个租户备份的路径，或检查端点。</translation>
    </message>
    <message>
        <source>The scan stopped at its time limit of %1 s: the report shows what was read until then. Run it again with a longer --timeout, or give a path closer to one tenant&apos;s backup.</source>
        <translation>扫描在达到 %1 秒的时间上限时停止：报告显示到此为止读取的内容。请使用更长的 --timeout 重新运行，或给出更靠近单个租户备份的路径。</translation>
    </message>
    <message>
        <source>%1 is a folder, not the file OceanBase reads</source>
        <translation>%1 是文件夹，而不是 OceanBase 读取的文件</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 缺失</translation>
    </message>
    <message>
        <source>the log it holds, from %1 to %2, is not used: restorable points end where the previous piece ends</source>
        <translation>其中从 %1 到 %2 的日志不会被使用：可恢复时间点止于上一个归档分片的结束处</translation>
    </message>
    <message>
        <source>the log it holds, up to %1, is not used: restorable points end where the previous piece ends</source>
        <translation>其中截至 %1 的日志不会被使用：可恢复时间点止于上一个归档分片的结束处</translation>
    </message>
    <message>
        <source>the log it holds is not used: restorable points end where the previous piece ends</source>
        <translation>其中的日志不会被使用：可恢复时间点止于上一个归档分片的结束处</translation>
    </message>
    <message>
        <source>Active piece %1: %2, so OceanBase takes the piece as empty (its checkpoint_info.&lt;scn&gt; files alone are not read) and %3. Copy checkpoint_info.0.obarc of this piece again from the original backup location.</source>
        <translation>活跃归档分片 %1：%2，因此 OceanBase 将该分片视为空（仅有 checkpoint_info.&lt;scn&gt; 文件不会被读取），%3。请从原备份路径重新复制该分片的 checkpoint_info.0.obarc。</translation>
    </message>
    <message>
        <source>a body</source>
        <translation>一段内容</translation>
    </message>
    <message>
        <source>answered with an empty body (%1), not an S3 listing</source>
        <translation>应答内容为空（%1），不是 S3 列表</translation>
    </message>
    <message>
        <source>answered with %1 &quot;%2&quot;, not an S3 listing (%3)</source>
        <translation>应答为 %1“%2”，不是 S3 列表（%3）</translation>
    </message>
    <message>
        <source>no XML element</source>
        <translation>没有 XML 元素</translation>
    </message>
    <message>
        <source>the listing is not valid XML (%1, line %2)</source>
        <translation>列表不是有效的 XML（%1，第 %2 行）</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>应答大于 %1 字节</translation>
    </message>
    <message>
        <source>not sent: the scan&apos;s request limit is reached</source>
        <translation>未发送：已达到扫描的请求上限</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2), which object storage does not send</source>
        <translation>%1 应答了重定向（HTTP %2），对象存储不会发送重定向</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) to %3, which object storage does not send</source>
        <translation>%1 应答了指向 %3 的重定向（HTTP %2），对象存储不会发送重定向</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with &quot;%3&quot;</source>
        <translation>%1 应答 HTTP %2，内容为“%3”</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 应答 %2</translation>
    </message>
    <message>
        <source>%1 sent a listing page larger than %2 MiB (an S3 page of 1,000 keys is well under 1 MiB)</source>
        <translation>%1 发送的列表页大于 %2 MiB（包含 1,000 个键的 S3 列表页远小于 1 MiB）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 said the listing goes on (IsTruncated) but gave no continuation token, after %n page(s)</source>
        <translation>
            <numerusform>%1 在 %n 页后表示列表未结束（IsTruncated），但没有给出续传令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 repeated a continuation token it had given before, after %n page(s): the listing would never end</source>
        <translation>
            <numerusform>%1 在 %n 页后重复了之前给出的续传令牌：列表将永远不会结束</numerusform>
        </translation>
    </message>
    <message>
        <source>the listing was stopped after %1 page(s) and %2 entries, more than any OceanBase backup folder holds (at most %3 pages or %4 entries are read)</source>
        <translation>列表在 %1 页、%2 个条目后停止，超过了任何 OceanBase 备份文件夹所含的数量（最多读取 %3 页或 %4 个条目）</translation>
    </message>
    <message>
        <source>The description holds %1: write it without.</source>
        <translation>描述中含有 %1：请去掉它。</translation>
    </message>
    <message>
        <source>A name holds %1, which cannot be part of a name.</source>
        <translation>名称中含有 %1，它不能作为名称的一部分。</translation>
    </message>
    <message>
        <source>The secret access key holds &quot;&amp;&quot;: OceanBase ends a location&apos;s parameter at &quot;&amp;&quot;, so it would read only the part before it and the restore could not use this key. A key with &quot;&amp;&quot; cannot be used with OceanBase: create another key.</source>
        <translation>Secret Access Key 中含有“&amp;”：OceanBase 在“&amp;”处结束备份路径参数的值，因此只会读取它之前的部分，恢复无法使用此密钥。含有“&amp;”的密钥不能用于 OceanBase：请创建另一个密钥。</translation>
    </message>
    <message>
        <source>The secret access key holds a control character (a line break?), which cannot stand in a location: check the key file or variable.</source>
        <translation>Secret Access Key 中含有控制字符（换行？），它不能出现在备份路径中：请检查密钥文件或环境变量。</translation>
    </message>
    <message>
        <source>Copy the piece&apos;s checkpoint_info.0.obarc again from the original backup location.</source>
        <translation>请从原备份路径重新复制该归档分片的 checkpoint_info.0.obarc。</translation>
    </message>
    <message>
        <source>Parse a folder closer to the backup root.</source>
        <translation>请解析更靠近备份根目录的文件夹。</translation>
    </message>
    <message>
        <source>Parse a folder closer to one tenant&apos;s backup, or check what the endpoint answers.</source>
        <translation>请解析更靠近单个租户备份的文件夹，或检查端点的应答。</translation>
    </message>
    <message>
        <source>Parse again with a longer time limit (--timeout), or a folder closer to the backup.</source>
        <translation>请使用更长的时间上限（--timeout）重新解析，或解析更靠近备份的文件夹。</translation>
    </message>
    <message>
        <source>Parse a folder closer to one tenant&apos;s backup, or check what fills this folder.</source>
        <translation>请解析更靠近单个租户备份的文件夹，或检查是什么填满了该文件夹。</translation>
    </message>
    <message>
        <source>Parse the link&apos;s target itself if it holds a backup.</source>
        <translation>如果链接的目标中有备份，请直接解析该目标。</translation>
    </message>
    <message>
        <source>Check that host= is the object storage&apos;s own endpoint, with the right port and scheme.</source>
        <translation>请检查 host= 是否为对象存储本身的端点，端口和协议是否正确。</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>a byte-order mark</source>
        <translation>字节顺序标记</translation>
    </message>
    <message>
        <source>a bidirectional override</source>
        <translation>双向文字控制符</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 answered only over HTTPS, but host= names no scheme: OceanBase 4.2 to 4.4 reach such a host over plain HTTP and would not reach it (whether newer versions do is not confirmed). Write host=https://%1 in the location OceanBase restores from.</source>
        <translation>%1 只通过 HTTPS 应答，但 host= 未写协议：OceanBase 4.2 至 4.4 会用明文 HTTP 访问这样的主机，因而无法访问它（更新版本是否如此尚未确认）。请在 OceanBase 恢复所用的备份路径中写 host=https://%1。</translation>
    </message>
    <message>
        <source>%1; over %2 too: %3</source>
        <translation>%1；改用 %2 也失败：%3</translation>
    </message>
    <message>
        <source>With *.* OceanBase ignores every REMAP (for a recovery of everything it copies no remap into the job), so the tables would come back under their old names. Name the databases to recover instead (app.*, crm.*), then remap them.</source>
        <translation>使用 *.* 时 OceanBase 会忽略所有 REMAP（恢复全部表时不会把任何重映射写入任务），表将以原名恢复。请改为列出要恢复的数据库（app.*、crm.*），再对它们重映射。</translation>
    </message>
    <message>
        <source>REMAP TABLE %1:%2 renames a database that is not recovered whole; add %1 to the tables.</source>
        <translation>REMAP TABLE %1:%2 重命名的数据库并未整体恢复；请把 %1 加入要恢复的表。</translation>
    </message>
    <message>
        <source>REMAP TABLE %1:%2 leads into %2, which is recovered itself; remove one of the two.</source>
        <translation>REMAP TABLE %1:%2 指向 %2，而它本身也在恢复之列；请去掉两者之一。</translation>
    </message>
    <message>
        <source>REMAP TABLE %1:%2 renames a table that is recovered only through %3.*: OceanBase remaps tables named one by one. Name %1 in the tables instead of %3.*, or remap the whole database (%3.*:newdb.*).</source>
        <translation>REMAP TABLE %1:%2 重命名的表只是通过 %3.* 恢复的：OceanBase 只重映射逐个列出的表。请在要恢复的表中列出 %1 而不是 %3.*，或重映射整个数据库（%3.*:newdb.*）。</translation>
    </message>
    <message>
        <source>REMAP TABLE %1:%2 leads to %3.%4, which is recovered itself; remove one of the two.</source>
        <translation>REMAP TABLE %1:%2 指向 %3.%4，而它本身也在恢复之列；请去掉两者之一。</translation>
    </message>
    <message>
        <source>WITH KEY FROM exists from OceanBase 4.2.0 on; the target is %1.</source>
        <translation>WITH KEY FROM 从 OceanBase 4.2.0 起才有；目标集群为 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: OceanBase has no obs:// storage type, so a restore from it fails (invalid backup destination). Reach Huawei Cloud OBS through s3://, with its endpoint as host=: s3://bucket/path?host=obs.&lt;region&gt;.myhuaweicloud.com&amp;access_id=…&amp;access_key=….</source>
        <translation>“%1”：OceanBase 没有 obs:// 存储类型，从它恢复会失败（无效的备份目的地）。请通过 s3:// 访问华为云 OBS，并把其端点写作 host=：s3://bucket/path?host=obs.&lt;region&gt;.myhuaweicloud.com&amp;access_id=…&amp;access_key=…。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a storage type obrestore does not know. Use file:///path, a plain absolute path, or oss://, s3://, cos://.</source>
        <translation>“%1”使用了 obrestore 不认识的存储类型。请使用 file:///path、普通绝对路径，或 oss://、s3://、cos://。</translation>
    </message>
    <message>
        <source>Write host=https://… in the location OceanBase restores from.</source>
        <translation>请在 OceanBase 恢复所用的备份路径中写 host=https://…。</translation>
    </message>
    <message>
        <source>  %1 answered over HTTPS.</source>
        <translation>  %1 通过 HTTPS 应答。</translation>
    </message>
    <message>
        <source>  %1 answered over plain HTTP (host=http://…): the requests are not encrypted; write host=https://%1 to use TLS, in OceanBase&apos;s backup destination too.</source>
        <translation>  %1 通过明文 HTTP 应答（host=http://…）：请求未加密；如需使用 TLS，请写 host=https://%1，OceanBase 的备份目的地中也一样。</translation>
    </message>
    <message>
        <source>  %1 answered over plain HTTP: host= names no scheme, and that is how OceanBase reaches it too. The requests are not encrypted; write host=https://%1 to use TLS, in OceanBase&apos;s backup destination too.</source>
        <translation>  %1 通过明文 HTTP 应答：host= 未写协议，OceanBase 也是这样访问它的。请求未加密；如需使用 TLS，请写 host=https://%1，OceanBase 的备份目的地中也一样。</translation>
    </message>
    <message>
        <source>Without a restore point and without a log archive path, OceanBase looks for the newest backup set, newest first, and stops with an error at set %1: its information file is there but cannot be read (empty or damaged), so the restore to the latest point fails. Copy %2 again from the original backup location, or give an explicit point.</source>
        <translation>没有恢复时间点也没有日志归档路径时，OceanBase 从最新的备份集开始逐个向前查找，并在备份集 %1 处出错停止：它的信息文件存在但无法读取（为空或已损坏），因此恢复到最新时间点会失败。请从原备份路径重新复制 %2，或给出明确的恢复时间点。</translation>
    </message>
    <message>
        <source>%1 is an assume-role location (role_arn=%2): OceanBase&apos;s servers assume that role themselves, and obrestore cannot assume it from this computer. Read the location with an access key that may list and read it (access_id=…&amp;access_key=…, or OBRESTORE_ACCESS_KEY).</source>
        <translation>%1 是通过扮演角色访问的备份路径（role_arn=%2）：由 OceanBase 的服务器自行扮演该角色，obrestore 无法在本机扮演它。请使用有列举和读取权限的访问密钥读取该路径（access_id=…&amp;access_key=…，或 OBRESTORE_ACCESS_KEY）。</translation>
    </message>
    <message>
        <source>OceanBase %1 takes s3_region for s3:// locations only and refuses %2; remove s3_region from it.</source>
        <translation>OceanBase %1 只接受 s3:// 备份路径中的 s3_region，会拒绝 %2；请从中去掉 s3_region。</translation>
    </message>
    <message>
        <source>OceanBase %1 takes appid for cos:// locations only and refuses %2; remove appid from it.</source>
        <translation>OceanBase %1 只接受 cos:// 备份路径中的 appid，会拒绝 %2；请从中去掉 appid。</translation>
    </message>
    <message>
        <source>Quick restore</source>
        <translation>快速恢复</translation>
    </message>
    <message>
        <source>Backup set(s) %1 were made before OceanBase 4.3, and OceanBase restores such sets in full only: it would refuse the quick restore (&quot;quick restore is not allowed&quot;, 4179).</source>
        <translation>备份集 %1 由 OceanBase 4.3 之前的版本生成，OceanBase 只能完整恢复这样的备份集：它会拒绝快速恢复（“quick restore is not allowed”，4179）。</translation>
    </message>
    <message>
        <source>Clear Quick restore in the advanced restore options of the target page.</source>
        <translation>请在目标页的高级恢复选项中取消“快速恢复”。</translation>
    </message>
    <message>
        <source>Not checked: the source does not say which version made backup set(s) %1; OceanBase refuses a quick restore of a set made before 4.3.</source>
        <translation>未检查：源未说明备份集 %1 由哪个版本生成；OceanBase 会拒绝快速恢复 4.3 之前生成的备份集。</translation>
    </message>
    <message>
        <source>Backup set(s) %1 were made by OceanBase 4.3 or later and can be restored quickly.</source>
        <translation>备份集 %1 由 OceanBase 4.3 或更高版本生成，可以快速恢复。</translation>
    </message>
    <message>
        <source>Transparent encryption options</source>
        <translation>透明加密选项</translation>
    </message>
    <message>
        <source>The target runs a Community Edition build, which has no transparent data encryption: it accepts WITH KEY FROM and the KMS information and ignores them, so they have no effect here.</source>
        <translation>目标集群运行的是社区版，没有透明数据加密：它接受 WITH KEY FROM 和 KMS 信息但会忽略它们，因此在这里不起作用。</translation>
    </message>
    <message>
        <source>Leave them out, or restore a TDE-encrypted tenant into an Enterprise Edition cluster.</source>
        <translation>请去掉这些选项，或把使用透明加密的租户恢复到企业版集群。</translation>
    </message>
    <message>
        <source>the sys tenant</source>
        <translation>sys 租户</translation>
    </message>
    <message>
        <source>%1&apos;s meta tenant</source>
        <translation>%1 的 Meta 租户</translation>
    </message>
    <message>
        <source>Data version</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>The cluster is being upgraded (enable_upgrade_mode is on): OceanBase refuses a table recovery meanwhile.</source>
        <translation>集群正在升级（enable_upgrade_mode 已打开）：在此期间 OceanBase 拒绝表级恢复。</translation>
    </message>
    <message>
        <source>Finish the upgrade first (ALTER SYSTEM END UPGRADE), then recover the tables.</source>
        <translation>请先完成升级（ALTER SYSTEM END UPGRADE），再恢复这些表。</translation>
    </message>
    <message>
        <source>The data version (COMPATIBLE) of %1 is below 4.2.1.0: OceanBase refuses RECOVER TABLE and its cancel (&quot;Tenant COMPATIBLE is below 4.2.1.0, recover table is not supported&quot;, 1235), whatever the binaries&apos; version.</source>
        <translation>%1 的数据版本（COMPATIBLE）低于 4.2.1.0：无论二进制版本如何，OceanBase 都会拒绝 RECOVER TABLE 及其取消（“Tenant COMPATIBLE is below 4.2.1.0, recover table is not supported”，1235）。</translation>
    </message>
    <message>
        <source>Finish the upgrade of those tenants (ALTER SYSTEM RUN UPGRADE JOB &quot;UPGRADE_ALL&quot; and the post-upgrade steps), then recover the tables.</source>
        <translation>请先完成这些租户的升级（ALTER SYSTEM RUN UPGRADE JOB &quot;UPGRADE_ALL&quot; 及升级后步骤），再恢复这些表。</translation>
    </message>
    <message>
        <source>Not checked for %1: the target did not list its data version (COMPATIBLE), which must be 4.2.1.0 or later.</source>
        <translation>未检查 %1：目标集群没有列出其数据版本（COMPATIBLE），它必须为 4.2.1.0 或更高。</translation>
    </message>
    <message>
        <source>Run on the target: SELECT TENANT_ID, VALUE FROM oceanbase.GV$OB_PARAMETERS WHERE NAME = &apos;compatible&apos;;</source>
        <translation>请在目标集群上运行：SELECT TENANT_ID, VALUE FROM oceanbase.GV$OB_PARAMETERS WHERE NAME = &apos;compatible&apos;;</translation>
    </message>
    <message>
        <source>The sys tenant, %1 and its meta tenant are at data version 4.2.1.0 or later.</source>
        <translation>sys 租户、%1 及其 Meta 租户的数据版本均为 4.2.1.0 或更高。</translation>
    </message>
    <message>
        <source>%1 is a standby tenant: OceanBase refuses the statement at once (&quot;recover table to standby tenant is not supported&quot;, 1235).</source>
        <translation>%1 是备租户：OceanBase 会立即拒绝该语句（“recover table to standby tenant is not supported”，1235）。</translation>
    </message>
    <message>
        <source>Activate it first (ALTER SYSTEM ACTIVATE STANDBY TENANT %1), or pick a primary tenant.</source>
        <translation>请先将它激活为主租户（ALTER SYSTEM ACTIVATE STANDBY TENANT %1），或选择一个主租户。</translation>
    </message>
    <message>
        <source>The sys tenant could not read %1&apos;s databases and tables (%2), so they were not checked. OceanBase %3 fails the import, after the auxiliary tenant&apos;s restore, if a target database is missing (1049) or a target table exists (1050).</source>
        <translation>sys 租户无法读取 %1 的数据库和表（%2），因此未检查它们。如果目标数据库不存在（1049）或目标表已存在（1050），OceanBase %3 会在辅助租户恢复完成后导入失败。</translation>
    </message>
    <message>
        <source>%1 has no database %2. OceanBase %3 accepts the statement, restores the auxiliary tenant, and only then fails the import (1049, Unknown database): hours lost.</source>
        <translation>%1 中没有数据库 %2。OceanBase %3 会接受该语句、恢复辅助租户，然后才导入失败（1049，Unknown database）：白白耗费数小时。</translation>
    </message>
    <message>
        <source>%1 already has %2. OceanBase %3 accepts the statement, restores the auxiliary tenant, and only then fails the import of that table (1050, table exists): hours lost.</source>
        <translation>%1 中已有 %2。OceanBase %3 会接受该语句、恢复辅助租户，然后才在导入该表时失败（1050，表已存在）：白白耗费数小时。</translation>
    </message>
    <message>
        <source>The backed-up tenant and the receiving tenant compare names differently (lower_case_table_names), so OceanBase refused the import after restoring the auxiliary tenant.</source>
        <translation>备份的租户与接收表的租户比较名称的方式不同（lower_case_table_names），因此 OceanBase 在恢复辅助租户后拒绝了导入。</translation>
    </message>
    <message>
        <source>Recover into a tenant with the same lower_case_table_names as the backed-up tenant, or restore the whole tenant under a new name.</source>
        <translation>请恢复到 lower_case_table_names 与备份的租户相同的租户，或以新名称恢复整个租户。</translation>
    </message>
    <message>
        <source>The backed-up tenant and the receiving tenant are of different compatibility modes (MySQL, Oracle), so OceanBase refused the import after restoring the auxiliary tenant.</source>
        <translation>备份的租户与接收表的租户兼容模式不同（MySQL、Oracle），因此 OceanBase 在恢复辅助租户后拒绝了导入。</translation>
    </message>
    <message>
        <source>Name case</source>
        <translation>名称大小写</translation>
    </message>
    <message>
        <source>%1&apos;s lower_case_table_names could not be read, so it was not compared with the backed-up tenant&apos;s; OceanBase fails the recovery after the auxiliary tenant&apos;s restore if they differ.</source>
        <translation>无法读取 %1 的 lower_case_table_names，因此未与备份的租户比较；如果两者不同，OceanBase 会在辅助租户恢复后使表级恢复失败。</translation>
    </message>
    <message>
        <source>In %1 and in the backed-up tenant, run SHOW VARIABLES LIKE &apos;lower_case_table_names&apos;; they must be equal.</source>
        <translation>请在 %1 和备份的租户中运行 SHOW VARIABLES LIKE &apos;lower_case_table_names&apos;；两者必须相同。</translation>
    </message>
    <message>
        <source>The backup does not record the backed-up tenant&apos;s lower_case_table_names, so it was not compared with %1&apos;s (%2); OceanBase compares them only after the auxiliary tenant&apos;s restore, and fails the recovery if they differ.</source>
        <translation>备份没有记录备份的租户的 lower_case_table_names，因此未与 %1 的（%2）比较；OceanBase 只在辅助租户恢复后比较两者，如果不同则表级恢复失败。</translation>
    </message>
    <message>
        <source>Check it on the source tenant (SHOW VARIABLES LIKE &apos;lower_case_table_names&apos;), or read the source online (scenario 1), where obrestore compares it.</source>
        <translation>请在源租户上检查（SHOW VARIABLES LIKE &apos;lower_case_table_names&apos;），或在线读取源集群（场景 1），obrestore 会在那里比较它。</translation>
    </message>
    <message>
        <source>The backed-up tenant has lower_case_table_names = %1 and %2 has %3: OceanBase would restore the auxiliary tenant and then fail the recovery (&quot;recover from different case sensitive compatibility tenant is not supported&quot;).</source>
        <translation>备份的租户的 lower_case_table_names = %1，而 %2 的为 %3：OceanBase 会先恢复辅助租户，然后使表级恢复失败（“recover from different case sensitive compatibility tenant is not supported”）。</translation>
    </message>
    <message>
        <source>Recover into a tenant with the same lower_case_table_names (it is fixed when a tenant is created), or restore the whole tenant under a new name.</source>
        <translation>请恢复到 lower_case_table_names 相同的租户（它在创建租户时确定），或以新名称恢复整个租户。</translation>
    </message>
    <message>
        <source>The backed-up tenant and %1 compare names alike (lower_case_table_names = %2).</source>
        <translation>备份的租户与 %1 比较名称的方式相同（lower_case_table_names = %2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: * stands for every table of a database: write database.*.</source>
        <translation>“%1”：* 表示一个数据库的全部表，请写成 database.*。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not database.table, database.* or a name.</source>
        <translation>“%1”不是 database.table、database.* 或单个名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a tablegroup or tablespace remap takes one name on each side (old:new).</source>
        <translation>“%1”：表组或表空间的重映射两边各只写一个名称（旧:新）。</translation>
    </message>
    <message>
        <source>%1 (impossible: later than %2, when it was read; the server&apos;s clock or time zone is off)</source>
        <translation>%1（不可能：晚于读取时的 %2；服务器的时钟或时区有误）</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>语句</translation>
    </message>
    <message numerus="yes">
        <source>The %n statement(s) the next page shows are written for OceanBase %1.</source>
        <translation>
            <numerusform>下一页展示的 %n 条语句已按 OceanBase %1 生成。</numerusform>
        </translation>
    </message>
    <message>
        <source>The statements cannot be written: %1</source>
        <translation>无法生成语句：%1</translation>
    </message>
    <message>
        <source>Change the plan and run the checks again.</source>
        <translation>请修改方案后重新运行检查。</translation>
    </message>
    <message>
        <source>Change %1.</source>
        <translation>请修改%1。</translation>
    </message>
    <message>
        <source>Change %1 on %2.</source>
        <translation>请在%2修改%1。</translation>
    </message>
    <message>
        <source>the Source page</source>
        <translation>“源”页</translation>
    </message>
    <message>
        <source>the Tenant page</source>
        <translation>“租户”页</translation>
    </message>
    <message>
        <source>the Tables page</source>
        <translation>“表”页</translation>
    </message>
    <message>
        <source>the Target page</source>
        <translation>“目标集群”页</translation>
    </message>
    <message>
        <source>Backup locations</source>
        <translation>备份路径</translation>
    </message>
    <message>
        <source>Unit config</source>
        <translation>资源单元规格</translation>
    </message>
    <message>
        <source>Primary zone</source>
        <translation>Primary Zone</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发度</translation>
    </message>
    <message>
        <source>Key backup path</source>
        <translation>密钥备份路径</translation>
    </message>
    <message>
        <source>KMS information</source>
        <translation>KMS 信息</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Tables and databases</source>
        <translation>表和数据库</translation>
    </message>
    <message>
        <source>Remaps</source>
        <translation>重映射</translation>
    </message>
    <message>
        <source>, </source>
        <comment>the separator between the items of a list in running text</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; holds the key as the source cluster stores it encrypted (encrypt_key=), which OceanBase refuses in a restore: give its access_key instead.</source>
        <translation>备份路径“%1”带的是源集群加密保存的密钥（encrypt_key=），OceanBase 恢复时拒绝这种形式：请改为提供其 access_key。</translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; names no endpoint (host=).</source>
        <translation>备份路径“%1”未指定 endpoint（host=）。</translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; has no access key (access_id= and access_key=): OceanBase cannot read it.</source>
        <translation>备份路径“%1”没有访问密钥（access_id= 和 access_key=）：OceanBase 无法读取。</translation>
    </message>
    <message>
        <source>This key is for %1://%2 (host=%3), not for %4.</source>
        <translation>该密钥属于 %1://%2（host=%3），而不是 %4。</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key of %1.</source>
        <translation>请输入 %1 的 AccessKey ID 和 AccessKey Secret。</translation>
    </message>
    <message>
        <source>the source cluster keeps its access key encrypted (encrypt_key=), which OceanBase refuses in a restore&apos;s FROM</source>
        <translation>源集群以加密形式（encrypt_key=）保存其访问密钥，而 OceanBase 恢复的 FROM 拒绝这种形式</translation>
    </message>
    <message>
        <source>the source cluster keeps no access key for it that can be read</source>
        <translation>源集群没有保存可读取的访问密钥</translation>
    </message>
    <message>
        <source>%1: %2, and its access key ID is not known either. A restore that reads it cannot be written: give its location with access_id= and access_key= (inspect it offline).</source>
        <translation>%1：%2，且其 AccessKey ID 也未知。读取它的恢复语句无法生成：请给出带 access_id= 和 access_key= 的路径（离线检查）。</translation>
    </message>
    <message>
        <source>%1: %2. A restore that reads it needs the secret access key of %3: give it with OBRESTORE_ACCESS_KEY or --access-key-file %4=FILE.</source>
        <translation>%1：%2。读取它的恢复需要 %3 的 AccessKey Secret：请用 OBRESTORE_ACCESS_KEY 或 --access-key-file %4=FILE 提供。</translation>
    </message>
    <message>
        <source>Give the bucket&apos;s secret access key (OBRESTORE_ACCESS_KEY, --access-key-file, or Enter key… in the wizard).</source>
        <translation>请提供该存储桶的 AccessKey Secret（OBRESTORE_ACCESS_KEY、--access-key-file，或向导中的“输入密钥…”）。</translation>
    </message>
    <message>
        <source>Source cluster: %1, read from its views (CDB_OB_BACKUP_SET_FILES, CDB_OB_ARCHIVELOG_PIECE_FILES). Times are shown in %2.</source>
        <translation>源集群：%1，从其视图读取（CDB_OB_BACKUP_SET_FILES、CDB_OB_ARCHIVELOG_PIECE_FILES）。时间以 %2 显示。</translation>
    </message>
    <message>
        <source>answered with &lt;%1&gt;%2, not a listing (%3)</source>
        <translation>应答为 &lt;%1&gt;%2，不是列表（%3）</translation>
    </message>
    <message>
        <source>%1 has no access_id= parameter: give the storage account&apos;s name.</source>
        <translation>%1 没有 access_id= 参数：请给出存储账户名。</translation>
    </message>
    <message>
        <source>The access_key of %1 is not an Azure storage account key (a base64 text, as the portal&apos;s Access keys page shows it).</source>
        <translation>%1 的 access_key 不是 Azure 存储账户密钥（应为 base64 文本，即门户“访问密钥”页面所示）。</translation>
    </message>
    <message>
        <source>The backup location &quot;%1&quot; must start with file://, oss://, cos://, s3:// or azblob://.</source>
        <translation>备份路径“%1”必须以 file://、oss://、cos://、s3:// 或 azblob:// 开头。</translation>
    </message>
    <message>
        <source>OceanBase %1 cannot read %2: Azure Blob (azblob://) is read from 4.2.5.6 on the 4.2 line and from 4.3.5.3 (4.3.5 BP3) on. Copy the backup to a storage the target reads, or restore into a newer cluster.</source>
        <translation>OceanBase %1 无法读取 %2：Azure Blob（azblob://）在 4.2 系列从 4.2.5.6 起、在 4.3 系列从 4.3.5.3（4.3.5 BP3）起才可读取。请把备份复制到目标集群可读取的存储，或恢复到更新的集群。</translation>
    </message>
    <message>
        <source>Copy the backup to a local path, NFS, an S3-compatible bucket (S3, OSS, COS) or Azure Blob and parse that.</source>
        <translation>把备份复制到本地路径、NFS、兼容 S3 的桶（S3、OSS、COS）或 Azure Blob，再解析它。</translation>
    </message>
</context>
<context>
    <name>obrestore::CancelRestoreDialog</name>
    <message>
        <source>Cancel restore</source>
        <translation>取消恢复</translation>
    </message>
    <message>
        <source>Cancelling drops the tenant &lt;b&gt;%1&lt;/b&gt; that is being restored, with everything restored so far. It cannot be undone. The resource pool stays.&lt;br&gt;&lt;br&gt;obrestore will run:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Type the tenant&apos;s name to confirm:</source>
        <translation>取消恢复会删除正在恢复的租户 &lt;b&gt;%1&lt;/b&gt; 及已恢复的全部内容，且无法撤销。资源池会保留。&lt;br&gt;&lt;br&gt;obrestore 将执行：&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;&lt;br&gt;请输入租户名确认：</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>取消恢复</translation>
    </message>
    <message>
        <source>Keep restoring</source>
        <translation>继续恢复</translation>
    </message>
    <message>
        <source>Cancel table recovery</source>
        <translation>取消表级恢复</translation>
    </message>
    <message>
        <source>Cancelling stops the table recovery into &lt;b&gt;%1&lt;/b&gt;: the auxiliary tenant is dropped and tables not yet imported stay missing; %1 itself and its other tables are left alone. The auxiliary tenant&apos;s resource pool stays.&lt;br&gt;&lt;br&gt;obrestore will run:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Type the receiving tenant&apos;s name to confirm:</source>
        <translation>取消会停止恢复到 &lt;b&gt;%1&lt;/b&gt; 的表级恢复：辅助租户被删除，尚未导入的表仍然缺失；%1 本身及其其他表不受影响。辅助租户的资源池保留。&lt;br&gt;&lt;br&gt;obrestore 将执行：&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;&lt;br&gt;输入目标租户的名称以确认：</translation>
    </message>
    <message>
        <source>Cancel the recovery</source>
        <translation>取消恢复</translation>
    </message>
    <message>
        <source>Keep recovering</source>
        <translation>继续恢复</translation>
    </message>
    <message>
        <source>Type %1 exactly to cancel the recovery; Escape keeps it running.</source>
        <translation>请准确输入 %1 以取消表级恢复；按 Esc 则继续恢复。</translation>
    </message>
    <message>
        <source>Type %1 exactly to cancel the restore; Escape keeps it running.</source>
        <translation>请准确输入 %1 以取消恢复；按 Esc 则继续恢复。</translation>
    </message>
</context>
<context>
    <name>obrestore::Cli</name>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation>&lt;命令&gt;</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>没有指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema_version 1).</source>
        <translation>以 JSON 格式输出报告（schema_version 1）。</translation>
    </message>
    <message>
        <source>Also check that the backup can be restored into a cluster of this version, e.g. 4.2.1.0.</source>
        <translation>同时检查备份能否恢复到该版本的集群，例如 4.2.1.0。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Time zone for displayed times: UTC, +08:00, Asia/Shanghai (default: local). JSON always carries UTC too.</source>
        <translation>显示时间所用的时区：UTC、+08:00、Asia/Shanghai（默认：本地时区）。JSON 中始终同时给出 UTC 时间。</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>URI...</source>
        <translation>URI...</translation>
    </message>
    <message>
        <source>Give at least one backup location.</source>
        <translation>请至少指定一个备份路径。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use UTC, an offset such as +08:00, or a name such as Asia/Shanghai.</source>
        <translation>未知时区 &quot;%1&quot;：请使用 UTC、+08:00 这样的偏移，或 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OceanBase version such as 4.2.1.0.</source>
        <translation>&quot;%1&quot; 不是 4.2.1.0 这样的 OceanBase 版本号。</translation>
    </message>
    <message>
        <source>Prints, one per line, exactly the statements the wizard would run on the target&apos;s sys tenant for a restore plan (SET DECRYPTION, then ALTER SYSTEM RESTORE). Secrets print as &apos;******&apos;.
Exit status: 0, or 2 with a one-line reason for invalid input.</source>
        <translation>逐行输出向导在目标集群 sys 租户上为该恢复方案执行的语句（先 SET DECRYPTION，再 ALTER SYSTEM RESTORE）。密码等敏感信息显示为 &apos;******&apos;。
退出码：0；输入无效时为 2，并输出一行原因。</translation>
    </message>
    <message>
        <source>The new tenant&apos;s name (required).</source>
        <translation>新租户的名称（必填）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A data or archive URI; repeat for several.</source>
        <translation>数据备份或日志归档的 URI；多个可重复指定。</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Restore point as an SCN.</source>
        <translation>以 SCN 表示的恢复时间点。</translation>
    </message>
    <message>
        <source>scn</source>
        <translation>scn</translation>
    </message>
    <message>
        <source>Restore point as &apos;YYYY-MM-DD HH:MM:SS[.ffffff]&apos;.</source>
        <translation>以 &apos;YYYY-MM-DD HH:MM:SS[.ffffff]&apos; 表示的恢复时间点。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Resource pools, comma-separated (required).</source>
        <translation>资源池，以逗号分隔（必填）。</translation>
    </message>
    <message>
        <source>pools</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Primary zone of the new tenant.</source>
        <translation>新租户的 Primary Zone。</translation>
    </message>
    <message>
        <source>Locality of the new tenant.</source>
        <translation>新租户的 Locality。</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>locality</translation>
    </message>
    <message>
        <source>Restore concurrency, 0 to 100 (4.1+).</source>
        <translation>恢复并发度，0 到 100（4.1 及以上）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>DESCRIPTION clause.</source>
        <translation>DESCRIPTION 子句。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Target cluster version: selects the dialect (default 4.3.3.0).</source>
        <translation>目标集群版本：决定使用的语法（默认 4.3.3.0）。</translation>
    </message>
    <message>
        <source>3.x: the backed-up tenant&apos;s name.</source>
        <translation>3.x：被备份租户的名称。</translation>
    </message>
    <message>
        <source>3.x: the source cluster&apos;s name.</source>
        <translation>3.x：源集群的名称。</translation>
    </message>
    <message>
        <source>3.x: the source cluster&apos;s id.</source>
        <translation>3.x：源集群的 ID。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print the PREVIEW form instead.</source>
        <translation>改为输出 PREVIEW（恢复预览）形式。</translation>
    </message>
    <message>
        <source>Print the cancel statement for --tenant on --target-version.</source>
        <translation>输出在 --target-version 版本上取消 --tenant 恢复的语句。</translation>
    </message>
    <message>
        <source>Print passwords and keys instead of &apos;******&apos;.</source>
        <translation>输出密码和密钥原文，而不是 &apos;******&apos;。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Give --until-scn or --until-time, not both.</source>
        <translation>--until-scn 和 --until-time 只能指定一个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SCN (a positive whole number).</source>
        <translation>&quot;%1&quot; 不是 SCN（正整数）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a concurrency (0 to 100).</source>
        <translation>&quot;%1&quot; 不是有效的并发度（0 到 100）。</translation>
    </message>
    <message>
        <source>The target&apos;s host (an OBServer or OBProxy).</source>
        <translation>目标集群的主机（OBServer 或 OBProxy）。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>SQL port (default 2881).</source>
        <translation>SQL 端口（默认 2881）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>A sys tenant user (default root@sys).</source>
        <translation>sys 租户用户（默认 root@sys）。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>从该文件的第一行读取密码。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Seconds between samples (default 2).</source>
        <translation>采样间隔秒数（默认 2）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Print one JSON object per sample instead of the bar.</source>
        <translation>每次采样打印一个 JSON 对象，而不是进度条。</translation>
    </message>
    <message>
        <source>Give the tenant being restored with --tenant.</source>
        <translation>请用 --tenant 指定正在恢复的租户。</translation>
    </message>
    <message>
        <source>The interval is in seconds, from 0.2 to 3600.</source>
        <translation>间隔以秒为单位，范围 0.2 到 3600。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id.</source>
        <translation>&quot;%1&quot; 不是任务 ID。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Connection back after %1.</source>
        <translation>连接已在 %1 后恢复。</translation>
    </message>
    <message>
        <source>%1 Job %2 of %3: %4</source>
        <translation>%1 %3 的任务 %2：%4</translation>
    </message>
    <message>
        <source>%1 data %2 | log %3 | elapsed %4</source>
        <translation>%1 数据 %2 | 日志 %3 | 已用 %4</translation>
    </message>
    <message>
        <source> | left %1</source>
        <translation> | 剩余 %1</translation>
    </message>
    <message>
        <source> | no progress since %1</source>
        <translation> | 自 %1 起无进展</translation>
    </message>
    <message>
        <source>Data restore: %1</source>
        <translation>数据恢复：%1</translation>
    </message>
    <message>
        <source>Log recovery: %1</source>
        <translation>日志恢复：%1</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>后续步骤：</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>The resource pool(s) %1 remain; drop them or reuse them.</source>
        <translation>资源池 %1 仍然保留；可以删除或重新使用。</translation>
    </message>
    <message>
        <source>Reads one or more backup locations offline and reports the tenants, backup sets, archive pieces, restorable windows and every finding, with its cause and fix. With --until-scn or --until-time it also says, per tenant, exactly what a restore to that point reads (OceanBase&apos;s own choice, offline).
Exit status: 0 when a tenant has a restorable window (into --target-version, to the --until point, with --verify its files present), 3 when none has, 2 for misuse.</source>
        <translation>离线读取一个或多个备份路径，报告租户、备份集、归档分片、可恢复时间段以及每项发现及其原因和解决方法。指定 --until-scn 或 --until-time 时，还会按租户说明恢复到该时间点时究竟读取哪些内容（离线得出的 OceanBase 自身选择）。
退出状态：有租户存在可恢复时间段（可恢复到 --target-version、可恢复到 --until 时间点、指定 --verify 时文件齐全）时为 0，没有时为 3，用法错误时为 2。</translation>
    </message>
    <message>
        <source>Also report what a restore to this SCN reads, per tenant.</source>
        <translation>同时按租户报告恢复到该 SCN 时读取哪些内容。</translation>
    </message>
    <message>
        <source>Also report what a restore to this time (YYYY-MM-DD HH:MM:SS[.ffffff], in --time-zone) reads, per tenant.</source>
        <translation>同时按租户报告恢复到该时间（YYYY-MM-DD HH:MM:SS[.ffffff]，按 --time-zone）时读取哪些内容。</translation>
    </message>
    <message>
        <source>With --until-…: only this tenant (name or id).</source>
        <translation>与 --until-… 一起使用：只看该租户（名称或 ID）。</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>With --until-…: also check, without reading data, that the files the restore opens are present.</source>
        <translation>与 --until-… 一起使用：同时在不读取数据的前提下检查恢复要打开的文件是否存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SCN: give a positive whole number of nanoseconds.</source>
        <translation>&quot;%1&quot; 不是 SCN：请给出以纳秒为单位的正整数。</translation>
    </message>
    <message>
        <source>--tenant and --verify need --until-scn or --until-time.</source>
        <translation>--tenant 和 --verify 需要与 --until-scn 或 --until-time 一起使用。</translation>
    </message>
    <message>
        <source>Quick restore: add method=quick (4.3.3+).</source>
        <translation>快速恢复：添加 method=quick（4.3.3 及以上）。</translation>
    </message>
    <message>
        <source>The backup of the tenant&apos;s encryption keys (WITH KEY FROM, 4.2.1+).</source>
        <translation>租户加密密钥的备份（WITH KEY FROM，4.2.1 及以上）。</translation>
    </message>
    <message>
        <source>The password of that key backup (ENCRYPTED BY).</source>
        <translation>该密钥备份的密码（ENCRYPTED BY）。</translation>
    </message>
    <message>
        <source>The KMS information for a tenant with transparent encryption: SET @kms_encrypt_info and kms_encrypt=true.</source>
        <translation>透明加密租户的 KMS 信息：SET @kms_encrypt_info 并添加 kms_encrypt=true。</translation>
    </message>
    <message>
        <source>Read the object storage secret access key from this file (its first line), for locations without access_key=. OBRESTORE_ACCESS_KEY works too.</source>
        <translation>从此文件（第一行）读取对象存储的 AccessKey Secret，用于没有 access_key= 的路径。也可以用 OBRESTORE_ACCESS_KEY 环境变量。</translation>
    </message>
    <message>
        <source>Cannot read the access key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a restore time of the form YYYY-MM-DD HH:MM:SS[.ffffff].</source>
        <translation>&quot;%1&quot; 不是 YYYY-MM-DD HH:MM:SS[.ffffff] 格式的恢复时间点。</translation>
    </message>
    <message>
        <source>Note: a value above holds a backslash or a line break, written as a backslash escape. Run the statements in a session whose sql_mode does not contain NO_BACKSLASH_ESCAPES (SELECT @@sql_mode; to check).</source>
        <translation>注意：上面的某个值含有反斜杠或换行符，已写成反斜杠转义。请在 sql_mode 不含 NO_BACKSLASH_ESCAPES 的会话中执行这些语句（可用 SELECT @@sql_mode; 检查）。</translation>
    </message>
    <message>
        <source>Print the current state once and exit (exit status 5 while it runs).</source>
        <translation>打印一次当前状态后退出（恢复仍在进行时退出状态为 5）。</translation>
    </message>
    <message>
        <source>Once the cluster stops answering, keep retrying for this many seconds, then exit with status 4 and the last known state (default 600; 0 retries for ever).</source>
        <translation>集群不再应答后，继续重试这么多秒，然后以状态 4 退出并给出最后已知的状态（默认 600；0 表示一直重试）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: give a number from 1 to 65535.</source>
        <translation>“%1”不是端口：请给出 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--give-up-after is in seconds, from 0 (never) to 604800 (a week).</source>
        <translation>--give-up-after 以秒为单位，取值 0（从不放弃）到 604800（一周）。</translation>
    </message>
    <message>
        <source>Gave up: %1 has not answered for %2 (--give-up-after).</source>
        <translation>已放弃：%1 已有 %2 未应答（--give-up-after）。</translation>
    </message>
    <message>
        <source>Last known state (%1): job %2 of %3, %4; data restore: %5; log recovery: %6.</source>
        <translation>最后已知的状态（%1）：%3 的任务 %2，%4；数据恢复：%5；日志恢复：%6。</translation>
    </message>
    <message>
        <source>The restore itself goes on on the cluster: run obrestore watch again once it is reachable.</source>
        <translation>恢复本身仍在集群上进行：集群可访问后请再次运行 obrestore watch。</translation>
    </message>
    <message>
        <source>%1 Connection lost: %2 Retrying (for %3 so far)…</source>
        <translation>%1 连接已断开：%2 正在重试（已重试 %3）…</translation>
    </message>
    <message>
        <source>Writes one .zip a support engineer can attach to a ticket: manifest.json (what was collected, the versions, the time zone, what could not be collected and why), README.txt, the inspect report of the locations, and what the target cluster says about its restores. Every password, access key and other secret is replaced by ****** in every file. The cluster password comes from OBRESTORE_PASSWORD or --password-file.
Exit status: 0 written, 2 misuse, 4 nothing at all could be collected.</source>
        <translation>写入一个可附在支持工单中的 .zip：manifest.json（收集了什么、版本、时区、哪些未能收集及原因）、README.txt、备份路径的检查报告，以及目标集群关于其恢复的信息。每个文件中的所有密码、访问密钥和其他机密都替换为 ******。集群密码来自 OBRESTORE_PASSWORD 或 --password-file。
退出状态：0 已写入，2 用法错误，4 什么都未能收集。</translation>
    </message>
    <message>
        <source>The archive to write (required), e.g. ticket.zip.</source>
        <translation>要写入的压缩包（必需），例如 ticket.zip。</translation>
    </message>
    <message>
        <source>A target cluster to read (an OBServer or OBProxy).</source>
        <translation>要读取的目标集群（OBServer 或 OBProxy）。</translation>
    </message>
    <message>
        <source>Read the cluster password from the first line of this file.</source>
        <translation>从此文件的第一行读取集群密码。</translation>
    </message>
    <message>
        <source>Only this tenant&apos;s restore jobs.</source>
        <translation>只包含该租户的恢复任务。</translation>
    </message>
    <message>
        <source>Only this restore job.</source>
        <translation>只包含该恢复任务。</translation>
    </message>
    <message>
        <source>Time zone for displayed times (default: local).</source>
        <translation>显示时间所用的时区（默认：本地）。</translation>
    </message>
    <message>
        <source>The object storage secret access key, for locations without access_key= (OBRESTORE_ACCESS_KEY works too).</source>
        <translation>对象存储的秘密访问密钥，用于不含 access_key= 的路径（也可用 OBRESTORE_ACCESS_KEY）。</translation>
    </message>
    <message>
        <source>Backup locations to include, as for inspect.</source>
        <translation>要包含的备份路径，写法同 inspect。</translation>
    </message>
    <message>
        <source>[URI...]</source>
        <translation>[URI...]</translation>
    </message>
    <message>
        <source>Give the archive to write with --out FILE.zip.</source>
        <translation>请用 --out FILE.zip 给出要写入的压缩包。</translation>
    </message>
    <message>
        <source>Give backup locations, a cluster (--host), or both.</source>
        <translation>请给出备份路径、集群（--host），或两者都给出。</translation>
    </message>
    <message>
        <source>Not collected: %1 (%2)</source>
        <translation>未收集：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n file(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 个文件）。</numerusform>
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
        <translation>读取 OceanBase 备份路径，并准备、执行和跟踪租户恢复。
命令：
  inspect    离线读取备份路径：租户、可恢复时间窗口、诊断
  sql        打印向导为某个恢复计划会执行的语句
  watch      用文本进度条跟踪集群上正在进行的恢复
  bundle     为工单写入支持包（.zip），所有机密均已脱敏
  help       显示此帮助
运行 &quot;obrestore &lt;命令&gt; --help&quot; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Table-level recovery (4.2.1+): db.tbl, db.* or *.*, comma-separated; prints ALTER SYSTEM RECOVER TABLE.</source>
        <translation>表级恢复（4.2.1+）：db.tbl、db.* 或 *.*，以逗号分隔；输出 ALTER SYSTEM RECOVER TABLE。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>With --recover-table: the existing tenant that receives the tables.</source>
        <translation>与 --recover-table 一起使用：接收这些表的已有租户。</translation>
    </message>
    <message>
        <source>With --recover-table: REMAP TABLE old:new (db.t:newdb.newt, db.t:newt, db.*:newdb.*); repeatable.</source>
        <translation>与 --recover-table 一起使用：REMAP TABLE 旧名:新名（db.t:newdb.newt、db.t:newt、db.*:newdb.*）；可重复。</translation>
    </message>
    <message>
        <source>old:new</source>
        <translation>旧名:新名</translation>
    </message>
    <message>
        <source>With --recover-table: REMAP TABLEGROUP old:new; repeatable.</source>
        <translation>与 --recover-table 一起使用：REMAP TABLEGROUP 旧名:新名；可重复。</translation>
    </message>
    <message>
        <source>With --recover-table: REMAP TABLESPACE old:new; repeatable.</source>
        <translation>与 --recover-table 一起使用：REMAP TABLESPACE 旧名:新名；可重复。</translation>
    </message>
    <message>
        <source>--to-tenant and the --remap-… options belong to --recover-table.</source>
        <translation>--to-tenant 和 --remap-… 选项只用于 --recover-table。</translation>
    </message>
    <message>
        <source>With --recover-table the receiving tenant is --to-tenant; --tenant is not used.</source>
        <translation>使用 --recover-table 时目标租户由 --to-tenant 指定；不使用 --tenant。</translation>
    </message>
    <message>
        <source>--preview, --quick and the 3.x options are for a tenant restore, not --recover-table.</source>
        <translation>--preview、--quick 和 3.x 选项用于租户恢复，不用于 --recover-table。</translation>
    </message>
    <message>
        <source>--recover-table needs --to-tenant, the existing tenant that receives the tables.</source>
        <translation>--recover-table 需要 --to-tenant，即接收这些表的已有租户。</translation>
    </message>
    <message>
        <source>The auxiliary tenant takes one resource pool (--pool-list P).</source>
        <translation>辅助租户只使用一个资源池（--pool-list P）。</translation>
    </message>
    <message>
        <source>Follows a restore (or, with --recover-table, a table-level recovery) on the target&apos;s sys tenant with a text progress bar until it ends, as the wizard&apos;s progress page does. The password is read from the OBRESTORE_PASSWORD environment variable, from --password-file, or asked for on the terminal.
Exit status: 0 the restore succeeded, 1 it failed or was cancelled, 2 misuse, 3 no such restore, 4 the cluster could not be read (at the start, or for longer than --give-up-after), 5 with --once: the restore is still running.</source>
        <translation>在目标集群的 sys 租户上用文本进度条跟踪一次恢复（使用 --recover-table 时为表级恢复），直到结束，与向导的进度页相同。密码取自环境变量 OBRESTORE_PASSWORD、--password-file，或在终端上询问。
退出状态：0 恢复成功，1 失败或已取消，2 用法错误，3 没有这个恢复，4 无法读取集群（开始时，或超过 --give-up-after），5 使用 --once 时：恢复仍在进行。</translation>
    </message>
    <message>
        <source>The tenant being restored; with --recover-table, the tenant receiving the tables (required).</source>
        <translation>正在恢复的租户；使用 --recover-table 时为接收表的租户（必填）。</translation>
    </message>
    <message>
        <source>The restore job id (default: the tenant&apos;s newest job); with --recover-table, the recovery&apos;s sys job id.</source>
        <translation>恢复任务 ID（默认：该租户最新的任务）；使用 --recover-table 时为表级恢复的 sys 任务 ID。</translation>
    </message>
    <message>
        <source>Follow a table-level recovery (RECOVER TABLE, 4.2.1+) into --tenant through its phases: the auxiliary tenant&apos;s restore, the import, each table.</source>
        <translation>跟踪恢复到 --tenant 的表级恢复（RECOVER TABLE，4.2.1+）的各个阶段：辅助租户的恢复、导入、每张表。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>  table %1 → %2: %3, indexes %4/%5, constraints %6/%7</source>
        <translation>  表 %1 → %2：%3，索引 %4/%5，约束 %6/%7</translation>
    </message>
    <message>
        <source>Table %1 → %2 failed: %3</source>
        <translation>表 %1 → %2 失败：%3</translation>
    </message>
    <message>
        <source>  table %1 → %2: indexes %3/%4, constraints %5/%6</source>
        <translation>  表 %1 → %2：索引 %3/%4，约束 %5/%6</translation>
    </message>
    <message>
        <source>The auxiliary tenant was dropped; its resource pool %1 remains: drop it or reuse it.</source>
        <translation>辅助租户已被删除；其资源池 %1 仍保留：可删除或重复使用。</translation>
    </message>
    <message>
        <source>Table-level recovery exists from OceanBase 4.2.1 on; %1 runs %2.</source>
        <translation>表级恢复从 OceanBase 4.2.1 起才有；%1 运行的是 %2。</translation>
    </message>
    <message>
        <source>A backup password; repeat for several. Visible to ps and the shell history: prefer the three below.</source>
        <translation>备份密码；多个时重复该选项。ps 和 shell 历史可见：请优先使用下面三种方式。</translation>
    </message>
    <message>
        <source>Read the backup passwords from this file, one per line. OBRESTORE_DECRYPTION (one per line) works too.</source>
        <translation>从该文件读取备份密码，每行一个。也可用 OBRESTORE_DECRYPTION（每行一个）。</translation>
    </message>
    <message>
        <source>Ask for a backup password on the terminal, without echo.</source>
        <translation>在终端上询问备份密码，不回显。</translation>
    </message>
    <message>
        <source>Cannot read the decryption password file %1: %2</source>
        <translation>无法读取解密密码文件 %1：%2</translation>
    </message>
    <message>
        <source>Backup (decryption) password: </source>
        <translation>备份（解密）密码：</translation>
    </message>
    <message>
        <source>--decryption-prompt needs a terminal and a password typed at it.</source>
        <translation>--decryption-prompt 需要终端，并在其中输入密码。</translation>
    </message>
    <message>
        <source>End the scan after this many seconds with what it has read, reported as SCAN_TIMEOUT (default 900).</source>
        <translation>扫描在此秒数后结束，保留已读取的内容，并报告 SCAN_TIMEOUT（默认 900）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time limit: give whole seconds, 1 or more.</source>
        <translation>“%1”不是时间上限：请给出不小于 1 的整秒数。</translation>
    </message>
    <message>
        <source>Read the source cluster&apos;s views instead of a backup location (scenario 1): its tenants, backup sets and archive pieces, each object-storage destination with the key the cluster keeps readable. The password comes from OBRESTORE_PASSWORD, --password-file, or a prompt. Exit status 4 when the cluster cannot be read.</source>
        <translation>读取源集群的视图而不是备份路径（场景 1）：其租户、备份集和归档 piece，以及每个对象存储目的地及集群中可读取的密钥。密码来自 OBRESTORE_PASSWORD、--password-file 或提示输入。无法读取集群时退出码为 4。</translation>
    </message>
    <message>
        <source>With --online: the source cluster&apos;s host.</source>
        <translation>与 --online 一起使用：源集群的主机。</translation>
    </message>
    <message>
        <source>With --online: its SQL port (default 2881).</source>
        <translation>与 --online 一起使用：其 SQL 端口（默认 2881）。</translation>
    </message>
    <message>
        <source>With --online: a sys tenant user (default root@sys).</source>
        <translation>与 --online 一起使用：sys 租户用户（默认 root@sys）。</translation>
    </message>
    <message>
        <source>With --online: read the password from the first line of this file.</source>
        <translation>与 --online 一起使用：从该文件第一行读取密码。</translation>
    </message>
    <message>
        <source>--online reads the source cluster&apos;s views: give no backup location with it.</source>
        <translation>--online 读取源集群的视图：不要同时给出备份路径。</translation>
    </message>
    <message>
        <source>--%1 goes with --online.</source>
        <translation>--%1 须与 --online 一起使用。</translation>
    </message>
    <message>
        <source>--access-key-file BUCKET=FILE is for --online; a location takes its key as access_key= or from FILE.</source>
        <translation>--access-key-file BUCKET=FILE 用于 --online；备份路径的密钥写在 access_key= 中或来自 FILE。</translation>
    </message>
    <message>
        <source>A backup location: file:///path, a path (a relative one is taken from the current folder and reported absolute), any folder above the destinations, or object storage as OceanBase writes it (s3://bucket/path?host=…&amp;access_id=…&amp;access_key=…, oss://, cos://, azblob://container/path?host=https://ACCOUNT.blob.core.windows.net&amp;access_id=ACCOUNT&amp;access_key=KEY).</source>
        <translation>备份路径：file:///path、一个路径（相对路径以当前文件夹为基准，并以绝对路径报告）、备份目的地之上的任意文件夹，或按 OceanBase 写法给出的对象存储（s3://bucket/path?host=…&amp;access_id=…&amp;access_key=…、oss://、cos://、azblob://container/path?host=https://ACCOUNT.blob.core.windows.net&amp;access_id=ACCOUNT&amp;access_key=KEY）。</translation>
    </message>
</context>
<context>
    <name>obrestore::ConnectionForm</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>选择 PEM 文件</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Host and port:</source>
        <translation>主机和端口：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>root@sys</source>
        <translation>root@sys</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>从不保存</translation>
    </message>
    <message>
        <source>The host of an OBServer or OBProxy of the cluster; recent connections are in the list.</source>
        <translation>集群中某个 OBServer 或 OBProxy 的主机；列表中有最近的连接。</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>使用 TLS</translation>
    </message>
    <message>
        <source>TLS (PEM files)</source>
        <translation>TLS（PEM 文件）</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <source>required: the server&apos;s certificate is verified against it</source>
        <translation>必填：用它校验服务器证书</translation>
    </message>
    <message>
        <source>optional, together with the key</source>
        <translation>可选，须与私钥一起提供</translation>
    </message>
    <message>
        <source>optional, together with the certificate</source>
        <translation>可选，须与证书一起提供</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Connected: OceanBase %1.</source>
        <translation>已连接：OceanBase %1。</translation>
    </message>
</context>
<context>
    <name>obrestore::DemoBanner</name>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; A simulated OceanBase %1 cluster listens on %2:%3 (user %4, no password) and a sample backup location is at %5. Nothing here touches a real cluster.</source>
        <translation>&lt;b&gt;演示模式。&lt;/b&gt;模拟的 OceanBase %1 集群监听在 %2:%3（用户 %4，无密码），示例备份路径位于 %5。这里的任何操作都不会影响真实集群。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode: something has gone.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;演示模式：有内容已不存在。&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>obrestore::DiagnosticsPanel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>已将 %1 复制到剪贴板。</translation>
    </message>
    <message>
        <source>There is no parse result to export.</source>
        <translation>没有可导出的解析结果。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Inspect report (*.json)</source>
        <translation>检查报告 (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1.json and %1.txt.</source>
        <translation>已写入 %1.json 和 %1.txt。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Cause and fix</source>
        <translation>原因与处理</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation>诊断：无</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Write the inspect report (JSON and text) for a support ticket. It never contains passwords.</source>
        <translation>写出检查报告（JSON 和文本），用于提交支持工单。报告中从不包含密码。</translation>
    </message>
    <message>
        <source>Export support bundle</source>
        <translation>导出支持包</translation>
    </message>
    <message>
        <source>Support bundle (*.zip)</source>
        <translation>支持包 (*.zip)</translation>
    </message>
    <message>
        <source>Writing the support bundle…</source>
        <translation>正在写入支持包…</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>导出支持包…</translation>
    </message>
    <message>
        <source>Write one .zip for a support ticket: the inspect report, a manifest and a README, with every secret replaced by ******.</source>
        <translation>为支持工单写入一个 .zip：检查报告、清单和说明文件，所有机密均替换为 ******。</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n):</source>
        <translation>
            <numerusform>诊断（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy finding</source>
        <translation>复制诊断</translation>
    </message>
    <message>
        <source>Copy the selected finding (severity, code, tenant, path, cause and fix) for a ticket.</source>
        <translation>复制选中的诊断（级别、代码、租户、路径、原因和修复方法），用于工单。</translation>
    </message>
</context>
<context>
    <name>obrestore::ObjectStorageForm</name>
    <message>
        <source>Enter the endpoint of the object storage.</source>
        <translation>请输入对象存储的 Endpoint。</translation>
    </message>
    <message>
        <source>Enter the bucket name (without slashes).</source>
        <translation>请输入存储桶名（不含斜杠）。</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key.</source>
        <translation>请输入 AccessKey ID 和 AccessKey Secret。</translation>
    </message>
    <message>
        <source>&quot;&amp;&quot; and &quot;?&quot; cannot appear in the fields: OceanBase splits the location&apos;s parameters at them.</source>
        <translation>各字段中不能出现“&amp;”和“?”：OceanBase 以它们分隔路径参数。</translation>
    </message>
    <message>
        <source>Listing the location…</source>
        <translation>正在列举该路径…</translation>
    </message>
    <message>
        <source>Object storage location</source>
        <translation>对象存储路径</translation>
    </message>
    <message>
        <source>Amazon S3 (s3://)</source>
        <translation>Amazon S3（s3://）</translation>
    </message>
    <message>
        <source>S3-compatible: MinIO, Ceph, GCS… (s3://)</source>
        <translation>兼容 S3：MinIO、Ceph、GCS…（s3://）</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS (oss://)</source>
        <translation>阿里云 OSS（oss://）</translation>
    </message>
    <message>
        <source>Tencent Cloud COS (cos://)</source>
        <translation>腾讯云 COS（cos://）</translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket.host)</source>
        <translation>虚拟主机风格（bucket.host）</translation>
    </message>
    <message>
        <source>Path (host/bucket)</source>
        <translation>路径风格（host/bucket）</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务商：</translation>
    </message>
    <message>
        <source>Endpoint (host):</source>
        <translation>Endpoint（host）：</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>存储桶：</translation>
    </message>
    <message>
        <source>Path in the bucket:</source>
        <translation>存储桶内路径：</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <source>Region (optional):</source>
        <translation>地域（可选）：</translation>
    </message>
    <message>
        <source>Addressing:</source>
        <translation>访问方式：</translation>
    </message>
    <message>
        <source>APPID:</source>
        <translation>APPID：</translation>
    </message>
    <message>
        <source>backup/data or a folder above the destinations</source>
        <translation>backup/data 或备份路径的上级目录</translation>
    </message>
    <message>
        <source>kept in memory only, never saved</source>
        <translation>只保存在内存中，从不写入磁盘</translation>
    </message>
    <message>
        <source>from the endpoint, else us-east-1</source>
        <translation>从 Endpoint 推断，否则为 us-east-1</translation>
    </message>
    <message>
        <source>Test access</source>
        <translation>测试访问</translation>
    </message>
    <message>
        <source>Add location</source>
        <translation>添加路径</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Huawei Cloud OBS (s3://)</source>
        <translation>华为云 OBS（s3://）</translation>
    </message>
    <message>
        <source>Access key of %1</source>
        <translation>%1 的访问密钥</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>使用此密钥</translation>
    </message>
    <message>
        <source>Azure Blob Storage (azblob://)</source>
        <translation>Azure Blob 存储（azblob://）</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>容器：</translation>
    </message>
    <message>
        <source>Path in the container:</source>
        <translation>容器内路径：</translation>
    </message>
    <message>
        <source>Storage account:</source>
        <translation>存储账户：</translation>
    </message>
    <message>
        <source>Account key:</source>
        <translation>账户密钥：</translation>
    </message>
</context>
<context>
    <name>obrestore::PreChecksPage</name>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
处理：%2</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>预检查</translation>
    </message>
    <message>
        <source>Version compatibility, tenant name, running jobs, resources, restore point, parameters, decryption and the server&apos;s own restore preview.</source>
        <translation>版本兼容性、租户名、运行中的任务、资源、恢复时间点、参数、解密，以及服务器自身的恢复预览。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Explanation and fix</source>
        <translation>说明与处理</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Checking on %1…</source>
        <translation>正在 %1 上检查…</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>无法执行检查：%1</translation>
    </message>
    <message numerus="yes">
        <source>No check failed; read the %n warning(s) before you go on.</source>
        <translation>
            <numerusform>没有检查失败；继续之前请阅读 %n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The recycle bin first, then version, receiving tenant, compatibility mode, target databases and tables, other recoveries, the auxiliary tenant&apos;s pool, restore point and decryption.</source>
        <translation>先查回收站，再检查版本、目标租户、兼容模式、目标数据库和表、其他表级恢复、辅助租户的资源池、恢复时间点和解密。</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>转到%1</translation>
    </message>
    <message>
        <source>Go back to %1 and change %2 there.</source>
        <translation>返回%1修改%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: fix them (select one and go to its field, or go Back) and run the checks again.</source>
        <translation>
            <numerusform>%n 项检查未通过：请处理（选中一项转到对应字段，或返回上一步），然后重新运行检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>obrestore::ProgressChart</name>
    <message>
        <source>Creating tenant</source>
        <translation>创建租户</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接断开</translation>
    </message>
    <message>
        <source>Data restore (%)</source>
        <translation>数据恢复 (%)</translation>
    </message>
    <message>
        <source>Log recovery (%)</source>
        <translation>日志恢复 (%)</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>进度 (%)</translation>
    </message>
    <message>
        <source>Drag to zoom into a stretch of time; right-click to follow the restore again.</source>
        <translation>拖动可放大一段时间；右键单击恢复为跟随当前进度。</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>Auxiliary tenant</source>
        <translation>辅助租户</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>激活中</translation>
    </message>
    <message>
        <source>Import set-up</source>
        <translation>导入准备</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>取消中</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>未监控</translation>
    </message>
</context>
<context>
    <name>obrestore::ProgressView</name>
    <message>
        <source>(numbering not confirmed for this version)</source>
        <translation>（此版本的编号未经确认）</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>错误 %1：%2</translation>
    </message>
    <message>
        <source>The progress of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的进度：%2</translation>
    </message>
    <message>
        <source>Waiting for the first answer about the restore of %1…</source>
        <translation>正在等待 %1 恢复的第一次应答…</translation>
    </message>
    <message>
        <source>Restore job %1 of %2: %3</source>
        <translation>%2 的恢复任务 %1：%3</translation>
    </message>
    <message>
        <source>Connection to %1 lost at %2: %3 Reconnecting on its own; nothing collected so far is lost.</source>
        <translation>与 %1 的连接在 %2 断开：%3 正在自动重连，已采集的数据不会丢失。</translation>
    </message>
    <message>
        <source>No progress since %1 (%2). The restore may be stuck; see what to check.</source>
        <translation>自 %1 起没有进展（%2）。恢复可能卡住了，请查看检查项。</translation>
    </message>
    <message>
        <source>%1 (job %2) on %3</source>
        <translation>%1（任务 %2），%3</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>暂不可知</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Finished at %1.</source>
        <translation>完成于 %1。</translation>
    </message>
    <message>
        <source>Next steps, ready to run on the target&apos;s sys tenant:</source>
        <translation>后续步骤，可直接在目标集群的 sys 租户中执行：</translation>
    </message>
    <message>
        <source>The tenant is ready to use.</source>
        <translation>租户已可使用。</translation>
    </message>
    <message>
        <source>The tenant %1 was dropped by the cancel.</source>
        <translation>取消恢复已删除租户 %1。</translation>
    </message>
    <message>
        <source>The resource pool(s) %1 remain: drop them, or use them for the next restore.</source>
        <translation>资源池 %1 仍然保留：可以删除，或用于下一次恢复。</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>解决办法：%1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>Server comment: %1</source>
        <translation>服务器说明：%1</translation>
    </message>
    <message>
        <source>Cancelling the restore of %1…</source>
        <translation>正在取消 %1 的恢复…</translation>
    </message>
    <message>
        <source>Sent %1 Following the job until it has left the progress view.</source>
        <translation>已发送 %1 将持续跟踪该任务，直到它离开进度视图。</translation>
    </message>
    <message>
        <source>The restore was not cancelled: %1</source>
        <translation>恢复未被取消：%1</translation>
    </message>
    <message>
        <source>Drop resource pools</source>
        <translation>删除资源池</translation>
    </message>
    <message>
        <source>Drop the resource pool(s) %1 on %2? Their unit config stays.</source>
        <translation>删除 %2 上的资源池 %1？其资源单元规格会保留。</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <source>The pools were not all dropped: %1</source>
        <translation>资源池未全部删除：%1</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Whole restore</source>
        <translation>整个恢复</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Sample every</source>
        <translation>采样间隔</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Warn after no progress for</source>
        <translation>无进展告警时间</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Cancel restore…</source>
        <translation>取消恢复…</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Drop resource pool(s)…</source>
        <translation>删除资源池…</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Job status:</source>
        <translation>任务状态：</translation>
    </message>
    <message>
        <source>Tenant status:</source>
        <translation>租户状态：</translation>
    </message>
    <message>
        <source>Data restore:</source>
        <translation>数据恢复：</translation>
    </message>
    <message>
        <source>Log recovery:</source>
        <translation>日志恢复：</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>已用时间：</translation>
    </message>
    <message>
        <source>Throughput:</source>
        <translation>速率：</translation>
    </message>
    <message>
        <source>Estimated time left:</source>
        <translation>预计剩余时间：</translation>
    </message>
    <message>
        <source>Last sample:</source>
        <translation>最近采样：</translation>
    </message>
    <message>
        <source>Log stream</source>
        <translation>日志流</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tablets</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Replayed up to</source>
        <translation>已回放到</translation>
    </message>
    <message>
        <source>, quick restore (method=quick)</source>
        <translation>，快速恢复（method=quick）</translation>
    </message>
    <message>
        <source>Export support bundle</source>
        <translation>导出支持包</translation>
    </message>
    <message>
        <source>Support bundle (*.zip)</source>
        <translation>支持包 (*.zip)</translation>
    </message>
    <message>
        <source>the samples this window collected: progress points, phases, connection gaps</source>
        <translation>本窗口收集的采样：进度点、阶段、连接中断</translation>
    </message>
    <message>
        <source>the statements this window sent (cancel, drop pools)</source>
        <translation>本窗口发送的语句（取消、删除资源池）</translation>
    </message>
    <message>
        <source>Writing the support bundle…</source>
        <translation>正在写入支持包…</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>导出支持包…</translation>
    </message>
    <message>
        <source>Write one .zip for a support ticket: this job&apos;s rows and events on the cluster, the samples collected here, with every secret replaced by ******.</source>
        <translation>为支持工单写入一个 .zip：该任务在集群上的行和事件、此处收集的采样，所有机密均替换为 ******。</translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2: %3</source>
        <translation>恢复到 %2 的表级恢复任务 %1：%3</translation>
    </message>
    <message>
        <source>%1: restored</source>
        <translation>%1：已恢复</translation>
    </message>
    <message>
        <source>%1: not created yet</source>
        <translation>%1：尚未创建</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Finished at %1: %2 imported into %3. The auxiliary tenant was dropped.</source>
        <translation>于 %1 完成：%2 已导入 %3。辅助租户已被删除。</translation>
    </message>
    <message>
        <source>The auxiliary tenant&apos;s resource pool %1 remains: drop it, or use it for the next recovery.</source>
        <translation>辅助租户的资源池 %1 仍保留：可以删除它，或用于下一次恢复。</translation>
    </message>
    <message>
        <source>The recovery into %1 was cancelled; the auxiliary tenant was dropped, %1 was left alone.</source>
        <translation>恢复到 %1 的表级恢复已取消；辅助租户已被删除，%1 未受影响。</translation>
    </message>
    <message>
        <source>Cancelling the table recovery into %1…</source>
        <translation>正在取消恢复到 %1 的表级恢复…</translation>
    </message>
    <message>
        <source>Auxiliary tenant:</source>
        <translation>辅助租户：</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <source>Table in the backup</source>
        <translation>备份中的表</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Cancel recovery…</source>
        <translation>取消恢复…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>dropped by the cancel</source>
        <translation>已被取消操作删除</translation>
    </message>
    <message>
        <source>not measured (the job has ended)</source>
        <translation>未测得（任务已结束）</translation>
    </message>
    <message>
        <source>Cancelled with %1</source>
        <translation>已通过 %1 取消</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep the pools</source>
        <translation>保留资源池</translation>
    </message>
    <message>
        <source>No restore is being followed yet.</source>
        <translation>尚未跟踪任何恢复。</translation>
    </message>
    <message>
        <source>%1: dropped when the job ended</source>
        <translation>%1：任务结束时已删除</translation>
    </message>
    <message>
        <source>done (the auxiliary tenant was restored)</source>
        <translation>已完成（辅助租户已恢复）</translation>
    </message>
    <message>
        <source>%1 (restoring the auxiliary tenant)</source>
        <translation>%1（恢复辅助租户时）</translation>
    </message>
    <message>
        <source>The unit config(s) %1 of these pools remain, used by no pool now; to drop them: %2</source>
        <translation>这些资源池的资源单元规格 %1 仍然保留，目前没有资源池使用；如需删除：%2</translation>
    </message>
</context>
<context>
    <name>obrestore::ProgressWindow</name>
    <message>
        <source>Restore of %1 — obrestore</source>
        <translation>%1 的恢复 — obrestore</translation>
    </message>
</context>
<context>
    <name>obrestore::RestoreJobsDialog</name>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Restore jobs</source>
        <translation>恢复任务</translation>
    </message>
    <message>
        <source>Show restore jobs</source>
        <translation>显示恢复任务</translation>
    </message>
    <message>
        <source>Running (%1)</source>
        <translation>运行中（%1）</translation>
    </message>
    <message>
        <source>Restore history (%1)</source>
        <translation>恢复历史（%1）</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Connect to a target cluster&apos;s sys tenant to see its running restores and its restore history. A running restore can be monitored again, for example after the wizard was closed.</source>
        <translation>连接目标集群的 sys 租户，查看正在运行的恢复和恢复历史。正在运行的恢复可以重新监控，例如在关闭向导之后。</translation>
    </message>
    <message>
        <source>%1 running, %2 in the history on %3 (OceanBase %4). Select a running restore and choose Monitor.</source>
        <translation>%3（OceanBase %4）上有 %1 个正在运行，恢复历史中有 %2 个。选择一个正在运行的恢复，然后点击“监控”。</translation>
    </message>
    <message>
        <source>Export support bundle</source>
        <translation>导出支持包</translation>
    </message>
    <message>
        <source>Support bundle (*.zip)</source>
        <translation>支持包 (*.zip)</translation>
    </message>
    <message>
        <source>Writing the support bundle…</source>
        <translation>正在写入支持包…</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>导出支持包…</translation>
    </message>
    <message>
        <source>Write one .zip for a support ticket: the selected job&apos;s rows and the cluster&apos;s restore events (every job when none is selected), with every secret replaced by ******.</source>
        <translation>为支持工单写入一个 .zip：所选任务的行和集群的恢复事件（未选择时包含所有任务），所有机密均替换为 ******。</translation>
    </message>
    <message>
        <source>%1 ← %2 (table recovery)</source>
        <translation>%1 ← %2（表级恢复）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 — cancelled</source>
        <translation>%1 — 已取消</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Started (%1)</source>
        <translation>开始时间（%1）</translation>
    </message>
    <message>
        <source>Finished (%1)</source>
        <translation>结束时间（%1）</translation>
    </message>
    <message>
        <source>Server&apos;s comment: %1</source>
        <translation>服务器的说明：%1</translation>
    </message>
</context>
<context>
    <name>obrestore::RestoreWizard</name>
    <message>
        <source>obrestore — Restore an OceanBase tenant</source>
        <translation>obrestore — 恢复 OceanBase 租户</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Switch the language of the wizard. The choice is remembered.</source>
        <translation>切换向导的语言。选择会被记住。</translation>
    </message>
    <message>
        <source>obrestore — Restore an OceanBase tenant (demo)</source>
        <translation>obrestore — 恢复 OceanBase 租户（演示）</translation>
    </message>
    <message>
        <source>%1 (job %2) on %3</source>
        <translation>%1（任务 %2），%3</translation>
    </message>
    <message>
        <source>When obrestore last closed, it was watching: %1. &lt;a href=&quot;#jobs&quot;&gt;Show the restore jobs&lt;/a&gt; to follow them again.</source>
        <translation>obrestore 上次关闭时正在监控：%1。&lt;a href=&quot;#jobs&quot;&gt;显示恢复任务&lt;/a&gt;以继续跟踪。</translation>
    </message>
    <message>
        <source>Restore jobs…</source>
        <translation>恢复任务…</translation>
    </message>
    <message>
        <source>Running restores and the restore history of a target cluster; monitor a running restore again.</source>
        <translation>目标集群正在运行的恢复和恢复历史；可重新监控正在运行的恢复。</translation>
    </message>
    <message>
        <source>the table recovery into %1 (job %2) on %3</source>
        <translation>%3 上恢复到 %1 的表级恢复（任务 %2）</translation>
    </message>
    <message>
        <source>Running on the demo cluster now: %1. &lt;a href=&quot;#jobs&quot;&gt;Show the restore jobs&lt;/a&gt; to follow them.</source>
        <translation>演示集群上正在运行：%1。&lt;a href=&quot;#jobs&quot;&gt;查看恢复任务&lt;/a&gt;以继续跟踪。</translation>
    </message>
    <message>
        <source>the table recovery into %1 (job %2)</source>
        <translation>恢复到 %1 的表级恢复（任务 %2）</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1（任务 %2）</translation>
    </message>
    <message>
        <source>Close (the recovery continues)</source>
        <translation>关闭（表级恢复继续运行）</translation>
    </message>
    <message>
        <source>Close (the restore continues)</source>
        <translation>关闭（恢复继续运行）</translation>
    </message>
    <message>
        <source>Closes the wizard only: the job runs on in the cluster, and the next start (or Restore jobs…) finds it again. To stop it, use Cancel restore.</source>
        <translation>只关闭向导：任务在集群中继续运行，下次启动（或“恢复任务…”）会重新找到它。要停止它，请使用“取消恢复”。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>obrestore::RunPage</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Starting the restore of %1…</source>
        <translation>正在发起 %1 的恢复…</translation>
    </message>
    <message>
        <source>The server may take a while to accept the statement (it waits until the tenant is created).</source>
        <translation>服务器接受该语句可能需要一些时间（它会等到租户创建完成）。</translation>
    </message>
    <message>
        <source>The restore did not start.</source>
        <translation>恢复未能发起。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>处理：%1</translation>
    </message>
    <message>
        <source>Nothing is sent again on its own: go Back, fix the plan and start again, or look for the job on the target.</source>
        <translation>不会自动重新发送任何语句：请返回上一步修改方案后重新发起，或在目标集群上查找该任务。</translation>
    </message>
    <message>
        <source>Restore job %1 of %2 started.</source>
        <translation>%2 的恢复任务 %1 已发起。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>结束时间：%1</translation>
    </message>
    <message>
        <source>The restore runs on the target cluster; closing the wizard does not stop it, and the next start finds it again.</source>
        <translation>恢复在目标集群上运行；关闭向导不会停止它，下次启动时会重新找到它。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Statements sent</source>
        <translation>已发送的语句</translation>
    </message>
    <message>
        <source>the statements that started this restore (secrets masked)</source>
        <translation>启动本次恢复的语句（机密已脱敏）</translation>
    </message>
    <message>
        <source>the parse of the backup locations the restore was planned from</source>
        <translation>规划本次恢复时所依据的备份路径解析结果</translation>
    </message>
    <message>
        <source>the pre-check results before the restore started</source>
        <translation>恢复开始前的预检查结果</translation>
    </message>
    <message>
        <source>Table recovery</source>
        <translation>表级恢复</translation>
    </message>
    <message>
        <source>The recovery runs on the target cluster; closing the wizard does not stop it, and the restore jobs view finds it again.</source>
        <translation>表级恢复在目标集群上运行；关闭向导不会停止它，恢复任务视图可再次找到它。</translation>
    </message>
    <message>
        <source>Starting the table recovery into %1…</source>
        <translation>正在发起恢复到 %1 的表级恢复…</translation>
    </message>
    <message>
        <source>Table recovery job %1 into %2 started.</source>
        <translation>恢复到 %2 的表级恢复任务 %1 已发起。</translation>
    </message>
</context>
<context>
    <name>obrestore::ScenarioPage</name>
    <message>
        <source>Choose a restore scenario</source>
        <translation>选择恢复场景</translation>
    </message>
    <message>
        <source>OceanBase&apos;s restore guide names three situations. Pick the one that matches yours: it decides where obrestore reads the backups from.</source>
        <translation>OceanBase 的恢复指南列出了三种场景。请选择与您的情况相符的一种：它决定 obrestore 从哪里读取备份。</translation>
    </message>
    <message>
        <source>1. The source cluster is online (managed by OCP)</source>
        <translation>1. 源集群在线（由 OCP 管理）</translation>
    </message>
    <message>
        <source>The cluster that made the backups is still running. obrestore connects to its sys tenant and reads the tenants, backup sets, archive pieces and backup paths live from the CDB_OB_BACKUP_SET_FILES, CDB_OB_ARCHIVELOG_PIECE_FILES and backup parameter views, so the restorable windows are exactly what the source cluster knows.</source>
        <translation>生成备份的集群仍在运行。obrestore 连接其 sys 租户，从 CDB_OB_BACKUP_SET_FILES、CDB_OB_ARCHIVELOG_PIECE_FILES 和备份参数视图中实时读取租户、备份集、归档分片和备份路径，因此可恢复时间段与源集群所知的完全一致。</translation>
    </message>
    <message>
        <source>2. The source cluster is deleted or offline</source>
        <translation>2. 源集群已删除或离线</translation>
    </message>
    <message>
        <source>Only the backup files are left. obrestore parses the backup location (NFS or a local folder) offline, finds every tenant&apos;s data backup path and log archive path, computes the restorable windows with OceanBase&apos;s own rule, and explains exactly why when a location yields no tenant or no restorable time.</source>
        <translation>只剩下备份文件。obrestore 离线解析备份路径（NFS 或本地目录），找出每个租户的数据备份路径和日志归档路径，按 OceanBase 自身的规则计算可恢复时间段；当解析不出租户或可恢复时间为空时，准确说明原因。</translation>
    </message>
    <message>
        <source>3. The target cluster is not managed by OCP</source>
        <translation>3. 目标集群不由 OCP 管理</translation>
    </message>
    <message>
        <source>The cluster you restore into has no OCP. obrestore drives the restore with SQL on the target&apos;s sys tenant, shows every statement before it runs (secrets masked), lets you copy or export them as a script, and follows the restore&apos;s progress from the views.</source>
        <translation>要恢复到的集群没有 OCP。obrestore 在目标集群的 sys 租户上通过 SQL 发起恢复，执行前展示每条语句（隐藏密码等敏感信息），可复制或导出为脚本，并通过视图跟踪恢复进度。</translation>
    </message>
    <message>
        <source>Not sure? Choose 3 when the cluster you restore into has no OCP, whatever the source. Otherwise choose 1 if you can still log in to the cluster that made the backups, and 2 if you only have the backup files.</source>
        <translation>不确定？只要要恢复到的集群没有 OCP，无论源集群情况如何，都选择 3。否则，如果还能登录生成备份的集群，选择 1；如果只有备份文件，选择 2。</translation>
    </message>
</context>
<context>
    <name>obrestore::SourcePage</name>
    <message>
        <source>Choose a backup location</source>
        <translation>选择备份路径</translation>
    </message>
    <message>
        <source>Enter a backup location first.</source>
        <translation>请先输入备份路径。</translation>
    </message>
    <message numerus="yes">
        <source>Parsing %n location(s)…</source>
        <translation>
            <numerusform>正在解析 %n 个备份路径…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 folders, %2 files listed; %3 destinations, %4 metadata files read</source>
        <translation>已列出 %1 个目录、%2 个文件；已读取 %3 个备份目的地、%4 个元数据文件</translation>
    </message>
    <message>
        <source>No tenant was found. The findings below say why, and how to fix it.</source>
        <translation>未找到任何租户。下面的诊断说明了原因以及处理方法。</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) found, but none has a restorable window. The findings below say why.</source>
        <translation>
            <numerusform>找到 %n 个租户，但没有一个有可恢复时间段。下面的诊断说明了原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) found, %1 with a restorable window. Press Next to choose one.</source>
        <translation>
            <numerusform>找到 %n 个租户，其中 %1 个有可恢复时间段。点击“下一步”选择租户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The parse was cancelled. Nothing was found yet.</source>
        <translation>解析已取消，尚未找到任何内容。</translation>
    </message>
    <message>
        <source>Parsing…</source>
        <translation>正在解析…</translation>
    </message>
    <message>
        <source>Connect to read the source cluster&apos;s tenants and their backups.</source>
        <translation>连接后读取源集群的租户及其备份。</translation>
    </message>
    <message>
        <source>Add one or more backup locations and press Parse.</source>
        <translation>添加一个或多个备份路径，然后点击“解析”。</translation>
    </message>
    <message>
        <source>Source: the source cluster</source>
        <translation>源：源集群</translation>
    </message>
    <message>
        <source>Connect to the source cluster&apos;s sys tenant. Its tenants, backup sets and archive pieces are read from its views.</source>
        <translation>连接源集群的 sys 租户。从其视图中读取租户、备份集和归档分片。</translation>
    </message>
    <message>
        <source>Source: the backup location</source>
        <translation>源：备份路径</translation>
    </message>
    <message>
        <source>Parse the backup location&apos;s files. Nothing is written, and only metadata files are read.</source>
        <translation>解析备份路径中的文件。不写入任何内容，只读取元数据文件。</translation>
    </message>
    <message>
        <source>Read from the source cluster (online)</source>
        <translation>从源集群读取（在线）</translation>
    </message>
    <message>
        <source>Parse the backup location (offline)</source>
        <translation>解析备份路径（离线）</translation>
    </message>
    <message>
        <source>Connect and read backups</source>
        <translation>连接并读取备份</translation>
    </message>
    <message>
        <source>/data/nfs/backup</source>
        <translation>/data/nfs/backup</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Parse</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Cancel parse</source>
        <translation>取消解析</translation>
    </message>
    <message>
        <source>; %1 requests, %2 received</source>
        <translation>；%1 个请求，已接收 %2</translation>
    </message>
    <message>
        <source>Backup locations: a data backup path, a log archive path, or any folder above them (file:///path or /path; an NFS mount works), or object storage: paste OceanBase&apos;s URI (s3://, oss://, cos://) or fill in the object storage form.</source>
        <translation>备份路径：数据备份路径、日志归档路径或它们的任一上级目录（file:///path 或 /path；NFS 挂载也可以），或对象存储：粘贴 OceanBase 的 URI（s3://、oss://、cos://），或填写对象存储表单。</translation>
    </message>
    <message>
        <source>Object storage…</source>
        <translation>对象存储…</translation>
    </message>
    <message>
        <source>Enter the secret access key of %1 in the object storage form (recent locations keep no key).</source>
        <translation>请在对象存储表单中输入 %1 的 AccessKey Secret（最近使用的路径不保存密钥）。</translation>
    </message>
    <message>
        <source>Double-click to edit this location; Delete removes it.</source>
        <translation>双击可编辑此备份路径；按 Delete 键将其移除。</translation>
    </message>
    <message>
        <source>read from the source cluster</source>
        <translation>从源集群读取</translation>
    </message>
    <message>
        <source>entered here (kept for this session only)</source>
        <translation>在此输入（仅在本次会话中保留）</translation>
    </message>
    <message>
        <source>stored encrypted by the source cluster, which a restore cannot use: enter it</source>
        <translation>源集群加密保存，恢复无法使用：请输入</translation>
    </message>
    <message>
        <source>not readable on the source cluster: enter it</source>
        <translation>源集群中无法读取：请输入</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n 个目的地</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups are in object storage: a restore&apos;s FROM needs each bucket&apos;s access key. Keys are kept in memory only, never saved, shown or logged.</source>
        <translation>备份位于对象存储中：恢复的 FROM 需要每个存储桶的访问密钥。密钥只保存在内存中，从不保存、显示或写入日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) have no key a restore can use: select one and press Enter key… (a restore that reads it cannot start without).</source>
        <translation>
            <numerusform>%n 个存储桶没有可供恢复使用的密钥：选中一个并点击“输入密钥…”（读取它的恢复在此之前无法开始）。</numerusform>
        </translation>
    </message>
    <message>
        <source>testing access…</source>
        <translation>正在测试访问…</translation>
    </message>
    <message>
        <source>✔ access tested: %1</source>
        <translation>✔ 访问测试通过：%1</translation>
    </message>
    <message>
        <source>✖ access test failed: %1</source>
        <translation>✖ 访问测试失败：%1</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>存储桶</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>访问密钥</translation>
    </message>
    <message>
        <source>Enter key…</source>
        <translation>输入密钥…</translation>
    </message>
</context>
<context>
    <name>obrestore::SummaryPage</name>
    <message numerus="yes">
        <source>Copied %n statement(s); passwords stay masked.</source>
        <translation>
            <numerusform>已复制 %n 条语句；密码保持屏蔽。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export script</source>
        <translation>导出脚本</translation>
    </message>
    <message>
        <source>SQL script (*.sql)</source>
        <translation>SQL 脚本 (*.sql)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Connect to the target first.</source>
        <translation>请先连接目标集群。</translation>
    </message>
    <message>
        <source>There are no statements to export.</source>
        <translation>没有可导出的语句。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>These statements run on the target&apos;s sys tenant, in this order. Export them as a script to run by hand, or let obrestore run them.</source>
        <translation>以下语句将按顺序在目标集群的 sys 租户上执行。可以导出为脚本手动执行，也可以由 obrestore 执行。</translation>
    </message>
    <message>
        <source>These statements run on the target&apos;s sys tenant, in this order.</source>
        <translation>以下语句将按顺序在目标集群的 sys 租户上执行。</translation>
    </message>
    <message>
        <source>Start restore</source>
        <translation>发起恢复</translation>
    </message>
    <message>
        <source>Source tenant</source>
        <translation>源租户</translation>
    </message>
    <message>
        <source>%1 (id %2), cluster %3</source>
        <translation>%1（ID %2），集群 %3</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>恢复时间点</translation>
    </message>
    <message>
        <source>latest (%1)</source>
        <translation>最新（%1）</translation>
    </message>
    <message>
        <source>%1 (SCN %2)</source>
        <translation>%1（SCN %2）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标集群</translation>
    </message>
    <message>
        <source>%1, OceanBase %2</source>
        <translation>%1，OceanBase %2</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>新租户</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export script…</source>
        <translation>导出脚本…</translation>
    </message>
    <message>
        <source>A commented .sql file to run by hand; passwords stay masked.</source>
        <translation>带注释的 .sql 文件，可手动执行；密码保持屏蔽。</translation>
    </message>
    <message>
        <source>I have read the statements. Start the restore on %1.</source>
        <translation>我已阅读以上语句。在 %1 上发起恢复。</translation>
    </message>
    <message>
        <source>Start recovery</source>
        <translation>开始恢复</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Remaps</source>
        <translation>重映射</translation>
    </message>
    <message>
        <source>none: the tables keep their names</source>
        <translation>无：表保持原名</translation>
    </message>
    <message>
        <source>Receiving tenant</source>
        <translation>目标租户</translation>
    </message>
    <message>
        <source>I have read the statements. Start the table recovery on %1.</source>
        <translation>我已阅读这些语句。在 %1 上开始表级恢复。</translation>
    </message>
    <message numerus="yes">
        <source>new: %1 (%n unit(s) of %2 per zone in %3)</source>
        <translation>
            <numerusform>新建：%1（每个 Zone %n 个 %2 资源单元，Zone：%3）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>obrestore::TablesPage</name>
    <message>
        <source>Remap %1 → %2: %3</source>
        <translation>重映射 %1 → %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s): %1</source>
        <translation>
            <numerusform>%n 个名称：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least one table, for example app.orders.</source>
        <translation>请至少输入一张表，例如 app.orders。</translation>
    </message>
    <message>
        <source>Tables to recover</source>
        <translation>要恢复的表</translation>
    </message>
    <message>
        <source>Name the tables and databases of %1 to bring back into %2 as they were at the restore point.</source>
        <translation>指定 %1 中要按恢复时间点的状态恢复到 %2 的表和数据库。</translation>
    </message>
    <message>
        <source>&amp;Tables: type or paste db.table, db.* (a whole database) or *.* (everything), separated by commas, spaces or line breaks. A dropped table is in no live schema, so nothing here is looked up.</source>
        <translation>表(&amp;T)：输入或粘贴 db.table、db.*（整个数据库）或 *.*（全部），以逗号、空格或换行分隔。已删除的表不在任何在线 schema 中，因此这里不做查找。</translation>
    </message>
    <message>
        <source>APP.ORDERS (an Oracle-mode tenant keeps unquoted names in capitals)</source>
        <translation>APP.ORDERS（Oracle 模式租户以大写保存不加引号的名称）</translation>
    </message>
    <message>
        <source>app.orders, app.order_items</source>
        <translation>app.orders, app.order_items</translation>
    </message>
    <message>
        <source>Remaps: recover a table under another name or into another database (REMAP TABLE old:new). Without one, a table keeps its name, and OceanBase refuses a name that exists.</source>
        <translation>重映射：以其他名称或恢复到其他数据库（REMAP TABLE 旧名:新名）。不重映射时表保持原名，名称已存在时 OceanBase 会拒绝。</translation>
    </message>
    <message>
        <source>Recovered table (db.table or db.*)</source>
        <translation>恢复的表（db.table 或 db.*）</translation>
    </message>
    <message>
        <source>New name (db.table, table or db.*)</source>
        <translation>新名称（db.table、table 或 db.*）</translation>
    </message>
    <message>
        <source>Add remap</source>
        <translation>添加重映射</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>OceanBase restores a temporary auxiliary tenant (AUX_RECOVER$…) in pool %1, imports the tables into %2, then drops the auxiliary tenant; the pool stays. Indexes and constraints come with each table.</source>
        <translation>OceanBase 会在资源池 %1 中恢复一个临时辅助租户（AUX_RECOVER$…），把这些表导入 %2，然后删除辅助租户；资源池保留。索引和约束随表一起恢复。</translation>
    </message>
</context>
<context>
    <name>obrestore::TargetPage</name>
    <message>
        <source>A chosen backup set is encrypted: enter its decryption password.</source>
        <translation>所选备份集已加密：请输入解密密码。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标集群</translation>
    </message>
    <message>
        <source>Connect to the target cluster&apos;s sys tenant and describe the new tenant.</source>
        <translation>连接目标集群的 sys 租户，并设置新租户。</translation>
    </message>
    <message>
        <source>The target is the source cluster itself</source>
        <translation>目标集群就是源集群本身</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>%1: %2 CPU, %3 GiB memory free</source>
        <translation>%1：空闲 %2 CPU、%3 GiB 内存</translation>
    </message>
    <message>
        <source>%1: free resources not reported</source>
        <translation>%1：未报告空闲资源</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1, OceanBase %2, %n tenant(s). Largest free unit per zone: %3.</source>
        <translation>
            <numerusform>集群 %1，OceanBase %2，%n 个租户。每个 Zone 可容纳的最大资源单元：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to see the target&apos;s version, zones and free resources.</source>
        <translation>连接后可查看目标集群的版本、Zone 和空闲资源。</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>新租户</translation>
    </message>
    <message>
        <source>Tenant name:</source>
        <translation>租户名：</translation>
    </message>
    <message>
        <source>letters, digits and _, starting with a letter</source>
        <translation>字母、数字和 _，以字母开头</translation>
    </message>
    <message>
        <source>Unused resource pool:</source>
        <translation>未使用的资源池：</translation>
    </message>
    <message>
        <source>Create a new unit config and resource pool</source>
        <translation>新建资源单元规格和资源池</translation>
    </message>
    <message>
        <source>Unit config:</source>
        <translation>资源单元规格：</translation>
    </message>
    <message>
        <source>Resource pool:</source>
        <translation>资源池：</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>Memory (GiB):</source>
        <translation>内存（GiB）：</translation>
    </message>
    <message>
        <source>Log disk (GiB):</source>
        <translation>日志盘（GiB）：</translation>
    </message>
    <message>
        <source>Units per zone:</source>
        <translation>每个 Zone 的资源单元数量：</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Zone：</translation>
    </message>
    <message>
        <source>Primary zone:</source>
        <translation>Primary Zone：</translation>
    </message>
    <message>
        <source>Locality:</source>
        <translation>Locality：</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>并发度：</translation>
    </message>
    <message>
        <source>default: a full replica in each zone of the pool</source>
        <translation>默认：资源池的每个 Zone 一个全功能副本</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>服务器默认值</translation>
    </message>
    <message>
        <source>Decryption (a chosen backup set is encrypted)</source>
        <translation>解密（所选备份集已加密）</translation>
    </message>
    <message>
        <source>backup password (never saved or shown)</source>
        <translation>备份密码（从不保存或显示）</translation>
    </message>
    <message>
        <source>a second password, if sets use different ones</source>
        <translation>第二个密码（若各备份集的密码不同）</translation>
    </message>
    <message>
        <source>Advanced restore options</source>
        <translation>高级恢复选项</translation>
    </message>
    <message>
        <source>Quick restore (method=quick): the tenant opens before all data is copied</source>
        <translation>快速恢复（method=quick）：数据全部复制完之前租户即可使用</translation>
    </message>
    <message>
        <source>OceanBase 4.3.3 and later; older versions would ignore the option.</source>
        <translation>OceanBase 4.3.3 及以上；更早的版本会忽略该选项。</translation>
    </message>
    <message>
        <source>Key backup path:</source>
        <translation>密钥备份路径：</translation>
    </message>
    <message>
        <source>Key backup password:</source>
        <translation>密钥备份密码：</translation>
    </message>
    <message>
        <source>KMS information:</source>
        <translation>KMS 信息：</translation>
    </message>
    <message>
        <source>ENCRYPTED BY (never saved or shown)</source>
        <translation>ENCRYPTED BY（从不保存或显示）</translation>
    </message>
    <message>
        <source>SET @kms_encrypt_info (never saved or shown)</source>
        <translation>SET @kms_encrypt_info（从不保存或显示）</translation>
    </message>
    <message>
        <source>Table-level recovery exists from OceanBase 4.2.1 on; the target runs %1: go back and restore the whole tenant.</source>
        <translation>表级恢复从 OceanBase 4.2.1 起才有；目标集群运行的是 %1：请返回并恢复整个租户。</translation>
    </message>
    <message>
        <source>The target has no user tenant to receive the tables.</source>
        <translation>目标集群上没有可接收这些表的用户租户。</translation>
    </message>
    <message>
        <source>Connect to the target cluster&apos;s sys tenant, choose the tenant that receives the tables and the auxiliary tenant&apos;s resource pool.</source>
        <translation>连接目标集群的 sys 租户，选择接收这些表的租户和辅助租户的资源池。</translation>
    </message>
    <message>
        <source>Receiving tenant and auxiliary tenant</source>
        <translation>目标租户与辅助租户</translation>
    </message>
    <message>
        <source>Receiving tenant:</source>
        <translation>目标租户：</translation>
    </message>
    <message>
        <source>The existing tenant the tables are imported into. OceanBase restores a temporary auxiliary tenant into the pool below, imports from it, then drops it.</source>
        <translation>接收导入表的已有租户。OceanBase 会在下面的资源池中恢复一个临时辅助租户，从中导入，然后删除它。</translation>
    </message>
    <message>
        <source>Auxiliary tenant&apos;s pool (unused):</source>
        <translation>辅助租户的资源池（未使用）：</translation>
    </message>
    <message>
        <source>A tenant named %1 already exists on the target; %2 is free.</source>
        <translation>目标集群上已存在名为 %1 的租户；%2 可用。</translation>
    </message>
    <message>
        <source>F</source>
        <comment>full replica</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>R</source>
        <comment>read-only replica</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>Replica type in %1: F full, R read-only.</source>
        <translation>%1 的副本类型：F 全能副本，R 只读副本。</translation>
    </message>
    <message>
        <source>At least one zone needs a full (F) replica: read-only replicas alone cannot hold the tenant.</source>
        <translation>至少一个 Zone 需要全能（F）副本：只有只读副本无法承载租户。</translation>
    </message>
    <message>
        <source>Unit size:</source>
        <translation>资源单元大小：</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>%1 CPU, %2 GiB, log %3 GiB</source>
        <translation>%1 CPU，%2 GiB，日志盘 %3 GiB</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>副本：</translation>
    </message>
    <message>
        <source>The replica type in each zone: F (full) replicas vote and can lead, R (read-only) replicas only serve reads; at least one zone needs F. The locality field shows what is sent.</source>
        <translation>每个 Zone 的副本类型：F（全能）副本参与投票、可成为主副本，R（只读）副本只提供读；至少一个 Zone 需要 F。Locality 输入框显示实际发送的内容。</translation>
    </message>
    <message>
        <source>transparent encryption only (4.2.1+)</source>
        <translation>仅用于透明加密（4.2.1+）</translation>
    </message>
    <message>
        <source>Only for a tenant with transparent encryption: the path of its key backup (WITH KEY FROM, 4.2.1+).</source>
        <translation>仅用于开启透明加密的租户：其密钥备份的路径（WITH KEY FROM，4.2.1+）。</translation>
    </message>
</context>
<context>
    <name>obrestore::TenantPage</name>
    <message>
        <source>This tenant has no restorable window: choose another, or see the findings on the previous page.</source>
        <translation>该租户没有可恢复时间段：请选择其他租户，或查看上一页的诊断。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use UTC, an offset such as +08:00, or a name such as Asia/Shanghai.</source>
        <translation>未知时区“%1”：请使用 UTC、+08:00 这样的偏移，或 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <source>Enter the SCN as a whole number.</source>
        <translation>请输入整数形式的 SCN。</translation>
    </message>
    <message>
        <source>SCN %1 = %2</source>
        <translation>SCN %1 = %2</translation>
    </message>
    <message>
        <source>%1 = SCN %2</source>
        <translation>%1 = SCN %2</translation>
    </message>
    <message>
        <source>This point is outside every restorable window; OceanBase would refuse it (error 4018). Use the nearest valid point:</source>
        <translation>该时间点不在任何可恢复时间段内；OceanBase 会拒绝它（错误 4018）。请使用最近的有效时间点：</translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation>更早：%1</translation>
    </message>
    <message>
        <source>Later: %1</source>
        <translation>更晚：%1</translation>
    </message>
    <message>
        <source>Tenant and restore point</source>
        <translation>租户与恢复时间点</translation>
    </message>
    <message>
        <source>Choose the tenant to restore and a point inside one of its restorable windows.</source>
        <translation>选择要恢复的租户，以及其某个可恢复时间段内的时间点。</translation>
    </message>
    <message>
        <source>Backups of the chosen tenant:</source>
        <translation>所选租户的备份：</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>SCN</source>
        <translation>SCN</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS[.ffffff]</source>
        <translation>YYYY-MM-DD HH:MM:SS[.ffffff]</translation>
    </message>
    <message>
        <source>e.g. 1709380800000000000</source>
        <translation>例如 1709380800000000000</translation>
    </message>
    <message>
        <source>Data backup path: %1</source>
        <translation>数据备份路径：%1</translation>
    </message>
    <message>
        <source>Log archive path: %1</source>
        <translation>日志归档路径：%1</translation>
    </message>
    <message>
        <source>Checking the files: %1 of about %2 folders listed…</source>
        <translation>正在检查文件：已列出约 %2 个目录中的 %1 个…</translation>
    </message>
    <message>
        <source>Latest: %1 = SCN %2 (the point OceanBase picks itself without UNTIL)</source>
        <translation>最新：%1 = SCN %2（不指定 UNTIL 时 OceanBase 自己选择的时间点）</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Lists, without reading data, the folders and files this restore opens, and says which are missing.</source>
        <translation>在不读取数据的前提下列出此次恢复要打开的目录和文件，并指出缺少哪些。</translation>
    </message>
    <message>
        <source>The file check was cancelled.</source>
        <translation>文件检查已取消。</translation>
    </message>
    <message>
        <source>Every file this restore opens first is there.</source>
        <translation>此次恢复首先打开的文件都在。</translation>
    </message>
    <message>
        <source>Data backup path not used for this point: %1</source>
        <translation>此时间点不使用的数据备份路径：%1</translation>
    </message>
    <message>
        <source>Log archive path not used for this point: %1</source>
        <translation>此时间点不使用的日志归档路径：%1</translation>
    </message>
    <message>
        <source>What to restore:</source>
        <translation>恢复对象：</translation>
    </message>
    <message>
        <source>The whole tenant, as a new tenant</source>
        <translation>整个租户，恢复为新租户</translation>
    </message>
    <message>
        <source>Tables and databases, into an existing tenant (4.2.1+)</source>
        <translation>表和数据库，恢复到已有租户（4.2.1+）</translation>
    </message>
    <message>
        <source>ALTER SYSTEM RECOVER TABLE: OceanBase restores an auxiliary tenant to the point, imports the tables into the tenant you choose, then drops the auxiliary tenant.</source>
        <translation>ALTER SYSTEM RECOVER TABLE：OceanBase 把辅助租户恢复到该时间点，把表导入你选择的租户，然后删除辅助租户。</translation>
    </message>
    <message>
        <source>%1 has no restorable window. %2 (%3)</source>
        <translation>%1 没有可恢复窗口。%2（%3）</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>租户 %1</translation>
    </message>
    <message>
        <source>Times are now shown in %1; the restore point did not move (SCN %2).</source>
        <translation>时间现在按 %1 显示；恢复时间点没有改变（SCN %2）。</translation>
    </message>
    <message>
        <source>Backups of %1: hover for details, scroll to zoom, click to pick a point.</source>
        <translation>%1 的备份：悬停查看详情，滚动缩放，点击选择时间点。</translation>
    </message>
    <message>
        <source>Restorable windows of %1 (choose one to restore to its end):</source>
        <translation>%1 的可恢复时间段（选择一个即恢复到其结束时间点）：</translation>
    </message>
    <message>
        <source>Restorable windows:</source>
        <translation>可恢复时间段：</translation>
    </message>
    <message>
        <source>Restore point:</source>
        <translation>恢复时间点：</translation>
    </message>
    <message>
        <source>%1 → %2
SCN %3 → %4
backup sets %5</source>
        <translation>%1 → %2
SCN %3 → %4
备份集 %5</translation>
    </message>
    <message>
        <source>The source cluster&apos;s own paths are not read from this computer: files are checked in buckets with their keys, or when the backup location is parsed offline (scenario 2).</source>
        <translation>不会从本机读取源集群自身的路径：文件检查在带密钥的存储桶中进行，或在离线解析备份路径时进行（场景 2）。</translation>
    </message>
    <message>
        <source>This restore reads %1, whose access key is not known: go back to the Source page, select the bucket and give its key (Enter key…).</source>
        <translation>此次恢复读取 %1，但其访问密钥未知：请返回“源”页面，选中该存储桶并提供其密钥（“输入密钥…”）。</translation>
    </message>
</context>
<context>
    <name>obrestore::TenantsModel</name>
    <message>
        <source>3.x backup: listed, not analysed</source>
        <translation>3.x 备份：仅列出，未分析</translation>
    </message>
    <message>
        <source>No restorable window</source>
        <translation>无可恢复时间段</translation>
    </message>
    <message numerus="yes">
        <source>Restorable (%n window(s))</source>
        <translation>
            <numerusform>可恢复（%n 个时间段）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(unknown name)</source>
        <translation>（名称未知）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>SCN %1</source>
        <translation>SCN %1</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source version</source>
        <translation>源版本</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>备份集</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>归档分片</translation>
    </message>
    <message>
        <source>Latest restorable point</source>
        <translation>最新可恢复时间点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Data backup path: %1</source>
        <translation>数据备份路径：%1</translation>
    </message>
    <message>
        <source>Log archive path: %1</source>
        <translation>日志归档路径：%1</translation>
    </message>
</context>
<context>
    <name>obrestore::TimelineLegend</name>
    <message>
        <source>Full backup set</source>
        <translation>全量备份集</translation>
    </message>
    <message>
        <source>Incremental backup set</source>
        <translation>增量备份集</translation>
    </message>
    <message>
        <source>Encrypted set</source>
        <translation>加密的备份集</translation>
    </message>
    <message>
        <source>Set OceanBase skips</source>
        <translation>OceanBase 跳过的备份集</translation>
    </message>
    <message>
        <source>Archive piece</source>
        <translation>归档分片</translation>
    </message>
    <message>
        <source>Active piece (still being written)</source>
        <translation>活跃归档分片（仍在写入）</translation>
    </message>
    <message>
        <source>Unavailable piece</source>
        <translation>不可用的归档分片</translation>
    </message>
    <message>
        <source>Gap in the log</source>
        <translation>日志断档</translation>
    </message>
    <message>
        <source>Restorable window</source>
        <translation>可恢复时间段</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>恢复时间点</translation>
    </message>
</context>
<context>
    <name>obrestore::TimelineWidget</name>
    <message>
        <source>Backup sets</source>
        <translation>备份集</translation>
    </message>
    <message>
        <source>Archive pieces</source>
        <translation>归档分片</translation>
    </message>
    <message>
        <source>Restorable</source>
        <translation>可恢复</translation>
    </message>
    <message>
        <source>%1
to %2</source>
        <translation>%1
至 %2</translation>
    </message>
    <message>
        <source>Full backup set %1</source>
        <translation>全量备份集 %1</translation>
    </message>
    <message>
        <source>Incremental backup set %1</source>
        <translation>增量备份集 %1</translation>
    </message>
    <message>
        <source>Data from %1, restorable from %2</source>
        <translation>数据起点 %1，从 %2 起可恢复</translation>
    </message>
    <message>
        <source>Encrypted: a decryption password is needed</source>
        <translation>已加密：需要解密密码</translation>
    </message>
    <message>
        <source>Not usable: OceanBase skips this set</source>
        <translation>不可用：OceanBase 会跳过该备份集</translation>
    </message>
    <message>
        <source>Gap in the archived log: %1</source>
        <translation>归档日志断档：%1</translation>
    </message>
    <message>
        <source>Archive piece %1 (%2)</source>
        <translation>归档分片 %1（%2）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Restorable window (backup set %1)</source>
        <translation>可恢复时间段（备份集 %1）</translation>
    </message>
    <message>
        <source>SCN %1 to %2</source>
        <translation>SCN %1 至 %2</translation>
    </message>
    <message>
        <source>Not restorable: %1</source>
        <translation>不可恢复：%1</translation>
    </message>
    <message>
        <source>Choose a tenant to see its backups.</source>
        <translation>选择一个租户以查看其备份。</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>断档</translation>
    </message>
</context>
<context>
    <name>obrestore::WizardMain</name>
    <message>
        <source>Restore an OceanBase tenant from its physical backups.</source>
        <translation>从物理备份恢复 OceanBase 租户。</translation>
    </message>
    <message>
        <source>User interface language: %1.</source>
        <translation>界面语言：%1。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>未知语言 &quot;%1&quot;；可用语言：%2。</translation>
    </message>
    <message>
        <source>Demo mode: a simulated OceanBase cluster and a sample backup location. The cluster keeps running while a restore runs on it, so the wizard finds the restore again when reopened; it removes itself once unused.</source>
        <translation>演示模式：一个模拟的 OceanBase 集群和一个示例备份路径。集群上有恢复在运行时它会一直运行，因此重新打开向导时能再次找到该恢复；不再使用后它会自行删除。</translation>
    </message>
    <message>
        <source>Demo mode with the sample backup location in a bucket of a local S3-compatible server (needs: cmake --build build --target s3server).</source>
        <translation>演示模式，示例备份路径放在本地兼容 S3 的服务器的存储桶中（需要先执行：cmake --build build --target s3server）。</translation>
    </message>
</context>
</TS>
