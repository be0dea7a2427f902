#pragma once

#include "common/obversion.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace obsim {
class EmbeddedServer;
}

namespace obrestore {

// Demo mode (DESIGN.md "Demo mode"): a sample backup location written into a temporary folder and an in-process
// obsim on a free loopback port that serves it as its own backups (scenario 1) and takes restores (scenarios 2
// and 3). Everything is removed when the object goes away. No widgets and no SQL here.
class DemoEnvironment
{
public:
    DemoEnvironment();
    ~DemoEnvironment();
    DemoEnvironment(const DemoEnvironment &) = delete;
    DemoEnvironment &operator=(const DemoEnvironment &) = delete;

    // Writes the sample tree and starts the simulated cluster. `speed`: simulated seconds per real second, so a
    // demo restore finishes in a minute or two.
    bool start(QString *error, double speed = 30.0);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const;
    QString user() const { return QStringLiteral("root@sys"); } // no password: nothing secret in the demo
    ObVersion version() const { return m_version; }
    // The sample's encrypted set's password (a fixture, not a secret): the wizard pre-fills it, masked.
    QString decryptionPassword() const { return QStringLiteral("backup_pw_1"); }
    QString backupRoot() const; // the sample location: mysql_tenant (1002), sales (1004), and hr (1006), which has no restorable window

private:
    QTemporaryDir m_dir;
    ObVersion m_version{4, 2, 3, 0};
    std::unique_ptr<obsim::EmbeddedServer> m_server;
};

} // namespace obrestore
