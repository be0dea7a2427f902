#pragma once

// Helpers shared by the GUI tests: children by objectName, clicks, and a GUI-thread heartbeat.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <QTimer>
#include <QWidget>
#include <QtTest>

#include <algorithm>

namespace {

template <typename T>
inline T *child(QWidget *w, const char *name)
{
    auto *c = w->findChild<T *>(QLatin1StringView(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}

inline void click(QWidget *w, const char *name)
{
    auto *b = child<QAbstractButton>(w, name);
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

// What a user would see cut at the window's present size: a one-line label or a button narrower than its text, a
// word-wrapped label shorter than its lines, a table column narrower than its header or its widest cell (the last,
// stretched column included), a table scrolled sideways. Empty when everything fits.
inline QStringList clippedTexts(QWidget *root)
{
    QStringList out;
    const auto widgets = root->findChildren<QWidget *>();
    auto name = [](const QWidget *w) {
        return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    };
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->width() <= 0 || w->height() <= 0)
            continue;
        // Squeezed below the height it cannot do without (a layout that ran out of room): a widget of fixed height
        // (the timeline) shorter than its size hint, a height-for-width drawing (the legend) shorter than its rows.
        // (Our own drawn widgets: Qt's internal containers report hints their layouts do not promise.)
        if (!w->isWindow() && !qobject_cast<QLabel *>(w) && !w->inherits("QWizardPage")
            && QByteArray(w->metaObject()->className()).startsWith("obrestore::")) {
            const QSizePolicy::Policy v = w->sizePolicy().verticalPolicy();
            const int least = (v == QSizePolicy::Fixed || v == QSizePolicy::Minimum) ? w->sizeHint().height()
                              : w->hasHeightForWidth() && !qobject_cast<QAbstractScrollArea *>(w) ? w->heightForWidth(w->width())
                                                                                                   : -1;
            if (least > 0 && w->height() + 1 < least && !qobject_cast<QLineEdit *>(w))
                out << QStringLiteral("%1 is %2 px high, needs %3").arg(name(w)).arg(w->height()).arg(least);
        }
        if (auto *l = qobject_cast<QLabel *>(w)) {
            if (l->text().isEmpty())
                continue;
            if (l->wordWrap()) {
                if (l->heightForWidth(l->width()) > l->height() + 1)
                    out << QStringLiteral("%1 needs %2 px of height, has %3: %4").arg(name(l)).arg(l->heightForWidth(l->width())).arg(l->height()).arg(l->text().left(60));
            } else if (l->sizeHint().width() > l->width() + 1) {
                out << QStringLiteral("%1 needs %2 px, has %3: %4").arg(name(l)).arg(l->sizeHint().width()).arg(l->width()).arg(l->text().left(60));
            }
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            if (!b->text().isEmpty() && b->sizeHint().width() > b->width() + 1)
                out << QStringLiteral("%1 needs %2 px, has %3: %4").arg(name(b)).arg(b->sizeHint().width()).arg(b->width()).arg(b->text());
        } else if (auto *e = qobject_cast<QLineEdit *>(w); e && e->echoMode() == QLineEdit::Normal) {
            // The whole text (or the placeholder) visible, as the field shows it without scrolling.
            const QString text = e->text().isEmpty() ? e->placeholderText() : e->text();
            const int room = e->width() - 2 * e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, e) - 6;
            if (!text.isEmpty() && e->fontMetrics().horizontalAdvance(text) > room)
                out << QStringLiteral("%1 shows part of \"%2\" (%3 px of %4)").arg(name(e), text).arg(room).arg(e->fontMetrics().horizontalAdvance(text));
        } else if (auto *v = qobject_cast<QTableView *>(w); v && v->model()) {
            QHeaderView *h = v->horizontalHeader();
            for (int c = 0; c < h->count(); ++c) {
                if (h->isSectionHidden(c))
                    continue;
                const int need = std::max(h->sectionSizeHint(c), v->model()->rowCount() ? static_cast<QAbstractItemView *>(v)->sizeHintForColumn(c) : 0);
                if (h->sectionSize(c) + 1 < need)
                    out << QStringLiteral("%1 column %2 (%3) needs %4 px, has %5").arg(name(v)).arg(c)
                               .arg(v->model()->headerData(c, Qt::Horizontal).toString()).arg(need).arg(h->sectionSize(c));
            }
            if (v->horizontalScrollBar()->isVisible())
                out << QStringLiteral("%1 scrolls sideways").arg(name(v));
        } else if (auto *a = qobject_cast<QScrollArea *>(w)) {
            // A page that needs scrolling to show its own fields does not fit.
            if (a->verticalScrollBar()->isVisible() || a->horizontalScrollBar()->isVisible())
                out << QStringLiteral("%1 scrolls: its content needs %2×%3 px, has %4×%5").arg(name(a))
                           .arg(a->widget() ? a->widget()->minimumSizeHint().width() : 0).arg(a->widget() ? a->widget()->sizeHint().height() : 0)
                           .arg(a->viewport()->width()).arg(a->viewport()->height());
        }
    }
    return out;
}

// Ticks every 10 ms on the GUI thread and records the longest gap between ticks: a blocked GUI thread shows here.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_maxGapNs = std::max(m_maxGapNs, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_maxGapNs = 0;
    int m_ticks = 0;
};

} // namespace
