#include "demoenvironment.h"

#include "s3testserver.h"
#include "scenarios.h"
#include "server.h"
#include "tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <csignal>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace obrestore {

DemoEnvironment::DemoEnvironment() : m_dir(QDir::tempPath() + QStringLiteral("/obrestore-demo-XXXXXX")) {}

DemoEnvironment::~DemoEnvironment()
{
    if (m_server)
        m_server->stop();
    // This wizard no longer uses the shared cluster; another one may still (obsim --owners-dir counts them).
    if (!m_ownerEntry.isEmpty())
        QFile::remove(m_ownerEntry);
}

bool DemoEnvironment::startBucket(QString *error)
{
    QString why;
    if (!obfixture::S3TestServer::installed(&why)) {
        *error = Tr::tr("The demo bucket needs the local S3 server, which is not installed (%1).").arg(why);
        return false;
    }
    auto server = std::make_unique<obfixture::S3TestServer>();
    obfixture::S3TestServer::Options o;
    o.accessId = QStringLiteral("obrestore-demo");
    o.secret = QStringLiteral("demo-secret-key");
    o.buckets = {QStringLiteral("obdemo")};
    if (!server->start(o, &why) || server->seed(QStringLiteral("obdemo"), QStringLiteral("backup"), backupRoot(), &why) <= 0) {
        *error = Tr::tr("The demo bucket could not be started: %1").arg(why);
        return false;
    }
    m_bucket = std::move(server);
    return true;
}

QString DemoEnvironment::bucketLocation() const
{
    return m_bucket ? m_bucket->uri(QStringLiteral("obdemo"), QStringLiteral("backup")) : QString();
}

QString DemoEnvironment::backupRoot() const
{
    return (m_sharedDir.isEmpty() ? m_dir.path() : m_sharedDir) + QStringLiteral("/backup");
}

quint16 DemoEnvironment::port() const
{
    return m_server ? m_server->port() : m_sharedPort;
}

namespace {

const QByteArray kDemoCluster = QByteArrayLiteral(R"({"zones": ["zone1", "zone2", "zone3"],
 "servers": [{"ip": "10.0.0.1", "zone": "zone1", "cpu": 32, "memory_gb": 128},
             {"ip": "10.0.0.2", "zone": "zone2", "cpu": 32, "memory_gb": 128},
             {"ip": "10.0.0.3", "zone": "zone3", "cpu": 32, "memory_gb": 128}],
 "unit_configs": [{"name": "demo_unit", "max_cpu": 4, "memory": "8G", "log_disk": "24G"},
                  {"name": "live_unit", "max_cpu": 2, "memory": "6G", "log_disk": "18G"}],
 "pools": [{"name": "demo_pool", "unit": "demo_unit", "unit_num": 1, "zones": ["zone1", "zone2", "zone3"]},
           {"name": "mysql_tenant_pool", "unit": "live_unit", "unit_num": 1, "zones": ["zone1", "zone2", "zone3"]},
           {"name": "sales_pool", "unit": "live_unit", "unit_num": 1, "zones": ["zone1", "zone2", "zone3"]},
           {"name": "hr_pool", "unit": "live_unit", "unit_num": 1, "zones": ["zone1", "zone2", "zone3"]},
           {"name": "ora_tenant_pool", "unit": "live_unit", "unit_num": 1, "zones": ["zone1", "zone2", "zone3"]}],
 "tenants": [{"name": "mysql_tenant", "pools": ["mysql_tenant_pool"], "mode": "MYSQL",
              "databases": {"app": ["customers", "invoices"], "app_archive": []},
              "recyclebin": [{"object": "__recycle_$_1_1709370000000000", "original": "order_items", "database": "app"}]},
             {"name": "sales", "pools": ["sales_pool"], "databases": {"sales": ["leads", "deals"]}},
             {"name": "hr", "pools": ["hr_pool"], "databases": {"hr": ["staff"]}},
             {"name": "ora_tenant", "pools": ["ora_tenant_pool"], "mode": "ORACLE", "databases": {"APP": ["ORDERS"]}}],
 "backup_schemas": {"mysql_tenant": {"app": ["orders", "customers", "invoices", "order_items"], "crm": ["contacts", "notes"]},
                    "sales": {"sales": ["leads", "deals"]}}})");

// The process id a demo's state file names, when that process is this user's own obsim started for that folder
// (DemoEnvironment::isDemoSimulator): nothing else is signalled or adopted.
std::optional<pid_t> demoProcess(const QString &stateFile, int *port = nullptr)
{
    QFile f(stateFile);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    const qint64 pid = o.value(QStringLiteral("pid")).toInteger();
    if (port)
        *port = o.value(QStringLiteral("port")).toInt();
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max() || !DemoEnvironment::isDemoSimulator(pid, stateFile))
        return std::nullopt;
    return pid_t(pid);
}

// The port of a demo obsim still running and answering, or nothing.
std::optional<quint16> runningDemo(const QString &stateFile)
{
    int port = 0;
    if (!demoProcess(stateFile, &port) || port <= 0 || port > 65535)
        return std::nullopt;
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!probe.waitForConnected(1000))
        return std::nullopt;
    return quint16(port);
}

} // namespace

bool DemoEnvironment::writeSample(const QString &root, QString *error) const
{
    if (!QDir().mkpath(root + QStringLiteral("/backup"))) {
        *error = Tr::tr("Cannot create the demo backup location %1.").arg(QDir::toNativeSeparators(root + QStringLiteral("/backup")));
        return false;
    }
    // Two restorable tenants (an incremental chain, an archive gap, an encrypted set with password
    // decryptionPassword(), an active piece) and one whose archive starts after its backup.
    obfixture::writeDemoTree(root + QStringLiteral("/backup"));
    // Three zones with room to spare and one unused resource pool, so both pool choices of the target page work;
    // the cluster's live tenants: the backed-up ones with the same ids (1002 mysql_tenant, from which app.orders was
    // dropped, its recycle bin holding another table; 1004 sales; 1006 hr), and an Oracle-mode tenant, so table-level
    // recovery has targets of both modes.
    const QString scenario = root + QStringLiteral("/demo-cluster.json");
    QFile f(scenario);
    if (!f.open(QIODevice::WriteOnly) || f.write(kDemoCluster) < 0) {
        *error = Tr::tr("Cannot write the demo cluster's description %1: %2").arg(QDir::toNativeSeparators(scenario), f.errorString());
        return false;
    }
    return true;
}

QString DemoEnvironment::sharedFolder()
{
    QString base = QDir::tempPath();
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    struct stat st;
    // The XDG base directory spec: owned by the user, access 0700; anything else is not used.
    if (runtime.startsWith('/') && ::lstat(runtime.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid()
        && (st.st_mode & 077) == 0)
        base = QFile::decodeName(runtime);
    return base + QStringLiteral("/obrestore-demo-%1").arg(::getuid());
}

QString DemoEnvironment::untrustedFolder(const QString &folder)
{
    struct stat st;
    if (::lstat(QFile::encodeName(folder).constData(), &st) != 0)
        return errno == ENOENT ? QString() : Tr::tr("The demo folder %1 cannot be checked: %2.").arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(std::strerror(errno)));
    if (S_ISLNK(st.st_mode))
        return Tr::tr("The demo folder %1 is a symbolic link, which the demo never follows (someone may have planted "
                      "it). Remove it, then start the demo again.").arg(QDir::toNativeSeparators(folder));
    if (!S_ISDIR(st.st_mode))
        return Tr::tr("%1 is not a folder. Remove it, then start the demo again.").arg(QDir::toNativeSeparators(folder));
    if (st.st_uid != ::getuid())
        return Tr::tr("The demo folder %1 belongs to another user (uid %2): nothing in it is read, signalled or "
                      "removed. Remove it as that user or as root, then start the demo again.")
            .arg(QDir::toNativeSeparators(folder))
            .arg(st.st_uid);
    if ((st.st_mode & 022) != 0)
        return Tr::tr("The demo folder %1 can be written by other users, so its contents cannot be trusted. Remove it, "
                      "then start the demo again.").arg(QDir::toNativeSeparators(folder));
    return QString();
}

bool DemoEnvironment::isDemoSimulator(qint64 pid, const QString &stateFile)
{
    const QByteArray proc = "/proc/" + QByteArray::number(pid);
    struct stat st;
    if (pid <= 0 || ::stat(proc.constData(), &st) != 0 || st.st_uid != ::getuid())
        return false;
    // Its executable is an obsim ("obsim (deleted)" after a rebuild is still one), started for this state file.
    char exe[4096];
    const ssize_t n = ::readlink((proc + "/exe").constData(), exe, sizeof exe - 1);
    if (n <= 0)
        return false;
    const QByteArray path(exe, qsizetype(n));
    const QByteArray name = path.mid(path.lastIndexOf('/') + 1);
    if (name != "obsim" && name != "obsim (deleted)")
        return false;
    QFile cmdline(QString::fromLatin1(proc + "/cmdline"));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    return cmdline.read(64 * 1024).split('\0').contains(QFile::encodeName(stateFile));
}

std::function<QString()> DemoEnvironment::problemCheck() const
{
    const QString root = backupRoot();
    const QString state = m_server || m_sharedDir.isEmpty() ? QString() : m_sharedDir + QStringLiteral("/state.json");
    return [root, state] {
        // The cluster first: once it stops it also removes its folder, and the stop is the cause to name.
        if (!state.isEmpty() && !demoProcess(state))
            return Tr::tr("The demo's simulated cluster has stopped. Close the wizard and start the demo again.");
        if (!QFileInfo(root).isDir())
            return Tr::tr("The demo's sample backup location %1 is gone (a temporary-files cleaner, or another demo, "
                          "removed it). Close the wizard and start the demo again.").arg(QDir::toNativeSeparators(root));
        return QString();
    };
}

bool DemoEnvironment::startShared(QString *error, double speed, int lingerSeconds)
{
    m_sharedDir = sharedFolder();
    const QString state = m_sharedDir + QStringLiteral("/state.json");
    const QString owners = m_sharedDir + QStringLiteral("/owners");
    // The folder's name is predictable: before anything in it is read, signalled or removed, it must be this user's
    // own private folder (not a link, not another user's, not writable by others).
    if (const QString why = untrustedFolder(m_sharedDir); !why.isEmpty()) {
        *error = why;
        m_sharedDir.clear();
        return false;
    }
    auto claim = [&] {
        // This process uses the cluster now: it stays while any wizard or restore uses it (obsim --owners-dir).
        // "<pid>.<n>": one entry per wizard (and per environment, so that two in one process count twice).
        static std::atomic<int> next{0};
        QDir().mkpath(owners);
        m_ownerEntry = owners + QStringLiteral("/%1.%2").arg(QCoreApplication::applicationPid()).arg(next++);
        QFile f(m_ownerEntry);
        f.open(QIODevice::WriteOnly);
    };
    if (const auto port = runningDemo(state)) {
        m_sharedPort = *port;
        m_reused = true;
        claim();
        return true;
    }
    // Nothing answering: start afresh (a folder left by a killed demo is replaced). A simulator of ours that still
    // runs but did not answer (stuck, or busy past the probe) is stopped first, so there are never two; it also
    // ends by itself once its state file is gone.
    if (const auto stale = demoProcess(state)) {
        ::kill(*stale, SIGTERM);
        QElapsedTimer wait;
        wait.start();
        while (::kill(*stale, 0) == 0 && wait.elapsed() < 3000)
            QThread::msleep(50);
    }
    QDir(m_sharedDir).removeRecursively(); // ours and private (checked above); links inside are removed, not followed
    struct stat st;
    if ((::mkdir(QFile::encodeName(m_sharedDir).constData(), 0700) != 0 && errno != EEXIST)
        || ::chmod(QFile::encodeName(m_sharedDir).constData(), 0700) != 0 || !untrustedFolder(m_sharedDir).isEmpty()
        || ::lstat(QFile::encodeName(m_sharedDir).constData(), &st) != 0) {
        const QString why = untrustedFolder(m_sharedDir);
        *error = why.isEmpty() ? Tr::tr("Cannot create a temporary folder for the demo: %1").arg(QDir::toNativeSeparators(m_sharedDir)) : why;
        m_sharedDir.clear();
        return false;
    }
    if (!writeSample(m_sharedDir, error))
        return false;
    claim();
    // Beside the wizard in a build tree; in the private libexec folder once installed (OBRESTORE_OBSIM_FROM_BIN is
    // the path from the installed bin folder, set by CMake from GNUInstallDirs).
    QString obsim = QCoreApplication::applicationDirPath() + QStringLiteral("/obsim");
    if (!QFileInfo(obsim).isExecutable())
        obsim = QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" OBRESTORE_OBSIM_FROM_BIN));
    const QStringList args{QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--ob-version"), m_version.toString(),
                           QStringLiteral("--speed"), QString::number(speed),
                           QStringLiteral("--backup-root"), backupRoot(),
                           QStringLiteral("--scenario"), m_sharedDir + QStringLiteral("/demo-cluster.json"),
                           QStringLiteral("--state-file"), state,
                           QStringLiteral("--owners-dir"), owners,
                           QStringLiteral("--linger"), QString::number(lingerSeconds),
                           QStringLiteral("--remove-on-exit"), m_sharedDir};
    QProcess process;
    process.setProgram(obsim);
    process.setArguments(args);
    // The simulator's admin user (fault injection) gets a password nobody knows, through the environment: a
    // command line is visible to every user in `ps`.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    m_adminPassword = QUuid::createUuid().toString(QUuid::WithoutBraces);
    env.insert(QStringLiteral("OBSIM_ADMIN_PASSWORD"), m_adminPassword);
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(m_sharedDir + QStringLiteral("/obsim.log"));
    process.setStandardErrorFile(m_sharedDir + QStringLiteral("/obsim.log"), QIODevice::Append);
    if (!process.startDetached()) {
        *error = Tr::tr("Cannot start the simulated cluster for the demo (%1): %2").arg(QDir::toNativeSeparators(obsim), process.errorString());
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        if (const auto port = runningDemo(state)) {
            m_sharedPort = *port;
            return true;
        }
        QThread::msleep(50);
    }
    *error = Tr::tr("The simulated cluster for the demo did not start; see %1.").arg(QDir::toNativeSeparators(m_sharedDir + QStringLiteral("/obsim.log")));
    return false;
}

bool DemoEnvironment::start(QString *error, double speed)
{
    if (!m_dir.isValid()) {
        *error = Tr::tr("Cannot create a temporary folder for the demo: %1").arg(m_dir.errorString());
        return false;
    }
    if (!writeSample(m_dir.path(), error))
        return false;

    obsim::ObCluster::Options o;
    o.version = m_version;
    o.speed = speed;
    o.backupRoots = {backupRoot()};
    const QString scenario = m_dir.filePath(QStringLiteral("demo-cluster.json"));
    o.scenarioFile = scenario;
    // The simulator's admin user (fault injection) gets a password nobody knows: the demo is for clicking.
    o.adminPassword = m_adminPassword = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_server = std::make_unique<obsim::EmbeddedServer>(o);
    QString why;
    if (!m_server->start(0, &why)) {
        *error = Tr::tr("Cannot start the simulated cluster for the demo: %1").arg(why);
        m_server.reset();
        return false;
    }
    return true;
}

} // namespace obrestore
