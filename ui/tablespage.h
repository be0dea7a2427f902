#pragma once

#include "wizardstate.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace obrestore {

// A table-level recovery's tables: typed or pasted (dropped tables are in no live schema), `db.*` and `*.*`
// allowed, and the remaps edited as pairs (REMAP TABLE old:new).
class TablesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablesPage)

public:
    explicit TablesPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePlan();
    void addRemap(const QString &from = {}, const QString &to = {});

    WizardState &m_state;
    QLabel *m_namesLabel = nullptr;
    QPlainTextEdit *m_names = nullptr;
    QLabel *m_namesStatus = nullptr;
    QLabel *m_remapLabel = nullptr;
    QTableWidget *m_remaps = nullptr;
    QPushButton *m_addRemap = nullptr;
    QPushButton *m_removeRemap = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_problems = nullptr;
    bool m_updating = false;
};

} // namespace obrestore
