#include "summarypage.h"

#include "common/displaytext.h"
#include "plan/restorescript.h"
#include "savefile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace obrestore {

SummaryPage::SummaryPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(QStringLiteral("summaryPage"));
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("planSummary"));
    m_plan->setWordWrap(true);
    m_plan->setTextFormat(Qt::RichText);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_plan);
    m_statements = new QPlainTextEdit(this);
    m_statements->setObjectName(QStringLiteral("statementsView"));
    m_statements->setReadOnly(true);
    m_statements->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_statements->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_statements, 1);
    auto *row = new QHBoxLayout;
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyStatementsButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportScriptButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("summaryStatus"));
    m_status->setWordWrap(true);
    row->addWidget(m_copy);
    row->addWidget(m_export);
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmCheck"));
    layout->addWidget(m_confirm);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(statementsText());
        m_status->setText(tr("Copied %n statement(s); passwords stay masked.", nullptr, int(m_list.size())));
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export script"), QStringLiteral("restore_%1.sql").arg(m_state.plan.tenantName),
                                                          tr("SQL script (*.sql)"));
        if (path.isEmpty())
            return;
        QString error;
        m_status->setText(exportScript(path, &error) ? tr("Wrote %1.").arg(path) : error);
    });
    connect(m_confirm, &QCheckBox::toggled, this, &SummaryPage::completeChanged);
    retranslateUi();
}

void SummaryPage::initializePage()
{
    setCommitPage(true); // again, after a start that failed made it an ordinary page

    m_confirm->setChecked(false);
    m_status->clear();
    m_list.clear();
    m_error.clear();
    if (m_state.target) {
        if (const auto list = RestoreExecutor::statements(m_state.plan, m_state.target->version, &m_error))
            m_list = *list;
    } else {
        m_error = tr("Connect to the target first.");
    }
    m_statements->setPlainText(m_error.isEmpty() ? statementsText() : m_error);
    retranslateUi();
}

QString SummaryPage::statementsText() const
{
    QStringList lines;
    for (const RenderedStatement &st : m_list)
        lines << st.display;
    return lines.join(u'\n');
}

bool SummaryPage::exportScript(const QString &path, QString *error) const
{
    if (!m_state.target || m_list.isEmpty()) {
        if (error)
            *error = tr("There are no statements to export.");
        return false;
    }
    return saveFile(path, restoreScript(m_state.plan, m_state.target->version, m_list).toUtf8(), error);
}

bool SummaryPage::isComplete() const
{
    return m_error.isEmpty() && !m_list.isEmpty() && m_confirm->isChecked();
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    const bool manual = m_state.plan.scenario == Scenario::TargetNotManaged;
    setSubTitle(manual ? tr("These statements run on the target's sys tenant, in this order. Export them as a script to run "
                            "by hand, or let obrestore run them.")
                       : tr("These statements run on the target's sys tenant, in this order."));
    const RestorePlan &plan = m_state.plan;
    const bool tables = plan.isTables();
    setButtonText(QWizard::CommitButton, tables ? tr("Start recovery") : tr("Start restore"));
    QStringList rows;
    auto row = [&rows](const QString &label, const QString &value) {
        rows << QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (plan.source)
        row(tr("Source tenant"), tr("%1 (id %2), cluster %3").arg(plan.source->tenantName).arg(plan.source->tenantId).arg(plan.source->clusterName));
    const auto point = plan.restoreScn();
    if (point)
        row(tr("Restore point"), plan.point == RestorePlan::Point::Latest ? tr("latest (%1)").arg(point->toDisplayString(plan.timeZone))
                                                                          : tr("%1 (SCN %2)").arg(point->toDisplayString(plan.timeZone), point->toDecimal()));
    if (m_state.target)
        row(tr("Target"), tr("%1, OceanBase %2").arg(plan.target.displayName(), m_state.target->version.toString()));
    if (tables) {
        row(tr("Tables"), plan.recoverNames.simplified());
        QStringList remaps;
        for (const RemapPair &p : plan.remapTables)
            remaps << QStringLiteral("%1 → %2").arg(p.from, p.to);
        row(tr("Remaps"), remaps.isEmpty() ? tr("none: the tables keep their names") : listText(remaps));
        row(tr("Receiving tenant"), plan.tenantName);
    } else {
        row(tr("New tenant"), plan.tenantName);
    }
    row(tr("Resource pool"), plan.createPool ? tr("new: %1 (%n unit(s) of %2 per zone in %3)", nullptr, plan.pool.unitNum)
                                                   .arg(plan.pool.name, plan.unit.name, listText(plan.pool.zones))
                                             : plan.existingPool);
    m_plan->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    m_copy->setText(tr("Copy"));
    m_export->setText(tr("Export script…"));
    m_export->setToolTip(tr("A commented .sql file to run by hand; passwords stay masked."));
    m_confirm->setText(tables ? tr("I have read the statements. Start the table recovery on %1.").arg(plan.target.displayName())
                              : tr("I have read the statements. Start the restore on %1.").arg(plan.target.displayName()));
}

} // namespace obrestore
