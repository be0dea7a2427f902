#pragma once

#include <QString>

#include <optional>

namespace obrestore {

// A restore job's COMMENT (CDB_OB_RESTORE_HISTORY, ob-restore-sql.md §2.3) taken apart and explained:
//   RootService: "<MOD> : <ERRNAME>(<code>) on <ip:port> with traceid <trace>"
//   an LS:       "ls_id: N, addr: ip:port, <comment>;"
//   cleanup:     "physical restore run concurrently with backup data clean, please check backup and archive jobs"
// 3.x's INFO is free text with the module and code; whatever is found is used.
struct RestoreFailure
{
    QString raw;
    QString module;      // ROOTSERVICE, CLOG, STORAGE
    QString errorName;   // OB_LS_RESTORE_FAILED
    std::optional<int> code; // -9094
    QString server;      // ip:port
    QString traceId;
    std::optional<qint64> lsId;
    bool concurrentClean = false;
    bool tenantDropped = false; // -5157: the tenant was dropped (a cancel, or someone else)
    QString cause;       // translated
    QString fix;         // translated

    QString summary() const; // cause, then the fix, then where to look (trace id)
};

RestoreFailure decodeRestoreComment(const QString &comment);
// A table-level recovery's or import task's COMMENT: ObImportResult's "result:<code>(<text>), addr:<ip:port>,
// trace_id:<trace>" (ob_import_table_struct.cpp), or a restore comment of the auxiliary tenant.
RestoreFailure decodeRecoverComment(const QString &comment);

} // namespace obrestore
