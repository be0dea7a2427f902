// Statements of the simulated sys tenant: OceanBase's grammar and errors (ob-restore-sql.md §1).
#include "obcluster.h"
#include "obsimutil.h"
#include "sqllexer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QThread>

namespace obsim {

using namespace util;

using obrestore::ObVersion;

namespace {





// A value after '=' in SET and CREATE statements: a string, a number or a word.
bool literal(Parser &p, QString *out)
{
    const Token &t = p.peek();
    if (t.kind == Token::Kind::String || t.kind == Token::Kind::Number || t.kind == Token::Kind::Word) {
        *out = t.text;
        p.next();
        return true;
    }
    if (t.kind == Token::Kind::Symbol && t.text == u"-" && p.peek(1).kind == Token::Kind::Number) {
        p.next();
        *out = u'-' + p.next().text;
        return true;
    }
    p.failAt(t);
    return false;
}

ResultSet table(const QList<QByteArray> &names, const QList<QList<Value>> &rows)
{
    ResultSet r;
    r.hasColumns = true;
    for (const QByteArray &n : names) {
        Column c;
        c.name = n;
        r.columns.append(c);
    }
    r.rows = rows;
    for (qsizetype c = 0; c < r.columns.size(); ++c) {
        for (const auto &row : std::as_const(r.rows)) {
            if (row[c].kind == Value::Kind::Int) {
                r.columns[c].type = mysql::TypeLongLong;
                break;
            }
        }
    }
    return r;
}

} // namespace

QString ObCluster::rewriteForSqlite(const Session &, const QString &sql) const
{
    // MySQL/OceanBase spellings SQLite does not know: @@[session.|global.]var, FROM DUAL.
    const QList<Token> tokens = tokenize(sql);
    QString out;
    qsizetype copied = 0;
    bool seenFrom = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        seenFrom = seenFrom || t.is("FROM") || t.is("WHERE");
        if (t.kind == Token::Kind::SysVar) {
            out += sql.mid(copied, t.pos - copied);
            out += QStringLiteral("ob_sysvar('%1')").arg(t.text.mid(2));
            // In the select list the column keeps the name the client wrote, as MySQL names it.
            const Token &n = tokens[i + 1];
            const bool listEnd = n.kind == Token::Kind::End || (n.kind == Token::Kind::Symbol && n.text == u",") || n.is("FROM") || n.is("LIMIT");
            if (!seenFrom && listEnd)
                out += QStringLiteral(" AS `%1`").arg(t.text);
            copied = t.pos + t.text.size();
        } else if (t.is("FROM") && i + 1 < tokens.size() && tokens[i + 1].is("DUAL")) {
            out += sql.mid(copied, t.pos - copied);
            copied = tokens[i + 1].pos + tokens[i + 1].text.size();
            ++i;
        }
    }
    out += sql.mid(copied);
    return out;
}

StatementResult ObCluster::runSelect(Session &session, const QString &sql, const QList<Value> &params)
{
    SqlError error;
    auto r = m_sql.query(rewriteForSqlite(session, sql), params, &error);
    if (!r)
        return StatementResult::fail(error);
    r->hasColumns = true;
    // TIMESTAMP columns hold the instant in UTC and are shown in this session's time zone.
    const QTimeZone zone = sessionZone(session);
    for (qsizetype c = 0; c < r->columns.size(); ++c) {
        if (!r->columns[c].timestamp)
            continue;
        for (QList<Value> &row : r->rows) {
            if (row[c].isNull())
                continue;
            const QString text = QString::fromUtf8(row[c].toText());
            const QString format = text.size() >= 23 ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz") : QStringLiteral("yyyy-MM-dd HH:mm:ss");
            // Date and time read apart and put together in UTC (a local-time parse could fall in a DST gap).
            const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
            const QTime time = QTime::fromString(text.mid(11, format.size() - 11), format.mid(11));
            const QDateTime instant(date, time, QTimeZone::utc());
            if (!instant.isValid())
                continue; // '' and other text stay as stored
            row[c] = Value::text(instant.toTimeZone(zone).toString(format) + text.mid(format.size())); // the microseconds' last digits kept
        }
    }
    return {r, std::nullopt};
}

bool ObCluster::describe(Session &session, const QString &statement, QList<Column> *columns, int *paramCount, SqlError *error)
{
    QMutexLocker lock(&m_mutex);
    m_current = &session;
    const QList<Token> tokens = tokenize(statement);
    const Token &first = tokens.first();
    if (first.is("SELECT") || first.is("WITH") || (first.kind == Token::Kind::Symbol && first.text == u"(")) {
        const bool ok = m_sql.describe(rewriteForSqlite(session, statement), columns, paramCount, error);
        m_current = nullptr;
        return ok;
    }
    // Other statements take their parameters literally at execution; only '?' are counted here.
    columns->clear();
    *paramCount = 0;
    for (const Token &t : tokens)
        *paramCount += t.kind == Token::Kind::Param;
    m_current = nullptr;
    return true;
}

StatementResult ObCluster::execute(Session &session, const QString &statement, const QList<Value> &params)
{
    QMutexLocker lock(&m_mutex);
    m_current = &session;
    tick();
    bool lexOk = true;
    const QList<Token> tokens = tokenize(statement, &lexOk);
    const Token &first = tokens.first();
    StatementResult result;
    if (!lexOk) {
        result = StatementResult::fail(syntaxError(statement, tokens.size() > 1 ? tokens[tokens.size() - 2].pos : 0));
    } else if (first.kind == Token::Kind::End) {
        result = StatementResult::fail({1065, "42000", QStringLiteral("Query was empty")});
    } else if (first.is("SELECT") || first.is("WITH") || (first.kind == Token::Kind::Symbol && first.text == u"(")) {
        result = runSelect(session, statement, params);
    } else if (first.is("SET")) {
        result = runSet(session, statement);
    } else if (first.is("SHOW")) {
        result = runShow(session, statement);
    } else if (first.is("USE")) {
        Parser p(statement, tokens);
        p.next();
        QString db;
        if (p.identifier(&db) && p.expectEnd()) {
            session.database = db;
            result = StatementResult::ok();
        } else {
            result = StatementResult::fail(p.error());
        }
    } else if (first.is("BEGIN") || first.is("COMMIT") || first.is("ROLLBACK") || first.is("START")) {
        result = StatementResult::ok();
    } else if (first.is("CREATE") && tokens.size() > 2 && tokens[1].is("RESOURCE")) {
        result = runCreateResource(session, statement);
    } else if (first.is("DROP") && tokens.size() > 2 && tokens[1].is("RESOURCE")) {
        result = runDropResource(session, statement);
    } else if (first.is("DROP") && tokens.size() > 2 && tokens[1].is("TENANT")) {
        result = runDropTenant(session, statement);
    } else if (first.is("ALTER") && tokens.size() > 2 && tokens[1].is("TENANT")) {
        result = runAlterTenant(session, statement);
    } else if (first.is("ALTER") && tokens.size() > 2 && tokens[1].is("SYSTEM")) {
        result = runAlterSystem(session, statement, lock);
    } else if (first.is("OBSIM")) {
        result = session.admin ? runAdmin(session, statement)
                               : StatementResult::fail({1227, "42501", QStringLiteral("Access denied; OBSIM statements need the obsim admin user")});
    } else {
        result = StatementResult::fail(syntaxError(statement, first.pos));
    }
    m_current = nullptr;
    return result;
}

StatementResult ObCluster::runSet(Session &session, const QString &sql)
{
    Parser p(sql, tokenize(sql));
    p.expect("SET");
    if (p.accept("DECRYPTION")) {
        // SET DECRYPTION IDENTIFIED BY 'p1'[, 'p2' …]: a session variable read by RESTORE and SHOW RESTORE PREVIEW.
        QStringList passwords;
        QString pw;
        if (p.expect("IDENTIFIED") && p.expect("BY") && p.string(&pw)) {
            passwords << pw;
            while (p.acceptSymbol(",") && p.string(&pw))
                passwords << pw;
        }
        if (p.failed() || !p.expectEnd())
            return StatementResult::fail(p.error());
        session.decryptionPasswords = passwords;
        return StatementResult::ok();
    }
    if (p.accept("NAMES") || (p.accept("CHARACTER") && p.expect("SET"))) {
        QString cs;
        literal(p, &cs);
        if (p.accept("COLLATE"))
            literal(p, &cs);
        return !p.failed() && p.expectEnd() ? StatementResult::ok() : StatementResult::fail(p.error());
    }
    do {
        const Token &t = p.peek();
        QString name;
        bool user = false;
        bool global = false;
        if (t.kind == Token::Kind::UserVar) {
            name = t.text.mid(1);
            user = true;
            p.next();
        } else if (t.kind == Token::Kind::SysVar) {
            name = t.text.mid(2).toLower();
            global = name.startsWith(u"global.");
            name.remove(QStringLiteral("session.")).remove(QStringLiteral("global."));
            p.next();
        } else {
            global = p.accept("GLOBAL");
            global || p.accept("SESSION") || p.accept("LOCAL");
            if (!p.identifier(&name))
                return StatementResult::fail(p.error());
            name = name.toLower();
        }
        if (!p.acceptSymbol("=") && !p.acceptSymbol(":="))
            return StatementResult::fail((p.failAt(p.peek()), p.error()));
        QString value;
        if (!literal(p, &value))
            return StatementResult::fail(p.error());
        if (user) {
            session.userVariables.insert(name, Value::text(value));
        } else {
            // OceanBase, like MySQL, refuses a zone it does not know (ER_UNKNOWN_TIME_ZONE).
            if (name == u"time_zone" && !isValidTimeZone(value))
                return StatementResult::fail(SqlError{1298, "HY000", QStringLiteral("Unknown or incorrect time zone: '%1'").arg(value)});
            if (global) // as in MySQL, for new sessions and @@global, not this session
                setTenantVariable(1, name, value);
            else
                session.systemVariables.insert(name, value);
        }
    } while (p.acceptSymbol(","));
    return !p.failed() && p.expectEnd() ? StatementResult::ok() : StatementResult::fail(p.error());
}

StatementResult ObCluster::runShow(Session &session, const QString &sql)
{
    Parser p(sql, tokenize(sql));
    p.expect("SHOW");
    if (p.accept("PARAMETERS")) {
        QString like = QStringLiteral("%");
        if (p.accept("LIKE") && !p.string(&like))
            return StatementResult::fail(p.error());
        if (p.accept("TENANT")) {
            QString tenant;
            p.acceptSymbol("=");
            literal(p, &tenant);
        }
        if (!p.expectEnd())
            return StatementResult::fail(p.error());
        return runSelect(session,
                         QStringLiteral("SELECT ZONE AS zone, 'observer' AS svr_type, SVR_IP AS svr_ip, SVR_PORT AS svr_port, "
                                        "NAME AS name, DATA_TYPE AS data_type, VALUE AS value, INFO AS info, SECTION AS section, "
                                        "SCOPE AS scope, EDIT_LEVEL AS edit_level FROM oceanbase.\"GV$OB_PARAMETERS\" "
                                        "WHERE NAME LIKE ? ORDER BY SVR_IP, NAME"),
                         {Value::text(like)});
    }
    if (p.accept("RESTORE")) {
        if (!m_profile.preview || !p.expect("PREVIEW") || !p.expectEnd())
            return StatementResult::fail(p.error());
        return showRestorePreview(session);
    }
    if (p.accept("VARIABLES") || (p.accept("SESSION") && p.expect("VARIABLES")) || (p.accept("GLOBAL") && p.expect("VARIABLES"))) {
        QString like = QStringLiteral("%");
        if (p.accept("LIKE"))
            p.string(&like);
        QList<QList<Value>> rows;
        QStringList names{QStringLiteral("version_comment"), QStringLiteral("version"), QStringLiteral("time_zone"),
                          QStringLiteral("autocommit"), QStringLiteral("ob_query_timeout"), QStringLiteral("max_allowed_packet")};
        for (const QString &n : session.systemVariables.keys()) {
            if (!names.contains(n))
                names << n;
        }
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(QString(like).replace(u'%', u'*').replace(u'_', u'?')),
                                    QRegularExpression::CaseInsensitiveOption);
        for (const QString &n : names) {
            if (!re.match(n).hasMatch())
                continue;
            SqlError e;
            const auto v = m_sql.query(QStringLiteral("SELECT ob_sysvar(?)"), {Value::text(n)}, &e);
            rows.append({Value::text(n), v ? v->rows[0][0] : Value::null()});
        }
        return {table({"Variable_name", "Value"}, rows), std::nullopt};
    }
    if (p.accept("DATABASES"))
        return {table({"Database"}, {{Value::text(QStringLiteral("information_schema"))},
                                     {Value::text(QStringLiteral("mysql"))},
                                     {Value::text(QStringLiteral("oceanbase"))}}),
                std::nullopt};
    if (p.accept("WARNINGS") || p.accept("ERRORS"))
        return {table({"Level", "Code", "Message"}, {}), std::nullopt};
    p.failAt(p.peek());
    return StatementResult::fail(p.error());
}

StatementResult ObCluster::runCreateResource(Session &session, const QString &sql)
{
    Q_UNUSED(session)
    Parser p(sql, tokenize(sql));
    p.expect("CREATE");
    p.expect("RESOURCE");
    const QString t = nowText();
    if (p.accept("UNIT")) {
        bool ifNotExists = false;
        if (p.accept("IF")) {
            p.expect("NOT");
            p.expect("EXISTS");
            ifNotExists = true;
        }
        QString name;
        p.identifier(&name);
        QMap<QString, QString> opts;
        do {
            QString key;
            if (!p.identifier(&key))
                break;
            p.acceptSymbol("=");
            QString value;
            literal(p, &value);
            opts.insert(key.toUpper(), value);
        } while (p.acceptSymbol(","));
        if (!p.expectEnd() || p.failed())
            return StatementResult::fail(p.error());
        if (m_profile.v3) {
            const bool exists = m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.__all_unit_config WHERE NAME = ?"), {Value::text(name)});
            if (exists)
                return ifNotExists ? StatementResult::ok() : StatementResult::fail(obError(-4649, QStringLiteral("resource unit '%1' already exist").arg(name)));
            bool ok = true;
            const qint64 mem = parseSize(opts.value(QStringLiteral("MAX_MEMORY"), opts.value(QStringLiteral("MEMORY_SIZE"))), &ok);
            if (!ok || !opts.contains(QStringLiteral("MAX_CPU")))
                return StatementResult::fail(obError(-4277, QStringLiteral("Miss argument for max_cpu, max_memory")));
            const qint64 id = m_sql.scalarInt(QStringLiteral("SELECT IFNULL(MAX(UNIT_CONFIG_ID), 1000) + 1 FROM oceanbase.__all_unit_config"));
            m_sql.exec(QStringLiteral("INSERT INTO oceanbase.__all_unit_config VALUES (?, ?, ?, ?, ?, ?, 10000, 10000, ?, 1000)"),
                       {Value::integer(id), Value::text(name), Value::real(opts.value(QStringLiteral("MAX_CPU")).toDouble()),
                        Value::real(opts.value(QStringLiteral("MIN_CPU"), opts.value(QStringLiteral("MAX_CPU"))).toDouble()),
                        Value::integer(mem), Value::integer(mem), Value::integer(parseSize(opts.value(QStringLiteral("MAX_DISK_SIZE"), QStringLiteral("50G")), &ok))});
            return StatementResult::ok();
        }
        if (m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.DBA_OB_UNIT_CONFIGS WHERE NAME = ?"), {Value::text(name)}))
            return ifNotExists ? StatementResult::ok() : StatementResult::fail(obError(-4649, QStringLiteral("resource unit '%1' already exist").arg(name)));
        if (!opts.contains(QStringLiteral("MEMORY_SIZE")) || !opts.contains(QStringLiteral("MAX_CPU")))
            return StatementResult::fail(obError(-4277, QStringLiteral("Miss argument for max_cpu, memory_size")));
        bool ok = true;
        const qint64 memory = parseSize(opts.value(QStringLiteral("MEMORY_SIZE")), &ok);
        if (!ok || memory <= 0)
            return StatementResult::fail(obError(-4002, QStringLiteral("memory_size")));
        const double maxCpu = opts.value(QStringLiteral("MAX_CPU")).toDouble();
        const double minCpu = opts.value(QStringLiteral("MIN_CPU"), opts.value(QStringLiteral("MAX_CPU"))).toDouble();
        if (maxCpu <= 0 || minCpu > maxCpu)
            return StatementResult::fail(obError(-4002, QStringLiteral("max_cpu")));
        const qint64 logDisk = opts.contains(QStringLiteral("LOG_DISK_SIZE")) ? parseSize(opts.value(QStringLiteral("LOG_DISK_SIZE")), &ok) : 3 * memory;
        if (!ok)
            return StatementResult::fail(obError(-4002, QStringLiteral("log_disk_size")));
        const qint64 id = m_sql.scalarInt(QStringLiteral("SELECT IFNULL(MAX(UNIT_CONFIG_ID), 1000) + 1 FROM oceanbase.DBA_OB_UNIT_CONFIGS"));
        QList<Value> row{Value::integer(id), Value::text(name), Value::text(t), Value::text(t), Value::real(maxCpu), Value::real(minCpu),
                         Value::integer(memory), Value::integer(logDisk),
                         Value::integer(opts.value(QStringLiteral("MAX_IOPS"), QString::number(INT64_MAX)).toLongLong()),
                         Value::integer(opts.value(QStringLiteral("MIN_IOPS"), QString::number(INT64_MAX)).toLongLong()),
                         Value::integer(opts.value(QStringLiteral("IOPS_WEIGHT"), QString::number(qint64(minCpu))).toLongLong())};
        if (m_profile.version >= ObVersion(4, 3, 3))
            row << Value::null() << Value::integer(INT64_MAX) << Value::integer(qint64(minCpu));
        QStringList marks;
        for (qsizetype i = 0; i < row.size(); ++i)
            marks << QStringLiteral("?");
        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.DBA_OB_UNIT_CONFIGS VALUES (%1)").arg(marks.join(u',')), row);
        return StatementResult::ok();
    }
    if (!p.expect("POOL"))
        return StatementResult::fail(p.error());
    QString name;
    p.identifier(&name);
    QString unit;
    qint64 unitNum = 1;
    QStringList zones;
    do {
        if (p.accept("UNIT")) {
            p.acceptSymbol("=");
            literal(p, &unit);
        } else if (p.accept("UNIT_NUM")) {
            p.acceptSymbol("=");
            p.integer(&unitNum);
        } else if (p.accept("ZONE_LIST")) {
            p.acceptSymbol("=");
            p.expectSymbol("(");
            QString z;
            do {
                if (p.string(&z))
                    zones << z;
            } while (p.acceptSymbol(","));
            p.expectSymbol(")");
        } else {
            p.failAt(p.peek());
        }
    } while (!p.failed() && p.acceptSymbol(","));
    if (!p.expectEnd() || p.failed() || unit.isEmpty())
        return StatementResult::fail(p.error());
    const QString poolTable = m_profile.v3 ? QStringLiteral("__all_resource_pool") : QStringLiteral("DBA_OB_RESOURCE_POOLS");
    const QString unitTable = m_profile.v3 ? QStringLiteral("__all_unit_config") : QStringLiteral("DBA_OB_UNIT_CONFIGS");
    if (m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.%1 WHERE NAME = ?").arg(poolTable), {Value::text(name)}))
        return StatementResult::fail(obError(-4651, QStringLiteral("resource pool '%1' exist").arg(name)));
    SqlError e;
    const auto u = m_sql.query(QStringLiteral("SELECT UNIT_CONFIG_ID, MAX_CPU, MIN_CPU, %1 FROM oceanbase.%2 WHERE NAME = ?")
                                   .arg(m_profile.v3 ? QStringLiteral("MAX_MEMORY, 0") : QStringLiteral("MEMORY_SIZE, LOG_DISK_SIZE"), unitTable),
                               {Value::text(unit)}, &e);
    if (!u || u->rows.isEmpty())
        return StatementResult::fail(obError(-4648, QStringLiteral("resource unit '%1' not exist").arg(unit)));
    const qint64 unitId = u->rows[0][0].toInt();
    const double cpu = u->rows[0][2].kind == Value::Kind::Real ? u->rows[0][2].d : double(u->rows[0][2].toInt());
    const qint64 memory = u->rows[0][3].toInt();
    const qint64 logDisk = u->rows[0][4].toInt();
    if (zones.isEmpty())
        zones = {QStringLiteral("zone1"), QStringLiteral("zone2"), QStringLiteral("zone3")};
    if (unitNum < 1)
        return StatementResult::fail(obError(-4002, QStringLiteral("unit_num")));
    if (!m_profile.v3) {
        // __min_full_resource_pool_memory (5 GiB by default) for full-replica pools (ob-restore-sql.md §1.10).
        const qint64 minMemory = m_sql.scalarInt(QStringLiteral("SELECT VALUE FROM oceanbase.\"GV$OB_PARAMETERS\" WHERE NAME = '__min_full_resource_pool_memory' LIMIT 1"));
        if (memory < minMemory)
            return StatementResult::fail(obError(-4002, QStringLiteral("unit MEMORY_SIZE less than __min_full_resource_pool_memory")));
        for (const QString &zone : std::as_const(zones)) {
            if (!m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.DBA_OB_ZONES WHERE ZONE = ?"), {Value::text(zone)}))
                return StatementResult::fail(obError(-4530, QStringLiteral("Zone info '%1' not exist").arg(zone)));
            const qint64 servers = m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.\"GV$OB_SERVERS\" WHERE ZONE = ?"), {Value::text(zone)});
            if (unitNum > servers)
                return StatementResult::fail(obError(-4734, QStringLiteral("zone '%1' server not enough to hold %2 new unit, please check zone valid servers").arg(zone).arg(unitNum)));
            const qint64 fit = m_sql.scalarInt(
                QStringLiteral("SELECT count(*) FROM oceanbase.\"GV$OB_SERVERS\" WHERE ZONE = ? AND CPU_CAPACITY - CPU_ASSIGNED >= ? "
                               "AND MEM_CAPACITY - MEM_ASSIGNED >= ? AND LOG_DISK_CAPACITY - LOG_DISK_ASSIGNED >= ?"),
                {Value::text(zone), Value::real(cpu), Value::integer(memory), Value::integer(logDisk)});
            if (fit < unitNum)
                return StatementResult::fail(obError(-4733, QStringLiteral("zone '%1' resource not enough to hold %2 unit. You can check resource info by views: DBA_OB_UNITS, GV$OB_UNITS, GV$OB_SERVERS.")
                                                                .arg(zone)
                                                                .arg(unitNum)));
        }
    }
    const qint64 poolId = m_sql.scalarInt(QStringLiteral("SELECT IFNULL(MAX(RESOURCE_POOL_ID), 1000) + 1 FROM oceanbase.%1").arg(poolTable));
    if (m_profile.v3) {
        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.__all_resource_pool VALUES (?, ?, ?, ?, ?, NULL)"),
                   {Value::integer(poolId), Value::text(name), Value::integer(unitNum), Value::integer(unitId), Value::text(zones.join(u';'))});
        return StatementResult::ok();
    }
    const QString t2 = nowText();
    m_sql.exec(QStringLiteral("INSERT INTO oceanbase.DBA_OB_RESOURCE_POOLS VALUES (?, ?, NULL, ?, ?, ?, ?, ?, 'FULL')"),
               {Value::integer(poolId), Value::text(name), Value::text(t2), Value::text(t2), Value::integer(unitNum), Value::integer(unitId),
                Value::text(zones.join(u';'))});
    // Units: one per zone per unit_num, on the servers with the most free memory; assigned resources grow.
    for (const QString &zone : std::as_const(zones)) {
        SqlError se;
        const auto servers = m_sql.query(QStringLiteral("SELECT SVR_IP, SVR_PORT FROM oceanbase.\"GV$OB_SERVERS\" WHERE ZONE = ? "
                                                        "ORDER BY MEM_CAPACITY - MEM_ASSIGNED DESC LIMIT ?"),
                                         {Value::text(zone), Value::integer(unitNum)}, &se);
        for (const auto &s : servers ? servers->rows : QList<QList<Value>>{}) {
            const qint64 unitIdNew = m_sql.scalarInt(QStringLiteral("SELECT IFNULL(MAX(UNIT_ID), 1000) + 1 FROM oceanbase.DBA_OB_UNITS"));
            QList<Value> row{Value::integer(unitIdNew), Value::null(), Value::text(QStringLiteral("ACTIVE")), Value::integer(poolId),
                             Value::integer(0), Value::text(t2), Value::text(t2), Value::text(zone), s[0], s[1], Value::null(),
                             Value::null(), Value::null(), Value::integer(unitId), Value::real(cpu), Value::real(cpu),
                             Value::integer(memory), Value::integer(logDisk), Value::integer(INT64_MAX), Value::integer(INT64_MAX),
                             Value::integer(qint64(cpu))};
            if (m_profile.version >= ObVersion(4, 3, 3))
                row << Value::null() << Value::integer(INT64_MAX) << Value::integer(qint64(cpu));
            QStringList marks;
            for (qsizetype i = 0; i < row.size(); ++i)
                marks << QStringLiteral("?");
            m_sql.exec(QStringLiteral("INSERT INTO oceanbase.DBA_OB_UNITS VALUES (%1)").arg(marks.join(u',')), row);
            m_sql.exec(QStringLiteral("UPDATE oceanbase.\"GV$OB_SERVERS\" SET CPU_ASSIGNED = CPU_ASSIGNED + ?, CPU_ASSIGNED_MAX = CPU_ASSIGNED_MAX + ?, "
                                      "MEM_ASSIGNED = MEM_ASSIGNED + ?, LOG_DISK_ASSIGNED = LOG_DISK_ASSIGNED + ? WHERE SVR_IP = ? AND SVR_PORT = ?"),
                       {Value::real(cpu), Value::real(cpu), Value::integer(memory), Value::integer(logDisk), s[0], s[1]});
        }
    }
    return StatementResult::ok();
}

StatementResult ObCluster::runDropResource(Session &, const QString &sql)
{
    Parser p(sql, tokenize(sql));
    p.expect("DROP");
    p.expect("RESOURCE");
    const bool pool = p.accept("POOL");
    if (!pool && !p.expect("UNIT"))
        return StatementResult::fail(p.error());
    bool ifExists = false;
    if (p.accept("IF")) {
        p.expect("EXISTS");
        ifExists = true;
    }
    QString name;
    if (!p.identifier(&name) || !p.expectEnd())
        return StatementResult::fail(p.error());
    const QString poolTable = m_profile.v3 ? QStringLiteral("__all_resource_pool") : QStringLiteral("DBA_OB_RESOURCE_POOLS");
    const QString unitTable = m_profile.v3 ? QStringLiteral("__all_unit_config") : QStringLiteral("DBA_OB_UNIT_CONFIGS");
    if (pool) {
        SqlError e;
        const auto r = m_sql.query(QStringLiteral("SELECT RESOURCE_POOL_ID, TENANT_ID FROM oceanbase.%1 WHERE NAME = ?").arg(poolTable), {Value::text(name)}, &e);
        if (!r || r->rows.isEmpty())
            return ifExists ? StatementResult::ok() : StatementResult::fail(obError(-4650, QStringLiteral("resource pool '%1' not exist").arg(name)));
        if (!r->rows[0][1].isNull())
            return StatementResult::fail(obError(-4626, QStringLiteral("resource pool '%1' has already been granted to a tenant").arg(name)));
        const Value poolId = r->rows[0][0];
        if (!m_profile.v3) {
            SqlError ue;
            const auto units = m_sql.query(QStringLiteral("SELECT SVR_IP, SVR_PORT, MAX_CPU, MEMORY_SIZE, LOG_DISK_SIZE FROM oceanbase.DBA_OB_UNITS WHERE RESOURCE_POOL_ID = ?"), {poolId}, &ue);
            for (const auto &u : units ? units->rows : QList<QList<Value>>{})
                m_sql.exec(QStringLiteral("UPDATE oceanbase.\"GV$OB_SERVERS\" SET CPU_ASSIGNED = CPU_ASSIGNED - ?, CPU_ASSIGNED_MAX = CPU_ASSIGNED_MAX - ?, "
                                          "MEM_ASSIGNED = MEM_ASSIGNED - ?, LOG_DISK_ASSIGNED = LOG_DISK_ASSIGNED - ? WHERE SVR_IP = ? AND SVR_PORT = ?"),
                           {u[2], u[2], u[3], u[4], u[0], u[1]});
            m_sql.exec(QStringLiteral("DELETE FROM oceanbase.DBA_OB_UNITS WHERE RESOURCE_POOL_ID = ?"), {poolId});
        }
        m_sql.exec(QStringLiteral("DELETE FROM oceanbase.%1 WHERE NAME = ?").arg(poolTable), {Value::text(name)});
        return StatementResult::ok();
    }
    SqlError e;
    const auto r = m_sql.query(QStringLiteral("SELECT UNIT_CONFIG_ID FROM oceanbase.%1 WHERE NAME = ?").arg(unitTable), {Value::text(name)}, &e);
    if (!r || r->rows.isEmpty())
        return ifExists ? StatementResult::ok() : StatementResult::fail(obError(-4648, QStringLiteral("resource unit '%1' not exist").arg(name)));
    if (m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.%1 WHERE UNIT_CONFIG_ID = ?").arg(poolTable), {r->rows[0][0]}))
        return StatementResult::fail(obError(-4634, QStringLiteral("resource unit '%1' is referenced by some resource pool").arg(name)));
    m_sql.exec(QStringLiteral("DELETE FROM oceanbase.%1 WHERE NAME = ?").arg(unitTable), {Value::text(name)});
    return StatementResult::ok();
}

StatementResult ObCluster::runDropTenant(Session &, const QString &sql)
{
    Parser p(sql, tokenize(sql));
    p.expect("DROP");
    p.expect("TENANT");
    bool ifExists = false;
    if (p.accept("IF")) {
        p.expect("EXISTS");
        ifExists = true;
    }
    QString name;
    p.identifier(&name);
    bool force = false;
    while (!p.atEnd() && !p.failed()) {
        if (p.accept("FORCE"))
            force = true;
        else if (!p.accept("PURGE"))
            p.failAt(p.peek());
    }
    if (p.failed())
        return StatementResult::fail(p.error());
    Q_UNUSED(force) // obsim drops at once, like FORCE; a non-forced drop would go to the recycle bin
    SqlError error;
    if (!dropTenant(name, false, &error)) {
        if (ifExists && error.code == 5157)
            return StatementResult::ok();
        return StatementResult::fail(error);
    }
    return StatementResult::ok();
}

void ObCluster::setTenantVariable(qint64 tenantId, const QString &name, const QString &value)
{
    if (tenantId == 1)
        m_sysGlobals.insert(name, value);
    if (m_profile.v3)
        return;
    const QList<Value> key{Value::integer(tenantId), Value::text(name)};
    if (m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.CDB_OB_SYS_VARIABLES WHERE TENANT_ID = ? AND NAME = ?"), key) > 0)
        m_sql.exec(QStringLiteral("UPDATE oceanbase.CDB_OB_SYS_VARIABLES SET VALUE = ? WHERE TENANT_ID = ? AND NAME = ?"), QList<Value>{Value::text(value)} + key);
    else
        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.CDB_OB_SYS_VARIABLES (TENANT_ID, ZONE, NAME, DATA_TYPE, VALUE, FLAGS) VALUES (?, '', ?, 22, ?, 3)"),
                   key + QList<Value>{Value::text(value)});
}

StatementResult ObCluster::runAlterTenant(Session &, const QString &sql)
{
    // ALTER TENANT name [SET] VARIABLES var = value [, var = value …], run in the sys tenant (OceanBase's way of
    // setting another tenant's global variables). Other ALTER TENANT forms are not simulated.
    Parser p(sql, tokenize(sql));
    p.expect("ALTER");
    p.expect("TENANT");
    QString tenant;
    if (!p.identifier(&tenant))
        p.string(&tenant);
    p.accept("SET");
    if (p.failed() || !p.expect("VARIABLES"))
        return StatementResult::fail(p.failed() ? p.error() : syntaxError(sql, p.peek().pos));
    const qint64 id = m_sql.scalarInt(QStringLiteral("SELECT TENANT_ID FROM oceanbase.%1 WHERE TENANT_NAME = ?")
                                          .arg(m_profile.v3 ? QStringLiteral("__all_tenant") : QStringLiteral("DBA_OB_TENANTS")),
                                      {Value::text(tenant)});
    if (id <= 0)
        return StatementResult::fail(SqlError{5157, "HY000", QStringLiteral("Unknown tenant '%1'").arg(tenant)});
    QList<QPair<QString, QString>> values;
    do {
        QString name;
        QString value;
        if (!p.identifier(&name) || !p.expectSymbol("=") || !literal(p, &value))
            return StatementResult::fail(p.error());
        name = name.toLower();
        if (name == u"time_zone" && !isValidTimeZone(value))
            return StatementResult::fail(SqlError{1298, "HY000", QStringLiteral("Unknown or incorrect time zone: '%1'").arg(value)});
        values.append({name, value});
    } while (p.acceptSymbol(","));
    if (!p.expectEnd())
        return StatementResult::fail(p.error());
    for (const auto &[name, value] : std::as_const(values))
        setTenantVariable(id, name, value);
    return StatementResult::ok();
}

} // namespace obsim
