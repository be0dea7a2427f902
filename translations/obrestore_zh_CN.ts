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
</context>
<context>
    <name>obrestore::Cli</name>
    <message>
        <source>Reads OceanBase backup locations and prepares, runs and follows tenant restores.
The commands of this version:
  help       show this help
The commands inspect, sql and watch come with the next versions.</source>
        <translation>读取 OceanBase 备份路径，准备、发起并跟踪租户的物理恢复。
本版本的命令：
  help       显示本帮助
inspect、sql 和 watch 命令将在后续版本提供。</translation>
    </message>
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
</context>
<context>
    <name>obrestore::NextStepsPage</name>
    <message>
        <source>Next steps: the source cluster is online</source>
        <translation>后续步骤：源集群在线</translation>
    </message>
    <message>
        <source>The backups are read live from the cluster that made them.</source>
        <translation>直接从生成备份的源集群实时读取备份信息。</translation>
    </message>
    <message>
        <source>Connect to the source cluster&apos;s sys tenant and choose the source tenant.</source>
        <translation>连接源集群的 sys 租户，选择源租户。</translation>
    </message>
    <message>
        <source>Review its backup sets, archive pieces and restorable windows, and pick a restore point (latest, a time or an SCN).</source>
        <translation>查看其备份集、归档分片和可恢复时间段，选择恢复时间点（最新、某个时间或某个 SCN）。</translation>
    </message>
    <message>
        <source>Connect to the target cluster&apos;s sys tenant (it may be the source cluster itself), name the target tenant and choose or create a resource pool.</source>
        <translation>连接目标集群的 sys 租户（也可以是源集群本身），填写目标租户名，选择或创建资源池。</translation>
    </message>
    <message>
        <source>Run the pre-checks: version compatibility, resources, tenant name and restore point.</source>
        <translation>运行预检查：版本兼容性、资源、租户名和恢复时间点。</translation>
    </message>
    <message>
        <source>Review every statement, start the restore and follow data restore and log recovery live.</source>
        <translation>查看将执行的每条语句，发起恢复，并实时跟踪数据恢复和日志恢复。</translation>
    </message>
    <message>
        <source>Host, port, user and password of the source cluster&apos;s sys tenant (root@sys or a user that can read the CDB_OB_* views).</source>
        <translation>源集群 sys 租户的主机、端口、用户和密码（root@sys 或能读取 CDB_OB_* 视图的用户）。</translation>
    </message>
    <message>
        <source>Host, port, user and password of the target cluster&apos;s sys tenant.</source>
        <translation>目标集群 sys 租户的主机、端口、用户和密码。</translation>
    </message>
    <message>
        <source>The decryption password, if the backup is encrypted.</source>
        <translation>如果备份已加密，需要解密密码。</translation>
    </message>
    <message>
        <source>Free CPU, memory (at least 5 GiB per unit) and log disk on the target zones.</source>
        <translation>目标 Zone 上有空闲的 CPU、内存（每个资源单元至少 5 GiB）和日志盘。</translation>
    </message>
    <message>
        <source>Next steps: the source cluster is deleted or offline</source>
        <translation>后续步骤：源集群已删除或离线</translation>
    </message>
    <message>
        <source>The backups are parsed from the backup location&apos;s files.</source>
        <translation>从备份路径中的文件解析备份信息。</translation>
    </message>
    <message>
        <source>Enter one or more backup locations (a data backup path, a log archive path, or any folder above them) and parse them.</source>
        <translation>输入一个或多个备份路径（数据备份路径、日志归档路径，或它们的任一上级目录）并解析。</translation>
    </message>
    <message>
        <source>Choose a tenant from those found; if none is found, the diagnostics say why and how to fix it.</source>
        <translation>从解析出的租户中选择一个；如果没有解析出租户，诊断会说明原因和处理方法。</translation>
    </message>
    <message>
        <source>Pick a restore point inside a restorable window (latest, a time or an SCN).</source>
        <translation>在可恢复时间段内选择恢复时间点（最新、某个时间或某个 SCN）。</translation>
    </message>
    <message>
        <source>Connect to the target cluster&apos;s sys tenant, name the target tenant and choose or create a resource pool.</source>
        <translation>连接目标集群的 sys 租户，填写目标租户名，选择或创建资源池。</translation>
    </message>
    <message>
        <source>Run the pre-checks, review every statement, start the restore and follow it live.</source>
        <translation>运行预检查，查看将执行的每条语句，发起恢复并实时跟踪进度。</translation>
    </message>
    <message>
        <source>Read access to the backup location (an NFS mount or a local folder) on this computer.</source>
        <translation>本机对备份路径（NFS 挂载点或本地目录）有读权限。</translation>
    </message>
    <message>
        <source>Next steps: the target cluster is not managed by OCP</source>
        <translation>后续步骤：目标集群不由 OCP 管理</translation>
    </message>
    <message>
        <source>The restore is driven with SQL on the target&apos;s sys tenant, and you see every statement.</source>
        <translation>通过目标集群 sys 租户上的 SQL 发起恢复，每条语句都会展示给您。</translation>
    </message>
    <message>
        <source>Point obrestore at the backups: the source cluster&apos;s sys tenant if it is online, or the backup location.</source>
        <translation>为 obrestore 指定备份来源：源集群在线时连接其 sys 租户，否则指定备份路径。</translation>
    </message>
    <message>
        <source>Choose the tenant and a restore point inside a restorable window.</source>
        <translation>选择租户，并在可恢复时间段内选择恢复时间点。</translation>
    </message>
    <message>
        <source>Review the statements (CREATE RESOURCE UNIT/POOL, SET DECRYPTION, ALTER SYSTEM RESTORE), copy them or export them as a script, or let obrestore run them.</source>
        <translation>查看语句（CREATE RESOURCE UNIT/POOL、SET DECRYPTION、ALTER SYSTEM RESTORE），可复制或导出为脚本，也可由 obrestore 执行。</translation>
    </message>
    <message>
        <source>Follow the restore&apos;s progress from the views; cancel it if needed.</source>
        <translation>通过视图跟踪恢复进度；必要时取消恢复。</translation>
    </message>
    <message>
        <source>The backup location or the source cluster&apos;s sys tenant.</source>
        <translation>备份路径，或源集群的 sys 租户。</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>接下来的步骤</translation>
    </message>
    <message>
        <source>What to have at hand</source>
        <translation>需要准备的信息</translation>
    </message>
    <message>
        <source>This version of obrestore ends here: press Finish to close the wizard. The pages for these steps come in the next versions.</source>
        <translation>本版本的 obrestore 到此为止：点击“完成”关闭向导。上述步骤的页面将在后续版本提供。</translation>
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
</context>
</TS>
