#pragma once

// Helpers shared by the parts of the simulated cluster.
#include "sqlengine.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace obsim {
struct Session;
}

namespace obsim::util {

// A session's time_zone variable as a zone (OceanBase's default +08:00; SYSTEM = the host's zone), and an SCN
// shown in it the way the *_DISPLAY columns show it (empty for 0 and 1). Defined in obcluster.cpp.
QTimeZone sessionZone(const Session &s);
QString scnDisplay(quint64 scn, const QTimeZone &zone);
// Whether `value` is a time_zone the server accepts: SYSTEM, an IANA name, or an offset within −12:59…+13:00.
bool isValidTimeZone(const QString &value);

inline constexpr qint64 kGiB = 1024ll * 1024 * 1024;

// OceanBase error codes as the client sees them (ob-restore-sql.md §6: the mapped MySQL code where one exists,
// else the absolute OceanBase code).
inline SqlError obError(int obCode, const QString &message)
{
    switch (obCode) {
    case -4002:
        return {1210, "HY000", QStringLiteral("Incorrect arguments to %1").arg(message)};
    case -4007:
        return {1235, "0A000", QStringLiteral("%1 not supported").arg(message)};
    case -4179:
        return {4179, "HY000", QStringLiteral("%1 not allowed").arg(message)};
    case -5154: // OB_ERR_BAD_DATABASE → ER_BAD_DB_ERROR
        return {1049, "42000", message};
    case -5020: // OB_ERR_TABLE_EXIST → ER_TABLE_EXISTS_ERROR
        return {1050, "42S01", message};
    default:
        return {quint16(-obCode), "HY000", message};
    }
}

// A TIMESTAMP column's stored form: the instant in UTC (shown in the reading session's zone, ObCluster::runSelect).
inline QString utcText(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"));
}

inline QString nowText()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"));
}

// '5G', '5GB', '512M', 5368709120 → bytes.
inline qint64 parseSize(const QString &text, bool *ok)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)B?\s*$)"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    *ok = m.hasMatch();
    if (!*ok)
        return 0;
    const QString unit = m.captured(2).toUpper();
    const int shift = unit == u"K" ? 10 : unit == u"M" ? 20 : unit == u"G" ? 30 : unit == u"T" ? 40 : 0;
    return qint64(m.captured(1).toDouble() * double(qint64(1) << shift));
}

// INSERT INTO oceanbase."<table>" VALUES (?, ?, …) with one '?' per value.
inline QString insertInto(const QString &table, qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO oceanbase.\"%1\" VALUES (%2)").arg(table, marks.join(u','));
}

} // namespace obsim::util
