// The simulated catalog: OceanBase's view and column names per version (ob-restore-sql.md §2, §3, §5.3).
#include "obcluster.h"
#include "catalogdefs.h"

namespace obsim {

using obrestore::ObVersion;

VersionProfile VersionProfile::forVersion(const ObVersion &v, bool ce)
{
    VersionProfile p;
    p.version = v;
    p.ce = ce;
    p.v3 = v.major() < 4;
    const bool line42 = v.isOnLine(4, 2);
    p.hasObVersionFunction = !(p.v3 && ce && v < ObVersion(3, 2, 3));
    p.syncRestore = v >= ObVersion(4, 1);
    p.failWhileWaiting = v >= ObVersion(4, 2, 1);
    // SRC@4.2.0 has no CANCEL RESTORE grammar rule (the resolver would allow it); it arrived with 4.2.1.
    p.cancelRestore = v >= ObVersion(4, 2, 1);
    p.preview = (line42 && v >= ObVersion(4, 2, 3)) || v >= ObVersion(4, 3, 2);
    p.consistentScnStatus = v >= ObVersion(4, 2, 1);
    p.mappedStatus = v >= ObVersion(4, 1);
    p.progressColumns = (line42 && v >= ObVersion(4, 2, 1, 7)) || v >= ObVersion(4, 3, 3);
    p.restoreType = v >= ObVersion(4, 3, 3);
    p.concurrencyOption = v >= ObVersion(4, 1);
    p.needsRestoreConcurrency = v < ObVersion(4, 1);
    // UNCONFIRMED whether 4.2.0.0 already reads UNTIL TIME in the backup's time zone (ob-restore-sql.md §1.3);
    // obsim takes the later behaviour from 4.2.0 on.
    p.backupTimeZone = v >= ObVersion(4, 2);
    p.tenantColumnsLevel = v >= ObVersion(4, 3, 3) ? 3 : v >= ObVersion(4, 2, 1) ? 2 : v >= ObVersion(4, 1) ? 1 : 0;
    return p;
}

QString VersionProfile::versionFunction() const
{
    if (v3)
        return QStringLiteral("%1.%2.%3-OceanBase%4").arg(version.major()).arg(version.minor()).arg(version.majorPatch()).arg(ce ? QStringLiteral(" CE") : QString());
    return QStringLiteral("5.7.25-OceanBase%1-v%2").arg(ce ? QStringLiteral("_CE") : QString(), version.toString());
}

QString VersionProfile::versionComment() const
{
    const QString name = ce ? (v3 ? QStringLiteral("OceanBase CE") : QStringLiteral("OceanBase_CE")) : QStringLiteral("OceanBase");
    return QStringLiteral("%1 %2 (r100000012024090210-obsim) (Built Sep  2 2024 10:00:00)").arg(name, version.toString());
}

QList<ViewDef> catalogViews(const VersionProfile &p)
{
    QList<ViewDef> views;
    auto add = [&](const char *name, QStringList columns) { views.append({QString::fromLatin1(name), std::move(columns)}); };
    auto cols = [](const char *list) { return QString::fromLatin1(list).split(QStringLiteral(", ")); };

    if (p.v3) {
        // 3.x (SRC@3.1.5): the restore views over __all_restore_progress / __all_restore_history, and the inner
        // tables the product reads for inventory.
        const char *restore3 = "JOB_ID, EXTERNAL_JOB_ID, TENANT_ID, TENANT_NAME, BACKUP_TENANT_ID, BACKUP_TENANT_NAME, "
                               "BACKUP_CLUSTER_ID, BACKUP_CLUSTER_NAME, WHITE_LIST, STATUS, START_TIME, COMPLETION_TIME, "
                               "PARTITION_COUNT, MACRO_BLOCK_COUNT, FINISH_PARTITION_COUNT, FINISH_MACRO_BLOCK_COUNT, "
                               "RESTORE_START_TIMESTAMP, RESTORE_FINISH_TIMESTAMP, RESTORE_CURRENT_TIMESTAMP, "
                               "BACKUP_SET_LIST, BACKUP_PIECE_LIST, INFO";
        add("CDB_OB_RESTORE_PROGRESS", cols(restore3));
        add("CDB_OB_RESTORE_HISTORY", cols(restore3));
        add("__all_restore_info", cols("JOB_ID, NAME, VALUE"));
        add("__all_tenant", cols("TENANT_ID, TENANT_NAME, ZONE_LIST, PRIMARY_ZONE, LOCKED, COMPATIBILITY_MODE, STATUS"));
        add("__all_server", cols("SVR_IP, SVR_PORT, ID, ZONE, INNER_PORT, STATUS, BUILD_VERSION"));
        add("__all_zone", cols("ZONE, NAME, VALUE, INFO"));
        add("__all_unit_config", cols("UNIT_CONFIG_ID, NAME, MAX_CPU, MIN_CPU, MAX_MEMORY, MIN_MEMORY, MAX_IOPS, MIN_IOPS, MAX_DISK_SIZE, MAX_SESSION_NUM"));
        add("__all_resource_pool", cols("RESOURCE_POOL_ID, NAME, UNIT_COUNT, UNIT_CONFIG_ID, ZONE_LIST, TENANT_ID"));
        add("GV$OB_PARAMETERS", cols("SVR_IP, SVR_PORT, ZONE, SCOPE, TENANT_ID, NAME, DATA_TYPE, VALUE, INFO, SECTION, EDIT_LEVEL"));
        add("DBA_OB_ROOTSERVICE_EVENT_HISTORY", cols("TIMESTAMP, MODULE, EVENT, NAME1, VALUE1, NAME2, VALUE2, NAME3, VALUE3, NAME4, VALUE4, NAME5, VALUE5, NAME6, VALUE6, EXTRA_INFO, RS_SVR_IP, RS_SVR_PORT"));
        return views;
    }

    QStringList tenants = cols("TENANT_ID, TENANT_NAME, TENANT_TYPE, CREATE_TIME, MODIFY_TIME, PRIMARY_ZONE, LOCALITY, "
                               "PREVIOUS_LOCALITY, COMPATIBILITY_MODE, STATUS, IN_RECYCLEBIN, LOCKED");
    if (p.tenantColumnsLevel >= 1)
        tenants += cols("TENANT_ROLE, SWITCHOVER_STATUS, SWITCHOVER_EPOCH, SYNC_SCN, REPLAYABLE_SCN, READABLE_SCN, "
                        "RECOVERY_UNTIL_SCN, LOG_MODE, ARBITRATION_SERVICE_STATUS");
    if (p.tenantColumnsLevel >= 2)
        tenants += cols("UNIT_NUM, COMPATIBLE, MAX_LS_ID");
    if (p.tenantColumnsLevel >= 3)
        tenants += QStringLiteral("RESTORE_DATA_MODE");
    add("DBA_OB_TENANTS", tenants);
    // Every tenant's system variables, seen from the sys tenant. obrestore reads TENANT_ID, NAME and VALUE (a
    // tenant's time_zone); the other columns follow the 4.x docs' view as remembered, UNCONFIRMED. One row per
    // tenant and variable, added with the tenant (a trigger, createCatalog()).
    add("CDB_OB_SYS_VARIABLES", cols("TENANT_ID, ZONE, NAME, DATA_TYPE, VALUE, INFO, FLAGS, MIN_VAL, MAX_VAL"));
    add("DBA_OB_ZONES", cols("ZONE, CREATE_TIME, MODIFY_TIME, STATUS, IDC, REGION, TYPE"));
    QStringList servers = cols("SVR_IP, SVR_PORT, ID, ZONE, SQL_PORT, WITH_ROOTSERVER, STATUS, START_SERVICE_TIME, "
                               "STOP_TIME, BLOCK_MIGRATE_IN_TIME, CREATE_TIME, MODIFY_TIME, BUILD_VERSION");
    if (p.version >= ObVersion(4, 2))
        servers += QStringLiteral("LAST_OFFLINE_TIME");
    add("DBA_OB_SERVERS", servers);
    QStringList gvServers = cols("SVR_IP, SVR_PORT, ZONE, SQL_PORT, CPU_CAPACITY, CPU_CAPACITY_MAX, CPU_ASSIGNED, "
                                 "CPU_ASSIGNED_MAX, MEM_CAPACITY, MEM_ASSIGNED, LOG_DISK_CAPACITY, LOG_DISK_ASSIGNED, "
                                 "LOG_DISK_IN_USE, DATA_DISK_CAPACITY, DATA_DISK_IN_USE, DATA_DISK_HEALTH_STATUS, "
                                 "MEMORY_LIMIT, DATA_DISK_ABNORMAL_TIME, SSL_CERT_EXPIRED_TIME");
    if (p.version >= ObVersion(4, 2))
        gvServers += QStringLiteral("DATA_DISK_ALLOCATED");
    if (p.version >= ObVersion(4, 3, 3))
        gvServers += QStringLiteral("DATA_DISK_ASSIGNED");
    add("GV$OB_SERVERS", gvServers);
    QStringList unitConfigs = cols("UNIT_CONFIG_ID, NAME, CREATE_TIME, MODIFY_TIME, MAX_CPU, MIN_CPU, MEMORY_SIZE, "
                                   "LOG_DISK_SIZE, MAX_IOPS, MIN_IOPS, IOPS_WEIGHT");
    QStringList units = cols("UNIT_ID, TENANT_ID, STATUS, RESOURCE_POOL_ID, UNIT_GROUP_ID, CREATE_TIME, MODIFY_TIME, "
                             "ZONE, SVR_IP, SVR_PORT, MIGRATE_FROM_SVR_IP, MIGRATE_FROM_SVR_PORT, MANUAL_MIGRATE, "
                             "UNIT_CONFIG_ID, MAX_CPU, MIN_CPU, MEMORY_SIZE, LOG_DISK_SIZE, MAX_IOPS, MIN_IOPS, IOPS_WEIGHT");
    if (p.version >= ObVersion(4, 3, 3)) {
        unitConfigs += cols("DATA_DISK_SIZE, MAX_NET_BANDWIDTH, NET_BANDWIDTH_WEIGHT");
        units += cols("DATA_DISK_SIZE, MAX_NET_BANDWIDTH, NET_BANDWIDTH_WEIGHT");
    }
    add("DBA_OB_UNIT_CONFIGS", unitConfigs);
    add("DBA_OB_RESOURCE_POOLS", cols("RESOURCE_POOL_ID, NAME, TENANT_ID, CREATE_TIME, MODIFY_TIME, UNIT_COUNT, "
                                      "UNIT_CONFIG_ID, ZONE_LIST, REPLICA_TYPE"));
    add("DBA_OB_UNITS", units);

    QStringList setFiles = cols("TENANT_ID, BACKUP_SET_ID, DEST_ID, INCARNATION, BACKUP_TYPE, PREV_FULL_BACKUP_SET_ID, "
                                "PREV_INC_BACKUP_SET_ID, START_TIMESTAMP, END_TIMESTAMP, STATUS, FILE_STATUS, "
                                "ELAPSED_SECONDES, PLUS_ARCHIVELOG, START_REPLAY_SCN, START_REPLAY_SCN_DISPLAY, "
                                "MIN_RESTORE_SCN, MIN_RESTORE_SCN_DISPLAY, INPUT_BYTES, OUTPUT_BYTES, OUTPUT_RATE_BYTES, "
                                "EXTRA_META_BYTES, TABLET_COUNT, FINISH_TABLET_COUNT, MACRO_BLOCK_COUNT, "
                                "FINISH_MACRO_BLOCK_COUNT, FILE_COUNT, META_TURN_ID, DATA_TURN_ID, RESULT, COMMENT, "
                                "ENCRYPTION_MODE, PASSWD, TENANT_COMPATIBLE, BACKUP_COMPATIBLE, PATH");
    if (p.version >= ObVersion(4, 1))
        setFiles += QStringLiteral("CLUSTER_VERSION");
    if (p.version >= ObVersion(4, 2, 1))
        setFiles += cols("CONSISTENT_SCN, MINOR_TURN_ID, MAJOR_TURN_ID");
    add("CDB_OB_BACKUP_SET_FILES", setFiles);
    QStringList pieceFiles = cols("TENANT_ID, DEST_ID, ROUND_ID, PIECE_ID, INCARNATION, DEST_NO, STATUS, START_SCN, "
                                  "START_SCN_DISPLAY, CHECKPOINT_SCN, CHECKPOINT_SCN_DISPLAY, MAX_SCN, END_SCN");
    if (p.version >= ObVersion(4, 1))
        pieceFiles += QStringLiteral("END_SCN_DISPLAY");
    pieceFiles += cols("COMPATIBLE, UNIT_SIZE, COMPRESSION, INPUT_BYTES, INPUT_BYTES_DISPLAY, OUTPUT_BYTES, "
                       "OUTPUT_BYTES_DISPLAY, COMPRESSION_RATIO, FILE_STATUS, PATH");
    add("CDB_OB_ARCHIVELOG_PIECE_FILES", pieceFiles);
    add("CDB_OB_ARCHIVELOG", cols("TENANT_ID, DEST_ID, ROUND_ID, INCARNATION, DEST_NO, STATUS, START_SCN, START_SCN_DISPLAY, "
                                  "CHECKPOINT_SCN, CHECKPOINT_SCN_DISPLAY, COMPATIBLE, BASE_PIECE_ID, USED_PIECE_ID, "
                                  "PIECE_SWITCH_INTERVAL, UNIT_SIZE, COMPRESSION, INPUT_BYTES, INPUT_BYTES_DISPLAY, "
                                  "OUTPUT_BYTES, OUTPUT_BYTES_DISPLAY, COMPRESSION_RATIO, DELETED_INPUT_BYTES, "
                                  "DELETED_INPUT_BYTES_DISPLAY, DELETED_OUTPUT_BYTES, DELETED_OUTPUT_BYTES_DISPLAY, "
                                  "COMMENT, PATH"));
    add("CDB_OB_BACKUP_PARAMETER", cols("TENANT_ID, NAME, VALUE"));
    add("CDB_OB_ARCHIVE_DEST", cols("TENANT_ID, DEST_NO, NAME, VALUE"));
    // __all_backup_storage_info through its CDB view (ob_inner_table_schema.21251_21300.cpp); the _HISTORY view is
    // the same shape and stays empty here (obsim never removes a destination).
    QStringList storageInfo = cols("TENANT_ID, PATH, ENDPOINT, DEST_ID, DEST_TYPE, AUTHORIZATION, EXTENSION, CHECK_FILE_NAME, LAST_CHECK_TIMESTAMP");
    if (p.version >= ObVersion(4, 3, 3))
        storageInfo += cols("MAX_IOPS, MAX_BANDWIDTH, MAX_BANDWIDTH_DISPLAY");
    add("CDB_OB_BACKUP_STORAGE_INFO", storageInfo);
    add("CDB_OB_BACKUP_STORAGE_INFO_HISTORY", storageInfo);

    QStringList progress = cols("TENANT_ID, JOB_ID, RESTORE_TENANT_NAME, RESTORE_TENANT_ID, BACKUP_TENANT_NAME, "
                                "BACKUP_TENANT_ID, BACKUP_CLUSTER_NAME, BACKUP_DEST, RESTORE_OPTION");
    if (p.restoreType)
        progress += QStringLiteral("RESTORE_TYPE");
    progress += cols("RESTORE_SCN, RESTORE_SCN_DISPLAY, STATUS, START_TIMESTAMP, BACKUP_SET_LIST, BACKUP_PIECE_LIST");
    if (p.progressColumns)
        progress += cols("RECOVER_SCN, RECOVER_SCN_DISPLAY, RECOVER_PROGRESS, TABLET_COUNT, FINISH_TABLET_COUNT, RESTORE_PROGRESS");
    progress += cols("TOTAL_BYTES, TOTAL_BYTES_DISPLAY, FINISH_BYTES, FINISH_BYTES_DISPLAY, DESCRIPTION");
    add("CDB_OB_RESTORE_PROGRESS", progress);
    QStringList history = cols("TENANT_ID, JOB_ID, RESTORE_TENANT_NAME, RESTORE_TENANT_ID, BACKUP_TENANT_NAME, "
                               "BACKUP_TENANT_ID, BACKUP_CLUSTER_NAME, BACKUP_DEST, RESTORE_SCN, RESTORE_SCN_DISPLAY, "
                               "RESTORE_OPTION");
    if (p.restoreType)
        history += QStringLiteral("RESTORE_TYPE");
    history += cols("START_TIMESTAMP, FINISH_TIMESTAMP, STATUS, BACKUP_PIECE_LIST, BACKUP_SET_LIST, "
                    "BACKUP_CLUSTER_VERSION, LS_COUNT, FINISH_LS_COUNT, TABLET_COUNT, FINISH_TABLET_COUNT, TOTAL_BYTES, "
                    "TOTAL_BYTES_DISPLAY, FINISH_BYTES, FINISH_BYTES_DISPLAY, DESCRIPTION, COMMENT");
    add("CDB_OB_RESTORE_HISTORY", history);
    add("__all_virtual_restore_progress", cols("tenant_id, job_id, restore_scn, ls_count, finish_ls_count, tablet_count, "
                                               "finish_tablet_count, total_bytes, finish_bytes"));
    add("__all_virtual_ls_restore_progress", cols("tenant_id, job_id, ls_id, svr_ip, svr_port, status, restore_scn, "
                                                  "start_replay_scn, last_replay_scn, tablet_count, finish_tablet_count, "
                                                  "total_bytes, finish_bytes, trace_id, result, comment"));
    add("__all_virtual_restore_job", cols("tenant_id, job_id, name, value"));
    add("DBA_OB_ROOTSERVICE_EVENT_HISTORY", cols("TIMESTAMP, MODULE, EVENT, NAME1, VALUE1, NAME2, VALUE2, NAME3, VALUE3, "
                                                 "NAME4, VALUE4, NAME5, VALUE5, NAME6, VALUE6, EXTRA_INFO, RS_SVR_IP, RS_SVR_PORT"));
    add("GV$OB_PARAMETERS", cols("SVR_IP, SVR_PORT, ZONE, SCOPE, TENANT_ID, NAME, DATA_TYPE, VALUE, INFO, SECTION, EDIT_LEVEL"));
    // The user tenants' schemas as the sys tenant sees them (a subset of the columns; docs/recover-table.md §4:
    // which of these a sys tenant may read on a real cluster is UNCONFIRMED, and the product says so when it cannot).
    add("__all_virtual_database", cols("tenant_id, database_id, database_name"));
    add("CDB_OB_TABLE_LOCATIONS", cols("TENANT_ID, DATABASE_NAME, TABLE_NAME, TABLE_ID, TABLE_TYPE"));
    add("__all_virtual_recyclebin", cols("tenant_id, object_name, original_name, type, database_id, table_id"));
    if (p.version >= ObVersion(4, 2, 1)) {
        // Table-level recovery (4.2.1+): ob_inner_table_schema_def.py's CDB views over __all_recover_table_job,
        // __all_import_table_job and __all_import_table_task (and their histories).
        const QStringList recover = cols("TENANT_ID, JOB_ID, INITIATOR_TENANT_ID, INITIATOR_JOB_ID, START_TIMESTAMP, FINISH_TIMESTAMP, "
                                         "STATUS, AUX_TENANT_NAME, TARGET_TENANT_NAME, IMPORT_ALL, DB_LIST, TABLE_LIST, RESTORE_SCN, "
                                         "RESTORE_SCN_DISPLAY, RESTORE_OPTION, BACKUP_DEST, BACKUP_SET_LIST, BACKUP_PIECE_LIST, "
                                         "BACKUP_PASSWD, EXTERNAL_KMS_INFO, REMAP_DB_LIST, REMAP_TABLE_LIST, REMAP_TABLEGROUP_LIST, "
                                         "REMAP_TABLESPACE_LIST, RESULT, COMMENT, DESCRIPTION");
        add("CDB_OB_RECOVER_TABLE_JOBS", recover);
        add("CDB_OB_RECOVER_TABLE_JOB_HISTORY", recover);
        const QStringList import = cols("TENANT_ID, JOB_ID, INITIATOR_TENANT_ID, INITIATOR_JOB_ID, START_TIMESTAMP, FINISH_TIMESTAMP, "
                                        "SRC_TENANT_NAME, SRC_TENANT_ID, STATUS, TOTAL_TABLE_COUNT, FINISHED_TABLE_COUNT, "
                                        "FAILED_TABLE_COUNT, TOTAL_BYTES, FINISHED_BYTES, FAILED_BYTES, RESULT, COMMENT, IMPORT_ALL, "
                                        "DB_LIST, TABLE_LIST, REMAP_DB_LIST, REMAP_TABLE_LIST, REMAP_TABLEGROUP_LIST, "
                                        "REMAP_TABLESPACE_LIST, DESCRIPTION");
        add("CDB_OB_IMPORT_TABLE_JOBS", import);
        add("CDB_OB_IMPORT_TABLE_JOB_HISTORY", import);
        const QStringList tasks = cols("TENANT_ID, TASK_ID, JOB_ID, SRC_TENANT_ID, SRC_TABLESPACE, SRC_TABLEGROUP, SRC_DATABASE, "
                                       "SRC_TABLE, SRC_PARTITION, TARGET_TABLESPACE, TARGET_TABLEGROUP, TARGET_DATABASE, TARGET_TABLE, "
                                       "TABLE_COLUMN, STATUS, START_TIMESTAMP, COMPLETION_TIMESTAMP, CUMULATIVE_TS, TOTAL_INDEX_COUNT, "
                                       "IMPORTED_INDEX_COUNT, FAILED_INDEX_COUNT, TOTAL_CONSTRAINT_COUNT, IMPORTED_CONSTRAINT_COUNT, "
                                       "FAILED_CONSTRAINT_COUNT, TOTAL_REF_CONSTRAINT_COUNT, IMPORTED_REF_CONSTRAINT_COUNT, "
                                       "FAILED_REF_CONSTRAINT_COUNT, TOTAL_TRIGGER_COUNT, IMPORTED_TRIGGER_COUNT, "
                                       "FAILED_TRIGGER_COUNT, RESULT, COMMENT");
        add("CDB_OB_IMPORT_TABLE_TASKS", tasks);
        add("CDB_OB_IMPORT_TABLE_TASK_HISTORY", tasks);
    }
    return views;
}

// SQLite column types: counters and ids are INTEGER (LONGLONG on the wire), percentages DECIMAL, the rest TEXT.
QString columnType(const QString &column)
{
    static const QStringList textLike = {QStringLiteral("NAME"), QStringLiteral("ZONE"), QStringLiteral("STATUS"),
                                         QStringLiteral("DISPLAY"), QStringLiteral("TIME"), QStringLiteral("LIST"),
                                         QStringLiteral("PATH"), QStringLiteral("DEST"), QStringLiteral("COMMENT"),
                                         QStringLiteral("OPTION"), QStringLiteral("VALUE"), QStringLiteral("INFO"),
                                         QStringLiteral("TYPE"), QStringLiteral("IP"), QStringLiteral("MODE"),
                                         QStringLiteral("ROLE"), QStringLiteral("LOCALITY"), QStringLiteral("VERSION"),
                                         QStringLiteral("COMPATIBLE"), QStringLiteral("DESCRIPTION"), QStringLiteral("PASSWD"),
                                         QStringLiteral("EVENT"), QStringLiteral("MODULE"), QStringLiteral("SCOPE"),
                                         QStringLiteral("SECTION"), QStringLiteral("LEVEL"), QStringLiteral("IDC"),
                                         QStringLiteral("REGION"), QStringLiteral("RATIO"), QStringLiteral("COMPRESSION"),
                                         QStringLiteral("ID_LIST"), QStringLiteral("TRACE"), QStringLiteral("LOCKED"),
                                         QStringLiteral("RECYCLEBIN"), QStringLiteral("PLUS_ARCHIVELOG"),
                                         QStringLiteral("WITH_ROOTSERVER"), QStringLiteral("MANUAL_MIGRATE"),
                                         QStringLiteral("RESULT_STR"), QStringLiteral("ENDPOINT"), QStringLiteral("AUTHORIZATION"),
                                         QStringLiteral("EXTENSION"), QStringLiteral("CHECK_FILE_NAME")};
    const QString c = column.toUpper();
    // The start and end of jobs and files: TIMESTAMP columns (ob_inner_table_schema_def.py: start_time, finish_time
    // 'timestamp'), stored as the instant and shown in each reading session's time zone.
    static const QStringList timestamps = {QStringLiteral("START_TIMESTAMP"), QStringLiteral("END_TIMESTAMP"),
                                           QStringLiteral("FINISH_TIMESTAMP"), QStringLiteral("COMPLETION_TIMESTAMP"),
                                           QStringLiteral("START_TIME"), QStringLiteral("COMPLETION_TIME")};
    if (timestamps.contains(c) || c.endsWith(u"_SCN_DISPLAY")) // SCN_TO_TIMESTAMP(…) is a TIMESTAMP too
        return QStringLiteral("TIMESTAMP");
    // The recover and import views' names and results (RESULT is text there; __all_virtual_ls_restore_progress's
    // lower-case `result` is an error code).
    static const QStringList textExact = {QStringLiteral("SRC_DATABASE"), QStringLiteral("SRC_TABLE"), QStringLiteral("SRC_TABLESPACE"),
                                          QStringLiteral("SRC_TABLEGROUP"), QStringLiteral("SRC_PARTITION"), QStringLiteral("TARGET_DATABASE"),
                                          QStringLiteral("TARGET_TABLE"), QStringLiteral("TARGET_TABLESPACE"), QStringLiteral("TARGET_TABLEGROUP")};
    if (textExact.contains(c) || column == u"RESULT")
        return QStringLiteral("TEXT");
    if (c.endsWith(u"_PROGRESS"))
        return QStringLiteral("DECIMAL(6,2)");
    if (c == u"MAX_CPU" || c == u"MIN_CPU" || c.startsWith(u"CPU_"))
        return QStringLiteral("REAL");
    if (c == u"BACKUP_CLUSTER_VERSION" || c == u"SVR_PORT" || c == u"SQL_PORT" || c == u"INNER_PORT" || c.endsWith(u"_PORT"))
        return QStringLiteral("INTEGER");
    for (const QString &t : textLike) {
        if (c.contains(t))
            return QStringLiteral("TEXT");
    }
    return QStringLiteral("INTEGER");
}

} // namespace obsim
