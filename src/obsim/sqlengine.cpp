#include "sqlengine.h"

#include <sqlite3.h>

namespace obsim {

QByteArray Value::toText() const
{
    switch (kind) {
    case Kind::Null:
        return {};
    case Kind::Int:
        return QByteArray::number(i);
    case Kind::Real:
        return QByteArray::number(d, 'f', 2);
    case Kind::Text:
        return s;
    }
    return {};
}

qint64 Value::toInt() const
{
    switch (kind) {
    case Kind::Int:
        return i;
    case Kind::Real:
        return qint64(d);
    case Kind::Text:
        return s.toLongLong();
    case Kind::Null:
        break;
    }
    return 0;
}

namespace {

Value fromSqlite(sqlite3_value *v)
{
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        return Value::integer(sqlite3_value_int64(v));
    case SQLITE_FLOAT:
        return Value::real(sqlite3_value_double(v));
    case SQLITE_NULL:
        return Value::null();
    default:
        return Value::text(QByteArray(reinterpret_cast<const char *>(sqlite3_value_text(v)), sqlite3_value_bytes(v)));
    }
}

void bindAll(sqlite3_stmt *stmt, const QList<Value> &params)
{
    for (int i = 0; i < params.size(); ++i) {
        const Value &p = params[i];
        switch (p.kind) {
        case Value::Kind::Null:
            sqlite3_bind_null(stmt, i + 1);
            break;
        case Value::Kind::Int:
            sqlite3_bind_int64(stmt, i + 1, p.i);
            break;
        case Value::Kind::Real:
            sqlite3_bind_double(stmt, i + 1, p.d);
            break;
        case Value::Kind::Text:
            sqlite3_bind_text(stmt, i + 1, p.s.constData(), int(p.s.size()), SQLITE_TRANSIENT);
            break;
        }
    }
}

mysql::FieldType typeFromDecl(const char *decl)
{
    if (!decl)
        return mysql::TypeNull; // unknown: decided by the values
    const QByteArray d = QByteArray(decl).toUpper();
    if (d.contains("INT"))
        return mysql::TypeLongLong;
    if (d.contains("REAL") || d.contains("DOUBLE") || d.contains("FLOAT"))
        return mysql::TypeDouble;
    if (d.contains("DECIMAL"))
        return mysql::TypeNewDecimal;
    return mysql::TypeBlob;
}

// Names, tables and declared types of a statement's result columns (TypeNull: no declared type).
QList<Column> columnsOf(sqlite3_stmt *stmt)
{
    QList<Column> out;
    const int n = sqlite3_column_count(stmt);
    for (int c = 0; c < n; ++c) {
        Column col;
        col.name = sqlite3_column_name(stmt, c);
        const char *table = sqlite3_column_table_name(stmt, c);
        col.table = table ? QByteArray(table) : QByteArray();
        const char *decl = sqlite3_column_decltype(stmt, c);
        col.type = typeFromDecl(decl);
        col.timestamp = decl && QByteArray(decl).compare("TIMESTAMP", Qt::CaseInsensitive) == 0;
        out.append(col);
    }
    return out;
}

void callFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    auto *f = static_cast<SqlEngine::Function *>(sqlite3_user_data(ctx));
    QList<Value> args;
    for (int i = 0; i < argc; ++i)
        args.append(fromSqlite(argv[i]));
    const Value r = (*f)(args);
    switch (r.kind) {
    case Value::Kind::Null:
        sqlite3_result_null(ctx);
        break;
    case Value::Kind::Int:
        sqlite3_result_int64(ctx, r.i);
        break;
    case Value::Kind::Real:
        sqlite3_result_double(ctx, r.d);
        break;
    case Value::Kind::Text:
        sqlite3_result_text(ctx, r.s.constData(), int(r.s.size()), SQLITE_TRANSIENT);
        break;
    }
}

SqlError translate(sqlite3 *db, int rc)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    if (message.startsWith(u"no such table"))
        return {1146, "42S02", QStringLiteral("Table doesn't exist: %1").arg(message.mid(15))};
    if (message.startsWith(u"no such column"))
        return {1054, "42S22", QStringLiteral("Unknown column '%1' in 'field list'").arg(message.mid(16))};
    if (message.startsWith(u"no such function"))
        return {1305, "42000", QStringLiteral("FUNCTION %1 does not exist").arg(message.mid(18))};
    if (rc == SQLITE_ERROR && message.contains(u"syntax error"))
        return {1064, "42000", QStringLiteral("You have an error in your SQL syntax; check the manual that corresponds to "
                                              "your OceanBase version for the right syntax to use (%1)").arg(message)};
    return {1105, "HY000", message};
}

} // namespace

SqlEngine::SqlEngine()
{
    sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    exec(QStringLiteral("ATTACH DATABASE ':memory:' AS oceanbase"));
    exec(QStringLiteral("ATTACH DATABASE ':memory:' AS information_schema"));
    // MySQL functions the product may use that SQLite lacks.
    addFunction("concat", -1, [](const QList<Value> &a) {
        QByteArray out;
        for (const Value &v : a) {
            if (v.isNull())
                return Value::null();
            out += v.toText();
        }
        return Value::text(out);
    });
    addFunction("if", 3, [](const QList<Value> &a) { return a[0].toInt() != 0 ? a[1] : a[2]; });
}

SqlEngine::~SqlEngine()
{
    sqlite3_close(m_db);
    qDeleteAll(m_functions);
}

void SqlEngine::addFunction(const QByteArray &name, int argc, Function function)
{
    auto *f = new Function(std::move(function));
    m_functions.append(f);
    sqlite3_create_function_v2(m_db, name.constData(), argc, SQLITE_UTF8, f, callFunction, nullptr, nullptr, nullptr);
}

bool SqlEngine::exec(const QString &sql, const QList<Value> &params, QString *error)
{
    SqlError e;
    if (!query(sql, params, &e)) {
        if (error)
            *error = e.message;
        qWarning("obsim: internal SQL failed: %s: %s", qPrintable(sql), qPrintable(e.message));
        return false;
    }
    return true;
}

qint64 SqlEngine::scalarInt(const QString &sql, const QList<Value> &params)
{
    SqlError e;
    const auto r = query(sql, params, &e);
    if (!r || r->rows.isEmpty() || r->rows[0].isEmpty())
        return 0;
    return r->rows[0][0].toInt();
}

bool SqlEngine::describe(const QString &sql, QList<Column> *columns, int *paramCount, SqlError *error)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = translate(m_db, rc);
        return false;
    }
    if (paramCount)
        *paramCount = stmt ? sqlite3_bind_parameter_count(stmt) : 0;
    if (columns) {
        *columns = stmt ? columnsOf(stmt) : QList<Column>();
        for (Column &col : *columns) {
            if (col.type == mysql::TypeNull)
                col.type = mysql::TypeBlob; // no declared type and no value yet: text
        }
    }
    sqlite3_finalize(stmt);
    return true;
}

std::optional<ResultSet> SqlEngine::query(const QString &sql, const QList<Value> &params, SqlError *error)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = translate(m_db, rc);
        return std::nullopt;
    }
    ResultSet result;
    if (!stmt)
        return result; // an empty statement (only a comment)
    bindAll(stmt, params);
    const int n = sqlite3_column_count(stmt);
    result.hasColumns = n > 0;
    result.columns = columnsOf(stmt);
    QList<mysql::FieldType> declared;
    for (const Column &col : std::as_const(result.columns))
        declared.append(col.type);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QList<Value> row;
        row.reserve(n);
        for (int c = 0; c < n; ++c)
            row.append(fromSqlite(sqlite3_column_value(stmt, c)));
        result.rows.append(std::move(row));
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = translate(m_db, rc);
        sqlite3_finalize(stmt);
        return std::nullopt;
    }
    result.affected = n > 0 ? 0 : quint64(sqlite3_changes(m_db));
    sqlite3_finalize(stmt);
    // Expressions have no declared type: take it from the first non-null value.
    for (int c = 0; c < n; ++c) {
        if (declared[c] != mysql::TypeNull)
            continue;
        mysql::FieldType t = mysql::TypeBlob;
        for (const auto &row : std::as_const(result.rows)) {
            if (row[c].kind == Value::Kind::Int) {
                t = mysql::TypeLongLong;
                break;
            }
            if (row[c].kind == Value::Kind::Real) {
                t = mysql::TypeDouble;
                break;
            }
            if (row[c].kind == Value::Kind::Text)
                break;
        }
        result.columns[c].type = t;
    }
    return result;
}

} // namespace obsim
