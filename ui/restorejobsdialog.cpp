#include "restorejobsdialog.h"

#include "plan/displayzone.h"
#include "plan/recents.h"

#include "report/supportbundle.h"

#include "background.h"
#include "monitor/restorefailure.h"
#include "connectionform.h"
#include "monitor/progresstext.h"
#include "progressview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace obrestore {

ProgressWindow::ProgressWindow(QThreadPool *pool, const PollTarget &target, QWidget *parent) : QDialog(parent), m_tenant(target.tenant)
{
    setObjectName(QStringLiteral("progressWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_view = new ProgressView(pool, this);
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(1000, 700); // every part fits in both languages, the stall help open too (tst_progressview)
    m_view->watch(target);
    retranslateUi();
}

void ProgressWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProgressWindow::retranslateUi()
{
    setWindowTitle(tr("Restore of %1 — obrestore").arg(m_tenant));
}

RestoreJobsDialog::RestoreJobsDialog(QThreadPool *pool, QWidget *parent) : QDialog(parent), m_pool(pool)
{
    setObjectName(QStringLiteral("restoreJobsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_form = new ConnectionForm(QStringLiteral("jobs"), this);
    layout->addWidget(m_form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("jobsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(this);
    m_running = new QTableWidget(0, 5, this);
    m_running->setObjectName(QStringLiteral("runningJobsTable"));
    m_history = new QTableWidget(0, 6, this);
    m_history->setObjectName(QStringLiteral("historyTable"));
    for (QTableWidget *t : {m_running, m_history}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->setWordWrap(true);
    }
    connect(&DisplayZone::instance(), &DisplayZone::changed, this, [this] {
        fill();
        retranslateUi();
    });
    m_tabs->addTab(m_running, QString());
    m_tabs->addTab(m_history, QString());
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_monitor = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_monitor->setObjectName(QStringLiteral("monitorJobButton"));
    m_monitor->setEnabled(false);
    m_bundle = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_bundle->setObjectName(QStringLiteral("exportBundleButton"));
    m_bundle->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ConnectionForm::actionRequested, this, &RestoreJobsDialog::connectNow);
    connect(m_monitor, &QPushButton::clicked, this, &RestoreJobsDialog::monitorSelected);
    connect(m_running, &QTableWidget::itemSelectionChanged, this, [this] { m_monitor->setEnabled(!m_running->selectedItems().isEmpty()); });
    connect(m_bundle, &QPushButton::clicked, this, [this] {
        const auto job = selectedJob();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export support bundle"),
                                                          job ? QStringLiteral("obrestore-support-%1-%2.zip").arg(job->tenantName).arg(job->jobId)
                                                              : QStringLiteral("obrestore-support.zip"),
                                                          tr("Support bundle (*.zip)"));
        if (!path.isEmpty())
            exportBundle(path);
    });
    connect(m_running, &QTableWidget::cellDoubleClicked, this, [this] { monitorSelected(); });
    resize(860, 560);
    retranslateUi();
}

void RestoreJobsDialog::setConnection(const ConnectionSettings &settings)
{
    m_form->setSettings(settings);
}

void RestoreJobsDialog::connectNow()
{
    m_busy = true;
    m_form->setBusy(true);
    m_form->clearResult();
    const ConnectionSettings settings = m_form->settings();
    const quint64 request = ++m_request;
    runInBackground(m_pool, this, [settings] { return listRestoreJobs(settings); }, [this, settings, request](const RestoreJobsList &r) {
        if (request != m_request)
            return; // a newer request is under way
        m_busy = false;
        m_form->setBusy(false);
        m_jobs = r;
        if (r.version) {
            m_connected = settings;
            m_form->showConnected(*r.version);
        } else {
            m_form->showError(r.error);
        }
        fill();
    });
}

void RestoreJobsDialog::fill()
{
    m_bundle->setEnabled(m_jobs.version.has_value());
    m_running->setRowCount(int(m_jobs.running.size()));
    for (int i = 0; i < m_jobs.running.size(); ++i) {
        const RestoreJobInfo &j = m_jobs.running[i];
        const QStringList cells{jobName(j), QString::number(j.jobId), QStringLiteral("%1 — %2").arg(j.status, ProgressText::status(j.status)),
                                i < m_jobs.progress.size() ? ProgressText::brief(m_jobs.progress[i]) : QStringLiteral("–"),
                                DisplayZone::instance().serverTime(j.startTimestamp, false)};
        for (int c = 0; c < cells.size(); ++c)
            m_running->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_history->setRowCount(int(m_jobs.history.size()));
    for (int i = 0; i < m_jobs.history.size(); ++i) {
        const RestoreJobInfo &j = m_jobs.history[i];
        const bool ok = j.status == u"SUCCESS" || j.status == u"RESTORE_SUCCESS";
        const RestoreFailure failure = j.recoverTable ? decodeRecoverComment(j.comment) : decodeRestoreComment(j.comment);
        // "cancelled" where the comment shows it (the tenant dropped by CANCEL RESTORE, OB_CANCELED for a recovery) or
        // the local record of a cancel sent from here does; the server's status stays beside it.
        const bool cancelled = !ok && (ProgressText::commentSaysCancelled(j.comment, j.recoverTable)
                                       || Recents::isCancelledJob(m_connected, j.tenantName, j.jobId));
        // The decoded cause in the cell; the cause with its fix and the server's comment in full on hover and in
        // what Ctrl+C copies.
        const QString result = ok ? tr("succeeded") : cancelled ? tr("cancelled") : failure.cause;
        QString full = ok ? result : cancelled ? result : failure.summary();
        if (!ok && !j.comment.isEmpty())
            full += u'\n' + tr("Server's comment: %1").arg(j.comment);
        const QString status = cancelled ? tr("%1 — cancelled").arg(j.status) : j.status;
        const QStringList cells{jobName(j), QString::number(j.jobId), status, DisplayZone::instance().serverTime(j.startTimestamp, m_jobs.readAt, false),
                                DisplayZone::instance().serverTime(j.finishTimestamp, m_jobs.readAt, false), result};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 5) {
                item->setToolTip(full);
                item->setData(Qt::UserRole, full);
            }
            m_history->setItem(i, c, item);
        }
    }
    m_running->resizeColumnsToContents();
    for (int c = 0; c + 1 < m_history->columnCount(); ++c) // the Result column takes the rest and wraps
        m_history->resizeColumnToContents(c);
    m_running->horizontalHeader()->setStretchLastSection(true);
    m_history->horizontalHeader()->setStretchLastSection(true);
    // The Result column wraps instead of being cut: a failure's comment can be long.
    m_history->resizeRowsToContents();
    if (!m_jobs.running.isEmpty()) {
        m_running->selectRow(0);
        m_tabs->setCurrentIndex(0);
    }
    retranslateUi();
}

QString RestoreJobsDialog::jobName(const RestoreJobInfo &j)
{
    // A table-level recovery names its receiving tenant and what it brings back.
    return j.recoverTable ? tr("%1 ← %2 (table recovery)").arg(j.tenantName, j.recovering) : j.tenantName;
}

ProgressWindow *RestoreJobsDialog::monitor(const QString &tenant, bool recovery)
{
    const RestoreJobInfo *job = nullptr;
    for (const RestoreJobInfo &j : std::as_const(m_jobs.running)) {
        if (!job && j.recoverTable == recovery && j.tenantName.compare(tenant, Qt::CaseInsensitive) == 0)
            job = &j;
    }
    if (!job || !m_jobs.version)
        return nullptr;
    PollTarget target{m_connected, *m_jobs.version, job->tenantName, job->jobId};
    target.recoverTable = job->recoverTable;
    auto *w = new ProgressWindow(m_pool, target, parentWidget() ? parentWidget() : this);
    // The list follows what the window sees: a job that ended (a cancel sent from that window too) moves to the
    // history here.
    connect(w->view(), &ProgressView::jobEnded, this, [this] {
        if (!m_connected.host.isEmpty())
            connectNow();
    });
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

void RestoreJobsDialog::monitorSelected()
{
    const int row = m_running->currentRow();
    if (row < 0 || row >= m_jobs.running.size())
        return;
    monitor(m_jobs.running[row].tenantName, m_jobs.running[row].recoverTable);
}

std::optional<RestoreJobInfo> RestoreJobsDialog::selectedJob() const
{
    const bool history = m_tabs->currentIndex() == 1;
    const QTableWidget *table = history ? m_history : m_running;
    const QList<RestoreJobInfo> &jobs = history ? m_jobs.history : m_jobs.running;
    const int row = table->currentRow();
    if (table->selectedItems().isEmpty() || row < 0 || row >= jobs.size())
        return std::nullopt;
    return jobs[row];
}

void RestoreJobsDialog::exportBundle(const QString &path)
{
    if (!m_jobs.version)
        return;
    BundleRequest request;
    request.target = m_connected;
    if (const auto job = selectedJob()) {
        request.tenant = job->tenantName;
        request.jobId = job->jobId;
    }
    m_bundle->setEnabled(false);
    m_summary->setText(tr("Writing the support bundle…"));
    runInBackground(m_pool, this, [request, path] { return writeSupportBundle(path, request); }, [this, path](const BundleResult &r) {
        m_bundle->setEnabled(m_jobs.version.has_value());
        m_summary->setText(bundleOutcomeText(path, r));
    });
}

void RestoreJobsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill(); // the cells' words, and the columns re-fitted to them
    }
    QDialog::changeEvent(event);
}

void RestoreJobsDialog::retranslateUi()
{
    setWindowTitle(tr("Restore jobs"));
    m_form->setActionText(tr("Show restore jobs"));
    m_tabs->setTabText(0, tr("Running (%1)").arg(m_jobs.running.size()));
    m_tabs->setTabText(1, tr("Restore history (%1)").arg(m_jobs.history.size()));
    // The times are converted to the display zone; the headers say which.
    const QString zone = DisplayZone::instance().label();
    m_running->setHorizontalHeaderLabels({tr("Tenant"), tr("Job"), tr("Status"), tr("Progress"), tr("Started (%1)").arg(zone)});
    m_history->setHorizontalHeaderLabels({tr("Tenant"), tr("Job"), tr("Status"), tr("Started (%1)").arg(zone), tr("Finished (%1)").arg(zone), tr("Result")});
    m_monitor->setText(tr("Monitor"));
    m_bundle->setText(tr("Export support bundle…"));
    m_bundle->setToolTip(tr("Write one .zip for a support ticket: the selected job's rows and the cluster's restore "
                            "events (every job when none is selected), with every secret replaced by ******."));
    if (!m_jobs.version)
        m_summary->setText(tr("Connect to a target cluster's sys tenant to see its running restores and its restore history. "
                              "A running restore can be monitored again, for example after the wizard was closed."));
    else
        m_summary->setText(tr("%1 running, %2 in the history on %3 (OceanBase %4). Select a running restore and choose Monitor.")
                               .arg(m_jobs.running.size())
                               .arg(m_jobs.history.size())
                               .arg(m_connected.displayName(), m_jobs.version->toString()));
}

} // namespace obrestore
