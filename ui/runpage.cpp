#include "runpage.h"

#include "background.h"
#include "plan/wizardtasks.h"
#include "restorewizard.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace obrestore {

RunPage::RunPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(QStringLiteral("runPage"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("runHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("runDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_sent = new QPlainTextEdit(this);
    m_sent->setObjectName(QStringLiteral("sentStatements"));
    m_sent->setReadOnly(true);
    m_sent->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_sent, 1);
    auto *row = new QHBoxLayout;
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshStatusButton"));
    m_refresh->setEnabled(false);
    row->addWidget(m_refresh);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_refresh, &QPushButton::clicked, this, &RunPage::refresh);
    retranslateUi();
}

void RunPage::initializePage()
{
    if (m_started)
        return; // never a second RESTORE from this page
    if (!m_state.target)
        return;
    m_started = true;
    m_busy = true;
    retranslateUi();
    Q_EMIT completeChanged();
    const RestorePlan plan = m_state.plan;
    const ObVersion version = m_state.target->version;
    runInBackground(m_state.pool, this, [plan, version] { return startRestore(plan, version); }, [this](const RestoreStart &r) {
        m_busy = false;
        m_statements = r.statements;
        m_error = r.error;
        m_job = r.job;
        m_state.jobId = r.jobId;
        if (m_job && m_job->jobId == 0 && r.jobId)
            m_job->jobId = *r.jobId;
        m_refresh->setEnabled(r.jobId.has_value());
        m_sent->setPlainText(m_statements.join(u'\n'));
        if (!r.jobId) {
            // Nothing started: let the user go back and fix the plan (the summary is a commit page only while a
            // restore may have started). Starting again is the user's choice, and looks for a running job first.
            if (QWizardPage *summary = wizard() ? wizard()->page(RestoreWizard::Page_Summary) : nullptr)
                summary->setCommitPage(false);
        }
        retranslateUi();
        Q_EMIT completeChanged();
    });
}

void RunPage::refresh()
{
    if (!m_state.target || m_busy)
        return;
    m_busy = true;
    m_refresh->setEnabled(false);
    const ConnectionSettings settings = m_state.plan.target;
    const ObVersion version = m_state.target->version;
    const QString tenant = m_state.plan.tenantName;
    runInBackground(m_state.pool, this, [settings, version, tenant] { return readJobStatus(settings, version, tenant); },
                    [this](const JobStatus &s) {
                        m_busy = false;
                        m_refresh->setEnabled(true);
                        if (s.job) {
                            m_job = s.job;
                            m_finished = s.finished;
                        }
                        m_error = s.error;
                        retranslateUi();
                    });
}

void RunPage::cleanupPage()
{
    // Back from a restore that did not start: the next visit may start one.
    if (!m_state.jobId && !m_busy) {
        m_started = false;
        m_statements.clear();
        m_sent->clear();
        m_error = {};
    }
    if (QWizardPage *summary = wizard() ? wizard()->page(RestoreWizard::Page_Summary) : nullptr)
        summary->setCommitPage(true);
}

bool RunPage::isComplete() const
{
    return !m_busy;
}

void RunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void RunPage::retranslateUi()
{
    setTitle(tr("Restore"));
    setSubTitle(tr("The restore runs on the target cluster; closing the wizard does not stop it."));
    m_refresh->setText(tr("Refresh status"));
    if (m_busy && !m_state.jobId) {
        m_headline->setText(tr("Starting the restore of %1…").arg(m_state.plan.tenantName));
        m_details->setText(tr("The server may take a while to accept the statement (it waits until the tenant is created)."));
        return;
    }
    if (!m_state.jobId) {
        m_headline->setText(m_started ? tr("The restore did not start.") : QString());
        QString details = m_error.toString();
        if (!m_error.fix.isEmpty())
            details += u'\n' + tr("Fix: %1").arg(m_error.fix);
        details += u'\n' + tr("Nothing is sent again on its own: go Back, fix the plan and start again, or look for the job "
                              "on the target.");
        m_details->setText(details);
        return;
    }
    m_headline->setText(tr("Restore job %1 of %2 started.").arg(*m_state.jobId).arg(m_state.plan.tenantName));
    QStringList lines;
    if (m_job) {
        lines << tr("Status: %1").arg(m_job->status);
        if (!m_job->startTimestamp.isEmpty())
            lines << tr("Started: %1").arg(m_job->startTimestamp);
        if (m_finished && !m_job->finishTimestamp.isEmpty())
            lines << tr("Finished: %1").arg(m_job->finishTimestamp);
        if (m_finished && !m_job->comment.isEmpty())
            lines << tr("Comment: %1").arg(m_job->comment);
    }
    if (m_error.isError())
        lines << tr("The status could not be read: %1").arg(m_error.toString());
    lines << tr("Statements sent (passwords masked):");
    m_details->setText(lines.join(u'\n'));
}

} // namespace obrestore
