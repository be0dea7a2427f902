#include "scenariopage.h"

#include "restorewizard.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>
#include <QVBoxLayout>

namespace obrestore {

namespace {
const char *const kObjectNames[kScenarioCount] = {"scenarioSourceOnline", "scenarioSourceOffline",
                                                  "scenarioTargetNotManaged"};
}

ScenarioPage::ScenarioPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("scenarioPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);

    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (int i = 0; i < kScenarioCount; ++i) {
        Option &o = m_options[size_t(i)];
        o.radio = new QRadioButton(this);
        o.radio->setObjectName(QString::fromLatin1(kObjectNames[i]));
        QFont bold = o.radio->font();
        bold.setBold(true);
        o.radio->setFont(bold);
        o.explanation = new QLabel(this);
        o.explanation->setObjectName(QString::fromLatin1(kObjectNames[i]) + QStringLiteral("Explanation"));
        o.explanation->setWordWrap(true);
        o.explanation->setTextFormat(Qt::PlainText);
        o.explanation->setContentsMargins(24, 0, 0, 0);
        o.explanation->installEventFilter(this); // a click on the explanation chooses the option too
        m_group->addButton(o.radio, i);
        layout->addWidget(o.radio);
        layout->addWidget(o.explanation);
        layout->addSpacing(10);
    }
    layout->addStretch(1);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("scenarioHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            setScenarioValue(id);
    });

    registerField(QStringLiteral("scenario"), this, "scenario", SIGNAL(scenarioChanged(int)));
    retranslateUi();
}

void ScenarioPage::setScenarioValue(int value)
{
    if (!isValidScenario(value))
        value = -1;
    if (value == m_scenario)
        return;
    m_scenario = value;
    if (value >= 0)
        m_options[size_t(value)].radio->setChecked(true);
    Q_EMIT scenarioChanged(value);
    Q_EMIT completeChanged();
}

bool ScenarioPage::isComplete() const
{
    return isValidScenario(m_scenario);
}

int ScenarioPage::nextId() const
{
    return RestoreWizard::Page_Source;
}

bool ScenarioPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        for (int i = 0; i < kScenarioCount; ++i) {
            if (watched == m_options[size_t(i)].explanation) {
                setScenarioValue(i);
                return true;
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void ScenarioPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ScenarioPage::retranslateUi()
{
    setTitle(tr("Choose a restore scenario"));
    setSubTitle(tr("OceanBase's restore guide names three situations. Pick the one that matches yours: it "
                   "decides where obrestore reads the backups from."));

    m_options[0].radio->setText(tr("1. The source cluster is online (managed by OCP)"));
    m_options[0].explanation->setText(
        tr("The cluster that made the backups is still running. obrestore connects to its sys tenant and reads "
           "the tenants, backup sets, archive pieces and backup paths live from the CDB_OB_BACKUP_SET_FILES, "
           "CDB_OB_ARCHIVELOG_PIECE_FILES and backup parameter views, so the restorable windows are exactly what "
           "the source cluster knows."));
    m_options[1].radio->setText(tr("2. The source cluster is deleted or offline"));
    m_options[1].explanation->setText(
        tr("Only the backup files are left. obrestore parses the backup location (NFS or a local folder) "
           "offline, finds every tenant's data backup path and log archive path, computes the restorable "
           "windows with OceanBase's own rule, and explains exactly why when a location yields no tenant or "
           "no restorable time."));
    m_options[2].radio->setText(tr("3. The target cluster is not managed by OCP"));
    m_options[2].explanation->setText(
        tr("The cluster you restore into has no OCP. obrestore drives the restore with SQL on the target's "
           "sys tenant, shows every statement before it runs (secrets masked), lets you copy or export them as "
           "a script, and follows the restore's progress from the views."));
    m_hint->setText(tr("Not sure? Choose 3 when the cluster you restore into has no OCP, whatever the source. "
                       "Otherwise choose 1 if you can still log in to the cluster that made the backups, and 2 if "
                       "you only have the backup files."));
}

} // namespace obrestore
