#pragma once

#include "restoreprogress.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class QTimer;

namespace obrestore {

// What to watch and how often.
struct PollTarget
{
    ConnectionSettings connection;
    ObVersion version;
    QString tenant;
    std::optional<qint64> jobId; // nullopt: the tenant's newest job
    // A table-level recovery whose target is `tenant` (jobId: its sys job) instead of a tenant restore.
    bool recoverTable = false;
};

struct PollSettings
{
    int intervalMs = 2000;        // between an answer and the next question (single-shot re-arm)
    int firstRetryMs = 1000;      // after a lost connection: 1 s, 2 s, 4 s … up to maxRetryMs
    int maxRetryMs = 30000;
    int readTimeoutSeconds = 10;  // bounds how long a stop can wait for a query in flight
    bool stopWhenFinished = true; // the job's final result ends the polling
};

// The worker: lives in its own QThread (ProgressMonitor moves it there) with its own Session, created in start()
// and removed in the destructor, both in that thread. A single-shot timer is re-armed only after each answer, so a
// slow server never piles up questions. Samples go out as values through queued signals.
class ProgressPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPoller)

public:
    ProgressPoller(PollTarget target, PollSettings settings);
    ~ProgressPoller() override;

    // Thread-safe: takes effect at the next re-arm.
    void setIntervalMs(int ms) { m_intervalMs = qMax(50, ms); }

public Q_SLOTS:
    void start();   // in the worker thread
    void pollNow(); // an extra sample now (e.g. after a cancel); ignored while one is in flight

Q_SIGNALS:
    void sampled(const obrestore::ProgressSample &sample);
    // The connection came back after a gap: how long the server could not be read.
    void reconnected(const QDateTime &lostAt, const QDateTime &backAt);
    void finished(const obrestore::ProgressSample &final);

private:
    void poll();
    void arm(int ms);

    PollTarget m_target;
    PollSettings m_settings;
    std::atomic_int m_intervalMs;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<JobReader> m_reader;
    QTimer *m_timer = nullptr;
    bool m_inFlight = false;
    bool m_done = false;
    std::optional<QDateTime> m_lostAt;
    int m_retryMs = 0;
};

// The controller, in the thread that owns it (the GUI thread or the CLI's main thread): owns the worker thread.
// stop() never blocks; the destructor waits for the thread, which a query in flight delays by at most the
// poller's read timeout.
class ProgressMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressMonitor)

public:
    explicit ProgressMonitor(QObject *parent = nullptr);
    ~ProgressMonitor() override;

    void start(const PollTarget &target, const PollSettings &settings = {});
    void stop();
    bool isRunning() const;
    void setIntervalMs(int ms);
    void pollNow();
    const PollTarget &target() const { return m_target; }

Q_SIGNALS:
    void sampled(const obrestore::ProgressSample &sample);
    void reconnected(const QDateTime &lostAt, const QDateTime &backAt);
    void finished(const obrestore::ProgressSample &final);
    void stopped();

private:
    PollTarget m_target;
    QThread *m_thread = nullptr;
    ProgressPoller *m_worker = nullptr;
};

} // namespace obrestore
