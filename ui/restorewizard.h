#pragma once

#include "demobanner.h"
#include "plan/scenario.h"
#include "wizardstate.h"

#include <QThreadPool>
#include <QWizard>

class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace obrestore {

class LanguageManager;
class RestoreJobsDialog;

// The restore wizard. Pages are thin views; choices live in core types (Scenario now, RestorePlan later).
class RestoreWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreWizard)

public:
    enum PageId {
        Page_Scenario = 0,
        Page_Source,
        Page_Tenant,
        Page_Target,
        Page_Tables,     // table-level recovery only (TargetPage::nextId)
        Page_PreChecks,
        Page_Summary,
        Page_Run,
    };
    Q_ENUM(PageId)

    // `languages` may be null (no language menu); it must outlive the wizard.
    explicit RestoreWizard(LanguageManager *languages, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    // The size the wizard opens at the first time (then its last size and position are restored): every page fits
    // it in both languages, which the screenshot walk checks.
    static QSize defaultSize() { return {1000, 760}; }
    // The last size and position, or the default size centred on the screen (made smaller on a smaller screen).
    void restoreWindowGeometry();

    // The scenario chosen on the first page, or nullopt before a choice.
    std::optional<Scenario> scenario() const;

    // Demo mode: a banner on top of every page (and the window title says so).
    void setDemo(const DemoInfo &info);
    std::optional<DemoInfo> demo() const { return m_demo; }

    // What the pages share (the plan and what the background work found); for tests and the application.
    const WizardState &state() const { return m_state; }

    // The "Restore jobs" view: running restores (to monitor again) and the restore history of a target. With a
    // connection (or a target already connected in this session, or the demo cluster) it connects at once.
    RestoreJobsDialog *openRestoreJobs(std::optional<ConnectionSettings> connection = std::nullopt);
    // Restores that were being watched when the wizard last closed (shown on the first page; opened at once in
    // demo mode, whose cluster needs no password).
    void showWatchedJobs();
    // Back to the page that holds `field` (a page visited on the way) and the focus in that field: where a pre-check
    // sends the user to fix what it found.
    bool goToField(PlanField field);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void updateCloseButton();
    void buildLanguageMenu();
    void switchLanguage(const QString &language);

    LanguageManager *m_languages = nullptr;
    QToolButton *m_languageButton = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QPushButton *m_jobsButton = nullptr;
    QLabel *m_watchedNotice = nullptr;
    QStringList m_foundRunning; // the demo cluster's running jobs, read at start-up
    std::optional<DemoInfo> m_demo;
    // The destructor waits for the pool before the pages (QObject children, deleted later) go away.
    QThreadPool m_pool;
    WizardState m_state;
};

} // namespace obrestore
