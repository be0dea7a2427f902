#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace obrestore {

// A backup location as users and OceanBase write it: "file:///abs/path", a plain absolute path, or an
// object-storage URI ("oss://bucket/dir?host=…&access_id=…&access_key=…", s3://, cos://). OceanBase has no obs://
// (get_storage_type_from_path): it is refused, with the fix (Huawei Cloud OBS through s3://).
class BackupUri
{
public:
    enum class Scheme { File, Oss, S3, Cos, Azblob };

    // Returns nullopt for malformed input (empty, control characters, file:// with a host, unknown scheme,
    // a relative path when no base is given). A relative path is resolved against `base` when one is given.
    static std::optional<BackupUri> parse(QStringView text, QString *error = nullptr, const QString &base = QString());
    static BackupUri fromLocalPath(const QString &absolutePath);

    Scheme scheme() const { return m_scheme; }
    bool isLocal() const { return m_scheme == Scheme::File; }
    // For file URIs: the cleaned absolute path, no trailing slash (except "/").
    QString localPath() const { return m_path; }
    // "file:///abs/path", or the object-storage URI with every secret replaced by "******".
    QString toDisplayString() const;
    // The URI as it must be sent (secrets included): never show it.
    QString toRawString() const;
    QString schemeName() const;
    static QString schemeNameOf(Scheme scheme);
    // For object storage: "bucket/dir" as written, and the parameters after '?' as written (secrets included:
    // never show them, see toDisplayString()).
    QString objectPath() const { return m_path; }
    QString query() const { return m_query; }
    // The same location with access_key=<key> when it has none or a masked one ("******"; object storage only).
    // A key accessKeyProblem() refuses is never put in: the location is returned unchanged (so without a key).
    BackupUri withAccessKey(const QString &key) const;
    // Why a secret access key given apart from a location (OBRESTORE_ACCESS_KEY, a key file, the wizard's secret
    // field) cannot be used in one, translated; empty when it can. OceanBase ends a parameter's value at '&'
    // (ObObjectStorageInfo::parse_storage_info_ splits the storage info there), so a key holding '&' would reach
    // the server cut short; a control character cannot stand in a location at all.
    static QString accessKeyProblem(const QString &key);

    friend bool operator==(const BackupUri &a, const BackupUri &b) { return a.m_scheme == b.m_scheme && a.m_path == b.m_path && a.m_query == b.m_query; }

private:
    Scheme m_scheme = Scheme::File;
    QString m_path;  // local path, or bucket/dir for object storage
    QString m_query; // object storage parameters, raw
};

// An object-storage URI whose parameters were masked (a destination found below a location), with the parameters
// of the location in `locations` that names the same scheme and bucket (and, if given, the same host) put back:
// what a statement that runs needs. Anything else is returned unchanged.
QString withSecretsFrom(const QString &maskedUri, const QStringList &locations);

// Whether two locations are the same place: scheme, bucket and path (without a trailing or doubled '/'), and for
// object storage the endpoint (host=, without http(s):// and case) where both name one; the other parameters (keys, region, checksum
// type…) do not make another place. Text that is not a location is compared as it is.
bool sameLocation(QStringView a, QStringView b);
// The endpoint that parameters ("host=…&…") name, as sameLocation compares it: without http(s)://, a trailing '/'
// and case; empty when they name none.
QString endpointIdentity(QStringView parameters);
bool containsLocation(const QStringList &list, QStringView location);

// One location: every secret parameter's value (access_key, secret_key, sts_token, …) masked up to the next '&',
// as OceanBase's parse_storage_info_ takes it (so a secret with spaces, quotes, commas, ';' or '=' is masked
// whole), with the name kept as written ("access_key =" too), and a user:secret@ before the bucket masked.
QString maskUriSecrets(QStringView uri);
// The same for the parameters alone (what follows '?').
QString maskQuerySecrets(QStringView query);
// Free text that may hold several locations, statements or server rows (a BACKUP_DEST list, a COMMENT): a secret's
// value runs to the next '&', ',', quote or line break (the ends a value can have inside a statement or list), and
// scheme://user:secret@ is masked. Use maskUriSecrets() when the text is one location.
QString maskSecrets(QStringView text);

// Masking by value: every secret the process knows (a key from the environment, a file or a form, a decryption or
// cluster password) is replaced by ****** wherever it appears, whatever the text around it looks like, by the
// maskers above and by maskKnownSecrets(). Held in memory only, for the life of the process; values shorter than
// six characters are not registered (replacing them would mangle ordinary text; the shape-based masking still
// covers them). Thread-safe.
void rememberSecret(const QString &secret);
QString maskKnownSecrets(QString text);

} // namespace obrestore
