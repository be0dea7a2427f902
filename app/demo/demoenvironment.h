#pragma once

#include "common/obversion.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
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

    // The shared demo's folder: obrestore-demo-<uid> in $XDG_RUNTIME_DIR where that is a private folder of this
    // user (0700, per user), else in the temporary folder (/tmp), where its name is predictable. startShared()
    // refuses it, before anything in it is read, signalled or removed, when it is a symbolic link, not this user's
    // own, or writable by others (docs/hostile-input.md §8).
    static QString sharedFolder();
    // Why `folder` cannot be trusted as this user's demo folder (translated), or empty when it can (or is absent).
    static QString untrustedFolder(const QString &folder);
    // Whether `pid` is this user's own obsim started for the demo folder whose state file is `stateFile` (the owner
    // of /proc/<pid>, its executable and its --state-file argument): only such a process is ever signalled or
    // adopted.
    static bool isDemoSimulator(qint64 pid, const QString &stateFile);

    // What has gone from under a running demo (translated), or empty: the sample location removed, the simulated
    // cluster stopped. Cheap (a few stat calls). problemCheck() is the same look as a function that owns copies of
    // what it needs, to run on any thread whatever becomes of this object.
    QString problem() const { return problemCheck()(); }
    std::function<QString()> problemCheck() const;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const;
    QString user() const { return QStringLiteral("root@sys"); } // no password: nothing secret in the demo
    // The simulator's admin password (OBSIM fault statements), random per start and never shown or written; tests
    // use it to pause a demo restore at a stated point. Empty for a shared cluster this object did not start.
    QString adminPassword() const { return m_adminPassword; }
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
    QString m_adminPassword;
    QString m_ownerEntry; // startShared(): owners/<pid>, this process's claim on the shared cluster
    quint16 m_sharedPort = 0;
    bool m_reused = false;
    ObVersion m_version{4, 2, 3, 0};
    std::unique_ptr<obsim::EmbeddedServer> m_server;
    std::unique_ptr<obfixture::S3TestServer> m_bucket;
};

} // namespace obrestore
