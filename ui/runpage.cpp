#include "runpage.h"

#include "monitor/progresstext.h"

#include "report/inspectreport.h"

#include "background.h"
#include "plan/displayzone.h"
#include "plan/wizardtasks.h"
#include "precheckspage.h"
#include "progressview.h"
#include "restorewizard.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
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
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("runDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_progress = new ProgressView(m_state.pool, this);
    m_progress->setHeadlineShown(false); // the page's own headline above says it
    m_tabs->addTab(m_progress, QString());
    m_sent = new QPlainTextEdit(this);
    m_sent->setObjectName(QStringLiteral("sentStatements"));
    m_sent->setReadOnly(true);
    m_sent->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_sent, QString());
    layout->addWidget(m_tabs, 1);
    connect(m_progress->monitor(), &ProgressMonitor::sampled, this, &RunPage::onSample);
    // What the progress view sends later (CANCEL RESTORE, DROP RESOURCE POOL) joins the statements sent.
    connect(m_progress, &ProgressView::statementsSent, this, [this](const QStringList &statements) {
        m_statements << statements;
        m_sent->setPlainText(m_statements.join(u'\n'));
    });
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
    runInBackground(m_state.pool, this, [plan, version] { return startRestore(plan, version); }, [this, version](const RestoreStart &r) {
        m_busy = false;
        m_statements = r.statements;
        m_error = r.error;
        m_job = r.job;
        m_state.jobId = r.jobId;
        if (m_job && m_job->jobId == 0 && r.jobId)
            m_job->jobId = *r.jobId;
        m_sent->setPlainText(m_statements.join(u'\n'));
        Q_EMIT jobRunningChanged();
        if (r.jobId) {
            // A support bundle from this page also holds what it knows: the statements sent and the parse.
            QList<QPair<QString, QByteArray>> files{{QStringLiteral("plan/statements_sent.sql"), (m_statements.join(u'\n') + u'\n').toUtf8()}};
            QList<QPair<QString, QString>> what{{QStringLiteral("plan/statements_sent.sql"), tr("the statements that started this restore (secrets masked)")}};
            if (auto *checks = qobject_cast<PreChecksPage *>(wizard() ? wizard()->page(RestoreWizard::Page_PreChecks) : nullptr)) {
                QString text;
                for (const CheckResult &c : checks->results()) {
                    const char *status = c.status == CheckResult::Status::Pass ? "PASS" : c.status == CheckResult::Status::Warn ? "WARN" : "FAIL";
                    text += QStringLiteral("[%1] %2 (%3)\n    %4\n").arg(QLatin1StringView(status), c.title, c.id, c.explanation);
                    if (!c.fix.isEmpty())
                        text += QStringLiteral("    %1\n").arg(c.fix);
                }
                if (!text.isEmpty()) {
                    files.append({QStringLiteral("plan/prechecks.txt"), text.toUtf8()});
                    what.append({QStringLiteral("plan/prechecks.txt"), tr("the pre-check results before the restore started")});
                }
            }
            if (m_state.catalog) {
                files.append({QStringLiteral("plan/inspect.json"), inspectJson(*m_state.catalog)});
                what.append({QStringLiteral("plan/inspect.json"), tr("the parse of the backup locations the restore was planned from")});
            }
            m_progress->setBundleContext(files, what,
                                         m_state.plan.decryptionPasswords + QStringList{m_state.plan.keyPassword, m_state.plan.kmsEncryptInfo});
            // Watched live from now on, in its own thread with its own connection.
            PollTarget target{m_state.plan.target, version, m_state.plan.tenantName, r.jobId};
            target.recoverTable = m_state.plan.isTables();
            m_progress->watch(target);
            m_tabs->setCurrentWidget(m_progress);
        } else {
            // Nothing started: let the user go back and fix the plan (the summary is a commit page only while a
            // restore may have started). Starting again is the user's choice, and looks for a running job first.
            m_tabs->setCurrentWidget(m_sent);
            if (QWizardPage *summary = wizard() ? wizard()->page(RestoreWizard::Page_Summary) : nullptr)
                summary->setCommitPage(false);
        }
        retranslateUi();
        Q_EMIT completeChanged();
    });
}

void RunPage::onSample(const ProgressSample &sample)
{
    if (!m_job || (sample.kind != ProgressSample::Kind::Running && sample.kind != ProgressSample::Kind::Finished))
        return;
    m_job->status = sample.jobStatus;
    if (sample.isFinal()) {
        const bool was = m_finished;
        m_finished = true;
        if (!was)
            Q_EMIT jobRunningChanged();
        m_final = sample;
        m_job->finishTimestamp = sample.finishTimestamp;
        m_job->comment = sample.comment;
    }
    retranslateUi();
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
    const bool tables = m_state.plan.isTables();
    setTitle(tables ? tr("Table recovery") : tr("Restore"));
    setSubTitle(tables ? tr("The recovery runs on the target cluster; closing the wizard does not stop it, and the restore jobs view finds it again.")
                       : tr("The restore runs on the target cluster; closing the wizard does not stop it, and the next start finds it again."));
    m_tabs->setTabText(0, tr("Progress"));
    m_tabs->setTabText(1, tr("Statements sent"));
    if (m_busy && !m_state.jobId) {
        m_headline->setText(tables ? tr("Starting the table recovery into %1…").arg(m_state.plan.tenantName)
                                   : tr("Starting the restore of %1…").arg(m_state.plan.tenantName));
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
    // Once the job has ended, the headline says how (never "started" after a success or a cancel).
    if (m_final)
        m_headline->setText(ProgressText::outcome(*m_final, m_progress->endedByCancel()));
    else
        m_headline->setText(tables ? tr("Table recovery job %1 into %2 started.").arg(*m_state.jobId).arg(m_state.plan.tenantName)
                                   : tr("Restore job %1 of %2 started.").arg(*m_state.jobId).arg(m_state.plan.tenantName));
    QStringList lines;
    if (m_job) {
        lines << tr("Status: %1").arg(m_job->status);
        if (!m_job->startTimestamp.isEmpty())
            lines << tr("Started: %1").arg(DisplayZone::instance().serverTime(m_job->startTimestamp));
        if (m_finished && !m_job->finishTimestamp.isEmpty())
            lines << tr("Finished: %1").arg(DisplayZone::instance().serverTime(m_job->finishTimestamp, m_final ? m_final->at : QDateTime::currentDateTimeUtc()));
    }
    m_details->setText(lines.join(QStringLiteral("   ")));
}

} // namespace obrestore
