#pragma once

// Test helpers: an embedded obsim and connections to it through the real Qt MySQL driver.
#include "cluster/session.h"
#include "fixturetree.h"
#include "scenarios.h"
#include "server.h"

#include <QTemporaryDir>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace testsupport {

struct DbHandle
{
    QString name;
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    ~DbHandle()
    {
        {
            QSqlDatabase d = QSqlDatabase::database(name, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

inline std::unique_ptr<DbHandle> openConnection(quint16 port, const QString &user = QStringLiteral("root@sys"),
                                           const QString &password = QString(), QString *error = nullptr)
{
    auto c = std::make_unique<DbHandle>();
    c->name = QStringLiteral("obsim-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), c->name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(QStringLiteral("oceanbase"));
    db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5;MYSQL_OPT_READ_TIMEOUT=30;MYSQL_OPT_WRITE_TIMEOUT=30"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return nullptr;
    }
    return c;
}

// Runs a statement; returns the server's error number (0 on success) and fills *message.
inline int run(const QSqlDatabase &db, const QString &sql, QString *message = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return 0;
    if (message)
        *message = q.lastError().text();
    return q.lastError().nativeErrorCode().toInt();
}

// The first column of every row of a query.
inline QVariantList column(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    QVariantList out;
    if (!binds.isEmpty()) {
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return {QStringLiteral("ERROR: ") + q.lastError().text()};
    } else if (!q.exec(sql)) {
        return {QStringLiteral("ERROR: ") + q.lastError().text()};
    }
    while (q.next())
        out.append(q.value(0));
    return out;
}

// Inside the healthy tree's window (2024-03-02 12:00 UTC).
inline const QString kRestoreSimPoint = QStringLiteral("1709380800000000000");

// An obsim with a healthy backup tree of its own version, a root@sys connection and an admin one for faults.
struct RestoreSim
{
    QTemporaryDir dir;
    std::unique_ptr<obsim::EmbeddedServer> server;
    std::unique_ptr<DbHandle> conn;
    std::unique_ptr<DbHandle> admin;
    obrestore::ObVersion version;
    quint16 port() const { return server->port(); }
    QSqlDatabase db() const { return conn->db(); }
    obrestore::ConnectionSettings settings() const
    {
        obrestore::ConnectionSettings s;
        s.port = port();
        s.user = QStringLiteral("root@sys");
        s.connectTimeoutSeconds = 3;
        s.readTimeoutSeconds = 5;
        return s;
    }
    int sql(const QString &statements, QString *message = nullptr) const
    {
        for (const QString &s : statements.split(u';', Qt::SkipEmptyParts)) {
            if (const int code = run(db(), s.trimmed(), message))
                return code;
        }
        return 0;
    }
    int fault(const QString &statement) const { return run(admin->db(), statement); }
    // A pool p1 and a restore of `tenant` from the tree, in the version's grammar.
    int startRestore(const QString &tenant, QString *message = nullptr) const
    {
        if (version.major() < 4) {
            if (const int code = sql(QStringLiteral("CREATE RESOURCE UNIT u1 MAX_CPU 4, MAX_MEMORY '8G', MAX_DISK_SIZE '50G'; "
                                                    "CREATE RESOURCE POOL p1 UNIT = 'u1', UNIT_NUM = 1, ZONE_LIST = ('zone1','zone2','zone3'); "
                                                    "ALTER SYSTEM SET restore_concurrency = 10"),
                                     message))
                return code;
            return sql(QStringLiteral("ALTER SYSTEM RESTORE %1 FROM trade AT 'file://%2' UNTIL '2020-05-21 09:39:54.071670' "
                                      "WITH 'backup_cluster_name=ob1&backup_cluster_id=1&pool_list=p1'")
                           .arg(tenant, dir.path()),
                       message);
        }
        QString setup = QStringLiteral("CREATE RESOURCE UNIT u1 MAX_CPU 4, MEMORY_SIZE = '8G', LOG_DISK_SIZE = '24G'; "
                                       "CREATE RESOURCE POOL p1 UNIT = 'u1', UNIT_NUM = 1, ZONE_LIST = ('zone1','zone2','zone3')");
        if (version < obrestore::ObVersion(4, 1))
            setup += QStringLiteral("; ALTER SYSTEM SET restore_concurrency = 10");
        if (const int code = sql(setup, message))
            return code;
        return sql(QStringLiteral("ALTER SYSTEM RESTORE %1 FROM 'file://%2/data,file://%2/clog' UNTIL SCN=%3 WITH 'pool_list=p1'")
                       .arg(tenant, dir.path(), kRestoreSimPoint),
                   message);
    }
};

inline std::unique_ptr<RestoreSim> startRestoreSim(const obrestore::ObVersion &v, double speed,
                                                   const QString &progressDisplayMode = QStringLiteral("TABLET_CNT"))
{
    auto s = std::make_unique<RestoreSim>();
    s->version = v;
    if (v.major() < 4)
        obfixture::write3xTree(s->dir.path(), "ob1", 1, {1001});
    else
        obfixture::writeHealthyTree(s->dir.path(), v);
    obsim::ObCluster::Options o;
    o.version = v;
    o.speed = speed;
    o.progressDisplayMode = progressDisplayMode;
    s->server = std::make_unique<obsim::EmbeddedServer>(o);
    if (!s->server->start())
        return nullptr;
    s->conn = openConnection(s->port());
    s->admin = openConnection(s->port(), QStringLiteral("obsim_admin"), QStringLiteral("obsim"));
    if (!s->conn || !s->admin)
        return nullptr;
    return s;
}

} // namespace testsupport
