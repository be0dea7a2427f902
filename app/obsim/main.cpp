// obsim: an OceanBase sys tenant on a loopback port, for tests and demo mode.
#include "buildinfo.h"
#include "common/obversion.h"
#include "common/port.h"
#include "server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace obsim;

namespace {

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("obsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBRESTORE_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates the sys tenant of an OceanBase cluster on 127.0.0.1 (MySQL protocol): catalog views, restore "
        "statements and jobs, faults on demand. Admin statements (OBSIM DROP CONNECTIONS [AFTER n], OBSIM DELAY ms, "
        "OBSIM FAIL RESTORE t AT pct [WITH code], OBSIM PAUSE|RESUME RESTORE t, OBSIM RESTART [NEW PORT], "
        "OBSIM SET SPEED x) need the admin user."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 = a free one, printed on stdout)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption version(QStringLiteral("ob-version"), QStringLiteral("Simulated OceanBase version: 3.1.5, 4.0, 4.1, 4.2.1.2, 4.2.1.8, 4.2.3, 4.3.3 …"),
                                     QStringLiteral("version"), QStringLiteral("4.2.3.0"));
    const QCommandLineOption enterprise(QStringLiteral("enterprise"), QStringLiteral("Enterprise edition version strings (default: CE)."));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Simulated seconds per real second for restore jobs."), QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption backupRoot(QStringLiteral("backup-root"), QStringLiteral("Register the backup trees below DIR as this cluster's own backups (repeatable)."), QStringLiteral("dir"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("JSON file with the cluster name, servers and backup roots."), QStringLiteral("file"));
    const QCommandLineOption rootPassword(QStringLiteral("root-password"), QStringLiteral("Password of root@sys (default: empty; OBSIM_ROOT_PASSWORD keeps it out of ps)."), QStringLiteral("password"));
    const QCommandLineOption adminPassword(QStringLiteral("admin-password"), QStringLiteral("Password of the obsim_admin user (default: obsim; OBSIM_ADMIN_PASSWORD keeps it out of ps)."), QStringLiteral("password"), QStringLiteral("obsim"));
    const QCommandLineOption dropAfter(QStringLiteral("drop-after"), QStringLiteral("Drop every connection after N queries."), QStringLiteral("n"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"), QStringLiteral("Delay every answer by this many milliseconds."), QStringLiteral("ms"));
    const QCommandLineOption failAt(QStringLiteral("fail-restore-at"), QStringLiteral("Every restore job fails at this progress percent, optionally with an OceanBase error code (e.g. 40 or 40:-9094)."), QStringLiteral("pct[:code]"));
    const QCommandLineOption failRecoverAt(QStringLiteral("fail-recover-at"), QStringLiteral("Every table-level recovery fails in this phase of its job (RESTORE_AUX_TENANT, ACTIVE_AUX_TENANT, PRECHECK_IMPORT, GEN_IMPORT_JOB or IMPORTING), optionally with an OceanBase error code (e.g. IMPORTING:-4184)."), QStringLiteral("phase[:code]"));
    const QCommandLineOption stateFile(QStringLiteral("state-file"), QStringLiteral("Write {\"pid\", \"port\"} as JSON to FILE once listening; removed on exit."), QStringLiteral("file"));
    const QCommandLineOption ownersDir(QStringLiteral("owners-dir"), QStringLiteral("DIR holds one file per program using this simulator (demo mode), named <pid>.<n> by its process id. When none of them runs any more and no restore runs, exit: at once if no restore was ever started, else after --linger seconds."), QStringLiteral("dir"));
    const QCommandLineOption linger(QStringLiteral("linger"), QStringLiteral("Seconds to keep the restore history available after the last owner has gone (default 120)."), QStringLiteral("seconds"), QStringLiteral("120"));
    const QCommandLineOption removeOnExit(QStringLiteral("remove-on-exit"), QStringLiteral("Remove this folder on exit (only a folder named obrestore-demo-*)."), QStringLiteral("dir"));
    const QCommandLineOption displayMode(QStringLiteral("progress-display-mode"), QStringLiteral("4.3.x: RESTORE_PROGRESS counts TABLET_CNT (default) or BYTES."), QStringLiteral("mode"), QStringLiteral("TABLET_CNT"));
    const QCommandLineOption storageKeys(QStringLiteral("storage-keys"), QStringLiteral("How the registered object-storage backups' keys appear in CDB_OB_BACKUP_STORAGE_INFO and the parameters: plain (Community Edition, the default) or encrypted (encrypt_key=, builds with transparent encryption; the default with --enterprise)."), QStringLiteral("plain|encrypted"));
    parser.addOptions({storageKeys, port, version, enterprise, speed, backupRoot, scenario, rootPassword, adminPassword, dropAfter, delay, failAt, failRecoverAt, stateFile, ownersDir,
                       linger, removeOnExit, displayMode});
    parser.process(app);

    ObCluster::Options options;
    const auto v = obrestore::ObVersion::parse(parser.value(version));
    if (!v) {
        QTextStream(stderr) << "obsim: not an OceanBase version: " << parser.value(version) << Qt::endl;
        return 2;
    }
    options.version = *v;
    options.ce = !parser.isSet(enterprise);
    options.speed = parser.value(speed).toDouble();
    options.backupRoots = parser.values(backupRoot);
    options.storageKeysEncrypted = parser.isSet(storageKeys) ? parser.value(storageKeys) == u"encrypted" : !options.ce;
    if (parser.isSet(storageKeys) && parser.value(storageKeys) != u"plain" && parser.value(storageKeys) != u"encrypted") {
        QTextStream(stderr) << "obsim: --storage-keys is plain or encrypted" << Qt::endl;
        return 2;
    }
    options.scenarioFile = parser.value(scenario);
    // The environment, when set, wins over the defaults; a flag given wins over both.
    options.rootPassword = parser.isSet(rootPassword) || !qEnvironmentVariableIsSet("OBSIM_ROOT_PASSWORD")
                               ? parser.value(rootPassword) : qEnvironmentVariable("OBSIM_ROOT_PASSWORD");
    options.adminPassword = parser.isSet(adminPassword) || !qEnvironmentVariableIsSet("OBSIM_ADMIN_PASSWORD")
                                ? parser.value(adminPassword) : qEnvironmentVariable("OBSIM_ADMIN_PASSWORD");
    options.progressDisplayMode = parser.value(displayMode).toUpper();
    if (options.progressDisplayMode != u"TABLET_CNT" && options.progressDisplayMode != u"BYTES") {
        QTextStream(stderr) << "obsim: --progress-display-mode is TABLET_CNT or BYTES" << Qt::endl;
        return 2;
    }
    if (parser.isSet(failAt)) {
        const QStringList parts = parser.value(failAt).split(u':');
        options.failRestoreAtPercent = parts.value(0).toDouble();
        if (parts.size() > 1)
            options.failRestoreCode = -qAbs(parts.value(1).toInt());
    }
    if (parser.isSet(failRecoverAt)) {
        static const QStringList phases{QStringLiteral("RESTORE_AUX_TENANT"), QStringLiteral("ACTIVE_AUX_TENANT"), QStringLiteral("PRECHECK_IMPORT"),
                                        QStringLiteral("GEN_IMPORT_JOB"), QStringLiteral("IMPORTING")};
        const QStringList parts = parser.value(failRecoverAt).split(u':');
        options.failRecoverAt = parts.value(0).toUpper();
        if (!phases.contains(options.failRecoverAt)) {
            QTextStream(stderr) << "obsim: --fail-recover-at takes one of " << phases.join(QStringLiteral(", ")) << Qt::endl;
            return 2;
        }
        if (parts.size() > 1)
            options.failRecoverCode = -qAbs(parts.value(1).toInt());
    }

    ObCluster cluster(options);
    if (parser.isSet(dropAfter))
        cluster.faults().dropAfterQueries = parser.value(dropAfter).toInt();
    if (parser.isSet(delay))
        cluster.faults().delayMs = parser.value(delay).toInt();
    Server server(&cluster);
    QString error;
    const auto portNumber = obrestore::parsePort(parser.value(port), true);
    if (!portNumber) {
        QTextStream(stderr) << "obsim: \"" << parser.value(port) << "\" is not a port (0 to 65535)." << Qt::endl;
        return 2;
    }
    if (!server.start(*portNumber, &error)) {
        QTextStream(stderr) << "obsim: " << error << Qt::endl;
        return 1;
    }
    QObject::connect(&server, &Server::restarted, [](quint16 p) {
        QTextStream(stdout) << "obsim: restarted on 127.0.0.1:" << p << Qt::endl;
    });
    QTextStream(stdout) << "obsim: listening on 127.0.0.1:" << server.port() << " (OceanBase " << cluster.profile().version.toString()
                        << (options.ce ? " CE" : "") << ")" << Qt::endl;

    // Demo mode: the wizard that started this simulator may close and open again while a restore runs here.
    auto writeState = [&](quint16 p) {
        if (!parser.isSet(stateFile))
            return;
        QSaveFile f(parser.value(stateFile));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())}, {QStringLiteral("port"), p}})
                        .toJson(QJsonDocument::Compact));
            f.commit();
        }
    };
    writeState(server.port());
    // Whether the state file still names this process (it is gone, or another simulator's, once the demo moved on).
    auto stateIsOurs = [&] {
        QFile f(parser.value(stateFile));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("pid")).toInteger() == QCoreApplication::applicationPid();
    };
    QObject::connect(&server, &Server::restarted, &app, writeState);
    QTimer ownerCheck;
    QElapsedTimer alone; // since the owner was last seen, or the last restore ended
    if (parser.isSet(ownersDir)) {
        const qint64 lingerMs = qint64(parser.value(linger).toDouble() * 1000);
        QObject::connect(&ownerCheck, &QTimer::timeout, &app, [&, lingerMs] {
            // The demo's folder (or its state file) is gone, removed by a temp cleaner or replaced by a newer
            // demo: no wizard can find this cluster again, so it ends now instead of lingering unseen.
            if (parser.isSet(stateFile) && !stateIsOurs()) {
                QTextStream(stderr) << "obsim: the state file is gone or names another simulator; exiting" << Qt::endl;
                QCoreApplication::quit();
                return;
            }
            // Any wizard still running keeps it (entries of processes that ended are dropped).
            bool anyOwner = false;
            const QDir owners(parser.value(ownersDir));
            for (const QString &entry : owners.entryList(QDir::Files)) {
                bool numeric = false;
                const qint64 pid = entry.section(u'.', 0, 0).toLongLong(&numeric); // "<pid>.<n>"
                if (numeric && processAlive(pid))
                    anyOwner = true;
                else
                    QFile::remove(owners.filePath(entry));
            }
            const ObCluster::JobCounts jobs = cluster.jobCounts();
            if (anyOwner || jobs.running > 0) {
                alone.invalidate();
                return;
            }
            if (!alone.isValid())
                alone.start();
            if (jobs.total == 0 || alone.elapsed() >= lingerMs)
                QCoreApplication::quit();
        });
        ownerCheck.start(1000);
    }
    const int rc = app.exec();
    server.close();
    // Only what is still ours: a newer demo may have replaced the folder, and its files are not ours to remove.
    const bool ours = parser.isSet(stateFile) && stateIsOurs();
    if (ours)
        QFile::remove(parser.value(stateFile));
    if (parser.isSet(removeOnExit) && (ours || !parser.isSet(stateFile))) {
        // Never through a link, never another user's folder (the demo folder's name is predictable).
        const QByteArray path = QFile::encodeName(parser.value(removeOnExit));
        struct stat st;
        if (::lstat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid()
            && QFileInfo(parser.value(removeOnExit)).fileName().startsWith(QStringLiteral("obrestore-demo-")))
            QDir(parser.value(removeOnExit)).removeRecursively();
    }
    return rc;
}
