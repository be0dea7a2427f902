#pragma once

#include "plan/wizardtasks.h"
#include "wizardstate.h"

#include <memory>

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;
class QTimer;
class QToolButton;

namespace obrestore {

class TenantsModel;
class TimelineLegend;
class TimelineWidget;

// Page 3: the tenants found, the chosen tenant's timeline, and the restore point (latest, a time in a chosen zone,
// or an SCN; converted both ways; a point outside every window is refused with the nearest valid points offered).
class TenantPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantPage)

public:
    TenantPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    TimelineWidget *timeline() const { return m_timeline; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void selectRow(int row);
    // Why the chosen tenant has no window, from its own findings.
    QString noWindowCause() const;
    void pointEdited();
    void zoneEdited();
    void zoneChanged(); // the display zone changed (here or elsewhere)
    void useScn(Scn scn);
    void updatePointState();
    void fillWindows();
    void syncWindowSelection();
    void startFileCheck();
    void showFileCheck();
    void resetFileCheck();

    WizardState &m_state;
    quint64 m_generation = ~quint64(0);
    TenantsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_paths = nullptr;
    QLabel *m_timelineLabel = nullptr;
    TimelineWidget *m_timeline = nullptr;
    TimelineLegend *m_legend = nullptr;
    QLabel *m_windowsLabel = nullptr;
    QListWidget *m_windows = nullptr;
    bool m_fillingWindows = false;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_fit = nullptr;
    QLabel *m_pointLabel = nullptr;
    QRadioButton *m_latest = nullptr;
    QRadioButton *m_time = nullptr;
    QRadioButton *m_scn = nullptr;
    QButtonGroup *m_pointGroup = nullptr;
    QLineEdit *m_timeEdit = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QComboBox *m_zone = nullptr;
    QLineEdit *m_scnEdit = nullptr;
    QLabel *m_conversion = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_useBefore = nullptr;
    QPushButton *m_useAfter = nullptr;
    std::optional<Scn> m_before;
    std::optional<Scn> m_after;
    bool m_updating = false;
    QString m_zoneNote; // what a zone change did to the point, until the point is edited
    // What the restore to the chosen point reads, and the file check of it.
    QLabel *m_reads = nullptr;
    QPushButton *m_checkFiles = nullptr;
    QLabel *m_checkResult = nullptr;
    QLabel *m_kindLabel = nullptr;
    QRadioButton *m_kindWhole = nullptr;
    QRadioButton *m_kindTables = nullptr;
    QTimer *m_checkTimer = nullptr;
    std::shared_ptr<FileCheckControl> m_checkControl;
    std::optional<TenantRestoreSource> m_checked; // the last finished check
    quint64 m_checkRequest = 0;
};

} // namespace obrestore
