#pragma once

#include "mysqlpacket.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;

namespace obsim {

// A value as it travels between SQLite and the MySQL protocol.
struct Value
{
    enum class Kind { Null, Int, Real, Text };
    Kind kind = Kind::Null;
    qint64 i = 0;
    double d = 0;
    QByteArray s;

    static Value null() { return {}; }
    static Value integer(qint64 v) { return {Kind::Int, v, 0, {}}; }
    static Value real(double v) { return {Kind::Real, 0, v, {}}; }
    static Value text(const QByteArray &v) { return {Kind::Text, 0, 0, v}; }
    static Value text(const QString &v) { return text(v.toUtf8()); }
    bool isNull() const { return kind == Kind::Null; }
    QByteArray toText() const; // as the text protocol sends it
    qint64 toInt() const;
};

struct Column
{
    QByteArray name;
    QByteArray table;
    mysql::FieldType type = mysql::TypeBlob; // TEXT (a BLOB with a character set), LONGLONG, DOUBLE
    // Declared TIMESTAMP: the column holds an instant as UTC text ('yyyy-MM-dd HH:mm:ss.ffffff') and is shown in the
    // reading session's time zone, as MySQL and OceanBase show a TIMESTAMP column.
    bool timestamp = false;
};

struct ResultSet
{
    bool hasColumns = false; // a SELECT-like result (possibly no rows), else an OK with `affected`
    QList<Column> columns;
    QList<QList<Value>> rows;
    quint64 affected = 0;
};

// An error as the server reports it: MySQL errno, SQLSTATE, message.
struct SqlError
{
    quint16 code = 0;
    QByteArray state = "HY000";
    QString message;
};

// SQLite in memory, with the `oceanbase` schema attached as a second in-memory database, so the product's
// SELECTs (any WHERE, ORDER BY, LIMIT, joins) run on a real SQL engine. Not thread-safe: the cluster model
// serializes every call under its lock.
class SqlEngine
{
public:
    SqlEngine();
    ~SqlEngine();
    SqlEngine(const SqlEngine &) = delete;
    SqlEngine &operator=(const SqlEngine &) = delete;

    // Internal statements (DDL, DML of the model); returns false and sets *error on failure.
    bool exec(const QString &sql, const QList<Value> &params = {}, QString *error = nullptr);
    // A client's query. Column types come from the declared types, else from the first non-null value.
    std::optional<ResultSet> query(const QString &sql, const QList<Value> &params, SqlError *error);
    // Column names and types and the number of '?' parameters, without running the statement.
    bool describe(const QString &sql, QList<Column> *columns, int *paramCount, SqlError *error);

    // Scalar functions whose result depends on the model or session (ob_version(), @@vars, time zone).
    using Function = std::function<Value(const QList<Value> &args)>;
    void addFunction(const QByteArray &name, int argc, Function function);

    qint64 scalarInt(const QString &sql, const QList<Value> &params = {});

private:
    sqlite3 *m_db = nullptr;
    QList<Function *> m_functions;
};

} // namespace obsim
