#pragma once

#include "restorestatement.h"

#include <QList>
#include <optional>
#include <QString>

namespace obrestore::recoverrules {

// The checks OceanBase makes of a RECOVER TABLE's list and remaps before any job exists (docs/recover-table.md §2),
// so that the statement writer never sends what the server refuses at once or reads otherwise than shown. From the
// resolver (ObRecoverTableResolver, ob_alter_system_resolver.cpp; ObImportTableArg::add_database / add_table and
// ObImportRemapArg::add_remap_database / add_remap_table: OB_BACKUP_CONFLICT_VALUE, 9066) and the initiator
// (ObRecoverTableInitiator::fill_recover_table_arg_, fill_remap_database, fill_remap_table: OB_NOT_SUPPORTED, 1235).
// Each refusal is translated and says what to write instead. obsim checks the same rules with its own code, written
// from the same source (src/obsim/obcluster_recover.cpp), and tst_recovertable sends every form to both.

// Whether the receiving tenant compares names without case: ObRecoverTableResolver (resolve_recover_tables_,
// resolve_remap_) lowercases the list's and the remaps' names only where the tenant is MySQL-mode and its name case
// mode is OB_LOWERCASE_AND_INSENSITIVE (lower_case_table_names=1), then compares them exactly
// (OB_ORIGIN_AND_SENSITIVE); 0 and 2 keep the case, as Oracle mode does. Read in seekdb's (4.4) source; the 4.2.1 and
// 4.3 lines are taken to resolve the same way (UNCONFIRMED). An unknown mode is read as OceanBase's default, 1.
bool foldsCase(bool oracleMode, std::optional<int> lowerCaseTableNames);

// The list: not empty; `*.*` alone; no database or table named twice; no table of a database named whole.
bool checkList(const QList<RecoverName> &names, bool foldCase, QString *error);

// The remaps, against the list:
// - with `*.*` no REMAP at all: the initiator copies none of them for an import of everything (is_import_all), so
//   the tables would come back under their old names;
// - REMAP TABLE db.t:… needs db.t itself in the list — a table inside a database named whole (db.*) does not count
//   (fill_remap_table checks the tables named one by one: "remap not exist recover table") — and its new name must
//   not be a table of the list;
// - REMAP TABLE db.*:newdb.* needs db.* in the list, and newdb.* must not be in it (fill_remap_database);
// - no source remapped twice, no two remaps to one name (add_remap_table / add_remap_database: conflict).
bool checkRemaps(const RecoverTableRequest &r, QString *error);

} // namespace obrestore::recoverrules
