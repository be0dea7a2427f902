#include "diagnosticspanel.h"

#include "background.h"
#include "backupdest/diagnostics.h"
#include "report/supportbundle.h"

#include "report/inspectreport.h"
#include "savefile.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QAction>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace obrestore {

namespace {

enum Column { SeverityColumn, CodeColumn, TenantColumn, MessageColumn, PathColumn, ColumnCount };
constexpr int kDiagnosticRole = Qt::UserRole + 1;

QIcon severityIcon(const QWidget *w, Diagnostic::Severity s)
{
    switch (s) {
    case Diagnostic::Severity::Error:
        return w->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Diagnostic::Severity::Warning:
        return w->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Diagnostic::Severity::Info:
        break;
    }
    return w->style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString severityText(Diagnostic::Severity s)
{
    switch (s) {
    case Diagnostic::Severity::Error:
        return DiagnosticsPanel::tr("Error");
    case Diagnostic::Severity::Warning:
        return DiagnosticsPanel::tr("Warning");
    case Diagnostic::Severity::Info:
        break;
    }
    return DiagnosticsPanel::tr("Info");
}

} // namespace

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("diagnosticsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("diagnosticsHeading"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    top->addWidget(m_heading, 1);
    top->addWidget(m_export);
    m_bundle = new QPushButton(this);
    m_bundle->setObjectName(QStringLiteral("exportBundleButton"));
    top->addWidget(m_bundle);
    // Nothing to export before a parse (fill() enables them with a catalog).
    m_export->setEnabled(false);
    m_bundle->setEnabled(false);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyFindingButton"));
    m_copy->setEnabled(false);
    top->addWidget(m_copy);
    layout->addLayout(top);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("diagnosticsList"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PathColumn, QHeaderView::Interactive);
    // At least five findings stay visible however long the selected one's text below is.
    m_tree->setMinimumHeight(m_tree->fontMetrics().lineSpacing() * 8);
    layout->addWidget(m_tree, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("diagnosticDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("diagnosticsStatus"));
    layout->addWidget(m_status);

    // Copying is an explicit action (the button, Ctrl+C or the context menu): a click only selects, so it never
    // overwrites the clipboard behind the user's back.
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(m_copyAction);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyAction, &QAction::triggered, this, [this] { copyItem(m_tree->currentItem()); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copyItem(m_tree->currentItem()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_details->setText(item ? item->data(MessageColumn, Qt::ToolTipRole).toString() : QString());
        m_copy->setEnabled(item != nullptr);
    });
    connect(m_export, &QPushButton::clicked, this, &DiagnosticsPanel::exportClicked);
    connect(m_bundle, &QPushButton::clicked, this, &DiagnosticsPanel::bundleClicked);
    retranslateUi();
}

void DiagnosticsPanel::setCatalog(const Catalog &catalog, const QTimeZone &zone)
{
    m_catalog = catalog;
    m_zone = zone;
    fill();
}

void DiagnosticsPanel::clear()
{
    m_catalog.reset();
    fill();
}

int DiagnosticsPanel::findingCount() const
{
    return m_tree->topLevelItemCount();
}

QString DiagnosticsPanel::findingText(const Diagnostic &d, const QString &tenantName)
{
    QString text = QStringLiteral("[%1] %2").arg(severityName(d.severity), d.code);
    if (d.tenantId)
        text += QStringLiteral(" tenant ") + diag::tenantLabel(*d.tenantId, tenantName);
    if (!d.path.isEmpty())
        text += QStringLiteral(" %1").arg(d.path);
    return text + QStringLiteral("\n") + d.message;
}

void DiagnosticsPanel::fill()
{
    m_tree->clear();
    m_details->clear();
    m_status->clear();
    m_export->setEnabled(m_catalog.has_value());
    m_bundle->setEnabled(m_catalog.has_value());
    if (!m_catalog)
        return;
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < m_catalog->diagnostics.size(); ++i) {
        const Diagnostic &d = m_catalog->diagnostics[i];
        auto *item = new QTreeWidgetItem;
        item->setIcon(SeverityColumn, severityIcon(this, d.severity));
        item->setText(SeverityColumn, severityText(d.severity));
        item->setText(CodeColumn, d.code);
        // The tenant by name where the backup names it, with its id (rule 8 of issue 16).
        item->setText(TenantColumn, d.tenantId ? m_catalog->tenantLabel(*d.tenantId) : QString());
        const QString firstLine = d.message.section(u'\n', 0, 0);
        item->setText(MessageColumn, firstLine);
        item->setData(MessageColumn, Qt::ToolTipRole, d.message);
        item->setText(PathColumn, d.path);
        item->setToolTip(PathColumn, d.path);
        item->setData(SeverityColumn, kDiagnosticRole, int(i));
        items << item;
    }
    m_tree->addTopLevelItems(items);
    for (int c : {SeverityColumn, CodeColumn, TenantColumn})
        m_tree->resizeColumnToContents(c);
    m_tree->setColumnWidth(PathColumn, 220);
    if (!items.isEmpty())
        m_tree->setCurrentItem(items.first());
    retranslateUi();
}

void DiagnosticsPanel::copyItem(QTreeWidgetItem *item)
{
    if (!item || !m_catalog)
        return;
    const int i = item->data(SeverityColumn, kDiagnosticRole).toInt();
    if (i < 0 || i >= m_catalog->diagnostics.size())
        return;
    const Diagnostic &d = m_catalog->diagnostics[i];
    const QString text = findingText(d, d.tenantId ? m_catalog->tenantNameOf(*d.tenantId) : QString());
    QApplication::clipboard()->setText(text);
    m_status->setText(tr("Copied %1 to the clipboard.").arg(m_catalog->diagnostics[i].code));
    Q_EMIT copied(text);
}

bool DiagnosticsPanel::exportReport(const QString &basePath, QString *error) const
{
    if (!m_catalog) {
        if (error)
            *error = tr("There is no parse result to export.");
        return false;
    }
    QString base = basePath;
    for (const char *suffix : {".json", ".txt"}) {
        if (base.endsWith(QLatin1StringView(suffix)))
            base.chop(qsizetype(qstrlen(suffix)));
    }
    return saveFile(base + QStringLiteral(".json"), inspectJson(*m_catalog), error)
           && saveFile(base + QStringLiteral(".txt"), inspectText(*m_catalog, m_zone).toUtf8(), error);
}

void DiagnosticsPanel::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QStringLiteral("obrestore-inspect.json"),
                                                      tr("Inspect report (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportReport(path, &error)) {
        QString base = path;
        if (base.endsWith(QStringLiteral(".json")))
            base.chop(5);
        m_status->setText(tr("Wrote %1.json and %1.txt.").arg(base));
    } else {
        m_status->setText(error);
    }
}

void DiagnosticsPanel::bundleClicked()
{
    if (!m_catalog)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export support bundle"), QStringLiteral("obrestore-support.zip"),
                                                      tr("Support bundle (*.zip)"));
    if (!path.isEmpty())
        exportBundle(path);
}

void DiagnosticsPanel::exportBundle(const QString &path)
{
    if (!m_catalog)
        return;
    m_bundle->setEnabled(false);
    m_status->setText(tr("Writing the support bundle…"));
    BundleRequest request;
    request.catalog = *m_catalog;
    request.zone = m_zone;
    runInBackground(QThreadPool::globalInstance(), this, [request, path] { return writeSupportBundle(path, request); },
                    [this, path](const BundleResult &r) {
                        m_bundle->setEnabled(m_catalog.has_value());
                        m_status->setText(bundleOutcomeText(path, r));
                    });
}

void DiagnosticsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (int c : {SeverityColumn, CodeColumn, TenantColumn}) // re-fit to the new language's words
            m_tree->resizeColumnToContents(c);
    }
    QWidget::changeEvent(event);
}

void DiagnosticsPanel::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Severity"), tr("Code"), tr("Tenant"), tr("Cause and fix"), tr("Path")});
    const int n = m_tree->topLevelItemCount();
    m_heading->setText(n == 0 ? tr("Findings: none") : tr("Findings (%n):", nullptr, n));
    m_copy->setText(tr("Copy finding"));
    m_copy->setToolTip(tr("Copy the selected finding (severity, code, tenant, path, cause and fix) for a ticket."));
    m_copyAction->setText(tr("Copy finding"));
    m_export->setText(tr("Export report…"));
    m_export->setToolTip(tr("Write the inspect report (JSON and text) for a support ticket. It never contains passwords."));
    m_bundle->setText(tr("Export support bundle…"));
    m_bundle->setToolTip(tr("Write one .zip for a support ticket: the inspect report, a manifest and a README, with every "
                            "secret replaced by ******."));
    if (m_catalog) {
        for (int i = 0; i < n; ++i) {
            QTreeWidgetItem *item = m_tree->topLevelItem(i);
            const int d = item->data(SeverityColumn, kDiagnosticRole).toInt();
            item->setText(SeverityColumn, severityText(m_catalog->diagnostics[d].severity));
        }
    }
}

} // namespace obrestore
