#include "restorewizard.h"

#include "common/i18n.h"
#include "precheckspage.h"
#include "runpage.h"
#include "scenariopage.h"
#include "sourcepage.h"
#include "summarypage.h"
#include "targetpage.h"
#include "tenantpage.h"

#include <QActionGroup>
#include <QBoxLayout>
#include <QEvent>
#include <QMenu>
#include <QToolButton>

namespace obrestore {

RestoreWizard::RestoreWizard(LanguageManager *languages, QWidget *parent)
    : QWizard(parent), m_languages(languages)
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, false);
    setOption(QWizard::HaveHelpButton, false);

    setPage(Page_Scenario, new ScenarioPage(this));
    m_pool.setMaxThreadCount(4);
    m_state.pool = &m_pool;
    setPage(Page_Source, new SourcePage(m_state, this));
    setPage(Page_Tenant, new TenantPage(m_state, this));
    setPage(Page_Target, new TargetPage(m_state, this));
    setPage(Page_PreChecks, new PreChecksPage(m_state, this));
    setPage(Page_Summary, new SummaryPage(m_state, this));
    setPage(Page_Run, new RunPage(m_state, this));
    setStartId(Page_Scenario);

    if (m_languages) {
        buildLanguageMenu();
        setOption(QWizard::HaveCustomButton1, true);
        setButton(QWizard::CustomButton1, m_languageButton);
        setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                         QWizard::FinishButton, QWizard::CancelButton});
        connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
            const auto actions = m_languageGroup->actions();
            for (QAction *a : actions)
                a->setChecked(a->data().toString() == language);
        });
    }

    setMinimumSize(760, 540);
    retranslateUi();
}

RestoreWizard::~RestoreWizard()
{
    // Stop a parse, then wait for the background work before the pages it reports to go away.
    if (auto *source = qobject_cast<SourcePage *>(page(Page_Source)))
        source->cancelParse();
    m_pool.waitForDone();
}

std::optional<Scenario> RestoreWizard::scenario() const
{
    const int value = field(QStringLiteral("scenario")).toInt();
    if (!isValidScenario(value))
        return std::nullopt;
    return Scenario(value);
}

void RestoreWizard::setDemo(const DemoInfo &info)
{
    m_demo = info;
    m_state.demo = info;
    qobject_cast<SourcePage *>(page(Page_Source))->setDemo(info);
    qobject_cast<TargetPage *>(page(Page_Target))->setDemo(info);
    const QList<int> ids = pageIds();
    for (int id : ids) {
        QWizardPage *p = page(id);
        auto *box = qobject_cast<QBoxLayout *>(p->layout());
        if (box && !p->findChild<DemoBanner *>())
            box->insertWidget(0, new DemoBanner(info, p));
    }
    retranslateUi();
}

void RestoreWizard::buildLanguageMenu()
{
    m_languageButton = new QToolButton(this);
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Room for the menu arrow, which the style otherwise draws over the last character.
    m_languageButton->setStyleSheet(QStringLiteral("QToolButton { padding-right: 14px; }"));
    m_languageMenu = new QMenu(m_languageButton);
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(m_languageMenu);
    m_languageGroup->setExclusive(true);
    const QStringList languages = LanguageManager::availableLanguages();
    for (const QString &language : languages) {
        // Each language is named in itself, so a user can find theirs whatever the current language.
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setObjectName(QStringLiteral("language_%1").arg(language));
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == m_languages->language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }
    m_languageButton->setMenu(m_languageMenu);
}

void RestoreWizard::switchLanguage(const QString &language)
{
    if (!m_languages || language == m_languages->language())
        return;
    if (m_languages->setLanguage(language))
        LanguageManager::rememberLanguage(language);
}

void RestoreWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void RestoreWizard::retranslateUi()
{
    setWindowTitle(m_demo ? tr("obrestore — Restore an OceanBase tenant (demo)") : tr("obrestore — Restore an OceanBase tenant"));
    // QWizard re-translates Next/Finish itself but not Back and Cancel on a run-time switch (verified on
    // Qt 6.4.2; qt-house-style.md §3.4): set all four through the QWizard context, which both Qt's
    // qtbase_<lang>.qm and our catalogue translate.
    setButtonText(QWizard::BackButton, QWizard::tr("< &Back"));
    setButtonText(QWizard::NextButton, QWizard::tr("&Next >"));
    setButtonText(QWizard::FinishButton, QWizard::tr("&Finish"));
    setButtonText(QWizard::CancelButton, QWizard::tr("Cancel"));
    if (m_languageButton) {
        // QWizard owns the texts of its buttons, custom ones included: set it through the wizard.
        setButtonText(QWizard::CustomButton1,
                      tr("Language: %1").arg(LanguageManager::nativeName(m_languages->language())));
        m_languageButton->setToolTip(tr("Switch the language of the wizard. The choice is remembered."));
    }
}

} // namespace obrestore
