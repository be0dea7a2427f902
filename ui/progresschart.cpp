#include "progresschart.h"

#include "common/scn.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

namespace obrestore {

ProgressChart::ProgressChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("progressChart"));
    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_data = new QLineSeries(m_chart);
    m_log = new QLineSeries(m_chart);
    QPen dataPen(QColor(0x1f, 0x77, 0xb4));
    dataPen.setWidthF(2);
    m_data->setPen(dataPen);
    QPen logPen(QColor(0xd6, 0x60, 0x0a));
    logPen.setWidthF(2);
    m_log->setPen(logPen);
    m_chart->addSeries(m_data);
    m_chart->addSeries(m_log);
    m_x = new QDateTimeAxis(m_chart);
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(6);
    m_y = new QValueAxis(m_chart);
    m_y->setRange(0, 100);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setTickCount(6);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : {m_data, m_log}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    setChart(m_chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMinimumSize(360, 180); // the run page of a table recovery also shows the import tasks below it
    fitRange();
    retranslateUi();
}

qreal ProgressChart::plotX(qint64 msecs) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
    const int shift = m_zone.offsetFromUtc(at) - QTimeZone::systemTimeZone().offsetFromUtc(at);
    return qreal(msecs + qint64(shift) * 1000);
}

QString ProgressChart::axisText(qint64 msecs) const
{
    return QDateTime::fromMSecsSinceEpoch(qint64(plotX(msecs))).toString(m_x->format());
}

void ProgressChart::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    // Re-append every point at its new position on the next showTracker().
    m_data->clear();
    m_log->clear();
    m_shown = 0;
    retranslateUi();
    fitRange();
    viewport()->update();
}

void ProgressChart::clear()
{
    m_data->clear();
    m_log->clear();
    m_shown = 0;
    m_phases.clear();
    m_gaps.clear();
    m_unwatched.clear();
    m_first = m_last = 0;
    m_zoomed = false;
    fitRange(); // the minute ahead, in the display zone, until the first sample
    viewport()->update();
}

void ProgressChart::showTracker(const ProgressTracker &tracker)
{
    const auto &points = tracker.points();
    if (points.size() < m_shown)
        clear();
    QList<QPointF> dataPoints;
    QList<QPointF> logPoints;
    for (qsizetype i = m_shown; i < points.size(); ++i) {
        const qreal x = plotX(points[i].at.toMSecsSinceEpoch());
        if (points[i].data)
            dataPoints << QPointF(x, *points[i].data);
        if (points[i].log)
            logPoints << QPointF(x, *points[i].log);
    }
    m_shown = points.size();
    if (!dataPoints.isEmpty())
        m_data->append(dataPoints);
    if (!logPoints.isEmpty())
        m_log->append(logPoints);
    m_phases = tracker.phases();
    m_gaps = tracker.gaps();
    m_unwatched = tracker.unwatched();
    if (!points.isEmpty()) {
        m_first = points.first().at.toMSecsSinceEpoch();
        m_last = points.last().at.toMSecsSinceEpoch();
    }
    for (const auto &u : std::as_const(m_unwatched)) // the job's start, when it was found running
        m_first = m_first == 0 ? u.lost.toMSecsSinceEpoch() : qMin(m_first, u.lost.toMSecsSinceEpoch());
    // A gap still open runs to the newest lost sample.
    if (!m_gaps.isEmpty()) {
        if (m_first == 0)
            m_first = m_gaps.first().lost.toMSecsSinceEpoch();
        if (tracker.last())
            m_last = qMax(m_last, tracker.last()->at.toMSecsSinceEpoch());
    }
    if (!m_zoomed)
        fitRange();
    viewport()->update();
}

void ProgressChart::setWindowSeconds(qint64 seconds)
{
    m_windowSeconds = qMax<qint64>(0, seconds);
    m_zoomed = false;
    fitRange();
    viewport()->update();
}

void ProgressChart::fitRange()
{
    // Before the first sample the axis shows the minute ahead (never Qt's default, 1970).
    qint64 from = m_first != 0 ? m_first : QDateTime::currentMSecsSinceEpoch();
    qint64 to = qMax(m_last, from + 60000); // at least a minute wide
    if (m_windowSeconds > 0 && to - from > m_windowSeconds * 1000)
        from = to - m_windowSeconds * 1000;
    const qint64 margin = (to - from) / 50;
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(plotX(from))), QDateTime::fromMSecsSinceEpoch(qint64(plotX(to + margin))));
    // ISO dates in every language (a locale's short date is ambiguous: 3/1/24).
    m_x->setFormat(to - from > 24 * 3600 * 1000 ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("HH:mm:ss"));
}

QList<QPair<qint64, qint64>> ProgressChart::bandRanges() const
{
    QList<QPair<qint64, qint64>> out;
    for (qsizetype i = 0; i < m_phases.size(); ++i) {
        const qint64 end = i + 1 < m_phases.size() ? m_phases[i + 1].start.toMSecsSinceEpoch() : m_phases[i].end.toMSecsSinceEpoch();
        out.append({m_phases[i].start.toMSecsSinceEpoch(), end});
    }
    return out;
}

QList<QPair<qint64, qint64>> ProgressChart::unwatchedRanges() const
{
    QList<QPair<qint64, qint64>> out;
    for (const auto &g : m_unwatched)
        out.append({g.lost.toMSecsSinceEpoch(), g.back.value_or(g.lost).toMSecsSinceEpoch()});
    return out;
}

QList<QPair<qint64, qint64>> ProgressChart::gapRanges() const
{
    QList<QPair<qint64, qint64>> out;
    for (const auto &g : m_gaps)
        out.append({g.lost.toMSecsSinceEpoch(), g.back ? g.back->toMSecsSinceEpoch() : m_last});
    return out;
}

QString ProgressChart::shortStatus(const QString &status)
{
    const QString s = status.toUpper();
    if (s == u"CREATE_TENANT")
        return tr("Creating tenant");
    if (s == u"WAIT_TENANT_RESTORE_FINISH" || s == u"RESTORING" || s == u"RESTORE_WAIT_LS")
        return tr("Restoring");
    if (s == u"UPGRADE" || s == u"UPGRADE_PRE" || s == u"UPGRADE_POST")
        return tr("Upgrade");
    if (s == u"RESTORE_SUCCESS")
        return tr("Succeeded");
    if (s == u"RESTORE_FAIL")
        return tr("Failed");
    if (s == u"POST_CHECK")
        return tr("Checking");
    if (s == u"RESTORE_PRE" || s == u"RESTORE_CREATE_INIT_LS" || s == u"PHYSICAL_RESTORE_WAIT_RESTORE_TO_CONSISTENT_SCN")
        return tr("Preparing");
    // A table-level recovery's phases.
    if (s == u"PREPARE" || s == u"RECOVERING")
        return tr("Preparing");
    if (s == u"RESTORE_AUX_TENANT")
        return tr("Auxiliary tenant");
    if (s == u"ACTIVE_AUX_TENANT")
        return tr("Activating");
    if (s == u"PRECHECK_IMPORT" || s == u"GEN_IMPORT_JOB")
        return tr("Import set-up");
    if (s == u"IMPORTING")
        return tr("Importing");
    if (s == u"CANCELING")
        return tr("Cancelling");
    if (s == u"COMPLETED" || s == u"SUCCESS")
        return tr("Succeeded");
    if (s == u"FAILED" || s == u"FAIL")
        return tr("Failed");
    return status;
}

void ProgressChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_phases.isEmpty() && m_gaps.isEmpty() && m_unwatched.isEmpty())
        return;
    const QRectF plot = m_chart->mapToScene(m_chart->plotArea()).boundingRect();
    auto xOf = [&](qint64 ms) { return m_chart->mapToScene(m_chart->mapToPosition(QPointF(plotX(ms), 0), m_data)).x(); };
    painter->save();
    painter->setClipRect(plot);
    const QFontMetrics fm(font());
    // Phases: light bands behind the lines, named at the top.
    static const QColor colors[] = {QColor(0x9e, 0xc5, 0xe8), QColor(0xc9, 0xe4, 0xb4), QColor(0xf4, 0xd6, 0x9b), QColor(0xd9, 0xc8, 0xe6)};
    const auto bands = bandRanges();
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const qreal x0 = qMax(plot.left(), xOf(bands[i].first));
        const qreal x1 = qMin(plot.right(), xOf(qMax(bands[i].second, bands[i].first + 1)));
        if (x1 <= plot.left() || x0 >= plot.right())
            continue;
        const QString status = m_phases[i].status;
        QColor c = status == u"RESTORE_FAIL" ? QColor(0xf2, 0xa0, 0xa0) : status == u"RESTORE_SUCCESS" ? QColor(0x8f, 0xd1, 0x8f)
                                                                                                        : colors[qHash(status) % 4];
        c.setAlpha(70);
        painter->fillRect(QRectF(x0, plot.top(), qMax<qreal>(1.0, x1 - x0), plot.height()), c);
        // Every band named, shortened to its width where it is narrow (its full name is in the status rows beside).
        const QString label = fm.elidedText(shortStatus(status), Qt::ElideRight, int(x1 - x0) - 6);
        if (!label.isEmpty() && label != QStringLiteral("…")) {
            painter->setPen(palette().color(QPalette::WindowText));
            painter->drawText(QPointF(x0 + 3, plot.top() + fm.ascent() + 2), label);
        }
    }
    // Not watched (found running, or the wizard was closed): the line is not drawn across it, the stretch is
    // covered, grey and labelled.
    for (const auto &[from, to] : unwatchedRanges()) {
        const qreal x0 = qMax(plot.left(), xOf(from));
        const qreal x1 = qMin(plot.right(), qMax(xOf(to), x0 + 3));
        if (x1 <= plot.left() || x0 >= plot.right())
            continue;
        const QRectF r(x0, plot.top(), x1 - x0, plot.height());
        painter->fillRect(r, palette().color(QPalette::Base));
        painter->fillRect(r, QBrush(QColor(0x80, 0x80, 0x80, 120), Qt::FDiagPattern));
        painter->setPen(palette().color(QPalette::PlaceholderText));
        const QString label = tr("not watched");
        if (x1 - x0 > fm.horizontalAdvance(label) + 6)
            painter->drawText(QPointF(x0 + 3, plot.bottom() - 4), label);
    }
    // Connection lost: hatched, labelled.
    for (const auto &[lost, back] : gapRanges()) {
        const qreal x0 = qMax(plot.left(), xOf(lost));
        const qreal x1 = qMin(plot.right(), qMax(xOf(back), x0 + 3));
        if (x1 <= plot.left() || x0 >= plot.right())
            continue;
        const QRectF r(x0, plot.top(), x1 - x0, plot.height());
        painter->fillRect(r, QBrush(QColor(0xc0, 0x30, 0x30, 110), Qt::BDiagPattern));
        painter->setPen(QPen(QColor(0xc0, 0x30, 0x30), 1.5));
        painter->drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()));
        const QString label = tr("connection lost");
        painter->drawText(QPointF(x0 + 3, plot.bottom() - 4), label);
    }
    painter->restore();
}

void ProgressChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        // Back to following the restore (instead of QChartView's one-step zoom out).
        m_zoomed = false;
        fitRange();
        viewport()->update();
        event->accept();
        return;
    }
    const QDateTime min = m_x->min();
    const QDateTime max = m_x->max();
    QChartView::mouseReleaseEvent(event);
    if (m_x->min() != min || m_x->max() != max)
        m_zoomed = true; // a rubber band zoomed in: stop following until a right click
}

void ProgressChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void ProgressChart::retranslateUi()
{
    m_data->setName(tr("Data restore (%)"));
    m_log->setName(tr("Log recovery (%)"));
    m_x->setTitleText(tr("Time (%1)").arg(timeZoneLabel(m_zone)));
    m_y->setTitleText(tr("Progress (%)"));
    setToolTip(tr("Drag to zoom into a stretch of time; right-click to follow the restore again."));
    viewport()->update();
}

} // namespace obrestore
