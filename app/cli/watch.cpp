// obrestore watch: the wizard's progress poller in a terminal, for hosts without a display.
#include "watch.h"

#include "cliparse.h"

#include "cluster/clusterinventory.h"
#include "monitor/progresspoller.h"
#include "monitor/recoverprogress.h"
#include "monitor/restorefailure.h"
#include "common/port.h"
#include "monitor/progresstext.h"
#include "monitor/progresstracker.h"
#include "monitor/restoreoutcome.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace obrestore {

namespace {

struct Watch
{
    Q_DECLARE_TR_FUNCTIONS(obrestore::Cli)
};

constexpr int kExitSucceeded = 0;
constexpr int kExitFailed = 1;
constexpr int kExitNoJob = 3;
constexpr int kExitCannotRead = 4;
constexpr int kExitStillRunning = 5; // --once on a restore that has not ended (an addition to the contract)

QString bar(std::optional<double> percent, int width)
{
    const int filled = percent ? qBound(0, int(*percent * width / 100.0 + 0.5), width) : 0;
    return u'[' + QString(filled, u'#') + QString(width - filled, u'.') + u']';
}

QJsonObject toJson(const ProgressSample &s)
{
    static const char *const kinds[] = {"running", "finished", "not_found", "connection_lost", "error"};
    QJsonObject o{{QStringLiteral("time"), s.at.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("kind"), QLatin1StringView(kinds[int(s.kind)])},
                  {QStringLiteral("job_id"), s.jobId},
                  {QStringLiteral("tenant"), s.tenantName},
                  {QStringLiteral("job_status"), s.jobStatus},
                  {QStringLiteral("tenant_status"), s.tenantStatus},
                  {QStringLiteral("phase"), s.isFinal() ? s.jobStatus : ProgressTracker::phaseOf(s)}};
    if (s.recover) {
        // A table-level recovery: its jobs, the import and each table (fields added, none renamed).
        const RecoverTableState &r = *s.recover;
        o.insert(QStringLiteral("job_kind"), QStringLiteral("recover_table"));
        o.insert(QStringLiteral("sys_status"), r.sysStatus);
        o.insert(QStringLiteral("aux_tenant"), r.auxTenant);
        o.insert(QStringLiteral("recovering"), r.whatText());
        if (!r.importStatus.isEmpty())
            o.insert(QStringLiteral("import_status"), r.importStatus);
        o.insert(QStringLiteral("tables"), QJsonObject{{QStringLiteral("total"), r.tablesTotal.value_or(0)},
                                                       {QStringLiteral("finished"), r.tablesFinished.value_or(0)},
                                                       {QStringLiteral("failed"), r.tablesFailed.value_or(0)}});
        QJsonArray tasks;
        for (const ImportTaskState &t : r.tasks)
            tasks.append(QJsonObject{{QStringLiteral("source"), t.source}, {QStringLiteral("target"), t.target},
                                     {QStringLiteral("status"), t.status}, {QStringLiteral("result"), t.result},
                                     {QStringLiteral("indexes"), t.indexes}, {QStringLiteral("imported_indexes"), t.importedIndexes},
                                     {QStringLiteral("constraints"), t.constraints},
                                     {QStringLiteral("imported_constraints"), t.importedConstraints}});
        o.insert(QStringLiteral("tasks"), tasks);
    }
    if (s.dataPercent)
        o.insert(QStringLiteral("data_percent"), *s.dataPercent);
    if (s.logPercent)
        o.insert(QStringLiteral("log_percent"), *s.logPercent);
    if (s.tablets)
        o.insert(QStringLiteral("tablets"), *s.tablets);
    if (s.finishedTablets)
        o.insert(QStringLiteral("finished_tablets"), *s.finishedTablets);
    static const char *const bases[] = {"none", "tablets", "bytes", "log_stream_steps", "partitions"};
    o.insert(QStringLiteral("data_basis"), QLatin1StringView(bases[int(s.dataBasis)]));
    if (s.totalBytes)
        o.insert(QStringLiteral("total_bytes"), QString::number(*s.totalBytes));
    if (s.finishedBytes)
        o.insert(QStringLiteral("finished_bytes"), QString::number(*s.finishedBytes));
    if (!s.restoreType.isEmpty())
        o.insert(QStringLiteral("restore_type"), s.restoreType);
    if (s.restoreScn)
        o.insert(QStringLiteral("restore_scn"), QString::number(s.restoreScn)); // strings: SCNs exceed 2^53
    if (s.recoverScn)
        o.insert(QStringLiteral("recover_scn"), QString::number(*s.recoverScn));
    if (s.elapsedSeconds)
        o.insert(QStringLiteral("elapsed_seconds"), *s.elapsedSeconds);
    if (s.isFinal()) {
        o.insert(QStringLiteral("success"), s.success);
        o.insert(QStringLiteral("comment"), s.comment);
        if (!s.success) {
            // What text mode prints below the outcome: the comment decoded (fields added, none renamed).
            const RestoreFailure f = s.recover ? decodeRecoverComment(s.comment) : decodeRestoreComment(s.comment);
            o.insert(QStringLiteral("cause"), f.cause);
            o.insert(QStringLiteral("fix"), f.fix);
            if (f.code)
                o.insert(QStringLiteral("error_code"), *f.code);
            if (!f.errorName.isEmpty())
                o.insert(QStringLiteral("error_name"), f.errorName);
            if (!f.traceId.isEmpty())
                o.insert(QStringLiteral("trace_id"), f.traceId);
        }
    }
    if (s.error.isError())
        o.insert(QStringLiteral("error"), s.error.toString());
    return o;
}

} // namespace

int runWatch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Watch::tr("Follows a restore (or, with --recover-table, a table-level recovery) on the target's sys tenant with a text "
                  "progress bar until it ends, as the wizard's progress page does. The password is read from the OBRESTORE_PASSWORD environment variable, from --password-file, or "
                  "asked for on the terminal.\n"
                  "Exit status: 0 the restore succeeded, 1 it failed or was cancelled, 2 misuse, 3 no such restore, 4 the "
                  "cluster could not be read (at the start, or for longer than --give-up-after), 5 with --once: the "
                  "restore is still running."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"), Watch::tr("The target's host (an OBServer or OBProxy)."), Watch::tr("host"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), Watch::tr("SQL port (default 2881)."), Watch::tr("port"), QStringLiteral("2881"));
    const QCommandLineOption user(QStringLiteral("user"), Watch::tr("A sys tenant user (default root@sys)."), Watch::tr("user"), QStringLiteral("root@sys"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), Watch::tr("Read the password from the first line of this file."), Watch::tr("file"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), Watch::tr("The tenant being restored; with --recover-table, the tenant receiving the tables (required)."), Watch::tr("name"));
    const QCommandLineOption job(QStringLiteral("job"), Watch::tr("The restore job id (default: the tenant's newest job); with --recover-table, the recovery's sys job id."), Watch::tr("id"));
    const QCommandLineOption recoverTable(QStringLiteral("recover-table"),
                                          Watch::tr("Follow a table-level recovery (RECOVER TABLE, 4.2.1+) into --tenant through its phases: the "
                                                    "auxiliary tenant's restore, the import, each table."));
    const QCommandLineOption interval(QStringLiteral("interval"), Watch::tr("Seconds between samples (default 2)."), Watch::tr("seconds"), QStringLiteral("2"));
    const QCommandLineOption once(QStringLiteral("once"), Watch::tr("Print the current state once and exit (exit status 5 while it runs)."));
    const QCommandLineOption json(QStringLiteral("json"), Watch::tr("Print one JSON object per sample instead of the bar."));
    const QCommandLineOption giveUp(QStringLiteral("give-up-after"),
                                    Watch::tr("Once the cluster stops answering, keep retrying for this many seconds, then exit "
                                              "with status 4 and the last known state (default 600; 0 retries for ever)."),
                                    Watch::tr("seconds"), QStringLiteral("600"));
    parser.addOptions({host, port, user, passwordFile, tenant, job, recoverTable, interval, once, json, giveUp});
    const auto refuse = refuseUsage;
    if (const auto ended = parseOptionsOnly(parser, args, helpOption, QStringLiteral("watch")))
        return *ended;
    if (parser.value(tenant).isEmpty())
        return refuse(Watch::tr("Give the tenant being restored with --tenant."));
    bool ok = false;
    ConnectionSettings c;
    c.host = parser.value(host);
    const auto portNumber = parsePort(parser.value(port));
    if (!portNumber)
        return refuse(Watch::tr("\"%1\" is not a port: give a number from 1 to 65535.").arg(parser.value(port)));
    c.port = *portNumber;
    c.user = parser.value(user);
    const double seconds = parser.value(interval).toDouble(&ok);
    if (!ok || seconds < 0.2 || seconds > 3600)
        return refuse(Watch::tr("The interval is in seconds, from 0.2 to 3600."));
    const double giveUpSeconds = parser.value(giveUp).toDouble(&ok);
    if (!ok || giveUpSeconds < 0 || giveUpSeconds > 7 * 86400)
        return refuse(Watch::tr("--give-up-after is in seconds, from 0 (never) to 604800 (a week)."));
    std::optional<qint64> jobId;
    if (parser.isSet(job)) {
        jobId = parser.value(job).toLongLong(&ok);
        if (!ok || *jobId <= 0)
            return refuse(Watch::tr("\"%1\" is not a job id.").arg(parser.value(job)));
    }
    QString fileError;
    if (parser.isSet(passwordFile)) {
        if (!readFirstLine(parser.value(passwordFile), &c.password, &fileError))
            return refuse(Watch::tr("Cannot read the password file %1: %2").arg(parser.value(passwordFile), fileError));
    } else if (qEnvironmentVariableIsSet("OBRESTORE_PASSWORD")) {
        c.password = qEnvironmentVariable("OBRESTORE_PASSWORD");
    } else {
        c.password = promptSecret(Watch::tr("Password for %1: ").arg(c.displayName()));
    }
    rememberSecret(c.password);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // The version picks the queries (3.x or 4.x views).
    std::optional<ObVersion> version;
    {
        Session session(c);
        ServerError e;
        if (session.open(&e))
            version = ClusterInventory::readVersion(session, nullptr, &e);
        if (!version) {
            err << Watch::tr("Cannot read %1: %2").arg(c.displayName(), e.toStringWithFix()) << Qt::endl;
            return kExitCannotRead;
        }
    }

    const bool tty = ::isatty(STDOUT_FILENO) && !parser.isSet(json);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    ProgressMonitor monitor;
    ProgressTracker tracker;
    bool anyAnswer = false;
    int exitCode = kExitSucceeded;
    QString lastLine;
    QString lastStatus;
    QSet<QString> seenTasks;
    std::optional<ProgressSample> lastKnown; // the newest sample with an answer
    std::optional<QDateTime> failingSince;   // since when the cluster has not answered
    QTimer giveUpTimer;
    giveUpTimer.setSingleShot(true);
    auto finish = [&](int code) {
        exitCode = code;
        giveUpTimer.stop();
        monitor.stop();
        QCoreApplication::exit(code);
    };
    auto retryingSeconds = [&] { return failingSince ? failingSince->secsTo(QDateTime::currentDateTimeUtc()) : qint64(0); };
    // Every wait is bounded: a cluster gone for good ends the watch with the last state it told.
    QObject::connect(&giveUpTimer, &QTimer::timeout, &monitor, [&] {
        if (parser.isSet(json)) {
            QJsonObject o{{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("kind"), QStringLiteral("gave_up")},
                          {QStringLiteral("retrying_seconds"), retryingSeconds()}};
            if (lastKnown)
                o.insert(QStringLiteral("last_known"), toJson(*lastKnown));
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            out << (tty ? QStringLiteral("\r\x1b[K") : QString())
                << Watch::tr("Gave up: %1 has not answered for %2 (--give-up-after).")
                       .arg(c.displayName(), ProgressText::duration(retryingSeconds()))
                << Qt::endl;
            if (lastKnown) {
                out << Watch::tr("Last known state (%1): job %2 of %3, %4; data restore: %5; log recovery: %6.")
                           .arg(lastKnown->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                           .arg(lastKnown->jobId)
                           .arg(lastKnown->tenantName, ProgressText::status(lastKnown->jobStatus), ProgressText::dataRestore(*lastKnown),
                                ProgressText::logRecovery(*lastKnown, zone))
                    << Qt::endl;
            }
            out << Watch::tr("The restore itself goes on on the cluster: run obrestore watch again once it is reachable.") << Qt::endl;
        }
        finish(kExitCannotRead);
    });
    QObject::connect(&monitor, &ProgressMonitor::reconnected, &monitor, [&](const QDateTime &lost, const QDateTime &back) {
        tracker.markReconnected(lost, back);
        if (!parser.isSet(json))
            out << (tty ? QStringLiteral("\r\x1b[K") : QString())
                << Watch::tr("Connection back after %1.").arg(ProgressText::duration(lost.secsTo(back))) << Qt::endl;
    });
    QObject::connect(&monitor, &ProgressMonitor::sampled, &monitor, [&](const ProgressSample &s) {
        tracker.add(s);
        const bool lost = s.kind == ProgressSample::Kind::Error || s.kind == ProgressSample::Kind::ConnectionLost;
        if (lost && anyAnswer && !failingSince) {
            failingSince = s.at;
            if (giveUpSeconds > 0)
                giveUpTimer.start(int(giveUpSeconds * 1000));
        } else if (!lost) {
            failingSince.reset();
            giveUpTimer.stop();
        }
        if (parser.isSet(json)) {
            QJsonObject o = toJson(s);
            if (failingSince)
                o.insert(QStringLiteral("retrying_seconds"), retryingSeconds());
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        }
        switch (s.kind) {
        case ProgressSample::Kind::NotFound:
            if (!parser.isSet(json))
                err << s.error.explanation << Qt::endl;
            return finish(kExitNoJob);
        case ProgressSample::Kind::Error:
        case ProgressSample::Kind::ConnectionLost:
            if (!anyAnswer || parser.isSet(once)) {
                if (!parser.isSet(json))
                    err << Watch::tr("Cannot read %1: %2").arg(c.displayName(), s.error.toStringWithFix()) << Qt::endl;
                return finish(kExitCannotRead);
            }
            if (!parser.isSet(json))
                out << (tty ? QStringLiteral("\r\x1b[K") : QString())
                    << Watch::tr("%1 Connection lost: %2 Retrying (for %3 so far)…")
                           .arg(s.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), s.error.explanation,
                                ProgressText::duration(retryingSeconds()))
                    << Qt::endl;
            return;
        case ProgressSample::Kind::Running:
        case ProgressSample::Kind::Finished:
            break;
        }
        anyAnswer = true;
        lastKnown = s;
        if (!parser.isSet(json)) {
            const QString status = ProgressTracker::phaseOf(s);
            if (status != lastStatus || s.isFinal()) {
                // A line of its own for each new status, then the bar below it.
                if (tty)
                    out << QStringLiteral("\r\x1b[K");
                out << Watch::tr("%1 Job %2 of %3: %4").arg(s.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))).arg(s.jobId).arg(s.tenantName,
                                                                                                                                ProgressText::status(s.isFinal() ? s.jobStatus : status))
                    << Qt::endl;
                lastStatus = status;
            }
            if (!s.isFinal()) {
                const ProgressTracker::Estimate e = tracker.estimate();
                const QLocale locale;
                const bool importing = s.recover && RecoverTableState::phaseStep(s.recover->phase) >= 2;
                QString line = importing
                    ? Watch::tr("%1 %2").arg(bar(s.recover->tablesTotal && *s.recover->tablesTotal > 0
                                                     ? std::optional<double>(100.0 * double(s.recover->tablesFinished.value_or(0) + s.recover->tablesFailed.value_or(0))
                                                                             / double(*s.recover->tablesTotal))
                                                     : std::nullopt, 24),
                                             ProgressText::importProgress(s))
                    : Watch::tr("%1 data %2 | log %3 | elapsed %4")
                                   .arg(bar(s.dataPercent, 24), s.dataPercent ? locale.toString(*s.dataPercent, 'f', 1) + u'%' : QStringLiteral("–"),
                                        s.logPercent ? locale.toString(*s.logPercent, 'f', 1) + u'%' : QStringLiteral("–"),
                                        s.elapsedSeconds ? ProgressText::duration(*s.elapsedSeconds) : QStringLiteral("–"));
                if (e.dataSecondsLeft || e.logSecondsLeft)
                    line += Watch::tr(" | left %1").arg(ProgressText::duration(qMax(e.dataSecondsLeft.value_or(0), e.logSecondsLeft.value_or(0))));
                if (tracker.stalledSince(s.at))
                    line += Watch::tr(" | no progress since %1").arg(tracker.lastChangeAt()->toLocalTime().toString(QStringLiteral("HH:mm:ss")));
                if (tty) {
                    out << QStringLiteral("\r\x1b[K") << line << Qt::flush;
                } else if (line != lastLine) {
                    out << line << Qt::endl;
                }
                lastLine = line;
                if (parser.isSet(once)) {
                    out << Qt::endl << Watch::tr("Data restore: %1").arg(ProgressText::dataRestore(s)) << Qt::endl
                        << Watch::tr("Log recovery: %1").arg(ProgressText::logRecovery(s, zone)) << Qt::endl;
                    if (s.recover)
                        out << Watch::tr("Import: %1").arg(ProgressText::importProgress(s)) << Qt::endl;
                }
                if (s.recover && !tty) {
                    // Each table once its state changes: source → target, status, indexes and constraints.
                    for (const ImportTaskState &t : s.recover->tasks) {
                        const QString key = t.source + u'|' + t.status + u'|' + t.result;
                        if (seenTasks.contains(key))
                            continue;
                        seenTasks.insert(key);
                        out << Watch::tr("  table %1 → %2: %3, indexes %4/%5, constraints %6/%7")
                                   .arg(t.source, t.target, t.result.isEmpty() ? ProgressText::taskStatus(t.status) : t.result)
                                   .arg(t.importedIndexes).arg(t.indexes).arg(t.importedConstraints).arg(t.constraints)
                            << Qt::endl;
                    }
                }
            }
        }
        if (s.isFinal()) {
            if (!parser.isSet(json)) {
                out << ProgressText::outcome(s) << Qt::endl;
                if (s.recover) {
                    const RecoverTableState &r = *s.recover;
                    if (!s.success) {
                        const RestoreFailure f = decodeRecoverComment(s.comment);
                        out << f.summary() << Qt::endl;
                        if (!f.raw.isEmpty())
                            out << Watch::tr("Comment: %1").arg(f.raw) << Qt::endl;
                    }
                    for (const ImportTaskState &t : r.tasks) {
                        if (t.failed())
                            out << Watch::tr("Table %1 → %2 failed: %3").arg(t.source, t.target, decodeRecoverComment(t.comment).cause) << Qt::endl;
                        else
                            out << Watch::tr("  table %1 → %2: indexes %3/%4, constraints %5/%6")
                                       .arg(t.source, t.target).arg(t.importedIndexes).arg(t.indexes).arg(t.importedConstraints).arg(t.constraints)
                                << Qt::endl;
                    }
                    if (!s.poolList().isEmpty())
                        out << Watch::tr("The auxiliary tenant was dropped; its resource pool %1 remains: drop it or reuse it.")
                                   .arg(s.poolList().join(QStringLiteral(", ")))
                            << Qt::endl;
                } else if (s.success) {
                    const auto steps = nextStepsAfterSuccess(s.tenantName, *version, s.backupClusterVersion);
                    if (!steps.isEmpty())
                        out << Watch::tr("Next steps:") << Qt::endl << nextStepsScript(steps) << Qt::endl;
                } else {
                    const RestoreFailure f = decodeRestoreComment(s.comment);
                    out << f.summary() << Qt::endl;
                    if (!f.raw.isEmpty())
                        out << Watch::tr("Comment: %1").arg(f.raw) << Qt::endl;
                    if (!s.poolList().isEmpty())
                        out << Watch::tr("The resource pool(s) %1 remain; drop them or reuse them.").arg(s.poolList().join(QStringLiteral(", ")))
                            << Qt::endl;
                }
            }
            return finish(s.success ? kExitSucceeded : kExitFailed);
        }
        if (parser.isSet(once))
            finish(kExitStillRunning);
    });

    PollSettings settings;
    settings.intervalMs = int(seconds * 1000);
    if (parser.isSet(recoverTable) && *version < ObVersion(4, 2, 1)) {
        err << Watch::tr("Table-level recovery exists from OceanBase 4.2.1 on; %1 runs %2.").arg(c.displayName(), version->toString()) << Qt::endl;
        return kExitNoJob;
    }
    PollTarget target{c, *version, parser.value(tenant), jobId};
    target.recoverTable = parser.isSet(recoverTable);
    monitor.start(target, settings);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace obrestore
