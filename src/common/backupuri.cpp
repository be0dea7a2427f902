#include "backupuri.h"

#include "tr.h"

#include <QDir>
#include <QReadWriteLock>
#include <QRegularExpression>

#include <algorithm>

namespace obrestore {

namespace {

struct SchemeName
{
    BackupUri::Scheme scheme;
    const char16_t *prefix;
};
const SchemeName kObjectSchemes[] = {
    {BackupUri::Scheme::Oss, u"oss://"},
    {BackupUri::Scheme::S3, u"s3://"},
    {BackupUri::Scheme::Cos, u"cos://"},
    {BackupUri::Scheme::Azblob, u"azblob://"},
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Parameter names whose values are secrets, in URIs, BACKUP_DEST strings and server rows.
bool isSecretName(QStringView name)
{
    static const char *const kNames[] = {"access_key", "secret_key", "secret_access_key", "sts_token", "encrypt_key",
                                         "passwd",     "password",   "appid_key",         "account_key", "sas_token"};
    const QString n = name.trimmed().toString().toLower();
    return std::any_of(std::begin(kNames), std::end(kNames), [&](const char *k) { return n == QLatin1StringView(k); });
}

// The parameter names OceanBase's parse_storage_info_ matches (by the prefix "name="), ob_storage_info.cpp.
bool isStorageInfoName(QStringView name)
{
    static const char *const kNames[] = {"host", "access_id", "access_key", "s3_region", "addressing_model", "checksum_type",
                                         "delete_mode", "max_iops", "max_bandwidth", "enable_worm", "role_arn", "external_id",
                                         "appid", "sts_token"};
    const QString n = name.trimmed().toString().toLower();
    return std::any_of(std::begin(kNames), std::end(kNames), [&](const char *k) { return n == QLatin1StringView(k); });
}

// "scheme://" then up to the first '/': where a user:password@ would stand.
qsizetype authorityEnd(QStringView uri, qsizetype start)
{
    const qsizetype slash = uri.indexOf(u'/', start);
    const qsizetype query = uri.indexOf(u'?', start);
    qsizetype end = uri.size();
    if (slash >= 0)
        end = slash;
    if (query >= 0 && query < end)
        end = query;
    return end;
}

struct KnownSecrets
{
    QReadWriteLock lock;
    QStringList values; // longest first, so a secret holding a shorter one is replaced whole
};

KnownSecrets &knownSecrets()
{
    static KnownSecrets k;
    return k;
}

} // namespace

void rememberSecret(const QString &secret)
{
    if (secret.size() < 6 || secret == u"******")
        return;
    KnownSecrets &k = knownSecrets();
    QWriteLocker lock(&k.lock);
    if (k.values.contains(secret))
        return;
    k.values.append(secret);
    std::stable_sort(k.values.begin(), k.values.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString maskKnownSecrets(QString text)
{
    KnownSecrets &k = knownSecrets();
    QReadLocker lock(&k.lock);
    for (const QString &secret : std::as_const(k.values))
        text.replace(secret, QStringLiteral("******"));
    return text;
}

QString maskQuerySecrets(QStringView input)
{
    // By value first: a known secret is masked whole, whatever its shape (a '&' inside it would end the mask below).
    const QString known = maskKnownSecrets(input.toString());
    const QStringView query = known;
    QString out;
    out.reserve(query.size());
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype amp = query.indexOf(u'&', start);
        if (amp < 0)
            amp = query.size();
        const QStringView token = query.mid(start, amp - start);
        const qsizetype eq = token.indexOf(u'=');
        if (eq > 0 && isSecretName(token.left(eq)))
            out += token.left(eq + 1).toString() + QStringLiteral("******");
        else
            out += token;
        if (amp < query.size())
            out += u'&';
        start = amp + 1;
    }
    return out;
}

QString maskUriSecrets(QStringView input)
{
    const QString known = maskKnownSecrets(input.toString()); // by value first, as maskQuerySecrets
    const QStringView uri = known;
    QString out;
    qsizetype rest = 0;
    const qsizetype scheme = uri.indexOf(QLatin1StringView("://"));
    if (scheme > 0) {
        // oss://AK:SECRET@bucket/…: not a form OceanBase takes, but never shown either. The whole userinfo goes:
        // a password may itself hold '@', ':', '/', '?' or '#', so once the part before the first '/' or '?' holds
        // a ':' or an '@' (never part of a bucket name), everything up to the last '@' of the location is masked
        // (more than the userinfo when a parameter holds an '@': the form is refused anyway).
        const qsizetype start = scheme + 3;
        const qsizetype end = authorityEnd(uri, start);
        const QStringView authority = uri.mid(start, end - start);
        const qsizetype at = authority.contains(u'@') || authority.contains(u':') ? uri.lastIndexOf(u'@') : -1;
        if (at >= start) {
            out += uri.left(start).toString() + QStringLiteral("******");
            rest = at;
        }
    }
    const qsizetype q = uri.indexOf(u'?', rest);
    if (q < 0)
        return out + uri.mid(rest).toString();
    return out + uri.mid(rest, q + 1 - rest).toString() + maskQuerySecrets(uri.mid(q + 1));
}

std::optional<BackupUri> BackupUri::parse(QStringView input, QString *error, const QString &base)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty()) {
        setError(error, Tr::tr("The backup location is empty."));
        return std::nullopt;
    }
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            setError(error, Tr::tr("The backup location contains a control character."));
            return std::nullopt;
        }
    }
    // OceanBase's get_storage_type_from_path knows oss://, cos://, s3:// and file:// (master adds hdfs:// and
    // azblob://); a statement with obs:// fails with OB_INVALID_BACKUP_DEST. Huawei Cloud OBS speaks S3.
    if (text.startsWith(u"obs://", Qt::CaseInsensitive)) {
        setError(error, Tr::tr("\"%1\": OceanBase has no obs:// storage type, so a restore from it fails (invalid backup "
                               "destination). Reach Huawei Cloud OBS through s3://, with its endpoint as host=: "
                               "s3://bucket/path?host=obs.<region>.myhuaweicloud.com&access_id=…&access_key=….")
                            .arg(maskUriSecrets(text)));
        return std::nullopt;
    }
    for (const auto &s : kObjectSchemes) {
        const QString prefix = QString::fromUtf16(s.prefix);
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            BackupUri uri;
            uri.m_scheme = s.scheme;
            const QString rest = text.mid(prefix.size());
            const qsizetype q = rest.indexOf(u'?');
            uri.m_path = q < 0 ? rest : rest.left(q);
            uri.m_query = q < 0 ? QString() : rest.mid(q + 1);
            if (uri.m_path.isEmpty()) {
                setError(error, Tr::tr("\"%1\" names no bucket.").arg(maskUriSecrets(text)));
                return std::nullopt;
            }
            const QString bucket = uri.m_path.left(authorityEnd(uri.m_path, 0));
            if (bucket.contains(u'@') || bucket.contains(u':')) {
                setError(error, Tr::tr("\"%1\" puts credentials before the bucket, which OceanBase does not accept: write "
                                       "them as parameters, %2://bucket/path?host=…&access_id=…&access_key=….")
                                    .arg(maskUriSecrets(text), uri.schemeName()));
                return std::nullopt;
            }
            for (const QString &token : uri.m_query.split(u'&', Qt::SkipEmptyParts)) {
                const qsizetype eq = token.indexOf(u'=');
                const QString name = eq < 0 ? token : token.left(eq);
                if (name != name.trimmed() && isStorageInfoName(name)) {
                    setError(error, Tr::tr("\"%1\" writes \"%2=\" with a space: OceanBase reads a parameter only when "
                                           "it is written exactly name=value, so it would not see this one.")
                                        .arg(maskUriSecrets(text), name.trimmed()));
                    return std::nullopt;
                }
            }
            return uri;
        }
    }
    QString path;
    if (text.startsWith(u"file://", Qt::CaseInsensitive)) {
        path = text.mid(7);
        if (!path.startsWith(u'/')) {
            setError(error, Tr::tr("\"%1\" is not a local file URI: write file:///absolute/path (three slashes).").arg(text));
            return std::nullopt;
        }
    } else if (text.contains(u"://")) {
        setError(error, Tr::tr("\"%1\" uses a storage type obrestore does not know. Use file:///path, a plain "
                               "absolute path, or oss://, s3://, cos://.")
                            .arg(maskUriSecrets(text)));
        return std::nullopt;
    } else if (text.startsWith(u'/')) {
        path = text;
    } else if (!base.isEmpty()) {
        path = QDir(base).absoluteFilePath(text);
    } else {
        setError(error, Tr::tr("\"%1\" is not an absolute path.").arg(text));
        return std::nullopt;
    }
    return fromLocalPath(path);
}

BackupUri BackupUri::fromLocalPath(const QString &absolutePath)
{
    BackupUri uri;
    uri.m_scheme = Scheme::File;
    uri.m_path = QDir::cleanPath(absolutePath);
    return uri;
}

QString BackupUri::schemeName() const
{
    return schemeNameOf(m_scheme);
}

QString BackupUri::schemeNameOf(Scheme scheme)
{
    for (const auto &s : kObjectSchemes) {
        if (s.scheme == scheme)
            return QString::fromUtf16(s.prefix).chopped(3);
    }
    return QStringLiteral("file");
}

QString BackupUri::accessKeyProblem(const QString &key)
{
    if (key.contains(u'&'))
        return Tr::tr("The secret access key holds \"&\": OceanBase ends a location's parameter at \"&\", so it would "
                      "read only the part before it and the restore could not use this key. A key with \"&\" cannot "
                      "be used with OceanBase: create another key.");
    for (QChar c : key) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return Tr::tr("The secret access key holds a control character (a line break?), which cannot stand in a "
                          "location: check the key file or variable.");
    }
    return QString();
}

BackupUri BackupUri::withAccessKey(const QString &key) const
{
    if (isLocal() || key.isEmpty() || !accessKeyProblem(key).isEmpty())
        return *this;
    QStringList tokens = m_query.split(u'&', Qt::SkipEmptyParts);
    BackupUri out = *this;
    for (QString &t : tokens) {
        if (t == u"access_key=******") {
            t = QStringLiteral("access_key=") + key;
            out.m_query = tokens.join(u'&');
            return out;
        }
        if (t.startsWith(QLatin1StringView("access_key=")))
            return *this;
    }
    out.m_query = (m_query.isEmpty() || m_query.endsWith(u'&') ? m_query : m_query + u'&') + QStringLiteral("access_key=") + key;
    return out;
}

QString BackupUri::toRawString() const
{
    if (m_scheme == Scheme::File)
        return QStringLiteral("file://") + m_path;
    return schemeName() + QStringLiteral("://") + m_path + (m_query.isEmpty() ? QString() : u'?' + m_query);
}

QString BackupUri::toDisplayString() const
{
    if (m_scheme == Scheme::File)
        return QStringLiteral("file://") + m_path;
    QString s = schemeName() + QStringLiteral("://") + m_path;
    if (!m_query.isEmpty())
        s += u'?' + m_query;
    return maskUriSecrets(s);
}

namespace {

QString locationIdentity(QStringView text)
{
    const auto uri = BackupUri::parse(text);
    if (!uri)
        return text.trimmed().toString();
    QString path = uri->isLocal() ? uri->localPath() : uri->objectPath();
    static const QRegularExpression slashes(QStringLiteral("/{2,}"));
    path.replace(slashes, QStringLiteral("/"));
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return uri->schemeName() + QStringLiteral("://") + path + u'\n' + endpointIdentity(uri->query());
}

} // namespace

QString endpointIdentity(QStringView parameters)
{
    QString endpoint;
    for (const QString &pair : parameters.toString().split(u'&', Qt::SkipEmptyParts)) {
        if (pair.section(u'=', 0, 0).trimmed().compare(QLatin1StringView("host"), Qt::CaseInsensitive) != 0)
            continue;
        endpoint = pair.section(u'=', 1).trimmed().toLower();
        for (const char *prefix : {"https://", "http://"}) {
            if (endpoint.startsWith(QLatin1StringView(prefix)))
                endpoint = endpoint.mid(qsizetype(qstrlen(prefix)));
        }
        while (endpoint.endsWith(u'/'))
            endpoint.chop(1);
    }
    return endpoint;
}

bool sameLocation(QStringView a, QStringView b)
{
    // The endpoint counts where both name one: a path recorded in the backup's own files carries no parameters.
    const QString x = locationIdentity(a);
    const QString y = locationIdentity(b);
    const QString xEndpoint = x.section(u'\n', 1);
    const QString yEndpoint = y.section(u'\n', 1);
    return x.section(u'\n', 0, 0) == y.section(u'\n', 0, 0) && (xEndpoint.isEmpty() || yEndpoint.isEmpty() || xEndpoint == yEndpoint);
}

bool containsLocation(const QStringList &list, QStringView location)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &l) { return sameLocation(l, location); });
}

QString withSecretsFrom(const QString &maskedUri, const QStringList &locations)
{
    const auto masked = BackupUri::parse(maskedUri);
    if (!masked || masked->isLocal() || !masked->query().contains(QLatin1StringView("******")))
        return maskedUri;
    auto bucketOf = [](const BackupUri &u) { return u.schemeName() + u'/' + u.objectPath().section(u'/', 0, 0); };
    for (const QString &text : locations) {
        const auto real = BackupUri::parse(text);
        if (!real || real->isLocal() || bucketOf(*real) != bucketOf(*masked))
            continue;
        // The same parameters once masked: then the real ones belong to this destination.
        if (maskQuerySecrets(real->query()) != masked->query())
            continue;
        return maskedUri.left(maskedUri.indexOf(u'?') + 1) + real->query();
    }
    return maskedUri;
}

QString maskSecrets(QStringView text)
{
    // key=value pairs separated by & (URIs) or , (BACKUP_DEST lists); keys compared case-insensitively. A value
    // runs, as OceanBase's strtok_r at '&' takes it, to the next '&' (or the ',' between URIs, the quote that
    // ends a statement's string, a line break): spaces, ';', '=' and '+' are part of the secret.
    static const QRegularExpression re(
        QStringLiteral(R"((\b(?:access_key|secret_key|secret_access_key|sts_token|encrypt_key|passwd|password|)"
                       R"(appid_key|account_key|sas_token)\s*=)[^&,'"\r\n]*)"),
        QRegularExpression::CaseInsensitiveOption);
    // scheme://user:secret@…, whatever follows.
    // The whole userinfo, to the last '@' before the value ends (a quote, comma or line break): a password may
    // itself hold '@', ':', '/', '?', '#' or spaces.
    static const QRegularExpression userInfo(QStringLiteral(R"((\b[A-Za-z][A-Za-z0-9+.-]*://)[^/?@\s'",:]*[:@][^\r\n'",]*@)"));
    // user:secret@ first: a secret that itself holds "access_key=" would otherwise have its tail (and the '@') masked
    // as that key's value, leaving its head in plain sight.
    QString out = maskKnownSecrets(text.toString());
    out.replace(userInfo, QStringLiteral("\\1******@"));
    out.replace(re, QStringLiteral("\\1******"));
    return out;
}

} // namespace obrestore
