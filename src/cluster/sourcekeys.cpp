#include "sourcekeys.h"

#include "backupdest/objectstorage.h"
#include "common/backupuri.h"
#include "common/tr.h"

#include <QSet>

namespace obrestore {

namespace {

// A token of the storage information, by its name as OceanBase's parse_storage_info_ matches it (prefix, no space).
bool hasName(const QString &token, const char *name)
{
    return token.startsWith(QLatin1StringView(name));
}

bool isAuthorization(const QString &token)
{
    for (const char *name : {"access_id=", "access_key=", "encrypt_key=", "role_arn=", "external_id="}) {
        if (hasName(token, name))
            return true;
    }
    return false;
}

QString valueOf(const QString &tokens, const char *name)
{
    for (const QString &t : tokens.split(u'&', Qt::SkipEmptyParts)) {
        if (hasName(t, name))
            return t.mid(qsizetype(qstrlen(name)));
    }
    return QString();
}

QString trimmedRoot(QString root)
{
    while (root.endsWith(u'/') && !root.endsWith(QLatin1StringView("://")))
        root.chop(1);
    return root;
}

QString bucketIdOf(const BackupUri &uri, const QString &endpoint)
{
    return uri.schemeName() + QStringLiteral("://") + uri.objectPath().section(u'/', 0, 0) + u'\n' + endpointIdentity(endpoint);
}

} // namespace

QString SourceKeys::Bucket::displayName() const
{
    return QStringLiteral("%1://%2 (host=%3)").arg(scheme, bucket, host);
}

std::optional<SourceStorageInfo> SourceKeys::parse(const QString &destination, qint64 tenantId, const QString &view)
{
    // A log archive destination's value may be written "LOCATION=uri [BINDING=…]" (ALTER SYSTEM SET
    // LOG_ARCHIVE_DEST); the view's `path` row is the URI alone.
    QString text = destination.trimmed();
    if (text.startsWith(QLatin1StringView("LOCATION="), Qt::CaseInsensitive))
        text = text.mid(9).section(u' ', 0, 0);
    const auto uri = BackupUri::parse(text);
    if (!uri || uri->isLocal())
        return std::nullopt;
    SourceStorageInfo s;
    s.tenantId = tenantId;
    s.view = view;
    s.root = trimmedRoot(uri->schemeName() + QStringLiteral("://") + uri->objectPath());
    QStringList auth;
    QStringList extension;
    for (const QString &token : uri->query().split(u'&', Qt::SkipEmptyParts)) {
        if (hasName(token, "host="))
            s.endpoint = token;
        else if (isAuthorization(token))
            auth << token;
        else
            extension << token;
    }
    s.authorization = auth.join(u'&');
    s.extension = extension.join(u'&');
    return s;
}

QList<SourceStorageInfo> SourceKeys::read(Session &source)
{
    QList<SourceStorageInfo> out;
    ServerError ignored;
    // CDB_OB_BACKUP_STORAGE_INFO: one row per destination a tenant has used (insert_backup_storage_info writes it,
    // and only a restore's clean-up removes rows: ob_backup_connectivity.cpp, ob_restore_scheduler.cpp), so an older
    // destination's row stays. Its _HISTORY view where the version has one (4.x docs; from which release is
    // UNCONFIRMED); a version without it answers an error, which only means nothing more is known.
    for (const char *view : {"CDB_OB_BACKUP_STORAGE_INFO", "CDB_OB_BACKUP_STORAGE_INFO_HISTORY"}) {
        const auto rows = source.read(QStringLiteral("SELECT TENANT_ID, PATH, ENDPOINT, AUTHORIZATION, EXTENSION FROM oceanbase.%1")
                                          .arg(QLatin1StringView(view)),
                                      {}, &ignored);
        if (!rows)
            continue;
        for (const QVariantList &row : rows->rows) {
            const auto uri = BackupUri::parse(rows->value(row, "PATH").toString().trimmed());
            if (!uri || uri->isLocal())
                continue;
            SourceStorageInfo s;
            s.tenantId = rows->value(row, "TENANT_ID").toLongLong();
            s.root = trimmedRoot(uri->schemeName() + QStringLiteral("://") + uri->objectPath());
            s.endpoint = rows->value(row, "ENDPOINT").toString().trimmed();
            s.authorization = rows->value(row, "AUTHORIZATION").toString().trimmed();
            s.extension = rows->value(row, "EXTENSION").toString().trimmed();
            s.view = QLatin1StringView(view);
            out << s;
        }
    }
    // The parameters hold the whole destination string (ObBackupDest::get_backup_dest_str: root?endpoint&
    // authorization&extension) — the current destinations only.
    if (const auto rows = source.read(QStringLiteral("SELECT TENANT_ID, VALUE FROM oceanbase.CDB_OB_BACKUP_PARAMETER WHERE NAME = 'data_backup_dest'"), {}, &ignored)) {
        for (const QVariantList &row : rows->rows) {
            if (const auto s = parse(rows->value(row, "VALUE").toString(), rows->value(row, "TENANT_ID").toLongLong(), QStringLiteral("CDB_OB_BACKUP_PARAMETER")))
                out << *s;
        }
    }
    if (const auto rows = source.read(QStringLiteral("SELECT TENANT_ID, VALUE FROM oceanbase.CDB_OB_ARCHIVE_DEST WHERE NAME = 'path'"), {}, &ignored)) {
        for (const QVariantList &row : rows->rows) {
            if (const auto s = parse(rows->value(row, "VALUE").toString(), rows->value(row, "TENANT_ID").toLongLong(), QStringLiteral("CDB_OB_ARCHIVE_DEST")))
                out << *s;
        }
    }
    for (const SourceStorageInfo &s : std::as_const(out)) {
        rememberSecret(valueOf(s.authorization, "access_key="));
        rememberSecret(valueOf(s.authorization, "encrypt_key="));
    }
    return out;
}

SourceKeys::SourceKeys(const ScanResult &scan, const QList<SourceStorageInfo> &infos)
{
    auto add = [&](const QString &uri, const QString &parameters) {
        const auto parsed = BackupUri::parse(uri);
        if (!parsed || parsed->isLocal())
            return;
        Destination d;
        d.root = trimmedRoot(uri);
        d.endpoint = valueOf(parameters, "host=").isEmpty() ? QString() : QStringLiteral("host=") + valueOf(parameters, "host=");
        d.bucketId = bucketIdOf(*parsed, d.endpoint);
        for (const Destination &e : std::as_const(m_destinations)) {
            if (e.root == d.root && e.bucketId == d.bucketId)
                return;
        }
        // The source's row for the same place (root, and endpoint where both name one); a plain key first.
        for (const SourceStorageInfo &s : infos) {
            auto location = [](const QString &root, const QString &endpoint) { return endpoint.isEmpty() ? root : root + u'?' + endpoint; };
            if (!sameLocation(location(s.root, s.endpoint), location(d.root, d.endpoint)))
                continue;
            if (d.endpoint.isEmpty())
                d.endpoint = s.endpoint;
            if (!valueOf(s.authorization, "access_key=").isEmpty() && !valueOf(s.authorization, "access_id=").isEmpty()) {
                d.fromSource = s;
                break;
            }
            if (!valueOf(s.authorization, "encrypt_key=").isEmpty())
                d.encryptedAtSource = true;
        }
        m_destinations << d;
        auto it = std::find_if(m_buckets.begin(), m_buckets.end(), [&](const Bucket &b) { return b.id == d.bucketId; });
        if (it == m_buckets.end()) {
            Bucket b;
            b.id = d.bucketId;
            b.scheme = parsed->schemeName();
            b.bucket = parsed->objectPath().section(u'/', 0, 0);
            b.host = valueOf(d.endpoint, "host=");
            QStringList query{d.endpoint};
            for (const SourceStorageInfo &s : infos) {
                if (s.root == d.root && !valueOf(s.authorization, "access_id=").isEmpty()) {
                    b.accessId = valueOf(s.authorization, "access_id=");
                    query << QStringLiteral("access_id=") + b.accessId;
                    if (!s.extension.isEmpty())
                        query << s.extension;
                    break;
                }
            }
            query.removeAll(QString());
            b.formUri = d.root + u'?' + query.join(u'&');
            m_buckets << b;
            it = std::prev(m_buckets.end());
        }
        it->destinations << d.root;
    };
    for (const DataDestEntry &d : scan.dataDests)
        add(d.uri, d.parameters);
    for (const ArchiveDestEntry &a : scan.archiveDests)
        add(a.uri, a.parameters);
    updateStates();
}

void SourceKeys::updateStates()
{
    for (Bucket &b : m_buckets) {
        bool allFromSource = true;
        bool encrypted = false;
        for (const Destination &d : std::as_const(m_destinations)) {
            if (d.bucketId != b.id)
                continue;
            allFromSource = allFromSource && d.fromSource.has_value();
            encrypted = encrypted || d.encryptedAtSource;
        }
        b.state = m_typed.contains(b.id) ? State::Typed : allFromSource ? State::FromSource : encrypted ? State::Encrypted : State::Missing;
    }
}

bool SourceKeys::setTyped(const QString &bucketId, const QString &location, QString *error)
{
    const auto it = std::find_if(m_buckets.cbegin(), m_buckets.cend(), [&](const Bucket &b) { return b.id == bucketId; });
    const auto uri = BackupUri::parse(location, error);
    if (it == m_buckets.cend() || !uri)
        return false;
    QString endpoint;
    QStringList extension;
    Typed t;
    for (const QString &token : uri->query().split(u'&', Qt::SkipEmptyParts)) {
        if (hasName(token, "host="))
            endpoint = token;
        else if (hasName(token, "access_id="))
            t.accessId = token.mid(10);
        else if (hasName(token, "access_key="))
            t.accessKey = token.mid(11);
        else if (!isAuthorization(token))
            extension << token;
    }
    if (bucketIdOf(*uri, endpoint) != bucketId) {
        if (error)
            *error = Tr::tr("This key is for %1://%2 (host=%3), not for %4.")
                         .arg(uri->schemeName(), uri->objectPath().section(u'/', 0, 0), valueOf(endpoint, "host="), it->displayName());
        return false;
    }
    if (t.accessId.isEmpty() || t.accessKey.isEmpty() || t.accessKey == u"******") {
        if (error)
            *error = Tr::tr("Enter the access key ID and the secret access key of %1.").arg(it->displayName());
        return false;
    }
    t.extension = extension.join(u'&');
    rememberSecret(t.accessKey);
    m_typed.insert(bucketId, t);
    updateStates();
    return true;
}

void SourceKeys::setKeyForAll(const QString &accessKey)
{
    if (accessKey.isEmpty() || !BackupUri::accessKeyProblem(accessKey).isEmpty())
        return;
    rememberSecret(accessKey);
    for (const Bucket &b : std::as_const(m_buckets)) {
        if (b.state == State::FromSource || b.state == State::Typed || b.accessId.isEmpty())
            continue;
        Typed t;
        t.accessId = b.accessId;
        t.accessKey = accessKey;
        const auto form = BackupUri::parse(b.formUri);
        QStringList extension;
        for (const QString &token : form ? form->query().split(u'&', Qt::SkipEmptyParts) : QStringList()) {
            if (!hasName(token, "host=") && !isAuthorization(token))
                extension << token;
        }
        t.extension = extension.join(u'&');
        m_typed.insert(b.id, t);
    }
    updateStates();
}

QString SourceKeys::queryOf(const Destination &d) const
{
    // In OceanBase's order (get_backup_dest_str): endpoint, authorization, extension.
    QStringList query{d.endpoint};
    if (const auto t = m_typed.constFind(d.bucketId); t != m_typed.cend()) {
        query << QStringLiteral("access_id=") + t->accessId << QStringLiteral("access_key=") + t->accessKey << t->extension;
    } else if (d.fromSource) {
        query << d.fromSource->authorization << d.fromSource->extension;
    } else {
        return QString();
    }
    query.removeAll(QString());
    return query.join(u'&');
}

void SourceKeys::applyTo(ScanResult &scan) const
{
    auto apply = [&](const QString &uri, QString &parameters) {
        for (const Destination &d : m_destinations) {
            if (d.root != trimmedRoot(uri))
                continue;
            const QString query = queryOf(d);
            if (!query.isEmpty())
                parameters = maskQuerySecrets(query);
            return;
        }
    };
    for (DataDestEntry &d : scan.dataDests)
        apply(d.uri, d.parameters);
    for (ArchiveDestEntry &a : scan.archiveDests)
        apply(a.uri, a.parameters);
}

QStringList SourceKeys::locations() const
{
    QStringList out;
    for (const Destination &d : m_destinations) {
        const QString query = queryOf(d);
        if (!query.isEmpty())
            out << d.root + u'?' + query;
    }
    return out;
}

std::shared_ptr<const Storage> SourceKeys::storage() const
{
    auto storage = std::make_shared<BackupStorage>();
    for (const QString &location : locations()) {
        QString ignored;
        if (const auto uri = BackupUri::parse(location))
            storage->rootOf(*uri, &ignored); // registers the bucket's reader with its key
    }
    return storage;
}

QString SourceKeys::locationOf(const QString &bucketId) const
{
    for (const Destination &d : m_destinations) {
        if (d.bucketId == bucketId && !queryOf(d).isEmpty())
            return d.root + u'?' + queryOf(d);
    }
    return QString();
}

QList<Diagnostic> SourceKeys::diagnostics() const
{
    QList<Diagnostic> out;
    for (const Bucket &b : m_buckets) {
        if (b.state != State::Encrypted && b.state != State::Missing)
            continue;
        Diagnostic d;
        d.code = QStringLiteral("SOURCE_KEY_UNKNOWN");
        d.severity = Diagnostic::Severity::Warning;
        d.path = b.displayName();
        const QString why = b.state == State::Encrypted
            ? Tr::tr("the source cluster keeps its access key encrypted (encrypt_key=), which OceanBase refuses in a restore's FROM")
            : Tr::tr("the source cluster keeps no access key for it that can be read");
        d.message = b.accessId.isEmpty()
            ? Tr::tr("%1: %2, and its access key ID is not known either. A restore that reads it cannot be written: give its "
                     "location with access_id= and access_key= (inspect it offline).").arg(b.displayName(), why)
            : Tr::tr("%1: %2. A restore that reads it needs the secret access key of %3: give it with OBRESTORE_ACCESS_KEY or "
                     "--access-key-file %4=FILE.").arg(b.displayName(), why, b.accessId, b.scheme + QStringLiteral("://") + b.bucket);
        out << d;
    }
    return out;
}

QList<SourceKeys::Bucket> SourceKeys::missingFor(const QStringList &uris) const
{
    QList<Bucket> out;
    QSet<QString> seen;
    for (const QString &text : uris) {
        const auto uri = BackupUri::parse(text);
        if (!uri || uri->isLocal())
            continue;
        const QString root = trimmedRoot(uri->schemeName() + QStringLiteral("://") + uri->objectPath());
        for (const Destination &d : m_destinations) {
            if (d.root != root || !queryOf(d).isEmpty() || seen.contains(d.bucketId))
                continue;
            seen.insert(d.bucketId);
            for (const Bucket &b : m_buckets) {
                if (b.id == d.bucketId)
                    out << b;
            }
        }
    }
    return out;
}

} // namespace obrestore
