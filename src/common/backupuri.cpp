#include "backupuri.h"

#include "tr.h"

#include <QDir>
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
    {BackupUri::Scheme::Oss, u"oss://"}, {BackupUri::Scheme::S3, u"s3://"},     {BackupUri::Scheme::Cos, u"cos://"},
    {BackupUri::Scheme::Obs, u"obs://"}, {BackupUri::Scheme::Azblob, u"azblob://"},
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

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
                setError(error, Tr::tr("\"%1\" names no bucket.").arg(maskSecrets(text)));
                return std::nullopt;
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
                               "absolute path, or oss://, s3://, cos://, obs://.")
                            .arg(maskSecrets(text)));
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

BackupUri BackupUri::withAccessKey(const QString &key) const
{
    if (isLocal() || key.isEmpty())
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
    return maskSecrets(s);
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
        if (maskSecrets(real->query()) != masked->query())
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
    QString out = text.toString();
    out.replace(re, QStringLiteral("\\1******"));
    return out;
}

} // namespace obrestore
