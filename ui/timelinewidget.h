#pragma once

#include "backupdest/catalog.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

namespace obrestore {

// One tenant's backups drawn to scale on an SCN axis: backup sets as markers (full filled, incremental hollow)
// with a line back to their start_replay_scn, archive pieces as bars, gaps in the log shaded, restorable windows
// highlighted, the chosen restore point as a line. Hover for details, wheel or the zoom slots to zoom, drag to pan,
// double-click to fit, click to pick a restore point.
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setTenant(const TenantEntry *tenant); // copied; nullptr clears
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    void setPoint(std::optional<Scn> point);

    // Geometry (widget coordinates): exposed so tests can check that pixels map back to SCNs.
    QRectF plotRect() const;
    double xForScn(Scn scn) const;
    Scn scnAtX(double x) const;
    // The point a click at x picks: the whole second nearest to it, kept inside the window the click fell in
    // (a window narrower than a second gives its own edge).
    Scn pointAtX(double x) const;
    QRectF windowRect(int index) const; // the highlighted band of tenant window `index`
    double scnPerPixel() const;
    Scn viewStart() const { return Scn(quint64(m_viewStart)); }
    Scn viewEnd() const { return Scn(quint64(m_viewEnd)); }
    // The hover text at a point (empty when nothing is there).
    QString describeAt(const QPointF &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomBy(double factor, double anchorX); // factor < 1 zooms in
    void zoomIn();
    void zoomOut();
    void fit();

Q_SIGNALS:
    void scnClicked(obrestore::Scn scn);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct SetMark
    {
        qint64 id = 0;
        bool full = true;
        bool usable = true;
        bool encrypted = false;
        Scn start;
        Scn minRestore;
    };
    struct Bar
    {
        Scn start;
        Scn end;
        QString label;
        bool available = true;
        bool active = false;
    };
    void rebuild();
    void updateLabelWidth();
    void clampView();
    QRectF rowRect(int row) const; // 0 sets, 1 pieces, 2 windows
    QString timeText(Scn scn) const;
    QString rangeText(Scn a, Scn b) const;

    std::optional<TenantEntry> m_tenant;
    QList<SetMark> m_sets;
    QList<Bar> m_pieces;
    QList<QPair<Scn, Scn>> m_gaps;
    QTimeZone m_zone = QTimeZone::utc();
    std::optional<Scn> m_point;
    double m_min = 0, m_max = 1;          // data range, SCN as double
    double m_viewStart = 0, m_viewEnd = 1; // what is shown
    std::optional<QPointF> m_pressPos;
    double m_pressViewStart = 0;
    bool m_dragged = false;
    int m_labelWidth = 0;
};

// What the timeline's marks mean, in words: a row of swatches drawn exactly as the timeline draws them, wrapped to
// the width it has.
class TimelineLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineLegend)

public:
    explicit TimelineLegend(QWidget *parent = nullptr);

    // The entries' texts, in order (tests, and the accessible description).
    QStringList entries() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Each entry's swatch and text laid out in `width`: the rectangles, and the height used.
    int layoutEntries(int width, QList<QRect> *rects) const;
};

} // namespace obrestore

Q_DECLARE_METATYPE(obrestore::Scn)
