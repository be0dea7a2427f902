#pragma once

#include "demobanner.h"
#include "plan/scenario.h"

#include <QWizard>

class QActionGroup;
class QMenu;
class QToolButton;

namespace obrestore {

class LanguageManager;

// The restore wizard. Pages are thin views; choices live in core types (Scenario now, RestorePlan later).
class RestoreWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreWizard)

public:
    enum PageId {
        Page_Scenario = 0,
        Page_NextSteps,
    };
    Q_ENUM(PageId)

    // `languages` may be null (no language menu); it must outlive the wizard.
    explicit RestoreWizard(LanguageManager *languages, QWidget *parent = nullptr);

    // The scenario chosen on the first page, or nullopt before a choice.
    std::optional<Scenario> scenario() const;

    // Demo mode: a banner on top of every page (and the window title says so).
    void setDemo(const DemoInfo &info);
    std::optional<DemoInfo> demo() const { return m_demo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void buildLanguageMenu();
    void switchLanguage(const QString &language);

    LanguageManager *m_languages = nullptr;
    QToolButton *m_languageButton = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    std::optional<DemoInfo> m_demo;
};

} // namespace obrestore
