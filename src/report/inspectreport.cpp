#include "inspectreport.h"

#include "backupdest/restorewindows.h"
#include "common/displaytext.h"
#include "common/obversion.h"
#include "jsonwriter.h"
#include "tr.h"

#include <QStringList>

namespace obrestore {

namespace {

QString scnText(Scn scn)
{
    return QString::number(scn.value());
}

QString versionText(quint64 calc)
{
    const auto v = ObVersion::fromCalcVersion(calc);
    return v ? v->toString() : QString();
}

QString setTypeName(const BackupSetEntry &s)
{
    return s.type == SetType::Full ? QStringLiteral("FULL") : QStringLiteral("INC");
}

QString pieceStatusOf(const PieceEntry &p)
{
    if (p.source == PieceEntry::Source::Empty)
        return QStringLiteral("EMPTY");
    if (p.source == PieceEntry::Source::NotRead)
        return QStringLiteral("UNKNOWN"); // not in the newest piece's history, and OceanBase does not read it
    return pieceStatusName(p.attr.status);
}

void writeSet(JsonWriter &j, const BackupSetEntry &s, const TenantEntry &t)
{
    j.beginObject();
    j.value("id", s.id);
    j.value("type", setTypeName(s));
    // The placeholders say what happened when the set info is missing or unreadable.
    QString status = s.info ? setStatusName(s.info->status)
                            : (s.hasEndSuccess ? QStringLiteral("SUCCESS")
                                               : (s.hasEndFailed ? QStringLiteral("FAILED") : QStringLiteral("DOING")));
    j.value("status", status);
    if (s.info)
        j.value("file_status", fileStatusName(s.info->fileStatus));
    else
        j.value("file_status", s.infoMissing ? QStringLiteral("MISSING") : QStringLiteral("UNKNOWN"));
    j.value("prev_full_backup_set_id", s.info ? s.info->prevFullBackupSetId : qint64(0));
    j.value("prev_inc_backup_set_id", s.info ? s.info->prevIncBackupSetId : qint64(0));
    j.value("start_replay_scn", s.info ? scnText(s.info->startReplayScn) : QStringLiteral("0"));
    j.value("min_restore_scn", s.info ? scnText(s.info->minRestoreScn) : QStringLiteral("0"));
    // Added fields (the contract lets fields be added, never renamed): the SCNs as UTC times, and when the backup
    // ran (start_time_/end_time_ in µs; null when not recorded), and the bytes it wrote.
    auto timeOrNull = [&](const char *name, std::optional<Scn> scn) {
        scn && scn->isTime() ? j.value(name, scn->toRfc3339()) : j.null(name);
    };
    timeOrNull("start_replay_time", s.info ? std::optional<Scn>(s.info->startReplayScn) : std::nullopt);
    timeOrNull("min_restore_time", s.info ? std::optional<Scn>(s.info->minRestoreScn) : std::nullopt);
    auto usecs = [](qint64 us) { return us > 0 ? Scn::fromMicroseconds(us) : std::nullopt; };
    timeOrNull("backup_start_time", s.info ? usecs(s.info->startTime) : std::nullopt);
    timeOrNull("backup_end_time", s.info ? usecs(s.info->endTime) : std::nullopt);
    s.info ? j.value("output_bytes", s.info->outputBytes) : j.null("output_bytes");
    const QString cluster = s.info ? versionText(s.info->clusterVersion) : QString();
    const QString data = s.info ? versionText(s.info->tenantCompatible) : QString();
    cluster.isEmpty() ? j.null("cluster_version") : j.value("cluster_version", cluster);
    data.isEmpty() ? j.null("data_version") : j.value("data_version", data);
    j.value("encrypted", s.isEncrypted());
    j.value("plus_archivelog", s.info ? s.info->plusArchivelog : false);
    j.value("usable", t.usableSet(s.id));
    j.endObject();
}

struct PieceRow
{
    const PieceEntry *piece;
};

QList<const PieceEntry *> sortedPieces(const TenantEntry &t)
{
    QList<const PieceEntry *> out;
    for (const auto &a : t.archiveDests) {
        for (const auto &p : a.pieces)
            out.append(&p);
    }
    std::sort(out.begin(), out.end(), [](const PieceEntry *a, const PieceEntry *b) {
        if (a->key.destId != b->key.destId)
            return a->key.destId < b->key.destId;
        if (a->key.roundId != b->key.roundId)
            return a->key.roundId < b->key.roundId;
        return a->key.pieceId < b->key.pieceId;
    });
    return out;
}

QList<const BackupSetEntry *> sortedSets(const TenantEntry &t)
{
    QList<const BackupSetEntry *> out;
    for (const auto &d : t.dataDests) {
        for (const auto &s : d.sets)
            out.append(&s);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto *a, const auto *b) { return a->id < b->id; });
    return out;
}

void writeRestoreSource(JsonWriter &j, const TenantRestoreSource &r)
{
    j.beginObject("restore_source");
    j.value("scn", scnText(r.scn));
    j.value("time", r.scn.toRfc3339());
    j.value("latest", r.latest);
    j.value("restorable", r.restorable);
    r.dataDestUri.isEmpty() ? j.null("data_dest") : j.value("data_dest", r.dataDestUri);
    r.archiveDestUri.isEmpty() ? j.null("archive_dest") : j.value("archive_dest", r.archiveDestUri);
    j.beginArray("backup_set_ids");
    for (qint64 id : r.setIds())
        j.arrayValue(id);
    j.endArray();
    j.beginArray("pieces");
    for (const PieceAttr &p : r.pieces) {
        j.beginObject();
        j.value("dest_id", p.destId);
        j.value("round_id", p.roundId);
        j.value("piece_id", p.pieceId);
        j.endObject();
    }
    j.endArray();
    r.restorable ? j.value("from", r.from()) : j.null("from");
    r.reason ? j.value("reason_code", r.reason->code) : j.null("reason_code");
    if (r.reason)
        j.value("reason", r.reason->message);
    j.value("verified", r.verified);
    if (r.verified) {
        j.beginArray("missing");
        for (const Diagnostic &d : r.missing)
            j.arrayValue(d.path);
        j.endArray();
    }
    j.endObject();
}

// "sets 1, 2" / "pieces 3–5 (round 2)": what a restore reads, in words.
QString pieceRanges(const QList<PieceAttr> &pieces)
{
    QStringList parts;
    for (qsizetype i = 0; i < pieces.size();) {
        qsizetype k = i;
        while (k + 1 < pieces.size() && pieces[k + 1].roundId == pieces[i].roundId && pieces[k + 1].pieceId == pieces[k].pieceId + 1)
            ++k;
        parts << (k == i ? Tr::tr("%1 (round %2)").arg(pieces[i].pieceId).arg(pieces[i].roundId)
                         : Tr::tr("%1–%2 (round %3)").arg(pieces[i].pieceId).arg(pieces[k].pieceId).arg(pieces[i].roundId));
        i = k + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString restoreSourceText(const TenantRestoreSource &r, const QTimeZone &zone)
{
    QStringList out;
    const QString point = r.latest ? Tr::tr("the latest point, %1 (SCN %2), which OceanBase picks itself without UNTIL")
                                         .arg(r.scn.toDisplayString(zone), r.scn.toDecimal())
                                   : Tr::tr("%1 (SCN %2)").arg(r.scn.toDisplayString(zone), r.scn.toDecimal());
    if (!r.restorable) {
        out << Tr::tr("A restore to %1 is not possible: %2 %3").arg(point, r.reason ? r.reason->code : QString(),
                                                                  r.reason ? r.reason->message : QString());
        return out.join(u'\n');
    }
    QStringList ids;
    for (qint64 id : r.setIds())
        ids << QString::number(id);
    out << Tr::tr("A restore to %1 reads backup set(s) %2 from %3").arg(point, listText(ids), r.dataDestUri);
    if (r.archiveDestUri.isEmpty())
        out << Tr::tr("and the newest set's own archived log (PLUS ARCHIVELOG), no log archive path");
    else
        out << Tr::tr("and piece(s) %1 from %2").arg(pieceRanges(r.pieces), r.archiveDestUri);
    out << Tr::tr("FROM '%1'").arg(r.from());
    if (r.verified) {
        if (r.missing.isEmpty())
            out << Tr::tr("File check: every file this restore opens first is there.");
        else
            out << Tr::tr("File check: %n finding(s), see the diagnostics below.", nullptr, int(r.missing.size()));
    }
    return out.join(u'\n');
}

QByteArray inspectJson(const Catalog &catalog)
{
    JsonWriter j;
    j.beginObject();
    j.value("schema_version", qint64(1));
    j.beginArray("inputs");
    for (const QString &in : catalog.inputs)
        j.arrayValue(in);
    j.endArray();
    if (!catalog.transports.isEmpty()) {
        // Added (the contract allows additions): which scheme each object-storage endpoint answered on.
        j.beginArray("object_storage");
        for (const Storage::Transport &t : catalog.transports) {
            j.beginObject();
            j.value("host", t.host);
            j.value("scheme", t.scheme);
            j.value("scheme_given", t.schemeGiven);
            j.endObject();
        }
        j.endArray();
    }
    j.beginArray("tenants");
    for (const TenantEntry &t : catalog.tenants) {
        j.beginObject();
        j.value("cluster_name", t.clusterName);
        j.value("cluster_id", t.clusterId);
        j.value("tenant_name", t.tenantName);
        j.value("tenant_id", t.tenantId);
        j.beginArray("data_dests");
        for (const auto &d : t.dataDests)
            j.arrayValue(d.uri);
        j.endArray();
        j.beginArray("archive_dests");
        for (const auto &a : t.archiveDests)
            j.arrayValue(a.uri);
        j.endArray();
        j.value("layout", layoutName(t.layout));
        const QString source = versionText(t.sourceClusterVersion);
        source.isEmpty() ? j.null("source_cluster_version") : j.value("source_cluster_version", source);
        j.beginArray("backup_sets");
        for (const BackupSetEntry *s : sortedSets(t))
            writeSet(j, *s, t);
        j.endArray();
        j.beginArray("pieces");
        for (const PieceEntry *p : sortedPieces(t)) {
            j.beginObject();
            j.value("dest_id", p->key.destId);
            j.value("round_id", p->key.roundId);
            j.value("piece_id", p->key.pieceId);
            j.value("status", pieceStatusOf(*p));
            j.value("file_status", p->source == PieceEntry::Source::Empty || p->source == PieceEntry::Source::NotRead
                                       ? (p->dirFound ? QStringLiteral("UNKNOWN") : QStringLiteral("MISSING"))
                                       : fileStatusName(p->attr.fileStatus));
            j.value("start_scn", scnText(p->attr.startScn.isValid() ? p->attr.startScn : Scn(0)));
            j.value("checkpoint_scn", scnText(p->attr.checkpointScn.isValid() ? p->attr.checkpointScn : Scn(0)));
            j.value("end_scn", scnText(p->attr.endScn.isValid() ? p->attr.endScn : Scn(0)));
            j.endObject();
        }
        j.endArray();
        j.beginArray("windows");
        for (const RestoreWindow &w : t.windows) {
            j.beginObject();
            j.value("start_scn", scnText(w.start));
            j.value("end_scn", scnText(w.end));
            j.value("start", w.start.toRfc3339());
            j.value("end", w.end.toRfc3339());
            j.value("backup_set_id", w.backupSetId);
            j.endObject();
        }
        j.endArray();
        const qsizetype index = &t - catalog.tenants.constData();
        if (catalog.restoreSources.contains(index))
            writeRestoreSource(j, catalog.restoreSources.value(index));
        j.endObject();
    }
    j.endArray();
    j.beginArray("diagnostics");
    for (const Diagnostic &d : catalog.diagnostics) {
        j.beginObject();
        j.value("code", d.code);
        j.value("severity", severityName(d.severity));
        if (d.tenantId)
            j.value("tenant_id", *d.tenantId);
        else
            j.null("tenant_id");
        // Added fields: the tenant's name (null when the finding is not about one tenant, or the id is not unique
        // across the clusters parsed), and what to do, apart from the message.
        const QString name = d.tenantId ? catalog.tenantNameOf(*d.tenantId) : QString();
        name.isEmpty() ? j.null("tenant_name") : j.value("tenant_name", name);
        j.value("path", d.path);
        j.value("message", d.message);
        j.value("fix", diagnosticFix(d.code));
        j.endObject();
    }
    j.endArray();
    j.endObject();
    return j.take();
}

int inspectExitCode(const Catalog &catalog)
{
    return catalog.anyRestorable() ? 0 : 3;
}

QString inspectText(const Catalog &catalog, const QTimeZone &zone)
{
    QStringList out;
    const auto time = [&](Scn scn) { return scn.toDisplayString(zone); };
    out << Tr::tr("obrestore inspect: %n tenant(s) found", nullptr, int(catalog.tenants.size()));
    if (catalog.onlineSource) {
        out << Tr::tr("Source cluster: %1, read from its views (CDB_OB_BACKUP_SET_FILES, CDB_OB_ARCHIVELOG_PIECE_FILES). Times are "
                      "shown in %2.")
                   .arg(catalog.inputs.join(QStringLiteral(", ")), timeZoneLabel(zone));
    } else {
        out << Tr::tr("Locations: %1").arg(catalog.inputs.join(QStringLiteral(", ")));
        out << Tr::tr("Scanned %1 folder(s) and %2 file name(s); read %3 metadata file(s). Times are shown in %4.")
                   .arg(catalog.counts.folders)
                   .arg(catalog.counts.files)
                   .arg(catalog.counts.metadataRead)
                   .arg(timeZoneLabel(zone));
    }
    if (catalog.counts.requests > 0)
        out << Tr::tr("Object storage: %1 request(s), %2 retried, %3 bytes received.")
                   .arg(catalog.counts.requests)
                   .arg(catalog.counts.retries)
                   .arg(catalog.counts.bytes);
    for (const Storage::Transport &t : catalog.transports) {
        if (t.scheme == u"https")
            out << Tr::tr("  %1 answered over HTTPS.").arg(t.host);
        else if (t.schemeGiven)
            out << Tr::tr("  %1 answered over plain HTTP (host=http://…): the requests are not encrypted; write "
                          "host=https://%1 to use TLS, in OceanBase's backup destination too.").arg(t.host);
        else
            out << Tr::tr("  %1 answered over plain HTTP: host= names no scheme, and that is how OceanBase reaches it "
                          "too. The requests are not encrypted; write host=https://%1 to use TLS, in OceanBase's backup "
                          "destination too.").arg(t.host);
    }
    for (const TenantEntry &t : catalog.tenants) {
        out << QString();
        out << Tr::tr("Tenant %1 (id %2), cluster %3 (id %4), layout %5")
                   .arg(t.tenantName.isEmpty() ? Tr::tr("(name unknown)") : t.tenantName)
                   .arg(t.tenantId)
                   .arg(t.clusterName.isEmpty() ? Tr::tr("(name unknown)") : t.clusterName)
                   .arg(t.clusterId)
                   .arg(layoutName(t.layout));
        if (const auto v = ObVersion::fromCalcVersion(t.sourceClusterVersion))
            out << Tr::tr("  Source cluster version: %1").arg(v->toString());
        for (const auto &d : t.dataDests)
            out << Tr::tr("  Data backup path: %1").arg(d.uri);
        for (const auto &a : t.archiveDests)
            out << Tr::tr("  Log archive path: %1").arg(a.uri);
        const auto sets = sortedSets(t);
        out << Tr::tr("  Backup sets: %1").arg(sets.size());
        for (const BackupSetEntry *s : sets) {
            QString line = QStringLiteral("    #%1 %2").arg(s->id).arg(setTypeName(*s), -4);
            if (s->info) {
                line += QStringLiteral("  %1/%2").arg(setStatusName(s->info->status), fileStatusName(s->info->fileStatus));
                line += QStringLiteral("  ") + Tr::tr("restorable from %1").arg(time(s->info->minRestoreScn));
                if (s->info->backupType == 2)
                    line += QStringLiteral("  ") + Tr::tr("(after set %1)").arg(s->info->prevIncBackupSetId);
            } else if (s->hasEndSuccess) {
                line += QStringLiteral("  ") + Tr::tr("ended successfully, but its set information is missing or unreadable");
            } else if (s->hasEndFailed) {
                line += QStringLiteral("  ") + Tr::tr("failed");
            } else {
                line += QStringLiteral("  ") + Tr::tr("in progress or interrupted");
            }
            if (s->isEncrypted())
                line += QStringLiteral("  ") + Tr::tr("[encrypted]");
            if (s->info && s->info->plusArchivelog)
                line += QStringLiteral("  ") + Tr::tr("[plus archivelog]");
            line += QStringLiteral("  ") + (t.usableSet(s->id) ? Tr::tr("usable") : Tr::tr("not usable"));
            out << line;
        }
        const auto pieces = sortedPieces(t);
        out << Tr::tr("  Archive pieces: %1").arg(pieces.size());
        constexpr int kShown = 12;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (pieces.size() > kShown && i == kShown / 2) {
                out << Tr::tr("    … %n more piece(s) (all of them are in --json)", nullptr, int(pieces.size() - kShown));
                i = pieces.size() - kShown / 2 - 1;
                continue;
            }
            const PieceEntry *p = pieces[i];
            QString line = QStringLiteral("    %1 %2").arg(pieceDirName(p->key), -18).arg(pieceStatusOf(*p), -8);
            if (p->source != PieceEntry::Source::Empty && p->source != PieceEntry::Source::NotRead)
                line += QStringLiteral(" %1  %2 → %3").arg(fileStatusName(p->attr.fileStatus), time(p->attr.startScn),
                                                          time(p->attr.checkpointScn));
            out << line;
        }
        if (t.windows.isEmpty()) {
            out << Tr::tr("  Restorable windows: none");
        } else {
            out << Tr::tr("  Restorable windows: %1").arg(t.windows.size());
            for (const RestoreWindow &w : t.windows)
                out << Tr::tr("    %1  →  %2  (SCN %3 – %4, backup set %5)")
                           .arg(time(w.start), time(w.end), w.start.toDecimal(), w.end.toDecimal())
                           .arg(w.backupSetId);
        }
        const qsizetype index = &t - catalog.tenants.constData();
        if (catalog.restoreSources.contains(index)) {
            for (const QString &line : restoreSourceText(catalog.restoreSources.value(index), zone).split(u'\n'))
                out << QStringLiteral("  ") + line;
        }
    }
    out << QString();
    if (catalog.diagnostics.isEmpty()) {
        out << Tr::tr("Diagnostics: none");
    } else {
        out << Tr::tr("Diagnostics: %1").arg(catalog.diagnostics.size());
        for (const Diagnostic &d : catalog.diagnostics) {
            QString sev;
            switch (d.severity) {
            case Diagnostic::Severity::Error:
                sev = Tr::tr("ERROR");
                break;
            case Diagnostic::Severity::Warning:
                sev = Tr::tr("WARNING");
                break;
            case Diagnostic::Severity::Info:
                sev = Tr::tr("INFO");
                break;
            }
            out << QStringLiteral("  %1 %2%3").arg(sev, d.code, d.tenantId ? Tr::tr(" (tenant %1)").arg(catalog.tenantLabel(*d.tenantId)) : QString());
            out << QStringLiteral("    %1").arg(d.message);
            if (!d.path.isEmpty())
                out << QStringLiteral("    %1").arg(d.path);
        }
    }
    // Each line as built: a control character in it came from a name and is written out, never printed raw.
    for (QString &line : out)
        line = escapeForDisplay(line);
    return out.join(u'\n') + u'\n';
}

} // namespace obrestore
