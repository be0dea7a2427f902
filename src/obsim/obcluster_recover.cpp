// Table-level recovery in the simulated cluster (ALTER SYSTEM RECOVER TABLE, 4.2.1+; docs/recover-table.md): the
// grammar of sql_parser_mysql_mode.y, the initiator's checks (ob_recover_table_initiator.cpp), and the jobs of
// ob_recover_table_job_scheduler.cpp and ob_import_table_job_scheduler.cpp advancing on the simulated clock.
#include "obcluster.h"
#include "obsimutil.h"
#include "sqllexer.h"

#include "common/scn.h"

namespace obsim {

using namespace util;
using obrestore::ObVersion;

namespace {

const QString kAddr = QStringLiteral("127.0.0.1:2882");
const QString kTrace = QStringLiteral("YB427F000001-000610E5C8A5D0D2-0-0");

// Simulated seconds per step.
constexpr double kSysPrepare = 1;
constexpr double kUserPrepare = 1;
constexpr double kActivate = 3;
constexpr double kPrecheck = 2;
constexpr double kGenImport = 1;
constexpr double kImportInit = 1;
constexpr double kPerTable = 4;
constexpr double kRefConstraints = 2;
constexpr double kCancel = 2;

// The default error of a phase failed on purpose (--fail-recover-at, OBSIM FAIL RECOVER TABLE).
int defaultFailCode(const QString &phase)
{
    if (phase == u"RESTORE_AUX_TENANT")
        return -9094;  // OB_LS_RESTORE_FAILED
    if (phase == u"IMPORTING")
        return -4184;  // OB_SERVER_OUTOF_DISK_SPACE
    return -4012;      // OB_TIMEOUT
}

QString errorText(int code)
{
    switch (code) {
    case -9094: return QStringLiteral("LS restore failed");
    case -4184: return QStringLiteral("Server out of disk space");
    case -4012: return QStringLiteral("Timeout");
    case -4007: return QStringLiteral("Not supported feature or function");
    case -5019: return QStringLiteral("Table doesn't exist");
    case -5157: return QStringLiteral("Tenant not exist");
    case -4072: return QStringLiteral("recover table job canceled"); // OB_CANCELED
    default: return QStringLiteral("Internal error");
    }
}

// ObImportResult::set_result(err_code, trace_id, addr, extra_info): "result:%d(%s), addr:%s, trace_id:%s".
QString resultComment(int code, const QString &extra)
{
    return QStringLiteral("result:%1(%2), addr:%3, trace_id:%4").arg(code).arg(extra, kAddr, kTrace);
}

// One recover_table_relation_name: `*.*`, `db.*` or `db.tbl` (relation_name may be backquoted).
bool parseRecoverItem(Parser &p, QString *db, QString *table)
{
    if (p.acceptSymbol("*")) {
        *db = *table = QStringLiteral("*");
        return p.expectSymbol(".") && p.expectSymbol("*");
    }
    if (!p.identifier(db) || !p.expectSymbol("."))
        return false;
    if (p.acceptSymbol("*")) {
        *table = QStringLiteral("*");
        return true;
    }
    return p.identifier(table);
}

// One REMAP_TABLE_VAL as the grammar reads it (remap_table_val, sql_parser_mysql_mode.y): relation names, plain or
// backquoted, separated by '.' and ':' — a.b:c.d, a.b:c, a.*:c.*, a:b (tablegroup, tablespace). A name follows only
// a '.' or a ':' (or starts the value), so a keyword after the value (DESCRIPTION) ends it. A backquoted name may
// hold '.' or ':' and stays one name.
struct RemapValue
{
    QStringList names;  // in order; "*" for a star
    QString separators; // between the names: ".:." for a.b:c.d and a.*:c.*, ".:" for a.b:c, ":" for a:b
    QString text;       // as written, spaces dropped (the job's lists show it)

    bool isTable() const { return separators == u".:." || separators == u".:"; }
    QString srcDb() const { return names.value(0); }
    QString srcTable() const { return isTable() ? names.value(1) : QString(); }
    QString dstDb() const { return separators == u".:." ? names.value(2) : srcDb(); }
    QString dstTable() const { return names.value(names.size() - 1); }
};

bool parseRemapValue(Parser &p, RemapValue *out)
{
    RemapValue v;
    bool expectName = true;
    while (!p.atEnd()) {
        const Token &t = p.peek();
        const bool name = t.kind == Token::Kind::Word || t.kind == Token::Kind::Number || t.kind == Token::Kind::QuotedIdent
                          || (t.kind == Token::Kind::Symbol && t.text == u"*");
        if (name) {
            if (!expectName)
                break;
            v.names << t.text;
            v.text += t.kind == Token::Kind::QuotedIdent ? QStringLiteral("`%1`").arg(QString(t.text).replace(u'`', QStringLiteral("``"))) : t.text;
            expectName = false;
        } else if (t.kind == Token::Kind::Symbol && (t.text == u"." || t.text == u":")) {
            v.separators += t.text;
            v.text += t.text;
            expectName = true;
        } else {
            break;
        }
        p.next();
    }
    if (!v.separators.contains(u':') || expectName || v.names.size() != v.separators.size() + 1) {
        p.failAt(p.peek());
        return false;
    }
    *out = v;
    return true;
}

bool sameName(const QString &a, const QString &b, bool fold)
{
    return a.compare(b, fold ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
}

} // namespace

StatementResult ObCluster::runRecoverTable(Session &session, const QString &sql, QMutexLocker<QMutex> &lock)
{
    Parser p(sql, tokenize(sql));
    p.expect("ALTER");
    p.expect("SYSTEM");
    p.expect("RECOVER");
    p.expect("TABLE");
    // The grammar came with 4.2.1 ("merge recover table"): older versions answer a syntax error.
    if (m_profile.version < ObVersion(4, 2, 1)) {
        p.failAt(p.peek());
        return StatementResult::fail(p.error());
    }
    struct Item
    {
        QString db, table;
    };
    QList<Item> items;
    do {
        Item it;
        if (!parseRecoverItem(p, &it.db, &it.table))
            return StatementResult::fail(p.error());
        items << it;
    } while (p.acceptSymbol(","));
    QString target;
    if (!p.expect("TO") || !p.expect("TENANT"))
        return StatementResult::fail(p.error());
    p.acceptSymbol("=");
    // relation_name_or_string: a name or a string literal.
    if (!(p.peek().kind == Token::Kind::String ? p.string(&target) : p.identifier(&target)))
        return StatementResult::fail(p.error());
    RestoreArgs args;
    if (p.accept("FROM") && !p.string(&args.from))
        return StatementResult::fail(p.error());
    if (p.accept("UNTIL")) {
        if (p.accept("TIME")) {
            p.expectSymbol("=") && p.string(&args.untilTime);
        } else if (p.accept("SCN")) {
            qint64 v = 0;
            if (p.expectSymbol("=") && p.integer(&v))
                args.untilScn = quint64(v);
        } else {
            p.failAt(p.peek());
        }
    }
    if (p.failed() || !p.expect("WITH") || !p.string(&args.withOptions))
        return StatementResult::fail(p.error());
    QString ignored;
    if (p.accept("ENCRYPTED"))
        p.expect("BY") && p.string(&ignored);
    if (p.peek().is("WITH") && p.peek(1).is("KEY")) {
        p.next();
        p.next();
        p.expect("FROM") && p.string(&args.keyFrom);
        if (p.accept("ENCRYPTED"))
            p.expect("BY") && p.string(&ignored);
    }
    QList<RemapValue> remapTables, remapTablegroups, remapTablespaces;
    while (!p.failed() && p.accept("REMAP")) {
        QList<RemapValue> *list = p.accept("TABLE") ? &remapTables : p.accept("TABLEGROUP") ? &remapTablegroups
                                                          : p.accept("TABLESPACE") ? &remapTablespaces : nullptr;
        if (!list) {
            p.failAt(p.peek());
            break;
        }
        do {
            RemapValue v;
            if (!parseRemapValue(p, &v))
                break;
            *list << v;
        } while (p.acceptSymbol(","));
    }
    if (!p.failed() && p.accept("DESCRIPTION")) {
        p.acceptSymbol("=");
        p.string(&args.description);
    }
    if (p.failed() || !p.expectEnd())
        return StatementResult::fail(p.error());

    // check_before_initiate_: the target is an existing user tenant.
    SqlError e;
    const auto tenant = m_sql.query(QStringLiteral("SELECT TENANT_ID, TENANT_TYPE, STATUS, COMPATIBILITY_MODE, %1 FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = ?")
                                        .arg(m_profile.tenantColumnsLevel >= 1 ? QStringLiteral("TENANT_ROLE") : QStringLiteral("'PRIMARY'")),
                                    {Value::text(target)}, &e);
    if (!tenant || tenant->rows.isEmpty())
        return StatementResult::fail(obError(-5157, QStringLiteral("Unknown tenant '%1'").arg(target)));
    const qint64 targetId = tenant->rows[0][0].toInt();
    if (tenant->rows[0][1].toText() != "USER")
        return StatementResult::fail(obError(-4002, QStringLiteral("TENANT, it must be user tenant")));
    // ObRecoverTableResolver::resolve_tenant_: a standby target is refused at once, OB_NOT_SUPPORTED "recover table to
    // standby tenant is". A tenant still being restored (not NORMAL): UNCONFIRMED which check and error OceanBase
    // uses (the import would fail on it); obsim refuses it up front with OB_OP_NOT_ALLOW.
    if (tenant->rows[0][4].toText() == "STANDBY")
        return StatementResult::fail(obError(-4007, QStringLiteral("recover table to standby tenant is")));
    if (tenant->rows[0][2].toText() != "NORMAL" || tenant->rows[0][4].toText() != "PRIMARY")
        return StatementResult::fail(obError(-4179, QStringLiteral("recover table to a tenant that is not a normal primary tenant is")));
    if (const auto refused = recoverTableRefusal(targetId))
        return StatementResult::fail(*refused);
    const bool oracle = tenant->rows[0][3].toText() == "ORACLE";
    // is_recover_job_exist: one job per target tenant.
    for (const RecoverJob *j : std::as_const(m_recoverJobs)) {
        if (!j->userDone && j->targetTenantId == targetId)
            return StatementResult::fail(obError(-4179, QStringLiteral("recover table when recover table job exists is")));
    }
    // The list and the remaps as OceanBase takes them (docs/recover-table.md §2). Written here from the source, not
    // shared with obrestore's own checks (tst_recovertable sends every form to both and compares).
    // ObRecoverTableResolver: in a MySQL-mode tenant that lowercases names (lower_case_table_names=1, the default)
    // a table's and a remap's names are lowercased (check_and_convert_*_name), then every comparison is exact
    // (OB_ORIGIN_AND_SENSITIVE); a db.* item keeps the name as written (its item is built before the conversion).
    // Only a MySQL-mode tenant whose name case mode is OB_LOWERCASE_AND_INSENSITIVE (lower_case_table_names=1)
    // lowercases (perserve_lettercase is false only then); 0 and 2 keep the names as written.
    const bool fold = !oracle && m_sql.scalarInt(QStringLiteral("SELECT VALUE FROM oceanbase.CDB_OB_SYS_VARIABLES WHERE TENANT_ID = ? AND NAME = 'lower_case_table_names'"),
                                                 {Value::integer(targetId)}) == 1;
    auto norm = [&](const QString &name) { return fold ? name.toLower() : name; };
    auto quoted = [](const QString &db, const QString &table = QString()) {
        return table.isEmpty() ? QStringLiteral("`%1`").arg(db) : QStringLiteral("`%1`.`%2`").arg(db, table);
    };
    // ObImportTableArg::add_database / add_table: OB_BACKUP_CONFLICT_VALUE, "<new> is conflict with <existing>".
    auto conflict = [](const QString &added, const QString &existing) {
        return StatementResult::fail(obError(-9066, QStringLiteral("%1 is conflict with %2").arg(added, existing)));
    };
    bool importAll = false;
    QStringList wholeDbs;                  // as written
    QList<QPair<QString, QString>> namedTables; // lowercased where the tenant lowercases
    for (const Item &it : std::as_const(items)) {
        if (it.db == u"*") {
            importAll = true; // set_import_all: the other items are still added, and then not used
        } else if (it.table == u"*") {
            if (wholeDbs.contains(it.db))
                return conflict(quoted(it.db), quoted(it.db));
            for (const auto &t : std::as_const(namedTables)) {
                if (t.first == it.db)
                    return conflict(quoted(it.db), quoted(t.first, t.second));
            }
            wholeDbs << it.db;
        } else {
            const QPair<QString, QString> t{norm(it.db), norm(it.table)};
            if (wholeDbs.contains(t.first))
                return conflict(quoted(t.first, t.second), quoted(t.first));
            if (namedTables.contains(t))
                return conflict(quoted(t.first, t.second), quoted(t.first, t.second));
            namedTables << t;
        }
    }
    // ObImportRemapArg::add_remap_database / add_remap_table: a source or a target remapped twice is a conflict.
    struct Remap
    {
        QString srcDb, srcTable, dstDb, dstTable; // table "" for a database remap
    };
    QList<Remap> remaps;
    for (const RemapValue &r : std::as_const(remapTables)) {
        // resolve_remap_: db.t:new, db.t:db2.new and db.*:db2.* only (five children); anything else is unexpected.
        if (!r.isTable() || (r.srcTable() == u"*") != (r.separators == u".:." && r.dstTable() == u"*"))
            return StatementResult::fail(obError(-4016, QStringLiteral("Internal error")));
        Remap m;
        m.srcDb = norm(r.srcDb());
        m.srcTable = r.srcTable() == u"*" ? QString() : norm(r.srcTable());
        m.dstDb = norm(r.dstDb());
        m.dstTable = r.dstTable() == u"*" ? QString() : norm(r.dstTable());
        for (const Remap &o : std::as_const(remaps)) {
            if (o.srcTable.isEmpty() != m.srcTable.isEmpty())
                continue;
            if ((o.srcDb == m.srcDb && o.srcTable == m.srcTable) || (o.dstDb == m.dstDb && o.dstTable == m.dstTable))
                return conflict(QStringLiteral("%1:%2").arg(quoted(m.srcDb, m.srcTable), quoted(m.dstDb, m.dstTable)),
                                QStringLiteral("%1:%2").arg(quoted(o.srcDb, o.srcTable), quoted(o.dstDb, o.dstTable)));
        }
        remaps << m;
    }
    // ObRecoverTableInitiator::fill_recover_table_arg_: for an import of everything no remap is copied into the job
    // (they are dropped without a word); otherwise fill_remap_database and fill_remap_table check each remap against
    // the databases and the tables named one by one (a table inside a db.* does not count), OB_NOT_SUPPORTED.
    if (importAll) {
        items = {Item{QStringLiteral("*"), QStringLiteral("*")}};
        remapTables.clear();
        remapTablegroups.clear();
        remapTablespaces.clear();
        remaps.clear();
    }
    for (const Remap &m : std::as_const(remaps)) {
        if (m.srcTable.isEmpty()) {
            if (!wholeDbs.contains(m.srcDb))
                return StatementResult::fail(obError(-4007, QStringLiteral("remap not exist recover database")));
            if (wholeDbs.contains(m.dstDb))
                return StatementResult::fail(obError(-4007, QStringLiteral("duplicate recover database, %1").arg(m.dstDb)));
        } else {
            if (!namedTables.contains({m.srcDb, m.srcTable}))
                return StatementResult::fail(obError(-4007, QStringLiteral("remap not exist recover table")));
            if (namedTables.contains({m.dstDb, m.dstTable}))
                return StatementResult::fail(obError(-4007, QStringLiteral("duplicate recover table, %1.%2").arg(m.dstDb, m.dstTable)));
        }
    }
    // check_recover_table_target_schema_: target databases exist, target tables do not.
    auto databaseExists = [&](const QString &db) {
        return m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.__all_virtual_database WHERE tenant_id = ? AND %1")
                                   .arg(oracle ? QStringLiteral("database_name = ?") : QStringLiteral("lower(database_name) = lower(?)")),
                               {Value::integer(targetId), Value::text(db)}) > 0;
    };
    auto tableExists = [&](const QString &db, const QString &table) {
        return m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.CDB_OB_TABLE_LOCATIONS WHERE TENANT_ID = ? AND %1")
                                   .arg(oracle ? QStringLiteral("DATABASE_NAME = ? AND TABLE_NAME = ?")
                                               : QStringLiteral("lower(DATABASE_NAME) = lower(?) AND lower(TABLE_NAME) = lower(?)")),
                               {Value::integer(targetId), Value::text(db), Value::text(table)}) > 0;
    };
    auto remapOf = [&](const QString &db, const QString &table, QString *toDb, QString *toTable) {
        for (const RemapValue &r : std::as_const(remapTables)) {
            if (!sameName(r.srcDb(), db, fold) || !sameName(r.srcTable(), table, fold))
                continue;
            *toDb = r.dstDb();
            *toTable = r.dstTable();
            return true;
        }
        *toDb = db;
        *toTable = table;
        return false;
    };
    // check_recover_table_target_schema_ runs with the statement in newer builds only (obrestore's
    // RestoreStatement::checksRecoverTargetSchemaAtStatement: 4.3.5, UNCONFIRMED); 4.2.1.x to 4.3.3 fail the import
    // of each such table instead (below, in IMPORTING).
    const bool schemaAtStatement = m_profile.version >= ObVersion(4, 3, 5);
    for (const Item &it : std::as_const(items)) {
        if (it.db == u"*" || !schemaAtStatement)
            continue;
        QString toDb, toTable;
        if (it.table == u"*") {
            remapOf(it.db, QStringLiteral("*"), &toDb, &toTable);
            if (!databaseExists(toDb))
                return StatementResult::fail(obError(-5154, QStringLiteral("Unknown database '%1'").arg(toDb)));
            continue;
        }
        remapOf(it.db, it.table, &toDb, &toTable);
        if (!databaseExists(toDb))
            return StatementResult::fail(obError(-5154, QStringLiteral("Unknown database '%1'").arg(toDb)));
        if (tableExists(toDb, toTable))
            return StatementResult::fail(obError(-5020, QStringLiteral("Table '%1.%2' already exists").arg(toDb, toTable)));
    }
    for (const RemapValue &r : std::as_const(remapTablegroups)) {
        // Tablegroups are not modelled: only the default one exists.
        if (schemaAtStatement && r.dstTable().compare(u"default_tablegroup", Qt::CaseInsensitive) != 0)
            return StatementResult::fail(obError(-5151, QStringLiteral("Tablegroup does not exist")));
    }

    // fill_aux_tenant_restore_info_: the auxiliary tenant is restored with the same checks as a tenant restore, and
    // its job is recorded in the same transaction as the sys job (insert_sys_job_).
    const qint64 nowUs = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000;
    args.tenantName = QStringLiteral("AUX_RECOVER$%1").arg(nowUs);
    RestoreJob *aux = nullptr;
    const StatementResult started = startRestore(session, args, lock, &aux);
    if (started.error || !aux)
        return started;
    // fill_recover_table_restore_type_ (4.3.5+): the auxiliary tenant is restored quickly, with tablet-count
    // progress, when the sets allow it (backup_compatible 4 or more, not shared storage) and the source data version
    // enables transfer DML control (ObTransferUtils::enable_transfer_dml_ctrl: 4.3.5 here, UNCONFIRMED).
    if (m_profile.version >= ObVersion(4, 3, 5) && aux->minBackupCompatible >= 4
        && aux->sourceDataVersion >= ObVersion(4, 3, 5).calcVersion()) {
        aux->restoreType = QStringLiteral("QUICK");
        aux->progressDisplayMode = QStringLiteral("TABLET_CNT");
    }

    auto *job = new RecoverJob;
    job->sysJobId = m_nextJobId++;
    job->userJobId = m_nextJobId++;
    job->targetTenantId = targetId;
    job->targetTenant = target;
    job->auxTenant = args.tenantName;
    job->auxTenantId = aux->tenantId;
    job->aux = aux;
    job->backupDest = aux->backupDest;
    job->restoreOption = args.withOptions;
    job->description = args.description;
    job->setList = aux->setList.join(u',');
    job->pieceList = aux->pieceList.join(u',');
    job->restoreScn = aux->restoreScn;
    job->backupTenantName = aux->backupTenantName;
    job->targetMode = oracle ? QStringLiteral("ORACLE") : QStringLiteral("MYSQL");
    {
        SqlError me;
        const auto mode = m_sql.query(QStringLiteral("SELECT COMPATIBILITY_MODE FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_ID = ?"),
                                      {Value::integer(aux->tenantId)}, &me);
        if (mode && !mode->rows.isEmpty())
            job->sourceMode = QString::fromUtf8(mode->rows[0][0].toText());
    }
    job->sourceCaseMode = m_backupCaseModes.value(job->backupTenantName, job->sourceMode == u"ORACLE" ? 2 : 1);
    job->targetCaseMode = int(m_sql.scalarInt(QStringLiteral("SELECT VALUE FROM oceanbase.CDB_OB_SYS_VARIABLES WHERE TENANT_ID = ? AND NAME = 'lower_case_table_names'"),
                                              {Value::integer(targetId)}));
    job->startUtc = serverNow();
    job->startSim = simulatedSeconds();
    job->statusSince = job->startSim;
    job->failAt = m_options.failRecoverAt.toUpper();
    job->failCode = m_options.failRecoverCode ? m_options.failRecoverCode : defaultFailCode(job->failAt);
    QStringList dbs, tables;
    for (const Item &it : std::as_const(items)) {
        if (it.db == u"*")
            job->importAll = true;
        else if (it.table == u"*")
            dbs << it.db;
        else
            tables << it.db + u'.' + it.table;
    }
    job->dbList = dbs.join(u',');
    job->tableList = tables.join(u',');
    QStringList remapDbs, remapTbls, remapTgs, remapTss;
    for (const RemapValue &r : std::as_const(remapTables))
        (r.srcTable() == u"*" ? remapDbs : remapTbls) << r.text;
    for (const RemapValue &r : std::as_const(remapTablegroups))
        remapTgs << r.text;
    for (const RemapValue &r : std::as_const(remapTablespaces))
        remapTss << r.text;
    job->remapDbList = remapDbs.join(u',');
    job->remapTableList = remapTbls.join(u',');
    job->remapTablegroupList = remapTgs.join(u',');
    job->remapTablespaceList = remapTss.join(u',');
    // The tables the import will create: the named ones, and for db.* and *.* the backed-up tenant's schema as the
    // scenario describes it (main.obsim_backup_tables; without one, each database holds orders and customers).
    struct Planned
    {
        QString db, table;
    };
    QList<Planned> planned;
    for (const Item &it : std::as_const(items)) {
        if (it.table != u"*") {
            planned << Planned{it.db, it.table};
            continue;
        }
        SqlError se;
        const auto rows = m_sql.query(it.db == u"*"
                                          ? QStringLiteral("SELECT database_name, table_name FROM main.obsim_backup_tables WHERE tenant_name = ? ORDER BY 1, 2")
                                          : QStringLiteral("SELECT database_name, table_name FROM main.obsim_backup_tables WHERE tenant_name = ? AND lower(database_name) = lower(?) ORDER BY 2"),
                                      it.db == u"*" ? QList<Value>{Value::text(job->backupTenantName)}
                                                    : QList<Value>{Value::text(job->backupTenantName), Value::text(it.db)},
                                      &se);
        if (rows && !rows->rows.isEmpty()) {
            for (const auto &r : rows->rows)
                planned << Planned{QString::fromUtf8(r[0].toText()), QString::fromUtf8(r[1].toText())};
        } else if (it.db != u"*") {
            planned << Planned{it.db, QStringLiteral("orders")} << Planned{it.db, QStringLiteral("customers")};
        }
    }
    qint64 taskId = 1;
    for (const Planned &pl : std::as_const(planned)) {
        RecoverTask t;
        t.taskId = taskId++;
        t.srcDatabase = pl.db;
        t.srcTable = pl.table;
        remapOf(pl.db, pl.table, &t.targetDatabase, &t.targetTable);
        QString dbTarget, ignoredTable;
        if (remapOf(pl.db, QStringLiteral("*"), &dbTarget, &ignoredTable))
            t.targetDatabase = dbTarget;
        t.indexes = 1 + int(qHash(pl.table) % 3);
        t.constraints = int(qHash(pl.db + pl.table) % 2);
        job->tasks << t;
    }
    m_recoverJobs << job;
    const QString t = nowText();
    m_sql.exec(insertInto(QStringLiteral("DBA_OB_ROOTSERVICE_EVENT_HISTORY"), 18),
               {Value::text(t), Value::text(QStringLiteral("recover_table")), Value::text(QStringLiteral("start_recover_table")),
                Value::text(QStringLiteral("tenant_id")), Value::text(QString::number(targetId)), Value::text(QStringLiteral("job_id")),
                Value::text(QString::number(job->sysJobId)), Value::text(QStringLiteral("ret")), Value::text(QStringLiteral("0")),
                Value::text(QStringLiteral("trace_id")), Value::text(kTrace), Value::text(QString()), Value::text(QString()),
                Value::text(QString()), Value::text(QString()), Value::text(QString()), Value::text(QStringLiteral("127.0.0.1")), Value::integer(2882)});
    writeRecoverRows(*job, false);
    return StatementResult::ok();
}

std::optional<SqlError> ObCluster::recoverTableRefusal(qint64 targetTenantId)
{
    // ObRecoverTableUtil::check_compatible: the sys tenant, the target's meta tenant and the target itself must be at
    // data version 4.2.1.0 or later (GET_MIN_DATA_VERSION), else OB_NOT_SUPPORTED.
    for (qint64 id : {qint64(1), targetTenantId - 1, targetTenantId}) {
        if (tenantCompatible(id) < ObVersion(4, 2, 1))
            return obError(-4007, QStringLiteral("Tenant COMPATIBLE is below 4.2.1.0, recover table is"));
    }
    // handle_recover_table refuses while the cluster upgrades (OB_OP_NOT_ALLOW; UNCONFIRMED: the exact text, and
    // that enable_upgrade_mode is what it reads).
    if (m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM main.obsim_parameters WHERE name = 'enable_upgrade_mode' AND tenant_id = 1 "
                                       "AND lower(value) IN ('true', '1', 'on')")) > 0)
        return obError(-4179, QStringLiteral("recover table during upgrade is"));
    return std::nullopt;
}

StatementResult ObCluster::runCancelRecoverTable(const QString &tenant)
{
    // cancel_recover_table_: force-cancels the import job and the recover job of the target tenant.
    const qint64 id = m_sql.scalarInt(QStringLiteral("SELECT TENANT_ID FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = ?"), {Value::text(tenant)});
    if (id == 0)
        return StatementResult::fail(obError(-5157, QStringLiteral("Unknown tenant '%1'").arg(tenant)));
    if (const auto refused = recoverTableRefusal(id))
        return StatementResult::fail(*refused);
    for (RecoverJob *j : std::as_const(m_recoverJobs)) {
        if (j->userDone || j->targetTenantId != id)
            continue;
        if (!j->cancelled) {
            j->cancelled = true;
            j->userStatus = QStringLiteral("CANCELING");
            j->statusSince = simulatedSeconds();
            // A clock held in the phase the cancel ends waits for CANCELING to be seen instead; else CANCELING may hold.
            if (m_heldSpeed)
                m_heldPhase = j->userStatus;
            else if (holdsAt(j->userStatus))
                holdClockAt(j->statusSince, j->userStatus);
            if (!j->importStatus.isEmpty() && j->importStatus != u"IMPORT_FINISH")
                j->importStatus = QStringLiteral("CANCELING");
        }
        writeRecoverRows(*j, false);
        return StatementResult::ok();
    }
    // No job: nothing to cancel (UNCONFIRMED whether OceanBase returns success or an error here; success is what a
    // force cancel of zero rows does).
    return StatementResult::ok();
}

void ObCluster::failRecover(RecoverJob &job, double now, int code, const QString &what)
{
    job.success = false;
    job.comment = resultComment(code, what);
    job.userStatus = QStringLiteral("FAILED");
    job.statusSince = now;
}

void ObCluster::tickRecover(double now)
{
    for (RecoverJob *job : std::as_const(m_recoverJobs)) {
        if (job->done)
            continue;
        advanceRecover(*job, now);
        if (!job->done)
            writeRecoverRows(*job, false);
    }
}

void ObCluster::advanceRecover(RecoverJob &job, double now)
{
    auto since = [&]() { return now - job.statusSince; };
    auto enter = [&](const char *status, double at) {
        job.userStatus = QString::fromLatin1(status);
        job.statusSince = at;
        // A held phase stops the clock (OBSIM HOLD AT): at this tick's instant, not earlier, so that no job already
        // advanced to `now` goes back; the phase starts there too (else, entered late, it would be overdue and the
        // job would step on through the next phases while the clock stands).
        if (holdsAt(job.userStatus)) {
            job.statusSince = now;
            holdClockAt(now, job.userStatus);
        }
    };
    // The sys job: PREPARE (inserts the target tenant's job) → RECOVERING (waits for it) → COMPLETED / FAILED → history.
    if (job.sysStatus == u"PREPARE") {
        if (now - job.startSim < kSysPrepare)
            return;
        job.sysStatus = QStringLiteral("RECOVERING");
        job.statusSince = job.startSim + kSysPrepare;
    }
    if (job.userDone) {
        if (job.sysStatus == u"RECOVERING") {
            job.sysStatus = job.success ? QStringLiteral("COMPLETED") : QStringLiteral("FAILED");
        } else if (now - job.finishedAt >= 1) {
            writeRecoverRows(job, true);
            job.done = true;
        }
        return;
    }
    const QString status = job.userStatus;
    const bool failHere = job.failAt == status && !job.cancelled;
    if (job.cancelled && status == u"CANCELING") {
        if (since() < kCancel)
            return;
        SqlError ignored;
        if (job.aux && !job.aux->done)
            dropTenant(job.auxTenant, false, &ignored);
        if (!job.importStatus.isEmpty())
            job.importStatus = QStringLiteral("IMPORT_FINISH");
        for (RecoverTask &t : job.tasks) {
            if (t.start >= 0 && t.end < 0) {
                t.end = now;
                t.failed = true;
                t.comment = resultComment(-4072, QStringLiteral("import table task canceled"));
            }
        }
        failRecover(job, now, -4072, errorText(-4072));
    } else if (status == u"PREPARE") {
        if (since() >= kUserPrepare)
            enter("RESTORE_AUX_TENANT", job.statusSince + kUserPrepare);
        if (job.failAt == u"RESTORE_AUX_TENANT" && job.aux && !job.aux->failAtPercent) {
            job.aux->failAtPercent = 40;
            job.aux->failCode = job.failCode;
        }
    } else if (status == u"RESTORE_AUX_TENANT") {
        if (!job.aux || !job.aux->done)
            return;
        if (!job.aux->success) {
            // The auxiliary tenant's restore failed: its comment says why.
            job.success = false;
            job.comment = resultComment(job.aux->failCode, QStringLiteral("restore aux tenant failed"));
            enter("FAILED", now);
        } else {
            enter("ACTIVE_AUX_TENANT", now);
        }
    } else if (status == u"ACTIVE_AUX_TENANT" || status == u"PRECHECK_IMPORT" || status == u"GEN_IMPORT_JOB") {
        const double step = status == u"ACTIVE_AUX_TENANT" ? kActivate : status == u"PRECHECK_IMPORT" ? kPrecheck : kGenImport;
        if (since() < step)
            return;
        if (failHere) {
            failRecover(job, now, job.failCode, errorText(job.failCode));
        } else if (status == u"ACTIVE_AUX_TENANT") {
            // ObRecoverTableJobScheduler::check_aux_tenant_, once the auxiliary tenant is active: its compatibility
            // mode and its name case mode (lower_case_table_names) must be the receiver's, else the job fails with
            // a free-text comment (set_result(false, "…")).
            const char *different = !job.sourceMode.isEmpty() && job.sourceMode != job.targetMode
                ? "recover from different compatibility tenant is not supported"
                : job.sourceCaseMode != job.targetCaseMode ? "recover from different case sensitive compatibility tenant is not supported"
                                                           : nullptr;
            if (different) {
                job.success = false;
                job.comment = QString::fromLatin1(different);
                job.userStatus = QStringLiteral("FAILED");
                job.statusSince = now;
                return;
            }
            enter("PRECHECK_IMPORT", job.statusSince + step);
        } else if (status == u"PRECHECK_IMPORT") {
            for (const RecoverTask &t : std::as_const(job.tasks)) {
                const bool known = m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM main.obsim_backup_tables WHERE tenant_name = ?"),
                                                   {Value::text(job.backupTenantName)}) > 0;
                if (known && !m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM main.obsim_backup_tables WHERE tenant_name = ? AND lower(database_name) = lower(?) AND lower(table_name) = lower(?)"),
                                             {Value::text(job.backupTenantName), Value::text(t.srcDatabase), Value::text(t.srcTable)})) {
                    failRecover(job, now, -5019, QStringLiteral("Table '%1.%2' doesn't exist").arg(t.srcDatabase, t.srcTable));
                    return;
                }
            }
            enter("GEN_IMPORT_JOB", job.statusSince + step);
        } else {
            job.importJobId = m_nextJobId++;
            job.importStatus = QStringLiteral("INIT");
            job.importSince = now;
            enter("IMPORTING", now);
        }
    } else if (status == u"IMPORTING") {
        const double e = now - job.importSince;
        if (job.importStatus == u"INIT" && e >= kImportInit)
            job.importStatus = QStringLiteral("IMPORT_TABLE");
        if (job.importStatus == u"IMPORT_TABLE") {
            double clock = job.importSince + kImportInit;
            for (RecoverTask &t : job.tasks) {
                if (t.start < 0)
                    t.start = clock;
                if (t.end < 0) {
                    if (now - t.start < kPerTable)
                        return;
                    t.end = t.start + kPerTable;
                    const bool oracleTarget = job.targetMode == u"ORACLE";
                    const bool dbThere = m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.__all_virtual_database WHERE tenant_id = ? AND %1")
                                                             .arg(oracleTarget ? QStringLiteral("database_name = ?") : QStringLiteral("lower(database_name) = lower(?)")),
                                                         {Value::integer(job.targetTenantId), Value::text(t.targetDatabase)}) > 0;
                    const bool tableThere = m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.CDB_OB_TABLE_LOCATIONS WHERE TENANT_ID = ? AND %1")
                                                                .arg(oracleTarget ? QStringLiteral("DATABASE_NAME = ? AND TABLE_NAME = ?")
                                                                                  : QStringLiteral("lower(DATABASE_NAME) = lower(?) AND lower(TABLE_NAME) = lower(?)")),
                                                            {Value::integer(job.targetTenantId), Value::text(t.targetDatabase), Value::text(t.targetTable)}) > 0;
                    if (failHere && &t == &job.tasks.first()) {
                        t.failed = true;
                        t.comment = resultComment(job.failCode, errorText(job.failCode));
                    } else if (!dbThere) {
                        // 4.2.1.x–4.3.3: the target schema is found wrong here, after the auxiliary restore.
                        t.failed = true;
                        t.comment = resultComment(-5154, QStringLiteral("Unknown database '%1'").arg(t.targetDatabase));
                    } else if (tableThere) {
                        t.failed = true;
                        t.comment = resultComment(-5020, QStringLiteral("Table '%1' already exists").arg(t.targetTable));
                    } else {
                        // The import creates the table in the target tenant.
                        m_sql.exec(QStringLiteral("INSERT INTO oceanbase.CDB_OB_TABLE_LOCATIONS VALUES (?, ?, ?, ?, 'USER TABLE')"),
                                   {Value::integer(job.targetTenantId), Value::text(t.targetDatabase), Value::text(t.targetTable),
                                    Value::integer(500000 + job.importJobId * 100 + t.taskId)});
                    }
                }
                clock = t.end;
            }
            job.importStatus = QStringLiteral("RECONSTRUCT_REF_CONSTRAINT");
            job.importSince = clock;
        }
        if (job.importStatus == u"RECONSTRUCT_REF_CONSTRAINT" && now - job.importSince >= kRefConstraints) {
            job.importStatus = QStringLiteral("IMPORT_FINISH");
            const auto failed = std::count_if(job.tasks.cbegin(), job.tasks.cend(), [](const RecoverTask &t) { return t.failed; });
            if (failed > 0) {
                job.success = false;
                job.comment = job.tasks.first().comment;
                enter("FAILED", now);
            } else {
                job.success = true;
                enter("COMPLETED", now);
            }
        }
    }
    if (job.userStatus == u"COMPLETED" || job.userStatus == u"FAILED") {
        // sys_finish_: the auxiliary tenant is dropped (_auto_drop_recovering_auxiliary_tenant), its pool stays.
        SqlError ignored;
        if (m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.DBA_OB_TENANTS WHERE TENANT_NAME = ?"), {Value::text(job.auxTenant)}))
            dropTenant(job.auxTenant, false, &ignored);
        job.userDone = true;
        job.finishedAt = now;
        m_sql.exec(insertInto(QStringLiteral("DBA_OB_ROOTSERVICE_EVENT_HISTORY"), 18),
                   {Value::text(nowText()), Value::text(QStringLiteral("recover_table")), Value::text(QStringLiteral("sys_recover_finish")),
                    Value::text(QStringLiteral("tenant_id")), Value::text(QStringLiteral("1")), Value::text(QStringLiteral("job_id")),
                    Value::text(QString::number(job.sysJobId)), Value::text(QString()), Value::text(QString()), Value::text(QString()),
                    Value::text(QString()), Value::text(QString()), Value::text(QString()), Value::text(QString()), Value::text(QString()),
                    Value::text(QString()), Value::text(QStringLiteral("127.0.0.1")), Value::integer(2882)});
    }
}

void ObCluster::writeRecoverRows(const RecoverJob &job, bool history)
{
    // TIMESTAMP columns: the instants, shown in each reader's zone (runSelect).
    const QString start = utcText(job.startUtc);
    const QString end = utcText(serverNow());
    const qint64 userId = job.userJobId;
    m_sql.exec(QStringLiteral("DELETE FROM oceanbase.CDB_OB_RECOVER_TABLE_JOBS WHERE (TENANT_ID = 1 AND JOB_ID = ?) OR (TENANT_ID = ? AND JOB_ID = ?)"),
               {Value::integer(job.sysJobId), Value::integer(job.targetTenantId), Value::integer(userId)});
    // One row of CDB_OB_RECOVER_TABLE_JOBS or its history: the sys job (TENANT_ID 1) or the target tenant's job,
    // which names the sys job as its initiator.
    auto recoverRow = [&](const QString &table, qint64 tenantId, qint64 jobId, qint64 initiatorJob, const QString &status, bool finished) {
        QList<Value> row{Value::integer(tenantId), Value::integer(jobId), Value::integer(1), Value::integer(initiatorJob),
                         Value::text(start), finished ? Value::text(end) : Value::null(), Value::text(status), Value::text(job.auxTenant),
                         Value::text(job.targetTenant), Value::integer(job.importAll ? 1 : 0), Value::text(job.dbList), Value::text(job.tableList),
                         Value::integer(qint64(job.restoreScn)), Value::text(scnDisplay(job.restoreScn, QTimeZone::utc())), Value::text(job.restoreOption),
                         Value::text(job.backupDest), Value::text(job.setList), Value::text(job.pieceList), Value::text(QString()),
                         Value::text(QString()), Value::text(job.remapDbList), Value::text(job.remapTableList),
                         Value::text(job.remapTablegroupList), Value::text(job.remapTablespaceList),
                         finished ? Value::text(job.success ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED")) : Value::null(),
                         Value::text(finished ? job.comment : QString()), Value::text(job.description)};
        m_sql.exec(insertInto(table, row.size()), row);
    };
    const bool sysFinished = job.sysStatus == u"COMPLETED" || job.sysStatus == u"FAILED";
    if (history) {
        recoverRow(QStringLiteral("CDB_OB_RECOVER_TABLE_JOB_HISTORY"), 1, job.sysJobId, 0, job.sysStatus, true);
    } else {
        recoverRow(QStringLiteral("CDB_OB_RECOVER_TABLE_JOBS"), 1, job.sysJobId, 0, job.sysStatus, sysFinished);
        if (job.sysStatus != u"PREPARE" && !job.userDone)
            recoverRow(QStringLiteral("CDB_OB_RECOVER_TABLE_JOBS"), job.targetTenantId, userId, job.sysJobId, job.userStatus, false);
    }
    // The target tenant's job reaches its history when it ends; so do the import job and its tasks.
    const bool userFinished = job.userDone;
    if (userFinished && !m_sql.scalarInt(QStringLiteral("SELECT count(*) FROM oceanbase.CDB_OB_RECOVER_TABLE_JOB_HISTORY WHERE TENANT_ID = ? AND JOB_ID = ?"),
                                         {Value::integer(job.targetTenantId), Value::integer(userId)}))
        recoverRow(QStringLiteral("CDB_OB_RECOVER_TABLE_JOB_HISTORY"), job.targetTenantId, userId, job.sysJobId, job.userStatus, true);
    if (job.importJobId == 0)
        return;
    const bool importFinished = job.importStatus == u"IMPORT_FINISH";
    const QString importTable = importFinished && userFinished ? QStringLiteral("CDB_OB_IMPORT_TABLE_JOB_HISTORY") : QStringLiteral("CDB_OB_IMPORT_TABLE_JOBS");
    const QString taskTable = importFinished && userFinished ? QStringLiteral("CDB_OB_IMPORT_TABLE_TASK_HISTORY") : QStringLiteral("CDB_OB_IMPORT_TABLE_TASKS");
    for (const char *table : {"CDB_OB_IMPORT_TABLE_JOBS", "CDB_OB_IMPORT_TABLE_JOB_HISTORY", "CDB_OB_IMPORT_TABLE_TASKS", "CDB_OB_IMPORT_TABLE_TASK_HISTORY"})
        m_sql.exec(QStringLiteral("DELETE FROM oceanbase.%1 WHERE TENANT_ID = ? AND JOB_ID = ?").arg(QLatin1StringView(table)),
                   {Value::integer(job.targetTenantId), Value::integer(job.importJobId)});
    int finishedCount = 0, failedCount = 0;
    for (const RecoverTask &t : job.tasks) {
        if (t.end >= 0)
            ++(t.failed ? failedCount : finishedCount);
    }
    constexpr qint64 kTableBytes = 256ll << 20;
    QList<Value> importRow{Value::integer(job.targetTenantId), Value::integer(job.importJobId), Value::integer(job.targetTenantId),
                           Value::integer(userId), Value::text(start), importFinished ? Value::text(end) : Value::null(),
                           Value::text(job.auxTenant), Value::integer(job.auxTenantId), Value::text(job.importStatus),
                           Value::integer(job.tasks.size()), Value::integer(finishedCount), Value::integer(failedCount),
                           Value::integer(kTableBytes * job.tasks.size()), Value::integer(kTableBytes * finishedCount),
                           Value::integer(kTableBytes * failedCount),
                           importFinished ? Value::text(failedCount ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS")) : Value::null(),
                           Value::text(importFinished && failedCount ? job.comment : QString()), Value::integer(job.importAll ? 1 : 0),
                           Value::text(job.dbList), Value::text(job.tableList), Value::text(job.remapDbList), Value::text(job.remapTableList),
                           Value::text(job.remapTablegroupList), Value::text(job.remapTablespaceList), Value::text(job.description)};
    m_sql.exec(insertInto(importTable, importRow.size()), importRow);
    auto timeAt = [&](double sim) {
        return utcText(job.startUtc.addMSecs(qint64((sim - job.startSim) * 1000 / qMax(0.001, runningSpeed()))));
    };
    for (const RecoverTask &t : job.tasks) {
        const QString status = t.end >= 0 ? QStringLiteral("FINISH") : t.start >= 0 ? QStringLiteral("DOING") : QStringLiteral("INIT");
        const bool ok = t.end >= 0 && !t.failed;
        QList<Value> row{Value::integer(job.targetTenantId), Value::integer(t.taskId), Value::integer(job.importJobId), Value::integer(job.auxTenantId),
                         Value::text(QString()), Value::text(QString()), Value::text(t.srcDatabase), Value::text(t.srcTable), Value::text(QString()),
                         Value::text(QString()), Value::text(QString()), Value::text(t.targetDatabase), Value::text(t.targetTable),
                         Value::integer(4 + t.indexes), Value::text(status), t.start >= 0 ? Value::text(timeAt(t.start)) : Value::null(),
                         t.end >= 0 ? Value::text(timeAt(t.end)) : Value::null(), Value::integer(t.end >= 0 ? qint64((t.end - t.start) * 1e6) : 0),
                         Value::integer(t.indexes), Value::integer(ok ? t.indexes : 0), Value::integer(t.failed ? t.indexes : 0),
                         Value::integer(t.constraints), Value::integer(ok ? t.constraints : 0), Value::integer(t.failed ? t.constraints : 0),
                         Value::integer(0), Value::integer(0), Value::integer(0), Value::integer(0), Value::integer(0), Value::integer(0),
                         t.end >= 0 ? Value::text(t.failed ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS")) : Value::null(),
                         Value::text(t.comment)};
        m_sql.exec(insertInto(taskTable, row.size()), row);
    }
}

} // namespace obsim
