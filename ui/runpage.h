#pragma once

#include "monitor/restoreprogress.h"
#include "wizardstate.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace obrestore {

class ProgressView;


// Page 7: starts the restore in the background (once: a RESTORE is never resubmitted on its own), then watches it
// live (ProgressView: chart, status, stall warning, cancel, next steps), with the statements sent on a second tab.
class RunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    RunPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_busy; }
    std::optional<RestoreJobInfo> job() const { return m_job; }
    // A job started from this page runs on (closing the wizard leaves it running on the cluster).
    bool jobRunning() const { return m_state.jobId.has_value() && !m_finished; }
    ProgressView *progress() const { return m_progress; }

Q_SIGNALS:
    void jobRunningChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onSample(const ProgressSample &sample);

    WizardState &m_state;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QPlainTextEdit *m_sent = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProgressView *m_progress = nullptr;
    bool m_busy = false;
    bool m_started = false;
    bool m_finished = false;
    std::optional<ProgressSample> m_final; // the job's end, once seen
    QStringList m_statements;
    std::optional<RestoreJobInfo> m_job;
    ServerError m_error;
};

} // namespace obrestore
