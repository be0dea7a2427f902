#include "clusterfacts.h"

#include "clusterinventory.h"
#include "common/backupuri.h"
#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace obrestore {

namespace {

// One SELECT of a view; `filter` and `binds` narrow it. The text is fixed here: only bound values vary.
struct View
{
    const char *file;
    const char *sql;
    bool byTenant;  // ends with "WHERE <tenant column> = ?" when a tenant is given
    const char *tenantColumn;
    const char *order;
};

QJsonValue jsonOf(const QString &column, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    if (isSecretColumn(column))
        return QStringLiteral("******");
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
        return v.toInt();
    case QMetaType::Double:
        return v.toDouble();
    default:
        // Large integers (SCNs) and text as strings; access_key= inside a value (BACKUP_DEST) masked.
        return maskSecrets(v.toString());
    }
}

QByteArray rowsJson(const QString &sql, const Session::Rows &rows)
{
    QJsonArray columns;
    for (const QString &c : rows.columns)
        columns.append(c);
    QJsonArray out;
    for (const QVariantList &row : rows.rows) {
        QJsonArray r;
        for (qsizetype i = 0; i < row.size(); ++i)
            r.append(jsonOf(rows.columns.value(i), row[i]));
        out.append(r);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("query"), sql},
                                     {QStringLiteral("columns"), columns},
                                     {QStringLiteral("row_count"), out.size()},
                                     {QStringLiteral("rows"), out}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

bool isSecretColumn(const QString &column)
{
    static const QRegularExpression re(QStringLiteral("PASSWD|PASSWORD|SECRET|KMS_ENCRYPT|KMS_INFO|ACCESS_KEY|ENCRYPT_KEY|STS_TOKEN|AUTHORIZATION"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(column).hasMatch();
}

ClusterFacts collectClusterFacts(Session &session, const QString &tenant, std::optional<qint64> jobId,
                                 const std::function<void(const QString &)> &step)
{
    ClusterFacts facts;
    ServerError error;
    if (step)
        step(QStringLiteral("version"));
    facts.version = ClusterInventory::readVersion(session, &facts.versionText, &error);
    if (!facts.version) {
        facts.notCollected.append({Tr::tr("the cluster (%1)").arg(session.settings().displayName()), error.toStringWithFix()});
        return facts; // nothing else can be read either
    }
    facts.files.append({QStringLiteral("cluster/version.json"), Tr::tr("the cluster's version"),
                        QJsonDocument(QJsonObject{{QStringLiteral("version"), facts.version->toString()},
                                                  {QStringLiteral("version_text"), facts.versionText},
                                                  {QStringLiteral("connection"), session.settings().displayName()}})
                            .toJson(QJsonDocument::Indented)});

    // The views of 4.x (ob-restore-sql.md §2 and §3); a 3.x server refuses some, which the manifest then says.
    static const View kViews[] = {
        {"cluster/tenants.json", "SELECT * FROM oceanbase.DBA_OB_TENANTS", false, nullptr, " ORDER BY TENANT_ID"},
        {"cluster/servers.json", "SELECT * FROM oceanbase.GV$OB_SERVERS", false, nullptr, ""},
        {"cluster/zones.json", "SELECT * FROM oceanbase.DBA_OB_ZONES", false, nullptr, ""},
        {"cluster/resource_pools.json", "SELECT * FROM oceanbase.DBA_OB_RESOURCE_POOLS", false, nullptr, ""},
        {"cluster/unit_configs.json", "SELECT * FROM oceanbase.DBA_OB_UNIT_CONFIGS", false, nullptr, ""},
        {"cluster/units.json", "SELECT * FROM oceanbase.DBA_OB_UNITS", false, nullptr, ""},
        {"restore/progress.json", "SELECT * FROM oceanbase.CDB_OB_RESTORE_PROGRESS", true, "RESTORE_TENANT_NAME", " ORDER BY JOB_ID DESC"},
        {"restore/history.json", "SELECT * FROM oceanbase.CDB_OB_RESTORE_HISTORY", true, "RESTORE_TENANT_NAME", " ORDER BY JOB_ID DESC LIMIT 100"},
        // Where this cluster's own backups live (scenario 1: the restore reads them): the destinations, whose
        // AUTHORIZATION column and parameter values hold the key (docs/object-storage.md §6), masked.
        {"backup/storage_info.json", "SELECT * FROM oceanbase.CDB_OB_BACKUP_STORAGE_INFO", false, nullptr, " ORDER BY TENANT_ID, DEST_ID"},
        {"backup/parameters.json", "SELECT * FROM oceanbase.CDB_OB_BACKUP_PARAMETER", false, nullptr, " ORDER BY TENANT_ID, NAME"},
        {"restore/rootservice_events.json",
         "SELECT * FROM oceanbase.DBA_OB_ROOTSERVICE_EVENT_HISTORY WHERE (MODULE LIKE '%restore%' OR MODULE LIKE '%recover%' OR EVENT LIKE '%restore%')", false,
         nullptr, " ORDER BY TIMESTAMP DESC LIMIT 1000"},
    };
    // Table-level recoveries (4.2.1+, docs/recover-table.md §3): the jobs by their receiving tenant, the imports
    // and their tables (by tenant id only, so all of them).
    static const View kRecoverViews[] = {
        {"recover_table/jobs.json", "SELECT * FROM oceanbase.CDB_OB_RECOVER_TABLE_JOBS", true, "TARGET_TENANT_NAME", " ORDER BY JOB_ID DESC"},
        {"recover_table/history.json", "SELECT * FROM oceanbase.CDB_OB_RECOVER_TABLE_JOB_HISTORY", true, "TARGET_TENANT_NAME", " ORDER BY JOB_ID DESC LIMIT 100"},
        {"recover_table/import_jobs.json", "SELECT * FROM oceanbase.CDB_OB_IMPORT_TABLE_JOBS", false, nullptr, " ORDER BY JOB_ID DESC"},
        {"recover_table/import_job_history.json", "SELECT * FROM oceanbase.CDB_OB_IMPORT_TABLE_JOB_HISTORY", false, nullptr, " ORDER BY JOB_ID DESC LIMIT 100"},
        {"recover_table/import_tasks.json", "SELECT * FROM oceanbase.CDB_OB_IMPORT_TABLE_TASKS", false, nullptr, " ORDER BY JOB_ID DESC, TASK_ID"},
        {"recover_table/import_task_history.json", "SELECT * FROM oceanbase.CDB_OB_IMPORT_TABLE_TASK_HISTORY", false, nullptr, " ORDER BY JOB_ID DESC, TASK_ID LIMIT 1000"},
    };
    QList<const View *> views;
    for (const View &v : kViews)
        views << &v;
    if (*facts.version >= ObVersion(4, 2, 1)) {
        for (const View &v : kRecoverViews)
            views << &v;
    }
    const bool legacy = facts.version->major() < 4;
    for (const View *view : std::as_const(views)) {
        const View &v = *view;
        const bool recoverView = QLatin1StringView(v.file).startsWith(u"recover_table/");
        QString sql = QString::fromLatin1(v.sql);
        QVariantList binds;
        if (v.byTenant && !tenant.isEmpty()) {
            // 3.x names the restored tenant TENANT_NAME (§2.6).
            sql += QStringLiteral(" WHERE %1 = ?").arg(legacy ? QStringLiteral("TENANT_NAME") : QString::fromLatin1(v.tenantColumn));
            binds << tenant;
            if (jobId && !recoverView) { // a recovery's job ids are its own
                sql += QStringLiteral(" AND JOB_ID = ?");
                binds << *jobId;
            }
        }
        sql += QString::fromLatin1(v.order);
        if (step)
            step(QString::fromLatin1(v.file));
        const auto rows = session.read(sql, binds, &error, 1);
        const QString what = Tr::tr("the rows of %1").arg(sql.section(u' ', 3, 3));
        if (!rows) {
            facts.notCollected.append({QString::fromLatin1(v.file), error.toString()});
            if (error.isConnectionProblem())
                break; // the rest would fail the same way, one timeout each
            continue;
        }
        facts.files.append({QString::fromLatin1(v.file), what, rowsJson(sql, *rows)});
    }
    return facts;
}

} // namespace obrestore
