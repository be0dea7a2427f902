#pragma once

#include "monitor/progresstracker.h"

#include <QChartView>
#include <QTimeZone>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace obrestore {

// The live chart of one restore: data restore % and log recovery % against wall time, the status phases as bands
// behind the lines, and a hatched marker where the connection was lost. Shows the whole restore or slides with
// the newest minutes; a rubber band zooms into a stretch, a right click goes back to following.
class ProgressChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressChart)

public:
    explicit ProgressChart(QWidget *parent = nullptr);

    // Appends what the tracker gained since the last call (the tracker is the history; the chart only draws it).
    void showTracker(const ProgressTracker &tracker); // not update(): that name is QWidget's
    void clear();
    // The zone the time axis is labelled in (DisplayZone); the points are redrawn.
    void setTimeZone(const QTimeZone &zone);
    // What the axis shows for `msecs` since the epoch: "2024-03-01 16:00:00 +08:00", for tests.
    QString axisText(qint64 msecs) const;
    // 0: the whole restore; otherwise the newest `seconds`.
    void setWindowSeconds(qint64 seconds);
    qint64 windowSeconds() const { return m_windowSeconds; }
    bool isZoomed() const { return m_zoomed; }

    QLineSeries *dataSeries() const { return m_data; }
    QLineSeries *logSeries() const { return m_log; }
    // The bands and gaps as last drawn, for tests: [start, end] in ms since the epoch.
    QList<QPair<qint64, qint64>> bandRanges() const;
    QList<QPair<qint64, qint64>> gapRanges() const;
    QList<QPair<qint64, qint64>> unwatchedRanges() const;
    // A band's name in the UI's language (the status itself only for a status no version is known to show).
    static QString shortStatus(const QString &status);

protected:
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void retranslateUi();
    void fitRange();
    // QDateTimeAxis labels a value as the host's local time (Qt 6.4 has no zone for it): values are shifted by the
    // difference between the display zone and the host zone, so the labels read in the display zone.
    qreal plotX(qint64 msecs) const;

    QChart *m_chart = nullptr;
    QLineSeries *m_data = nullptr;
    QLineSeries *m_log = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    qsizetype m_shown = 0; // tracker points already appended
    QList<ProgressTracker::Phase> m_phases;
    QList<ProgressTracker::Gap> m_gaps;
    QList<ProgressTracker::Gap> m_unwatched;
    qint64 m_first = 0;
    qint64 m_last = 0;
    qint64 m_windowSeconds = 0;
    bool m_zoomed = false;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace obrestore
