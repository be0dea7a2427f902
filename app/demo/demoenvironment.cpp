#include "demoenvironment.h"

#include "scenarios.h"
#include "server.h"
#include "tr.h"

#include <QDir>
#include <QFile>
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
    // Two restorable tenants (an incremental chain, an archive gap, an encrypted set with password
    // decryptionPassword(), an active piece) and one whose archive starts after its backup.
    obfixture::writeDemoTree(backupRoot());

    obsim::ObCluster::Options o;
    o.version = m_version;
    o.speed = speed;
    o.backupRoots = {backupRoot()};
    // Three zones with room to spare and one unused resource pool, so both pool choices of the target page work.
    const QString scenario = m_dir.filePath(QStringLiteral("demo-cluster.json"));
    QFile f(scenario);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QByteArrayLiteral(R"({"zones": ["zone1", "zone2", "zone3"],
 "servers": [{"ip": "10.0.0.1", "zone": "zone1", "cpu": 32, "memory_gb": 128},
             {"ip": "10.0.0.2", "zone": "zone2", "cpu": 32, "memory_gb": 128},
             {"ip": "10.0.0.3", "zone": "zone3", "cpu": 32, "memory_gb": 128}],
 "unit_configs": [{"name": "demo_unit", "max_cpu": 4, "memory": "8G", "log_disk": "24G"}],
 "pools": [{"name": "demo_pool", "unit": "demo_unit", "unit_num": 1, "zones": ["zone1", "zone2", "zone3"]}]})")) < 0) {
        *error = Tr::tr("Cannot write the demo cluster's description %1: %2").arg(QDir::toNativeSeparators(scenario), f.errorString());
        return false;
    }
    f.close();
    o.scenarioFile = scenario;
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
