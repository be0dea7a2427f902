#include "demobanner.h"

#include "background.h"
#include "common/backupuri.h"

#include <QDir>
#include <QEvent>

namespace obrestore {

DemoBanner::DemoBanner(const DemoInfo &info, QWidget *parent) : QLabel(parent), m_info(info)
{
    setObjectName(QStringLiteral("demoBanner"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse); // the path and port can be copied
    setContentsMargins(8, 6, 8, 6);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xCE));
    p.setColor(QPalette::WindowText, QColor(0x5C, 0x45, 0x00));
    setPalette(p);
    setFrameShape(QFrame::StyledPanel);
    retranslateUi();
    if (m_info.problem) {
        connect(&m_timer, &QTimer::timeout, this, &DemoBanner::check);
        m_timer.start(2000);
    }
}

void DemoBanner::check()
{
    // Only the banner of the page on screen looks, one look at a time, off the GUI thread.
    if (!isVisible() || m_checking)
        return;
    m_checking = true;
    runInBackground(QThreadPool::globalInstance(), this, m_info.problem, [this](const QString &problem) {
        m_checking = false;
        if (problem == m_problem)
            return;
        m_problem = problem;
        retranslateUi();
    });
}

void DemoBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_problem.isEmpty())
            check(); // the problem's own words come translated from a fresh look
    }
    QLabel::changeEvent(event);
}

void DemoBanner::retranslateUi()
{
    if (!m_problem.isEmpty()) {
        // The problem's own words were translated when it was found; a language change looks again at once.
        setText(tr("<b>Demo mode: something has gone.</b> %1").arg(m_problem.toHtmlEscaped()));
        return;
    }
    setText(tr("<b>Demo mode.</b> A simulated OceanBase %1 cluster listens on %2:%3 (user %4, no password) and a "
               "sample backup location is at %5. Nothing here touches a real cluster.")
                .arg(m_info.version.toHtmlEscaped(), m_info.host.toHtmlEscaped())
                .arg(m_info.port)
                .arg(m_info.user.toHtmlEscaped(), maskUriSecrets(QDir::toNativeSeparators(m_info.backupRoot)).toHtmlEscaped()));
}

} // namespace obrestore
