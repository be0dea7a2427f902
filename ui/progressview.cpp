#include "progressview.h"

#include "common/displaytext.h"
#include "report/supportbundle.h"

#include "background.h"
#include "monitor/recoverprogress.h"
#include "monitor/restorefailure.h"
#include "cluster/restorestatement.h"
#include "monitor/progresstext.h"
#include "plan/displayzone.h"
#include "plan/recents.h"
#include "monitor/restoreoutcome.h"
#include "plan/wizardtasks.h"
#include "progresschart.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace obrestore {

namespace {

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1StringView(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// Every time in the display zone, labelled with it.
QString clock(const QDateTime &t)
{
    return DisplayZone::instance().clock(t);
}

} // namespace

CancelRestoreDialog::CancelRestoreDialog(const QString &tenant, const QString &statement, QWidget *parent, bool recovery) : QDialog(parent)
{
    setObjectName(QStringLiteral("cancelRestoreDialog"));
    setWindowTitle(recovery ? tr("Cancel table recovery") : tr("Cancel restore"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(recovery ? tr("Cancelling stops the table recovery into <b>%1</b>: the auxiliary tenant is dropped and "
                                          "tables not yet imported stay missing; %1 itself and its other tables are left alone. "
                                          "The auxiliary tenant's resource pool stays.<br><br>obrestore will run:<br><tt>%2</tt><br><br>"
                                          "Type the receiving tenant's name to confirm:")
                                           .arg(tenant.toHtmlEscaped(), statement.toHtmlEscaped())
                                     : tr("Cancelling drops the tenant <b>%1</b> that is being restored, with everything restored so far. "
                                          "It cannot be undone. The resource pool stays.<br><br>obrestore will run:<br><tt>%2</tt><br><br>"
                                          "Type the tenant's name to confirm:")
                                           .arg(tenant.toHtmlEscaped(), statement.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("cancelTenantEdit"));
    m_name->setPlaceholderText(tenant);
    layout->addWidget(m_name);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(recovery ? tr("Cancel the recovery") : tr("Cancel the restore"), QDialogButtonBox::DestructiveRole);
    ok->setObjectName(QStringLiteral("confirmCancelButton"));
    ok->setEnabled(false);
    QPushButton *keep = buttons->addButton(recovery ? tr("Keep recovering") : tr("Keep restoring"), QDialogButtonBox::RejectRole);
    // No default button: Return never picks an answer the user did not choose. The typed name is the confirmation,
    // so Return in the name field cancels the job once the name matches, and otherwise says what is missing;
    // Escape keeps the job running.
    for (QPushButton *b : {ok, keep}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    layout->addWidget(buttons);
    auto *hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("cancelNameHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    connect(m_name, &QLineEdit::textChanged, ok, [ok, hint, tenant](const QString &t) {
        ok->setEnabled(t == tenant);
        hint->clear();
    });
    connect(m_name, &QLineEdit::returnPressed, this, [this, hint, tenant, recovery] {
        if (m_name->text() == tenant)
            accept();
        else
            hint->setText(recovery ? tr("Type %1 exactly to cancel the recovery; Escape keeps it running.").arg(tenant)
                                   : tr("Type %1 exactly to cancel the restore; Escape keeps it running.").arg(tenant));
    });
    connect(ok, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProgressView::ProgressView(QThreadPool *pool, QWidget *parent) : QWidget(parent), m_pool(pool)
{
    setObjectName(QStringLiteral("progressView"));
    m_monitor = new ProgressMonitor(this);
    connect(m_monitor, &ProgressMonitor::sampled, this, &ProgressView::onSample);
    connect(m_monitor, &ProgressMonitor::finished, this, &ProgressView::onFinished);
    connect(m_monitor, &ProgressMonitor::reconnected, this, [this](const QDateTime &lost, const QDateTime &back) {
        m_tracker.markReconnected(lost, back);
        m_chart->showTracker(m_tracker);
        refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("progressHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionBanner"));
    m_connection->setWordWrap(true);
    m_connection->setStyleSheet(QStringLiteral("QLabel { background: #fde2e2; color: #7a1010; padding: 4px; border-radius: 3px; }"));
    m_connection->hide();
    layout->addWidget(m_connection);

    m_stallBox = new QWidget(this);
    m_stallBox->setObjectName(QStringLiteral("stallBox"));
    auto *stallLayout = new QGridLayout(m_stallBox);
    stallLayout->setContentsMargins(0, 0, 0, 0);
    m_stall = new QLabel(m_stallBox);
    m_stall->setObjectName(QStringLiteral("stallWarning"));
    m_stall->setWordWrap(true);
    m_stall->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 4px; border-radius: 3px; }"));
    stallLayout->addWidget(m_stall, 0, 0);
    m_stallToggle = new QPushButton(m_stallBox);
    m_stallToggle->setObjectName(QStringLiteral("stallChecksButton"));
    m_stallToggle->setCheckable(true);
    stallLayout->addWidget(m_stallToggle, 0, 1, Qt::AlignTop);
    m_stallChecks = new QPlainTextEdit(m_stallBox);
    m_stallChecks->setObjectName(QStringLiteral("stallChecks"));
    m_stallChecks->setReadOnly(true);
    m_stallChecks->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stallChecks->setMaximumHeight(140);
    m_stallChecks->hide();
    stallLayout->addWidget(m_stallChecks, 1, 0, 1, 2);
    connect(m_stallToggle, &QPushButton::toggled, m_stallChecks, &QWidget::setVisible);
    m_stallBox->hide();
    layout->addWidget(m_stallBox);

    auto *controls = new QHBoxLayout;
    m_rangeLabel = new QLabel(this);
    controls->addWidget(m_rangeLabel);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("chartRangeCombo"));
    m_range->addItems({QString(), QString(), QString()});
    controls->addWidget(m_range);
    m_intervalLabel = new QLabel(this);
    controls->addWidget(m_intervalLabel);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 600);
    controls->addWidget(m_interval);
    m_stallLabel = new QLabel(this);
    controls->addWidget(m_stallLabel);
    m_stallMinutes = new QSpinBox(this);
    m_stallMinutes->setObjectName(QStringLiteral("stallSpin"));
    m_stallMinutes->setRange(1, 24 * 60);
    controls->addWidget(m_stallMinutes);
    controls->addStretch(1);
    m_refreshNow = new QPushButton(this);
    m_refreshNow->setObjectName(QStringLiteral("refreshNowButton"));
    controls->addWidget(m_refreshNow);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelRestoreButton"));
    m_cancel->setEnabled(false);
    controls->addWidget(m_cancel);
    m_bundle = new QPushButton(this);
    m_bundle->setObjectName(QStringLiteral("exportBundleButton"));
    controls->addWidget(m_bundle);
    layout->addLayout(controls);

    auto *middle = new QHBoxLayout;
    m_chart = new ProgressChart(this);
    m_chart->setTimeZone(DisplayZone::instance().zone());
    connect(&DisplayZone::instance(), &DisplayZone::changed, this, [this] {
        m_chart->setTimeZone(DisplayZone::instance().zone());
        m_chart->showTracker(m_tracker);
        refresh();
        if (m_tracker.latest())
            refreshLogStreams(*m_tracker.latest());
    });
    middle->addWidget(m_chart, 1);
    auto *form = new QGridLayout;
    m_job = valueLabel(this, "jobValue");
    m_jobStatus = valueLabel(this, "jobStatusValue");
    m_tenantStatus = valueLabel(this, "tenantStatusValue");
    m_data = valueLabel(this, "dataRestoreValue");
    m_log = valueLabel(this, "logRecoveryValue");
    m_elapsed = valueLabel(this, "elapsedValue");
    m_throughput = valueLabel(this, "throughputValue");
    m_timeLeft = valueLabel(this, "timeLeftValue");
    m_lastSample = valueLabel(this, "lastSampleValue");
    m_import = valueLabel(this, "importValue");
    int row = 0;
    for (QLabel *value : {m_job, m_jobStatus, m_tenantStatus, m_data, m_log, m_elapsed, m_throughput, m_timeLeft, m_lastSample, m_import}) {
        auto *name = new QLabel(this);
        name->setAlignment(Qt::AlignRight | Qt::AlignTop);
        m_names << name;
        form->addWidget(name, row, 0);
        form->addWidget(value, row, 1);
        ++row;
    }
    form->setColumnStretch(1, 1);
    form->setRowStretch(row, 1);
    form->setVerticalSpacing(2); // ten rows beside the chart: compact, so the page fits its window
    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMinimumWidth(300);
    m_formBox = formBox;
    middle->addWidget(formBox, 1);
    layout->addLayout(middle, 1);

    m_ls = new QTableWidget(0, 5, this);
    m_ls->setObjectName(QStringLiteral("logStreamTable"));
    m_ls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ls->verticalHeader()->hide();
    m_ls->horizontalHeader()->setStretchLastSection(true);
    m_ls->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Compact rows: a header and three or four rows in 110 px, so the page fits its window.
    m_ls->verticalHeader()->setDefaultSectionSize(m_ls->fontMetrics().lineSpacing() + 6);
    m_ls->setMaximumHeight(110);
    layout->addWidget(m_ls);

    // A table-level recovery: each table of the import (CDB_OB_IMPORT_TABLE_TASKS).
    m_tasks = new QTableWidget(0, 5, this);
    m_tasks->setObjectName(QStringLiteral("importTaskTable"));
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->verticalHeader()->hide();
    m_tasks->horizontalHeader()->setStretchLastSection(true);
    m_tasks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tasks->verticalHeader()->setDefaultSectionSize(m_tasks->fontMetrics().lineSpacing() + 6);
    m_tasks->setMaximumHeight(100); // a header and three rows; more scroll
    m_tasks->hide();
    layout->addWidget(m_tasks);

    m_outcomeBox = new QWidget(this);
    m_outcomeBox->setObjectName(QStringLiteral("outcomeBox"));
    auto *outcome = new QVBoxLayout(m_outcomeBox);
    outcome->setContentsMargins(0, 0, 0, 0);
    m_outcome = valueLabel(m_outcomeBox, "outcomeText");
    outcome->addWidget(m_outcome);
    m_nextSteps = new QPlainTextEdit(m_outcomeBox);
    m_nextSteps->setObjectName(QStringLiteral("nextStepsEdit"));
    m_nextSteps->setReadOnly(true);
    m_nextSteps->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_nextSteps->setMaximumHeight(96);
    outcome->addWidget(m_nextSteps);
    auto *outcomeButtons = new QHBoxLayout;
    m_copyNextSteps = new QPushButton(m_outcomeBox);
    m_copyNextSteps->setObjectName(QStringLiteral("copyNextStepsButton"));
    outcomeButtons->addWidget(m_copyNextSteps);
    m_dropPools = new QPushButton(m_outcomeBox);
    m_dropPools->setObjectName(QStringLiteral("dropPoolsButton"));
    outcomeButtons->addWidget(m_dropPools);
    outcomeButtons->addStretch(1);
    outcome->addLayout(outcomeButtons);
    m_outcomeBox->hide();
    layout->addWidget(m_outcomeBox);

    QSettings settings;
    m_interval->setValue(qBound(1, settings.value(QStringLiteral("monitor/intervalSeconds"), 2).toInt(), 600));
    m_stallMinutes->setValue(qBound(1, settings.value(QStringLiteral("monitor/stallMinutes"), 10).toInt(), 24 * 60));
    m_tracker.setOptions({qint64(m_stallMinutes->value()) * 60, 300, 30});
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int s) {
        QSettings().setValue(QStringLiteral("monitor/intervalSeconds"), s);
        m_monitor->setIntervalMs(s * 1000);
    });
    connect(m_stallMinutes, &QSpinBox::valueChanged, this, [this](int m) {
        QSettings().setValue(QStringLiteral("monitor/stallMinutes"), m);
        setStallAfterSeconds(qint64(m) * 60);
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, [this](int i) {
        static const qint64 seconds[] = {0, 15 * 60, 60 * 60};
        m_chart->setWindowSeconds(seconds[qBound(0, i, 2)]);
    });
    connect(m_refreshNow, &QPushButton::clicked, m_monitor, &ProgressMonitor::pollNow);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressView::askCancel);
    connect(m_dropPools, &QPushButton::clicked, this, &ProgressView::askDropPools);
    connect(m_bundle, &QPushButton::clicked, this, &ProgressView::bundleClicked);
    connect(m_copyNextSteps, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_nextSteps->toPlainText()); });
    retranslateUi();
}

ProgressView::~ProgressView()
{
    saveSamples(); // the newest points, for the view that re-attaches
    m_monitor->stop();
}

void ProgressView::setIntervalMs(int ms)
{
    m_monitor->setIntervalMs(ms);
    m_interval->blockSignals(true);
    m_interval->setValue(qMax(1, ms / 1000));
    m_interval->blockSignals(false);
    m_intervalOverride = ms;
}

void ProgressView::setStallAfterSeconds(qint64 seconds)
{
    auto o = m_tracker.options();
    o.stallAfterSeconds = seconds;
    m_tracker.setOptions(o);
    refresh();
}

void ProgressView::watch(const PollTarget &target)
{
    m_target = target;
    m_tasks->setRowCount(0);
    m_tasks->hide();
    m_tracker.clear();
    m_chart->clear();
    // Re-attached: the samples the earlier watch collected come back (rule 12 of issue 16), so the chart starts
    // where the restore was first watched; the stretch nobody watched (the wizard closed) is drawn as such, never as
    // a line. Without earlier samples, the time from the job's start to the first sample is drawn so.
    m_lastSave.invalidate();
    if (const QByteArray saved = Recents::watchedSamples(target.connection, target.tenant); !saved.isEmpty()) {
        if (m_tracker.restoreHistory(saved, target.jobId) && !m_tracker.points().isEmpty())
            m_tracker.markUnwatchedSince(m_tracker.points().last().at);
    }
    m_chart->showTracker(m_tracker);
    m_cancelSent = false;
    m_cancelStatements.clear();
    m_recordJobId = -1;
    m_actionResult.clear();
    m_sentByView.clear();
    m_lastElapsed.reset();
    m_lastElapsedJob = 0;
    m_outcomeBox->hide();
    PollSettings settings;
    settings.intervalMs = m_intervalOverride > 0 ? m_intervalOverride : m_interval->value() * 1000;
    m_monitor->start(target, settings);
    // Found again on the next start if the wizard closes before the job ends (never the password).
    Recents::rememberWatchedJob({target.connection, target.tenant, target.jobId.value_or(0), target.version, target.recoverTable});
    retranslateUi();
}

void ProgressView::setHeadlineShown(bool shown)
{
    m_headline->setVisible(shown);
}

void ProgressView::stop()
{
    m_monitor->stop();
    refresh();
}

bool ProgressView::isWatching() const
{
    return m_monitor->isRunning();
}

void ProgressView::saveSamples()
{
    // Only while the job is watched and running: its end forgets the record and the file (onFinished).
    if (m_target.tenant.isEmpty() || m_tracker.finished() || m_tracker.points().isEmpty())
        return;
    if (!Recents::isWatched(m_target.connection, m_target.tenant)) // ended, or cancelled from here: nothing to re-attach to
        return;
    QSaveFile f(Recents::watchedSamplesPath(m_target.connection, m_target.tenant));
    QDir().mkpath(QFileInfo(f.fileName()).absolutePath());
    // A small local file, written at most every ten seconds: never a wait the user notices.
    if (f.open(QIODevice::WriteOnly) && f.write(m_tracker.toJson()) >= 0)
        f.commit();
    m_lastSave.start();
}

void ProgressView::onSample(const ProgressSample &sample)
{
    m_tracker.add(sample);
    if (!m_lastSave.isValid() || m_lastSave.hasExpired(10000))
        saveSamples();
    m_chart->showTracker(m_tracker);
    if (sample.kind == ProgressSample::Kind::Running)
        refreshLogStreams(sample);
    if (sample.recover)
        refreshTasks(sample);
    refresh();
}

void ProgressView::refreshTasks(const ProgressSample &s)
{
    const QList<ImportTaskState> &tasks = s.recover->tasks;
    m_tasks->setRowCount(int(tasks.size()));
    m_tasks->setVisible(!tasks.isEmpty());
    for (int i = 0; i < tasks.size(); ++i) {
        const ImportTaskState &t = tasks[i];
        QString status = ProgressText::taskStatus(t.status);
        if (t.failed())
            status += QStringLiteral(": ") + decodeRecoverComment(t.comment).cause;
        else if (!t.result.isEmpty())
            status += QStringLiteral(" (%1)").arg(t.result);
        const QStringList cells{t.source, t.target, status, QStringLiteral("%1 / %2").arg(t.importedIndexes).arg(t.indexes),
                                QStringLiteral("%1 / %2").arg(t.importedConstraints).arg(t.constraints)};
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem *item = m_tasks->item(i, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_tasks->setItem(i, c, item);
            }
            item->setText(cells[c]);
        }
    }
}

void ProgressView::onFinished(const ProgressSample &final)
{
    m_ls->setRowCount(0);
    m_ls->hide();
    Recents::forgetWatchedJob(m_target.connection, m_target.tenant);
    refreshOutcome();
    refresh();
    Q_EMIT jobEnded(final);
}

void ProgressView::refreshLogStreams(const ProgressSample &s)
{
    const QTimeZone zone = DisplayZone::instance().zone();
    m_ls->setRowCount(int(s.logStreams.size()));
    m_ls->setVisible(!s.logStreams.isEmpty());
    for (int i = 0; i < s.logStreams.size(); ++i) {
        const LsRestoreProgress &ls = s.logStreams[i];
        bool confirmed = true;
        QString status = QStringLiteral("%1 (%2)").arg(lsRestoreStatusName(ls.status, m_target.version, &confirmed)).arg(ls.status);
        if (!confirmed)
            status += u' ' + tr("(numbering not confirmed for this version)");
        if (ls.result != 0)
            status += u' ' + tr("error %1: %2").arg(ls.result).arg(ls.comment);
        const QStringList cells{QString::number(ls.lsId), ls.server, status,
                                ls.tablets > 0 ? QStringLiteral("%1 / %2").arg(ls.finishedTablets).arg(ls.tablets) : QStringLiteral("–"),
                                ls.lastReplayScn > 1 ? Scn(ls.lastReplayScn).toDisplayString(zone) : QStringLiteral("–")};
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem *item = m_ls->item(i, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_ls->setItem(i, c, item);
            }
            item->setText(cells[c]);
        }
    }
}

void ProgressView::refresh()
{
    const QTimeZone zone = DisplayZone::instance().zone();
    const auto &latest = m_tracker.latest();
    const auto &last = m_tracker.last();
    const QString tenant = m_target.tenant;

    // Headline.
    if (!latest) {
        if (last && last->kind == ProgressSample::Kind::NotFound)
            m_headline->setText(last->error.explanation);
        else if (last && last->kind == ProgressSample::Kind::Error)
            m_headline->setText(tr("The progress of %1 cannot be read: %2").arg(tenant, last->error.toString()));
        else if (tenant.isEmpty())
            m_headline->setText(tr("No restore is being followed yet."));
        else
            m_headline->setText(tr("Waiting for the first answer about the restore of %1…").arg(tenant));
    } else if (latest->isFinal()) {
        m_headline->setText(ProgressText::outcome(*latest, cancelledHere(*latest)));
    } else if (latest->recover) {
        m_headline->setText(tr("Table recovery job %1 into %2: %3")
                                .arg(latest->jobId)
                                .arg(tenant, ProgressText::status(ProgressTracker::phaseOf(*latest))));
    } else {
        m_headline->setText(tr("Restore job %1 of %2: %3")
                                .arg(latest->jobId)
                                .arg(tenant, ProgressText::status(ProgressTracker::phaseOf(*latest))));
    }

    // Connection.
    if (!m_tracker.connected() && last) {
        const QDateTime since = m_tracker.gaps().isEmpty() ? last->at : m_tracker.gaps().last().lost;
        m_connection->setText(tr("Connection to %1 lost at %2: %3 Reconnecting on its own; nothing collected so far is lost.")
                                  .arg(m_target.connection.displayName(), clock(since), last->error.explanation));
        m_connection->show();
    } else {
        m_connection->hide();
    }

    // Stall.
    const auto stalled = m_tracker.stalledSince(QDateTime::currentDateTimeUtc());
    if (stalled && latest) {
        m_stall->setText(tr("No progress since %1 (%2). The restore may be stuck; see what to check.")
                             .arg(clock(*stalled), ProgressText::duration(stalled->secsTo(QDateTime::currentDateTimeUtc()))));
        m_stallChecks->setPlainText(ProgressText::stallChecks(*latest));
        m_stallBox->show();
    } else {
        m_stallBox->hide();
    }

    // The values.
    auto dash = QStringLiteral("–");
    if (latest) {
        QString job = tr("%1 (job %2) on %3").arg(tenant).arg(latest->jobId).arg(m_target.connection.displayName());
        if (latest->restoreType.compare(u"QUICK", Qt::CaseInsensitive) == 0)
            job += tr(", quick restore (method=quick)");
        m_job->setText(job);
        // A job's end as the user knows it: a cancel is not a failure, and the tenant it dropped is not "not created".
        const bool cancelled = ProgressText::wasCancelled(*latest, cancelledHere(*latest));
        m_jobStatus->setText(latest->jobStatus.isEmpty() ? dash
                             : cancelled ? QStringLiteral("%1 — %2").arg(latest->jobStatus, tr("cancelled"))
                                         : QStringLiteral("%1 — %2").arg(latest->jobStatus, ProgressText::status(latest->jobStatus)));
        m_tenantStatus->setText(cancelled && !latest->recover ? tr("dropped by the cancel")
                                : latest->tenantStatus.isEmpty() ? tr("not created yet")
                                                                 : QStringLiteral("%1 — %2").arg(latest->tenantStatus, ProgressText::status(latest->tenantStatus)));
        if (latest->recover) {
            // The job's phase, and the auxiliary tenant the restore part runs in.
            const RecoverTableState &r = *latest->recover;
            const QString phase = ProgressTracker::phaseOf(*latest);
            m_jobStatus->setText(!latest->isFinal() ? QStringLiteral("%1 — %2").arg(phase, ProgressText::status(phase))
                                 : cancelled ? QStringLiteral("%1 — %2").arg(latest->jobStatus, tr("cancelled"))
                                             : QStringLiteral("%1 — %2").arg(latest->jobStatus, ProgressText::status(latest->jobStatus)));
            const int step = RecoverTableState::phaseStep(r.phase);
            // The auxiliary tenant: restored, then dropped when the job ends (OceanBase drops it either way).
            m_tenantStatus->setText(r.auxTenant.isEmpty()                    ? dash
                                    : latest->isFinal()                      ? tr("%1: dropped when the job ended").arg(r.auxTenant)
                                    : step >= 2                              ? tr("%1: restored").arg(r.auxTenant)
                                    : latest->tenantStatus.isEmpty()         ? tr("%1: not created yet").arg(r.auxTenant)
                                                                             : QStringLiteral("%1: %2").arg(r.auxTenant, ProgressText::status(latest->tenantStatus)));
            m_import->setText(tr("%1 — %2").arg(listText(r.whatItems()), ProgressText::importProgress(*latest)));
        }
        // After the auxiliary tenant's restore, its data restore and log recovery are done (the samples of the later
        // phases no longer carry its figures).
        const bool auxRestored = latest->recover && (RecoverTableState::phaseStep(latest->recover->phase) >= 2
                                                     || (latest->isFinal() && latest->success));
        m_data->setText(auxRestored ? tr("done (the auxiliary tenant was restored)") : ProgressText::dataRestore(*latest));
        m_log->setText(auxRestored ? tr("done (the auxiliary tenant was restored)") : ProgressText::logRecovery(*latest, zone));
        // The server's own clock measures the elapsed time; the start is shown in the display zone. A sample without
        // it (a recovery's later phases) goes on from the last one that had it; a job that ended says how long it took
        // by its own start and finish.
        std::optional<qint64> elapsed = latest->elapsedSeconds;
        if (latest->elapsedSeconds) {
            m_lastElapsed = {*latest->elapsedSeconds, latest->at};
        } else if (m_lastElapsed && latest->jobId == m_lastElapsedJob) {
            elapsed = m_lastElapsed->first + m_lastElapsed->second.secsTo(latest->at);
        }
        if (latest->elapsedSeconds)
            m_lastElapsedJob = latest->jobId;
        if (latest->isFinal()) {
            const auto start = serverDateTime(latest->startTimestamp);
            const auto end = serverDateTime(latest->finishTimestamp);
            if (start && end && *start <= *end)
                elapsed = start->secsTo(*end);
        }
        m_elapsed->setText(elapsed && !latest->isFinal()
                               ? tr("%1 (since %2)").arg(ProgressText::duration(*elapsed), clock(latest->at.addSecs(-*elapsed)))
                           : elapsed ? ProgressText::duration(*elapsed)
                                     : dash);
        const ProgressTracker::Estimate e = m_tracker.estimate();
        QString rate = ProgressText::throughput(e);
        // One unit per kind of job, said: a recovery's rate is its auxiliary tenant's restore, in that restore's unit.
        if (!rate.isEmpty() && latest->recover)
            rate = tr("%1 (restoring the auxiliary tenant)").arg(rate);
        m_throughput->setText(!rate.isEmpty() ? rate : latest->isFinal() ? tr("not measured (the job has ended)") : tr("not yet known"));
        m_timeLeft->setText(ProgressText::timeLeft(e, *latest));
    } else {
        for (QLabel *l : {m_job, m_jobStatus, m_tenantStatus, m_data, m_log, m_elapsed, m_throughput, m_timeLeft})
            l->setText(dash);
        // Before watch() there is no target: no connection to name (the default settings' port is nobody's).
        m_job->setText(tenant.isEmpty() ? dash : tr("%1 on %2").arg(tenant, m_target.connection.displayName()));
    }
    m_lastSample->setText(last ? clock(last->at) : dash);
    const bool recovery = m_target.recoverTable;
    m_import->setVisible(recovery);
    m_names.value(9)->setVisible(recovery);
    if (!latest || !latest->recover)
        m_import->setText(dash);

    const bool running = latest && !latest->isFinal();
    m_cancel->setEnabled(running && !m_busy && !m_cancelSent && isWatching());
    m_refreshNow->setEnabled(isWatching() && !m_tracker.finished());
    fitForm();
}

void ProgressView::fitForm()
{
    if (!m_formBox || m_formBox->width() <= 0)
        return;
    const int need = m_formBox->layout()->heightForWidth(m_formBox->width());
    if (need > 0 && need != m_formBox->minimumHeight())
        m_formBox->setMinimumHeight(need);
}

void ProgressView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitForm();
}

void ProgressView::bundleClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export support bundle"),
                                                      QStringLiteral("obrestore-support-%1.zip").arg(m_target.tenant), tr("Support bundle (*.zip)"));
    if (!path.isEmpty())
        exportBundle(path);
}

void ProgressView::setBundleContext(const QList<QPair<QString, QByteArray>> &files, const QList<QPair<QString, QString>> &descriptions,
                                    const QStringList &secrets)
{
    m_bundleFiles = files;
    m_bundleDescriptions = descriptions;
    m_bundleSecrets = secrets;
}

void ProgressView::exportBundle(const QString &path)
{
    BundleRequest request;
    request.extraFiles = m_bundleFiles;
    request.extraDescriptions = m_bundleDescriptions;
    request.secrets = m_bundleSecrets;
    request.target = m_target.connection;
    request.tenant = m_target.tenant;
    if (m_tracker.latest() && m_tracker.latest()->jobId > 0)
        request.jobId = m_tracker.latest()->jobId;
    else
        request.jobId = m_target.jobId;
    request.extraFiles.append({QStringLiteral("restore/samples.json"), m_tracker.toJson()});
    request.extraDescriptions.append({QStringLiteral("restore/samples.json"),
                                      tr("the samples this window collected: progress points, phases, connection gaps")});
    if (!m_sentByView.isEmpty()) {
        request.extraFiles.append({QStringLiteral("restore/statements_sent.sql"), (m_sentByView.join(u'\n') + u'\n').toUtf8()});
        request.extraDescriptions.append({QStringLiteral("restore/statements_sent.sql"), tr("the statements this window sent (cancel, drop pools)")});
    }
    m_bundle->setEnabled(false);
    m_actionResult = tr("Writing the support bundle…");
    refreshOutcome();
    runInBackground(m_pool, this, [request, path] { return writeSupportBundle(path, request); }, [this, path](const BundleResult &r) {
        m_bundle->setEnabled(true);
        m_actionResult = bundleOutcomeText(path, r);
        refreshOutcome();
    });
}

void ProgressView::refreshOutcome()
{
    const auto &latest = m_tracker.latest();
    if (!latest || !latest->isFinal()) {
        m_outcomeBox->setVisible(!m_actionResult.isEmpty());
        m_outcome->setText(m_actionResult);
        m_nextSteps->hide();
        m_copyNextSteps->hide();
        m_dropPools->hide();
        return;
    }
    QStringList text;
    QString script;
    const RestoreFailure failure = latest->recover ? decodeRecoverComment(latest->comment) : decodeRestoreComment(latest->comment);
    const bool cancelled = ProgressText::wasCancelled(*latest, cancelledHere(*latest));
    if (cancelled && !m_cancelStatements.isEmpty()) { // the job has left the progress view: no longer "following"
        m_actionResult = tr("Cancelled with %1").arg(m_cancelStatements.join(u' '));
        m_cancelStatements.clear(); // said once; later actions (drop pools) say their own result
    }
    const QStringList pools = latest->poolList();
    if (latest->recover && latest->success) {
        text << tr("Finished at %1: %2 imported into %3. The auxiliary tenant was dropped.")
                    .arg(DisplayZone::instance().serverTime(latest->finishTimestamp, latest->at), listText(latest->recover->whatItems()), latest->tenantName);
        if (!pools.isEmpty())
            text << tr("The auxiliary tenant's resource pool %1 remains: drop it, or use it for the next recovery.").arg(listText(pools));
    } else if (latest->recover && cancelled) {
        text << tr("The recovery into %1 was cancelled; the auxiliary tenant was dropped, %1 was left alone.").arg(latest->tenantName);
        if (!pools.isEmpty())
            text << tr("The auxiliary tenant's resource pool %1 remains: drop it, or use it for the next recovery.").arg(listText(pools));
    } else if (latest->success) {
        text << tr("Finished at %1.").arg(DisplayZone::instance().serverTime(latest->finishTimestamp, latest->at));
        const auto steps = nextStepsAfterSuccess(latest->tenantName, m_target.version, latest->backupClusterVersion);
        if (!steps.isEmpty()) {
            text << tr("Next steps, ready to run on the target's sys tenant:");
            script = nextStepsScript(steps);
        } else {
            text << tr("The tenant is ready to use.");
        }
    } else if (cancelled) {
        text << tr("The tenant %1 was dropped by the cancel.").arg(latest->tenantName);
        if (!pools.isEmpty())
            text << tr("The resource pool(s) %1 remain: drop them, or use them for the next restore.").arg(listText(pools));
    } else {
        text << tr("Cause: %1").arg(failure.cause) << tr("Fix: %1").arg(failure.fix);
        const QString where = failure.summary().section(u'\n', 2);
        if (!where.isEmpty())
            text << tr("Where: %1").arg(where);
        if (!failure.raw.isEmpty())
            text << tr("Server comment: %1").arg(failure.raw);
        if (!pools.isEmpty())
            text << tr("The resource pool(s) %1 remain: drop them, or use them for the next restore.").arg(listText(pools));
    }
    if (!m_actionResult.isEmpty())
        text << m_actionResult;
    m_outcome->setText(text.join(u'\n'));
    m_nextSteps->setPlainText(script);
    m_nextSteps->setVisible(!script.isEmpty());
    m_copyNextSteps->setVisible(!script.isEmpty());
    m_dropPools->setVisible((!latest->success || latest->recover) && !pools.isEmpty());
    m_dropPools->setEnabled(!m_busy);
    m_outcomeBox->show();
}

void ProgressView::askCancel()
{
    const auto &latest = m_tracker.latest();
    if (!latest || latest->isFinal() || m_busy)
        return;
    QString why;
    const bool recovery = m_target.recoverTable;
    std::optional<QList<RenderedStatement>> statements;
    if (recovery) {
        if (const auto one = RestoreStatement::cancelRecoverTable(m_target.tenant, m_target.version, &why))
            statements = QList<RenderedStatement>{*one};
    } else {
        statements = RestoreStatement::cancel(m_target.tenant, m_target.version, &why);
    }
    if (!statements) {
        m_actionResult = why;
        refreshOutcome();
        return;
    }
    QStringList shown;
    for (const RenderedStatement &s : *statements)
        shown << s.display;
    CancelRestoreDialog dialog(m_target.tenant, shown.join(u' '), this, recovery);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_busy = true;
    m_actionResult = recovery ? tr("Cancelling the table recovery into %1…").arg(m_target.tenant) : tr("Cancelling the restore of %1…").arg(m_target.tenant);
    refreshOutcome();
    refresh();
    const ConnectionSettings c = m_target.connection;
    const ObVersion v = m_target.version;
    const QString tenant = m_target.tenant;
    runInBackground(m_pool, this, [c, v, tenant, recovery] { return cancelRestore(c, v, tenant, recovery); }, [this](const StatementsRun &r) {
        m_busy = false;
        m_sentByView << r.statements;
        if (!r.statements.isEmpty())
            Q_EMIT statementsSent(r.statements);
        if (r.ok) {
            m_cancelSent = true;
            m_cancelStatements = r.statements;
            Recents::rememberCancelledJob(m_target.connection, m_target.tenant, m_tracker.latest() ? m_tracker.latest()->jobId : 0);
            m_actionResult = tr("Sent %1 Following the job until it has left the progress view.").arg(r.statements.join(u' '));
            m_monitor->pollNow();
        } else {
            m_actionResult = tr("The restore was not cancelled: %1").arg(r.error.toStringWithFix());
        }
        refreshOutcome();
        refresh();
    });
}

bool ProgressView::endedByCancel() const
{
    const auto &latest = m_tracker.latest();
    return latest && ProgressText::wasCancelled(*latest, cancelledHere(*latest));
}

bool ProgressView::cancelledHere(const ProgressSample &s) const
{
    if (m_cancelSent)
        return true;
    // The local record is read once per job, not on every refresh.
    if (m_recordJobId != s.jobId) {
        m_recordJobId = s.jobId;
        m_recordSaysCancelled = Recents::isCancelledJob(m_target.connection, m_target.tenant, s.jobId);
    }
    return m_recordSaysCancelled;
}

void ProgressView::askDropPools()
{
    const auto &latest = m_tracker.latest();
    if (!latest || m_busy)
        return;
    const QStringList pools = latest->poolList();
    if (pools.isEmpty())
        return;
    // A destructive answer is never the default: Return keeps the pools.
    QMessageBox ask(QMessageBox::Question, tr("Drop resource pools"),
                    tr("Drop the resource pool(s) %1 on %2? Their unit config stays.")
                        .arg(listText(pools), m_target.connection.displayName()),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("dropPoolsQuestion"));
    QPushButton *drop = ask.addButton(tr("Drop"), QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("confirmDropPoolsButton"));
    QPushButton *keep = ask.addButton(tr("Keep the pools"), QMessageBox::RejectRole);
    ask.setDefaultButton(keep);
    ask.setEscapeButton(keep);
    ask.exec();
    if (ask.clickedButton() != drop)
        return;
    m_busy = true;
    refreshOutcome();
    const ConnectionSettings c = m_target.connection;
    runInBackground(m_pool, this, [c, pools] { return dropPools(c, pools); }, [this, pools](const StatementsRun &r) {
        m_busy = false;
        m_sentByView << r.statements;
        if (!r.statements.isEmpty())
            Q_EMIT statementsSent(r.statements);
        m_actionResult = r.ok ? tr("Dropped: %1").arg(r.statements.join(u' '))
                              : tr("The pools were not all dropped: %1").arg(r.error.toStringWithFix());
        if (r.ok && !r.leftUnits.isEmpty())
            m_actionResult += u'\n' + tr("The unit config(s) %1 of these pools remain, used by no pool now; to drop them: %2")
                                          .arg(listText(r.leftUnits), r.leftUnitDrops.join(u' '));
        refreshOutcome();
        if (r.ok)
            m_dropPools->hide();
    });
}

void ProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProgressView::retranslateUi()
{
    m_rangeLabel->setText(tr("Show:"));
    m_range->setItemText(0, tr("Whole restore"));
    m_range->setItemText(1, tr("Last 15 minutes"));
    m_range->setItemText(2, tr("Last hour"));
    m_intervalLabel->setText(tr("Sample every"));
    m_interval->setSuffix(tr(" s"));
    m_stallLabel->setText(tr("Warn after no progress for"));
    m_stallMinutes->setSuffix(tr(" min"));
    m_refreshNow->setText(tr("Refresh now"));
    m_cancel->setText(tr("Cancel restore…"));
    m_bundle->setText(tr("Export support bundle…"));
    m_bundle->setToolTip(tr("Write one .zip for a support ticket: this job's rows and events on the cluster, the samples "
                            "collected here, with every secret replaced by ******."));
    m_stallToggle->setText(tr("What to check"));
    m_copyNextSteps->setText(tr("Copy"));
    m_dropPools->setText(tr("Drop resource pool(s)…"));
    const bool recovery = m_target.recoverTable;
    const QStringList names{tr("Job:"), tr("Job status:"), recovery ? tr("Auxiliary tenant:") : tr("Tenant status:"),
                            tr("Data restore:"), tr("Log recovery:"), tr("Elapsed:"), tr("Throughput:"),
                            tr("Estimated time left:"), tr("Last sample:"), tr("Import:")};
    for (int i = 0; i < m_names.size(); ++i)
        m_names[i]->setText(names.value(i));
    m_ls->setHorizontalHeaderLabels({tr("Log stream"), tr("Server"), tr("Status"), tr("Tablets"), tr("Replayed up to")});
    m_tasks->setHorizontalHeaderLabels({tr("Table in the backup"), tr("Imported as"), tr("Status"), tr("Indexes"), tr("Constraints")});
    m_cancel->setText(recovery ? tr("Cancel recovery…") : tr("Cancel restore…"));
    if (m_tracker.latest() && !m_tracker.latest()->logStreams.isEmpty() && !m_tracker.finished())
        refreshLogStreams(*m_tracker.latest());
    refreshOutcome();
    refresh();
}

} // namespace obrestore
