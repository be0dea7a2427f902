#include "nextstepspage.h"

#include "plan/scenario.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace obrestore {

namespace {

QString htmlList(const QStringList &items, bool ordered)
{
    QString html = ordered ? QStringLiteral("<ol style=\"margin-left:0\">") : QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li style=\"margin-bottom:4px\">%1</li>").arg(item.toHtmlEscaped());
    html += ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    return html;
}

QLabel *makeLabel(QWidget *parent, const char *name, bool heading)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    if (heading) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    } else {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    return label;
}

} // namespace

NextStepsPage::NextStepsPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("nextStepsPage"));
    auto *layout = new QVBoxLayout(this);
    m_stepsHeading = makeLabel(this, "stepsHeading", true);
    m_steps = makeLabel(this, "stepsList", false);
    m_needsHeading = makeLabel(this, "needsHeading", true);
    m_needs = makeLabel(this, "needsList", false);
    m_status = makeLabel(this, "buildStatus", false);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_stepsHeading);
    layout->addWidget(m_steps);
    layout->addWidget(m_needsHeading);
    layout->addWidget(m_needs);
    layout->addStretch(1);
    layout->addWidget(m_status);
    setFinalPage(true);
}

void NextStepsPage::initializePage()
{
    retranslateUi();
}

void NextStepsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void NextStepsPage::retranslateUi()
{
    const int value = field(QStringLiteral("scenario")).toInt();
    const Scenario scenario = isValidScenario(value) ? Scenario(value) : Scenario::SourceOffline;

    QStringList steps;
    QStringList needs;
    switch (scenario) {
    case Scenario::SourceOnline:
        setTitle(tr("Next steps: the source cluster is online"));
        setSubTitle(tr("The backups are read live from the cluster that made them."));
        steps << tr("Connect to the source cluster's sys tenant and choose the source tenant.")
              << tr("Review its backup sets, archive pieces and restorable windows, and pick a restore point "
                    "(latest, a time or an SCN).")
              << tr("Connect to the target cluster's sys tenant (it may be the source cluster itself), name the "
                    "target tenant and choose or create a resource pool.")
              << tr("Run the pre-checks: version compatibility, resources, tenant name and restore point.")
              << tr("Review every statement, start the restore and follow data restore and log recovery live.");
        needs << tr("Host, port, user and password of the source cluster's sys tenant (root@sys or a user "
                    "that can read the CDB_OB_* views).")
              << tr("Host, port, user and password of the target cluster's sys tenant.")
              << tr("The decryption password, if the backup is encrypted.")
              << tr("Free CPU, memory (at least 5 GiB per unit) and log disk on the target zones.");
        break;
    case Scenario::SourceOffline:
        setTitle(tr("Next steps: the source cluster is deleted or offline"));
        setSubTitle(tr("The backups are parsed from the backup location's files."));
        steps << tr("Enter one or more backup locations (a data backup path, a log archive path, or any folder "
                    "above them) and parse them.")
              << tr("Choose a tenant from those found; if none is found, the diagnostics say why and how to fix "
                    "it.")
              << tr("Pick a restore point inside a restorable window (latest, a time or an SCN).")
              << tr("Connect to the target cluster's sys tenant, name the target tenant and choose or create a "
                    "resource pool.")
              << tr("Run the pre-checks, review every statement, start the restore and follow it live.");
        needs << tr("Read access to the backup location (an NFS mount or a local folder) on this computer.")
              << tr("Host, port, user and password of the target cluster's sys tenant.")
              << tr("The decryption password, if the backup is encrypted.")
              << tr("Free CPU, memory (at least 5 GiB per unit) and log disk on the target zones.");
        break;
    case Scenario::TargetNotManaged:
        setTitle(tr("Next steps: the target cluster is not managed by OCP"));
        setSubTitle(tr("The restore is driven with SQL on the target's sys tenant, and you see every statement."));
        steps << tr("Point obrestore at the backups: the source cluster's sys tenant if it is online, or the "
                    "backup location.")
              << tr("Choose the tenant and a restore point inside a restorable window.")
              << tr("Connect to the target cluster's sys tenant, name the target tenant and choose or create a "
                    "resource pool.")
              << tr("Review the statements (CREATE RESOURCE UNIT/POOL, SET DECRYPTION, ALTER SYSTEM RESTORE), "
                    "copy them or export them as a script, or let obrestore run them.")
              << tr("Follow the restore's progress from the views; cancel it if needed.");
        needs << tr("Host, port, user and password of the target cluster's sys tenant.")
              << tr("The backup location or the source cluster's sys tenant.")
              << tr("The decryption password, if the backup is encrypted.");
        break;
    }
    m_stepsHeading->setText(tr("What happens next"));
    m_steps->setText(htmlList(steps, true));
    m_needsHeading->setText(tr("What to have at hand"));
    m_needs->setText(htmlList(needs, false));
    m_status->setText(tr("This version of obrestore ends here: press Finish to close the wizard. The pages for "
                         "these steps come in the next versions."));
}

} // namespace obrestore
