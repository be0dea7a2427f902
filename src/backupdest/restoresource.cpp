#include "restoresource.h"

#include "diagnostics.h"

#include <algorithm>

namespace obrestore {

namespace {

// One candidate of FROM: a data destination with one archive destination, or with none (complement log).
struct Pair
{
    qsizetype data = -1;
    qsizetype archive = -1;
};

// Everything the rule needs for one tenant, read once.
struct Inputs
{
    QList<SetList> sets;               // per data destination
    QList<PieceCandidates> candidates; // per archive destination
    QList<Pair> pairs;                 // in the order a source is chosen
};

Inputs inputsOf(const TenantEntry &t)
{
    Inputs in;
    for (const DataDestEntry &d : t.dataDests)
        in.sets.append(setsListedByOceanBase(d));
    for (const ArchiveDestEntry &a : t.archiveDests)
        in.candidates.append(pieceCandidates(a));
    for (qsizetype d = 0; d < t.dataDests.size(); ++d) {
        for (qsizetype a = 0; a < t.archiveDests.size(); ++a)
            in.pairs.append({d, a});
        in.pairs.append({d, -1});
    }
    return in;
}

RestoreSource select(const Inputs &in, const Pair &p, Scn t)
{
    return selectRestoreSource(in.sets[p.data], p.archive < 0 ? nullptr : &in.candidates[p.archive], t);
}

TenantRestoreSource accepted(const TenantEntry &t, const Pair &p, const RestoreSource &s, Scn point)
{
    TenantRestoreSource out;
    out.scn = point;
    out.restorable = true;
    out.dataIndex = p.data;
    out.archiveIndex = p.archive;
    out.dataDestUri = t.dataDests[p.data].uri;
    out.dataDestParameters = t.dataDests[p.data].parameters;
    if (p.archive >= 0) {
        out.archiveDestUri = t.archiveDests[p.archive].uri;
        out.archiveDestParameters = t.archiveDests[p.archive].parameters;
    }
    out.sets = s.sets;
    out.pieces = s.pieces;
    return out;
}

QString tenantUri(const TenantEntry &t)
{
    return !t.dataDests.isEmpty() ? t.dataDests.first().uri : (t.archiveDests.isEmpty() ? QString() : t.archiveDests.first().uri);
}

// Why no pair accepts `point`: a file the walk cannot read first (that is what the server will say), then a
// tenant without any window, then the point's place among the windows.
Diagnostic whyNot(const TenantEntry &t, const Inputs &in, Scn point, const QTimeZone &zone)
{
    const QList<RestoreWindow> &windows = t.windows; // the catalog computed them with tenantWindows()
    const qint64 tenant = t.tenantId;
    if (t.dataDests.isEmpty())
        return diag::missingDataDest(tenant, tenantUri(t));
    for (const Pair &p : in.pairs) {
        const RestoreSource s = select(in, p, point);
        if (s.failure == RestoreSource::Failure::Unreadable)
            return diag::unreadableStopsRestore(tenant, s.unreadableUri, point, zone);
    }
    if (windows.isEmpty())
        return diag::pointWithoutWindows(tenant, tenantUri(t));
    std::optional<Scn> before;
    std::optional<Scn> after;
    for (const RestoreWindow &w : windows) {
        if (w.end < point)
            before = w.end;
        else if (w.start > point && !after)
            after = w.start;
    }
    return diag::pointOutsideWindows(tenant, tenantUri(t), point, before, after, zone);
}

} // namespace

QStringList TenantRestoreSource::fromUris() const
{
    QStringList out;
    auto add = [&](const QString &uri, const QString &parameters) {
        if (!uri.isEmpty())
            out << (parameters.isEmpty() ? uri : uri + u'?' + parameters);
    };
    add(dataDestUri, dataDestParameters);
    add(archiveDestUri, archiveDestParameters);
    return out;
}

QString TenantRestoreSource::from() const
{
    return fromUris().join(u',');
}

QList<qint64> TenantRestoreSource::setIds() const
{
    QList<qint64> ids;
    for (const BackupSetFileDesc &s : sets)
        ids << s.backupSetId;
    return ids;
}

QList<RestoreWindow> tenantWindows(const TenantEntry &tenant)
{
    const Inputs in = inputsOf(tenant);
    QList<RestoreWindow> windows;
    for (const Pair &p : in.pairs)
        windows += computeWindows(in.sets[p.data], p.archive < 0 ? nullptr : &in.candidates[p.archive]);
    return mergeWindows(windows);
}

TenantRestoreSource restoreSourceAt(const TenantEntry &tenant, Scn point, const QTimeZone &zone)
{
    const Inputs in = inputsOf(tenant);
    for (const Pair &p : in.pairs) {
        const RestoreSource s = select(in, p, point);
        if (s.failure == RestoreSource::Failure::None)
            return accepted(tenant, p, s, point);
    }
    TenantRestoreSource out;
    out.scn = point;
    out.reason = whyNot(tenant, in, point, zone);
    return out;
}

TenantRestoreSource latestRestoreSource(const TenantEntry &tenant, const QTimeZone &zone)
{
    const Inputs in = inputsOf(tenant);
    std::optional<TenantRestoreSource> best;
    std::optional<Scn> newestRefused; // the newest point a pair would go to but the server would refuse
    std::optional<Diagnostic> stopped;  // a data-only walk that ends at an unreadable set
    for (const Pair &p : in.pairs) {
        // The point the server picks without UNTIL when FROM names exactly this pair.
        std::optional<Scn> point;
        if (p.archive >= 0) {
            point = latestArchivePoint(tenant.archiveDests[p.archive]);
        } else {
            const LatestDataOnly walk = latestDataOnlyPoint(tenant.dataDests[p.data]);
            point = walk.point;
            if (walk.stoppedAtSet != 0 && !stopped)
                stopped = diag::latestStoppedAtSet(tenant.tenantId, walk.stoppedUri, walk.stoppedAtSet);
        }
        if (!point)
            continue;
        const RestoreSource s = select(in, p, *point);
        if (s.failure != RestoreSource::Failure::None) {
            if (!newestRefused || *point > *newestRefused)
                newestRefused = point;
            continue;
        }
        if (!best || *point > best->scn)
            best = accepted(tenant, p, s, *point);
    }
    if (best) {
        best->latest = true;
        return *best;
    }
    TenantRestoreSource out;
    out.latest = true;
    if (newestRefused) {
        out.scn = *newestRefused;
        out.reason = whyNot(tenant, in, *newestRefused, zone);
        if (out.reason->code == u"POINT_OUTSIDE_WINDOWS")
            out.reason = diag::latestNotRestorable(tenant.tenantId, tenantUri(tenant), *newestRefused, zone);
    } else if (stopped) {
        out.reason = stopped;
    } else {
        out.reason = tenant.dataDests.isEmpty() ? diag::missingDataDest(tenant.tenantId, tenantUri(tenant))
            : tenant.windows.isEmpty()                 ? diag::pointWithoutWindows(tenant.tenantId, tenantUri(tenant))
                                                : diag::latestNotRestorable(tenant.tenantId, tenantUri(tenant), std::nullopt, zone);
    }
    return out;
}

} // namespace obrestore
