#include "tenantpage.h"

#include "common/backupuri.h"
#include "common/displaytext.h"

#include "background.h"
#include "plan/displayzone.h"
#include "plan/tenantsmodel.h"
#include "report/inspectreport.h"
#include "timelinewidget.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace obrestore {

namespace {

// The time field's text for a point: whole seconds without the fraction, so a clicked point reads as one value
// in the time field, the SCN field and the conversion.
QString editText(Scn scn, const QTimeZone &zone)
{
    const QString text = scn.toLocalString(zone);
    return scn.value() % 1000000000ull == 0 ? text.left(text.size() - 7) : text;
}

} // namespace

TenantPage::TenantPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(QStringLiteral("tenantPage"));
    auto *layout = new QVBoxLayout(this);
    m_model = new TenantsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tenantTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Room for the header and three tenants without scrolling.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + m_table->verticalHeader()->defaultSectionSize() * 3
                              + 2 * m_table->frameWidth());
    layout->addWidget(m_table, 1);
    m_paths = new QLabel(this);
    m_paths->setObjectName(QStringLiteral("tenantPaths"));
    m_paths->setWordWrap(true);
    m_paths->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_paths);

    // The timeline with its legend, and beside it the chosen tenant's windows as text (what the timeline shows,
    // readable without a mouse): each row sets the restore point to the window's newest point.
    auto *timelineArea = new QHBoxLayout;
    auto *timelineColumn = new QVBoxLayout;
    auto *windowsColumn = new QVBoxLayout;
    timelineArea->addLayout(timelineColumn, 3);
    timelineArea->addLayout(windowsColumn, 2);
    m_windowsLabel = new QLabel(this);
    m_windowsLabel->setObjectName(QStringLiteral("windowsLabel"));
    m_windowsLabel->setWordWrap(true);
    windowsColumn->addWidget(m_windowsLabel);
    m_windows = new QListWidget(this);
    m_windows->setObjectName(QStringLiteral("windowsList"));
    m_windows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_windows->setAlternatingRowColors(true);
    m_windows->setWordWrap(true);
    m_windows->setTextElideMode(Qt::ElideNone);
    m_windowsLabel->setBuddy(m_windows);
    windowsColumn->addWidget(m_windows, 1);
    connect(m_windows, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_fillingWindows || !m_state.plan.source || row < 0 || row >= m_state.plan.source->windows.size())
            return;
        useScn(m_state.plan.source->windows[row].end);
    });
    auto *timelineRow = new QHBoxLayout;
    m_timelineLabel = new QLabel(this);
    m_timelineLabel->setObjectName(QStringLiteral("timelineLabel"));
    m_timelineLabel->setWordWrap(true);
    timelineRow->addWidget(m_timelineLabel, 1);
    for (auto [button, name] : {std::pair{&m_zoomIn, "zoomInButton"}, std::pair{&m_zoomOut, "zoomOutButton"}, std::pair{&m_fit, "fitButton"}}) {
        *button = new QToolButton(this);
        (*button)->setObjectName(QLatin1StringView(name));
        timelineRow->addWidget(*button);
    }
    timelineColumn->addLayout(timelineRow);
    m_timeline = new TimelineWidget(this);
    timelineColumn->addWidget(m_timeline);
    layout->addLayout(timelineArea);
    m_legend = new TimelineLegend(this);
    layout->addWidget(m_legend);
    connect(m_zoomIn, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_timeline, &TimelineWidget::fit);

    auto *grid = new QGridLayout;
    m_pointLabel = new QLabel(this);
    QFont bold = m_pointLabel->font();
    bold.setBold(true);
    m_pointLabel->setFont(bold);
    // Two rows: "Restore point: (o) Latest (o) Time [..] Time zone [..]" and "(o) SCN [..]", so the page fits.
    grid->addWidget(m_pointLabel, 0, 0);
    m_latest = new QRadioButton(this);
    m_latest->setObjectName(QStringLiteral("pointLatestRadio"));
    m_time = new QRadioButton(this);
    m_time->setObjectName(QStringLiteral("pointTimeRadio"));
    m_scn = new QRadioButton(this);
    m_scn->setObjectName(QStringLiteral("pointScnRadio"));
    m_pointGroup = new QButtonGroup(this);
    for (QRadioButton *r : {m_latest, m_time, m_scn})
        m_pointGroup->addButton(r);
    m_latest->setChecked(true);
    m_timeEdit = new QLineEdit(this);
    m_timeEdit->setObjectName(QStringLiteral("pointTimeEdit"));
    m_zoneLabel = new QLabel(this);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    // Room for a zone name such as Asia/Shanghai or America/New_York, whole.
    m_zone->setMinimumContentsLength(18);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    QStringList zones{QStringLiteral("UTC"), QString::fromUtf8(QTimeZone::systemTimeZoneId()), QStringLiteral("+08:00"),
                      QStringLiteral("Asia/Shanghai")};
    zones.removeDuplicates();
    m_zone->addItems(zones);
    m_state.plan.timeZone = DisplayZone::instance().zone();
    m_zone->setCurrentText(timeZoneLabel(m_state.plan.timeZone));
    m_scnEdit = new QLineEdit(this);
    m_scnEdit->setObjectName(QStringLiteral("pointScnEdit"));
    grid->addWidget(m_latest, 0, 1);
    grid->addWidget(m_time, 0, 2);
    grid->addWidget(m_timeEdit, 0, 3);
    grid->addWidget(m_zoneLabel, 0, 4);
    grid->addWidget(m_zone, 0, 5);
    grid->addWidget(m_scn, 1, 2);
    grid->addWidget(m_scnEdit, 1, 3);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    m_conversion = new QLabel(this);
    m_conversion->setObjectName(QStringLiteral("pointConversion"));
    m_conversion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_conversion);
    // The point's problem, what the restore reads and the file check share one block of a steady height, so the page
    // does not jump as their lines come and go (issue 29, rule 10).
    auto *pointDetails = new QWidget(this);
    pointDetails->setObjectName(QStringLiteral("pointDetails"));
    auto *detailsLayout = new QVBoxLayout(pointDetails);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemRow = new QHBoxLayout;
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("pointProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_useBefore = new QPushButton(this);
    m_useBefore->setObjectName(QStringLiteral("useBeforeButton"));
    m_useAfter = new QPushButton(this);
    m_useAfter->setObjectName(QStringLiteral("useAfterButton"));
    problemRow->addWidget(m_problem, 1);
    problemRow->addWidget(m_useBefore);
    problemRow->addWidget(m_useAfter);
    detailsLayout->addLayout(problemRow);

    // What a restore to that point reads (OceanBase's own choice, offline), and a check that those files are there.
    auto *readsRow = new QHBoxLayout;
    m_reads = new QLabel(this);
    m_reads->setObjectName(QStringLiteral("restoreSourceText"));
    m_reads->setWordWrap(true);
    m_reads->setTextInteractionFlags(Qt::TextSelectableByMouse);
    readsRow->addWidget(m_reads, 1);
    m_checkFiles = new QPushButton(this);
    m_checkFiles->setObjectName(QStringLiteral("checkFilesButton"));
    readsRow->addWidget(m_checkFiles, 0, Qt::AlignTop);
    detailsLayout->addLayout(readsRow);
    m_checkResult = new QLabel(this);
    m_checkResult->setObjectName(QStringLiteral("checkFilesResult"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_checkResult);
    detailsLayout->addStretch(1);
    // Four lines of what the restore reads and one of the file check: its usual size.
    pointDetails->setMinimumHeight(fontMetrics().lineSpacing() * 5 + detailsLayout->spacing() * 2);
    layout->addWidget(pointDetails);

    // What to restore: the whole tenant (into a new one), or tables and databases into an existing tenant.
    auto *kindRow = new QHBoxLayout;
    m_kindLabel = new QLabel(this);
    m_kindWhole = new QRadioButton(this);
    m_kindWhole->setObjectName(QStringLiteral("restoreWholeTenantRadio"));
    m_kindTables = new QRadioButton(this);
    m_kindTables->setObjectName(QStringLiteral("restoreTablesRadio"));
    m_kindWhole->setChecked(true);
    auto *kindGroup = new QButtonGroup(this);
    kindGroup->addButton(m_kindWhole);
    kindGroup->addButton(m_kindTables);
    kindRow->addWidget(m_kindLabel);
    kindRow->addWidget(m_kindWhole);
    kindRow->addWidget(m_kindTables);
    kindRow->addStretch(1);
    layout->addLayout(kindRow);
    connect(m_kindTables, &QRadioButton::toggled, this, [this](bool on) {
        m_state.plan.kind = on ? RestorePlan::Kind::Tables : RestorePlan::Kind::Tenant;
        Q_EMIT completeChanged();
    });
    m_checkTimer = new QTimer(this);
    m_checkTimer->setInterval(100);
    connect(m_checkTimer, &QTimer::timeout, this, &TenantPage::showFileCheck);
    connect(m_checkFiles, &QPushButton::clicked, this, [this] {
        if (m_checkControl)
            m_checkControl->cancel = true; // the running check ends with "cancelled"
        else
            startFileCheck();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectRow(current.row()); });
    connect(m_pointGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            pointEdited();
    });
    for (QLineEdit *edit : {m_timeEdit, m_scnEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_zoneNote.clear();
            pointEdited();
        });
    }
    connect(m_zone, &QComboBox::currentTextChanged, this, &TenantPage::zoneEdited);
    connect(&DisplayZone::instance(), &DisplayZone::changed, this, &TenantPage::zoneChanged);
    connect(m_timeline, &TimelineWidget::scnClicked, this, &TenantPage::useScn);
    connect(m_useBefore, &QPushButton::clicked, this, [this] {
        if (m_before)
            useScn(*m_before);
    });
    connect(m_useAfter, &QPushButton::clicked, this, [this] {
        if (m_after)
            useScn(*m_after);
    });
    retranslateUi();
}

void TenantPage::initializePage()
{
    if (m_generation == m_state.sourceGeneration)
        return; // same source: keep the choice
    m_generation = m_state.sourceGeneration;
    const auto previous = m_state.plan.source;
    m_model->setTimeZone(m_state.plan.timeZone);
    m_timeline->setTimeZone(m_state.plan.timeZone); // the display zone, also when it did not change since the start
    m_model->setTenants(m_state.catalog ? m_state.catalog->tenants : QList<TenantEntry>());
    m_table->resizeColumnsToContents();
    // Keep the tenant chosen before if it is still there, else the first one with a window.
    int row = previous ? m_model->rowOf(previous->clusterId, previous->tenantId) : -1;
    for (int i = 0; row < 0 && i < m_model->rowCount(); ++i) {
        if (!m_model->tenant(i)->windows.isEmpty())
            row = i;
    }
    if (row >= 0)
        m_table->selectRow(row);
    else
        selectRow(-1);
}

QString TenantPage::noWindowCause() const
{
    // The chosen tenant's own cause, here, rather than a pointer to the previous page: its first error finding.
    const TenantEntry *t = m_model->tenant(m_table->currentIndex().row());
    if (t && m_state.catalog) {
        for (const Diagnostic &d : m_state.catalog->diagnostics) {
            if (d.tenantId == t->tenantId && d.severity == Diagnostic::Severity::Error && d.code != u"NO_RESTORABLE_WINDOW")
                return tr("%1 has no restorable window. %2 (%3)")
                    .arg(t->tenantName.isEmpty() ? tr("Tenant %1").arg(t->tenantId) : t->tenantName, d.message, d.code);
        }
    }
    return tr("This tenant has no restorable window: choose another, or see the findings on the previous page.");
}

void TenantPage::selectRow(int row)
{
    const TenantEntry *t = m_model->tenant(row);
    const bool changed = !t || !m_state.plan.source || m_state.plan.source->tenantId != t->tenantId
                         || m_state.plan.source->clusterId != t->clusterId;
    if (!t || t->windows.isEmpty() || t->dataDests.isEmpty())
        m_state.plan.source.reset();
    else
        m_state.plan.source = *t;
    if (m_state.plan.source) {
        m_state.plan.dataUri = t->dataDests.first().uri;
        m_state.plan.archiveUris.clear();
        for (const ArchiveDestEntry &a : t->archiveDests)
            m_state.plan.archiveUris << a.uri;
    }
    m_timeline->setTenant(t); // the windows list is filled by retranslateUi() below, once
    // Until the user chooses a zone, times are shown in the source's: the tenant's recorded system time zone.
    if (t) {
        if (const auto zone = DisplayZone::recordedZone(*t))
            DisplayZone::instance().suggestSource(*zone);
    }
    if (changed && t && !t->windows.isEmpty()) {
        // A new tenant: start from its latest point, and offer its values in the edits.
        m_updating = true;
        m_timeEdit->setText(editText(t->windows.last().end, m_state.plan.timeZone));
        m_scnEdit->setText(t->windows.last().end.toDecimal());
        m_latest->setChecked(true);
        m_updating = false;
    }
    pointEdited();
    retranslateUi();
}

void TenantPage::fillWindows()
{
    // One row per window: its start and end in the display zone, the SCNs, and the backup sets a restore in it reads.
    const QSignalBlocker block(m_windows);
    m_fillingWindows = true;
    m_windows->clear();
    const TenantEntry *t = m_state.plan.source ? &*m_state.plan.source : nullptr;
    const QTimeZone zone = m_state.plan.timeZone;
    if (t) {
        for (int i = 0; i < t->windows.size(); ++i) {
            const RestoreWindow &w = t->windows[i];
            QList<qint64> sets = restoreSourceAt(*t, w.start, zone).setIds();
            for (qint64 id : restoreSourceAt(*t, w.end, zone).setIds()) {
                if (!sets.contains(id))
                    sets << id;
            }
            QStringList ids;
            for (qint64 id : std::as_const(sets))
                ids << QString::number(id);
            // The sets on a line of their own: a narrow list wrapped "backup sets" (备份集) in the middle.
            auto *item = new QListWidgetItem(tr("%1 → %2\nSCN %3 → %4\nbackup sets %5")
                                                 .arg(w.start.toDisplayString(zone), w.end.toDisplayString(zone), w.start.toDecimal(),
                                                      w.end.toDecimal(), ids.isEmpty() ? QString::number(w.backupSetId) : listText(ids)));
            m_windows->addItem(item);
        }
    }
    syncWindowSelection();
    m_fillingWindows = false;
}

void TenantPage::syncWindowSelection()
{
    // The row of the window holding the chosen point, none when it is outside every window.
    const QSignalBlocker block(m_windows);
    int row = -1;
    if (const auto t = m_state.plan.source ? m_state.plan.restoreScn() : std::nullopt) {
        for (int i = 0; i < m_state.plan.source->windows.size(); ++i) {
            if (m_state.plan.source->windows[i].start <= *t && *t <= m_state.plan.source->windows[i].end)
                row = i;
        }
    }
    m_windows->setCurrentRow(row);
    if (row < 0)
        m_windows->clearSelection();
}

void TenantPage::zoneEdited()
{
    // The combo is the application's display zone: a zone typed or picked here is the user's choice, remembered.
    const auto zone = parseTimeZone(m_zone->currentText().trimmed());
    if (zone && !(*zone == DisplayZone::instance().zone() && DisplayZone::instance().origin() == DisplayZone::Origin::Chosen))
        DisplayZone::instance().choose(*zone); // zoneChanged() follows when it differs
    pointEdited();
}

void TenantPage::zoneChanged()
{
    // A new display zone never moves the restore point: the time field is rewritten in the new zone, and the
    // page says so. (The other reading, keeping the typed wall-clock, would move the point by the zones'
    // difference without a word.)
    const QTimeZone old = m_state.plan.timeZone;
    const QTimeZone zone = DisplayZone::instance().zone();
    const auto kept = m_state.plan.source && m_time->isChecked() ? Scn::parse(m_timeEdit->text().trimmed(), old) : std::nullopt;
    m_state.plan.timeZone = zone;
    m_model->setTimeZone(zone);
    m_table->resizeColumnsToContents(); // the times' width changes with the zone's label
    m_timeline->setTimeZone(zone);
    fillWindows();
    if (!(parseTimeZone(m_zone->currentText().trimmed()) == std::optional<QTimeZone>(zone))) {
        const QSignalBlocker block(m_zone);
        m_zone->setCurrentText(timeZoneLabel(zone));
    }
    m_updating = true;
    if (kept)
        m_timeEdit->setText(editText(*kept, zone));
    else if (m_state.plan.source && !m_state.plan.source->windows.isEmpty() && !m_time->isChecked())
        m_timeEdit->setText(editText(m_state.plan.source->windows.last().end, zone));
    m_updating = false;
    m_zoneNote = kept ? tr("Times are now shown in %1; the restore point did not move (SCN %2).").arg(timeZoneLabel(zone), kept->toDecimal())
                      : QString();
    pointEdited();
}

void TenantPage::useScn(Scn scn)
{
    m_updating = true;
    m_time->setChecked(true);
    m_timeEdit->setText(editText(scn, m_state.plan.timeZone));
    m_scnEdit->setText(scn.toDecimal());
    m_updating = false;
    m_zoneNote.clear();
    // A time shown with microseconds converts back to the SCN truncated to the microsecond; when the clicked
    // point is an exact window edge that is what OceanBase would use too.
    pointEdited();
}

void TenantPage::pointEdited()
{
    if (m_updating)
        return;
    RestorePlan &plan = m_state.plan;
    plan.point = m_latest->isChecked() ? RestorePlan::Point::Latest : m_time->isChecked() ? RestorePlan::Point::Time : RestorePlan::Point::Scn;
    plan.time = m_timeEdit->text().trimmed();
    bool ok = false;
    const quint64 value = m_scnEdit->text().trimmed().toULongLong(&ok);
    plan.scn = ok ? Scn(value) : Scn::invalid();
    resetFileCheck();
    updatePointState();
    Q_EMIT completeChanged();
}

void TenantPage::resetFileCheck()
{
    // A check belongs to one tenant and one point: a new choice drops the old answer (and a running check).
    if (m_checkControl)
        m_checkControl->cancel = true;
    m_checkControl.reset();
    m_checkTimer->stop();
    m_checked.reset();
    ++m_checkRequest;
}

void TenantPage::startFileCheck()
{
    const auto source = m_state.plan.restoreSource();
    if (!source || !source->restorable || !m_state.plan.source)
        return;
    m_checked.reset();
    m_checkControl = std::make_shared<FileCheckControl>();
    const auto control = m_checkControl;
    const TenantEntry tenant = *m_state.plan.source;
    const quint64 request = ++m_checkRequest;
    m_checkTimer->start();
    const auto storage = m_state.sourceStorage;
    runInBackground(m_state.pool, this, [tenant, s = *source, control, storage] { return checkRestoreFiles(tenant, s, control, storage); },
                    [this, request](const TenantRestoreSource &r) {
                        if (request != m_checkRequest)
                            return;
                        m_checkTimer->stop();
                        m_checkControl.reset();
                        m_checked = r;
                        updatePointState();
                    });
    updatePointState();
}

void TenantPage::showFileCheck()
{
    m_checkResult->setVisible(true);
    if (m_checkControl)
        m_checkResult->setText(tr("Checking the files: %1 of about %2 folders listed…")
                                   .arg(m_checkControl->checked.load())
                                   .arg(qMax(m_checkControl->checked.load(), m_checkControl->total.load())));
}

void TenantPage::updatePointState()
{
    const RestorePlan &plan = m_state.plan;
    m_timeEdit->setEnabled(m_time->isChecked());
    m_scnEdit->setEnabled(m_scn->isChecked());
    for (QWidget *w : {static_cast<QWidget *>(m_latest), static_cast<QWidget *>(m_time), static_cast<QWidget *>(m_scn)})
        w->setEnabled(plan.source.has_value());
    m_before.reset();
    m_after.reset();
    QString conversion;
    QString problem;
    if (!plan.source) {
        problem = m_model->rowCount() == 0 ? QString() : noWindowCause();
    } else if (!parseTimeZone(m_zone->currentText().trimmed())) {
        problem = tr("Unknown time zone \"%1\": use UTC, an offset such as +08:00, or a name such as Asia/Shanghai.").arg(m_zone->currentText());
    } else {
        QString error;
        const auto t = plan.restoreScn(&error);
        // The field not being typed in shows the same point (never the one before, which a time in a gap left there).
        if (plan.point == RestorePlan::Point::Time)
            m_scnEdit->setText(t ? t->toDecimal() : QString());
        else if (plan.point == RestorePlan::Point::Scn)
            m_timeEdit->setText(t ? editText(*t, plan.timeZone) : QString());
        if (!t) {
            problem = plan.point == RestorePlan::Point::Scn ? tr("Enter the SCN as a whole number.") : error;
        } else {
            if (plan.point == RestorePlan::Point::Scn)
                conversion = tr("SCN %1 = %2").arg(t->toDecimal(), t->toDisplayString(plan.timeZone));
            else if (plan.point == RestorePlan::Point::Time)
                conversion = tr("%1 = SCN %2").arg(t->toDisplayString(plan.timeZone), t->toDecimal());
            else
                conversion = tr("Latest: %1 = SCN %2 (the point OceanBase picks itself without UNTIL)")
                                 .arg(t->toDisplayString(plan.timeZone), t->toDecimal());
            if (plan.point != RestorePlan::Point::Latest && !plan.pointInsideWindow(&m_before, &m_after))
                problem = tr("This point is outside every restorable window; OceanBase would refuse it (error 4018). Use the "
                             "nearest valid point:");
        }
        m_timeline->setPoint(t);
    }
    syncWindowSelection();
    const auto source = plan.source && problem.isEmpty() ? plan.restoreSource() : std::nullopt;
    if (source && !source->restorable && source->reason)
        problem = source->reason->message;
    if (source && source->restorable) {
        // An online source's bucket without a usable key: the restore would be refused (issue 28).
        QStringList buckets;
        for (const SourceKeys::Bucket &b : m_state.sourceKeys.missingFor(source->fromUris()))
            buckets << b.displayName();
        if (!buckets.isEmpty())
            problem = tr("This restore reads %1, whose access key is not known: go back to the Source page, select the "
                         "bucket and give its key (Enter key…).")
                          .arg(listText(buckets));
    }
    m_reads->setText(source && source->restorable ? restoreSourceText(*source, plan.timeZone) : QString());
    m_reads->setVisible(!m_reads->text().isEmpty());
    // The tenant's backup paths; when a source is chosen it names the ones the restore uses, so only the others
    // are listed (a moved archive, a second data backup path).
    QStringList paths;
    if (plan.source) {
        const QStringList used = source && source->restorable ? source->fromUris() : QStringList();
        for (const DataDestEntry &d : plan.source->dataDests) {
            if (!containsLocation(used, d.uri)) // by identity: the restore's FROM carries the parameters, the path may not
                paths << (used.isEmpty() ? tr("Data backup path: %1") : tr("Data backup path not used for this point: %1")).arg(d.uri);
        }
        for (const ArchiveDestEntry &a : plan.source->archiveDests) {
            if (!containsLocation(used, a.uri))
                paths << (used.isEmpty() ? tr("Log archive path: %1") : tr("Log archive path not used for this point: %1")).arg(a.uri);
        }
    }
    m_paths->setText(paths.join(u'\n'));
    m_paths->setVisible(!paths.isEmpty());
    // Online, the files are listed where the restore reads them only when every destination is a bucket with its key
    // (a local or NFS path of the source cluster's servers need not exist on this computer).
    bool readable = !m_state.sourceOnline;
    if (m_state.sourceOnline && source && source->restorable && m_state.sourceStorage) {
        const QStringList from = source->fromUris();
        readable = std::all_of(from.cbegin(), from.cend(), [](const QString &u) {
            const auto uri = BackupUri::parse(u);
            return uri && !uri->isLocal();
        }) && m_state.sourceKeys.missingFor(from).isEmpty();
    }
    const bool checkable = source && source->restorable && readable;
    m_checkFiles->setVisible(source && source->restorable);
    m_checkFiles->setEnabled(checkable);
    m_checkFiles->setText(m_checkControl ? tr("Cancel check") : tr("Check files"));
    m_checkFiles->setToolTip(!readable ? tr("The source cluster's own paths are not read from this computer: files are checked "
                                            "in buckets with their keys, or when the backup location is parsed offline (scenario 2).")
                                       : tr("Lists, without reading data, the folders and files this restore opens, "
                                            "and says which are missing."));
    if (!m_checkControl) {
        QString result;
        QString colour;
        if (m_checked && !m_checked->verified) {
            result = tr("The file check was cancelled.");
        } else if (m_checked && m_checked->missing.isEmpty()) {
            result = tr("Every file this restore opens first is there.");
            colour = QStringLiteral("#1b6e20");
        } else if (m_checked) {
            QStringList lines;
            for (const Diagnostic &d : m_checked->missing)
                lines << QStringLiteral("%1: %2").arg(d.code, d.message);
            result = lines.join(u'\n');
            colour = QStringLiteral("#b3261e");
        }
        m_checkResult->setText(result);
        m_checkResult->setVisible(!result.isEmpty());
        m_checkResult->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
    }
    m_conversion->setText(m_zoneNote.isEmpty() ? conversion : conversion + u'\n' + m_zoneNote);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_useBefore->setVisible(m_before.has_value());
    m_useAfter->setVisible(m_after.has_value());
    if (m_before)
        m_useBefore->setText(tr("Earlier: %1").arg(m_before->toDisplayString(plan.timeZone)));
    if (m_after)
        m_useAfter->setText(tr("Later: %1").arg(m_after->toDisplayString(plan.timeZone)));
}

bool TenantPage::isComplete() const
{
    const RestorePlan &plan = m_state.plan;
    if (!plan.source || !parseTimeZone(m_zone->currentText().trimmed()))
        return false;
    const auto source = plan.restoreSource();
    return source && source->restorable && m_state.sourceKeys.missingFor(source->fromUris()).isEmpty();
}

void TenantPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
        m_table->resizeColumnsToContents(); // the headers and statuses change width with the language
    }
    QWizardPage::changeEvent(event);
}

void TenantPage::retranslateUi()
{
    setTitle(tr("Tenant and restore point"));
    setSubTitle(tr("Choose the tenant to restore and a point inside one of its restorable windows."));
    if (m_state.plan.source)
        m_timelineLabel->setText(tr("Backups of %1: hover for details, scroll to zoom, click to pick a point.")
                                     .arg(m_state.plan.source->tenantName));
    else
        m_timelineLabel->setText(tr("Backups of the chosen tenant:"));
    m_windowsLabel->setText(m_state.plan.source ? tr("Restorable windows of %1 (choose one to restore to its end):").arg(m_state.plan.source->tenantName)
                                                : tr("Restorable windows:"));
    fillWindows();
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomOut->setText(tr("Zoom out"));
    m_fit->setText(tr("Fit"));
    m_pointLabel->setText(tr("Restore point:"));
    m_latest->setText(tr("Latest"));
    m_time->setText(tr("Time"));
    m_scn->setText(tr("SCN"));
    m_zoneLabel->setText(tr("Time zone:"));
    m_timeEdit->setPlaceholderText(tr("YYYY-MM-DD HH:MM:SS[.ffffff]"));
    m_scnEdit->setPlaceholderText(tr("e.g. 1709380800000000000"));
    m_kindLabel->setText(tr("What to restore:"));
    m_kindWhole->setText(tr("The whole tenant, as a new tenant"));
    m_kindTables->setText(tr("Tables and databases, into an existing tenant (4.2.1+)"));
    m_kindTables->setToolTip(tr("ALTER SYSTEM RECOVER TABLE: OceanBase restores an auxiliary tenant to the point, imports "
                                "the tables into the tenant you choose, then drops the auxiliary tenant."));
    updatePointState();
}

} // namespace obrestore
