#pragma once

#include "obcluster.h"

#include <QHostAddress>
#include <QMutex>
#include <QSet>
#include <QTcpServer>
#include <QThread>

#include <atomic>
#include <memory>

namespace obsim {

class Connection;

// A MySQL-protocol server on 127.0.0.1 in front of an ObCluster: protocol 10 handshake, mysql_native_password,
// COM_QUERY (text rows, multiple statements), COM_STMT_* (binary rows), COM_PING, COM_INIT_DB, COM_QUIT.
// One thread per connection, so a client blocked in ALTER SYSTEM RESTORE does not hold up the others.
class Server final : public QTcpServer
{
    Q_OBJECT

public:
    explicit Server(ObCluster *cluster, QObject *parent = nullptr);
    ~Server() override;

    // Listens on 127.0.0.1:port (0 = a free port). Returns false with *error set.
    bool start(quint16 port, QString *error = nullptr);
    quint16 port() const { return m_port; }
    ObCluster *cluster() const { return m_cluster; }

    // Faults.
    void dropAllConnections();
    void restart(bool newPort); // closes every connection, stops listening, listens again (same or new port)

    void forget(Connection *connection);

Q_SIGNALS:
    void restarted(quint16 port);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ObCluster *m_cluster;
    quint16 m_port = 0;
    QMutex m_mutex;
    QSet<Connection *> m_connections;
    std::atomic<quint32> m_nextId{1};
};

// Runs an obsim server in a thread of its own, for tests and the wizard's demo mode.
class EmbeddedServer
{
public:
    explicit EmbeddedServer(const ObCluster::Options &options);
    ~EmbeddedServer();
    bool start(quint16 port = 0, QString *error = nullptr);
    quint16 port() const;
    ObCluster &cluster() { return *m_cluster; }
    Server *server() const { return m_server; }
    void stop();

private:
    std::unique_ptr<ObCluster> m_cluster;
    QThread m_thread;
    Server *m_server = nullptr;
};

} // namespace obsim
