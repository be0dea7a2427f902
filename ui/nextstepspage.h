#pragma once

#include <QWizardPage>

class QLabel;

namespace obrestore {

// The page after the scenario choice: what the chosen scenario involves, step by step, and what to have at
// hand. It reads the wizard field "scenario" and re-renders on a language switch.
class NextStepsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextStepsPage)

public:
    explicit NextStepsPage(QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_stepsHeading = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_needsHeading = nullptr;
    QLabel *m_needs = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace obrestore
