#include "progresstracker.h"

#include "recoverprogress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace obrestore {

void ProgressTracker::clear()
{
    m_points.clear();
    m_phases.clear();
    m_gaps.clear();
    m_unwatched.clear();
    m_latest.reset();
    m_last.reset();
    m_fingerprint.clear();
    m_lastChange.reset();
    m_unwatchedSince.reset();
}

void ProgressTracker::add(const ProgressSample &sample)
{
    m_last = sample;
    if (sample.kind == ProgressSample::Kind::ConnectionLost) {
        if (m_gaps.isEmpty() || m_gaps.last().back)
            m_gaps.append({sample.at, std::nullopt});
        return;
    }
    if (sample.kind != ProgressSample::Kind::Running && sample.kind != ProgressSample::Kind::Finished)
        return;
    // A sample that answers after a gap closes it, even without a reconnected() call.
    if (!m_gaps.isEmpty() && !m_gaps.last().back)
        m_gaps.last().back = sample.at;
    if (m_unwatchedSince) {
        if (*m_unwatchedSince < sample.at)
            m_unwatched.append({*m_unwatchedSince, sample.at});
        m_unwatchedSince.reset();
    } else if (m_points.isEmpty() && m_unwatched.isEmpty() && sample.kind == ProgressSample::Kind::Running && sample.elapsedSeconds
               && *sample.elapsedSeconds > 5) {
        // Found running with no earlier samples: from its start (the server's own elapsed time, so a server clock
        // that is off does not move it) to now, nobody watched.
        m_unwatched.append({sample.at.addSecs(-*sample.elapsedSeconds), sample.at});
    }

    const bool final = sample.isFinal();
    if (final && !sample.success && m_latest && !m_latest->isFinal()) {
        // A failed or cancelled job's history row has no figures (and its tenant may be gone): the last known ones
        // stay, so the page shows how far it got.
        ProgressSample merged = sample;
        const ProgressSample &known = *m_latest;
        auto keep = [](auto &field, const auto &last) {
            if (!field)
                field = last;
        };
        keep(merged.tablets, known.tablets);
        keep(merged.finishedTablets, known.finishedTablets);
        keep(merged.totalBytes, known.totalBytes);
        keep(merged.finishedBytes, known.finishedBytes);
        keep(merged.lsCount, known.lsCount);
        keep(merged.finishedLsCount, known.finishedLsCount);
        keep(merged.recoverScn, known.recoverScn);
        keep(merged.dataPercent, known.dataPercent);
        keep(merged.logPercent, known.logPercent);
        if (merged.dataBasis == ProgressSample::DataBasis::None)
            merged.dataBasis = known.dataBasis;
        if (merged.logBasis == ProgressSample::LogBasis::None)
            merged.logBasis = known.logBasis;
        if (merged.logStreams.isEmpty())
            merged.logStreams = known.logStreams;
        if (!merged.restoreScn)
            merged.restoreScn = known.restoreScn;
        if (merged.tenantStatus.isEmpty())
            merged.tenantStatus = known.tenantStatus;
        if (merged.startTimestamp.isEmpty())
            merged.startTimestamp = known.startTimestamp;
        m_last = merged;
        record(merged);
        return;
    }
    record(sample);
}

void ProgressTracker::record(const ProgressSample &sample)
{
    const bool final = sample.isFinal();
    Point p{sample.at, sample.dataPercent, sample.logPercent, sample.finishedTablets, sample.recoverScn};
    if (final && !sample.success && !m_points.isEmpty()) {
        // The history has no percentages for a failed job: the line ends where it was.
        p.data = m_points.last().data;
        p.log = m_points.last().log;
    }
    m_points.append(p);

    const QString phase = !final ? phaseOf(sample)
                          : sample.recover ? (sample.success ? QStringLiteral("COMPLETED") : QStringLiteral("FAILED"))
                          : (sample.success ? QStringLiteral("RESTORE_SUCCESS") : QStringLiteral("RESTORE_FAIL"));
    if (!phase.isEmpty()) {
        if (!m_phases.isEmpty())
            m_phases.last().end = sample.at;
        if (m_phases.isEmpty() || m_phases.last().status != phase)
            m_phases.append({phase, sample.at, sample.at});
    }

    const QString fingerprint = sample.progressFingerprint();
    if (!m_lastChange || fingerprint != m_fingerprint || final)
        m_lastChange = sample.at;
    m_fingerprint = fingerprint;
    m_latest = sample;
}

QString ProgressTracker::phaseOf(const ProgressSample &s)
{
    if (s.recover)
        return s.recover->status.isEmpty() ? QStringLiteral("PREPARE") : s.recover->status;
    return s.tenantStatus.isEmpty() ? s.jobStatus : s.tenantStatus;
}

void ProgressTracker::markReconnected(const QDateTime &lost, const QDateTime &back)
{
    for (auto it = m_gaps.rbegin(); it != m_gaps.rend(); ++it) {
        if (it->lost <= lost || !it->back) {
            it->back = back;
            return;
        }
    }
    m_gaps.append({lost, back});
}

ProgressTracker::Estimate ProgressTracker::estimate() const
{
    Estimate e;
    if (m_points.size() < 3 || finished())
        return e;
    const Point &now = m_points.last();
    const QDateTime from = now.at.addSecs(-m_options.rateWindowSeconds);
    // The oldest point inside the window that has the value: a rate over at least minRateSpanSeconds, with the
    // value having moved; otherwise no estimate (an ETA from two samples is noise).
    auto oldest = [&](auto has) -> const Point * {
        for (const Point &p : m_points) {
            if (p.at >= from && has(p))
                return &p;
        }
        return nullptr;
    };
    auto span = [&](const Point *p) { return p ? double(p->at.msecsTo(now.at)) / 1000.0 : 0.0; };

    if (now.data && *now.data < 100.0) {
        const Point *p = oldest([](const Point &x) { return x.data.has_value(); });
        const double s = span(p);
        if (p && s >= double(m_options.minRateSpanSeconds) && *now.data > *p->data) {
            const double perSecond = (*now.data - *p->data) / s;
            e.dataPercentPerMinute = perSecond * 60.0;
            e.dataSecondsLeft = qint64(std::ceil((100.0 - *now.data) / perSecond));
            if (now.finishedTablets && p->finishedTablets && *now.finishedTablets > *p->finishedTablets)
                e.tabletsPerMinute = double(*now.finishedTablets - *p->finishedTablets) * 60.0 / s;
        }
    }
    if (now.log && *now.log > 0.0 && *now.log < 100.0) {
        const Point *p = oldest([](const Point &x) { return x.log.has_value(); });
        const double s = span(p);
        if (p && s >= double(m_options.minRateSpanSeconds) && *now.log > *p->log) {
            const double perSecond = (*now.log - *p->log) / s;
            e.logPercentPerMinute = perSecond * 60.0;
            e.logSecondsLeft = qint64(std::ceil((100.0 - *now.log) / perSecond));
            if (now.recoverScn && p->recoverScn && *now.recoverScn > *p->recoverScn)
                e.logSecondsPerSecond = double(*now.recoverScn - *p->recoverScn) / 1e9 / s;
        }
    }
    return e;
}

std::optional<QDateTime> ProgressTracker::stalledSince(const QDateTime &now) const
{
    if (!m_latest || m_latest->kind != ProgressSample::Kind::Running || !connected() || !m_lastChange)
        return std::nullopt;
    if (m_lastChange->secsTo(now) < m_options.stallAfterSeconds)
        return std::nullopt;
    return m_lastChange;
}

QByteArray ProgressTracker::toJson() const
{
    auto time = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); };
    QJsonArray points;
    for (const Point &p : m_points) {
        QJsonObject o{{QStringLiteral("time"), time(p.at)}};
        if (p.data)
            o.insert(QStringLiteral("data_percent"), *p.data);
        if (p.log)
            o.insert(QStringLiteral("log_percent"), *p.log);
        if (p.finishedTablets)
            o.insert(QStringLiteral("finished_tablets"), *p.finishedTablets);
        if (p.recoverScn)
            o.insert(QStringLiteral("recover_scn"), QString::number(*p.recoverScn));
        points.append(o);
    }
    QJsonArray phases;
    for (const Phase &p : m_phases)
        phases.append(QJsonObject{{QStringLiteral("status"), p.status}, {QStringLiteral("start"), time(p.start)}, {QStringLiteral("end"), time(p.end)}});
    QJsonArray gaps;
    for (const Gap &g : m_gaps)
        gaps.append(QJsonObject{{QStringLiteral("lost"), time(g.lost)},
                                {QStringLiteral("back"), g.back ? QJsonValue(time(*g.back)) : QJsonValue(QJsonValue::Null)}});
    QJsonArray unwatched;
    for (const Gap &g : m_unwatched)
        unwatched.append(QJsonObject{{QStringLiteral("from"), time(g.lost)}, {QStringLiteral("to"), time(g.back.value_or(g.lost))}});
    QJsonObject o{{QStringLiteral("points"), points}, {QStringLiteral("phases"), phases}, {QStringLiteral("connection_gaps"), gaps},
                  {QStringLiteral("unwatched"), unwatched}};
    if (m_latest) {
        o.insert(QStringLiteral("job_id"), m_latest->jobId);
        o.insert(QStringLiteral("tenant"), m_latest->tenantName);
        o.insert(QStringLiteral("job_status"), m_latest->jobStatus);
        if (m_latest->isFinal())
            o.insert(QStringLiteral("comment"), m_latest->comment);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool ProgressTracker::restoreHistory(const QByteArray &json, std::optional<qint64> jobId)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (jobId && o.contains(u"job_id") && o.value(u"job_id").toInteger() != *jobId)
        return false; // another job of the same tenant name: its history is not this one's
    auto time = [](const QJsonValue &v) {
        QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toUTC() : QDateTime();
    };
    QList<Point> points;
    for (const QJsonValue &v : o.value(u"points").toArray()) {
        const QJsonObject p = v.toObject();
        Point point;
        point.at = time(p.value(u"time"));
        if (!point.at.isValid())
            return false;
        if (p.contains(u"data_percent"))
            point.data = p.value(u"data_percent").toDouble();
        if (p.contains(u"log_percent"))
            point.log = p.value(u"log_percent").toDouble();
        if (p.contains(u"finished_tablets"))
            point.finishedTablets = p.value(u"finished_tablets").toInteger();
        if (p.contains(u"recover_scn")) {
            bool ok = false;
            const quint64 scn = p.value(u"recover_scn").toString().toULongLong(&ok);
            if (ok)
                point.recoverScn = scn;
        }
        points << point;
    }
    QList<Phase> phases;
    for (const QJsonValue &v : o.value(u"phases").toArray()) {
        const QJsonObject p = v.toObject();
        Phase phase{p.value(u"status").toString(), time(p.value(u"start")), time(p.value(u"end"))};
        if (!phase.start.isValid() || !phase.end.isValid())
            return false;
        phases << phase;
    }
    QList<Gap> gaps;
    for (const QJsonValue &v : o.value(u"connection_gaps").toArray()) {
        const QJsonObject g = v.toObject();
        Gap gap{time(g.value(u"lost")), std::nullopt};
        if (!gap.lost.isValid())
            return false;
        // A gap open when the watch stopped ended with it: closed at the newest point known.
        const QDateTime back = time(g.value(u"back"));
        gap.back = back.isValid() ? back : (points.isEmpty() ? gap.lost : points.last().at);
        gaps << gap;
    }
    QList<Gap> unwatched;
    for (const QJsonValue &v : o.value(u"unwatched").toArray()) {
        const Gap gap{time(v.toObject().value(u"from")), time(v.toObject().value(u"to"))};
        if (!gap.lost.isValid() || !gap.back->isValid())
            return false;
        unwatched << gap;
    }
    m_points = points;
    m_phases = phases;
    m_gaps = gaps;
    m_unwatched = unwatched;
    return true;
}

} // namespace obrestore
