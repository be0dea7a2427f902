#include "scn.h"

#include "tr.h"

#include <QRegularExpression>

namespace obrestore {

namespace {

constexpr qint64 kUsecsPerSec = 1000000;

QString offsetText(int offsetSecs)
{
    const QChar sign = offsetSecs < 0 ? u'-' : u'+';
    const int abs = offsetSecs < 0 ? -offsetSecs : offsetSecs;
    return QStringLiteral("%1%2:%3").arg(sign).arg(abs / 3600, 2, 10, QChar(u'0')).arg((abs % 3600) / 60, 2, 10, QChar(u'0'));
}

bool isUtc(const QTimeZone &zone)
{
    const QByteArray id = zone.id();
    return id == "UTC" || id == "Etc/UTC" || id == "UTC+00:00";
}

bool isFixedOffset(const QTimeZone &zone)
{
    // QTimeZone(int offsetSeconds) is named "UTC+08:00"; Qt 6.4 has no QTimeZone::timeSpec().
    const QByteArray id = zone.id();
    return id.startsWith("UTC+") || id.startsWith("UTC-");
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<Scn> Scn::fromMicroseconds(qint64 usecs)
{
    if (usecs < 0 || quint64(usecs) > kMax / 1000)
        return std::nullopt;
    return Scn(quint64(usecs) * 1000);
}

std::optional<Scn> Scn::fromDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return std::nullopt;
    return fromMicroseconds(dt.toMSecsSinceEpoch() * 1000);
}

std::optional<Scn> Scn::parse(QStringView input, const QTimeZone &zone, QString *error)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty()) {
        setError(error, Tr::tr("Enter an SCN or a date and time (YYYY-MM-DD HH:MM:SS[.ffffff])."));
        return std::nullopt;
    }

    static const QRegularExpression reDigits(QStringLiteral(R"(\A[0-9]+\z)"));
    if (reDigits.match(text).hasMatch()) {
        bool ok = false;
        const quint64 v = text.size() <= 20 ? text.toULongLong(&ok) : 0;
        if (!ok || v > kMax) {
            setError(error, Tr::tr("The SCN %1 is out of range: an SCN is at most %2.").arg(text).arg(kMax));
            return std::nullopt;
        }
        return Scn(v);
    }

    static const QRegularExpression reDateTime(
        QStringLiteral(R"(\A([0-9]{4})-([0-9]{2})-([0-9]{2})[ T]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,6}))?\z)"));
    const auto m = reDateTime.match(text);
    if (!m.hasMatch()) {
        setError(error, Tr::tr("\"%1\" is neither an SCN (digits only) nor a date and time in the form "
                               "YYYY-MM-DD HH:MM:SS[.ffffff].")
                            .arg(text));
        return std::nullopt;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid()) {
        setError(error, Tr::tr("\"%1\" is not a valid calendar date and time.").arg(text));
        return std::nullopt;
    }
    if (!zone.isValid()) {
        setError(error, Tr::tr("The time zone is not valid."));
        return std::nullopt;
    }
    const QDateTime dt(date, time, zone);
    // A wall-clock time that the zone skips (DST gap) comes back shifted; refuse it rather than guess.
    if (!dt.isValid() || dt.date() != date || dt.time() != time) {
        setError(error, Tr::tr("%1 does not exist in the time zone %2 (a daylight-saving gap).")
                            .arg(text, timeZoneLabel(zone)));
        return std::nullopt;
    }
    QString frac = m.captured(7);
    qint64 micros = 0;
    if (!frac.isEmpty()) {
        while (frac.size() < 6)
            frac.append(u'0');
        micros = frac.toLongLong();
    }
    const qint64 secs = dt.toSecsSinceEpoch();
    if (secs < 0) {
        setError(error, Tr::tr("%1 is before 1970-01-01 00:00:00 UTC, which no SCN can express.").arg(text));
        return std::nullopt;
    }
    const auto scn = fromMicroseconds(secs * kUsecsPerSec + micros);
    if (!scn)
        setError(error, Tr::tr("%1 is too far in the future to be an SCN.").arg(text));
    return scn;
}

QDateTime Scn::toUtcDateTime() const
{
    return QDateTime::fromMSecsSinceEpoch(qint64(m_value / 1000000), QTimeZone::utc());
}

QString Scn::toRfc3339() const
{
    const qint64 us = microseconds();
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(us / kUsecsPerSec, QTimeZone::utc());
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral(".%1Z").arg(us % kUsecsPerSec, 6, 10, QChar(u'0'));
}

QString Scn::toLocalString(const QTimeZone &zone) const
{
    const qint64 us = microseconds();
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(us / kUsecsPerSec, zone);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(".%1").arg(us % kUsecsPerSec, 6, 10, QChar(u'0'));
}

QString Scn::toDisplayString(const QTimeZone &zone) const
{
    const QString local = toLocalString(zone);
    if (isUtc(zone))
        return local + QStringLiteral(" UTC");
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(microseconds() / kUsecsPerSec, zone);
    const QString offset = offsetText(dt.offsetFromUtc());
    if (isFixedOffset(zone))
        return QStringLiteral("%1 %2").arg(local, offset);
    return QStringLiteral("%1 %2 (%3)").arg(local, offset, QString::fromUtf8(zone.id()));
}

std::optional<QTimeZone> parseTimeZone(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return std::nullopt;
    if (text.compare(u"UTC", Qt::CaseInsensitive) == 0 || text == u"Z" || text.compare(u"GMT", Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    if (text.compare(u"local", Qt::CaseInsensitive) == 0)
        return QTimeZone::systemTimeZone();

    // "+08:00", "-0530", "+8", "UTC+08:00", "GMT-3"
    static const QRegularExpression reOffset(QStringLiteral(R"(\A(?:UTC|GMT)?([+-])([0-9]{1,2})(?::?([0-9]{2}))?\z)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const auto m = reOffset.match(text);
    if (m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int secs = (hours * 3600 + minutes * 60) * (m.captured(1) == u"-" ? -1 : 1);
        if (secs == 0)
            return QTimeZone::utc();
        return QTimeZone(secs);
    }

    const QByteArray id = text.toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(id))
        return std::nullopt;
    QTimeZone zone(id);
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

QString timeZoneLabel(const QTimeZone &zone)
{
    if (isUtc(zone))
        return QStringLiteral("UTC");
    if (isFixedOffset(zone))
        return offsetText(zone.offsetFromUtc(QDateTime::currentDateTimeUtc()));
    return QString::fromUtf8(zone.id());
}

} // namespace obrestore
