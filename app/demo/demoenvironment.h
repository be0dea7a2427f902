#pragma once

#include "common/obversion.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace obsim {
class EmbeddedServer;
}
namespace obfixture {
class S3TestServer;
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

    // Writes the sample tree and starts the simulated cluster in this process. `speed`: simulated seconds per real
    // second. Everything goes away with this object (tests use this).
    bool start(QString *error, double speed = 30.0);

    // The wizard's demo: the simulated cluster runs as an obsim process of its own (next to this program), so a
    // restore keeps running when the wizard closes and is found again when it opens: a demo cluster still running
    // from an earlier start is reused. The cluster stops itself, removing its folder, once no wizard uses it and
    // no restore runs (after `lingerSeconds` if restores ran, so their history can still be seen).
    bool startShared(QString *error, double speed = 1.0, int lingerSeconds = 120);
    bool reused() const { return m_reused; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const;
    QString user() const { return QStringLiteral("root@sys"); } // no password: nothing secret in the demo
    ObVersion version() const { return m_version; }
    // The sample's encrypted set's password (a fixture, not a secret): the wizard pre-fills it, masked.
    QString decryptionPassword() const { return QStringLiteral("backup_pw_1"); }
    QString backupRoot() const; // the sample location: mysql_tenant (1002), sales (1004), and hr (1006), which has no restorable window

    // Demo mode's bucket: the same sample uploaded to a local S3-compatible server (s3rver behind the signature-
    // checking front of tests/s3, started here and stopped with this object), so a newcomer can try object storage.
    // Call after start() or startShared(). Fails, saying how to install it, when the server is not installed.
    bool startBucket(QString *error);
    // "s3://obdemo/backup?host=http://127.0.0.1:PORT&access_id=…&access_key=…&s3_region=us-east-1" (the demo
    // key is no secret, yet it is shown masked like any other), or empty before startBucket().
    QString bucketLocation() const;

private:
    bool writeSample(const QString &root, QString *error) const;

    QTemporaryDir m_dir;
    QString m_sharedDir; // startShared(): the folder the obsim process owns
    quint16 m_sharedPort = 0;
    bool m_reused = false;
    ObVersion m_version{4, 2, 3, 0};
    std::unique_ptr<obsim::EmbeddedServer> m_server;
    std::unique_ptr<obfixture::S3TestServer> m_bucket;
};

} // namespace obrestore
