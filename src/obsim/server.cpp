#include "server.h"

#include "mysqlpacket.h"
#include "sqllexer.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtEndian>

#include <cstring>

namespace obsim {

using namespace mysql;

namespace {

constexpr quint32 kServerCapabilities = ClientLongPassword | ClientFoundRows | ClientLongFlag | ClientConnectWithDb
    | ClientProtocol41 | ClientTransactions | ClientSecureConnection | ClientMultiStatements | ClientMultiResults
    | ClientPsMultiResults | ClientPluginAuth | ClientConnectAttrs | ClientPluginAuthLenencData;
const QByteArray kNativePlugin = "mysql_native_password";
constexpr quint8 kCharsetUtf8mb4 = 45;
constexpr quint8 kCharsetBinary = 63;

QByteArray columnDefinition(const Column &c)
{
    Writer w;
    w.lenencStr("def").lenencStr("oceanbase").lenencStr(c.table).lenencStr(c.table).lenencStr(c.name).lenencStr(c.name).lenenc(0x0c);
    switch (c.type) {
    case TypeLongLong:
        w.u16(kCharsetBinary).u32(20).u8(TypeLongLong).u16(0x8000 | 0x0080).u8(0);
        break;
    case TypeDouble:
        w.u16(kCharsetBinary).u32(22).u8(TypeDouble).u16(0x8000 | 0x0080).u8(31);
        break;
    case TypeNewDecimal:
        w.u16(kCharsetBinary).u32(8).u8(TypeNewDecimal).u16(0x8000 | 0x0080).u8(2);
        break;
    default: // TEXT: a BLOB with a character set (no BINARY flag), so clients read a string of any length
        w.u16(kCharsetUtf8mb4).u32(0xffffffffu).u8(TypeBlob).u16(0x0010).u8(0);
        break;
    }
    w.u16(0);
    return w.bytes();
}

QByteArray textOf(const Value &v, FieldType type)
{
    if (v.kind == Value::Kind::Real)
        return type == TypeNewDecimal ? QByteArray::number(v.d, 'f', 2) : QByteArray::number(v.d, 'g', 15);
    if (type == TypeNewDecimal && v.kind == Value::Kind::Int)
        return QByteArray::number(double(v.i), 'f', 2);
    return v.toText();
}

} // namespace

// One client connection, served in its own thread with blocking socket calls.
class Connection final : public QThread
{
public:
    Connection(Server *server, qintptr handle, quint32 id) : m_server(server), m_handle(handle), m_id(id) {}
    void requestDrop() { m_drop = true; }

protected:
    void run() override;

private:
    struct Statement
    {
        QString sql;
        QList<Column> columns;
        int params = 0;
        QList<quint16> types;
        QMap<int, QByteArray> longData;
    };

    bool readPacket(QByteArray *payload);
    bool send(const QByteArray &payload);
    bool handshake();
    bool command(const QByteArray &packet);
    bool sendResult(const StatementResult &r, bool binary, quint16 extraStatus, const QList<Column> *declared = nullptr);
    bool sendError(const SqlError &e) { return send(errPacket(e.code, e.state, e.message)); }
    QList<Value> readParams(Reader &r, Statement &st, bool *ok);
    bool maybeDropAfterQuery();

    Server *m_server;
    qintptr m_handle;
    quint32 m_id;
    QTcpSocket *m_socket = nullptr;
    quint8 m_seq = 0;
    quint32 m_clientCaps = 0;
    std::atomic_bool m_drop{false};
    Session m_session;
    QMap<quint32, Statement> m_statements;
    quint32 m_nextStatement = 1;
};

bool Connection::readPacket(QByteArray *payload)
{
    auto readExactly = [&](qint64 n, QByteArray *out) {
        out->clear();
        while (out->size() < n) {
            if (m_drop)
                return false;
            if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(100)) {
                if (m_socket->state() != QAbstractSocket::ConnectedState)
                    return false;
                continue;
            }
            out->append(m_socket->read(n - out->size()));
        }
        return true;
    };
    QByteArray header;
    if (!readExactly(4, &header))
        return false;
    const quint32 length = quint8(header[0]) | (quint32(quint8(header[1])) << 8) | (quint32(quint8(header[2])) << 16);
    m_seq = quint8(header[3]) + 1;
    return readExactly(length, payload);
}

bool Connection::send(const QByteArray &payload)
{
    QByteArray packet;
    packet.reserve(payload.size() + 4);
    packet.append(char(payload.size() & 0xff)).append(char((payload.size() >> 8) & 0xff)).append(char((payload.size() >> 16) & 0xff));
    packet.append(char(m_seq++));
    packet.append(payload);
    if (m_socket->write(packet) != packet.size())
        return false;
    return m_socket->waitForBytesWritten(30000) || m_socket->bytesToWrite() == 0;
}

bool Connection::handshake()
{
    QByteArray scramble(20, '\0');
    for (char &c : scramble)
        c = char(QRandomGenerator::global()->bounded(33, 126));
    const QString version = m_server->cluster()->serverVersion();
    Writer w;
    w.u8(10).nulStr(version.toUtf8()).u32(m_id).raw(scramble.left(8)).u8(0).u16(quint16(kServerCapabilities & 0xffff))
        .u8(kCharsetUtf8mb4).u16(StatusAutocommit).u16(quint16(kServerCapabilities >> 16)).u8(21).zeros(10)
        .raw(scramble.mid(8)).u8(0).nulStr(kNativePlugin);
    m_seq = 0;
    if (!send(w.bytes()))
        return false;
    QByteArray response;
    if (!readPacket(&response))
        return false;
    Reader r(response);
    m_clientCaps = r.u32();
    if (m_clientCaps & ClientSsl) {
        send(errPacket(1045, "28000", QStringLiteral("obsim does not support TLS")));
        return false;
    }
    r.u32(); // max packet
    r.u8();  // charset
    r.skip(23);
    const QString user = QString::fromUtf8(r.nulStr());
    QByteArray auth;
    if (m_clientCaps & ClientPluginAuthLenencData)
        auth = r.lenencStr();
    else if (m_clientCaps & ClientSecureConnection)
        auth = r.bytes(r.u8());
    else
        auth = r.nulStr();
    if ((m_clientCaps & ClientConnectWithDb) && !r.atEnd())
        m_session.database = QString::fromUtf8(r.nulStr());
    QByteArray plugin = kNativePlugin;
    if ((m_clientCaps & ClientPluginAuth) && !r.atEnd())
        plugin = r.nulStr();
    if (plugin != kNativePlugin) {
        // Ask the client to switch to mysql_native_password.
        Writer sw;
        sw.u8(0xfe).nulStr(kNativePlugin).raw(scramble).u8(0);
        if (!send(sw.bytes()) || !readPacket(&auth))
            return false;
    }
    bool admin = false;
    const auto password = m_server->cluster()->passwordOf(user, &admin);
    if (!password || auth != nativePasswordToken(password->toUtf8(), scramble)) {
        send(errPacket(1045, "28000", QStringLiteral("Access denied for user '%1'@'127.0.0.1' (using password: %2)")
                                          .arg(user, auth.isEmpty() ? QStringLiteral("NO") : QStringLiteral("YES"))));
        return false;
    }
    m_session.user = user;
    m_session.admin = admin;
    m_session.connectionId = m_id;
    return send(okPacket(0, StatusAutocommit));
}

bool Connection::sendResult(const StatementResult &r, bool binary, quint16 extraStatus, const QList<Column> *declared)
{
    const quint16 status = StatusAutocommit | extraStatus;
    if (r.error)
        return sendError(*r.error);
    const ResultSet &rs = *r.result;
    if (!rs.hasColumns)
        return send(okPacket(rs.affected, status));
    QList<Column> columns = rs.columns;
    if (declared && declared->size() == columns.size()) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            columns[i].type = (*declared)[i].type; // binary rows must match what PREPARE announced
    }
    Writer count;
    count.lenenc(quint64(columns.size()));
    if (!send(count.bytes()))
        return false;
    for (const Column &c : std::as_const(columns)) {
        if (!send(columnDefinition(c)))
            return false;
    }
    if (!send(eofPacket(status)))
        return false;
    for (const auto &row : rs.rows) {
        Writer w;
        if (binary) {
            w.u8(0x00);
            QByteArray bitmap((columns.size() + 7 + 2) / 8, '\0');
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (row[i].isNull())
                    bitmap[(i + 2) / 8] = char(bitmap[(i + 2) / 8] | (1 << ((i + 2) % 8)));
            }
            w.raw(bitmap);
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const Value &v = row[i];
                if (v.isNull())
                    continue;
                switch (columns[i].type) {
                case TypeLongLong:
                    w.u64(quint64(v.kind == Value::Kind::Real ? qint64(v.d) : v.toInt()));
                    break;
                case TypeDouble: {
                    const double d = v.kind == Value::Kind::Real ? v.d : double(v.toInt());
                    quint64 bits = 0;
                    std::memcpy(&bits, &d, sizeof bits);
                    w.u64(bits);
                    break;
                }
                default:
                    w.lenencStr(textOf(v, columns[i].type));
                }
            }
        } else {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (row[i].isNull())
                    w.u8(0xfb);
                else
                    w.lenencStr(textOf(row[i], columns[i].type));
            }
        }
        if (!send(w.bytes()))
            return false;
    }
    return send(eofPacket(status));
}

QList<Value> Connection::readParams(Reader &r, Statement &st, bool *ok)
{
    QList<Value> params;
    *ok = true;
    if (st.params == 0)
        return params;
    const QByteArray nulls = r.bytes((st.params + 7) / 8);
    if (r.u8() == 1) {
        st.types.clear();
        for (int i = 0; i < st.params; ++i)
            st.types.append(r.u16());
    }
    for (int i = 0; i < st.params; ++i) {
        if (nulls.size() > i / 8 && (quint8(nulls[i / 8]) & (1 << (i % 8)))) {
            params.append(Value::null());
            continue;
        }
        if (st.longData.contains(i)) {
            params.append(Value::text(st.longData.value(i)));
            continue;
        }
        const quint16 type = st.types.value(i) & 0xff;
        const bool isUnsigned = st.types.value(i) & 0x8000;
        switch (type) {
        case 0x01: params.append(Value::integer(isUnsigned ? qint64(r.u8()) : qint64(qint8(r.u8())))); break;
        case 0x02:
        case 0x0d: params.append(Value::integer(isUnsigned ? qint64(r.u16()) : qint64(qint16(r.u16())))); break;
        case 0x03:
        case 0x09: params.append(Value::integer(isUnsigned ? qint64(r.u32()) : qint64(qint32(r.u32())))); break;
        case 0x08: params.append(Value::integer(qint64(r.u64()))); break;
        case 0x04: {
            const quint32 bits = r.u32();
            float f = 0;
            std::memcpy(&f, &bits, sizeof f);
            params.append(Value::real(f));
            break;
        }
        case 0x05: {
            const quint64 bits = r.u64();
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            params.append(Value::real(d));
            break;
        }
        case 0x06: params.append(Value::null()); break;
        case 0x07:
        case 0x0a:
        case 0x0c: { // TIMESTAMP, DATE, DATETIME: length, then the fields present
            const quint8 len = r.u8();
            int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, us = 0;
            if (len >= 4) { y = r.u16(); mo = r.u8(); d = r.u8(); }
            if (len >= 7) { h = r.u8(); mi = r.u8(); s = r.u8(); }
            if (len >= 11) us = int(r.u32());
            params.append(Value::text(QStringLiteral("%1-%2-%3 %4:%5:%6.%7").arg(y, 4, 10, QChar(u'0')).arg(mo, 2, 10, QChar(u'0'))
                                          .arg(d, 2, 10, QChar(u'0')).arg(h, 2, 10, QChar(u'0')).arg(mi, 2, 10, QChar(u'0'))
                                          .arg(s, 2, 10, QChar(u'0')).arg(us, 6, 10, QChar(u'0'))));
            break;
        }
        case 0x0b: { // TIME
            const quint8 len = r.u8();
            r.skip(len);
            params.append(Value::text(QStringLiteral("00:00:00")));
            break;
        }
        default: // strings, decimals, blobs
            params.append(Value::text(r.lenencStr()));
        }
    }
    *ok = r.ok();
    return params;
}

bool Connection::maybeDropAfterQuery()
{
    Faults &f = m_server->cluster()->faults();
    int n = f.dropAfterQueries.load();
    while (n > 0) {
        if (f.dropAfterQueries.compare_exchange_weak(n, n - 1)) {
            if (n - 1 == 0) {
                f.dropAfterQueries = -1;
                m_server->dropAllConnections();
                return true;
            }
            return false;
        }
    }
    return false;
}

namespace {

// Substitutes '?' in a non-SELECT statement with quoted literals (those statements are not prepared by SQLite).
QString bindLiterals(const QString &sql, const QList<Value> &params)
{
    const QList<Token> tokens = tokenize(sql);
    QString out;
    qsizetype copied = 0;
    int i = 0;
    for (const Token &t : tokens) {
        if (t.kind != Token::Kind::Param)
            continue;
        out += sql.mid(copied, t.pos - copied);
        const Value v = params.value(i++);
        if (v.isNull())
            out += QStringLiteral("NULL");
        else if (v.kind == Value::Kind::Text)
            out += u'\'' + QString::fromUtf8(v.s).replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''")) + u'\'';
        else
            out += QString::fromUtf8(v.toText());
        copied = t.pos + 1;
    }
    return out + sql.mid(copied);
}

} // namespace

bool Connection::command(const QByteArray &packet)
{
    Reader r(packet);
    const quint8 cmd = r.u8();
    ObCluster *cluster = m_server->cluster();
    if (const int delay = cluster->faults().delayMs.load(); delay > 0)
        QThread::msleep(quint32(delay));
    m_seq = 1;
    // The session's sql_mode decides how string literals are read (NO_BACKSLASH_ESCAPES), as in OceanBase.
    const BackslashEscapesScope escapes(
        !m_session.systemVariables.value(QStringLiteral("sql_mode")).contains(QLatin1StringView("NO_BACKSLASH_ESCAPES"), Qt::CaseInsensitive));
    switch (cmd) {
    case ComQuit:
        return false;
    case ComPing:
        return send(okPacket(0, StatusAutocommit));
    case ComInitDb:
        m_session.database = QString::fromUtf8(r.rest());
        return send(okPacket(0, StatusAutocommit));
    case ComResetConnection:
        m_session.userVariables.clear();
        m_session.decryptionPasswords.clear();
        m_session.preview.reset();
        return send(okPacket(0, StatusAutocommit));
    case ComSetOption:
        return send(eofPacket(StatusAutocommit));
    case ComQuery: {
        if (maybeDropAfterQuery())
            return false;
        const QString text = QString::fromUtf8(r.rest());
        const QStringList statements = (m_clientCaps & ClientMultiStatements) ? splitStatements(text) : QStringList{text.trimmed()};
        if (statements.isEmpty())
            return sendError({1065, "42000", QStringLiteral("Query was empty")});
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QString one = statements[i];
            while (one.endsWith(u';'))
                one.chop(1);
            const StatementResult result = cluster->execute(m_session, one);
            const bool last = i == statements.size() - 1 || result.error;
            if (!sendResult(result, false, last ? 0 : StatusMoreResults))
                return false;
            if (result.error)
                break;
        }
        return true;
    }
    case ComStmtPrepare: {
        QString sql = QString::fromUtf8(r.rest()).trimmed();
        while (sql.endsWith(u';'))
            sql.chop(1);
        Statement st;
        st.sql = sql;
        SqlError error;
        if (!cluster->describe(m_session, sql, &st.columns, &st.params, &error))
            return sendError(error);
        const quint32 id = m_nextStatement++;
        m_statements.insert(id, st);
        Writer w;
        w.u8(0).u32(id).u16(quint16(st.columns.size())).u16(quint16(st.params)).u8(0).u16(0);
        if (!send(w.bytes()))
            return false;
        if (st.params > 0) {
            for (int i = 0; i < st.params; ++i) {
                Column c;
                c.name = "?";
                c.type = TypeVarString;
                Writer pw;
                pw.lenencStr("def").lenencStr("").lenencStr("").lenencStr("").lenencStr("?").lenencStr("").lenenc(0x0c)
                    .u16(kCharsetBinary).u32(0).u8(TypeVarString).u16(0x0080).u8(0).u16(0);
                if (!send(pw.bytes()))
                    return false;
            }
            if (!send(eofPacket(StatusAutocommit)))
                return false;
        }
        if (!st.columns.isEmpty()) {
            for (const Column &c : std::as_const(st.columns)) {
                if (!send(columnDefinition(c)))
                    return false;
            }
            if (!send(eofPacket(StatusAutocommit)))
                return false;
        }
        return true;
    }
    case ComStmtSendLongData: {
        const quint32 id = r.u32();
        const int param = r.u16();
        if (m_statements.contains(id))
            m_statements[id].longData[param] += r.rest();
        return true; // no response
    }
    case ComStmtExecute: {
        if (maybeDropAfterQuery())
            return false;
        const quint32 id = r.u32();
        r.u8();  // flags (cursor type)
        r.u32(); // iteration count
        if (!m_statements.contains(id))
            return sendError({1243, "HY000", QStringLiteral("Unknown prepared statement handler (%1) given to mysqld_stmt_execute").arg(id)});
        Statement &st = m_statements[id];
        bool ok = true;
        const QList<Value> params = readParams(r, st, &ok);
        st.longData.clear();
        if (!ok)
            return sendError({1210, "HY000", QStringLiteral("Incorrect arguments to mysqld_stmt_execute")});
        const QList<Token> tokens = tokenize(st.sql);
        const bool select = tokens.first().is("SELECT") || tokens.first().is("WITH");
        const StatementResult result = select ? cluster->execute(m_session, st.sql, params)
                                              : cluster->execute(m_session, bindLiterals(st.sql, params));
        return sendResult(result, true, 0, &st.columns);
    }
    case ComStmtClose:
        m_statements.remove(r.u32());
        return true; // no response
    case ComStmtReset:
        if (m_statements.contains(r.u32()))
            return send(okPacket(0, StatusAutocommit));
        return sendError({1243, "HY000", QStringLiteral("Unknown prepared statement handler given to mysqld_stmt_reset")});
    default:
        return sendError({1047, "08S01", QStringLiteral("Unknown command %1").arg(cmd)});
    }
}

void Connection::run()
{
    QTcpSocket socket;
    if (!socket.setSocketDescriptor(m_handle))
        return;
    m_socket = &socket;
    if (handshake()) {
        QByteArray packet;
        while (!m_drop && readPacket(&packet)) {
            if (packet.isEmpty() || !command(packet))
                break;
        }
    }
    socket.abort();
    m_socket = nullptr;
}

Server::Server(ObCluster *cluster, QObject *parent) : QTcpServer(parent), m_cluster(cluster)
{
    cluster->onDropConnections = [this] { dropAllConnections(); };
    cluster->onRestart = [this](bool newPort) {
        // After the answer to the admin statement has gone out.
        QMetaObject::invokeMethod(this, [this, newPort] { restart(newPort); }, Qt::QueuedConnection);
    };
}

Server::~Server()
{
    close();
    dropAllConnections();
    QList<Connection *> all;
    {
        QMutexLocker lock(&m_mutex);
        all = m_connections.values();
    }
    for (Connection *c : std::as_const(all)) {
        c->wait(5000);
        delete c;
    }
}

bool Server::start(quint16 port, QString *error)
{
    if (!listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = errorString();
        return false;
    }
    m_port = serverPort();
    return true;
}

void Server::incomingConnection(qintptr handle)
{
    auto *c = new Connection(this, handle, m_nextId++);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(c);
    }
    connect(c, &QThread::finished, this, [this, c] { forget(c); });
    c->start();
}

void Server::forget(Connection *connection)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.remove(connection))
            return;
    }
    connection->wait();
    delete connection;
}

void Server::dropAllConnections()
{
    QMutexLocker lock(&m_mutex);
    for (Connection *c : std::as_const(m_connections))
        c->requestDrop();
}

void Server::restart(bool newPort)
{
    close();
    dropAllConnections();
    QThread::msleep(300);
    const quint16 port = newPort ? 0 : m_port;
    if (!listen(QHostAddress::LocalHost, port)) {
        qWarning("obsim: cannot listen again on port %u: %s", port, qPrintable(errorString()));
        return;
    }
    m_port = serverPort();
    Q_EMIT restarted(m_port);
}

EmbeddedServer::EmbeddedServer(const ObCluster::Options &options) : m_cluster(std::make_unique<ObCluster>(options))
{
    m_thread.setObjectName(QStringLiteral("obsim"));
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

bool EmbeddedServer::start(quint16 port, QString *error)
{
    m_thread.start();
    bool ok = false;
    QString message;
    m_server = new Server(m_cluster.get());
    m_server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_server, [&] { ok = m_server->start(port, &message); }, Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = message;
    return ok;
}

quint16 EmbeddedServer::port() const
{
    return m_server ? m_server->port() : 0;
}

void EmbeddedServer::stop()
{
    if (m_server) {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

} // namespace obsim
