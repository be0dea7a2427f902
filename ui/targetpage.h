#pragma once

#include "wizardstate.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace obrestore {

class ConnectionForm;

// Page 4: the target cluster's sys tenant, the new tenant's name, its resource pool (an unused one, or a new unit
// config and pool checked live against the zones' free resources), primary zone, locality, concurrency, and the
// decryption passwords when a chosen set is encrypted.
class TargetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetPage)

public:
    TargetPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;
    // Why Next is not possible yet, in words (empty when it is).
    QStringList problems() const;
    bool isComplete() const override;
    void setDemo(const DemoInfo &info);
    bool isBusy() const { return m_busy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void connectTarget();
    void fillInventory();
    void updatePlan();
    void updateUnitNames();
    // `taken` with the first free "_2", "_3", … suffix on the connected target.
    QString freeTenantName(const QString &taken) const;

    WizardState &m_state;
    QCheckBox *m_sameAsSource = nullptr;
    ConnectionForm *m_connection = nullptr;
    QLabel *m_inventory = nullptr;
    QGroupBox *m_tenantBox = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_receiver = nullptr;
    QRadioButton *m_existingRadio = nullptr;
    QComboBox *m_existingPool = nullptr;
    QRadioButton *m_newRadio = nullptr;
    QWidget *m_newPool = nullptr;
    QLabel *m_unitLabels[6] = {};
    QLineEdit *m_unitName = nullptr;
    QLineEdit *m_poolName = nullptr;
    QDoubleSpinBox *m_cpu = nullptr;
    QDoubleSpinBox *m_memory = nullptr;
    QDoubleSpinBox *m_logDisk = nullptr;
    QSpinBox *m_unitNum = nullptr;
    QLabel *m_zonesLabel = nullptr;
    QListWidget *m_zones = nullptr;
    // Unit presets (OCP offers the same): CPU, memory, and a log disk three times the memory.
    QLabel *m_presetLabel = nullptr;
    QComboBox *m_preset = nullptr;
    bool m_applyingPreset = false;
    // Per zone of the pool, its replica type (F full, R read-only): they build the locality shown below.
    QLabel *m_replicasLabel = nullptr;
    QWidget *m_replicas = nullptr;
    QList<QPair<QString, QComboBox *>> m_replicaCombos;
    bool m_localityTyped = false; // the user typed a locality: the replica choices stop rewriting it until changed
    void fillReplicaChoices(const QStringList &zones);
    QString localityFromReplicas() const;
    void presetChosen(int index);
    void syncPreset();
    void retranslateReplicaChoices();
    QLabel *m_fit = nullptr;
    QLabel *m_optionLabels[3] = {};
    QComboBox *m_primaryZone = nullptr;
    QLineEdit *m_locality = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QGroupBox *m_decryptionBox = nullptr;
    QLineEdit *m_password1 = nullptr;
    QLineEdit *m_password2 = nullptr;
    QCheckBox *m_advancedCheck = nullptr; // shows the advanced options
    QGroupBox *m_advanced = nullptr;
    QCheckBox *m_quick = nullptr;
    QLabel *m_advancedLabels[3] = {};
    QLineEdit *m_keyFrom = nullptr;
    QLineEdit *m_keyPassword = nullptr;
    QLineEdit *m_kmsInfo = nullptr;
    QLabel *m_problems = nullptr;
    bool m_busy = false;
    bool m_namesEdited = false;
    quint64 m_request = 0;
    quint64 m_generation = ~quint64(0);
};

} // namespace obrestore
