#include "restorewizard.h"

#include "background.h"
#include "common/i18n.h"
#include "plan/wizardtasks.h"
#include "plan/recents.h"
#include "precheckspage.h"
#include "restorejobsdialog.h"
#include "runpage.h"
#include "scenariopage.h"
#include "sourcepage.h"
#include "summarypage.h"
#include "tablespage.h"
#include "targetpage.h"
#include "tenantpage.h"

#include <QActionGroup>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>

namespace obrestore {

RestoreWizard::RestoreWizard(LanguageManager *languages, QWidget *parent)
    : QWizard(parent), m_languages(languages)
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, false);
    setOption(QWizard::HaveHelpButton, false);

    setPage(Page_Scenario, new ScenarioPage(this));
    m_pool.setMaxThreadCount(4);
    m_state.pool = &m_pool;
    setPage(Page_Source, new SourcePage(m_state, this));
    setPage(Page_Tenant, new TenantPage(m_state, this));
    setPage(Page_Target, new TargetPage(m_state, this));
    setPage(Page_Tables, new TablesPage(m_state, this));
    setPage(Page_PreChecks, new PreChecksPage(m_state, this));
    setPage(Page_Summary, new SummaryPage(m_state, this));
    setPage(Page_Run, new RunPage(m_state, this));
    setStartId(Page_Scenario);
    connect(qobject_cast<PreChecksPage *>(page(Page_PreChecks)), &PreChecksPage::goToField, this, &RestoreWizard::goToField);
    // The bottom right button never hides a running restore: on the run page it says the restore goes on.
    connect(this, &QWizard::currentIdChanged, this, &RestoreWizard::updateCloseButton);
    connect(qobject_cast<RunPage *>(page(Page_Run)), &RunPage::jobRunningChanged, this, &RestoreWizard::updateCloseButton);

    m_jobsButton = new QPushButton(this);
    m_jobsButton->setObjectName(QStringLiteral("restoreJobsButton"));
    setOption(QWizard::HaveCustomButton2, true);
    setButton(QWizard::CustomButton2, m_jobsButton);
    connect(m_jobsButton, &QPushButton::clicked, this, [this] { openRestoreJobs(); });
    if (m_languages) {
        buildLanguageMenu();
        setOption(QWizard::HaveCustomButton1, true);
        setButton(QWizard::CustomButton1, m_languageButton);
        connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
            const auto actions = m_languageGroup->actions();
            for (QAction *a : actions)
                a->setChecked(a->data().toString() == language);
        });
    }
    QList<QWizard::WizardButton> buttons;
    if (m_languages)
        buttons << QWizard::CustomButton1;
    buttons << QWizard::CustomButton2 << QWizard::Stretch << QWizard::BackButton << QWizard::NextButton << QWizard::CommitButton
            << QWizard::FinishButton << QWizard::CancelButton;
    setButtonLayout(buttons);

    // Restores that were being watched when the wizard last closed: a notice on the first page.
    m_watchedNotice = new QLabel(this);
    m_watchedNotice->setObjectName(QStringLiteral("watchedJobsNotice"));
    m_watchedNotice->setWordWrap(true);
    m_watchedNotice->setStyleSheet(QStringLiteral("QLabel { background: #e7f1ff; padding: 6px; border-radius: 3px; }"));
    m_watchedNotice->hide();
    if (auto *box = qobject_cast<QBoxLayout *>(page(Page_Scenario)->layout()))
        box->insertWidget(0, m_watchedNotice);
    connect(m_watchedNotice, &QLabel::linkActivated, this, [this] {
        const QList<WatchedJob> watched = Recents::watchedJobs();
        if (!watched.isEmpty())
            openRestoreJobs(watched.first().connection);
        else
            openRestoreJobs(); // the demo cluster's running jobs
    });

    setMinimumSize(760, 540);
    retranslateUi();
    showWatchedJobs();
}

namespace {

const QString kGeometry = QStringLiteral("window/geometry");

} // namespace

bool RestoreWizard::goToField(PlanField field)
{
    const RestorePlan &plan = m_state.plan;
    int pageId = Page_Target;
    QString name;
    switch (field) {
    case PlanField::None:
    case PlanField::Description:
        return false;
    case PlanField::Locations:
        pageId = Page_Source;
        name = m_state.sourceOnline ? QString() : QStringLiteral("locationList");
        break;
    case PlanField::Point:
        pageId = Page_Tenant;
        name = plan.point == RestorePlan::Point::Time  ? QStringLiteral("pointTimeEdit")
               : plan.point == RestorePlan::Point::Scn ? QStringLiteral("pointScnEdit")
                                                       : QStringLiteral("pointLatestRadio");
        break;
    case PlanField::Tables:
        pageId = Page_Tables;
        name = QStringLiteral("recoverNamesEdit");
        break;
    case PlanField::Remaps:
        pageId = Page_Tables;
        name = QStringLiteral("remapTable");
        break;
    case PlanField::TenantName:
        name = plan.isTables() ? QStringLiteral("receivingTenantCombo") : QStringLiteral("tenantNameEdit");
        break;
    case PlanField::Pool:
        name = plan.createPool ? QStringLiteral("poolNameEdit") : QStringLiteral("existingPoolCombo");
        break;
    case PlanField::UnitConfig:
        name = QStringLiteral("unitCpuSpin");
        break;
    case PlanField::PrimaryZone:
        name = QStringLiteral("primaryZoneCombo");
        break;
    case PlanField::Locality:
        name = QStringLiteral("localityEdit");
        break;
    case PlanField::Concurrency:
        name = QStringLiteral("concurrencySpin");
        break;
    case PlanField::Decryption:
        name = QStringLiteral("decryptionEdit1");
        break;
    case PlanField::Quick:
        name = QStringLiteral("quickRestoreCheck");
        break;
    case PlanField::KeyBackup:
        name = QStringLiteral("keyFromEdit");
        break;
    case PlanField::Kms:
        name = QStringLiteral("kmsInfoEdit");
        break;
    }
    if (!visitedIds().contains(pageId))
        return false;
    while (currentId() != pageId) {
        const int before = currentId();
        back();
        if (currentId() == before)
            return false;
    }
    if (name.isEmpty())
        return true;
    QWidget *widget = page(pageId)->findChild<QWidget *>(name);
    if (!widget)
        return true;
    for (QWidget *w = widget->parentWidget(); w && w != page(pageId); w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w))
            scroll->ensureWidgetVisible(widget);
    }
    widget->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    return true;
}

void RestoreWizard::restoreWindowGeometry()
{
    if (restoreGeometry(QSettings().value(kGeometry).toByteArray()))
        return;
    QSize size = defaultSize();
    if (const QScreen *s = screen()) {
        const QRect available = s->availableGeometry();
        size = size.boundedTo(available.size() * 0.95);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    resize(size);
}

void RestoreWizard::hideEvent(QHideEvent *event)
{
    // Remembered when the window closes (or is hidden on the way out), restored the next time.
    QSettings().setValue(kGeometry, saveGeometry());
    QWizard::hideEvent(event);
}

RestoreWizard::~RestoreWizard()
{
    // Stop a parse, then wait for the background work before the pages it reports to go away.
    if (auto *source = qobject_cast<SourcePage *>(page(Page_Source)))
        source->cancelParse();
    m_pool.waitForDone();
}

RestoreJobsDialog *RestoreWizard::openRestoreJobs(std::optional<ConnectionSettings> connection)
{
    auto *dialog = new RestoreJobsDialog(&m_pool, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    bool connectNow = false;
    if (connection) {
        // A remembered connection has no password; in this session the target's (or the demo's) is known.
        if (m_state.target && m_state.plan.target.host == connection->host && m_state.plan.target.port == connection->port
            && m_state.plan.target.user == connection->user)
            connection = m_state.plan.target;
        connectNow = !connection->password.isEmpty() || (m_demo && connection->host == m_demo->host && connection->port == m_demo->port);
        dialog->setConnection(*connection);
    } else if (m_state.target) {
        dialog->setConnection(m_state.plan.target);
        connectNow = true;
    } else if (m_demo) {
        ConnectionSettings demo;
        demo.host = m_demo->host;
        demo.port = m_demo->port;
        demo.user = m_demo->user;
        dialog->setConnection(demo);
        connectNow = true;
    }
    dialog->show();
    dialog->raise(); // in front of the wizard, also where the window manager would not put it there
    dialog->activateWindow();
    if (connectNow)
        dialog->connectNow();
    return dialog;
}

void RestoreWizard::showWatchedJobs()
{
    const QList<WatchedJob> watched = Recents::watchedJobs();
    if (watched.isEmpty() && m_foundRunning.isEmpty()) {
        m_watchedNotice->hide();
        return;
    }
    QStringList jobs;
    for (const WatchedJob &j : watched)
        jobs << (j.recoverTable ? tr("the table recovery into %1 (job %2) on %3")
                                : tr("%1 (job %2) on %3")).arg(j.tenant.toHtmlEscaped()).arg(j.jobId).arg(j.connection.displayName().toHtmlEscaped());
    if (!watched.isEmpty())
        m_watchedNotice->setText(tr("When obrestore last closed, it was watching: %1. <a href=\"#jobs\">Show the restore jobs</a> to follow "
                                    "them again.")
                                     .arg(jobs.join(QStringLiteral("; "))));
    else
        m_watchedNotice->setText(tr("Running on the demo cluster now: %1. <a href=\"#jobs\">Show the restore jobs</a> to follow them.")
                                     .arg(m_foundRunning.join(QStringLiteral("; ")).toHtmlEscaped()));
    m_watchedNotice->show();
}

std::optional<Scenario> RestoreWizard::scenario() const
{
    const int value = field(QStringLiteral("scenario")).toInt();
    if (!isValidScenario(value))
        return std::nullopt;
    return Scenario(value);
}

void RestoreWizard::setDemo(const DemoInfo &info)
{
    m_demo = info;
    m_state.demo = info;
    qobject_cast<SourcePage *>(page(Page_Source))->setDemo(info);
    qobject_cast<TargetPage *>(page(Page_Target))->setDemo(info);
    const QList<int> ids = pageIds();
    for (int id : ids) {
        QWizardPage *p = page(id);
        auto *box = qobject_cast<QBoxLayout *>(p->layout());
        if (box && !p->findChild<DemoBanner *>())
            box->insertWidget(0, new DemoBanner(info, p));
    }
    retranslateUi();
    // The demo cluster needs no password: restores it was running when the wizard closed are listed at once.
    const QList<WatchedJob> watched = Recents::watchedJobs();
    for (const WatchedJob &j : watched) {
        if (j.connection.host == info.host && j.connection.port == info.port) {
            openRestoreJobs(j.connection);
            return;
        }
    }
    // Whatever this settings profile remembers (another profile, another user, the command line may have started
    // them): the cluster's own running jobs are read, in the background, and named on the first page.
    ConnectionSettings demo;
    demo.host = info.host;
    demo.port = info.port;
    demo.user = info.user;
    runInBackground(&m_pool, this, [demo] { return listRestoreJobs(demo); }, [this](const RestoreJobsList &jobs) {
        m_foundRunning.clear();
        for (const RestoreJobInfo &j : jobs.running)
            m_foundRunning << (j.recoverTable ? tr("the table recovery into %1 (job %2)") : tr("%1 (job %2)")).arg(j.tenantName).arg(j.jobId);
        showWatchedJobs();
    });
}

void RestoreWizard::buildLanguageMenu()
{
    m_languageButton = new QToolButton(this);
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Room for the menu arrow, which the style otherwise draws over the last character.
    m_languageButton->setStyleSheet(QStringLiteral("QToolButton { padding-right: 14px; }"));
    m_languageMenu = new QMenu(m_languageButton);
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(m_languageMenu);
    m_languageGroup->setExclusive(true);
    const QStringList languages = LanguageManager::availableLanguages();
    for (const QString &language : languages) {
        // Each language is named in itself, so a user can find theirs whatever the current language.
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setObjectName(QStringLiteral("language_%1").arg(language));
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == m_languages->language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }
    m_languageButton->setMenu(m_languageMenu);
}

void RestoreWizard::switchLanguage(const QString &language)
{
    if (!m_languages || language == m_languages->language())
        return;
    if (m_languages->setLanguage(language))
        LanguageManager::rememberLanguage(language);
}

void RestoreWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void RestoreWizard::updateCloseButton()
{
    const auto *run = qobject_cast<RunPage *>(page(Page_Run));
    if (currentId() == Page_Run && run && run->jobRunning()) {
        setButtonText(QWizard::CancelButton, m_state.plan.isTables() ? tr("Close (the recovery continues)") : tr("Close (the restore continues)"));
        button(QWizard::CancelButton)->setToolTip(tr("Closes the wizard only: the job runs on in the cluster, and the next start "
                                                     "(or Restore jobs…) finds it again. To stop it, use Cancel restore."));
    } else if (currentId() == Page_Run && run && run->job()) {
        setButtonText(QWizard::CancelButton, tr("Close"));
        button(QWizard::CancelButton)->setToolTip(QString());
    } else {
        setButtonText(QWizard::CancelButton, QWizard::tr("Cancel"));
        button(QWizard::CancelButton)->setToolTip(QString());
    }
}

void RestoreWizard::retranslateUi()
{
    setWindowTitle(m_demo ? tr("obrestore — Restore an OceanBase tenant (demo)") : tr("obrestore — Restore an OceanBase tenant"));
    // QWizard re-translates Next/Finish itself but not Back and Cancel on a run-time switch (verified on
    // Qt 6.4.2; qt-house-style.md §3.4): set all four through the QWizard context, which both Qt's
    // qtbase_<lang>.qm and our catalogue translate.
    setButtonText(QWizard::BackButton, QWizard::tr("< &Back"));
    setButtonText(QWizard::NextButton, QWizard::tr("&Next >"));
    setButtonText(QWizard::FinishButton, QWizard::tr("&Finish"));
    updateCloseButton();
    setButtonText(QWizard::CustomButton2, tr("Restore jobs…"));
    m_jobsButton->setToolTip(tr("Running restores and the restore history of a target cluster; monitor a running restore again."));
    if (m_watchedNotice && m_watchedNotice->isVisible())
        showWatchedJobs();
    if (m_languageButton) {
        // QWizard owns the texts of its buttons, custom ones included: set it through the wizard.
        setButtonText(QWizard::CustomButton1,
                      tr("Language: %1").arg(LanguageManager::nativeName(m_languages->language())));
        m_languageButton->setToolTip(tr("Switch the language of the wizard. The choice is remembered."));
    }
}

} // namespace obrestore
