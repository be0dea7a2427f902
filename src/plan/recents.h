#pragma once

#include "cluster/session.h"

#include <QList>
#include <QStringList>

namespace obrestore {

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
};

} // namespace obrestore
