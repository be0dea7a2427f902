#include "recovertablerules.h"

#include "tr.h"

#include <algorithm>

namespace obrestore::recoverrules {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool sameName(const QString &a, const QString &b, bool foldCase)
{
    // The resolver lowercases the names first where the tenant folds them, then compares exactly (foldsCase()).
    return a.compare(b, foldCase ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
}

// db.t of a remap's side ("db.t", "db.*", or "t" for the same database as `db`), names backquoted or not.
struct Side
{
    QString database;
    QString table;
};

Side sideOf(const QString &text, const QString &defaultDatabase, bool oracleMode)
{
    const auto n = RestoreStatement::parseRemapSide(text, oracleMode, nullptr);
    if (!n)
        return Side{defaultDatabase, text}; // not from parseRemap: compared as written
    return Side{n->database.isEmpty() ? defaultDatabase : n->database, n->table};
}

bool listsTable(const QList<RecoverName> &names, const Side &s, bool foldCase)
{
    return std::any_of(names.cbegin(), names.cend(), [&](const RecoverName &n) {
        return !n.isEverything() && !n.isWholeDatabase() && sameName(n.database, s.database, foldCase)
            && sameName(n.table, s.table, foldCase);
    });
}

bool listsDatabase(const QList<RecoverName> &names, const QString &database, bool foldCase)
{
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const RecoverName &n) { return n.isWholeDatabase() && sameName(n.database, database, foldCase); });
}

} // namespace

bool foldsCase(bool oracleMode, std::optional<int> lowerCaseTableNames)
{
    return !oracleMode && lowerCaseTableNames.value_or(1) == 1;
}

bool checkList(const QList<RecoverName> &names, bool foldCase, QString *error)
{
    if (names.isEmpty())
        return fail(error, Tr::tr("Name at least one table to recover (db.table, db.* or *.*)."));
    for (int i = 0; i < names.size(); ++i) {
        const RecoverName &n = names.at(i);
        if (n.isEverything() && names.size() > 1)
            return fail(error, Tr::tr("*.* already names every table; remove the other names."));
        for (int j = 0; j < i; ++j) {
            const RecoverName &m = names.at(j);
            if (!sameName(n.database, m.database, foldCase))
                continue;
            // ObImportTableArg::add_database / add_table: a database named twice, or a table inside a database
            // named whole, is OB_BACKUP_CONFLICT_VALUE ("… is conflict with …").
            if (n.isWholeDatabase() || m.isWholeDatabase())
                return fail(error, Tr::tr("%1 and %2 overlap: %3.* already holds every table of that database.")
                                       .arg(m.toSql(), n.toSql(), n.isWholeDatabase() ? n.database : m.database));
            if (sameName(n.table, m.table, foldCase))
                return fail(error, Tr::tr("%1 is named twice.").arg(n.toSql()));
        }
    }
    return true;
}

bool checkRemaps(const RecoverTableRequest &r, QString *error)
{
    const bool everything = std::any_of(r.names.cbegin(), r.names.cend(), [](const RecoverName &n) { return n.isEverything(); });
    if (everything && !(r.remapTables.isEmpty() && r.remapTablegroups.isEmpty() && r.remapTablespaces.isEmpty()))
        return fail(error, Tr::tr("With *.* OceanBase ignores every REMAP (for a recovery of everything it copies no "
                                  "remap into the job), so the tables would come back under their old names. Name the "
                                  "databases to recover instead (app.*, crm.*), then remap them."));
    const bool fold = foldsCase(r.oracleMode, r.lowerCaseTableNames);
    QList<Side> sources, targets;
    for (const RemapPair &p : r.remapTables) {
        const Side from = sideOf(p.from, QString(), r.oracleMode);
        const Side to = sideOf(p.to, from.database, r.oracleMode);
        if (from.table == u"*") {
            // fill_remap_database: the database is recovered whole, and its new name is not.
            if (!listsDatabase(r.names, from.database, fold))
                return fail(error, Tr::tr("REMAP TABLE %1:%2 renames a database that is not recovered whole; add %1 to "
                                          "the tables.").arg(p.from, p.to));
            if (listsDatabase(r.names, to.database, fold))
                return fail(error, Tr::tr("REMAP TABLE %1:%2 leads into %2, which is recovered itself; remove one of the "
                                          "two.").arg(p.from, p.to));
        } else {
            // fill_remap_table: the table is named itself (one inside db.* does not count), its new name is not.
            if (!listsTable(r.names, from, fold)) {
                if (listsDatabase(r.names, from.database, fold))
                    return fail(error, Tr::tr("REMAP TABLE %1:%2 renames a table that is recovered only through %3.*: "
                                              "OceanBase remaps tables named one by one. Name %1 in the tables instead "
                                              "of %3.*, or remap the whole database (%3.*:newdb.*).")
                                           .arg(p.from, p.to, from.database));
                return fail(error, Tr::tr("REMAP TABLE %1:%2 renames a table that is not being recovered; add %1 to the "
                                          "tables.").arg(p.from, p.to));
            }
            if (listsTable(r.names, to, fold))
                return fail(error, Tr::tr("REMAP TABLE %1:%2 leads to %3.%4, which is recovered itself; remove one of "
                                          "the two.").arg(p.from, p.to, to.database, to.table));
        }
        // add_remap_table / add_remap_database: no source twice, no target twice.
        auto same = [&](const Side &a, const Side &b) {
            return sameName(a.database, b.database, fold) && sameName(a.table, b.table, fold);
        };
        if (std::any_of(sources.cbegin(), sources.cend(), [&](const Side &s) { return same(s, from); }))
            return fail(error, Tr::tr("%1 is remapped twice.").arg(p.from));
        if (std::any_of(targets.cbegin(), targets.cend(), [&](const Side &t) { return same(t, to); }))
            return fail(error, Tr::tr("Two remaps lead to %1.").arg(p.to));
        sources << from;
        targets << to;
    }
    for (const QList<RemapPair> *list : {&r.remapTablegroups, &r.remapTablespaces}) {
        QStringList seen;
        for (const RemapPair &p : *list) {
            if (seen.contains(p.from, fold ? Qt::CaseInsensitive : Qt::CaseSensitive))
                return fail(error, Tr::tr("%1 is remapped twice.").arg(p.from));
            seen << p.from;
        }
    }
    return true;
}

} // namespace obrestore::recoverrules
