#pragma once

#include "common/obversion.h"
#include "common/scn.h"
#include "cluster/session.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace obrestore {

struct RecoverTableState;

// One log stream replica's restore state, from __all_virtual_ls_restore_progress (ob-restore-sql.md §2.4).
struct LsRestoreProgress
{
    qint64 lsId = 0;
    QString server;             // ip:port
    int status = 0;             // ObLSRestoreStatus integer (the numbering changed after 4.0)
    quint64 startReplayScn = 0;
    quint64 lastReplayScn = 0;
    qint64 tablets = 0;
    qint64 finishedTablets = 0;
    int result = 0;             // an OceanBase error code when the LS failed
    QString comment;
};

// The name of an LS restore status integer for a version (§2.4). The numbering is known for 4.0 and for 4.2.1+;
// for 4.1 and 4.2.0 it was not checked (UNCONFIRMED): those versions are read with the 4.2 numbering, the way the
// simulator models them, and *confirmed is set to false so the display can say so.
QString lsRestoreStatusName(int status, const ObVersion &version, bool *confirmed = nullptr);
// A TIMESTAMP column's value ("2024-03-01 16:00:00.123456", any number of fraction digits, or a QDateTime) as UTC:
// every session obrestore opens reads its TIMESTAMP columns in UTC (Session::pinTimeZone). nullopt when not a time.
std::optional<QDateTime> serverDateTime(const QVariant &value);
// How far an LS is through its restore steps, 0..1 (0 after a restore = RESTORE_NONE = done, so 1).
double lsRestoreStepFraction(int status, const ObVersion &version);
bool lsRestoreStatusFailed(int status, const ObVersion &version);

// One look at a restore job: both rows of CDB_OB_RESTORE_PROGRESS (the job's sys row and the restored tenant's row),
// the counters, the per-LS rows, or the final result from the history. A value type, sent across threads.
struct ProgressSample
{
    enum class Kind {
        Running,        // the job is in the progress view
        Finished,       // the job has left the progress view: the history's result
        NotFound,       // no such job running, none in the history
        ConnectionLost, // the server could not be read: a gap in the samples
        Error,          // the server answered with an error (error says which)
    };
    // What the data restore percentage is based on.
    enum class DataBasis {
        None,
        Tablets,        // RESTORE_PROGRESS / FINISH_TABLET_COUNT of TABLET_COUNT (4.2.1.7+ on 4.2.x, 4.3.3+)
        Bytes,          // RESTORE_PROGRESS / FINISH_BYTES of TOTAL_BYTES (4.3.x with the BYTES display mode)
        LogStreamSteps, // the LS status steps (versions whose counters do not move, §2.5)
        Partitions,     // 3.x FINISH_PARTITION_COUNT of PARTITION_COUNT
    };
    enum class LogBasis {
        None,
        RecoverScn,     // RECOVER_SCN / RECOVER_PROGRESS of the view
        LogStreamScn,   // the slowest LS's last_replay_scn against restore_scn
    };

    Kind kind = Kind::Running;
    QDateTime at;               // the client's clock when the answer arrived (UTC)
    qint64 jobId = 0;
    QString tenantName;
    qint64 tenantId = 0;
    QString jobStatus;          // the job's row (4.x: TENANT_ID = 1; 3.x: its only row)
    QString tenantStatus;       // the restored tenant's row (4.x), empty until it exists
    QString startTimestamp;     // as the server shows it (session time zone)
    std::optional<qint64> elapsedSeconds; // the server's NOW() minus START_TIMESTAMP
    QString restoreOption;      // pool_list=…&… as entered
    QString restoreType;        // RESTORE_TYPE (4.3.3+): FULL or QUICK; empty where the view has none
    QString displayMode;        // PROGRESS_DISPLAY_MODE where the view has it: TABLET_CNT or BYTES
    std::optional<qint64> totalBytes;
    std::optional<qint64> finishedBytes;
    quint64 restoreScn = 0;
    std::optional<quint64> recoverScn;
    std::optional<qint64> tablets;
    std::optional<qint64> finishedTablets;
    std::optional<qint64> lsCount;
    std::optional<qint64> finishedLsCount;
    DataBasis dataBasis = DataBasis::None;
    LogBasis logBasis = LogBasis::None;
    std::optional<double> dataPercent; // 0..100
    std::optional<double> logPercent;  // 0..100
    QList<LsRestoreProgress> logStreams;
    bool progressColumns = false; // the view has RECOVER_SCN … RESTORE_PROGRESS (§2.1)

    // Finished.
    bool success = false;
    QString finishTimestamp;
    QString comment;
    std::optional<ObVersion> backupClusterVersion;

    ServerError error;          // ConnectionLost, Error, NotFound

    // A table-level recovery (RECOVER TABLE): its jobs, import and tables. The fields above then describe the
    // auxiliary tenant's restore (while it runs) and `jobId` is the recovery's sys job.
    std::shared_ptr<const RecoverTableState> recover;
    bool isRecoverTable() const { return recover != nullptr; }

    bool isFinal() const { return kind == Kind::Finished; }
    // Every value that moves while a restore makes progress, to notice when nothing does.
    QString progressFingerprint() const;
    // The pools named in RESTORE_OPTION's pool_list (they stay after a cancel).
    QStringList poolList() const;
};

// What RESTORE_PROGRESS of a sample counts: the view's display mode, or the unit its value matches.
ProgressSample::DataBasis restoreProgressBasis(const ProgressSample &s);

// One kind of job, read one sample at a time in the poller's thread with that thread's Session.
class JobReader
{
public:
    virtual ~JobReader() = default;
    virtual ProgressSample read(Session &session) = 0;
    // Forget what was discovered (after a reconnect the server may have been upgraded or restarted).
    virtual void resetDiscovery() = 0;
    virtual std::optional<qint64> jobId() const = 0;
};

// Builds and runs the progress queries for one target: one round trip per sample while the job runs (the progress
// view joined with the aggregate and per-LS virtual tables), the history once the job has left the view. The view's
// columns are discovered at run time (SELECT * … LIMIT 0), because they differ by version (§2.1).
// Used in one thread with that thread's Session.
class ProgressReader final : public JobReader
{
public:
    ProgressReader(const ObVersion &version, QString tenant, std::optional<qint64> jobId = std::nullopt);

    ProgressSample read(Session &session) override;
    void resetDiscovery() override { m_discovered = false; }
    std::optional<qint64> jobId() const override { return m_jobId; }
    const ObVersion &version() const { return m_version; }

    // The query text a sample uses, for tests and for the "what to check" help.
    QString progressQuery() const;

private:
    bool discover(Session &session, ServerError *error);
    bool hasProgressColumns() const;
    ProgressSample readRunning(const Session::Rows &rows);
    std::optional<ProgressSample> readHistory(Session &session, ServerError *error);

    ObVersion m_version;
    QString m_tenant;
    std::optional<qint64> m_jobId;
    bool m_discovered = false;
    QSet<QString> m_columns;  // upper-case column names of CDB_OB_RESTORE_PROGRESS
    bool m_joinVirtual = true; // the virtual tables could be read (else the view alone)
    int m_missingReads = 0;    // consecutive reads that found the job neither running nor in the history
};

} // namespace obrestore

Q_DECLARE_METATYPE(obrestore::ProgressSample)
