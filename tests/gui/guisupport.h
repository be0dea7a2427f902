#pragma once

// Helpers shared by the GUI tests: children by objectName, clicks, and a GUI-thread heartbeat.
#include <QAbstractButton>
#include <QElapsedTimer>
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
