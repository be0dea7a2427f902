#include "restorestatement.h"

#include "common/displaytext.h"
#include "recovertablerules.h"

#include "common/backupuri.h"
#include "common/scn.h"
#include "tr.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace obrestore {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The FROM list as shown: each location masked on its own (a secret ends at '&', never at a character inside it).
QString maskedList(const QStringList &uris)
{
    QStringList masked;
    for (const QString &u : uris)
        masked << maskUriSecrets(u);
    return masked.join(u',');
}

RenderedStatement plain(const QString &sql)
{
    return {sql + u';', sql + u';', false};
}

QString sizeLiteral(qint64 bytes)
{
    constexpr qint64 kG = 1024ll * 1024 * 1024;
    constexpr qint64 kM = 1024ll * 1024;
    if (bytes % kG == 0)
        return QStringLiteral("'%1G'").arg(bytes / kG);
    if (bytes % kM == 0)
        return QStringLiteral("'%1M'").arg(bytes / kM);
    return QString::number(bytes);
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

// Reserved or special tenant names (ObResolverUtils::check_not_supported_tenant_name and the built-in ones).
bool isReservedTenantName(const QString &name)
{
    static const QStringList reserved{QStringLiteral("sys"), QStringLiteral("all"), QStringLiteral("all_user"),
                                      QStringLiteral("all_meta"), QStringLiteral("all_tenant")};
    return reserved.contains(name.toLower()) || name.startsWith(u"META$", Qt::CaseInsensitive);
}

} // namespace

bool RestoreStatement::isValidTenantName(const QString &name, QString *error)
{
    static const QRegularExpression re(QStringLiteral(R"(\A[A-Za-z_][A-Za-z0-9_]*\z)"));
    if (name.isEmpty())
        return fail(error, Tr::tr("Enter the new tenant's name."));
    if (name.size() > 64) // OB_MAX_TENANT_NAME_LENGTH
        return fail(error, Tr::tr("The tenant name \"%1\" is longer than 64 characters.").arg(name));
    if (!re.match(name).hasMatch())
        return fail(error, Tr::tr("The tenant name \"%1\" may contain only letters, digits and underscores, and must not "
                                  "start with a digit.")
                               .arg(name));
    if (isReservedTenantName(name))
        return fail(error, Tr::tr("\"%1\" is reserved by OceanBase and cannot be a tenant name.").arg(name));
    return true;
}

bool RestoreStatement::isValidObjectName(const QString &name, const QString &what, QString *error)
{
    static const QRegularExpression re(QStringLiteral(R"(\A[A-Za-z_][A-Za-z0-9_]*\z)"));
    if (name.isEmpty())
        return fail(error, Tr::tr("The %1 name is empty.").arg(what));
    if (name.size() > 128 || !re.match(name).hasMatch())
        return fail(error, Tr::tr("The %1 name \"%2\" may contain only letters, digits and underscores (at most 128), "
                                  "and must not start with a digit.")
                               .arg(what, name));
    return true;
}

bool RestoreStatement::isValidOptionValue(const QString &value, const QString &what, QString *error)
{
    // ObPhysicalRestoreOptionParser splits on '&' and '=' and allows no space (ob-restore-sql.md §1.2); the value
    // sits inside a string literal, so quotes, backslashes and control characters are refused too.
    static const QRegularExpression re(QStringLiteral(R"(\A[A-Za-z0-9_@{},;:.\-]+\z)"));
    if (value.isEmpty())
        return fail(error, Tr::tr("The %1 is empty.").arg(what));
    if (!re.match(value).hasMatch())
        return fail(error, Tr::tr("The %1 \"%2\" contains a character OceanBase does not accept in restore options (a "
                                  "space, '&', '=', a quote or another special character).")
                               .arg(what, value));
    return true;
}

bool RestoreStatement::isValidUri(const QString &uri, QString *error)
{
    if (uri.trimmed().isEmpty())
        return fail(error, Tr::tr("A backup location is empty."));
    for (QChar c : uri) {
        if (c == u'\'' || c == u'"' || c == u'\\' || c == u'`' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return fail(error, Tr::tr("The backup location \"%1\" contains a quote, a backslash or a control character.")
                                   .arg(maskUriSecrets(uri).simplified()));
    }
    if (uri.contains(u','))
        return fail(error, Tr::tr("The backup location \"%1\" contains a comma, which OceanBase uses to separate "
                                  "locations.").arg(maskUriSecrets(uri)));
    // get_storage_type_from_path (4.2/4.3): oss, cos, s3, file. obs:// is refused by BackupUri::parse with the fix.
    // azblob:// too (master; which targets read it: checkParametersForVersion).
    static const QStringList schemes{QStringLiteral("file://"), QStringLiteral("oss://"), QStringLiteral("cos://"),
                                     QStringLiteral("s3://"), QStringLiteral("obs://"), QStringLiteral("azblob://")};
    if (!std::any_of(schemes.cbegin(), schemes.cend(), [&](const QString &s) { return uri.startsWith(s); }))
        return fail(error, Tr::tr("The backup location \"%1\" must start with file://, oss://, cos://, s3:// or azblob://.")
                               .arg(maskUriSecrets(uri)));
    // Forms OceanBase would not read as meant (credentials before the bucket, "access_key =" with a space).
    QString parseError;
    const auto parsed = BackupUri::parse(uri, &parseError);
    if (!parsed)
        return fail(error, parseError);
    if (!parsed->isLocal()) {
        // OceanBase reads a RESTORE's FROM with ObBackupDest::set_without_decryption (ob_restore_util.cpp,
        // get_encrypt_backup_dest_format_str): a key the source cluster stored encrypted (encrypt_key=, builds with
        // transparent encryption) is refused there with OB_INVALID_BACKUP_DEST; and validate_arguments
        // (ob_storage_info.cpp) wants host=, and access_id= with access_key= unless role_arn= is given.
        QStringList names;
        for (const QString &token : parsed->query().split(u'&', Qt::SkipEmptyParts)) {
            if (!token.section(u'=', 1).isEmpty())
                names << token.section(u'=', 0, 0);
        }
        if (names.contains(u"encrypt_key"))
            return fail(error, Tr::tr("The backup location \"%1\" holds the key as the source cluster stores it encrypted "
                                      "(encrypt_key=), which OceanBase refuses in a restore: give its access_key instead.")
                                   .arg(maskUriSecrets(uri)));
        if (!names.contains(u"host"))
            return fail(error, Tr::tr("The backup location \"%1\" names no endpoint (host=).").arg(maskUriSecrets(uri)));
        if (!names.contains(u"role_arn") && (!names.contains(u"access_id") || !names.contains(u"access_key")))
            return fail(error, Tr::tr("The backup location \"%1\" has no access key (access_id= and access_key=): OceanBase "
                                      "cannot read it.")
                                   .arg(maskUriSecrets(uri)));
    }
    return true;
}

bool RestoreStatement::isValidTime(const QString &time, QString *error)
{
    static const QRegularExpression re(QStringLiteral(R"(\A[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?\z)"));
    QString parseError;
    if (!re.match(time).hasMatch() || !Scn::parse(time, QTimeZone::utc(), &parseError))
        return fail(error, Tr::tr("\"%1\" is not a restore time of the form YYYY-MM-DD HH:MM:SS[.ffffff].").arg(time));
    return true;
}

QString RestoreStatement::quote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'\'';
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\'': out += QStringLiteral("''"); break; // doubled: a quote in every sql_mode
        case 0: out += QStringLiteral("\\0"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case 0x1a: out += QStringLiteral("\\Z"); break;
        default: out += c;
        }
    }
    out += u'\'';
    return out;
}

bool RestoreStatement::usesBackslashEscapes(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == u'\\' || c.unicode() == 0 || c == u'\n' || c == u'\r' || c.unicode() == 0x1a;
    });
}

bool RestoreStatement::supportsPreview(const ObVersion &v)
{
    // Documented from 4.2.3 on the 4.2 line and from 4.3.2 (ob-restore-sql.md §1.7).
    return (v.isOnLine(4, 2) && v >= ObVersion(4, 2, 3)) || v >= ObVersion(4, 3, 2);
}

bool RestoreStatement::supportsCancelRestore(const ObVersion &v)
{
    // The docs say 4.2.0+, but SRC@4.2.0 has no CANCEL RESTORE grammar rule; it arrived in 4.2.1
    // (ob-restore-sql.md §1.1, §1.6). DROP TENANT … FORCE, what CANCEL RESTORE does internally, works under both
    // readings, so 4.2.0 gets DROP TENANT … FORCE.
    return v >= ObVersion(4, 2, 1);
}

namespace {

// The restore point clause, or an error.
std::optional<QString> untilClause(const RestoreRequest &r, QString *error)
{
    switch (r.until) {
    case RestoreRequest::Until::Latest:
        return QString();
    case RestoreRequest::Until::Scn:
        // UNTIL SCN takes an unquoted integer; the server rejects SCNs <= 1 (§1.1).
        if (r.untilScn <= Scn::kBase || r.untilScn >= Scn::kMax) {
            fail(error, Tr::tr("The restore SCN %1 is out of range: it must be greater than 1 and below %2.").arg(r.untilScn).arg(Scn::kMax));
            return std::nullopt;
        }
        return QStringLiteral(" UNTIL SCN=%1").arg(r.untilScn);
    case RestoreRequest::Until::Time:
        if (!RestoreStatement::isValidTime(r.untilTime, error))
            return std::nullopt;
        return QStringLiteral(" UNTIL TIME=%1").arg(RestoreStatement::quote(r.untilTime));
    }
    return QString();
}

// The storage parameters the target's version takes (ObObjectStorageInfo::parse_storage_info_): 4.2.1 and 4.3.3
// take s3_region on any device and appid anywhere; the 4.4 line (read whole in oceanbase/seekdb) refuses s3_region
// except on s3:// ("only s3 protocol can set s3_region") and appid except on cos://. UNCONFIRMED from which 4.3.x
// release the stricter reading applies; obrestore applies it from 4.4.0.
bool checkParametersForVersion(const QString &uri, const ObVersion &target, QString *error)
{
    const auto parsed = BackupUri::parse(uri);
    if (parsed && parsed->scheme() == BackupUri::Scheme::Azblob && !RestoreStatement::supportsAzureBlob(target))
        return fail(error, Tr::tr("OceanBase %1 cannot read %2: Azure Blob (azblob://) is read from 4.2.5.6 on the 4.2 line and "
                                  "from 4.3.5.3 (4.3.5 BP3) on. Copy the backup to a storage the target reads, or restore into "
                                  "a newer cluster.").arg(target.toString(), maskUriSecrets(uri)));
    if (!parsed || parsed->isLocal() || target < ObVersion(4, 4, 0))
        return true;
    for (const QString &t : parsed->query().split(u'&', Qt::SkipEmptyParts)) {
        if (t.startsWith(QLatin1StringView("s3_region=")) && parsed->scheme() != BackupUri::Scheme::S3)
            return fail(error, Tr::tr("OceanBase %1 takes s3_region for s3:// locations only and refuses %2; remove s3_region "
                                      "from it.").arg(target.toString(), maskUriSecrets(uri)));
        if (t.startsWith(QLatin1StringView("appid=")) && parsed->scheme() != BackupUri::Scheme::Cos)
            return fail(error, Tr::tr("OceanBase %1 takes appid for cos:// locations only and refuses %2; remove appid "
                                      "from it.").arg(target.toString(), maskUriSecrets(uri)));
    }
    return true;
}

bool validateUris(const QStringList &uris, QString *error, const ObVersion &target)
{
    if (uris.isEmpty())
        return fail(error, Tr::tr("Give at least one backup location (the data backup path and the log archive path)."));
    for (const QString &u : uris) {
        if (!RestoreStatement::isValidUriFor(u, target, error))
            return false;
    }
    return true;
}

std::optional<RenderedStatement> decryption(const QStringList &passwords)
{
    if (passwords.isEmpty())
        return std::nullopt;
    QStringList real;
    QStringList masked;
    for (const QString &p : passwords) {
        real << RestoreStatement::quote(p);
        masked << RestoreStatement::maskedLiteral();
    }
    const QString head = QStringLiteral("SET DECRYPTION IDENTIFIED BY ");
    return RenderedStatement{head + real.join(QStringLiteral(", ")) + u';', head + masked.join(QStringLiteral(", ")) + u';', true};
}

} // namespace

bool RestoreStatement::supportsAzureBlob(const ObVersion &target)
{
    // ObClusterVersionMgr::is_supported_azblob_version (master, ob_device_manager.cpp): data version 4.2.5.6 or later;
    // the 4.3 line has the device from 4.3.5 BP3 (OceanBase's docs). UNCONFIRMED for 4.4.x and later, which the
    // version rule lets through: accepted.
    if (target.isOnLine(4, 2))
        return target >= ObVersion(4, 2, 5, 6);
    if (target.isOnLine(4, 3))
        return target >= ObVersion(4, 3, 5, 3);
    return target >= ObVersion(4, 4, 0);
}

bool RestoreStatement::isValidUriFor(const QString &uri, const ObVersion &target, QString *error)
{
    return isValidUri(uri, error) && checkParametersForVersion(uri, target, error);
}

std::optional<QList<RenderedStatement>> RestoreStatement::restore(const RestoreRequest &r, QString *error)
{
    if (!r.targetVersion.isValid()) {
        fail(error, Tr::tr("The target cluster's version is not known."));
        return std::nullopt;
    }
    if (!isValidTenantName(r.tenantName, error))
        return std::nullopt;
    if (r.poolList.isEmpty()) {
        fail(error, Tr::tr("Give the resource pool(s) for the new tenant (pool_list)."));
        return std::nullopt;
    }
    for (const QString &pool : r.poolList) {
        if (!isValidObjectName(pool, Tr::tr("resource pool"), error))
            return std::nullopt;
    }
    if (!r.primaryZone.isEmpty() && !isValidOptionValue(r.primaryZone, Tr::tr("primary zone"), error))
        return std::nullopt;
    if (!r.locality.isEmpty() && !isValidOptionValue(r.locality, Tr::tr("locality"), error))
        return std::nullopt;
    // Every line break Unicode knows ends a line for someone reading the statement (U+2028, U+2029, U+0085 too);
    // other control characters, a byte-order mark and bidirectional overrides change how it reads: refused with
    // the character named, never dropped.
    if (const auto c = firstUnsafeCharacter(r.description)) {
        const bool lineBreak = *c == u'\n' || *c == u'\r' || *c == 0x2028 || *c == 0x2029 || *c == 0x85;
        fail(error, lineBreak ? Tr::tr("The description must be a single line.")
                              : Tr::tr("The description holds %1: write it without.").arg(describeCharacter(*c)));
        return std::nullopt;
    }
    if (!validateUris(r.uris, error, r.targetVersion))
        return std::nullopt;

    const bool v3 = r.targetVersion.major() < 4;
    if (r.quick && !supportsQuickRestore(r.targetVersion)) {
        fail(error, Tr::tr("Quick restore (method=quick) exists from OceanBase 4.3.3 on; the target is %1 (older versions "
                           "would silently ignore the option and restore fully).")
                        .arg(r.targetVersion.toString()));
        return std::nullopt;
    }
    if ((!r.keyFromUri.isEmpty() || !r.keyPassword.isEmpty()) && !supportsKeyFrom(r.targetVersion)) {
        fail(error, Tr::tr("WITH KEY FROM exists from OceanBase 4.2.0 on; the target is %1.").arg(r.targetVersion.toString()));
        return std::nullopt;
    }
    if (!r.keyPassword.isEmpty() && r.keyFromUri.isEmpty()) {
        fail(error, Tr::tr("The key backup's password needs the key backup's path (KEY FROM)."));
        return std::nullopt;
    }
    if (!r.keyFromUri.isEmpty() && !isValidUri(r.keyFromUri, error))
        return std::nullopt;
    if (!r.kmsEncryptInfo.isEmpty() && v3) {
        fail(error, Tr::tr("The KMS encryption information is for OceanBase 4.x targets."));
        return std::nullopt;
    }

    QList<RenderedStatement> out;
    if (const auto d = decryption(r.decryptionPasswords))
        out << *d;
    if (!r.kmsEncryptInfo.isEmpty()) {
        // A session variable the restore's resolver reads when kms_encrypt=true: same session, before the RESTORE.
        const QString head = QStringLiteral("SET @kms_encrypt_info = ");
        out << RenderedStatement{head + quote(r.kmsEncryptInfo) + u';', head + maskedLiteral() + u';', true};
    }

    QString options = QStringLiteral("pool_list=") + r.poolList.join(u',');
    if (v3) {
        // ALTER SYSTEM RESTORE dest FROM source_tenant AT 'uri' UNTIL 'ts' WITH 'backup_cluster_name=…&backup_cluster_id=…&pool_list=…'
        if (!isValidTenantName(r.sourceTenant, error)) {
            if (error)
                *error = Tr::tr("The 3.x dialect needs the source tenant's name: %1").arg(*error);
            return std::nullopt;
        }
        if (!isValidOptionValue(r.backupClusterName, Tr::tr("backup cluster name"), error))
            return std::nullopt;
        if (r.backupClusterId <= 0) {
            fail(error, Tr::tr("The 3.x dialect needs the backup cluster id (a positive number)."));
            return std::nullopt;
        }
        if (r.uris.size() != 1) {
            fail(error, Tr::tr("A 3.x restore reads one cluster-level backup location."));
            return std::nullopt;
        }
        if (r.until != RestoreRequest::Until::Time) {
            fail(error, Tr::tr("A 3.x restore needs an explicit restore time (UNTIL 'YYYY-MM-DD HH:MM:SS[.ffffff]'); it has no UNTIL SCN and no \"latest\"."));
            return std::nullopt;
        }
        if (!isValidTime(r.untilTime, error))
            return std::nullopt;
        if (r.concurrency) {
            fail(error, Tr::tr("The concurrency option exists from OceanBase 4.1 on."));
            return std::nullopt;
        }
        if (!r.description.isEmpty()) {
            fail(error, Tr::tr("A 3.x restore statement has no DESCRIPTION clause."));
            return std::nullopt;
        }
        QString v3options = QStringLiteral("backup_cluster_name=%1&backup_cluster_id=%2&").arg(r.backupClusterName).arg(r.backupClusterId) + options;
        if (!r.locality.isEmpty())
            v3options += QStringLiteral("&locality=") + r.locality;
        if (!r.primaryZone.isEmpty())
            v3options += QStringLiteral("&primary_zone=") + r.primaryZone;
        out << plain(QStringLiteral("ALTER SYSTEM RESTORE %1 FROM %2 AT %3 UNTIL %4 WITH %5")
                         .arg(r.tenantName, r.sourceTenant, quote(r.uris.first()), quote(r.untilTime), quote(v3options)));
        return out;
    }

    if (!r.primaryZone.isEmpty())
        options += QStringLiteral("&primary_zone=") + r.primaryZone;
    if (!r.locality.isEmpty())
        options += QStringLiteral("&locality=") + r.locality;
    if (r.concurrency) {
        if (r.targetVersion < ObVersion(4, 1)) {
            fail(error, Tr::tr("The concurrency option exists from OceanBase 4.1 on; the target is %1.").arg(r.targetVersion.toString()));
            return std::nullopt;
        }
        if (*r.concurrency < 0 || *r.concurrency > 100) {
            fail(error, Tr::tr("The concurrency must be between 0 and 100."));
            return std::nullopt;
        }
        options += QStringLiteral("&concurrency=%1").arg(*r.concurrency);
    }
    if (!r.kmsEncryptInfo.isEmpty())
        options += QStringLiteral("&kms_encrypt=true");
    if (r.quick)
        options += QStringLiteral("&method=quick");
    const auto until = untilClause(r, error);
    if (!until)
        return std::nullopt;
    // Several locations go into one string literal, joined by ',' (ObPhysicalRestoreUriParser splits on it).
    const QString from = quote(r.uris.join(u','));
    const QString fromMasked = quote(maskedList(r.uris));
    QString tail = *until + QStringLiteral(" WITH ") + quote(options);
    QString tailMasked = tail;
    if (!r.keyFromUri.isEmpty()) {
        // opt_backup_key_info: WITH KEY FROM 'path' [ENCRYPTED BY 'password'] (4.2.0+ grammar).
        tail += QStringLiteral(" WITH KEY FROM ") + quote(r.keyFromUri);
        tailMasked += QStringLiteral(" WITH KEY FROM ") + quote(maskUriSecrets(r.keyFromUri));
        if (!r.keyPassword.isEmpty()) {
            tail += QStringLiteral(" ENCRYPTED BY ") + quote(r.keyPassword);
            tailMasked += QStringLiteral(" ENCRYPTED BY ") + maskedLiteral();
        }
    }
    if (!r.description.isEmpty()) {
        tail += QStringLiteral(" DESCRIPTION ") + quote(r.description);
        tailMasked += QStringLiteral(" DESCRIPTION ") + quote(r.description);
    }
    const QString head = QStringLiteral("ALTER SYSTEM RESTORE %1 FROM ").arg(r.tenantName);
    const QString sql = head + from + tail + u';';
    const QString display = head + fromMasked + tailMasked + u';';
    out << RenderedStatement{sql, display, sql != display};
    return out;
}

bool RestoreStatement::supportsQuickRestore(const ObVersion &v)
{
    return v >= ObVersion(4, 3, 3);
}

bool RestoreStatement::supportsKeyFrom(const ObVersion &v)
{
    // opt_backup_key_info (WITH KEY FROM … [ENCRYPTED BY …]) is in the 4.2.0 grammar (issue 27's reading of the
    // 4.2.x branches; UNCONFIRMED for 4.2.0.0 itself here, where only the 4.4 line could be read whole).
    return v >= ObVersion(4, 2, 0);
}

std::optional<QList<RenderedStatement>> RestoreStatement::preview(const RestoreRequest &r, QString *error)
{
    if (!supportsPreview(r.targetVersion)) {
        fail(error, Tr::tr("OceanBase %1 has no restore preview (documented from 4.2.3 on the 4.2 line and from 4.3.2).")
                        .arg(r.targetVersion.toString()));
        return std::nullopt;
    }
    if (r.until == RestoreRequest::Until::Latest) {
        fail(error, Tr::tr("A restore preview needs a restore point (an SCN or a time); the server refuses it otherwise."));
        return std::nullopt;
    }
    if (!validateUris(r.uris, error, r.targetVersion))
        return std::nullopt;
    const auto until = untilClause(r, error);
    if (!until)
        return std::nullopt;
    QList<RenderedStatement> out;
    if (const auto d = decryption(r.decryptionPasswords))
        out << *d;
    const QString from = quote(r.uris.join(u','));
    const QString fromMasked = quote(maskedList(r.uris));
    out << RenderedStatement{QStringLiteral("ALTER SYSTEM RESTORE FROM ") + from + *until + QStringLiteral(" PREVIEW;"),
                             QStringLiteral("ALTER SYSTEM RESTORE FROM ") + fromMasked + *until + QStringLiteral(" PREVIEW;"), from != fromMasked};
    out << plain(QStringLiteral("SHOW RESTORE PREVIEW"));
    return out;
}

std::optional<QList<RenderedStatement>> RestoreStatement::cancel(const QString &tenant, const ObVersion &target, QString *error)
{
    if (!isValidTenantName(tenant, error))
        return std::nullopt;
    if (supportsCancelRestore(target))
        return QList<RenderedStatement>{plain(QStringLiteral("ALTER SYSTEM CANCEL RESTORE %1").arg(tenant))};
    return QList<RenderedStatement>{plain(QStringLiteral("DROP TENANT %1 FORCE").arg(tenant))};
}

std::optional<RenderedStatement> RestoreStatement::createUnit(const UnitRequest &u, const ObVersion &target, QString *error)
{
    if (!isValidObjectName(u.name, Tr::tr("unit config"), error))
        return std::nullopt;
    if (u.maxCpu <= 0 || u.minCpu < 0 || u.minCpu > u.maxCpu) {
        fail(error, Tr::tr("The unit's CPU must be positive, and its minimum no more than its maximum."));
        return std::nullopt;
    }
    if (u.memoryBytes <= 0 || u.logDiskBytes < 0) {
        fail(error, Tr::tr("The unit's memory must be positive."));
        return std::nullopt;
    }
    QString sql;
    if (target.major() < 4) {
        sql = QStringLiteral("CREATE RESOURCE UNIT %1 MAX_CPU %2, MIN_CPU %3, MAX_MEMORY %4, MIN_MEMORY %4")
                  .arg(u.name, number(u.maxCpu), number(u.minCpu > 0 ? u.minCpu : u.maxCpu)).arg(u.memoryBytes);
    } else {
        sql = QStringLiteral("CREATE RESOURCE UNIT %1 MAX_CPU %2").arg(u.name, number(u.maxCpu));
        if (u.minCpu > 0)
            sql += QStringLiteral(", MIN_CPU %1").arg(number(u.minCpu));
        sql += QStringLiteral(", MEMORY_SIZE %1").arg(sizeLiteral(u.memoryBytes));
        if (u.logDiskBytes > 0)
            sql += QStringLiteral(", LOG_DISK_SIZE %1").arg(sizeLiteral(u.logDiskBytes));
    }
    return plain(sql);
}

std::optional<RenderedStatement> RestoreStatement::createPool(const PoolRequest &p, QString *error)
{
    if (!isValidObjectName(p.name, Tr::tr("resource pool"), error) || !isValidObjectName(p.unit, Tr::tr("unit config"), error))
        return std::nullopt;
    if (p.unitNum < 1) {
        fail(error, Tr::tr("The unit count must be at least 1."));
        return std::nullopt;
    }
    if (p.zones.isEmpty()) {
        fail(error, Tr::tr("Choose at least one zone for the resource pool."));
        return std::nullopt;
    }
    QStringList zones;
    for (const QString &z : p.zones) {
        if (!isValidObjectName(z, Tr::tr("zone"), error))
            return std::nullopt;
        zones << quote(z);
    }
    return plain(QStringLiteral("CREATE RESOURCE POOL %1 UNIT = %2, UNIT_NUM = %3, ZONE_LIST = (%4)")
                     .arg(p.name, quote(p.unit)).arg(p.unitNum).arg(zones.join(QStringLiteral(", "))));
}

std::optional<RenderedStatement> RestoreStatement::dropPool(const QString &pool, QString *error)
{
    if (!isValidObjectName(pool, Tr::tr("resource pool"), error))
        return std::nullopt;
    return plain(QStringLiteral("DROP RESOURCE POOL %1").arg(pool));
}

std::optional<RenderedStatement> RestoreStatement::dropUnit(const QString &unit, QString *error)
{
    if (!isValidObjectName(unit, Tr::tr("unit config"), error))
        return std::nullopt;
    return plain(QStringLiteral("DROP RESOURCE UNIT %1").arg(unit));
}

RenderedStatement RestoreStatement::setRestoreConcurrency(int threads)
{
    return plain(QStringLiteral("ALTER SYSTEM SET restore_concurrency = %1").arg(qBound(1, threads, 512)));
}

RenderedStatement RestoreStatement::setSessionTimeZone(int offsetSeconds)
{
    const int minutes = qAbs(offsetSeconds) / 60;
    return plain(QStringLiteral("SET time_zone = '%1%2:%3'")
                     .arg(QChar(offsetSeconds < 0 ? u'-' : u'+'))
                     .arg(minutes / 60, 2, 10, QChar(u'0'))
                     .arg(minutes % 60, 2, 10, QChar(u'0')));
}

std::optional<RenderedStatement> RestoreStatement::activateStandby(const QString &tenant, QString *error)
{
    if (!isValidTenantName(tenant, error))
        return std::nullopt;
    return plain(QStringLiteral("ALTER SYSTEM ACTIVATE STANDBY TENANT %1").arg(tenant));
}

std::optional<RenderedStatement> RestoreStatement::upgradeTenant(const QString &tenant, QString *error)
{
    if (!isValidTenantName(tenant, error))
        return std::nullopt;
    return plain(QStringLiteral("ALTER SYSTEM RUN UPGRADE JOB \"UPGRADE_ALL\" TENANT = %1").arg(tenant));
}

// ---- Table-level recovery (ALTER SYSTEM RECOVER TABLE, 4.2.1+; docs/recover-table.md) ----

namespace {

// An unquoted part: what OceanBase's NAME_OB takes in MySQL mode (letters of any script, digits, '_' and '$'), not
// digits only. Oracle-mode tenants keep unquoted names upper-case, so a lower-case letter there is refused.
bool isPlainIdentifier(const QString &part)
{
    static const QRegularExpression re(QStringLiteral(R"(\A[\p{L}0-9_$]+\z)"));
    static const QRegularExpression digits(QStringLiteral(R"(\A[0-9]+\z)"));
    return re.match(part).hasMatch() && !digits.match(part).hasMatch();
}

constexpr int kMaxNameLength = 128; // OB_MAX_DATABASE_NAME_LENGTH; table names may be longer, databases may not

// One part of a name, either `quoted` or plain. `rest` is what follows it.
bool takePart(QStringView text, QString *part, bool *quoted, QStringView *rest, bool oracleMode, QString *error)
{
    if (text.startsWith(u'`')) {
        // MySQL's quoted identifier: a doubled backquote inside stands for one (`or``ders` is or`ders), as
        // OceanBase's lexer reads it (sql_parser_mysql_mode.l, <bt>{btdouble}).
        QString name;
        qsizetype end = 1;
        for (;; ++end) {
            if (end >= text.size())
                return fail(error, Tr::tr("A backquote in \"%1\" is not closed.").arg(text.toString()));
            if (text.at(end) != u'`') {
                name += text.at(end);
                continue;
            }
            if (end + 1 < text.size() && text.at(end + 1) == u'`') {
                name += u'`';
                ++end;
                continue;
            }
            break;
        }
        *part = name;
        *quoted = true;
        *rest = text.mid(end + 1);
        if (oracleMode)
            return fail(error, Tr::tr("Backquoted names are for MySQL-mode tenants; the target tenant is Oracle-mode: "
                                      "write the name in capitals without quotes."));
        if (part->isEmpty() || part->trimmed() != *part)
            return fail(error, Tr::tr("The name `%1` is empty or starts or ends with a space.").arg(*part));
        if (const auto c = firstUnsafeCharacter(*part))
            return fail(error, Tr::tr("A name holds %1, which cannot be part of a name.").arg(describeCharacter(*c)));
    } else {
        qsizetype end = 0;
        while (end < text.size() && text.at(end) != u'.' && text.at(end) != u':')
            ++end;
        *part = text.left(end).toString();
        *quoted = false;
        *rest = text.mid(end);
        if (*part != u"*" && !isPlainIdentifier(*part))
            return fail(error, Tr::tr("\"%1\" is not a database or table name: use letters, digits, '_' and '$', or put the "
                                      "name in backquotes.").arg(part->isEmpty() ? text.toString() : *part));
        if (oracleMode && *part != part->toUpper())
            return fail(error, Tr::tr("The target tenant is Oracle-mode, where unquoted names are stored in capitals: "
                                      "write %1.").arg(part->toUpper()));
    }
    if (part->size() > kMaxNameLength)
        return fail(error, Tr::tr("The name \"%1\" is longer than %2 characters.").arg(part->left(40) + QStringLiteral("…")).arg(kMaxNameLength));
    return true;
}

// The table part of database.table (or database.*): `afterDatabase` starts at the '.', and nothing may follow the
// table. `text` is the whole name, for the message.
bool takeTable(QStringView afterDatabase, RecoverName *n, const QString &text, bool oracleMode, QString *error)
{
    QStringView rest;
    if (!takePart(afterDatabase.mid(1), &n->table, &n->tableQuoted, &rest, oracleMode, error))
        return false;
    if (!rest.isEmpty())
        return fail(error, Tr::tr("\"%1\" is not database.table: a table cannot be followed by more.").arg(text));
    return true;
}

QString sqlPart(const QString &part, bool quoted)
{
    return quoted ? QStringLiteral("`%1`").arg(QString(part).replace(u'`', QStringLiteral("``"))) : part;
}

QString remapClause(const char *kind, const QList<RemapPair> &pairs)
{
    if (pairs.isEmpty())
        return QString();
    QStringList items;
    for (const RemapPair &p : pairs)
        items << p.from + u':' + p.to;
    return QStringLiteral(" REMAP %1 %2").arg(QLatin1String(kind), items.join(u','));
}

} // namespace

QString RecoverName::toSql() const
{
    if (isEverything())
        return QStringLiteral("*.*");
    return sqlPart(database, databaseQuoted) + u'.' + (table == u"*" && !tableQuoted ? QStringLiteral("*") : sqlPart(table, tableQuoted));
}

bool RecoverName::operator==(const RecoverName &o) const
{
    return database == o.database && table == o.table && databaseQuoted == o.databaseQuoted && tableQuoted == o.tableQuoted;
}

bool RestoreStatement::supportsRecoverTable(const ObVersion &v)
{
    // DATA_VERSION_4_2_1_0: ob_recover_table_job_scheduler.cpp refuses older tenants (OB_OP_NOT_ALLOW), and the
    // grammar arrived with commit f4bf5f41 "merge recover table" (4.2.1).
    return v >= ObVersion(4, 2, 1);
}

std::optional<RecoverName> RestoreStatement::parseRecoverName(const QString &input, bool oracleMode, QString *error)
{
    const QString text = input.trimmed();
    if (text == u"*.*")
        return RecoverName{QStringLiteral("*"), QStringLiteral("*"), false, false};
    RecoverName n;
    QStringView rest;
    if (!takePart(text, &n.database, &n.databaseQuoted, &rest, oracleMode, error))
        return std::nullopt;
    if (!rest.startsWith(u'.')) {
        fail(error, Tr::tr("\"%1\" needs its database: write database.table, database.* or *.*.").arg(text));
        return std::nullopt;
    }
    if (n.database == u"*" && !n.databaseQuoted) {
        fail(error, Tr::tr("\"%1\": only *.* may start with *.").arg(text));
        return std::nullopt;
    }
    if (!takeTable(rest, &n, text, oracleMode, error))
        return std::nullopt;
    return n;
}

std::optional<QList<RecoverName>> RestoreStatement::parseRecoverNames(const QString &text, bool oracleMode, QString *error,
                                                                     std::optional<int> lowerCaseTableNames)
{
    // Split on commas, spaces and line breaks outside backquotes (a pasted list may use any of them).
    QList<RecoverName> out;
    QString current;
    bool inQuote = false;
    auto flush = [&]() -> bool {
        if (current.trimmed().isEmpty()) {
            current.clear();
            return true;
        }
        const auto n = parseRecoverName(current, oracleMode, error);
        current.clear();
        if (!n)
            return false;
        out << *n;
        return true;
    };
    for (QChar c : text) {
        if (c == u'`')
            inQuote = !inQuote;
        if (!inQuote && (c == u',' || c == u';' || c.isSpace())) {
            if (!flush())
                return std::nullopt;
            continue;
        }
        current += c;
    }
    if (inQuote) {
        fail(error, Tr::tr("A backquote in \"%1\" is not closed.").arg(current));
        return std::nullopt;
    }
    if (!flush())
        return std::nullopt;
    if (!recoverrules::checkList(out, recoverrules::foldsCase(oracleMode, lowerCaseTableNames), error))
        return std::nullopt;
    return out;
}

std::optional<RecoverName> RestoreStatement::parseRemapSide(const QString &input, bool oracleMode, QString *error)
{
    // The grammar's remap_table_val (sql_parser_mysql_mode.y): relation_name, relation_name '.' relation_name or
    // relation_name '.' '*', each relation_name plain or backquoted.
    RecoverName n;
    QStringView rest;
    QString first;
    bool firstQuoted = false;
    if (!takePart(input, &first, &firstQuoted, &rest, oracleMode, error))
        return std::nullopt;
    if (rest.isEmpty()) {
        if (first == u"*" && !firstQuoted) {
            fail(error, Tr::tr("\"%1\": * stands for every table of a database: write database.*.").arg(input));
            return std::nullopt;
        }
        n.table = first;
        n.tableQuoted = firstQuoted;
        return n; // a table without its database (the target of db.t:newt), or a tablegroup or tablespace
    }
    if (!rest.startsWith(u'.') || (first == u"*" && !firstQuoted)) {
        fail(error, Tr::tr("\"%1\" is not database.table, database.* or a name.").arg(input));
        return std::nullopt;
    }
    n.database = first;
    n.databaseQuoted = firstQuoted;
    if (!takeTable(rest, &n, input, oracleMode, error))
        return std::nullopt;
    return n;
}

std::optional<RemapPair> RestoreStatement::parseRemap(const QString &input, RemapKind kind, bool oracleMode, QString *error)
{
    const QString text = input.trimmed();
    // The one ':' outside backquotes splits old from new (a backquoted name may hold ':' or '.').
    qsizetype colon = -1;
    int colons = 0;
    bool inQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'`')
            inQuote = !inQuote;
        else if (!inQuote && text.at(i) == u':' && colons++ == 0)
            colon = i;
    }
    if (inQuote) {
        fail(error, Tr::tr("A backquote in \"%1\" is not closed.").arg(text));
        return std::nullopt;
    }
    if (colon <= 0 || colon == text.size() - 1 || colons != 1) {
        fail(error, Tr::tr("\"%1\" is not a remap: write old:new.").arg(text));
        return std::nullopt;
    }
    const auto from = parseRemapSide(text.left(colon).trimmed(), oracleMode, error);
    if (!from)
        return std::nullopt;
    const auto to = parseRemapSide(text.mid(colon + 1).trimmed(), oracleMode, error);
    if (!to)
        return std::nullopt;
    // Written back as SQL: each name backquoted where it was (doubled backquotes inside), so the statement carries
    // exactly the names parsed here.
    auto sql = [](const RecoverName &n) {
        const QString table = n.table == u"*" && !n.tableQuoted ? QStringLiteral("*") : sqlPart(n.table, n.tableQuoted);
        return n.database.isEmpty() ? table : sqlPart(n.database, n.databaseQuoted) + u'.' + table;
    };
    if (kind != RemapKind::Table) {
        if (!from->database.isEmpty() || !to->database.isEmpty()) {
            fail(error, Tr::tr("\"%1\": a tablegroup or tablespace remap takes one name on each side (old:new).").arg(text));
            return std::nullopt;
        }
        return RemapPair{sql(*from), sql(*to)};
    }
    if (from->database.isEmpty()) {
        fail(error, Tr::tr("In REMAP TABLE \"%1\" the old name must be database.table or database.*.").arg(text));
        return std::nullopt;
    }
    const bool wholeFrom = from->table == u"*" && !from->tableQuoted;
    const bool wholeTo = !to->database.isEmpty() && to->table == u"*" && !to->tableQuoted;
    if (wholeFrom != wholeTo) {
        fail(error, Tr::tr("\"%1\": a whole database remaps to a whole database (db.*:newdb.*), a table to a table "
                           "(db.t:newdb.newt or db.t:newt).").arg(text));
        return std::nullopt;
    }
    return RemapPair{sql(*from), sql(*to)};
}

std::optional<QList<RenderedStatement>> RestoreStatement::recoverTable(const RecoverTableRequest &r, QString *error)
{
    if (!r.targetVersion.isValid()) {
        fail(error, Tr::tr("The target cluster's version is not known."));
        return std::nullopt;
    }
    if (!supportsRecoverTable(r.targetVersion)) {
        fail(error, Tr::tr("Table-level recovery (RECOVER TABLE) exists from OceanBase 4.2.1 on; the target is %1. "
                           "Restore the whole tenant under a new name instead and copy the tables from it.")
                        .arg(r.targetVersion.toString()));
        return std::nullopt;
    }
    if (!isValidTenantName(r.targetTenant, error))
        return std::nullopt;
    if (r.targetTenant.startsWith(QStringLiteral("AUX_RECOVER$"), Qt::CaseInsensitive)) {
        fail(error, Tr::tr("%1 is an auxiliary tenant of another recovery; choose the tenant that should receive the tables.").arg(r.targetTenant));
        return std::nullopt;
    }
    if (!recoverrules::checkList(r.names, recoverrules::foldsCase(r.oracleMode, r.lowerCaseTableNames), error) || !recoverrules::checkRemaps(r, error))
        return std::nullopt;
    if (r.auxPool.isEmpty()) {
        fail(error, Tr::tr("Give the resource pool of the auxiliary tenant (pool_list)."));
        return std::nullopt;
    }
    if (!isValidObjectName(r.auxPool, Tr::tr("resource pool"), error))
        return std::nullopt;
    if (!validateUris(r.uris, error, r.targetVersion))
        return std::nullopt;
    // The auxiliary tenant is restored with the same option parser as a tenant restore (fill_aux_tenant_restore_info_).
    RestoreRequest options;
    options.targetVersion = r.targetVersion;
    options.tenantName = r.targetTenant;
    options.uris = r.uris;
    options.until = r.until;
    options.untilScn = r.untilScn;
    options.untilTime = r.untilTime;
    options.poolList = {r.auxPool};
    options.primaryZone = r.primaryZone;
    options.locality = r.locality;
    options.concurrency = r.concurrency;
    options.decryptionPasswords = r.decryptionPasswords;
    options.description = r.description;
    options.keyFromUri = r.keyFromUri;
    options.keyPassword = r.keyPassword;
    options.kmsEncryptInfo = r.kmsEncryptInfo;
    auto restore = RestoreStatement::restore(options, error);
    if (!restore)
        return std::nullopt;
    // restore() wrote "ALTER SYSTEM RESTORE <t> FROM '…' [UNTIL …] WITH '…' [WITH KEY FROM …] [DESCRIPTION …];".
    // RECOVER TABLE has the same clauses in the same order, with the table list before TO TENANT and the REMAP
    // clauses before DESCRIPTION (sql_parser_mysql_mode.y: RECOVER TABLE recover_table_list opt_recover_tenant
    // opt_backup_dest opt_restore_until WITH STRING_VALUE opt_encrypt_key opt_backup_key_info
    // opt_recover_remap_item_list opt_description).
    RenderedStatement last = restore->takeLast();
    QStringList names;
    for (const RecoverName &n : r.names)
        names << n.toSql();
    const QString oldHead = QStringLiteral("ALTER SYSTEM RESTORE %1 FROM ").arg(r.targetTenant);
    const QString newHead = QStringLiteral("ALTER SYSTEM RECOVER TABLE %1 TO TENANT %2 FROM ").arg(names.join(QStringLiteral(", ")), r.targetTenant);
    const QString remaps = remapClause("TABLE", r.remapTables) + remapClause("TABLEGROUP", r.remapTablegroups)
                           + remapClause("TABLESPACE", r.remapTablespaces);
    auto rewrite = [&](QString text) {
        text.replace(0, oldHead.size(), newHead);
        text.chop(1); // ';'
        const QString description = r.description.isEmpty() ? QString() : QStringLiteral(" DESCRIPTION ") + quote(r.description);
        text.chop(description.size());
        return text + remaps + description + u';';
    };
    last.sql = rewrite(last.sql);
    last.display = rewrite(last.display);
    *restore << last;
    return restore;
}

std::optional<RenderedStatement> RestoreStatement::cancelRecoverTable(const QString &tenant, const ObVersion &target, QString *error)
{
    if (!supportsRecoverTable(target)) {
        fail(error, Tr::tr("Table-level recovery (RECOVER TABLE) exists from OceanBase 4.2.1 on; the target is %1.").arg(target.toString()));
        return std::nullopt;
    }
    if (!isValidTenantName(tenant, error))
        return std::nullopt;
    return plain(QStringLiteral("ALTER SYSTEM CANCEL RECOVER TABLE %1").arg(tenant));
}

} // namespace obrestore
