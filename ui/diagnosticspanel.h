#pragma once

#include "backupdest/tenantcatalog.h"

#include <QTimeZone>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace obrestore {

// Every finding of a parse, so an empty result says why: severity icon, code, tenant, translated cause and fix,
// path. Clicking a finding copies it; "Export report" writes the `obrestore inspect` JSON and text for a ticket,
// "Export support bundle" the same inside a redacted .zip with its manifest (report/supportbundle.h), in the
// background.
class DiagnosticsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsPanel)

public:
    explicit DiagnosticsPanel(QWidget *parent = nullptr);

    void setCatalog(const Catalog &catalog, const QTimeZone &zone);
    void clear();
    int findingCount() const;

    // Writes <base>.json (schema 1) and <base>.txt; returns false with a translated *error.
    bool exportReport(const QString &basePath, QString *error) const;
    // Writes the support bundle of this parse to `path` in the background; the status line says when it is done.
    void exportBundle(const QString &path);
    // The text put on the clipboard for a finding.
    static QString findingText(const Diagnostic &d, const QString &tenantName = QString());

Q_SIGNALS:
    void copied(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void copyItem(QTreeWidgetItem *item);
    void exportClicked();
    void bundleClicked();

    QLabel *m_heading = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_bundle = nullptr;
    QPushButton *m_copy = nullptr;
    QAction *m_copyAction = nullptr;
    QLabel *m_status = nullptr;
    std::optional<Catalog> m_catalog;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace obrestore
