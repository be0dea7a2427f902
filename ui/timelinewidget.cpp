#include "timelinewidget.h"

#include "backupdest/restorewindows.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace obrestore {

namespace {

constexpr double kNsPerSecond = 1e9;
constexpr int kTop = 6;
constexpr int kRowHeights[3] = {30, 22, 22};
constexpr int kRowGap = 6;
constexpr int kAxisHeight = 38;
constexpr int kRight = 14;

const QColor kWindowColor(46, 125, 50);
const QColor kPieceColor(21, 101, 192);
const QColor kActiveColor(100, 181, 246);
const QColor kUnavailableColor(158, 158, 158);
const QColor kFullColor(106, 27, 154);
const QColor kGapColor(198, 40, 40);
const QColor kPointColor(239, 108, 0);

constexpr int kSwatch = 18;

// A backup set's marker: a diamond, filled for a full set, hollow for an incremental one, grey when OceanBase would
// skip it; an encrypted set has a dotted outline and a small padlock at its lower right (the outline alone could not
// be told apart on a filled diamond).
void drawSetMarker(QPainter &p, QPointF c, bool full, bool usable, bool encrypted, const QColor &base)
{
    const QColor colour = usable ? kFullColor : kUnavailableColor;
    QPainterPath diamond;
    const double r = full ? 7 : 6;
    diamond.moveTo(c.x(), c.y() - r);
    diamond.lineTo(c.x() + r, c.y());
    diamond.lineTo(c.x(), c.y() + r);
    diamond.lineTo(c.x() - r, c.y());
    diamond.closeSubpath();
    p.setBrush(full ? QBrush(colour) : QBrush(base));
    p.setPen(QPen(colour, full ? 1 : 2, encrypted ? Qt::DotLine : Qt::SolidLine));
    p.drawPath(diamond);
    if (encrypted) {
        // Padlock: a shackle (an arch) over a body, drawn over a base-coloured halo so it reads on the band behind.
        const QRectF body(c.x() + 3, c.y() + 2.5, 7, 5.5);
        const QRectF shackle(body.left() + 1.5, body.top() - 3.5, 4, 6);
        p.setPen(QPen(base, 3.2));
        p.setBrush(Qt::NoBrush);
        p.drawArc(shackle, 0, 180 * 16);
        p.setBrush(base);
        p.drawRoundedRect(body.adjusted(-0.8, -0.8, 0.8, 0.8), 1.5, 1.5);
        p.setPen(QPen(colour, 1.4));
        p.setBrush(Qt::NoBrush);
        p.drawArc(shackle, 0, 180 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(body, 1, 1);
    }
}

void drawGap(QPainter &p, const QRectF &band)
{
    QColor fill = kGapColor;
    fill.setAlpha(40);
    p.fillRect(band, fill);
    p.fillRect(band, QBrush(kGapColor, Qt::BDiagPattern));
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    updateLabelWidth();
}

QSize TimelineWidget::sizeHint() const
{
    return {640, minimumSizeHint().height()};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {320, kTop + kRowHeights[0] + kRowHeights[1] + kRowHeights[2] + 2 * kRowGap + kAxisHeight + 4};
}

void TimelineWidget::setTenant(const TenantEntry *tenant)
{
    if (tenant)
        m_tenant = *tenant;
    else
        m_tenant.reset();
    rebuild();
    fit();
}

void TimelineWidget::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    updateLabelWidth(); // the zone's label sits in the label column, under the row names
    update();
}

void TimelineWidget::setPoint(std::optional<Scn> point)
{
    m_point = point;
    update();
}

void TimelineWidget::rebuild()
{
    m_sets.clear();
    m_pieces.clear();
    m_gaps.clear();
    if (!m_tenant)
        return;
    double lo = std::numeric_limits<double>::max();
    double hi = 0;
    auto extend = [&](Scn s) {
        if (s.isTime()) {
            lo = std::min(lo, double(s.value()));
            hi = std::max(hi, double(s.value()));
        }
    };
    for (const DataDestEntry &d : m_tenant->dataDests) {
        for (const BackupSetEntry &s : d.sets) {
            if (!s.info)
                continue;
            SetMark m;
            m.id = s.id;
            m.full = s.type == SetType::Full;
            m.usable = m_tenant->usableSet(s.id);
            m.encrypted = s.isEncrypted();
            m.start = s.info->startReplayScn;
            m.minRestore = s.info->minRestoreScn;
            extend(m.start);
            extend(m.minRestore);
            m_sets << m;
        }
    }
    QList<QPair<Scn, Scn>> covered;
    for (const ArchiveDestEntry &a : m_tenant->archiveDests) {
        for (const PieceEntry &p : a.pieces) {
            if (p.source == PieceEntry::Source::Empty || p.source == PieceEntry::Source::NotRead || !p.attr.startScn.isTime())
                continue;
            Bar b;
            b.start = p.attr.startScn;
            b.end = p.attr.checkpointScn.isTime() ? p.attr.checkpointScn : p.attr.startScn;
            b.label = QStringLiteral("d%1r%2p%3").arg(p.key.destId).arg(p.key.roundId).arg(p.key.pieceId);
            b.available = p.attr.fileStatus == qint32(FileStatus::Available);
            b.active = p.attr.status == qint32(PieceStatus::Active);
            extend(b.start);
            extend(b.end);
            m_pieces << b;
            if (b.available)
                covered << qMakePair(b.start, b.end);
        }
    }
    // Gaps: where no available piece covers the log between the first piece's start and the last checkpoint.
    std::sort(covered.begin(), covered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (!covered.isEmpty()) {
        Scn reach = covered[0].second;
        for (qsizetype i = 1; i < covered.size(); ++i) {
            if (covered[i].first > reach)
                m_gaps << qMakePair(reach, covered[i].first);
            reach = std::max(reach, covered[i].second);
        }
    }
    for (const RestoreWindow &w : m_tenant->windows) {
        extend(w.start);
        extend(w.end);
    }
    if (hi <= lo) {
        lo = hi > 0 ? hi - 3600 * kNsPerSecond : 0;
        hi = hi > 0 ? hi + 3600 * kNsPerSecond : 1;
    }
    const double pad = (hi - lo) * 0.03;
    m_min = lo - pad;
    m_max = hi + pad;
}

void TimelineWidget::fit()
{
    m_viewStart = m_min;
    m_viewEnd = m_max;
    update();
    Q_EMIT viewChanged();
}

void TimelineWidget::clampView()
{
    const double minSpan = 10 * kNsPerSecond;
    const double full = m_max - m_min;
    double span = std::clamp(m_viewEnd - m_viewStart, minSpan, std::max(full, minSpan));
    double start = std::clamp(m_viewStart, m_min, std::max(m_min, m_max - span));
    m_viewStart = start;
    m_viewEnd = start + span;
}

void TimelineWidget::zoomBy(double factor, double anchorX)
{
    const double anchor = double(scnAtX(anchorX).value());
    m_viewStart = anchor - (anchor - m_viewStart) * factor;
    m_viewEnd = anchor + (m_viewEnd - anchor) * factor;
    clampView();
    update();
    Q_EMIT viewChanged();
}

void TimelineWidget::zoomIn()
{
    zoomBy(0.5, plotRect().center().x());
}

void TimelineWidget::zoomOut()
{
    zoomBy(2.0, plotRect().center().x());
}

void TimelineWidget::updateLabelWidth()
{
    const QFontMetrics fm(font());
    m_labelWidth = 0;
    for (const QString &l : {tr("Backup sets"), tr("Archive pieces"), tr("Restorable"), timeZoneLabel(m_zone)})
        m_labelWidth = std::max(m_labelWidth, fm.horizontalAdvance(l));
}

QRectF TimelineWidget::plotRect() const
{
    // Called for every item painted: the label column's width is measured once per font and language.
    const double left = m_labelWidth + 16;
    const double height = kRowHeights[0] + kRowHeights[1] + kRowHeights[2] + 2 * kRowGap;
    return QRectF(left, kTop, std::max(10.0, width() - left - kRight), height);
}

QRectF TimelineWidget::rowRect(int row) const
{
    const QRectF plot = plotRect();
    double y = plot.top();
    for (int i = 0; i < row; ++i)
        y += kRowHeights[i] + kRowGap;
    return QRectF(plot.left(), y, plot.width(), kRowHeights[row]);
}

double TimelineWidget::scnPerPixel() const
{
    return (m_viewEnd - m_viewStart) / plotRect().width();
}

double TimelineWidget::xForScn(Scn scn) const
{
    const QRectF plot = plotRect();
    return plot.left() + (double(scn.value()) - m_viewStart) / (m_viewEnd - m_viewStart) * plot.width();
}

Scn TimelineWidget::scnAtX(double x) const
{
    const QRectF plot = plotRect();
    const double v = m_viewStart + (x - plot.left()) / plot.width() * (m_viewEnd - m_viewStart);
    return Scn(quint64(std::clamp(v, 0.0, double(Scn::kMax))));
}

Scn TimelineWidget::pointAtX(double x) const
{
    const Scn raw = scnAtX(x);
    constexpr quint64 kSecond = 1000000000ull;
    const quint64 rounded = (raw.value() + kSecond / 2) / kSecond * kSecond;
    if (!m_tenant)
        return Scn(rounded);
    for (const RestoreWindow &w : m_tenant->windows) {
        // Within a few pixels of a window counts as in it (a one-point window is two pixels wide).
        const double x1 = xForScn(w.start) - 2;
        const double x2 = std::max(xForScn(w.end), xForScn(w.start) + 2) + 2;
        if (x < x1 || x > x2)
            continue;
        const Scn clamped = std::clamp(raw, w.start, w.end);
        for (quint64 s : {rounded, rounded - kSecond, rounded + kSecond, (clamped.value() / kSecond) * kSecond,
                          (clamped.value() / kSecond + 1) * kSecond}) {
            if (w.start <= Scn(s) && Scn(s) <= w.end)
                return Scn(s);
        }
        return clamped.value() - w.start.value() < w.end.value() - clamped.value() ? w.start : w.end;
    }
    return Scn(rounded);
}

QRectF TimelineWidget::windowRect(int index) const
{
    if (!m_tenant || index < 0 || index >= m_tenant->windows.size())
        return {};
    const RestoreWindow &w = m_tenant->windows[index];
    const QRectF row = rowRect(2);
    const double x1 = xForScn(w.start);
    const double x2 = std::max(xForScn(w.end), x1 + 2); // a single point is still visible
    return QRectF(x1, row.top(), x2 - x1, row.height());
}

QString TimelineWidget::timeText(Scn scn) const
{
    return scn.toDisplayString(m_zone);
}

QString TimelineWidget::rangeText(Scn a, Scn b) const
{
    return tr("%1\nto %2").arg(timeText(a), timeText(b));
}

QString TimelineWidget::describeAt(const QPointF &pos) const
{
    if (!m_tenant)
        return {};
    const double tolerance = 4;
    QStringList lines;
    if (rowRect(0).adjusted(0, -2, 0, 2).contains(pos)) {
        for (const SetMark &m : m_sets) {
            if (std::abs(xForScn(m.minRestore) - pos.x()) <= tolerance + 3) {
                lines << (m.full ? tr("Full backup set %1").arg(m.id) : tr("Incremental backup set %1").arg(m.id));
                lines << tr("Data from %1, restorable from %2").arg(timeText(m.start), timeText(m.minRestore));
                if (m.encrypted)
                    lines << tr("Encrypted: a decryption password is needed");
                if (!m.usable)
                    lines << tr("Not usable: OceanBase skips this set");
            }
        }
    } else if (rowRect(1).contains(pos)) {
        const Scn at = scnAtX(pos.x());
        for (const auto &g : m_gaps) {
            if (g.first <= at && at <= g.second)
                lines << tr("Gap in the archived log: %1").arg(rangeText(g.first, g.second));
        }
        for (const Bar &b : m_pieces) {
            if (xForScn(b.start) - 1 <= pos.x() && pos.x() <= xForScn(b.end) + 1) {
                lines << tr("Archive piece %1 (%2)").arg(b.label, b.active ? tr("active") : b.available ? tr("frozen") : tr("unavailable"));
                lines << rangeText(b.start, b.end);
            }
        }
    } else if (rowRect(2).contains(pos)) {
        for (int i = 0; i < m_tenant->windows.size(); ++i) {
            if (windowRect(i).adjusted(-1, 0, 1, 0).contains(pos)) {
                const RestoreWindow &w = m_tenant->windows[i];
                lines << tr("Restorable window (backup set %1)").arg(w.backupSetId);
                lines << rangeText(w.start, w.end);
                lines << tr("SCN %1 to %2").arg(w.start.toDecimal(), w.end.toDecimal());
            }
        }
        if (lines.isEmpty())
            lines << tr("Not restorable: %1").arg(timeText(scnAtX(pos.x())));
    }
    return lines.join(u'\n');
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QRectF plot = plotRect();
    const QFontMetrics fm(font());

    // Row labels.
    p.setPen(pal.text().color());
    const QString labels[3] = {tr("Backup sets"), tr("Archive pieces"), tr("Restorable")};
    for (int r = 0; r < 3; ++r) {
        const QRectF row = rowRect(r);
        p.drawText(QRectF(4, row.top(), plot.left() - 8, row.height()), Qt::AlignRight | Qt::AlignVCenter, labels[r]);
        p.fillRect(row, pal.alternateBase());
    }
    if (!m_tenant) {
        p.drawText(plot, Qt::AlignCenter, tr("Choose a tenant to see its backups."));
        return;
    }
    p.save();
    p.setClipRect(plot.adjusted(-6, -4, 6, 4));

    // Gaps: shaded across every row.
    for (const auto &g : m_gaps) {
        const double x1 = xForScn(g.first);
        const double x2 = xForScn(g.second);
        QRectF band(x1, plot.top(), std::max(1.0, x2 - x1), plot.height());
        drawGap(p, band);
        if (band.width() > fm.horizontalAdvance(tr("gap")) + 6) {
            p.setPen(kGapColor);
            p.drawText(QRectF(band.left(), rowRect(1).top(), band.width(), rowRect(1).height()), Qt::AlignCenter, tr("gap"));
        }
    }
    // Windows.
    for (int i = 0; i < m_tenant->windows.size(); ++i) {
        const QRectF w = windowRect(i);
        QColor fill = kWindowColor;
        fill.setAlpha(160);
        p.setPen(QPen(kWindowColor.darker(130), 1));
        p.setBrush(fill);
        p.drawRoundedRect(w, 3, 3);
        QColor band = kWindowColor;
        band.setAlpha(28);
        p.fillRect(QRectF(w.left(), plot.top(), w.width(), plot.height() - w.height() - kRowGap), band);
    }
    // Pieces: bars closer than a pixel with the same colour are drawn as one, so a long history (thousands of
    // hourly pieces) paints in a few rectangles when zoomed out.
    const QRectF piecesRow = rowRect(1);
    p.setRenderHint(QPainter::Antialiasing, false);
    const double viewLeft = plot.left() - 2;
    const double viewRight = plot.right() + 2;
    QRectF run;
    QColor runColor;
    QString runLabel;
    auto flush = [&] {
        if (run.isNull())
            return;
        p.setPen(QPen(runColor.darker(140), 1));
        p.setBrush(runColor);
        p.drawRect(run);
        if (!runLabel.isEmpty() && run.width() > fm.horizontalAdvance(runLabel) + 6) {
            p.setPen(Qt::white);
            p.drawText(run, Qt::AlignCenter, runLabel);
        }
        run = QRectF();
    };
    for (const Bar &b : std::as_const(m_pieces)) {
        const double x1 = xForScn(b.start);
        const double x2 = std::max(xForScn(b.end), x1 + 2);
        if (x2 < viewLeft || x1 > viewRight)
            continue;
        const QColor c = !b.available ? kUnavailableColor : b.active ? kActiveColor : kPieceColor;
        if (!run.isNull() && c == runColor && x1 - run.right() < 1.0 && (x2 - x1) < 24) {
            run.setRight(std::max(run.right(), x2));
            runLabel.clear();
            continue;
        }
        flush();
        run = QRectF(x1, piecesRow.top() + 3, x2 - x1, piecesRow.height() - 6);
        runColor = c;
        runLabel = b.label;
    }
    flush();
    p.setRenderHint(QPainter::Antialiasing, true);
    // Sets: a line from start_replay_scn to min_restore_scn, and the marker at min_restore_scn.
    const QRectF setsRow = rowRect(0);
    const double cy = setsRow.center().y();
    for (const SetMark &m : m_sets) {
        const QColor c = m.usable ? kFullColor : kUnavailableColor;
        const double x = xForScn(m.minRestore);
        p.setPen(QPen(c, 1.5));
        p.drawLine(QPointF(xForScn(m.start), cy), QPointF(x, cy));
        drawSetMarker(p, QPointF(x, cy), m.full, m.usable, m.encrypted, pal.base().color());
        const double r = m.full ? 7 : 6;
        const QString id = QString::number(m.id);
        p.setPen(pal.text().color());
        p.drawText(QPointF(x + r + 2, setsRow.top() + fm.ascent()), id);
    }
    // The restore point.
    if (m_point && m_point->isTime()) {
        const double x = xForScn(*m_point);
        p.setPen(QPen(kPointColor, 2));
        p.drawLine(QPointF(x, plot.top() - 2), QPointF(x, plot.bottom() + 2));
    }
    p.restore();

    // Axis: ticks on "nice" steps in the chosen zone, labels in the UI language's formats.
    const double axisY = plot.bottom() + 2;
    p.setPen(pal.mid().color());
    p.drawLine(QPointF(plot.left(), axisY), QPointF(plot.right(), axisY));
    static const qint64 steps[] = {1, 5, 15, 30, 60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 2 * 86400,
                                   7 * 86400, 30 * 86400, 91 * 86400, 365 * 86400};
    const double secondsPerPixel = scnPerPixel() / kNsPerSecond;
    const double minSpacing = fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 24;
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (s / secondsPerPixel >= minSpacing) {
            step = s;
            break;
        }
    }
    const qint64 startSecs = qint64(m_viewStart / kNsPerSecond);
    const int offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(startSecs, Qt::UTC));
    qint64 tick = ((startSecs + offset) / step) * step - offset;
    QDate lastDate;
    for (; double(tick) * kNsPerSecond <= m_viewEnd; tick += step) {
        const double x = xForScn(Scn(quint64(tick) * quint64(kNsPerSecond)));
        if (x < plot.left() - 0.5)
            continue;
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(tick, m_zone);
        p.setPen(pal.mid().color());
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        p.setPen(pal.text().color());
        QString line1;
        QString line2;
        // ISO dates and 24-hour times in every language, as the time field takes them (a locale's short date,
        // 3/1/24, is ambiguous and cannot be typed back).
        const QString date = dt.date().toString(QStringLiteral("yyyy-MM-dd"));
        if (step >= 86400) {
            line1 = date;
        } else {
            line1 = dt.time().toString(step < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
            if (dt.date() != lastDate)
                line2 = date;
        }
        lastDate = dt.date();
        // Centred on the tick, but never into the label column (where the zone's name is) nor past the right edge.
        const double w = std::max<double>(minSpacing, std::max(fm.horizontalAdvance(line1), fm.horizontalAdvance(line2)) + 4);
        QRectF r(x - w / 2, axisY + 5, w, fm.height());
        if (r.left() < plot.left())
            r.moveLeft(plot.left());
        if (r.right() > width())
            r.moveRight(width());
        p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, line1);
        if (!line2.isEmpty())
            p.drawText(r.translated(0, fm.height()), Qt::AlignHCenter | Qt::AlignTop, line2);
    }
    p.setPen(pal.text().color());
    p.drawText(QRectF(4, axisY + 5, plot.left() - 8, fm.height()), Qt::AlignRight | Qt::AlignTop, timeZoneLabel(m_zone));
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressPos && (event->buttons() & Qt::LeftButton)) {
        const double dx = event->position().x() - m_pressPos->x();
        if (std::abs(dx) > 3)
            m_dragged = true;
        if (m_dragged) {
            const double span = m_viewEnd - m_viewStart;
            m_viewStart = m_pressViewStart - dx * scnPerPixel();
            m_viewEnd = m_viewStart + span;
            clampView();
            update();
            Q_EMIT viewChanged();
        }
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position();
        m_pressViewStart = m_viewStart;
        m_dragged = false;
    }
    QWidget::mousePressEvent(event);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressPos) {
        if (!m_dragged && m_tenant && plotRect().contains(event->position()))
            Q_EMIT scnClicked(pointAtX(event->position().x()));
        m_pressPos.reset();
    }
    QWidget::mouseReleaseEvent(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    fit();
    QWidget::mouseDoubleClickEvent(event);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(0.8, steps), event->position().x());
    event->accept();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateLabelWidth();
        update();
    }
    QWidget::changeEvent(event);
}

TimelineLegend::TimelineLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QStringList TimelineLegend::entries() const
{
    return {tr("Full backup set"), tr("Incremental backup set"), tr("Encrypted set"), tr("Set OceanBase skips"),
            tr("Archive piece"), tr("Active piece (still being written)"), tr("Unavailable piece"), tr("Gap in the log"),
            tr("Restorable window"), tr("Restore point")};
}

int TimelineLegend::layoutEntries(int width, QList<QRect> *rects) const
{
    const QFontMetrics fm(font());
    const int rowHeight = std::max(kSwatch, fm.height()) + 4;
    int x = 0;
    int y = 0;
    const QStringList texts = entries();
    for (const QString &text : texts) {
        const int w = kSwatch + 4 + fm.horizontalAdvance(text) + 14;
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowHeight;
        }
        if (rects)
            rects->append(QRect(x, y, w, rowHeight));
        x += w;
    }
    return y + rowHeight;
}

int TimelineLegend::heightForWidth(int width) const
{
    return layoutEntries(std::max(1, width), nullptr);
}

QSize TimelineLegend::sizeHint() const
{
    return {640, heightForWidth(640)};
}

QSize TimelineLegend::minimumSizeHint() const
{
    return {200, heightForWidth(width() > 0 ? width() : 640)};
}

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette pal = palette();
    QList<QRect> rects;
    layoutEntries(width(), &rects);
    const QStringList texts = entries();
    for (int i = 0; i < rects.size(); ++i) {
        const QRect r = rects[i];
        const QRectF sw(r.left(), r.center().y() - kSwatch / 2.0, kSwatch, kSwatch);
        const QPointF c = sw.center();
        switch (i) {
        case 0: drawSetMarker(p, c, true, true, false, pal.base().color()); break;
        case 1: drawSetMarker(p, c, false, true, false, pal.base().color()); break;
        case 2: drawSetMarker(p, c, true, true, true, pal.base().color()); break;
        case 3: drawSetMarker(p, c, true, false, false, pal.base().color()); break;
        case 4:
        case 5:
        case 6: {
            const QColor colour = i == 4 ? kPieceColor : i == 5 ? kActiveColor : kUnavailableColor;
            p.setPen(QPen(colour.darker(140), 1));
            p.setBrush(colour);
            p.drawRect(sw.adjusted(0, 4, 0, -4));
            break;
        }
        case 7: drawGap(p, sw); break;
        case 8: {
            QColor fill = kWindowColor;
            fill.setAlpha(160);
            p.setPen(QPen(kWindowColor.darker(130), 1));
            p.setBrush(fill);
            p.drawRoundedRect(sw.adjusted(0, 3, 0, -3), 3, 3);
            break;
        }
        default:
            p.setPen(QPen(kPointColor, 2));
            p.drawLine(QPointF(c.x(), sw.top()), QPointF(c.x(), sw.bottom()));
            break;
        }
        p.setPen(pal.text().color());
        p.drawText(QRect(r.left() + kSwatch + 4, r.top(), r.width() - kSwatch - 4, r.height()), Qt::AlignLeft | Qt::AlignVCenter, texts[i]);
    }
}

void TimelineLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace obrestore
