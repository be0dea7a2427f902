// obrestore: the command-line twin of the wizard (../shared/contracts/obrestore-cli.md).
#include "backupdest/destscanner.h"
#include "backupdest/objectstorage.h"
#include "backupdest/restoreverify.h"
#include "backupdest/tenantcatalog.h"
#include "buildinfo.h"
#include "cluster/clusterinventory.h"
#include "cluster/onlinebackupcatalog.h"
#include "cluster/restorestatement.h"
#include "cluster/session.h"
#include "cluster/sourcekeys.h"
#include "common/backupuri.h"
#include "common/i18n.h"
#include "common/obversion.h"
#include "common/scn.h"
#include "report/inspectreport.h"
#include "report/supportbundle.h"
#include "common/port.h"
#include "cliparse.h"
#include "watch.h"

#include <QDir>
#include <QRegularExpression>
#include <cstdio>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

using namespace obrestore;

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(obrestore::Cli)
};

// Exit codes of the contract.
constexpr int kExitOk = 0;
constexpr int kExitMisuse = 2;
constexpr int kExitCannotRead = 4;

int misuse(const QString &message, const QString &help)
{
    QTextStream err(stderr);
    err << message << Qt::endl << Qt::endl << help;
    return kExitMisuse;
}

void writeUtf8(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// The keys of --access-key-file: "FILE" for every location (or bucket) without one, "s3://bucket=FILE" for one bucket
// of an online source. False with `error` when a file cannot be read.
bool readAccessKeyFiles(const QStringList &values, QString *forAll, QMap<QString, QString> *perBucket, QString *error)
{
    static const QRegularExpression bucketPrefix(QStringLiteral(R"(\A([a-z0-9]+://[^/=?]+)=(.+)\z)"));
    for (const QString &value : values) {
        const auto m = bucketPrefix.match(value);
        const QString file = m.hasMatch() ? m.captured(2) : value;
        QString key;
        QString fileError;
        if (!readFirstLine(file, &key, &fileError)) {
            *error = Cli::tr("Cannot read the access key file %1: %2").arg(file, fileError);
            return false;
        }
        rememberSecret(key);
        if (m.hasMatch())
            perBucket->insert(m.captured(1), key);
        else
            *forAll = key;
    }
    return true;
}

// inspect --online: the source cluster's views read as a scan (scenario 1), each object-storage destination with the
// key the source keeps readable, else the one given (per bucket, else for all). Exit 4 when the cluster cannot be read.
struct OnlineInspect
{
    std::optional<ScanResult> scan;
    SourceKeys keys;
    int exitCode = 0;
};

OnlineInspect readOnlineForInspect(const ConnectionSettings &c, const QString &keyForAll, const QMap<QString, QString> &perBucket)
{
    OnlineInspect out;
    QTextStream err(stderr);
    Session session(c);
    ServerError e;
    if (!session.open(&e) || !(out.scan = OnlineBackupCatalog::readScan(session, &e))) {
        err << Cli::tr("Cannot read %1: %2").arg(c.displayName(), e.toStringWithFix()) << Qt::endl;
        out.exitCode = kExitCannotRead;
        return out;
    }
    out.keys = SourceKeys(*out.scan, SourceKeys::read(session));
    for (const SourceKeys::Bucket &b : out.keys.buckets()) {
        const QString key = perBucket.value(b.scheme + QStringLiteral("://") + b.bucket);
        QString ignored;
        const auto form = BackupUri::parse(b.formUri);
        if (!key.isEmpty() && !b.accessId.isEmpty() && form)
            out.keys.setTyped(b.id, form->withAccessKey(key).toRawString(), &ignored);
    }
    out.keys.setKeyForAll(keyForAll);
    out.keys.applyTo(*out.scan);
    out.scan->diagnostics += out.keys.diagnostics();
    out.scan->storage = out.keys.storage(); // --verify reads the destinations' files with their keys
    return out;
}

// obrestore inspect URI... [--json] [--target-version V] [--time-zone TZ] [--decryption PWD]...
//                          [--until-scn N | --until-time T] [--tenant NAME|ID] [--verify]
// obrestore inspect --online --host H --port P --user U [the same options]
int runInspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Reads one or more backup locations offline and reports the tenants, backup sets, archive pieces, "
                "restorable windows and every finding, with its cause and fix. With --until-scn or --until-time it also "
                "says, per tenant, exactly what a restore to that point reads (OceanBase's own choice, offline).\n"
                "Exit status: 0 when a tenant has a restorable window (into --target-version, to the --until point, "
                "with --verify its files present), 3 when none has, 2 for misuse."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print the report as JSON (schema_version 1)."));
    const QCommandLineOption targetOption(QStringLiteral("target-version"),
                                          Cli::tr("Also check that the backup can be restored into a cluster of this "
                                                  "version, e.g. 4.2.1.0."),
                                          Cli::tr("version"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"),
                                        Cli::tr("Time zone for displayed times: UTC, +08:00, Asia/Shanghai (default: "
                                                "local). JSON always carries UTC too."),
                                        Cli::tr("zone"));
    const DecryptionOptions decryptionOption; // checked against encrypted sets; never printed
    const QCommandLineOption untilScnOption(QStringLiteral("until-scn"),
                                            Cli::tr("Also report what a restore to this SCN reads, per tenant."),
                                            Cli::tr("scn"));
    const QCommandLineOption untilTimeOption(QStringLiteral("until-time"),
                                             Cli::tr("Also report what a restore to this time (YYYY-MM-DD HH:MM:SS[.ffffff], "
                                                     "in --time-zone) reads, per tenant."),
                                             Cli::tr("time"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
                                          Cli::tr("With --until-…: only this tenant (name or id)."), Cli::tr("tenant"));
    const QCommandLineOption verifyOption(QStringLiteral("verify"),
                                          Cli::tr("With --until-…: also check, without reading data, that the files the "
                                                  "restore opens are present."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Cli::tr("End the scan after this many seconds with what it has read, reported "
                                                   "as SCAN_TIMEOUT (default 900)."),
                                           Cli::tr("seconds"));
    const QCommandLineOption keyFileOption(QStringLiteral("access-key-file"),
                                           Cli::tr("Read the object storage secret access key from this file (its first "
                                                   "line), for locations without access_key=. OBRESTORE_ACCESS_KEY works too."),
                                           Cli::tr("file"));
    const QCommandLineOption onlineOption(QStringLiteral("online"),
                                          Cli::tr("Read the source cluster's views instead of a backup location (scenario 1): its "
                                                  "tenants, backup sets and archive pieces, each object-storage destination with "
                                                  "the key the cluster keeps readable. The password comes from OBRESTORE_PASSWORD, "
                                                  "--password-file, or a prompt. Exit status 4 when the cluster cannot be read."));
    const QCommandLineOption hostOption(QStringLiteral("host"), Cli::tr("With --online: the source cluster's host."), Cli::tr("host"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), Cli::tr("With --online: its SQL port (default 2881)."), Cli::tr("port"), QStringLiteral("2881"));
    const QCommandLineOption userOption(QStringLiteral("user"), Cli::tr("With --online: a sys tenant user (default root@sys)."), Cli::tr("user"), QStringLiteral("root@sys"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"), Cli::tr("With --online: read the password from the first line of this file."), Cli::tr("file"));
    parser.addOptions({jsonOption, targetOption, zoneOption, untilScnOption, untilTimeOption, tenantOption, verifyOption,
                       keyFileOption, timeoutOption, onlineOption, hostOption, portOption, userOption, passwordFileOption});
    parser.addOptions(decryptionOption.all());
    parser.addPositionalArgument(QStringLiteral("uri"),
                                 Cli::tr("A backup location: file:///path, a path (a relative one is taken from the "
                                         "current folder and reported absolute), any folder above the destinations, or "
                                         "object storage as OceanBase writes it "
                                         "(s3://bucket/path?host=…&access_id=…&access_key=…, oss://, cos://, "
                                         "azblob://container/path?host=https://ACCOUNT.blob.core.windows.net&access_id=ACCOUNT&access_key=KEY)."),
                                 Cli::tr("URI..."));
    if (!parser.parse(args))
        return misuse(parser.errorText(), helpTextOf(parser, QStringLiteral("inspect")));
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << helpTextOf(parser, QStringLiteral("inspect"));
        return kExitOk;
    }
    const QStringList uris = parser.positionalArguments();
    const bool online = parser.isSet(onlineOption);
    if (uris.isEmpty() && !online)
        return misuse(Cli::tr("Give at least one backup location."), helpTextOf(parser, QStringLiteral("inspect")));
    if (!uris.isEmpty() && online)
        return misuse(Cli::tr("--online reads the source cluster's views: give no backup location with it."),
                      helpTextOf(parser, QStringLiteral("inspect")));
    for (const QCommandLineOption *o : {&hostOption, &portOption, &userOption, &passwordFileOption}) {
        if (!online && parser.isSet(*o))
            return misuse(Cli::tr("--%1 goes with --online.").arg(o->names().constFirst()), helpTextOf(parser, QStringLiteral("inspect")));
    }

    // The secret key for object storage locations written without access_key=: a file (first line) or the
    // environment, so it need not appear on a command line (where `ps` shows it). Online, a file may name the bucket
    // it is for (s3://bucket=FILE).
    QString accessKey = qEnvironmentVariable("OBRESTORE_ACCESS_KEY");
    rememberSecret(accessKey);
    QMap<QString, QString> bucketKeys;
    {
        QString fileError;
        if (!readAccessKeyFiles(parser.values(keyFileOption), &accessKey, &bucketKeys, &fileError))
            return misuse(fileError, helpTextOf(parser, QStringLiteral("inspect")));
        if (!online && !bucketKeys.isEmpty())
            return misuse(Cli::tr("--access-key-file BUCKET=FILE is for --online; a location takes its key as access_key= or from FILE."),
                          helpTextOf(parser, QStringLiteral("inspect")));
    }
    ConnectionSettings connection;
    if (online) {
        connection.host = parser.value(hostOption);
        const auto portNumber = parsePort(parser.value(portOption));
        if (!portNumber)
            return misuse(Cli::tr("\"%1\" is not a port: give a number from 1 to 65535.").arg(parser.value(portOption)),
                          helpTextOf(parser, QStringLiteral("inspect")));
        connection.port = *portNumber;
        connection.user = parser.value(userOption);
    }
    QList<BackupUri> locations;
    for (const QString &text : uris) {
        QString error;
        const auto uri = BackupUri::parse(text, &error, QDir::currentPath());
        if (!uri)
            return misuse(error, helpTextOf(parser, QStringLiteral("inspect")));
        if (!uri->isLocal() && !ObjectLocation::fromUri(*uri, &error, accessKey))
            return misuse(error, helpTextOf(parser, QStringLiteral("inspect")));
        locations.append(uri->withAccessKey(accessKey));
    }
    CatalogOptions options;
    options.timeZone = QTimeZone::systemTimeZone();
    if (parser.isSet(zoneOption)) {
        const auto zone = parseTimeZone(parser.value(zoneOption));
        if (!zone)
            return misuse(Cli::tr("Unknown time zone \"%1\": use UTC, an offset such as +08:00, or a name such as "
                                  "Asia/Shanghai.")
                              .arg(parser.value(zoneOption)),
                          helpTextOf(parser, QStringLiteral("inspect")));
        options.timeZone = *zone;
    }
    if (parser.isSet(targetOption)) {
        const auto version = ObVersion::parse(parser.value(targetOption));
        if (!version)
            return misuse(Cli::tr("\"%1\" is not an OceanBase version such as 4.2.1.0.").arg(parser.value(targetOption)),
                          helpTextOf(parser, QStringLiteral("inspect")));
        options.targetVersion = version;
    }
    {
        QString error;
        const auto passwords = decryptionPasswords(parser, decryptionOption, &error);
        if (!passwords)
            return misuse(error, helpTextOf(parser, QStringLiteral("inspect")));
        options.decryptionPasswords = *passwords;
    }

    std::optional<Scn> point;
    if (parser.isSet(untilScnOption) && parser.isSet(untilTimeOption))
        return misuse(Cli::tr("Give --until-scn or --until-time, not both."), helpTextOf(parser, QStringLiteral("inspect")));
    if (parser.isSet(untilScnOption)) {
        const QString text = parser.value(untilScnOption);
        bool ok = false;
        const quint64 v = text.toULongLong(&ok); // toULongLong ignores surrounding white space: the digits are checked too
        static const QRegularExpression digits(QStringLiteral(R"(\A[0-9]{1,20}\z)"));
        if (!ok || v <= 1 || v >= Scn::kMax || !digits.match(text).hasMatch())
            return misuse(Cli::tr("\"%1\" is not an SCN: give a positive whole number of nanoseconds.").arg(text), helpTextOf(parser, QStringLiteral("inspect")));
        point = Scn(v);
    } else if (parser.isSet(untilTimeOption)) {
        QString error;
        const QString text = parser.value(untilTimeOption);
        // The value as given, whole: Scn::parse forgives the white space a person types around it in the wizard.
        if (text != text.trimmed())
            return misuse(Cli::tr("\"%1\" is not a restore time of the form YYYY-MM-DD HH:MM:SS[.ffffff].").arg(text.simplified()),
                          helpTextOf(parser, QStringLiteral("inspect")));
        point = Scn::parse(text, options.timeZone, &error);
        if (!point)
            return misuse(error, helpTextOf(parser, QStringLiteral("inspect")));
    }
    if ((parser.isSet(tenantOption) || parser.isSet(verifyOption)) && !point)
        return misuse(Cli::tr("--tenant and --verify need --until-scn or --until-time."), helpTextOf(parser, QStringLiteral("inspect")));

    ScanOptions scanOptions;
    if (parser.isSet(timeoutOption)) {
        static const QRegularExpression digits(QStringLiteral(R"(\A[0-9]{1,6}\z)"));
        const QString text = parser.value(timeoutOption);
        if (!digits.match(text).hasMatch() || text.toInt() < 1)
            return misuse(Cli::tr("\"%1\" is not a time limit: give whole seconds, 1 or more.").arg(text),
                          helpTextOf(parser, QStringLiteral("inspect")));
        scanOptions.timeoutSeconds = text.toInt();
    }
    ScanResult scan;
    if (online) {
        if (parser.isSet(passwordFileOption)) {
            QString fileError;
            if (!readFirstLine(parser.value(passwordFileOption), &connection.password, &fileError))
                return misuse(Cli::tr("Cannot read the password file %1: %2").arg(parser.value(passwordFileOption), fileError),
                              helpTextOf(parser, QStringLiteral("inspect")));
        } else if (qEnvironmentVariableIsSet("OBRESTORE_PASSWORD")) {
            connection.password = qEnvironmentVariable("OBRESTORE_PASSWORD");
        } else {
            connection.password = promptSecret(Cli::tr("Password for %1: ").arg(connection.displayName()));
        }
        rememberSecret(connection.password);
        OnlineInspect read = readOnlineForInspect(connection, accessKey, bucketKeys);
        if (!read.scan)
            return read.exitCode;
        scan = std::move(*read.scan);
    } else {
        scan = DestScanner().scan(locations, scanOptions);
    }
    Catalog catalog = buildCatalog(scan, options);
    if (point) {
        queryRestorePoint(catalog, point, selectTenants(catalog, parser.value(tenantOption)), options.timeZone);
        if (parser.isSet(verifyOption)) {
            for (auto it = catalog.restoreSources.begin(); it != catalog.restoreSources.end(); ++it) {
                verifyRestoreSource(*scan.storage, catalog.tenants[it.key()], *it);
                catalog.diagnostics += it->missing;
            }
            sortDiagnostics(catalog.diagnostics);
        }
    }
    if (parser.isSet(jsonOption))
        writeUtf8(stdout, inspectJson(catalog));
    else
        writeUtf8(stdout, inspectText(catalog, options.timeZone).toUtf8());
    return inspectExitCode(catalog);
}

// obrestore sql: the statements the wizard would run on the target's sys tenant, one per line, in order.
int runSql(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints, one per line, exactly the statements the wizard would run on the target's sys tenant for a "
                "restore plan (SET DECRYPTION, then ALTER SYSTEM RESTORE). Secrets print as '******'.\n"
                "Exit status: 0, or 2 with a one-line reason for invalid input."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption tenant(QStringLiteral("tenant"), Cli::tr("The new tenant's name (required)."), Cli::tr("name"));
    const QCommandLineOption from(QStringLiteral("from"), Cli::tr("A data or archive URI; repeat for several."), Cli::tr("uri"));
    const QCommandLineOption untilScn(QStringLiteral("until-scn"), Cli::tr("Restore point as an SCN."), Cli::tr("scn"));
    const QCommandLineOption untilTime(QStringLiteral("until-time"), Cli::tr("Restore point as 'YYYY-MM-DD HH:MM:SS[.ffffff]'."), Cli::tr("time"));
    const QCommandLineOption poolList(QStringLiteral("pool-list"), Cli::tr("Resource pools, comma-separated (required)."), Cli::tr("pools"));
    const QCommandLineOption primaryZone(QStringLiteral("primary-zone"), Cli::tr("Primary zone of the new tenant."), Cli::tr("zone"));
    const QCommandLineOption locality(QStringLiteral("locality"), Cli::tr("Locality of the new tenant."), Cli::tr("locality"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), Cli::tr("Restore concurrency, 0 to 100 (4.1+)."), Cli::tr("n"));
    const DecryptionOptions decryption;
    const QCommandLineOption description(QStringLiteral("description"), Cli::tr("DESCRIPTION clause."), Cli::tr("text"));
    const QCommandLineOption target(QStringLiteral("target-version"), Cli::tr("Target cluster version: selects the dialect (default 4.3.3.0)."), Cli::tr("version"));
    const QCommandLineOption sourceTenant(QStringLiteral("source-tenant"), Cli::tr("3.x: the backed-up tenant's name."), Cli::tr("name"));
    const QCommandLineOption clusterName(QStringLiteral("backup-cluster-name"), Cli::tr("3.x: the source cluster's name."), Cli::tr("name"));
    const QCommandLineOption clusterId(QStringLiteral("backup-cluster-id"), Cli::tr("3.x: the source cluster's id."), Cli::tr("id"));
    const QCommandLineOption preview(QStringLiteral("preview"), Cli::tr("Print the PREVIEW form instead."));
    const QCommandLineOption cancel(QStringLiteral("cancel"), Cli::tr("Print the cancel statement for --tenant on --target-version."));
    const QCommandLineOption showSecrets(QStringLiteral("show-secrets"), Cli::tr("Print passwords and keys instead of '******'."));
    const QCommandLineOption quick(QStringLiteral("quick"), Cli::tr("Quick restore: add method=quick (4.3.3+)."));
    const QCommandLineOption keyFrom(QStringLiteral("key-from"), Cli::tr("The backup of the tenant's encryption keys (WITH KEY FROM, 4.2.1+)."), Cli::tr("uri"));
    const QCommandLineOption keyPassword(QStringLiteral("key-password"), Cli::tr("The password of that key backup (ENCRYPTED BY)."), Cli::tr("password"));
    const QCommandLineOption kmsInfo(QStringLiteral("kms-encrypt-info"), Cli::tr("The KMS information for a tenant with transparent encryption: SET @kms_encrypt_info and kms_encrypt=true."), Cli::tr("text"));
    const QCommandLineOption recoverTable(QStringLiteral("recover-table"),
                                          Cli::tr("Table-level recovery (4.2.1+): db.tbl, db.* or *.*, comma-separated; prints ALTER SYSTEM RECOVER TABLE."),
                                          Cli::tr("list"));
    const QCommandLineOption toTenant(QStringLiteral("to-tenant"), Cli::tr("With --recover-table: the existing tenant that receives the tables."), Cli::tr("name"));
    const QCommandLineOption remapTable(QStringLiteral("remap-table"), Cli::tr("With --recover-table: REMAP TABLE old:new (db.t:newdb.newt, db.t:newt, db.*:newdb.*); repeatable."), Cli::tr("old:new"));
    const QCommandLineOption remapTablegroup(QStringLiteral("remap-tablegroup"), Cli::tr("With --recover-table: REMAP TABLEGROUP old:new; repeatable."), Cli::tr("old:new"));
    const QCommandLineOption remapTablespace(QStringLiteral("remap-tablespace"), Cli::tr("With --recover-table: REMAP TABLESPACE old:new; repeatable."), Cli::tr("old:new"));
    parser.addOptions({tenant, from, untilScn, untilTime, poolList, primaryZone, locality, concurrency, description, target,
                       sourceTenant, clusterName, clusterId, preview, cancel, showSecrets, quick, keyFrom, keyPassword, kmsInfo,
                       recoverTable, toTenant, remapTable, remapTablegroup, remapTablespace});
    parser.addOptions(decryption.all());
    const auto refuse = refuseUsage;
    if (const auto ended = parseOptionsOnly(parser, args, helpOption, QStringLiteral("sql")))
        return *ended;

    RestoreRequest r;
    if (parser.isSet(target)) {
        const auto v = ObVersion::parse(parser.value(target));
        if (!v)
            return refuse(Cli::tr("\"%1\" is not an OceanBase version such as 4.2.1.0.").arg(parser.value(target)));
        r.targetVersion = *v;
    }
    r.tenantName = parser.value(tenant);
    QString error;
    const bool tableLevel = parser.isSet(recoverTable) || (parser.isSet(cancel) && parser.isSet(toTenant));
    if (!tableLevel && (parser.isSet(toTenant) || parser.isSet(remapTable) || parser.isSet(remapTablegroup) || parser.isSet(remapTablespace)))
        return refuse(Cli::tr("--to-tenant and the --remap-… options belong to --recover-table."));
    if (tableLevel && parser.isSet(tenant))
        return refuse(Cli::tr("With --recover-table the receiving tenant is --to-tenant; --tenant is not used."));
    if (tableLevel && (parser.isSet(preview) || parser.isSet(quick) || parser.isSet(sourceTenant)))
        return refuse(Cli::tr("--preview, --quick and the 3.x options are for a tenant restore, not --recover-table."));
    if (tableLevel && parser.isSet(cancel)) {
        const auto statement = RestoreStatement::cancelRecoverTable(parser.value(toTenant), r.targetVersion, &error);
        if (!statement)
            return refuse(error);
        QTextStream(stdout) << statement->display << Qt::endl;
        return kExitOk;
    }
    if (parser.isSet(cancel)) {
        const auto statements = RestoreStatement::cancel(r.tenantName, r.targetVersion, &error);
        if (!statements)
            return refuse(error);
        for (const RenderedStatement &st : *statements)
            QTextStream(stdout) << st.display << Qt::endl;
        return kExitOk;
    }
    r.uris = parser.values(from);
    if (parser.isSet(untilScn) && parser.isSet(untilTime))
        return refuse(Cli::tr("Give --until-scn or --until-time, not both."));
    if (parser.isSet(untilScn)) {
        static const QRegularExpression digits(QStringLiteral(R"(\A[0-9]{1,20}\z)"));
        bool ok = false;
        const quint64 scn = parser.value(untilScn).toULongLong(&ok);
        if (!digits.match(parser.value(untilScn)).hasMatch() || !ok)
            return refuse(Cli::tr("\"%1\" is not an SCN (a positive whole number).").arg(parser.value(untilScn)));
        r.until = RestoreRequest::Until::Scn;
        r.untilScn = scn;
    } else if (parser.isSet(untilTime)) {
        r.until = RestoreRequest::Until::Time;
        r.untilTime = parser.value(untilTime);
    }
    r.poolList = parser.value(poolList).split(u',', Qt::SkipEmptyParts);
    r.primaryZone = parser.value(primaryZone);
    r.locality = parser.value(locality);
    if (parser.isSet(concurrency)) {
        bool ok = false;
        r.concurrency = parser.value(concurrency).toInt(&ok);
        if (!ok)
            return refuse(Cli::tr("\"%1\" is not a concurrency (0 to 100).").arg(parser.value(concurrency)));
    }
    if (const auto passwords = decryptionPasswords(parser, decryption, &error))
        r.decryptionPasswords = *passwords;
    else
        return refuse(error);
    r.description = parser.value(description);
    r.quick = parser.isSet(quick);
    r.keyFromUri = parser.value(keyFrom);
    r.keyPassword = parser.value(keyPassword);
    r.kmsEncryptInfo = parser.value(kmsInfo);
    r.sourceTenant = parser.value(sourceTenant);
    r.backupClusterName = parser.value(clusterName);
    r.backupClusterId = parser.value(clusterId).toLongLong();
    std::optional<QList<RenderedStatement>> statements;
    if (tableLevel) {
        if (!parser.isSet(toTenant))
            return refuse(Cli::tr("--recover-table needs --to-tenant, the existing tenant that receives the tables."));
        RecoverTableRequest t;
        t.targetVersion = r.targetVersion;
        t.targetTenant = parser.value(toTenant);
        const auto names = RestoreStatement::parseRecoverNames(parser.value(recoverTable), false, &error);
        if (!names)
            return refuse(error);
        t.names = *names;
        const QList<std::pair<const QCommandLineOption *, RestoreStatement::RemapKind>> remapOptions{
            {&remapTable, RestoreStatement::RemapKind::Table},
            {&remapTablegroup, RestoreStatement::RemapKind::Tablegroup},
            {&remapTablespace, RestoreStatement::RemapKind::Tablespace}};
        for (const auto &[option, kind] : remapOptions) {
            for (const QString &v : parser.values(*option)) {
                const auto pair = RestoreStatement::parseRemap(v, kind, false, &error);
                if (!pair)
                    return refuse(error);
                (kind == RestoreStatement::RemapKind::Table ? t.remapTables
                 : kind == RestoreStatement::RemapKind::Tablegroup ? t.remapTablegroups : t.remapTablespaces) << *pair;
            }
        }
        if (r.poolList.size() > 1)
            return refuse(Cli::tr("The auxiliary tenant takes one resource pool (--pool-list P)."));
        t.auxPool = r.poolList.value(0);
        t.uris = r.uris;
        t.until = r.until;
        t.untilScn = r.untilScn;
        t.untilTime = r.untilTime;
        t.primaryZone = r.primaryZone;
        t.locality = r.locality;
        t.concurrency = r.concurrency;
        t.decryptionPasswords = r.decryptionPasswords;
        t.description = r.description;
        t.keyFromUri = r.keyFromUri;
        t.keyPassword = r.keyPassword;
        t.kmsEncryptInfo = r.kmsEncryptInfo;
        statements = RestoreStatement::recoverTable(t, &error);
    } else {
        statements = parser.isSet(preview) ? RestoreStatement::preview(r, &error) : RestoreStatement::restore(r, &error);
    }
    if (!statements)
        return refuse(error);
    QTextStream out(stdout);
    for (const RenderedStatement &st : *statements)
        out << (parser.isSet(showSecrets) ? st.sql : st.display) << Qt::endl;
    // A quote is doubled (read alike in every sql_mode); a backslash or line break is backslash-escaped, which a
    // session with NO_BACKSLASH_ESCAPES reads differently. Say so rather than let a password silently not match.
    QStringList literals = r.decryptionPasswords;
    literals << r.description << r.keyPassword << r.kmsEncryptInfo;
    out.flush();
    std::fflush(stdout);
    if (std::any_of(literals.cbegin(), literals.cend(), RestoreStatement::usesBackslashEscapes))
        QTextStream(stderr) << Cli::tr("Note: a value above holds a backslash or a line break, written as a backslash "
                                       "escape. Run the statements in a session whose sql_mode does not contain "
                                       "NO_BACKSLASH_ESCAPES (SELECT @@sql_mode; to check).")
                            << Qt::endl;
    return kExitOk;
}

// obrestore bundle: one archive for a support ticket, every secret redacted.
int runBundle(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes one .zip a support engineer can attach to a ticket: manifest.json (what was collected, the versions, "
                "the time zone, what could not be collected and why), README.txt, the inspect report of the locations, and "
                "what the target cluster says about its restores. Every password, access key and other secret is replaced "
                "by ****** in every file. The cluster password comes from OBRESTORE_PASSWORD or --password-file.\n"
                "Exit status: 0 written, 2 misuse, 4 nothing at all could be collected."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The archive to write (required), e.g. ticket.zip."), Cli::tr("file"));
    const QCommandLineOption host(QStringLiteral("host"), Cli::tr("A target cluster to read (an OBServer or OBProxy)."), Cli::tr("host"));
    const QCommandLineOption port(QStringLiteral("port"), Cli::tr("SQL port (default 2881)."), Cli::tr("port"), QStringLiteral("2881"));
    const QCommandLineOption user(QStringLiteral("user"), Cli::tr("A sys tenant user (default root@sys)."), Cli::tr("user"), QStringLiteral("root@sys"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), Cli::tr("Read the cluster password from the first line of this file."), Cli::tr("file"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), Cli::tr("Only this tenant's restore jobs."), Cli::tr("name"));
    const QCommandLineOption job(QStringLiteral("job"), Cli::tr("Only this restore job."), Cli::tr("id"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"), Cli::tr("Time zone for displayed times (default: local)."), Cli::tr("zone"));
    const QCommandLineOption keyFile(QStringLiteral("access-key-file"),
                                     Cli::tr("The object storage secret access key, for locations without access_key= (OBRESTORE_ACCESS_KEY works too)."),
                                     Cli::tr("file"));
    parser.addOptions({out, host, port, user, passwordFile, tenant, job, zoneOption, keyFile});
    parser.addPositionalArgument(QStringLiteral("uri"), Cli::tr("Backup locations to include, as for inspect."), Cli::tr("[URI...]"));
    if (!parser.parse(args))
        return refuseUsage(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << helpTextOf(parser, QStringLiteral("bundle"));
        return kExitOk;
    }
    if (parser.value(out).isEmpty())
        return refuseUsage(Cli::tr("Give the archive to write with --out FILE.zip."));
    if (parser.positionalArguments().isEmpty() && !parser.isSet(host))
        return refuseUsage(Cli::tr("Give backup locations, a cluster (--host), or both."));

    BundleRequest request;
    QString accessKey = qEnvironmentVariable("OBRESTORE_ACCESS_KEY");
    QString fileError;
    if (parser.isSet(keyFile) && !readFirstLine(parser.value(keyFile), &accessKey, &fileError))
        return refuseUsage(Cli::tr("Cannot read the access key file %1: %2").arg(parser.value(keyFile), fileError));
    rememberSecret(accessKey);
    if (!accessKey.isEmpty())
        request.secrets << accessKey;
    for (const QString &text : parser.positionalArguments()) {
        QString error;
        const auto uri = BackupUri::parse(text, &error, QDir::currentPath());
        if (!uri)
            return refuseUsage(error);
        if (!uri->isLocal() && !ObjectLocation::fromUri(*uri, &error, accessKey))
            return refuseUsage(error);
        request.locations.append(uri->withAccessKey(accessKey));
    }
    if (parser.isSet(zoneOption)) {
        const auto zone = parseTimeZone(parser.value(zoneOption));
        if (!zone)
            return refuseUsage(Cli::tr("Unknown time zone \"%1\": use UTC, an offset such as +08:00, or a name such as Asia/Shanghai.")
                                   .arg(parser.value(zoneOption)));
        request.zone = *zone;
    }
    if (parser.isSet(host)) {
        ConnectionSettings c;
        c.host = parser.value(host);
        const auto portNumber = parsePort(parser.value(port));
        if (!portNumber)
            return refuseUsage(Cli::tr("\"%1\" is not a port: give a number from 1 to 65535.").arg(parser.value(port)));
        c.port = *portNumber;
        c.user = parser.value(user);
        c.readTimeoutSeconds = 15;
        if (parser.isSet(passwordFile)) {
            if (!readFirstLine(parser.value(passwordFile), &c.password, &fileError))
                return refuseUsage(Cli::tr("Cannot read the password file %1: %2").arg(parser.value(passwordFile), fileError));
        } else {
            c.password = qEnvironmentVariable("OBRESTORE_PASSWORD");
        }
        rememberSecret(c.password);
        request.target = c;
        request.tenant = parser.value(tenant);
        if (parser.isSet(job)) {
            bool ok = false;
            request.jobId = parser.value(job).toLongLong(&ok);
            if (!ok || *request.jobId <= 0)
                return refuseUsage(Cli::tr("\"%1\" is not a job id.").arg(parser.value(job)));
        }
    }
    QTextStream err(stderr);
    const bool tty = ::isatty(STDERR_FILENO);
    request.progress = [&](const QString &what, int, int) {
        if (tty)
            err << QStringLiteral("\r\x1b[K") << what << Qt::flush;
    };
    const BundleResult result = writeSupportBundle(parser.value(out), request);
    if (tty)
        err << QStringLiteral("\r\x1b[K") << Qt::flush;
    for (const auto &[what, why] : result.notCollected)
        err << Cli::tr("Not collected: %1 (%2)").arg(what, why.simplified()) << Qt::endl;
    if (!result.written) {
        err << result.error << Qt::endl;
        return 4;
    }
    QTextStream(stdout) << Cli::tr("Wrote %1 (%n file(s)).", nullptr, int(result.files.size())).arg(QDir::toNativeSeparators(parser.value(out)))
                        << Qt::endl;
    return result.collectedAnything() ? kExitOk : 4;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Session::installDriverMessageFilter();
    QCoreApplication::setOrganizationName(QStringLiteral("obrestore"));
    QCoreApplication::setApplicationName(QStringLiteral("obrestore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBRESTORE_VERSION_STRING));

    // The CLI follows the locale of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    LanguageManager languages;
    languages.setLanguage(LanguageManager::languageForLocale(QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Reads OceanBase backup locations and prepares, runs and follows tenant restores.\n"
                "Commands:\n"
                "  inspect    read backup locations offline: tenants, restorable windows, diagnostics\n"
                "  sql        print the statements the wizard would run for a restore plan\n"
                "  watch      follow a running restore on a cluster with a text progress bar\n"
                "  bundle     write a support bundle (.zip) for a ticket, every secret redacted\n"
                "  help       show this help\n"
                "Run \"obrestore <command> --help\" for a command's options."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."), Cli::tr("<command>"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    // parse(), not process(): the contract says misuse exits with 2, and process() would exit with 1.
    if (!parser.parse(QCoreApplication::arguments()))
        return misuse(parser.errorText(), helpTextOf(parser, QString()));
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || (!positional.isEmpty() && positional.first() == u"help")) {
        QTextStream(stdout) << helpTextOf(parser, QString());
        return kExitOk;
    }
    if (positional.isEmpty())
        return misuse(Cli::tr("No command given."), helpTextOf(parser, QString()));
    if (positional.first() == u"inspect") {
        QStringList rest = positional.mid(1);
        rest.prepend(QCoreApplication::arguments().first() + QStringLiteral(" inspect"));
        return runInspect(rest);
    }
    if (positional.first() == u"sql") {
        QStringList rest = positional.mid(1);
        rest.prepend(QCoreApplication::arguments().first() + QStringLiteral(" sql"));
        return runSql(rest);
    }
    if (positional.first() == u"bundle") {
        QStringList rest = positional.mid(1);
        rest.prepend(QCoreApplication::arguments().first() + QStringLiteral(" bundle"));
        return runBundle(rest);
    }
    if (positional.first() == u"watch") {
        QStringList rest = positional.mid(1);
        rest.prepend(QCoreApplication::arguments().first() + QStringLiteral(" watch"));
        return runWatch(rest);
    }
    return misuse(Cli::tr("Unknown command \"%1\".").arg(positional.first()), helpTextOf(parser, QString()));
}
