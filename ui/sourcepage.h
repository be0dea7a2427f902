#pragma once

#include "wizardstate.h"

#include <QMap>
#include <QWizardPage>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace obrestore {

class ConnectionForm;
class DiagnosticsPanel;
class ObjectStorageForm;
struct ParseControl;

// Page 2: where the backups are. Online: the source cluster's sys tenant, its tenants read live. Offline: one or
// more backup locations parsed in the background, with live counts, Cancel, and the diagnostics panel.
class SourcePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePage)

public:
    SourcePage(WizardState &state, QWidget *parent = nullptr);
    ~SourcePage() override;

    void initializePage() override;
    bool isComplete() const override;

    void setDemo(const DemoInfo &info);
    bool isBusy() const { return m_busy; }
    // Stops a running parse (the wizard calls this when it closes).
    void cancelParse();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setOnline(bool online);
    void readOnline();
    // The online source's buckets and their keys (issue 28): listed with where each key comes from; Enter key… asks
    // for a missing one in the object-storage form, and the catalog is rebuilt with it.
    // An online catalog read or rebuilt with the keys known now: the plan's locations and the file check's storage
    // follow the keys, which are listed and tried.
    void setOnlineCatalog(const Catalog &catalog);
    void updateKeys();
    void enterKey();
    void useTypedKey();
    void testKeys();
    void addLocation();
    void addLocationText(const QString &text);
    void editLocation(QListWidgetItem *item);
    static QString locationToolTip();
    void testAccess();
    void browseLocation();
    void startParse();
    void updateCounts();
    void setCatalog(std::optional<Catalog> catalog);
    void updateSummary();
    void retranslateFindings();
    QStringList locationList() const;

    WizardState &m_state;
    QRadioButton *m_onlineRadio = nullptr;
    QRadioButton *m_offlineRadio = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QStackedWidget *m_stack = nullptr;
    ConnectionForm *m_connection = nullptr;
    QWidget *m_keysBox = nullptr;
    QLabel *m_keysLabel = nullptr;
    QTreeWidget *m_keysList = nullptr;
    QPushButton *m_enterKey = nullptr;
    QString m_keyBucket; // the bucket whose key the object-storage form asks for
    QMap<QString, QString> m_keyTests; // bucket id → what Test access found with its key (translated)
    quint64 m_keyTestRequest = 0;
    QLabel *m_locationLabel = nullptr;
    QComboBox *m_location = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_objectToggle = nullptr;
    ObjectStorageForm *m_objectForm = nullptr;
    quint64 m_testRequest = 0;
    QListWidget *m_locations = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_parse = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_summary = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    QTimer *m_countTimer = nullptr;
    std::shared_ptr<ParseControl> m_control;
    std::optional<ScanResult> m_scan; // what the shown catalog was built from
    bool m_busy = false;
    quint64 m_request = 0; // results of older requests are dropped
    enum class Outcome { None, Online, Parsed, Cancelled, Failed };
    Outcome m_outcome = Outcome::None;
    QString m_failure;
};

} // namespace obrestore
