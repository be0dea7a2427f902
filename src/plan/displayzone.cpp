#include "displayzone.h"

#include "common/scn.h"
#include "monitor/restoreprogress.h"
#include "tr.h"

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
    const auto t = serverDateTime(utcText);
    return t ? dateTime(*t, labelled) : utcText;
}

std::optional<QTimeZone> DisplayZone::recordedZone(const TenantEntry &tenant)
{
    for (const DataDestEntry &d : tenant.dataDests) {
        if (const auto zone = d.locality ? parseTimeZone(QString::fromUtf8(d.locality->sysTimeZone)) : std::nullopt)
            return zone;
    }
    return std::nullopt;
}

void DisplayZone::suggestSourceOf(const Catalog &catalog)
{
    for (const TenantEntry &t : catalog.tenants) {
        if (t.windows.isEmpty())
            continue; // the tenant page selects the first restorable tenant
        if (const auto zone = recordedZone(t))
            suggestSource(*zone);
        return;
    }
}

bool DisplayZone::isAfter(const QString &utcText, const QDateTime &notAfter)
{
    const auto t = serverDateTime(utcText);
    return t && notAfter.isValid() && *t > notAfter.addSecs(60);
}

QString DisplayZone::serverTime(const QString &utcText, const QDateTime &notAfter, bool labelled) const
{
    if (!isAfter(utcText, notAfter))
        return serverTime(utcText, labelled);
    return Tr::tr("%1 (impossible: later than %2, when it was read; the server's clock or time zone is off)")
        .arg(serverTime(utcText, labelled), dateTime(notAfter, labelled));
}

} // namespace obrestore
