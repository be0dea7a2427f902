#pragma once

#include "wizardstate.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace obrestore {

// Page 5: PreChecks in the background (the target read again, the plan evaluated, the server's PREVIEW), each
// check with pass / warn / fail, explanation and fix. Next only when nothing fails.
class PreChecksPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreChecksPage)

public:
    PreChecksPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_busy; }
    const QList<CheckResult> &results() const { return m_results; }

Q_SIGNALS:
    // The user asked to go to where the selected check's finding is fixed.
    void goToField(obrestore::PlanField field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void run();
    void fill();
    void updateGoThere();

    WizardState &m_state;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_goThere = nullptr;
    QList<CheckResult> m_results;
    QString m_error;
    bool m_busy = false;
    quint64 m_request = 0;
};

} // namespace obrestore
