#pragma once

#include "plan/scenario.h"

#include <QWizardPage>

#include <array>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace obrestore {

// Page 1: which of the three scenarios of OceanBase's restore guide applies.
// Exposes the wizard field "scenario" (int, -1 until the user chooses).
class ScenarioPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioPage)
    Q_PROPERTY(int scenario READ scenarioValue WRITE setScenarioValue NOTIFY scenarioChanged)

public:
    explicit ScenarioPage(QWidget *parent = nullptr);

    int scenarioValue() const { return m_scenario; }
    void setScenarioValue(int value);
    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    void scenarioChanged(int scenario);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    struct Option
    {
        QRadioButton *radio = nullptr;
        QLabel *explanation = nullptr;
    };
    std::array<Option, kScenarioCount> m_options;
    QButtonGroup *m_group = nullptr;
    QLabel *m_hint = nullptr;
    int m_scenario = -1;
};

} // namespace obrestore
