#include "displayzone.h"

#include "common/scn.h"

#include <QRegularExpression>
#include <QSettings>

namespace obrestore {

namespace {

const QString kKey = QStringLiteral("display/timeZone");

} // namespace

DisplayZone &DisplayZone::instance()
{
    static DisplayZone zone;
    return zone;
}

DisplayZone::DisplayZone()
{
    m_zone = QTimeZone::systemTimeZone();
    const QString remembered = QSettings().value(kKey).toString();
    if (const auto z = parseTimeZone(remembered); z && !remembered.isEmpty()) {
        m_zone = *z;
        m_origin = Origin::Chosen;
    }
}

void DisplayZone::set(const QTimeZone &zone, Origin origin)
{
    const bool same = zone == m_zone;
    m_zone = zone;
    m_origin = origin;
    if (!same)
        Q_EMIT changed();
}

void DisplayZone::choose(const QTimeZone &zone)
{
    QSettings().setValue(kKey, timeZoneLabel(zone));
    set(zone, Origin::Chosen);
}

void DisplayZone::suggestSource(const QTimeZone &zone)
{
    m_source = zone;
    if (m_origin != Origin::Chosen)
        set(zone, Origin::Source);
}

void DisplayZone::reset()
{
    QSettings().remove(kKey);
    if (m_source)
        set(*m_source, Origin::Source);
    else
        set(QTimeZone::systemTimeZone(), Origin::Local);
}

QString DisplayZone::label() const
{
    return timeZoneLabel(m_zone);
}

QString DisplayZone::dateTime(const QDateTime &instant, bool labelled) const
{
    const QString text = instant.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return labelled ? QStringLiteral("%1 %2").arg(text, label()) : text;
}

QString DisplayZone::clock(const QDateTime &instant) const
{
    return QStringLiteral("%1 %2").arg(instant.toTimeZone(m_zone).toString(QStringLiteral("HH:mm:ss")), label());
}

QString DisplayZone::serverTime(const QString &utcText, bool labelled) const
{
    const auto t = parseServerUtc(utcText);
    return t ? dateTime(*t, labelled) : utcText;
}

std::optional<QDateTime> parseServerUtc(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(\A\s*(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?\s*\z)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString ms = (m.captured(3) + QStringLiteral("000")).left(3);
    QDateTime dt = QDateTime::fromString(m.captured(1) + u'T' + m.captured(2) + u'.' + ms, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

} // namespace obrestore
