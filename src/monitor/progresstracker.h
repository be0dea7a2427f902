#pragma once

#include "monitor/restoreprogress.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace obrestore {

// The history of one watched restore, built from the poller's samples in the thread that shows it: the points of
// the chart, the status phases, the connection gaps, the rates, the estimated time left and the stall warning.
// Pure logic (no widgets, no SQL), so the rules are tested on their own.
class ProgressTracker
{
public:
    struct Options
    {
        qint64 stallAfterSeconds = 600; // no progress for this long while running: a stall
        qint64 rateWindowSeconds = 300; // rates from the samples of the last five minutes …
        qint64 minRateSpanSeconds = 30; // … spanning at least this long, else no estimate
    };
    struct Point
    {
        QDateTime at;
        std::optional<double> data; // %
        std::optional<double> log;  // %
        std::optional<qint64> finishedTablets;
        std::optional<quint64> recoverScn;
    };
    struct Phase
    {
        QString status;  // the status the phase showed (the restored tenant's row, else the job's row)
        QDateTime start;
        QDateTime end;   // the last sample in it
    };
    struct Gap
    {
        QDateTime lost;
        std::optional<QDateTime> back;
    };
    struct Estimate
    {
        std::optional<double> dataPercentPerMinute;
        std::optional<double> tabletsPerMinute;
        std::optional<qint64> dataSecondsLeft;
        std::optional<double> logPercentPerMinute;
        std::optional<double> logSecondsPerSecond; // seconds of log replayed per wall-clock second
        std::optional<qint64> logSecondsLeft;
    };

    ProgressTracker() = default;
    explicit ProgressTracker(const Options &options) : m_options(options) {}
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    void add(const ProgressSample &sample);
    void markReconnected(const QDateTime &lost, const QDateTime &back);
    // Re-attached after restoreHistory(): the time from `since` (the last point of the earlier watch) to the next
    // sample was not watched; it becomes a gap, never a line drawn across it.
    void markUnwatchedSince(const QDateTime &since) { m_unwatchedSince = since; }
    void clear();

    const QList<Point> &points() const { return m_points; }
    const QList<Phase> &phases() const { return m_phases; }
    const QList<Gap> &gaps() const { return m_gaps; }
    // The stretches nobody watched: before the first sample of a job found running (from its start, as the server
    // counts its elapsed time), and while the wizard was closed between two watches (markUnwatchedSince).
    const QList<Gap> &unwatched() const { return m_unwatched; }
    // The points, phases and gaps as JSON (times RFC 3339 UTC, SCNs as strings), for a support bundle.
    QByteArray toJson() const;
    // Takes back the points, phases and gaps of toJson() (a watch's saved history, for a re-attached view) when
    // they belong to `jobId` (or the file names no job); false, and nothing changed, for anything else.
    bool restoreHistory(const QByteArray &json, std::optional<qint64> jobId);
    // The newest sample that reached the server (running or final), and the newest sample of any kind.
    const std::optional<ProgressSample> &latest() const { return m_latest; }
    const std::optional<ProgressSample> &last() const { return m_last; }
    bool connected() const { return !m_last || m_last->kind != ProgressSample::Kind::ConnectionLost; }
    bool finished() const { return m_latest && m_latest->isFinal(); }
    std::optional<QDateTime> lastChangeAt() const { return m_lastChange; }

    Estimate estimate() const;
    // When progress stopped, if it has been stopped for at least stallAfterSeconds at `now` while the job runs and
    // the server answers.
    std::optional<QDateTime> stalledSince(const QDateTime &now) const;

    // The status that names a sample's phase: the restored tenant's row (else the job's); for a table-level
    // recovery the target tenant's job (PREPARE until it exists).
    static QString phaseOf(const ProgressSample &s);

private:
    // add() after merging a failed job's last known figures: the points, phases and fingerprint.
    void record(const ProgressSample &sample);
    Options m_options;
    QList<Point> m_points;
    QList<Phase> m_phases;
    QList<Gap> m_gaps;
    QList<Gap> m_unwatched;
    std::optional<ProgressSample> m_latest;
    std::optional<ProgressSample> m_last;
    QString m_fingerprint;
    std::optional<QDateTime> m_lastChange;
    std::optional<QDateTime> m_unwatchedSince;
};

} // namespace obrestore
