#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include "backupdest/tenantcatalog.h"

#include <optional>

namespace obrestore {

// The one time zone every time in the application is shown in (the wizard's pages, the timeline, the restore jobs
// and progress windows, their charts). Chosen once by the user and remembered; until then the source cluster's zone
// where it is known (the tenant's recorded system time zone, or the source session's), else the host's.
// Changing it never moves a restore point: what is shown is rewritten, the SCN stays.
class DisplayZone final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisplayZone)

public:
    enum class Origin { Chosen, Source, Local };

    static DisplayZone &instance();

    QTimeZone zone() const { return m_zone; }
    Origin origin() const { return m_origin; }
    // The user's choice, remembered in the settings.
    void choose(const QTimeZone &zone);
    // The source cluster's zone: used only while the user has not chosen one.
    void suggestSource(const QTimeZone &zone);
    // The zone a tenant's backups recorded (locality_info's sys_time_zone), and the first such of a catalog's
    // tenants in their order (the tenant the tenant page selects first): suggested as soon as a source is read, so
    // the source page's findings and every later page share one zone.
    static std::optional<QTimeZone> recordedZone(const TenantEntry &tenant);
    void suggestSourceOf(const Catalog &catalog);
    // Forget the choice (tests, or a reset): back to the source's zone if one was suggested, else local.
    void reset();

    // "UTC", "+08:00" or "Asia/Shanghai": the label every shown time carries.
    QString label() const;
    // "2024-03-01 16:00:00 +08:00"; `instant` may be in any spec.
    QString dateTime(const QDateTime &instant, bool labelled = true) const;
    // "16:00:00 +08:00".
    QString clock(const QDateTime &instant) const;
    // A TIMESTAMP column as our sessions read it (their time_zone is pinned to +00:00, so the text is UTC),
    // converted to the display zone and labelled (unless a column header carries the label); text that is not a
    // time is returned as it is.
    QString serverTime(const QString &utcText, bool labelled = true) const;
    // The same for a time that cannot be later than `notAfter` (a job's finish: not after the answer that said it
    // had finished, nor after now): a later one is flagged as the server's clock or time zone being off, never
    // shown as fact. A minute of clock skew is let pass.
    QString serverTime(const QString &utcText, const QDateTime &notAfter, bool labelled = true) const;
    static bool isAfter(const QString &utcText, const QDateTime &notAfter);

Q_SIGNALS:
    void changed();

private:
    DisplayZone();
    void set(const QTimeZone &zone, Origin origin);

    QTimeZone m_zone;
    Origin m_origin = Origin::Local;
    std::optional<QTimeZone> m_source;
};

} // namespace obrestore
