#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <QtGlobal>

#include <optional>

namespace obrestore {

// OceanBase's SCN (share::SCN): for GTS-based SCNs the value is nanoseconds since the Unix epoch (UTC).
// Limits from src/share/scn.h: MIN = 0, BASE = 1, MAX = 2^62-1, INVALID = UINT64_MAX
// (../shared/reference/ob-backup-layout.md §6).
//
// Times derived from an SCN carry microseconds (OceanBase's convert_to_ts(): µs = ns/1000, truncating);
// QDateTime holds only milliseconds, so the microsecond digits are kept and formatted here.
class Scn
{
public:
    static constexpr quint64 kMin = 0;
    static constexpr quint64 kBase = 1;
    static constexpr quint64 kMax = (quint64(1) << 62) - 1;
    static constexpr quint64 kInvalid = ~quint64(0);

    constexpr Scn() = default;
    constexpr explicit Scn(quint64 value) : m_value(value) {}

    static constexpr Scn max() { return Scn(kMax); }
    static constexpr Scn invalid() { return Scn(kInvalid); }

    // Microseconds since the epoch (UTC) -> SCN (OceanBase's convert_from_ts: ns = us * 1000).
    static std::optional<Scn> fromMicroseconds(qint64 usecsSinceEpoch);
    // A UTC (or any zoned) QDateTime -> SCN, at its millisecond precision.
    static std::optional<Scn> fromDateTime(const QDateTime &dt);

    // Parses either an SCN (decimal digits, 0..2^62-1) or a date-time "YYYY-MM-DD HH:MM:SS[.ffffff]"
    // (also with a 'T' separator) read in `zone`. A date-time that the zone skips (a DST gap) or that lies
    // before 1970 is refused. On failure returns nullopt and sets *error to a translated message.
    static std::optional<Scn> parse(QStringView text, const QTimeZone &zone, QString *error = nullptr);

    constexpr quint64 value() const { return m_value; }
    // A real point in time: not INVALID, not MAX (unbounded), not MIN/BASE.
    constexpr bool isTime() const { return m_value > kBase && m_value < kMax; }
    constexpr bool isValid() const { return m_value != kInvalid; }

    qint64 microseconds() const { return qint64(m_value / 1000); } // truncating, like convert_to_ts()
    QDateTime toUtcDateTime() const; // millisecond precision

    // "2024-03-01T08:00:00.123456Z" (RFC 3339, UTC, microseconds), as in the CLI's JSON.
    QString toRfc3339() const;
    // "2024-03-01 16:00:00.123456" in `zone`, without a zone label (the form UNTIL TIME takes).
    QString toLocalString(const QTimeZone &zone) const;
    // toLocalString() plus the zone's label, e.g. "2024-03-01 16:00:00.123456 +08:00 (Asia/Shanghai)",
    // "2024-03-01 08:00:00.123456 UTC".
    QString toDisplayString(const QTimeZone &zone) const;
    QString toDecimal() const { return QString::number(m_value); }

    friend constexpr bool operator==(Scn a, Scn b) { return a.m_value == b.m_value; }
    friend constexpr bool operator!=(Scn a, Scn b) { return a.m_value != b.m_value; }
    friend constexpr bool operator<(Scn a, Scn b) { return a.m_value < b.m_value; }
    friend constexpr bool operator<=(Scn a, Scn b) { return a.m_value <= b.m_value; }
    friend constexpr bool operator>(Scn a, Scn b) { return a.m_value > b.m_value; }
    friend constexpr bool operator>=(Scn a, Scn b) { return a.m_value >= b.m_value; }

private:
    quint64 m_value = kInvalid;
};

// Time-zone names as users type them: "UTC", "Z", "local", "+08:00", "-0530", "UTC+8", "Asia/Shanghai".
std::optional<QTimeZone> parseTimeZone(QStringView text);
// The label used in displays: "UTC", "+08:00" for fixed offsets, the IANA id otherwise.
QString timeZoneLabel(const QTimeZone &zone);

} // namespace obrestore
