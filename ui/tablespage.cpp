#include "tablespage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace obrestore {

TablesPage::TablesPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(QStringLiteral("tablesPage"));
    auto *layout = new QVBoxLayout(this);
    m_namesLabel = new QLabel(this);
    m_namesLabel->setWordWrap(true);
    layout->addWidget(m_namesLabel);
    m_names = new QPlainTextEdit(this);
    m_names->setObjectName(QStringLiteral("recoverNamesEdit"));
    m_names->setTabChangesFocus(true);
    m_names->setMinimumHeight(m_names->fontMetrics().lineSpacing() * 4 + 12);
    m_namesLabel->setBuddy(m_names);
    layout->addWidget(m_names, 1);
    m_namesStatus = new QLabel(this);
    m_namesStatus->setObjectName(QStringLiteral("recoverNamesStatus"));
    m_namesStatus->setWordWrap(true);
    layout->addWidget(m_namesStatus);

    m_remapLabel = new QLabel(this);
    m_remapLabel->setWordWrap(true);
    layout->addWidget(m_remapLabel);
    auto *remapRow = new QHBoxLayout;
    m_remaps = new QTableWidget(0, 2, this);
    m_remaps->setObjectName(QStringLiteral("remapTable"));
    m_remaps->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_remaps->verticalHeader()->setVisible(false);
    m_remaps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_remaps->setMinimumHeight(m_remaps->fontMetrics().lineSpacing() * 5);
    remapRow->addWidget(m_remaps, 1);
    auto *buttons = new QVBoxLayout;
    m_addRemap = new QPushButton(this);
    m_addRemap->setObjectName(QStringLiteral("addRemapButton"));
    m_removeRemap = new QPushButton(this);
    m_removeRemap->setObjectName(QStringLiteral("removeRemapButton"));
    buttons->addWidget(m_addRemap);
    buttons->addWidget(m_removeRemap);
    buttons->addStretch(1);
    remapRow->addLayout(buttons);
    layout->addLayout(remapRow, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("recoverNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("tablesProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problems);

    connect(m_names, &QPlainTextEdit::textChanged, this, &TablesPage::updatePlan);
    connect(m_remaps, &QTableWidget::itemChanged, this, &TablesPage::updatePlan);
    connect(m_addRemap, &QPushButton::clicked, this, [this] {
        // A new pair starts from the next recovered table without a pair yet, renamed: the usual case
        // (app.orders → app.orders_restored).
        QStringList paired;
        for (int row = 0; row < m_remaps->rowCount(); ++row) {
            if (const QTableWidgetItem *item = m_remaps->item(row, 0))
                paired << item->text().trimmed();
        }
        QString from;
        QString why;
        if (const auto names = RestoreStatement::parseRecoverNames(m_names->toPlainText(), m_state.plan.targetOracleMode, &why, m_state.plan.targetLowerCaseTableNames)) {
            for (const RecoverName &n : *names) {
                const QString name = n.database + u'.' + n.table;
                if (!n.isEverything() && !n.databaseQuoted && !n.tableQuoted && !paired.contains(name, Qt::CaseInsensitive)) {
                    from = name;
                    break;
                }
            }
        }
        const bool whole = from.endsWith(QStringLiteral(".*"));
        addRemap(from, from.isEmpty() ? QString() : whole ? from.chopped(2) + QStringLiteral("_restored.*") : from + QStringLiteral("_restored"));
        m_remaps->setCurrentCell(m_remaps->rowCount() - 1, 1);
        m_remaps->editItem(m_remaps->item(m_remaps->rowCount() - 1, 1));
    });
    connect(m_removeRemap, &QPushButton::clicked, this, [this] {
        const int row = m_remaps->currentRow();
        if (row >= 0)
            m_remaps->removeRow(row);
        updatePlan();
    });
    retranslateUi();
}

void TablesPage::addRemap(const QString &from, const QString &to)
{
    m_updating = true;
    const int row = m_remaps->rowCount();
    m_remaps->insertRow(row);
    m_remaps->setItem(row, 0, new QTableWidgetItem(from));
    m_remaps->setItem(row, 1, new QTableWidgetItem(to));
    m_updating = false;
    updatePlan();
}

void TablesPage::initializePage()
{
    retranslateUi();
    updatePlan();
}

void TablesPage::updatePlan()
{
    if (m_updating)
        return;
    RestorePlan &plan = m_state.plan;
    plan.recoverNames = m_names->toPlainText();
    plan.remapTables.clear();
    QStringList problems;
    for (int row = 0; row < m_remaps->rowCount(); ++row) {
        const QString from = m_remaps->item(row, 0) ? m_remaps->item(row, 0)->text().trimmed() : QString();
        const QString to = m_remaps->item(row, 1) ? m_remaps->item(row, 1)->text().trimmed() : QString();
        if (from.isEmpty() && to.isEmpty())
            continue;
        QString why;
        if (const auto pair = RestoreStatement::parseRemap(from + u':' + to, RestoreStatement::RemapKind::Table, plan.targetOracleMode, &why))
            plan.remapTables << *pair;
        else
            problems << tr("Remap %1 → %2: %3").arg(from, to, why);
    }
    QString why;
    const auto names = RestoreStatement::parseRecoverNames(plan.recoverNames, plan.targetOracleMode, &why, plan.targetLowerCaseTableNames);
    if (names) {
        QStringList shown;
        for (const RecoverName &n : *names)
            shown << n.toSql();
        m_namesStatus->setStyleSheet(QStringLiteral("color: #1b7a2e;"));
        m_namesStatus->setText(tr("%n name(s): %1", nullptr, int(names->size())).arg(shown.join(QStringLiteral(", "))));
    } else {
        m_namesStatus->setStyleSheet(plan.recoverNames.trimmed().isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
        m_namesStatus->setText(plan.recoverNames.trimmed().isEmpty() ? tr("Type at least one table, for example app.orders.") : why);
    }
    if (names && problems.isEmpty()) {
        // The statement's own checks (remaps of tables not recovered, two remaps to one name, …).
        for (const QString &p : plan.validate()) {
            if (!p.isEmpty())
                problems << p;
        }
    }
    m_problems->setText(problems.join(u'\n'));
    Q_EMIT completeChanged();
}

bool TablesPage::isComplete() const
{
    return m_problems->text().isEmpty() && RestoreStatement::parseRecoverNames(m_state.plan.recoverNames, m_state.plan.targetOracleMode, nullptr, m_state.plan.targetLowerCaseTableNames).has_value();
}

void TablesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void TablesPage::retranslateUi()
{
    const RestorePlan &plan = m_state.plan;
    const QString source = plan.source ? plan.source->tenantName : QString();
    setTitle(tr("Tables to recover"));
    setSubTitle(tr("Name the tables and databases of %1 to bring back into %2 as they were at the restore point.").arg(source, plan.tenantName));
    m_namesLabel->setText(tr("&Tables: type or paste db.table, db.* (a whole database) or *.* (everything), separated by "
                             "commas, spaces or line breaks. A dropped table is in no live schema, so nothing here is looked up."));
    m_names->setPlaceholderText(plan.targetOracleMode ? tr("APP.ORDERS (an Oracle-mode tenant keeps unquoted names in capitals)")
                                                      : tr("app.orders, app.order_items"));
    m_remapLabel->setText(tr("Remaps: recover a table under another name or into another database (REMAP TABLE old:new). Without "
                             "one, a table keeps its name, and OceanBase refuses a name that exists."));
    m_remaps->setHorizontalHeaderLabels({tr("Recovered table (db.table or db.*)"), tr("New name (db.table, table or db.*)")});
    m_addRemap->setText(tr("Add remap"));
    m_removeRemap->setText(tr("Remove"));
    const QString pool = plan.createPool ? plan.pool.name : plan.existingPool;
    m_note->setText(tr("OceanBase restores a temporary auxiliary tenant (AUX_RECOVER$…) in pool %1, imports the tables into "
                       "%2, then drops the auxiliary tenant; the pool stays. Indexes and constraints come with each table.")
                        .arg(pool, plan.tenantName));
}

} // namespace obrestore
