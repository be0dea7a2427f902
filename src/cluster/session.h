#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVariantList>

#include <memory>
#include <optional>

namespace obrestore {

// How to reach a sys tenant. The password lives only in memory (never logged, never in settings).
struct ConnectionSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 2881;
    QString user = QStringLiteral("root@sys");
    QString password;
    bool tls = false;     // needs caFile; certFile and keyFile together for a client certificate (PEM)
    QString caFile;
    QString certFile;
    QString keyFile;
    int connectTimeoutSeconds = 5;
    // Above the server's 10-minute wait in ALTER SYSTEM RESTORE (ob-restore-sql.md §1.5) for the executor's session;
    // the default suits reads.
    int readTimeoutSeconds = 30;

    QString displayName() const; // user@host:port, no password
};

// An error from the server or the connection, typed, with a translated explanation and fix for the ones users meet.
struct ServerError
{
    enum class Kind {
        None,
        CannotConnect,   // nothing listening, host unreachable, connect timeout
        AccessDenied,    // wrong user or password
        Tls,             // TLS settings unusable (missing files) or the handshake failed (2026)
        ConnectionLost,  // dropped during a query (2006/2013)
        Timeout,         // read timeout
        Syntax,          // 1064
        NoEnoughLog,     // 4018
        NotAllowed,      // 4179 (version, existing tenant, cancel not in restore, …)
        InvalidPassword, // 9047
        RestoreFailed,   // 9099
        PoolProblem,     // 4650, 4626, 4733, 4734, 4648 (unit config missing), 4651, 4649, 4530
        TenantProblem,   // 5157, 9014
        NotSupported,    // 1235 (OB_NOT_SUPPORTED), 9080/9081 (not a backup or archive root)
        Server,          // any other server error
        Driver,          // the client library itself (missing driver, …)
    };
    Kind kind = Kind::None;
    int code = 0;           // the server's error number (MySQL errno)
    QString sqlState;
    QString serverMessage;  // as the server sent it (never contains the password we sent)
    QString explanation;    // translated
    QString fix;            // translated

    bool isError() const { return kind != Kind::None; }
    bool isConnectionProblem() const { return kind == Kind::CannotConnect || kind == Kind::ConnectionLost || kind == Kind::Timeout; }
    QString toString() const; // explanation + server message, for logs and dialogs
    QString toStringWithFix() const; // toString(), then the fix on its own line when there is one
};

// `statement`: what was sent (when known), so that generic codes such as 4018 are explained in its context.
ServerError classifyServerError(int code, const QString &sqlState, const QString &message, bool duringConnect,
                                const QString &statement = QString());

// One QMYSQL connection, created, used and removed in the thread that constructs the Session
// (../shared/DESIGN.md "one connection per thread"). Not copyable, not movable across threads.
class Session
{
public:
    // Qt 6.4's MySQL driver warns on stderr about things obrestore already handles: "QMYSQLResult::cleanup: unable
    // to free statement handle" (a prepared statement of a connection the server already closed: the server freed
    // it with the connection) and "Unable to set the client character set" (a server that refused utf8mb4 and utf8;
    // obrestore reads ASCII names and numbers, and the session's errors say what failed). They go to the
    // "obrestore.sql" logging category at debug level instead (QT_LOGGING_RULES="obrestore.sql.debug=true" shows
    // them). Called once by each program's main().
    static void installDriverMessageFilter();

    explicit Session(ConnectionSettings settings);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    bool open(ServerError *error);
    void close();
    bool isOpen() const;
    const ConnectionSettings &settings() const { return m_settings; }

    struct Rows
    {
        QStringList columns;
        QList<QVariantList> rows;
        // A row's value by column name (case-insensitive), or an invalid QVariant when the column is absent:
        // views differ between versions, so nothing is read by position.
        QVariant value(const QVariantList &row, const char *column) const;
    };
    // A read: prepared (bound values) when `binds` is not empty, else a text query. A statement is prepared once
    // per connection and reused (one round trip per later read). Reconnects with backoff (up to `retries` times)
    // when the connection was lost, because reading again is safe.
    std::optional<Rows> read(const QString &sql, const QVariantList &binds, ServerError *error, int retries = 2);
    // A statement that changes state: run once, never resubmitted on its own.
    bool execute(const QString &sql, ServerError *error);

    // How many statements this connection has prepared (for tests: reads reuse them).
    int preparedCount() const { return m_prepares; }

private:
    void assertThread() const;
    QSqlDatabase db() const;
    bool pinSqlMode(ServerError *error);
    bool pinTimeZone(ServerError *error);

    ConnectionSettings m_settings;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared; // by SQL text; cleared with the connection
    int m_prepares = 0;
    QString m_name;
    QThread *m_thread;
};

} // namespace obrestore
