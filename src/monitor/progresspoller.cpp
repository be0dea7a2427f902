#include "progresspoller.h"

#include "recoverprogress.h"

#include <QPointer>
#include <QTimer>

namespace obrestore {

ProgressPoller::ProgressPoller(PollTarget target, PollSettings settings)
    : m_target(std::move(target)), m_settings(settings), m_intervalMs(qMax(50, settings.intervalMs)), m_retryMs(settings.firstRetryMs)
{
    qRegisterMetaType<obrestore::ProgressSample>();
}

ProgressPoller::~ProgressPoller()
{
    // Runs in the worker thread (deleteLater on QThread::finished): the connection is removed where it was made.
    m_reader.reset();
    m_session.reset();
}

void ProgressPoller::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    ConnectionSettings c = m_target.connection;
    c.readTimeoutSeconds = m_settings.readTimeoutSeconds;
    c.connectTimeoutSeconds = qMin(c.connectTimeoutSeconds, m_settings.readTimeoutSeconds);
    m_session = std::make_unique<Session>(c);
    if (m_target.recoverTable)
        m_reader = std::make_unique<RecoverTableReader>(m_target.version, m_target.tenant, m_target.jobId);
    else
        m_reader = std::make_unique<ProgressReader>(m_target.version, m_target.tenant, m_target.jobId);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ProgressPoller::poll);
    poll();
}

void ProgressPoller::pollNow()
{
    if (!m_session || m_inFlight || m_done)
        return;
    m_timer->stop();
    poll();
}

void ProgressPoller::arm(int ms)
{
    if (!m_done && !QThread::currentThread()->isInterruptionRequested())
        m_timer->start(ms);
}

void ProgressPoller::poll()
{
    if (m_done || QThread::currentThread()->isInterruptionRequested())
        return;
    m_inFlight = true;
    ProgressSample sample = m_reader->read(*m_session);
    m_inFlight = false;
    if (QThread::currentThread()->isInterruptionRequested())
        return;
    if (sample.kind == ProgressSample::Kind::ConnectionLost) {
        // Reconnect with backoff; the gap is marked by the first lost sample and closed by reconnected().
        m_session->close();
        m_reader->resetDiscovery(); // the server may come back as another build
        if (!m_lostAt)
            m_lostAt = sample.at;
        Q_EMIT sampled(sample);
        arm(m_retryMs);
        m_retryMs = qMin(m_retryMs * 2, m_settings.maxRetryMs);
        return;
    }
    if (m_lostAt) {
        Q_EMIT reconnected(*m_lostAt, sample.at);
        m_lostAt.reset();
    }
    m_retryMs = m_settings.firstRetryMs;
    Q_EMIT sampled(sample);
    if (sample.isFinal() && m_settings.stopWhenFinished) {
        m_done = true;
        m_session->close();
        Q_EMIT finished(sample);
        return;
    }
    arm(m_intervalMs);
}

ProgressMonitor::ProgressMonitor(QObject *parent) : QObject(parent) {}

ProgressMonitor::~ProgressMonitor()
{
    stop();
    // Every worker thread this monitor started, including ones still finishing a query.
    const auto threads = findChildren<QThread *>(QString(), Qt::FindDirectChildrenOnly);
    for (QThread *t : threads)
        t->wait();
}

void ProgressMonitor::start(const PollTarget &target, const PollSettings &settings)
{
    stop();
    m_target = target;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("obrestore-progress"));
    m_worker = new ProgressPoller(target, settings);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ProgressPoller::start);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_worker, &ProgressPoller::sampled, this, &ProgressMonitor::sampled);
    connect(m_worker, &ProgressPoller::reconnected, this, &ProgressMonitor::reconnected);
    connect(m_worker, &ProgressPoller::finished, this, &ProgressMonitor::finished);
    m_thread->start();
}

void ProgressMonitor::stop()
{
    if (!m_thread)
        return;
    // No sample reaches the owner after stop(); the thread ends after the query in flight, if any.
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread = nullptr;
    m_worker = nullptr;
    Q_EMIT stopped();
}

bool ProgressMonitor::isRunning() const
{
    return m_thread != nullptr;
}

void ProgressMonitor::setIntervalMs(int ms)
{
    if (m_worker)
        m_worker->setIntervalMs(ms);
}

void ProgressMonitor::pollNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &ProgressPoller::pollNow, Qt::QueuedConnection);
}

} // namespace obrestore
