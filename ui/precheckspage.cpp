#include "precheckspage.h"

#include "background.h"
#include "plan/wizardtasks.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace obrestore {

PreChecksPage::PreChecksPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(QStringLiteral("preChecksPage"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("checkList"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    // The selected check in full (long explanations, such as the preview's list of sets and pieces).
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("checkDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_details);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_details->setText(item ? tr("%1: %2").arg(item->text(1), item->text(2)) : QString());
        updateGoThere();
    });
    auto *row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_rerun = new QPushButton(this);
    m_rerun->setObjectName(QStringLiteral("rerunChecksButton"));
    // The selected finding's page and field, one click away (the wizard goes back there and focuses the field).
    m_goThere = new QPushButton(this);
    m_goThere->setObjectName(QStringLiteral("goToFieldButton"));
    m_goThere->hide();
    row->addWidget(m_status, 1);
    row->addWidget(m_goThere, 0, Qt::AlignTop);
    row->addWidget(m_rerun, 0, Qt::AlignTop);
    layout->addLayout(row);
    connect(m_rerun, &QPushButton::clicked, this, &PreChecksPage::run);
    connect(m_goThere, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_tree->currentItem();
        const int index = item ? m_tree->indexOfTopLevelItem(item) : -1;
        if (index >= 0 && index < m_results.size() && m_results[index].field != PlanField::None)
            Q_EMIT goToField(m_results[index].field);
    });
    retranslateUi();
}

void PreChecksPage::initializePage()
{
    retranslateUi(); // the subtitle names the checks of this kind of job
    run(); // every time: the target or the plan may have changed since
}

void PreChecksPage::run()
{
    m_busy = true;
    m_results.clear();
    m_error.clear();
    m_rerun->setEnabled(false);
    fill();
    Q_EMIT completeChanged();
    const RestorePlan plan = m_state.plan;
    const quint64 request = ++m_request;
    runInBackground(m_state.pool, this, [plan] { return runPreChecks(plan); }, [this, request](const PreCheckRun &r) {
        if (request != m_request)
            return;
        m_busy = false;
        m_rerun->setEnabled(true);
        m_results = r.results;
        if (r.inventory) {
            m_state.target = r.inventory;
        } else {
            m_error = r.error.toStringWithFix();
        }
        fill();
        Q_EMIT completeChanged();
    });
}

void PreChecksPage::fill()
{
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    for (const CheckResult &c : std::as_const(m_results)) {
        auto *item = new QTreeWidgetItem;
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        QString status = tr("Pass");
        if (c.status == CheckResult::Status::Warn) {
            icon = QStyle::SP_MessageBoxWarning;
            status = tr("Warning");
        } else if (c.status == CheckResult::Status::Fail) {
            icon = QStyle::SP_MessageBoxCritical;
            status = tr("Fail");
        }
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, status);
        item->setText(1, c.title);
        item->setText(2, c.fix.isEmpty() ? c.explanation : tr("%1\nFix: %2").arg(c.explanation, c.fix));
        item->setToolTip(2, item->text(2));
        item->setData(0, Qt::UserRole, c.id);
        items << item;
    }
    m_tree->addTopLevelItems(items);
    // Show the first failure (else warning, else the last check) in full below the list.
    auto firstWith = [&](CheckResult::Status status) -> QTreeWidgetItem * {
        for (qsizetype i = 0; i < m_results.size(); ++i) {
            if (m_results[i].status == status)
                return items[i];
        }
        return nullptr;
    };
    QTreeWidgetItem *current = firstWith(CheckResult::Status::Fail);
    if (!current)
        current = firstWith(CheckResult::Status::Warn);
    if (!current && !items.isEmpty())
        current = items.last();
    m_tree->setCurrentItem(current);
    if (!current)
        m_details->clear();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    retranslateUi();
}

void PreChecksPage::updateGoThere()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const int index = item ? m_tree->indexOfTopLevelItem(item) : -1;
    const PlanField field = index >= 0 && index < m_results.size() && m_results[index].status != CheckResult::Status::Pass
                                ? m_results[index].field
                                : PlanField::None;
    const bool shown = field != PlanField::None && !planFieldPage(field).isEmpty();
    m_goThere->setVisible(shown);
    if (shown) {
        m_goThere->setText(tr("Go to %1").arg(planFieldName(field)));
        m_goThere->setToolTip(tr("Go back to %1 and change %2 there.").arg(planFieldPage(field), planFieldName(field)));
    }
}

bool PreChecksPage::isComplete() const
{
    return !m_busy && m_error.isEmpty() && !m_results.isEmpty() && PreChecks::allowsStart(m_results);
}

void PreChecksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_tree->resizeColumnToContents(0); // re-fit to the new language's words
        m_tree->resizeColumnToContents(1);
    }
    QWizardPage::changeEvent(event);
}

void PreChecksPage::retranslateUi()
{
    setTitle(tr("Pre-checks"));
    if (m_state.plan.isTables())
        setSubTitle(tr("The recycle bin first, then version, receiving tenant, compatibility mode, target databases and "
                       "tables, other recoveries, the auxiliary tenant's pool, restore point and decryption."));
    else
        setSubTitle(tr("Version compatibility, tenant name, running jobs, resources, restore point, parameters, decryption "
                       "and the server's own restore preview."));
    m_tree->setHeaderLabels({tr("Result"), tr("Check"), tr("Explanation and fix")});
    m_rerun->setText(tr("Run again"));
    updateGoThere();
    int fails = 0;
    int warns = 0;
    for (const CheckResult &c : std::as_const(m_results)) {
        fails += c.status == CheckResult::Status::Fail ? 1 : 0;
        warns += c.status == CheckResult::Status::Warn ? 1 : 0;
    }
    if (m_busy)
        m_status->setText(tr("Checking on %1…").arg(m_state.plan.target.displayName()));
    else if (!m_error.isEmpty())
        m_status->setText(tr("The checks could not run: %1").arg(m_error));
    else if (fails > 0)
        m_status->setText(tr("%n check(s) failed: fix them (select one and go to its field, or go Back) and run the checks again.", nullptr, fails));
    else if (warns > 0)
        m_status->setText(tr("No check failed; read the %n warning(s) before you go on.", nullptr, warns));
    else if (!m_results.isEmpty())
        m_status->setText(tr("Every check passed."));
    else
        m_status->clear();
}

} // namespace obrestore
