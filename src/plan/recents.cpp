#include "recents.h"

#include "common/port.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace obrestore {

namespace {

const QString kLocations = QStringLiteral("recent/locations");
const QString kConnections = QStringLiteral("recent/connections");

bool sameEndpoint(const ConnectionSettings &a, const ConnectionSettings &b)
{
    return a.host == b.host && a.port == b.port && a.user == b.user;
}

// Everything but the password.
ConnectionSettings readConnection(const QSettings &settings)
{
    ConnectionSettings c;
    c.host = settings.value(QStringLiteral("host")).toString();
    c.port = parsePort(settings.value(QStringLiteral("port"), 2881).toString()).value_or(2881); // a hand-edited file may hold anything
    c.user = settings.value(QStringLiteral("user")).toString();
    c.tls = settings.value(QStringLiteral("tls")).toBool();
    c.caFile = settings.value(QStringLiteral("ca")).toString();
    c.certFile = settings.value(QStringLiteral("cert")).toString();
    c.keyFile = settings.value(QStringLiteral("key")).toString();
    return c;
}

void writeConnection(QSettings &settings, const ConnectionSettings &c)
{
    settings.setValue(QStringLiteral("host"), c.host);
    settings.setValue(QStringLiteral("port"), c.port);
    settings.setValue(QStringLiteral("user"), c.user);
    settings.setValue(QStringLiteral("tls"), c.tls);
    settings.setValue(QStringLiteral("ca"), c.caFile);
    settings.setValue(QStringLiteral("cert"), c.certFile);
    settings.setValue(QStringLiteral("key"), c.keyFile);
    // Never the password.
}

const QString kWatched = QStringLiteral("monitor/watchedJobs");
const QString kCancelled = QStringLiteral("monitor/cancelledJobs");

} // namespace

QStringList Recents::locations()
{
    return QSettings().value(kLocations).toStringList();
}

void Recents::rememberLocation(const QString &location)
{
    const QString text = location.trimmed();
    if (text.isEmpty())
        return;
    QStringList list = locations();
    list.removeAll(text);
    list.prepend(text);
    while (list.size() > kMax)
        list.removeLast();
    QSettings().setValue(kLocations, list);
}

QList<ConnectionSettings> Recents::connections()
{
    QList<ConnectionSettings> out;
    QSettings settings;
    const int n = settings.beginReadArray(kConnections);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const ConnectionSettings c = readConnection(settings);
        if (!c.host.isEmpty())
            out << c;
    }
    settings.endArray();
    return out;
}

void Recents::rememberConnection(const ConnectionSettings &connection)
{
    QList<ConnectionSettings> list = connections();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const ConnectionSettings &c) { return sameEndpoint(c, connection); }), list.end());
    list.prepend(connection);
    while (list.size() > kMax)
        list.removeLast();
    QSettings settings;
    settings.remove(kConnections);
    settings.beginWriteArray(kConnections, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        settings.setArrayIndex(i);
        writeConnection(settings, list[i]);
    }
    settings.endArray();
}

QList<WatchedJob> Recents::watchedJobs()
{
    QList<WatchedJob> out;
    QSettings settings;
    const int n = settings.beginReadArray(kWatched);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        WatchedJob j;
        j.connection = readConnection(settings);
        j.tenant = settings.value(QStringLiteral("tenant")).toString();
        j.jobId = settings.value(QStringLiteral("job")).toLongLong();
        j.version = ObVersion::parse(settings.value(QStringLiteral("version")).toString()).value_or(ObVersion());
        j.recoverTable = settings.value(QStringLiteral("recoverTable"), false).toBool();
        if (!j.connection.host.isEmpty() && !j.tenant.isEmpty())
            out << j;
    }
    settings.endArray();
    return out;
}

namespace {

void writeWatched(const QList<WatchedJob> &list)
{
    QSettings settings;
    settings.remove(kWatched);
    settings.beginWriteArray(kWatched, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        settings.setArrayIndex(i);
        writeConnection(settings, list[i].connection);
        settings.setValue(QStringLiteral("tenant"), list[i].tenant);
        settings.setValue(QStringLiteral("job"), list[i].jobId);
        settings.setValue(QStringLiteral("version"), list[i].version.toString());
        settings.setValue(QStringLiteral("recoverTable"), list[i].recoverTable);
    }
    settings.endArray();
}

bool sameJob(const WatchedJob &j, const ConnectionSettings &c, const QString &tenant)
{
    return sameEndpoint(j.connection, c) && j.tenant.compare(tenant, Qt::CaseInsensitive) == 0;
}

} // namespace

bool Recents::isWatched(const ConnectionSettings &connection, const QString &tenant)
{
    const QList<WatchedJob> list = watchedJobs();
    return std::any_of(list.cbegin(), list.cend(), [&](const WatchedJob &j) { return sameJob(j, connection, tenant); });
}

void Recents::rememberWatchedJob(const WatchedJob &job)
{
    QList<WatchedJob> list = watchedJobs();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const WatchedJob &j) { return sameJob(j, job.connection, job.tenant); }), list.end());
    list.prepend(job);
    while (list.size() > kMax)
        list.removeLast();
    writeWatched(list);
}

QString Recents::watchedSamplesPath(const ConnectionSettings &connection, const QString &tenant)
{
    // A hash of user@host:port/tenant: any tenant name makes a safe file name.
    const QByteArray key = QStringLiteral("%1@%2:%3/%4").arg(connection.user, connection.host).arg(connection.port).arg(tenant.toLower()).toUtf8();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/watched");
    return QStringLiteral("%1/%2.json").arg(dir, QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex()));
}

QByteArray Recents::watchedSamples(const ConnectionSettings &connection, const QString &tenant)
{
    QFile f(watchedSamplesPath(connection, tenant));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(64 << 20); // a hand-edited or damaged file is read up to a bound; the parser refuses the rest
}

void Recents::forgetWatchedJob(const ConnectionSettings &connection, const QString &tenant)
{
    QFile::remove(watchedSamplesPath(connection, tenant));
    QList<WatchedJob> list = watchedJobs();
    const auto n = list.size();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const WatchedJob &j) { return sameJob(j, connection, tenant); }), list.end());
    if (list.size() != n)
        writeWatched(list);
}

namespace {

QString jobKey(const ConnectionSettings &connection, const QString &tenant, qint64 jobId)
{
    return QStringLiteral("%1@%2:%3/%4#%5").arg(connection.user, connection.host).arg(connection.port).arg(tenant.toLower()).arg(jobId);
}

} // namespace

void Recents::rememberCancelledJob(const ConnectionSettings &connection, const QString &tenant, qint64 jobId)
{
    QStringList list = QSettings().value(kCancelled).toStringList();
    const QString key = jobKey(connection, tenant, jobId);
    list.removeAll(key);
    list.prepend(key);
    while (list.size() > 5 * kMax)
        list.removeLast();
    QSettings().setValue(kCancelled, list);
    // A cancelled job is not one to find again on the start page: its end is known.
    forgetWatchedJob(connection, tenant);
}

bool Recents::isCancelledJob(const ConnectionSettings &connection, const QString &tenant, qint64 jobId)
{
    return QSettings().value(kCancelled).toStringList().contains(jobKey(connection, tenant, jobId));
}

} // namespace obrestore
