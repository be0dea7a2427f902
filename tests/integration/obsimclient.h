#pragma once

// Test helpers: an embedded obsim and connections to it through the real Qt MySQL driver.
#include "server.h"

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

} // namespace testsupport
