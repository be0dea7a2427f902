#pragma once

#include "common/obversion.h"
#include "sqlengine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QWaitCondition>

#include <atomic>
#include <optional>

namespace obsim {

// What differs between the simulated OceanBase versions (../shared/reference/ob-restore-sql.md).
struct VersionProfile
{
    obrestore::ObVersion version;
    bool ce = true;
    bool v3 = false;                 // 3.x: cluster-level backups, 3.x grammar and views
    bool hasObVersionFunction = true;// ob_version(): not in 3.1.x CE
    bool syncRestore = true;         // 4.1+: ALTER SYSTEM RESTORE waits until the tenant exists
    bool failWhileWaiting = true;    // 4.2.1+: a job failing during that wait returns 9099
    bool cancelRestore = true;       // ALTER SYSTEM CANCEL RESTORE: grammar from 4.2.1 (4.2.0's resolver only)
    bool preview = true;             // RESTORE … PREVIEW: documented from 4.2.3 / 4.3.2
    bool consistentScnStatus = true; // PHYSICAL_RESTORE_WAIT_RESTORE_TO_CONSISTENT_SCN: 4.2.1+
    bool mappedStatus = true;        // 4.1+: RESTORE_PRE … POST_CHECK shown as RESTORING
    bool progressColumns = true;     // RECOVER_SCN … RESTORE_PROGRESS: 4.2.1.7+ on 4.2, 4.3.3+
    bool restoreType = false;        // RESTORE_TYPE and method=quick: 4.3.3+
    bool concurrencyOption = true;   // WITH 'concurrency=…': 4.1+
    bool needsRestoreConcurrency = false; // 3.x and 4.0: parameter restore_concurrency must be set
    bool backupTimeZone = true;      // UNTIL TIME read in the backup's time zone (4.2.0+; 4.2.0 UNCONFIRMED)
    int tenantColumnsLevel = 3;      // DBA_OB_TENANTS: 0 = 4.0, 1 = 4.1, 2 = 4.2.1/4.3, 3 = 4.3.3

    static VersionProfile forVersion(const obrestore::ObVersion &v, bool ce = true);
    QString versionFunction() const;   // SELECT version()
    QString versionComment() const;    // @@version_comment
};

// One client connection's state.
struct Session
{
    quint32 connectionId = 0;
    QString user;
    QString tenant = QStringLiteral("sys");
    bool admin = false;
    QString database = QStringLiteral("oceanbase");
    QMap<QString, Value> userVariables;
    QMap<QString, QString> systemVariables; // lower-case names
    QStringList decryptionPasswords;          // SET DECRYPTION IDENTIFIED BY
    struct Preview
    {
        QString uris;
        std::optional<quint64> scn;
        QString time;
    };
    std::optional<Preview> preview;            // ALTER SYSTEM RESTORE … PREVIEW, for SHOW RESTORE PREVIEW
    bool dropRequested = false;                // set by a fault: close this connection
};

struct Faults
{
    std::atomic<int> dropAfterQueries{-1}; // every connection drops after this many more queries (-1 = never)
    std::atomic<int> delayMs{0};           // each answer waits this long first
    std::atomic<qint64> clockOffsetSecs{0}; // the server's wall clock is off by this much (OBSIM CLOCK OFFSET)
};

struct StatementResult
{
    std::optional<ResultSet> result;
    std::optional<SqlError> error;
    static StatementResult ok(quint64 affected = 0)
    {
        ResultSet r;
        r.affected = affected;
        return {r, std::nullopt};
    }
    static StatementResult fail(SqlError e) { return {std::nullopt, e}; }
};

// The simulated cluster: its catalog (SQLite tables named like OceanBase's views), its statements, its restore
// jobs advancing on a clock. Thread-safe: every connection thread calls in under one lock.
class ObCluster
{
public:
    struct Options
    {
        obrestore::ObVersion version{4, 2, 3, 0};
        bool ce = true;
        double speed = 1.0;               // simulated seconds per real second
        QString clusterName = QStringLiteral("obcluster");
        qint64 clusterId = 1712641788;
        QStringList backupRoots;          // trees registered as this cluster's own backups (online source): folders,
                                          // or object storage with its key (s3://bucket/path?host=…&access_id=…&access_key=…)
        // How the registered backups' keys are kept: in plain text (Community Edition builds) or as
        // encrypt_key=<hex> (builds with transparent encryption), docs/object-storage.md §6.
        bool storageKeysEncrypted = false;
        QString scenarioFile;             // JSON: zones, servers, unit configs, pools, tenants
        QString rootPassword;             // root@sys
        std::optional<double> failRestoreAtPercent; // every new restore job fails at this progress …
        int failRestoreCode = -9094;                // … with this OceanBase error
        // Every new table-level recovery fails in this phase of its target-tenant job (RESTORE_AUX_TENANT,
        // ACTIVE_AUX_TENANT, PRECHECK_IMPORT, GEN_IMPORT_JOB or IMPORTING), with this error (0: the phase's default).
        QString failRecoverAt;
        int failRecoverCode = 0;
        // The restore progress display mode of new jobs (ObRestoreProgressDisplayMode, 4.3.x): "TABLET_CNT" or
        // "BYTES". How a real cluster chooses it is UNCONFIRMED; the view computes RESTORE_PROGRESS from it.
        QString progressDisplayMode = QStringLiteral("TABLET_CNT");
        QString adminUser = QStringLiteral("obsim_admin");
        QString adminPassword = QStringLiteral("obsim");
    };

    explicit ObCluster(const Options &options);
    ~ObCluster();

    const VersionProfile &profile() const { return m_profile; }
    QString serverVersion() const; // the handshake's version string
    Faults &faults() { return m_faults; }

    // Returns the password of a user ("root@sys", "root@sys#cluster", "root", the admin user), or nullopt.
    std::optional<QString> passwordOf(const QString &user, bool *admin) const;
    bool loadScenario(const QString &file, QString *error);

    // Runs one statement (the text of one statement, without the trailing ';').
    StatementResult execute(Session &session, const QString &statement, const QList<Value> &params = {});
    // For COM_STMT_PREPARE: result columns and parameter count.
    bool describe(Session &session, const QString &statement, QList<Column> *columns, int *paramCount, SqlError *error);

    // Admin faults that reach beyond the model (connections, restarts) are handed to the server.
    std::function<void()> onDropConnections;
    std::function<void(bool newPort)> onRestart;

    double simulatedSeconds() const;
    // The server's wall clock (job start and finish times, NOW()): this machine's, off by OBSIM CLOCK OFFSET.
    QDateTime serverNow() const;

    // Restore jobs advanced to now: how many run, how many there have been.
    struct JobCounts
    {
        int running = 0;
        int total = 0;
    };
    JobCounts jobCounts();

private:
    struct RestoreJob
    {
        qint64 jobId = 0;
        QString tenantName;
        qint64 tenantId = 0;
        QString backupTenantName;
        qint64 backupTenantId = 0;
        QString backupClusterName;
        QString backupDest;
        QString restoreOption;
        QString description;
        QString pools;
        QString restoreType = QStringLiteral("FULL");
        QString progressDisplayMode = QStringLiteral("TABLET_CNT");
        quint64 restoreScn = 0;
        quint64 consistentScn = 0;
        QDateTime startUtc; // START_TIMESTAMP (a TIMESTAMP column: stored as the instant, shown in the reader's zone)
        QStringList setList;
        QStringList pieceList;
        quint64 backupClusterVersion = 0;
        quint64 sourceDataVersion = 0;   // the newest set's tenant_compatible
        qint32 minBackupCompatible = 0;  // the lowest backup_compatible of the sets read
        qint64 totalBytes = 0;
        int tabletCount = 0;
        int lsCount = 3;
        double startSim = 0;
        double pausedTotal = 0;
        std::optional<double> pausedAt;
        std::optional<double> failAtPercent;
        std::optional<double> pauseAtPercent; // OBSIM PAUSE RESTORE t AT pct: pauses itself there
        double lastElapsed = -1;              // its timeline at the last tick (a hold is for a phase entered since)
        int failCode = -9094;
        bool done = false;
        bool success = false;
        QString comment;
        QString lastStatus;

        double elapsed(double now) const
        {
            const double paused = pausedTotal + (pausedAt ? now - *pausedAt : 0);
            return now - startSim - paused;
        }
    };

    // A table-level recovery (ALTER SYSTEM RECOVER TABLE): the sys job, the target tenant's job, the auxiliary
    // tenant's restore, the import job and its per-table tasks (docs/recover-table.md).
    struct RecoverTask
    {
        qint64 taskId = 0;
        QString srcDatabase, srcTable, targetDatabase, targetTable;
        int indexes = 0, constraints = 0;
        double start = -1;   // simulated seconds when it started (DOING), -1 = INIT
        double end = -1;     // when it finished
        bool failed = false;
        QString comment;
    };
    struct RecoverJob
    {
        qint64 sysJobId = 0, userJobId = 0, importJobId = 0;
        qint64 targetTenantId = 0;
        QString targetTenant;
        QString auxTenant;
        qint64 auxTenantId = 0;
        bool importAll = false;
        QString dbList, tableList, remapDbList, remapTableList, remapTablegroupList, remapTablespaceList;
        QString backupDest, restoreOption, description, setList, pieceList, backupTenantName;
        quint64 restoreScn = 0;
        QString sourceMode, targetMode;
        int sourceCaseMode = 1, targetCaseMode = 1; // lower_case_table_names of the backed-up and the receiving tenant
        QDateTime startUtc;
        double startSim = 0;
        RestoreJob *aux = nullptr;
        QList<RecoverTask> tasks;
        QString userStatus = QStringLiteral("PREPARE");
        QString sysStatus = QStringLiteral("PREPARE");
        double statusSince = 0;
        QString importStatus;
        double importSince = 0;
        QString failAt;
        int failCode = 0;
        bool cancelled = false;
        bool userDone = false;      // the target tenant's job has left for the history
        bool done = false;          // the sys job too
        bool success = false;
        QString comment;
        double finishedAt = 0;
    };
    StatementResult runRecoverTable(Session &session, const QString &sql, QMutexLocker<QMutex> &lock);
    StatementResult runCancelRecoverTable(const QString &tenant);
    void tickRecover(double now);
    void advanceRecover(RecoverJob &job, double now);
    void writeRecoverRows(const RecoverJob &job, bool history);
    void failRecover(RecoverJob &job, double now, int code, const QString &what);

    void createCatalog();
    void seedDefaultCluster();
    void registerBackups(const QString &root);
    void refreshParameters();
    // A tenant's data version (the tenant-level `compatible`): the scenario's, else the cluster's version.
    obrestore::ObVersion tenantCompatible(qint64 tenantId);
    // ObRecoverTableUtil::check_compatible and handle_recover_table's upgrade check, for RECOVER TABLE and its cancel.
    std::optional<SqlError> recoverTableRefusal(qint64 targetTenantId);
    void tick(); // advances every running job to now
    QList<std::pair<QString, double>> restorePhaseStarts() const;
    void writeJobRows(RestoreJob &job, double elapsed);
    void finishJob(RestoreJob &job, bool success, const QString &comment);
    StatementResult runSelect(Session &session, const QString &sql, const QList<Value> &params);
    StatementResult runSet(Session &session, const QString &sql);
    StatementResult runShow(Session &session, const QString &sql);
    StatementResult runCreateResource(Session &session, const QString &sql);
    StatementResult runDropResource(Session &session, const QString &sql);
    StatementResult runAlterSystem(Session &session, const QString &sql, QMutexLocker<QMutex> &lock);
    StatementResult runRestore(Session &session, const QString &sql, QMutexLocker<QMutex> &lock);
    struct RestoreArgs
    {
        QString tenantName;
        QString from;
        std::optional<quint64> untilScn;
        QString untilTime;
        QString withOptions;
        QString description;
        QString sourceTenant;
        QString keyFrom;
    };
    // Validates like OceanBase and starts the job; `created` set: the job is returned and the statement does not wait.
    StatementResult startRestore(Session &session, const RestoreArgs &args, QMutexLocker<QMutex> &lock, RestoreJob **created);
    StatementResult runDropTenant(Session &session, const QString &sql);
    StatementResult runAlterTenant(Session &session, const QString &sql);
    // A tenant's global variable (4.x: its CDB_OB_SYS_VARIABLES row; the sys tenant's also for @@global.x).
    void setTenantVariable(qint64 tenantId, const QString &name, const QString &value);
    StatementResult runAdmin(Session &session, const QString &sql);
    StatementResult showRestorePreview(Session &session);
    QString rewriteForSqlite(const Session &session, const QString &sql) const;
    bool dropTenant(const QString &name, bool onlyInRestore, SqlError *error);

    Options m_options;
    VersionProfile m_profile;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    SqlEngine m_sql;
    Faults m_faults;
    QMap<QString, QString> m_sysGlobals; // the sys tenant's global variables set since start (SET GLOBAL)
    QMap<QString, int> m_backupCaseModes; // backed-up tenant name -> its lower_case_table_names (scenario)
    QElapsedTimer m_clock;
    double m_speed = 1.0;
    double m_simBase = 0;   // simulated seconds accumulated before the last speed change
    qint64 m_realBase = 0;  // real ms at the last speed change
    // Holds (OBSIM HOLD AT …): a job entering one of these phases stops the whole clock at the phase's first instant
    // until OBSIM RELEASE, so that a test sees every phase it names however its machine is loaded (issue 30).
    QSet<QString> m_holdPhases;
    bool m_holdEveryPhase = false;
    std::optional<double> m_heldSpeed; // the speed to go on with after a release; set while the clock is held
    QString m_heldPhase;
    QMap<QString, double> m_pendingPauseAt; // tenant (lower case) -> % of its timeline where its next job pauses itself
    bool holdsAt(const QString &phase) const;
    void holdClockAt(double simSeconds, const QString &phase);
    double runningSpeed() const { return m_heldSpeed.value_or(m_speed); }
    QList<RestoreJob *> m_jobs;
    QList<RecoverJob *> m_recoverJobs;
    qint64 m_nextJobId = 1;
    Session *m_current = nullptr; // the session of the statement being run (for @@variables)
};

} // namespace obsim
