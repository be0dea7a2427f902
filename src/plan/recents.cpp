#include "recents.h"

#include <QSettings>

namespace obrestore {

namespace {

const QString kLocations = QStringLiteral("recent/locations");
const QString kConnections = QStringLiteral("recent/connections");

bool sameEndpoint(const ConnectionSettings &a, const ConnectionSettings &b)
{
    return a.host == b.host && a.port == b.port && a.user == b.user;
}

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
        ConnectionSettings c;
        c.host = settings.value(QStringLiteral("host")).toString();
        c.port = quint16(settings.value(QStringLiteral("port"), 2881).toUInt());
        c.user = settings.value(QStringLiteral("user")).toString();
        c.tls = settings.value(QStringLiteral("tls")).toBool();
        c.caFile = settings.value(QStringLiteral("ca")).toString();
        c.certFile = settings.value(QStringLiteral("cert")).toString();
        c.keyFile = settings.value(QStringLiteral("key")).toString();
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
        const ConnectionSettings &c = list[i];
        settings.setValue(QStringLiteral("host"), c.host);
        settings.setValue(QStringLiteral("port"), c.port);
        settings.setValue(QStringLiteral("user"), c.user);
        settings.setValue(QStringLiteral("tls"), c.tls);
        settings.setValue(QStringLiteral("ca"), c.caFile);
        settings.setValue(QStringLiteral("cert"), c.certFile);
        settings.setValue(QStringLiteral("key"), c.keyFile);
        // Never the password.
    }
    settings.endArray();
}

} // namespace obrestore
