#include "session.h"
#include "common/guithread.h"

#include "tr.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace obrestore {

QString ConnectionSettings::displayName() const
{
    return QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
}

QString ServerError::toString() const
{
    if (serverMessage.isEmpty())
        return explanation;
    return QStringLiteral("%1 (%2 %3: %4)").arg(explanation).arg(code).arg(sqlState, serverMessage);
}

QString ServerError::toStringWithFix() const
{
    return fix.isEmpty() ? toString() : toString() + u'\n' + fix;
}

ServerError classifyServerError(int code, const QString &sqlState, const QString &message, bool duringConnect,
                                const QString &statement)
{
    const QString sql = statement.simplified().toUpper();
    const bool restoring = sql.startsWith(u"ALTER SYSTEM RESTORE") || sql.startsWith(u"ALTER SYSTEM RECOVER TABLE");
    using Kind = ServerError::Kind;
    ServerError e;
    e.code = code;
    e.sqlState = sqlState;
    e.serverMessage = message;
    auto set = [&](Kind kind, const QString &explanation, const QString &fix) {
        e.kind = kind;
        e.explanation = explanation;
        e.fix = fix;
    };
    switch (code) {
    case 2002:
    case 2003:
    case 2005:
        set(Kind::CannotConnect, Tr::tr("The server cannot be reached."),
            Tr::tr("Check the host and port (an OBServer's SQL port, 2881 by default, or the OBProxy port), that the "
                   "server is running, and that no firewall blocks it."));
        break;
    case 2026: // CR_SSL_CONNECTION_ERROR
        set(Kind::Tls, Tr::tr("The TLS handshake with the server failed."),
            Tr::tr("Check that the server has TLS enabled and that the CA, certificate and key files belong together."));
        break;
    case 1045:
        set(Kind::AccessDenied, Tr::tr("The user name or password was refused."),
            Tr::tr("Log in to the sys tenant as root@sys (or root@sys#cluster through OBProxy) with its password."));
        break;
    case 2006:
    case 2013:
    case 2055:
        if (duringConnect || message.contains(u"timeout", Qt::CaseInsensitive) || message.contains(u"timed out", Qt::CaseInsensitive))
            set(message.contains(u"time", Qt::CaseInsensitive) ? Kind::Timeout : Kind::CannotConnect,
                Tr::tr("The server did not answer in time."),
                Tr::tr("Check the network and the server's load; the connection is retried for reads."));
        else
            set(Kind::ConnectionLost, Tr::tr("The connection to the server was lost."),
                Tr::tr("Check that the server is still running; reads reconnect on their own, but a restore statement "
                       "is never resubmitted: look at the restore jobs before starting it again."));
        break;
    case 1064:
        set(Kind::Syntax, Tr::tr("The server did not understand a statement (syntax error)."),
            Tr::tr("The target's version may not have this statement; check the version obrestore detected."));
        break;
    case 4018: // OB_ENTRY_NOT_EXIST: generic; its %s says what was not found
    case 4017: // OB_ENTRY_EXIST: the same "No enough log for restore" in 4.0
        if (message.contains(u"No enough log", Qt::CaseInsensitive))
            set(Kind::NoEnoughLog, Tr::tr("No enough log for restore: the restore point is outside every restorable window."),
                Tr::tr("Pick a point inside a window on the timeline, or add the missing log archive path."));
        else if (message.contains(u"backup set", Qt::CaseInsensitive))
            set(Kind::NoEnoughLog, Tr::tr("No backup set can be used for this restore point: the point is before the first usable backup set."),
                Tr::tr("Pick a later point, inside a restorable window."));
        else if (restoring)
            set(Kind::NoEnoughLog, Tr::tr("OceanBase did not find something the restore needs in the backup location (4018, entry not exist)."),
                Tr::tr("Check the paths in FROM and the restore point with obrestore inspect --until-… --verify."));
        else
            set(Kind::Server, Tr::tr("Something the statement names does not exist (4018, entry not exist)."),
                Tr::tr("Check the names in the statement against the cluster's views."));
        break;
    case 9080:
        set(Kind::NotSupported, Tr::tr("A path in FROM is not a backup or archive root: there is no format file under it (9080)."),
            Tr::tr("Name the data backup path and the log archive path themselves (the folders that hold format.obbak), "
                   "not a folder above or below them; obrestore inspect finds them."));
        break;
    case 9081:
        set(Kind::NotSupported, Tr::tr("A path in FROM holds the format file of another destination (9081): another tenant, "
                                       "cluster or kind of path."),
            Tr::tr("Check that the paths belong to the tenant being restored and are not swapped or mixed with another "
                   "tenant's."));
        break;
    case 1235: // OB_NOT_SUPPORTED (-4007) as the client sees it
        set(Kind::NotSupported, Tr::tr("The target does not support this (1235, not supported)."),
            message.contains(u"multiple tenant backup paths")
                ? Tr::tr("OceanBase restores from one data backup path only: name one in FROM (obrestore names the one "
                         "whose window holds the restore point).")
            : message.contains(u"encrypt", Qt::CaseInsensitive)
                ? Tr::tr("A zone of the pool is an encryption zone, which a restore cannot use: choose a pool in other zones.")
                : Tr::tr("The server's message says what is not supported; check that the target's version has this "
                         "statement or option."));
        break;
    case 4179:
        set(Kind::NotAllowed, Tr::tr("The server does not allow this operation."),
            message.contains(u"existed tenant name") ? Tr::tr("A tenant of that name exists: choose another name.")
            : message.contains(u"higher") || message.contains(u"version")
                ? Tr::tr("The backup's version is newer than, or incompatible with, the target: restore into a suitable version.")
                : message.isEmpty() ? Tr::tr("The server gave no reason; its observer log has it (search for the statement's trace id).")
                                    : Tr::tr("The server's own message, quoted with the error, says why."));
        break;
    case 9047:
        set(Kind::InvalidPassword, Tr::tr("A backup set is encrypted and no given decryption password matches it (9047)."),
            Tr::tr("Enter the backup's password(s); list the full backup set's password first."));
        break;
    case 9099:
        set(Kind::RestoreFailed, Tr::tr("The restore job failed while the statement waited for the tenant."),
            Tr::tr("Read the job's comment in the restore history; drop the half-created tenant before trying again."));
        break;
    case 4648: // OB_RESOURCE_UNIT_NOT_EXIST
        set(Kind::PoolProblem, Tr::tr("The unit config (resource unit) does not exist."),
            Tr::tr("Create the unit config first, or use one the cluster has (DBA_OB_UNIT_CONFIGS)."));
        break;
    case 4649: // OB_RESOURCE_UNIT_EXIST
    case 4651: // OB_RESOURCE_POOL_EXIST
        set(Kind::PoolProblem, code == 4649 ? Tr::tr("A unit config of that name already exists.") : Tr::tr("A resource pool of that name already exists."),
            Tr::tr("Choose another name, or use the existing one if it has the same settings."));
        break;
    case 4530: // OB_ZONE_INFO_NOT_EXIST
        set(Kind::PoolProblem, Tr::tr("A zone in the zone list does not exist in the target cluster."),
            Tr::tr("Choose zones the cluster has (DBA_OB_ZONES)."));
        break;
    case 4650:
    case 4626:
    case 4733:
    case 4734:
        set(Kind::PoolProblem, Tr::tr("The resource pool cannot be used as asked."),
            code == 4626 ? Tr::tr("The pool already belongs to a tenant: choose an unused pool or create a new one.")
            : code == 4650 ? Tr::tr("The pool does not exist: create it first or pick an existing one.")
                           : Tr::tr("The zones lack free CPU, memory or servers for these units: choose smaller units or fewer."));
        break;
    case 5157:
    case 9014:
        set(Kind::TenantProblem, code == 5157 ? Tr::tr("The tenant does not exist.") : Tr::tr("Another restore of that tenant is in progress."),
            code == 5157 ? Tr::tr("Check the tenant name.") : Tr::tr("Follow or cancel the running restore first."));
        break;
    default:
        set(Kind::Server, Tr::tr("The server returned an error."),
            message.isEmpty() ? Tr::tr("The server gave no reason; its observer log has it (search for the statement's trace id).")
                              : Tr::tr("The server's own message, quoted with the error, says why."));
    }
    return e;
}

Session::Session(ConnectionSettings settings)
    : m_settings(std::move(settings)),
      m_name(QStringLiteral("obrestore-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_thread(QThread::currentThread())
{
}

Session::~Session()
{
    close();
    QSqlDatabase::removeDatabase(m_name);
}

void Session::assertThread() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Session", "a Session is used only in the thread that created it");
}

QSqlDatabase Session::db() const
{
    return QSqlDatabase::database(m_name, false);
}

namespace {

QString tlsFileProblem(const ConnectionSettings &s)
{
    if (s.caFile.isEmpty())
        return Tr::tr("TLS needs the CA certificate file that signed the server's certificate.");
    if (s.certFile.isEmpty() != s.keyFile.isEmpty())
        return Tr::tr("A client certificate needs its key file, and a key file its certificate.");
    for (const QString &f : {s.caFile, s.certFile, s.keyFile}) {
        if (f.isEmpty())
            continue;
        const QFileInfo info(f);
        if (!info.isFile() || !info.isReadable())
            return Tr::tr("The TLS file %1 does not exist or cannot be read.").arg(QDir::toNativeSeparators(f));
    }
    return {};
}

} // namespace

namespace {
ServerError errorOf(const QSqlQuery &q);
} // namespace

namespace {

// Debug is off unless a rule turns it on (QT_LOGGING_RULES="obrestore.sql.debug=true"): a category's debug
// messages are otherwise printed by default.
Q_LOGGING_CATEGORY(lcSql, "obrestore.sql", QtInfoMsg)

QtMessageHandler g_previousHandler = nullptr;

void filterDriverMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && (message.startsWith(QLatin1StringView("QMYSQLResult::cleanup: unable to free statement handle"))
            || message.contains(QLatin1StringView("Unable to set the client character set")))) {
        // Handed on as the category's debug message, never logged again from inside this handler: Qt prints a
        // message logged inside a handler straight to stderr, whatever the rules (that is how they leaked).
        if (lcSql().isDebugEnabled() && g_previousHandler) {
            const QMessageLogContext debugContext(context.file, context.line, context.function, lcSql().categoryName());
            g_previousHandler(QtDebugMsg, debugContext, message);
        }
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

void Session::installDriverMessageFilter()
{
    static const bool installed = [] {
        g_previousHandler = qInstallMessageHandler(filterDriverMessages);
        return true;
    }();
    Q_UNUSED(installed);
}

bool Session::open(ServerError *error)
{
    assertThread();
    if (isOpen())
        return true;
    guithread::noteBlockingWork("SQL connect");
    if (!QSqlDatabase::contains(m_name)) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL"))) {
            if (error)
                *error = {ServerError::Kind::Driver, 0, {}, {}, Tr::tr("The Qt MySQL driver is not installed."),
                          Tr::tr("Install Debian's libqt6sql6-mysql package.")};
            return false;
        }
        QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_name);
    }
    if (m_settings.tls) {
        // Qt 6.4's MySQL driver only asks for TLS when it is given a file: TLS without a CA would silently be a
        // plain connection, so it is refused here, like a file that cannot be read.
        const QString problem = tlsFileProblem(m_settings);
        if (!problem.isEmpty()) {
            if (error)
                *error = {ServerError::Kind::Tls, 0, {}, {}, problem, Tr::tr("Choose readable PEM files in the connection settings.")};
            return false;
        }
    }
    QSqlDatabase d = db();
    d.setHostName(m_settings.host);
    d.setPort(m_settings.port);
    d.setUserName(m_settings.user);
    d.setPassword(m_settings.password);
    d.setDatabaseName(QStringLiteral("oceanbase"));
    QStringList options{QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(m_settings.connectTimeoutSeconds),
                        QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(m_settings.readTimeoutSeconds),
                        QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=%1").arg(m_settings.readTimeoutSeconds)};
    if (m_settings.tls) {
        if (!m_settings.caFile.isEmpty())
            options << QStringLiteral("SSL_CA=%1").arg(m_settings.caFile);
        if (!m_settings.certFile.isEmpty())
            options << QStringLiteral("SSL_CERT=%1").arg(m_settings.certFile);
        if (!m_settings.keyFile.isEmpty())
            options << QStringLiteral("SSL_KEY=%1").arg(m_settings.keyFile);
    }
    d.setConnectOptions(options.join(u';'));
    if (d.open()) {
        if (pinSqlMode(error) && pinTimeZone(error))
            return true;
        d.close();
        return false;
    }
    const QSqlError e = d.lastError();
    if (error) {
        bool ok = false;
        const int code = e.nativeErrorCode().toInt(&ok);
        *error = classifyServerError(ok ? code : 2003, QString(), e.databaseText(), true);
    }
    return false;
}

// String literals are written with backslash escapes (RestoreStatement::quote), which a session whose sql_mode has
// NO_BACKSLASH_ESCAPES would read differently: this connection's sql_mode is set without it. One read per
// connection; the other modes are kept as the server has them.
bool Session::pinSqlMode(ServerError *error)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT @@session.sql_mode")) || !q.next()) {
        if (error)
            *error = errorOf(q);
        return false;
    }
    const QStringList modes = q.value(0).toString().split(u',', Qt::SkipEmptyParts);
    QStringList kept;
    static const QRegularExpression word(QStringLiteral(R"(\A[A-Z_]+\z)"));
    for (const QString &m : modes) {
        const QString mode = m.trimmed().toUpper();
        if (mode != u"NO_BACKSLASH_ESCAPES" && word.match(mode).hasMatch())
            kept << mode;
    }
    if (kept.size() == modes.size())
        return true;
    if (q.exec(QStringLiteral("SET SESSION sql_mode = '%1'").arg(kept.join(u','))))
        return true;
    if (error)
        *error = errorOf(q);
    return false;
}

// TIMESTAMP columns (START_TIMESTAMP, FINISH_TIMESTAMP, …) come back in the session's time_zone, which differs
// per server and per user: every connection reads them in UTC, and the application converts them to the one zone
// it shows (DisplayZone). No statement of ours depends on the session zone but 3.x's UNTIL 'time', for which the
// executor sets the plan's zone itself just before the restore (RestoreStatement::setSessionTimeZone).
bool Session::pinTimeZone(ServerError *error)
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SET time_zone = '+00:00'")))
        return true;
    if (error)
        *error = errorOf(q);
    return false;
}

void Session::close()
{
    m_prepared.clear(); // before the connection goes: a statement outliving it cannot be freed
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase d = db();
        d.close();
    }
}

bool Session::isOpen() const
{
    return QSqlDatabase::contains(m_name) && db().isOpen();
}

QVariant Session::Rows::value(const QVariantList &row, const char *column) const
{
    const QLatin1StringView name(column);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].compare(name, Qt::CaseInsensitive) == 0)
            return row.value(i);
    }
    return QVariant();
}

namespace {

ServerError errorOf(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return classifyServerError(ok ? code : 0, QString(), e.databaseText().isEmpty() ? e.driverText() : e.databaseText(), false,
                               q.lastQuery());
}

} // namespace

std::optional<Session::Rows> Session::read(const QString &sql, const QVariantList &binds, ServerError *error, int retries)
{
    assertThread();
    guithread::noteBlockingWork("SQL query");
    for (int attempt = 0;; ++attempt) {
        ServerError e;
        if (!isOpen() && !open(&e)) {
            if (e.isConnectionProblem() && attempt < retries) {
                QThread::msleep(200u << attempt); // backoff: 200, 400, 800 ms
                continue;
            }
            if (error)
                *error = e;
            return std::nullopt;
        }
        std::shared_ptr<QSqlQuery> query;
        bool ok;
        if (binds.isEmpty()) {
            query = std::make_shared<QSqlQuery>(db());
            query->setForwardOnly(true);
            ok = query->exec(sql);
        } else {
            query = m_prepared.value(sql);
            if (!query) {
                query = std::make_shared<QSqlQuery>(db());
                query->setForwardOnly(true);
                ok = query->prepare(sql);
                if (ok) {
                    ++m_prepares;
                    m_prepared.insert(sql, query);
                }
            } else {
                ok = true;
            }
            if (ok) {
                for (int i = 0; i < binds.size(); ++i)
                    query->bindValue(i, binds[i]);
                ok = query->exec();
            }
        }
        QSqlQuery &q = *query;
        if (ok) {
            Rows rows;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                rows.columns << record.fieldName(i);
            while (q.next()) {
                QVariantList row;
                row.reserve(record.count());
                for (int i = 0; i < record.count(); ++i)
                    row << q.value(i);
                rows.rows << row;
            }
            q.finish(); // the statement stays prepared for the next read
            return rows;
        }
        e = errorOf(q);
        if (e.isConnectionProblem())
            close(); // the prepared statements went with the connection
        if (e.isConnectionProblem() && attempt < retries) {
            // reconnect and read again: safe for reads
            QThread::msleep(200u << attempt);
            continue;
        }
        if (error)
            *error = e;
        return std::nullopt;
    }
}

bool Session::execute(const QString &sql, ServerError *error)
{
    assertThread();
    guithread::noteBlockingWork("SQL statement");
    ServerError e;
    if (!isOpen() && !open(&e)) {
        if (error)
            *error = e;
        return false;
    }
    QSqlQuery q(db());
    if (q.exec(sql))
        return true;
    if (error)
        *error = errorOf(q);
    return false;
}

} // namespace obrestore
