#pragma once

#include "cluster/session.h"
#include "common/obversion.h"

#include <QList>
#include <QStringList>

namespace obrestore {

// A restore being watched when the wizard closed: found again on start-up (re-attach).
struct WatchedJob
{
    ConnectionSettings connection; // no password
    QString tenant;
    qint64 jobId = 0;
    ObVersion version;
    bool recoverTable = false; // a table-level recovery into `tenant` (jobId: its sys job)
};

// Recent backup locations and connections, remembered in QSettings. Never a password: a connection is stored
// as host, port, user and its TLS files only.
class Recents
{
public:
    static constexpr int kMax = 10;

    static QStringList locations();
    static void rememberLocation(const QString &location);

    static QList<ConnectionSettings> connections();        // passwords always empty
    static void rememberConnection(const ConnectionSettings &settings);

    // Restores being watched: remembered when monitoring starts, forgotten when the job's end has been seen.
    static QList<WatchedJob> watchedJobs();                  // passwords always empty
    static void rememberWatchedJob(const WatchedJob &job);
    static bool isWatched(const ConnectionSettings &connection, const QString &tenant);
    static void forgetWatchedJob(const ConnectionSettings &connection, const QString &tenant); // and its samples
    // The samples a watch collected (ProgressTracker::toJson), kept beside the watched-job record so that a view
    // that re-attaches shows the restore from where it was first watched, not from the re-attach. One file per
    // watched job in the application's data folder; forgotten with the record.
    static QString watchedSamplesPath(const ConnectionSettings &connection, const QString &tenant);
    static QByteArray watchedSamples(const ConnectionSettings &connection, const QString &tenant);

    // The local record of a cancel sent from here (the server's history says only FAIL): the history and a
    // re-attached view say "cancelled" for that job. Sending a cancel also forgets the watched job.
    static void rememberCancelledJob(const ConnectionSettings &connection, const QString &tenant, qint64 jobId);
    static bool isCancelledJob(const ConnectionSettings &connection, const QString &tenant, qint64 jobId);
};

} // namespace obrestore
