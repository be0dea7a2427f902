#pragma once

#include "common/obversion.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace obrestore {

// One statement for the target's sys tenant, in the two forms it exists in: `sql` is what is sent to the server,
// `display` is what every other rendering (previews, logs, exported scripts, the CLI) shows: secrets masked.
struct RenderedStatement
{
    QString sql;
    QString display;
    bool hasSecret = false;
};

// What a restore statement needs. Values are validated, never quoted around (../shared/DESIGN.md).
struct RestoreRequest
{
    enum class Until { Latest, Scn, Time };

    ObVersion targetVersion{4, 3, 3, 0};
    QString tenantName;          // the new tenant
    QStringList uris;            // data and archive destinations (4.x); the cluster-level root (3.x)
    Until until = Until::Latest;
    quint64 untilScn = 0;
    QString untilTime;           // 'YYYY-MM-DD HH:MM:SS[.ffffff]'
    QStringList poolList;
    QString primaryZone;
    QString locality;
    std::optional<int> concurrency;
    QStringList decryptionPasswords;
    QString description;
    // Restore options (ob-restore-sql.md §1.1, §1.2, §1.4):
    bool quick = false;          // method=quick: quick restore, 4.3.3+
    QString keyFromUri;          // WITH KEY FROM '<backup key path>' (4.2.1+ grammar; transparent encryption)
    QString keyPassword;         // … ENCRYPTED BY '<password>' of that key backup
    QString kmsEncryptInfo;      // SET @kms_encrypt_info = '…' and kms_encrypt=true (enterprise/TDE builds)
    // 3.x dialect
    QString sourceTenant;
    QString backupClusterName;
    qint64 backupClusterId = 0;
};

// One name of a table-level recovery as the user typed it: `db.tbl`, `db.*` or `*.*` (recover_table_relation_name in
// sql_parser_mysql_mode.y). A part may be backquoted and then holds any character but a backquote or a line break.
struct RecoverName
{
    QString database;   // "*" only in `*.*`
    QString table;      // "*" for every table of the database
    bool databaseQuoted = false;
    bool tableQuoted = false;

    bool isEverything() const { return database == u"*"; }
    bool isWholeDatabase() const { return !isEverything() && table == u"*"; }
    QString toSql() const;  // `app`.`orders` only where a part needs it: app.orders, app.*, *.*
    bool operator==(const RecoverName &o) const;
};

// REMAP TABLE a:b (db.t:newdb.newt, db.t:newt, db.*:newdb.*), REMAP TABLEGROUP / TABLESPACE a:b.
struct RemapPair
{
    QString from;
    QString to;
};

// ALTER SYSTEM RECOVER TABLE (4.2.1+): restores an auxiliary tenant to the point, imports the tables into an existing
// tenant, drops the auxiliary tenant (ob_recover_table_initiator.cpp; docs/recover-table.md).
struct RecoverTableRequest
{
    ObVersion targetVersion{4, 3, 3, 0};
    QString targetTenant;           // the existing tenant that receives the tables
    QList<RecoverName> names;
    QStringList uris;
    RestoreRequest::Until until = RestoreRequest::Until::Latest;
    quint64 untilScn = 0;
    QString untilTime;
    QString auxPool;                // the auxiliary tenant's resource pool (pool_list=)
    QString primaryZone;
    QString locality;
    std::optional<int> concurrency;
    QStringList decryptionPasswords;
    QString description;
    QString keyFromUri;
    QString keyPassword;
    QString kmsEncryptInfo;
    QList<RemapPair> remapTables;
    QList<RemapPair> remapTablegroups;
    QList<RemapPair> remapTablespaces;
    bool oracleMode = false;        // the target tenant is Oracle-mode: unquoted names are upper-case
    std::optional<int> lowerCaseTableNames; // the target tenant's name case mode, where read (recoverrules::foldsCase)
};

struct UnitRequest
{
    QString name;
    double maxCpu = 0;
    double minCpu = 0;         // 0: same as max
    qint64 memoryBytes = 0;
    qint64 logDiskBytes = 0;   // 0: the server's default
};

struct PoolRequest
{
    QString name;
    QString unit;
    int unitNum = 1;
    QStringList zones;
};

// The only code that writes restore SQL (3.x and 4.x dialects, ../shared/reference/ob-restore-sql.md §1).
// Every function returns the statements in order, or nullopt with *error set to a translated reason.
class RestoreStatement
{
public:
    static std::optional<QList<RenderedStatement>> restore(const RestoreRequest &r, QString *error);
    // Whether RECOVER TABLE checks the target databases and tables with the statement
    // (ObRecoverTableInitiator::check_recover_table_target_schema_, in master) or only in the import, after the
    // auxiliary tenant's restore (4.2.1.x to 4.3.3). UNCONFIRMED from which release: obrestore assumes 4.3.5.
    static bool checksRecoverTargetSchemaAtStatement(const ObVersion &v) { return v >= ObVersion(4, 3, 5); }
    // ALTER SYSTEM RESTORE FROM … UNTIL … PREVIEW; SHOW RESTORE PREVIEW; (4.2.3+ on 4.2, 4.3.2+).
    static std::optional<QList<RenderedStatement>> preview(const RestoreRequest &r, QString *error);
    // CANCEL RESTORE where the grammar has it (4.2.1+), DROP TENANT … FORCE before: both drop the tenant.
    static std::optional<QList<RenderedStatement>> cancel(const QString &tenant, const ObVersion &target, QString *error);
    // Table-level recovery: SET DECRYPTION / @kms_encrypt_info when needed, then ALTER SYSTEM RECOVER TABLE.
    static std::optional<QList<RenderedStatement>> recoverTable(const RecoverTableRequest &r, QString *error);
    // ALTER SYSTEM CANCEL RECOVER TABLE <tenant> (4.2.1+).
    static std::optional<RenderedStatement> cancelRecoverTable(const QString &tenant, const ObVersion &target, QString *error);
    static bool supportsRecoverTable(const ObVersion &v);   // 4.2.1+
    // "app.orders, app.*, `my db`.`t`" (commas, spaces or line breaks between names) → names, or nullopt with *error.
    // lowerCaseTableNames: the receiving tenant's name case mode where known (names compare without case only at 1,
    // OceanBase's default, which an unknown mode is read as; recoverrules::foldsCase).
    static std::optional<QList<RecoverName>> parseRecoverNames(const QString &text, bool oracleMode, QString *error,
                                                               std::optional<int> lowerCaseTableNames = std::nullopt);
    static std::optional<RecoverName> parseRecoverName(const QString &text, bool oracleMode, QString *error);
    // "a:b" → pair, each side checked for its kind (table: db.t, t or db.*; tablegroup/tablespace: a plain name).
    enum class RemapKind { Table, Tablegroup, Tablespace };
    static std::optional<RemapPair> parseRemap(const QString &text, RemapKind kind, bool oracleMode, QString *error);
    // One side of a remap: db.t, db.* or a lone name (database empty), each name plain or backquoted; the rules and
    // the pre-checks read a RemapPair's sides with it, so a backquoted name holding '.' or ':' stays one name.
    static std::optional<RecoverName> parseRemapSide(const QString &text, bool oracleMode, QString *error);
    static std::optional<RenderedStatement> createUnit(const UnitRequest &u, const ObVersion &target, QString *error);
    static std::optional<RenderedStatement> createPool(const PoolRequest &p, QString *error);
    static std::optional<RenderedStatement> dropPool(const QString &pool, QString *error);
    static std::optional<RenderedStatement> dropUnit(const QString &unit, QString *error);
    static std::optional<RenderedStatement> activateStandby(const QString &tenant, QString *error);
    // After a restore from an older version, once activated (4.1+, ob-restore-sql.md §1.8):
    // ALTER SYSTEM RUN UPGRADE JOB "UPGRADE_ALL" TENANT = t.
    static std::optional<RenderedStatement> upgradeTenant(const QString &tenant, QString *error);
    // The cluster parameter 3.x and 4.0 need non-zero before any restore (ob-restore-sql.md §1.10); 1–512.
    static RenderedStatement setRestoreConcurrency(int threads);
    // SET time_zone = '±HH:MM' (3.x reads UNTIL 'time' in the session zone, §1.9); seconds are dropped.
    static RenderedStatement setSessionTimeZone(int offsetSeconds);

    static bool supportsPreview(const ObVersion &v);
    static bool supportsQuickRestore(const ObVersion &v);  // 4.3.3+
    static bool supportsKeyFrom(const ObVersion &v);       // 4.2.1+
    static bool supportsCancelRestore(const ObVersion &v);

    // Validators (also used by the plan and the wizard's fields).
    static bool isValidTenantName(const QString &name, QString *error);
    static bool isValidObjectName(const QString &name, const QString &what, QString *error); // pools, units, zones
    static bool isValidOptionValue(const QString &value, const QString &what, QString *error);
    static bool isValidUri(const QString &uri, QString *error);
    // isValidUri and the storage parameters the target's version takes (what restore() checks of each location).
    // Whether the target reads azblob:// locations (4.2.5.6+ on the 4.2 line, 4.3.5.3+ on the 4.3 line, 4.4+).
    static bool supportsAzureBlob(const ObVersion &target);
    static bool isValidUriFor(const QString &uri, const ObVersion &target, QString *error);
    static bool isValidTime(const QString &time, QString *error);
    // A string literal in MySQL mode. A quote is doubled (''), which OceanBase's lexer reads as a quote whatever the
    // sql_mode (sql_parser_mysql_mode.l, <sq>{sqdouble}), so no value can end the literal early. Backslash, NUL,
    // newline, CR and Ctrl-Z are backslash-escaped, which keeps one statement on one line and is read as meant
    // unless the session has NO_BACKSLASH_ESCAPES: obrestore's own sessions clear that mode (Session::open), and
    // usesBackslashEscapes() tells `obrestore sql` to say so when a literal depends on it.
    static QString quote(const QString &text);
    static bool usesBackslashEscapes(const QString &text);
    static QString maskedLiteral() { return QStringLiteral("'******'"); }
};

} // namespace obrestore
