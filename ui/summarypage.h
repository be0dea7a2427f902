#pragma once

#include "wizardstate.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace obrestore {

// Page 6: what will happen, every statement in order with secrets masked, Copy and "Export script"; the user
// confirms, and Next (a commit) starts the restore.
class SummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)

public:
    SummaryPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QString statementsText() const;
    // Writes the commented .sql script; false with a translated *error.
    bool exportScript(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    WizardState &m_state;
    QLabel *m_plan = nullptr;
    QPlainTextEdit *m_statements = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_confirm = nullptr;
    QList<RenderedStatement> m_list;
    QString m_error;
};

} // namespace obrestore
