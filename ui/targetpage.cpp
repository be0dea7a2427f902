#include "targetpage.h"

#include <array>

#include "background.h"
#include "connectionform.h"
#include "plan/wizardtasks.h"
#include "restorewizard.h"
#include "secretfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QListWidget>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace obrestore {

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

QString gibText(qint64 bytes)
{
    return QLocale().toString(double(bytes) / kGiB, 'f', 1);
}

} // namespace

TargetPage::TargetPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(QStringLiteral("targetPage"));
    auto *pageLayout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("targetScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    // Two columns, so that the page fits the default window without scrolling (rule 3 of issue 16): the target
    // connection, what it holds, the decryption and the advanced options on the left, the tenant to create and its
    // pool on the right; problems below.
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(0, 0, 6, 0);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *layout = new QVBoxLayout; // the right column
    columns->addLayout(left, 1);
    columns->addLayout(layout, 1);
    outer->addLayout(columns);
    scroll->setWidget(content);
    pageLayout->addWidget(scroll);

    m_sameAsSource = new QCheckBox(content);
    m_sameAsSource->setObjectName(QStringLiteral("sameAsSourceCheck"));
    left->addWidget(m_sameAsSource);
    m_connection = new ConnectionForm(QStringLiteral("target"), content);
    left->addWidget(m_connection);
    m_inventory = new QLabel(content);
    m_inventory->setObjectName(QStringLiteral("targetInventory"));
    m_inventory->setWordWrap(true);
    m_inventory->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_inventory);

    m_tenantBox = new QGroupBox(content);
    m_tenantBox->setObjectName(QStringLiteral("newTenantBox"));
    auto *box = new QVBoxLayout(m_tenantBox);
    auto *nameRow = new QHBoxLayout;
    m_nameLabel = new QLabel(m_tenantBox);
    m_name = new QLineEdit(m_tenantBox);
    m_name->setObjectName(QStringLiteral("tenantNameEdit"));
    // A table-level recovery names an existing tenant instead: the one that receives the tables.
    m_receiver = new QComboBox(m_tenantBox);
    m_receiver->setObjectName(QStringLiteral("receivingTenantCombo"));
    nameRow->addWidget(m_nameLabel);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_receiver, 1);
    box->addLayout(nameRow);

    auto *poolRow = new QHBoxLayout;
    m_existingRadio = new QRadioButton(m_tenantBox);
    m_existingRadio->setObjectName(QStringLiteral("existingPoolRadio"));
    m_existingPool = new QComboBox(m_tenantBox);
    m_existingPool->setObjectName(QStringLiteral("existingPoolCombo"));
    m_newRadio = new QRadioButton(m_tenantBox);
    m_newRadio->setObjectName(QStringLiteral("newPoolRadio"));
    poolRow->addWidget(m_existingRadio);
    poolRow->addWidget(m_existingPool, 1);
    box->addLayout(poolRow);
    box->addWidget(m_newRadio); // a row of its own: the right column is half the page wide

    m_newPool = new QWidget(m_tenantBox);
    m_newPool->setObjectName(QStringLiteral("newPoolPanel"));
    auto *grid = new QGridLayout(m_newPool);
    grid->setContentsMargins(18, 0, 0, 0);
    for (QLabel *&l : m_unitLabels)
        l = new QLabel(m_newPool);
    m_unitName = new QLineEdit(m_newPool);
    m_unitName->setObjectName(QStringLiteral("unitNameEdit"));
    m_poolName = new QLineEdit(m_newPool);
    m_poolName->setObjectName(QStringLiteral("poolNameEdit"));
    m_cpu = new QDoubleSpinBox(m_newPool);
    m_cpu->setObjectName(QStringLiteral("unitCpuSpin"));
    m_cpu->setRange(1, 512);
    m_cpu->setDecimals(1);
    m_cpu->setValue(2);
    m_memory = new QDoubleSpinBox(m_newPool);
    m_memory->setObjectName(QStringLiteral("unitMemorySpin"));
    m_memory->setRange(1, 4096);
    m_memory->setDecimals(1);
    m_memory->setValue(8);
    m_logDisk = new QDoubleSpinBox(m_newPool);
    m_logDisk->setObjectName(QStringLiteral("unitLogDiskSpin"));
    m_logDisk->setRange(1, 65536);
    m_logDisk->setDecimals(1);
    m_logDisk->setValue(24);
    m_unitNum = new QSpinBox(m_newPool);
    m_unitNum->setObjectName(QStringLiteral("unitNumSpin"));
    m_unitNum->setRange(1, 64);
    m_presetLabel = new QLabel(m_newPool);
    m_preset = new QComboBox(m_newPool);
    m_preset->setObjectName(QStringLiteral("unitPresetCombo"));
    // The names get whole rows (they are long: <tenant>_unit), the numbers two per row.
    grid->addWidget(m_unitLabels[0], 0, 0);
    grid->addWidget(m_unitName, 0, 1, 1, 3);
    grid->addWidget(m_unitLabels[1], 1, 0);
    grid->addWidget(m_poolName, 1, 1, 1, 3);
    grid->addWidget(m_presetLabel, 2, 0);
    grid->addWidget(m_preset, 2, 1, 1, 3);
    grid->addWidget(m_unitLabels[2], 3, 0);
    grid->addWidget(m_cpu, 3, 1);
    grid->addWidget(m_unitLabels[3], 3, 2);
    grid->addWidget(m_memory, 3, 3);
    grid->addWidget(m_unitLabels[4], 4, 0);
    grid->addWidget(m_logDisk, 4, 1);
    grid->addWidget(m_unitLabels[5], 4, 2);
    grid->addWidget(m_unitNum, 4, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_zonesLabel = new QLabel(m_newPool);
    m_zones = new QListWidget(m_newPool);
    m_zones->setObjectName(QStringLiteral("poolZonesList"));
    m_zones->setFlow(QListView::LeftToRight);
    m_zones->setMaximumHeight(m_zones->fontMetrics().lineSpacing() + 14);
    grid->addWidget(m_zonesLabel, 5, 0);
    grid->addWidget(m_zones, 5, 1, 1, 3);
    m_replicasLabel = new QLabel(m_newPool);
    m_replicas = new QWidget(m_newPool);
    m_replicas->setObjectName(QStringLiteral("replicaTypes"));
    auto *replicaRow = new QHBoxLayout(m_replicas);
    replicaRow->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_replicasLabel, 6, 0);
    grid->addWidget(m_replicas, 6, 1, 1, 3);
    box->addWidget(m_newPool);
    m_fit = new QLabel(m_tenantBox);
    m_fit->setObjectName(QStringLiteral("poolFitLabel"));
    m_fit->setWordWrap(true);
    box->addWidget(m_fit);

    auto *options = new QGridLayout;
    for (QLabel *&l : m_optionLabels)
        l = new QLabel(m_tenantBox);
    m_primaryZone = new QComboBox(m_tenantBox);
    m_primaryZone->setObjectName(QStringLiteral("primaryZoneCombo"));
    m_primaryZone->setEditable(true);
    m_locality = new QLineEdit(m_tenantBox);
    m_locality->setObjectName(QStringLiteral("localityEdit"));
    m_concurrency = new QSpinBox(m_tenantBox);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(0, 100);
    options->addWidget(m_optionLabels[0], 0, 0);
    options->addWidget(m_primaryZone, 0, 1);
    options->addWidget(m_optionLabels[2], 0, 2);
    options->addWidget(m_concurrency, 0, 3);
    options->addWidget(m_optionLabels[1], 1, 0);
    options->addWidget(m_locality, 1, 1, 1, 3); // its placeholder says what the default is: a whole row
    options->setColumnStretch(1, 1);
    options->setColumnStretch(3, 1);
    box->addLayout(options);
    layout->addWidget(m_tenantBox);

    m_decryptionBox = new QGroupBox(content);
    m_decryptionBox->setObjectName(QStringLiteral("decryptionBox"));
    auto *dec = new QFormLayout(m_decryptionBox);
    m_password1 = new QLineEdit(m_decryptionBox);
    m_password1->setObjectName(QStringLiteral("decryptionEdit1"));
    makeSecretField(m_password1);
    m_password2 = new QLineEdit(m_decryptionBox);
    m_password2->setObjectName(QStringLiteral("decryptionEdit2"));
    makeSecretField(m_password2);
    dec->addRow(m_password1);
    dec->addRow(m_password2);
    left->addWidget(m_decryptionBox); // the left column has the room; the right one holds the tenant

    // Options a DBA needs now and then: quick restore, and the keys of a tenant with transparent encryption.
    m_advancedCheck = new QCheckBox(content);
    m_advancedCheck->setObjectName(QStringLiteral("advancedCheck"));
    left->addWidget(m_advancedCheck);
    m_advanced = new QGroupBox(content);
    m_advanced->setObjectName(QStringLiteral("advancedBox"));
    auto *adv = new QGridLayout(m_advanced);
    m_quick = new QCheckBox(m_advanced);
    m_quick->setObjectName(QStringLiteral("quickRestoreCheck"));
    adv->addWidget(m_quick, 0, 0, 1, 2);
    for (QLabel *&l : m_advancedLabels)
        l = new QLabel(m_advanced);
    m_keyFrom = new QLineEdit(m_advanced);
    m_keyFrom->setObjectName(QStringLiteral("keyFromEdit"));
    m_keyPassword = new QLineEdit(m_advanced);
    m_keyPassword->setObjectName(QStringLiteral("keyPasswordEdit"));
    makeSecretField(m_keyPassword);
    m_kmsInfo = new QLineEdit(m_advanced);
    m_kmsInfo->setObjectName(QStringLiteral("kmsInfoEdit"));
    makeSecretField(m_kmsInfo);
    for (int i = 0; i < 3; ++i) {
        adv->addWidget(m_advancedLabels[i], i + 1, 0);
        adv->addWidget(std::array<QLineEdit *, 3>{m_keyFrom, m_keyPassword, m_kmsInfo}[i], i + 1, 1);
    }
    adv->setColumnStretch(1, 1);
    m_advanced->setVisible(false);
    left->addWidget(m_advanced);
    left->addStretch(1);

    m_problems = new QLabel(content);
    m_problems->setObjectName(QStringLiteral("targetProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addStretch(1);
    outer->addWidget(m_problems);
    outer->addStretch(1);

    m_existingRadio->setChecked(true);
    m_tenantBox->setEnabled(false);

    connect(m_connection, &ConnectionForm::actionRequested, this, &TargetPage::connectTarget);
    connect(m_connection, &ConnectionForm::edited, this, [this] {
        // Another target: what was read belongs to the old one.
        if (m_state.target) {
            m_state.target.reset();
            m_tenantBox->setEnabled(false);
            m_inventory->clear();
            updatePlan();
        }
    });
    connect(m_sameAsSource, &QCheckBox::toggled, this, [this](bool on) {
        m_connection->setEnabled(true);
        if (!on)
            return;
        // The source connection has just worked (its password is in memory): connect to it at once, no Connect.
        m_connection->setSettings(m_state.sourceConnection);
        if (!m_busy)
            connectTarget();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { updateUnitNames(); updatePlan(); });
    connect(m_receiver, &QComboBox::currentTextChanged, this, [this] { updateUnitNames(); updatePlan(); });
    connect(m_unitName, &QLineEdit::textEdited, this, [this] { m_namesEdited = true; updatePlan(); });
    connect(m_poolName, &QLineEdit::textEdited, this, [this] { m_namesEdited = true; updatePlan(); });
    for (QDoubleSpinBox *s : {m_cpu, m_memory, m_logDisk})
        connect(s, &QDoubleSpinBox::valueChanged, this, &TargetPage::updatePlan);
    connect(m_unitNum, &QSpinBox::valueChanged, this, &TargetPage::updatePlan);
    connect(m_concurrency, &QSpinBox::valueChanged, this, &TargetPage::updatePlan);
    connect(m_zones, &QListWidget::itemChanged, this, &TargetPage::updatePlan);
    connect(m_existingRadio, &QRadioButton::toggled, this, &TargetPage::updatePlan);
    connect(m_existingPool, &QComboBox::currentTextChanged, this, &TargetPage::updatePlan);
    connect(m_primaryZone, &QComboBox::currentTextChanged, this, &TargetPage::updatePlan);
    connect(m_locality, &QLineEdit::textEdited, this, [this] {
        m_localityTyped = true;
        updatePlan();
    });
    connect(m_preset, &QComboBox::activated, this, &TargetPage::presetChosen);
    for (QDoubleSpinBox *spin : {m_cpu, m_memory, m_logDisk})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TargetPage::syncPreset);
    connect(m_password1, &QLineEdit::textEdited, this, &TargetPage::updatePlan);
    connect(m_password2, &QLineEdit::textEdited, this, &TargetPage::updatePlan);
    connect(m_advancedCheck, &QCheckBox::toggled, this, [this, scroll](bool on) {
        m_advanced->setVisible(on);
        if (on) // once the layout has the new rows, bring them into view
            QTimer::singleShot(0, this, [this, scroll] { scroll->ensureWidgetVisible(m_kmsInfo); });
        updatePlan();
    });
    connect(m_quick, &QCheckBox::toggled, this, &TargetPage::updatePlan);
    for (QLineEdit *e : {m_keyFrom, m_keyPassword, m_kmsInfo})
        connect(e, &QLineEdit::textEdited, this, &TargetPage::updatePlan);
    retranslateUi();
    syncPreset(); // the default unit is the first preset
}

void TargetPage::setDemo(const DemoInfo &info)
{
    ConnectionSettings c;
    c.host = info.host;
    c.port = info.port;
    c.user = info.user;
    m_connection->setSettings(c);
    m_password1->setText(info.decryptionPassword); // masked; the sample's password is a fixture
}

int TargetPage::nextId() const
{
    // A table-level recovery goes on to the tables; a tenant restore straight to the pre-checks.
    return m_state.plan.isTables() ? RestoreWizard::Page_Tables : RestoreWizard::Page_PreChecks;
}

void TargetPage::initializePage()
{
    const bool tables = m_state.plan.isTables();
    m_name->setVisible(!tables);
    m_receiver->setVisible(tables);
    m_quick->setVisible(!tables);
    m_sameAsSource->setVisible(m_state.sourceOnline);
    if (m_state.sourceOnline && !m_state.target && m_generation == ~quint64(0))
        m_sameAsSource->setChecked(true);
    if (m_generation != m_state.sourceGeneration && m_state.plan.source) {
        // A new source tenant: suggest a name for the new tenant (never one that exists on the target).
        m_generation = m_state.sourceGeneration;
        if (m_name->text().isEmpty() || !m_name->isModified()) {
            m_name->setText(QStringLiteral("%1_restored").arg(m_state.plan.source->tenantName.isEmpty()
                                                                  ? QStringLiteral("tenant_%1").arg(m_state.plan.source->tenantId)
                                                                  : m_state.plan.source->tenantName));
        }
    }
    // The proposed unit and pool names follow this page's tenant, whatever an earlier visit (another kind of
    // restore, another name) proposed; names the user typed stay.
    updateUnitNames();
    updatePlan();
    retranslateUi();
}

QString TargetPage::freeTenantName(const QString &taken) const
{
    QString base = taken;
    static const QRegularExpression numbered(QStringLiteral("_(\\d+)$"));
    if (const auto m = numbered.match(base); m.hasMatch())
        base.chop(m.capturedLength(0));
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1_%2").arg(base).arg(n);
        if (!m_state.target || !m_state.target->hasTenant(candidate))
            return candidate;
    }
}

void TargetPage::updateUnitNames()
{
    if (m_namesEdited)
        return;
    // The auxiliary tenant's unit and pool of a table-level recovery are named after the receiving tenant.
    const bool tables = m_state.plan.isTables();
    const QString base = tables ? (m_receiver->currentText().isEmpty() ? QString() : QStringLiteral("aux_%1").arg(m_receiver->currentText()))
                                : m_name->text().trimmed();
    m_unitName->setText(base.isEmpty() ? QString() : QStringLiteral("%1_unit").arg(base));
    m_poolName->setText(base.isEmpty() ? QString() : QStringLiteral("%1_pool").arg(base));
}

void TargetPage::connectTarget()
{
    const ConnectionSettings settings = m_connection->settings();
    m_state.plan.target = settings;
    m_busy = true;
    m_connection->setBusy(true);
    Q_EMIT completeChanged();
    const quint64 request = ++m_request;
    runInBackground(m_state.pool, this, [settings] { return probeCluster(settings); }, [this, request](const ClusterProbe &r) {
        if (request != m_request)
            return;
        m_busy = false;
        m_connection->setBusy(false);
        if (!r.inventory) {
            m_state.target.reset();
            m_connection->showError(r.error);
            m_tenantBox->setEnabled(false);
        } else {
            m_state.target = r.inventory;
            m_state.targetRunningJobs = r.runningJobs;
            m_connection->showConnected(r.inventory->version);
            // A suggested name (not one the user typed) that the target already has: suggest the next free one.
            if (!m_name->isModified() && r.inventory->hasTenant(m_name->text().trimmed()))
                m_name->setText(freeTenantName(m_name->text().trimmed()));
            fillInventory();
            updateUnitNames(); // the receiving tenants are listed now; the new name may have changed
        }
        updatePlan();
    });
}

void TargetPage::fillInventory()
{
    const ClusterInventoryData &inv = *m_state.target;
    m_tenantBox->setEnabled(true);
    const QString pool = m_existingPool->currentText();
    m_existingPool->clear();
    for (const auto &p : inv.pools) {
        if (!p.inUse())
            m_existingPool->addItem(p.name);
    }
    m_existingPool->setCurrentText(pool);
    // The tenants that can receive tables: user tenants, not another recovery's auxiliary tenant.
    const QString receiver = m_receiver->currentText();
    m_receiver->clear();
    for (const auto &t : inv.tenants) {
        if (t.type.compare(u"USER", Qt::CaseInsensitive) == 0 && !t.name.startsWith(QStringLiteral("AUX_RECOVER$")))
            m_receiver->addItem(t.name);
    }
    if (!receiver.isEmpty())
        m_receiver->setCurrentText(receiver);
    if (m_existingPool->count() == 0)
        m_newRadio->setChecked(true);
    m_existingRadio->setEnabled(m_existingPool->count() > 0);
    m_zones->clear();
    for (const QString &zone : inv.zones) {
        auto *item = new QListWidgetItem(zone, m_zones);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    fillReplicaChoices(inv.zones);
    const QString primary = m_primaryZone->currentText();
    m_primaryZone->clear();
    m_primaryZone->addItem(QStringLiteral("RANDOM"));
    m_primaryZone->addItems(inv.zones);
    if (!inv.zones.isEmpty())
        m_primaryZone->addItem(inv.zones.join(u';'));
    m_primaryZone->setCurrentText(primary.isEmpty() ? QStringLiteral("RANDOM") : primary);
    retranslateUi();
}

namespace {

struct UnitPreset
{
    double cpu;
    double memoryGib;
};
// Log disk: three times the memory, OceanBase's default for a unit's log_disk_size.
constexpr UnitPreset kPresets[] = {{2, 8}, {4, 16}, {8, 32}, {16, 64}};

} // namespace

void TargetPage::presetChosen(int index)
{
    if (index <= 0 || index > int(std::size(kPresets)))
        return; // "Custom": the values stay as typed
    const UnitPreset &p = kPresets[index - 1];
    m_applyingPreset = true;
    m_cpu->setValue(p.cpu);
    m_memory->setValue(p.memoryGib);
    m_logDisk->setValue(3 * p.memoryGib);
    m_applyingPreset = false;
    updatePlan();
}

void TargetPage::syncPreset()
{
    // The preset that matches the values, else "Custom" (a value typed by hand).
    if (m_applyingPreset)
        return;
    int match = 0;
    for (int i = 0; i < int(std::size(kPresets)); ++i) {
        if (m_cpu->value() == kPresets[i].cpu && m_memory->value() == kPresets[i].memoryGib && m_logDisk->value() == 3 * kPresets[i].memoryGib)
            match = i + 1;
    }
    m_preset->setCurrentIndex(match);
}

void TargetPage::fillReplicaChoices(const QStringList &zones)
{
    m_replicaCombos.clear(); // the widgets go with the layout's items below
    QLayout *row = m_replicas->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &zone : zones) {
        auto *label = new QLabel(zone, m_replicas);
        auto *combo = new QComboBox(m_replicas);
        combo->setObjectName(QStringLiteral("replicaType_%1").arg(zone));
        combo->addItem(QString(), QStringLiteral("FULL"));
        combo->addItem(QString(), QStringLiteral("READONLY"));
        label->setBuddy(combo);
        row->addWidget(label);
        row->addWidget(combo);
        m_replicaCombos.append({zone, combo});
        connect(combo, &QComboBox::activated, this, [this] {
            // A replica choice writes the locality it means into the field (the field is what is sent).
            m_localityTyped = false;
            m_locality->setText(localityFromReplicas());
            updatePlan();
        });
    }
    static_cast<QHBoxLayout *>(row)->addStretch(1);
    retranslateReplicaChoices();
}

void TargetPage::retranslateReplicaChoices()
{
    for (auto &[zone, combo] : m_replicaCombos) {
        combo->setItemText(0, tr("F", "full replica"));
        combo->setItemText(1, tr("R", "read-only replica"));
        combo->setToolTip(tr("Replica type in %1: F full, R read-only.").arg(zone));
    }
}

QString TargetPage::localityFromReplicas() const
{
    // Every zone of the new pool with its replica type; empty (the server's default: a full replica in each zone)
    // when all are full.
    QStringList parts;
    bool allFull = true;
    for (int i = 0; i < m_zones->count(); ++i) {
        if (m_zones->item(i)->checkState() != Qt::Checked)
            continue;
        const QString zone = m_zones->item(i)->text();
        QString type = QStringLiteral("FULL");
        for (const auto &[z, combo] : m_replicaCombos) {
            if (z == zone)
                type = combo->currentData().toString();
        }
        allFull = allFull && type == u"FULL";
        parts << QStringLiteral("%1{1}@%2").arg(type, zone);
    }
    // Joined without spaces: the restore option string is parsed with spaces refused (ObKVParser, allow_space false).
    return allFull ? QString() : parts.join(u',');
}

void TargetPage::updatePlan()
{
    RestorePlan &plan = m_state.plan;
    plan.target = m_connection->settings();
    const bool tables = plan.isTables();
    plan.tenantName = tables ? m_receiver->currentText() : m_name->text().trimmed();
    if (tables && m_state.target) {
        const auto *t = m_state.target->tenant(plan.tenantName);
        plan.targetOracleMode = t && t->isOracle();
        plan.targetLowerCaseTableNames = t ? t->lowerCaseTableNames : std::nullopt;
    }
    plan.createPool = m_newRadio->isChecked();
    plan.existingPool = m_existingPool->currentText();
    plan.unit.name = m_unitName->text().trimmed();
    plan.unit.maxCpu = m_cpu->value();
    plan.unit.minCpu = 0;
    plan.unit.memoryBytes = qint64(m_memory->value() * kGiB);
    plan.unit.logDiskBytes = qint64(m_logDisk->value() * kGiB);
    plan.pool.name = m_poolName->text().trimmed();
    plan.pool.unit = plan.unit.name;
    plan.pool.unitNum = m_unitNum->value();
    plan.pool.zones.clear();
    for (int i = 0; i < m_zones->count(); ++i) {
        if (m_zones->item(i)->checkState() == Qt::Checked)
            plan.pool.zones << m_zones->item(i)->text();
    }
    // The replica choices follow the zones: a zone left out has none; unless the user typed a locality, the
    // field shows what the choices mean.
    for (const auto &[zone, combo] : std::as_const(m_replicaCombos))
        combo->setEnabled(plan.pool.zones.contains(zone));
    m_replicas->setVisible(!m_replicaCombos.isEmpty());
    m_replicasLabel->setVisible(!m_replicaCombos.isEmpty());
    if (!m_localityTyped && plan.createPool)
        m_locality->setText(localityFromReplicas());
    const QString primary = m_primaryZone->currentText().trimmed();
    plan.primaryZone = primary.compare(QStringLiteral("RANDOM"), Qt::CaseInsensitive) == 0 ? QString() : primary;
    plan.locality = m_locality->text().trimmed();
    plan.concurrency = m_concurrency->value() > 0 ? std::optional<int>(m_concurrency->value()) : std::nullopt;
    // The passwords count only while their box is shown (a chosen set is encrypted): what is hidden sends nothing.
    plan.decryptionPasswords.clear();
    for (QLineEdit *e : {m_password1, m_password2}) {
        if (plan.isEncrypted() && !e->text().isEmpty())
            plan.decryptionPasswords << e->text();
    }
    // The advanced options count only while their box is open: what is hidden sends nothing.
    const bool advanced = m_advancedCheck->isChecked();
    const bool quickAllowed = m_state.target && RestoreStatement::supportsQuickRestore(m_state.target->version);
    m_quick->setEnabled(quickAllowed);
    plan.quick = advanced && quickAllowed && m_quick->isChecked() && !tables; // RECOVER TABLE picks its own restore type
    plan.keyFromUri = advanced ? m_keyFrom->text().trimmed() : QString();
    plan.keyPassword = advanced ? m_keyPassword->text() : QString();
    plan.kmsEncryptInfo = advanced ? m_kmsInfo->text() : QString();
    m_newPool->setVisible(plan.createPool);
    m_existingPool->setEnabled(!plan.createPool);
    m_decryptionBox->setVisible(plan.isEncrypted());

    if (m_state.target) {
        const CheckResult fit = PreChecks::resources(plan, *m_state.target);
        const QString color = fit.status == CheckResult::Status::Fail ? QStringLiteral("#b3261e")
                              : fit.status == CheckResult::Status::Warn ? QStringLiteral("#8a6d00") : QStringLiteral("#1b7a2e");
        m_fit->setStyleSheet(QStringLiteral("color: %1;").arg(color));
        m_fit->setText(fit.explanation);
    } else {
        m_fit->clear();
    }
    m_problems->setText(problems().join(u'\n'));
    Q_EMIT completeChanged();
}

QStringList TargetPage::problems() const
{
    if (!m_state.target)
        return {};
    const RestorePlan &plan = m_state.plan;
    // A table-level recovery's tables are named on the next page.
    QStringList out = plan.validate(RestorePlan::Scope::ExceptTables);
    if (plan.isTables()) {
        if (!RestoreStatement::supportsRecoverTable(m_state.target->version))
            out << tr("Table-level recovery exists from OceanBase 4.2.1 on; the target runs %1: go back and restore the whole tenant.")
                       .arg(m_state.target->version.toString());
        if (m_receiver->count() == 0)
            out << tr("The target has no user tenant to receive the tables.");
    } else if (m_state.target->hasTenant(plan.tenantName)) {
        out << tr("A tenant named %1 already exists on the target; %2 is free.").arg(plan.tenantName, freeTenantName(plan.tenantName));
    }
    if (plan.isEncrypted() && plan.decryptionPasswords.isEmpty())
        out << tr("A chosen backup set is encrypted: enter its decryption password.");
    if (plan.createPool && !m_localityTyped && !plan.locality.isEmpty() && !plan.locality.contains(QStringLiteral("FULL{")))
        out << tr("At least one zone needs a full (F) replica: read-only replicas alone cannot hold the tenant.");
    return out;
}

bool TargetPage::isComplete() const
{
    return !m_busy && m_state.target && problems().isEmpty();
}

void TargetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void TargetPage::retranslateUi()
{
    const bool tables = m_state.plan.isTables();
    setTitle(tr("Target"));
    setSubTitle(tables ? tr("Connect to the target cluster's sys tenant, choose the tenant that receives the tables and the "
                            "auxiliary tenant's resource pool.")
                       : tr("Connect to the target cluster's sys tenant and describe the new tenant."));
    m_sameAsSource->setText(tr("The target is the source cluster itself"));
    m_connection->setActionText(tr("Connect"));
    if (m_state.target) {
        const ClusterInventoryData &inv = *m_state.target;
        QStringList free;
        for (const QString &zone : inv.zones) {
            double cpu = 0;
            qint64 memory = 0;
            bool known = false;
            for (const auto &s : inv.servers) {
                if (s.zone == zone && s.resourcesKnown) {
                    known = true;
                    cpu = std::max(cpu, s.cpuFree());
                    memory = std::max(memory, s.memoryFree());
                }
            }
            free << (known ? tr("%1: %2 CPU, %3 GiB memory free").arg(zone, QLocale().toString(cpu, 'f', 1), gibText(memory))
                           : tr("%1: free resources not reported").arg(zone));
        }
        m_inventory->setText(tr("Cluster %1, OceanBase %2, %n tenant(s). Largest free unit per zone: %3.", nullptr, int(inv.tenants.size()))
                                 .arg(inv.clusterName, inv.version.toString(), free.join(QStringLiteral("; "))));
    } else {
        m_inventory->setText(tr("Connect to see the target's version, zones and free resources."));
    }
    m_tenantBox->setTitle(tables ? tr("Receiving tenant and auxiliary tenant") : tr("New tenant"));
    m_nameLabel->setText(tables ? tr("Receiving tenant:") : tr("Tenant name:"));
    m_receiver->setToolTip(tr("The existing tenant the tables are imported into. OceanBase restores a temporary auxiliary "
                              "tenant into the pool below, imports from it, then drops it."));
    m_name->setPlaceholderText(tr("letters, digits and _, starting with a letter"));
    m_existingRadio->setText(tables ? tr("Auxiliary tenant's pool (unused):") : tr("Unused resource pool:"));
    m_newRadio->setText(tr("Create a new unit config and resource pool"));
    const char *unitLabels[] = {QT_TR_NOOP("Unit config:"), QT_TR_NOOP("Resource pool:"), QT_TR_NOOP("CPU:"),
                                QT_TR_NOOP("Memory (GiB):"), QT_TR_NOOP("Log disk (GiB):"), QT_TR_NOOP("Units per zone:")};
    for (int i = 0; i < 6; ++i)
        m_unitLabels[i]->setText(tr(unitLabels[i]));
    m_zonesLabel->setText(tr("Zones:"));
    m_presetLabel->setText(tr("Unit size:"));
    const int preset = m_preset->currentIndex();
    m_preset->clear();
    m_preset->addItem(tr("Custom"));
    for (const UnitPreset &p : kPresets)
        m_preset->addItem(tr("%1 CPU, %2 GiB, log %3 GiB").arg(p.cpu).arg(p.memoryGib).arg(3 * p.memoryGib));
    m_preset->setCurrentIndex(std::max(0, preset));
    m_replicasLabel->setText(tr("Replicas:"));
    m_replicas->setToolTip(tr("The replica type in each zone: F (full) replicas vote and can lead, R (read-only) replicas only "
                              "serve reads; at least one zone needs F. The locality field shows what is sent."));
    retranslateReplicaChoices();
    m_optionLabels[0]->setText(tr("Primary zone:"));
    m_optionLabels[1]->setText(tr("Locality:"));
    m_optionLabels[2]->setText(tr("Concurrency:"));
    m_locality->setPlaceholderText(tr("default: a full replica in each zone of the pool"));
    m_concurrency->setSpecialValueText(tr("server default"));
    m_decryptionBox->setTitle(tr("Decryption (a chosen backup set is encrypted)"));
    m_password1->setPlaceholderText(tr("backup password (never saved or shown)"));
    m_password2->setPlaceholderText(tr("a second password, if sets use different ones"));
    m_advancedCheck->setText(tr("Advanced restore options"));
    m_quick->setText(tr("Quick restore (method=quick): the tenant opens before all data is copied"));
    m_quick->setToolTip(tr("OceanBase 4.3.3 and later; older versions would ignore the option."));
    m_advancedLabels[0]->setText(tr("Key backup path:"));
    m_advancedLabels[1]->setText(tr("Key backup password:"));
    m_advancedLabels[2]->setText(tr("KMS information:"));
    m_keyFrom->setPlaceholderText(tr("transparent encryption only (4.2.1+)"));
    m_keyFrom->setToolTip(tr("Only for a tenant with transparent encryption: the path of its key backup (WITH KEY FROM, 4.2.1+)."));
    m_keyPassword->setPlaceholderText(tr("ENCRYPTED BY (never saved or shown)"));
    m_kmsInfo->setPlaceholderText(tr("SET @kms_encrypt_info (never saved or shown)"));
}

} // namespace obrestore
