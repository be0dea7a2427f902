#pragma once

#include "monitor/progresspoller.h"
#include "plan/wizardtasks.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QThreadPool;

namespace obrestore {

class ConnectionForm;
class ProgressView;

// A window of its own that follows one restore (from the "Restore jobs" view).
class ProgressWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressWindow)

public:
    ProgressWindow(QThreadPool *pool, const PollTarget &target, QWidget *parent = nullptr);
    ProgressView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    ProgressView *m_view = nullptr;
    QString m_tenant;
};

// "Restore jobs": connect to a target and see its running restores (each can be monitored again: re-attach) and
// its restore history, failures explained.
class RestoreJobsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreJobsDialog)

public:
    RestoreJobsDialog(QThreadPool *pool, QWidget *parent = nullptr);

    void setConnection(const ConnectionSettings &settings);
    void connectNow();
    // Opens a progress window for a running job of the list (the tenant's name); returns it, or null.
    ProgressWindow *monitor(const QString &tenant, bool recovery = false);
    const RestoreJobsList &jobs() const { return m_jobs; }
    bool isBusy() const { return m_busy; }
    // Writes a support bundle of the selected job (running or in the history; the whole list when none is
    // selected) to `path` in the background; the summary line says when it is done.
    void exportBundle(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void monitorSelected();
    std::optional<RestoreJobInfo> selectedJob() const;
    static QString jobName(const RestoreJobInfo &job);

    QThreadPool *m_pool = nullptr;
    ConnectionForm *m_form = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_running = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_monitor = nullptr;
    QPushButton *m_bundle = nullptr;
    RestoreJobsList m_jobs;
    ConnectionSettings m_connected;
    bool m_busy = false;
    quint64 m_request = 0;
};

} // namespace obrestore
