#include "demoenvironment.h"

#include "scenarios.h"
#include "server.h"
#include "tr.h"

#include <QDir>
#include <QUuid>

namespace obrestore {

DemoEnvironment::DemoEnvironment() : m_dir(QDir::tempPath() + QStringLiteral("/obrestore-demo-XXXXXX")) {}

DemoEnvironment::~DemoEnvironment()
{
    if (m_server)
        m_server->stop();
}

QString DemoEnvironment::backupRoot() const
{
    return m_dir.path() + QStringLiteral("/backup");
}

quint16 DemoEnvironment::port() const
{
    return m_server ? m_server->port() : 0;
}

bool DemoEnvironment::start(QString *error, double speed)
{
    if (!m_dir.isValid()) {
        *error = Tr::tr("Cannot create a temporary folder for the demo: %1").arg(m_dir.errorString());
        return false;
    }
    if (!QDir().mkpath(backupRoot())) {
        *error = Tr::tr("Cannot create the demo backup location %1.").arg(QDir::toNativeSeparators(backupRoot()));
        return false;
    }
    // Two tenants, an incremental chain, an archive gap, an encrypted set (password backup_pw_1), an active piece.
    obfixture::writeDemoTree(backupRoot());

    obsim::ObCluster::Options o;
    o.version = m_version;
    o.speed = speed;
    o.backupRoots = {backupRoot()};
    // The simulator's admin user (fault injection) gets a password nobody knows: the demo is for clicking.
    o.adminPassword = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
