#include "objectstorage.h"
#include "azuresign.h"
#include "common/guithread.h"

#include "common/displaytext.h"

#include "tr.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QXmlStreamReader>

#include <curl/curl.h>

#include <mutex>

namespace obrestore {

namespace {

// SHA-256 of an empty payload: every request here is a GET or HEAD without a body.
const char kEmptyPayloadSha256[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

void ensureCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// URI encoding as SigV4 wants it (AWS "UriEncode"): every byte except A-Z a-z 0-9 - _ . ~ as %XX (upper case),
// '/' kept only in paths. libcurl signs the path and query exactly as they are sent, so they are sent this way.
QByteArray awsEncode(const QString &text, bool keepSlash)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    static const char hex[] = "0123456789ABCDEF";
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/');
        if (unreserved) {
            out.append(char(c));
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 15]);
        }
    }
    return out;
}

bool isIpLiteral(const QString &host)
{
    QString h = host;
    if (h.startsWith(u'[')) // [::1]:port
        return true;
    const qsizetype colon = h.lastIndexOf(u':');
    if (colon > 0)
        h = h.left(colon);
    QHostAddress address;
    return h == u"localhost" || address.setAddress(h);
}

QString hostWithoutPort(const QString &host)
{
    if (host.startsWith(u'['))
        return host.left(host.indexOf(u']') + 1);
    const qsizetype colon = host.lastIndexOf(u':');
    return colon > 0 ? host.left(colon) : host;
}

// The signing region when s3_region is not given, from the endpoints the providers document
// (docs/object-storage.md); "us-east-1" otherwise (MinIO's and most S3-compatible servers' default).
QString regionFromHost(const QString &host, bool *found)
{
    const QString h = hostWithoutPort(host).toLower();
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral(R"((?:^|\.)s3[.-](?:dualstack\.)?([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\z)")),
        QRegularExpression(QStringLiteral(R"((?:^|\.)oss-([a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com\z)")),
        QRegularExpression(QStringLiteral(R"((?:^|\.)cos\.([a-z0-9-]+)\.myqcloud\.com\z)")),
        QRegularExpression(QStringLiteral(R"((?:^|\.)obs\.([a-z0-9-]+)\.myhuaweicloud\.com\z)")),
    };
    for (const auto &re : patterns) {
        const auto m = re.match(h);
        if (m.hasMatch() && m.captured(1) != u"accelerate") {
            *found = true;
            return m.captured(1);
        }
    }
    *found = false;
    return QStringLiteral("us-east-1");
}

int envInt(const char *name, int fallback, int lo, int hi)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? qBound(lo, v, hi) : fallback;
}

// Every body is capped, whatever the server sends (docs/hostile-input.md §7): an answer that is not a success
// (an error document: a few hundred bytes from any real object storage) at kMaxErrorBody, a success at the
// caller's limit (a listing page, a metadata file).
constexpr qint64 kMaxErrorBody = 16 * 1024;
// A listing page: S3 sends at most 1,000 keys (max-keys), well under 1 MiB.
constexpr qint64 kMaxListingPageBytes = 8ll << 20;
// One listing, sized from OceanBase's layout: its largest folder is an archive destination's pieces/ (one folder per
// piece, a piece a day by default): 200,000 entries are five centuries of pieces, 200 pages of 1,000 keys. The
// 20,000-piece bench reads 20 pages.
constexpr int kMaxListingPages = 1000;
constexpr qsizetype kMaxListingEntries = 200000;

struct Buffer
{
    CURL *curl = nullptr;
    QByteArray data;
    qint64 limit = 0;
    bool tooLarge = false;
};

size_t writeBody(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    auto *b = static_cast<Buffer *>(userdata);
    const size_t n = size * nmemb;
    long http = 0;
    curl_easy_getinfo(b->curl, CURLINFO_RESPONSE_CODE, &http);
    const qint64 limit = http >= 200 && http < 300 ? b->limit : kMaxErrorBody;
    if (b->data.size() + qint64(n) > limit) {
        b->data.append(ptr, qsizetype(qMax<qint64>(0, limit - b->data.size())));
        b->tooLarge = true;
        return 0; // makes curl stop with CURLE_WRITE_ERROR
    }
    b->data.append(ptr, qsizetype(n));
    return n;
}

// The first bytes of an answer, printable, for messages that say what the endpoint sent instead.
QString startOf(const QByteArray &body)
{
    QString out;
    for (char ch : body.left(48)) {
        const auto c = static_cast<unsigned char>(ch);
        out += c >= 0x20 && c < 0x7F ? QChar(char16_t(c)) : QChar(u'.');
    }
    return body.size() > 48 ? out + QStringLiteral("…") : out;
}

int onProgress(void *clientp, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *flag = static_cast<const std::atomic_bool *>(clientp);
    return flag && flag->load() ? 1 : 0;
}

// <Error><Code>…</Code><Message>…</Message></Error>
QPair<QString, QString> errorOf(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QString code;
    QString message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"Code")
            code = xml.readElementText();
        else if (xml.name() == u"Message")
            message = xml.readElementText();
    }
    return {code, message};
}

} // namespace

struct ObjectStorage::Response
{
    Status status = Status::Ok;
    long http = 0;
    QByteArray body;
    QString message; // translated, for non-Ok
    QString contentType;
    QString redirect; // where a 3xx pointed
};

namespace {

// One page of ListObjectsV2, read as S3 writes it (the root element ListBucketResult); anything else is a protocol
// error that says what the endpoint sent.
struct ListPage
{
    bool ok = false;
    QString error; // translated, when !ok
    QList<Storage::Entry> entries;
    bool truncated = false;
    QString token;
    bool anyKey = false;
};

// A folder entry of a listing: the prefix below `prefix`, without its trailing '/'.
void addFolder(ListPage &page, const QString &p, const QString &prefix)
{
    page.anyKey = true;
    if (p.startsWith(prefix) && p.endsWith(u'/') && p.size() > prefix.size() + 1) {
        Storage::Entry e;
        e.name = p.mid(prefix.size()).chopped(1);
        e.isDir = true;
        page.entries.append(std::move(e));
    }
}

// One page of List Blobs (Azure): <EnumerationResults><Blobs><Blob><Name/><Properties><Content-Length/>…</Blob>
// <BlobPrefix><Name/></BlobPrefix></Blobs><NextMarker/></EnumerationResults>; more pages while NextMarker is not empty.
void readAzurePage(QXmlStreamReader &xml, ListPage &page, const QString &prefix)
{
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"Blob") {
            Storage::Entry e;
            QString k;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Name") {
                    k = xml.readElementText();
                } else if (xml.name() == u"Properties") {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"Content-Length")
                            e.size = xml.readElementText().toLongLong();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            page.anyKey = true;
            if (k.startsWith(prefix) && k.size() > prefix.size()) {
                e.name = k.mid(prefix.size());
                page.entries.append(std::move(e));
            }
        } else if (name == u"BlobPrefix") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Name")
                    addFolder(page, xml.readElementText(), prefix);
                else
                    xml.skipCurrentElement();
            }
        } else if (name == u"NextMarker") {
            page.token = xml.readElementText();
            page.truncated = !page.token.isEmpty();
        }
    }
}

ListPage parseListPage(const QByteArray &body, const QString &prefix, const QString &contentType, bool azure)
{
    ListPage page;
    QXmlStreamReader xml(body);
    bool rootSeen = false;
    const QLatin1StringView root = azure ? QLatin1StringView("EnumerationResults") : QLatin1StringView("ListBucketResult");
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (!rootSeen) {
            if (name != root) {
                page.error = Tr::tr("answered with <%1>%2, not a listing (%3)")
                                 .arg(name.left(40).toString(), contentType.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(contentType), root);
                return page;
            }
            rootSeen = true;
            if (azure) {
                readAzurePage(xml, page, prefix);
                break;
            }
            continue;
        }
        if (name == u"Contents") {
            Storage::Entry e;
            QString k;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Key")
                    k = xml.readElementText();
                else if (xml.name() == u"Size")
                    e.size = xml.readElementText().toLongLong();
                else
                    xml.skipCurrentElement();
            }
            page.anyKey = true;
            if (k.startsWith(prefix) && k.size() > prefix.size()) {
                e.name = k.mid(prefix.size());
                page.entries.append(std::move(e));
            }
        } else if (name == u"CommonPrefixes") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Prefix") {
                    addFolder(page, xml.readElementText(), prefix);
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (name == u"IsTruncated") {
            page.truncated = xml.readElementText() == u"true";
        } else if (name == u"NextContinuationToken") {
            page.token = xml.readElementText();
        }
    }
    if (xml.hasError() || !rootSeen) {
        const QString type = contentType.isEmpty() ? Tr::tr("a body") : contentType;
        if (body.trimmed().isEmpty())
            page.error = Tr::tr("answered with an empty body (%1), not an S3 listing").arg(type);
        else if (!rootSeen)
            page.error = Tr::tr("answered with %1 \"%2\", not an S3 listing (%3)")
                             .arg(type, startOf(body), xml.hasError() ? xml.errorString() : Tr::tr("no XML element"));
        else
            page.error = Tr::tr("the listing is not valid XML (%1, line %2)").arg(xml.errorString()).arg(xml.lineNumber());
        page.entries.clear();
        return page;
    }
    page.ok = true;
    return page;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

QString ObjectLocation::displayUri(const QString &key) const
{
    QString s = BackupUri::schemeNameOf(scheme) + QStringLiteral("://") + uriBucket;
    if (!key.isEmpty())
        s += u'/' + escapeForDisplay(key); // a key may hold "&#10;" (a line break) or ESC: never printed raw
    return s;
}

std::optional<ObjectLocation> ObjectLocation::fromUri(const BackupUri &uri, QString *error, const QString &accessKeyFallback,
                                                     bool *credentialsMissing)
{
    if (credentialsMissing)
        *credentialsMissing = false;
    auto fail = [&](const QString &message) -> std::optional<ObjectLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (uri.isLocal())
        return fail(Tr::tr("%1 is a local path, not object storage.").arg(uri.toDisplayString()));
    ObjectLocation loc;
    const bool azure = uri.scheme() == BackupUri::Scheme::Azblob;
    loc.scheme = uri.scheme();
    const QString path = uri.objectPath();
    const qsizetype slash = path.indexOf(u'/');
    loc.uriBucket = slash < 0 ? path : path.left(slash);
    QString prefix = slash < 0 ? QString() : path.mid(slash + 1);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    while (prefix.startsWith(u'/'))
        prefix.remove(0, 1);
    loc.prefix = prefix;
    if (loc.uriBucket.isEmpty())
        return fail(Tr::tr("\"%1\" names no bucket.").arg(uri.toDisplayString()));

    // ObObjectStorageInfo::parse_storage_info_: strtok_r at '&' (empty tokens vanish), each token matched by its
    // prefix, values taken as written (no percent-decoding); parameters it does not know are ignored.
    QString addressing;
    bool regionGiven = false;
    const QStringList tokens = uri.query().split(u'&', Qt::SkipEmptyParts);
    for (const QString &t : tokens) {
        auto value = [&](const char *name) { return t.mid(qsizetype(qstrlen(name))); };
        if (t.startsWith(QLatin1StringView("s3_region="))) {
            // 4.2.1 and 4.3.3 take s3_region on any device; the 4.4 line refuses it except on s3://, which the
            // statement writer checks against the target's version (RestoreStatement). For reading, the region
            // signs requests to s3:// only: OSS and COS sign with their endpoint's region.
            if (loc.scheme == BackupUri::Scheme::S3) {
                loc.region = value("s3_region=");
                regionGiven = true;
            }
        } else if (t.startsWith(QLatin1StringView("host="))) {
            loc.endpoint = value("host=");
        } else if (t.startsWith(QLatin1StringView("access_id="))) {
            loc.accessId = value("access_id=");
        } else if (t.startsWith(QLatin1StringView("access_key="))) {
            loc.accessKey = value("access_key=");
        } else if (t.startsWith(QLatin1StringView("addressing_model="))) {
            addressing = value("addressing_model=");
        } else if (t.startsWith(QLatin1StringView("appid="))) {
            loc.appId = value("appid=");
        } else if (t.startsWith(QLatin1StringView("role_arn="))) {
            loc.roleArn = value("role_arn=");
        }
    }
    if (loc.accessKey.isEmpty() && !accessKeyFallback.isEmpty()) {
        if (const QString problem = BackupUri::accessKeyProblem(accessKeyFallback); !problem.isEmpty())
            return fail(problem);
        loc.accessKey = accessKeyFallback;
    }
    if (loc.endpoint.isEmpty())
        return fail(Tr::tr("%1 has no host= parameter: give the endpoint of the object storage, e.g. "
                           "host=s3.us-east-1.amazonaws.com.")
                        .arg(uri.toDisplayString()));
    if (credentialsMissing)
        *credentialsMissing = loc.accessId.isEmpty() || loc.accessKey.isEmpty();
    // Assume-role mode (role_arn=, with external_id=): the servers assume the role themselves; this computer has no
    // such identity to assume it from.
    if (!loc.roleArn.isEmpty() && (loc.accessId.isEmpty() || loc.accessKey.isEmpty()))
        return fail(Tr::tr("%1 is an assume-role location (role_arn=%2): OceanBase's servers assume that role "
                           "themselves, and obrestore cannot assume it from this computer. Read the location with an "
                           "access key that may list and read it (access_id=…&access_key=…, or OBRESTORE_ACCESS_KEY).")
                        .arg(uri.toDisplayString(), loc.roleArn));
    if (loc.accessId.isEmpty())
        return fail(azure ? Tr::tr("%1 has no access_id= parameter: give the storage account's name.").arg(uri.toDisplayString())
                          : Tr::tr("%1 has no access_id= parameter: give the access key ID.").arg(uri.toDisplayString()));
    if (loc.accessKey.isEmpty())
        return fail(Tr::tr("%1 has no access_key= parameter: give the secret access key in the location, in "
                           "OBRESTORE_ACCESS_KEY or with --access-key-file.")
                        .arg(uri.toDisplayString()));

    // azblob:// (OceanBase master, ob_storage_obdal_base.cpp set_obdal_options_with_account): container = the URI's
    // bucket, endpoint = host=, account_name = access_id, account_key = access_key (base64, as Azure gives it).
    if (azure && !azure::isAccountKey(loc.accessKey))
        return fail(Tr::tr("The access_key of %1 is not an Azure storage account key (a base64 text, as the portal's Access "
                           "keys page shows it).").arg(uri.toDisplayString()));
    QString endpoint = loc.endpoint;
    while (endpoint.endsWith(u'/'))
        endpoint.chop(1);
    // A host without a scheme is reached as OceanBase's own clients reach it: plain HTTP (4.2–4.4's S3 client sets
    // Aws::Http::Scheme::HTTP, ObS3Client::init_s3_client_configuration_; the OSS and COS C SDKs add "http://" to an
    // endpoint without one). UNCONFIRMED whether master's OpenDAL path does the same: ObjectStorage tries HTTPS once
    // before it calls such an endpoint unreachable, and the report says which scheme answered.
    // azblob:// goes through OpenDAL, whose Azure client takes the endpoint as a URL: how it reads one without a scheme
    // is UNCONFIRMED, so HTTPS (Azure's own) first, then plain HTTP once, and the report says which answered.
    QString scheme = azure ? QStringLiteral("https") : QStringLiteral("http");
    loc.schemeGiven = false;
    if (endpoint.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive)) {
        scheme = QStringLiteral("http");
        loc.schemeGiven = true;
        endpoint = endpoint.mid(7);
    } else if (endpoint.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive)) {
        scheme = QStringLiteral("https");
        loc.schemeGiven = true;
        endpoint = endpoint.mid(8);
    }
    // An Azure endpoint may carry a path: an emulator's account ("http://127.0.0.1:10000/devstoreaccount1").
    if (azure && endpoint.contains(u'/')) {
        loc.basePath = endpoint.mid(endpoint.indexOf(u'/'));
        endpoint = endpoint.left(endpoint.indexOf(u'/'));
    }
    if (endpoint.isEmpty() || endpoint.contains(u'/') || endpoint.contains(u' ') || loc.basePath.contains(u' '))
        return fail(Tr::tr("host=%1 is not an endpoint: write a host name with an optional port and an optional "
                           "http:// or https:// in front.")
                        .arg(loc.endpoint));
    loc.host = endpoint;
    loc.endpoint = scheme + QStringLiteral("://") + endpoint;

    if (!regionGiven) {
        bool found = false;
        loc.region = regionFromHost(loc.host, &found);
        loc.regionSource = found ? QStringLiteral("endpoint") : QStringLiteral("default");
    } else {
        loc.regionSource = QStringLiteral("s3_region");
    }

    // OceanBase spells the values virtual_hosted_style / path_style (ob_storage_info.h); the contract's
    // shorter "virtual" / "path" are accepted too.
    if (addressing == u"path_style" || addressing == u"path")
        loc.addressing = Addressing::Path;
    else if (addressing.isEmpty() || addressing == u"virtual_hosted_style" || addressing == u"virtual")
        loc.addressing = Addressing::VirtualHosted;
    else
        return fail(Tr::tr("addressing_model=%1 is not one OceanBase accepts: use virtual_hosted_style or path_style.")
                        .arg(addressing));
    // A bucket cannot be a sub-domain of an IP address or of "localhost": such endpoints are addressed by path. Azure
    // names the account in the host and the container in the path, always.
    if (isIpLiteral(loc.host) || azure)
        loc.addressing = Addressing::Path;

    loc.bucket = loc.uriBucket;
    // COS bucket names carry the APPID ("examplebucket-1250000000"). UNCONFIRMED whether OceanBase's cos:// URIs
    // write the bucket with or without it (ob_storage_cos_base.cpp passes the bucket and appid separately to the
    // COS SDK): both readings work here, the suffix is added only when it is not already there.
    if (loc.scheme == BackupUri::Scheme::Cos && !loc.appId.isEmpty() && !loc.bucket.endsWith(u'-' + loc.appId))
        loc.bucket += u'-' + loc.appId;

    loc.maskedQuery = maskQuerySecrets(uri.query());
    return loc;
}

ObjectStorageOptions ObjectStorageOptions::fromEnvironment()
{
    ObjectStorageOptions o;
    o.requestTimeoutMs = envInt("OBRESTORE_STORAGE_TIMEOUT", o.requestTimeoutMs / 1000, 1, 600) * 1000;
    o.connectTimeoutMs = qMin(o.connectTimeoutMs, o.requestTimeoutMs);
    o.attempts = envInt("OBRESTORE_STORAGE_ATTEMPTS", o.attempts, 1, 20);
    o.parallel = envInt("OBRESTORE_STORAGE_PARALLEL", o.parallel, 1, 256);
    const QString resolve = qEnvironmentVariable("OBRESTORE_STORAGE_RESOLVE");
    if (!resolve.isEmpty())
        o.resolve = resolve.split(u',', Qt::SkipEmptyParts);
    return o;
}

// ---------------------------------------------------------------------------------------------------------------

ObjectStorage::ObjectStorage(ObjectLocation location, ObjectStorageOptions options)
    : m_location(std::move(location)), m_options(std::move(options)), m_slots(qMax(1, m_options.parallel))
{
    m_https.store(m_location.endpoint.startsWith(QLatin1StringView("https://")));
    ensureCurl();
    curl_slist *list = nullptr;
    for (const QString &r : std::as_const(m_options.resolve))
        list = curl_slist_append(list, r.toUtf8().constData());
    m_resolve = list;
}

ObjectStorage::~ObjectStorage()
{
    for (void *h : std::as_const(m_handles))
        curl_easy_cleanup(static_cast<CURL *>(h));
    curl_slist_free_all(static_cast<curl_slist *>(m_resolve));
}

std::optional<QString> ObjectStorage::keyOf(const QString &path) const
{
    const QString base = BackupUri::schemeNameOf(m_location.scheme) + QStringLiteral("://") + m_location.uriBucket;
    if (path == base)
        return QString();
    if (!path.startsWith(base + u'/'))
        return std::nullopt;
    QString key = path.mid(base.size() + 1);
    while (key.endsWith(u'/'))
        key.chop(1);
    return key;
}

std::optional<QString> ObjectStorage::rootOf(const BackupUri &uri, QString *error, Status *status) const
{
    QString e;
    bool noCredentials = false;
    const auto loc = ObjectLocation::fromUri(uri, &e, m_location.accessKey, &noCredentials);
    if (!loc || loc->scheme != m_location.scheme || loc->uriBucket != m_location.uriBucket) {
        if (status)
            *status = noCredentials ? Status::AccessDenied : Status::IoError;
        if (error)
            *error = loc ? Tr::tr("%1 is not in this bucket.").arg(uri.toDisplayString()) : e;
        return std::nullopt;
    }
    QString root = BackupUri::schemeNameOf(loc->scheme) + QStringLiteral("://") + loc->uriBucket;
    if (!loc->prefix.isEmpty())
        root += u'/' + loc->prefix;
    return root;
}

QString ObjectStorage::identity(const QString &dir) const
{
    return dir; // no links on object storage
}

QString ObjectStorage::uriOf(const QString &path) const
{
    return m_location.displayUri(keyOf(path).value_or(path));
}

QString ObjectStorage::parametersOf(const QString &) const
{
    return m_location.maskedQuery;
}

Storage::IoCounters ObjectStorage::counters() const
{
    return {m_requests.load(), m_bytes.load(), m_retries.load()};
}

void ObjectStorage::setCancel(const std::atomic_bool *cancel) const
{
    m_cancel.store(cancel);
}

void ObjectStorage::setRequestBudget(std::atomic<qint64> *remaining) const
{
    m_budget.store(remaining);
}

bool ObjectStorage::cancelled() const
{
    const std::atomic_bool *c = m_cancel.load();
    return c && c->load();
}

void *ObjectStorage::acquireHandle() const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_handles.isEmpty())
            return m_handles.takeLast();
    }
    return curl_easy_init();
}

void ObjectStorage::releaseHandle(void *curl) const
{
    QMutexLocker lock(&m_mutex);
    m_handles.append(curl);
}

ObjectStorage::Response ObjectStorage::performOnce(void *handle, const QByteArray &url, qint64 maxBytes, const QList<QByteArray> &azureHeaders) const
{
    CURL *curl = static_cast<CURL *>(handle);
    curl_easy_reset(curl);
    Buffer buffer;
    buffer.curl = curl;
    buffer.limit = maxBytes;
    const QByteArray sigv4 = "aws:amz:" + m_location.region.toUtf8() + ":s3";
    const QByteArray user = m_location.accessId.toUtf8();
    const QByteArray secret = m_location.accessKey.toUtf8();
    curl_slist *headers = nullptr;
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    if (isAzure()) {
        // Shared Key: the caller signed this attempt's headers (azuresign.h).
        for (const QByteArray &h : azureHeaders)
            headers = curl_slist_append(headers, h.constData());
    } else {
        headers = curl_slist_append(nullptr, (QByteArray("x-amz-content-sha256: ") + kEmptyPayloadSha256).constData());
        curl_easy_setopt(curl, CURLOPT_AWS_SIGV4, sigv4.constData());
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, secret.constData());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_options.requestTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    // A declared length over the limit is refused before any of the body is read.
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxBytes));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &buffer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, const_cast<std::atomic_bool *>(m_cancel.load()));
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "obrestore");
    if (m_resolve)
        curl_easy_setopt(curl, CURLOPT_RESOLVE, static_cast<curl_slist *>(m_resolve));
    // AWS tools take a CA bundle from AWS_CA_BUNDLE; libcurl itself already honours the system store and the
    // http_proxy / https_proxy / no_proxy variables.
    const QByteArray caBundle = qgetenv("AWS_CA_BUNDLE");
    if (!caBundle.isEmpty() && url.startsWith("https:"))
        curl_easy_setopt(curl, CURLOPT_CAINFO, caBundle.constData());

    m_requests.fetch_add(1);
    guithread::noteBlockingWork("object storage request");
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    long http = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &http);
    m_bytes.fetch_add(buffer.data.size());

    Response r;
    r.http = http;
    char *contentType = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &contentType) == CURLE_OK && contentType)
        r.contentType = QString::fromLatin1(contentType).left(80);
    char *redirect = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_REDIRECT_URL, &redirect) == CURLE_OK && redirect)
        r.redirect = maskSecrets(QString::fromUtf8(redirect).left(200));
    if (rc == CURLE_ABORTED_BY_CALLBACK) {
        r.status = Status::Cancelled;
        r.message = Tr::tr("cancelled");
        return r;
    }
    if ((buffer.tooLarge || rc == CURLE_FILESIZE_EXCEEDED) && http >= 200 && http < 300) {
        // The caller's limit: a metadata file larger than any OceanBase writes, or a listing page larger than any
        // S3 server sends (1,000 keys).
        r.status = Status::TooLarge;
        r.message = Tr::tr("the answer is larger than %1 bytes").arg(maxBytes);
        return r;
    }
    if (buffer.tooLarge || rc == CURLE_FILESIZE_EXCEEDED) {
        // An error document cut at its cap (or refused for its declared length): the status tells the error.
        r.body = std::move(buffer.data);
        return r;
    }
    if (rc != CURLE_OK) {
        r.status = Status::Unreachable;
        r.message = QString::fromUtf8(curl_easy_strerror(rc));
        return r;
    }
    r.body = std::move(buffer.data);
    return r;
}

ObjectStorage::Response ObjectStorage::perform(const QString &key, const QList<QPair<QString, QString>> &query, qint64 maxBytes) const
{
    {
        QMutexLocker lock(&m_fatalMutex);
        if (m_fatal) {
            Response r;
            r.status = m_fatal->first;
            r.message = m_fatal->second;
            return r;
        }
    }
    bool https = m_https.load();
    Response r = performAttempts(https, key, query, maxBytes);
    // host= without a scheme: plain HTTP first (as OceanBase), then HTTPS once for the whole storage.
    if (r.status == Status::Unreachable && !m_location.schemeGiven && !m_schemeSwitched.exchange(true)) {
        https = !https;
        m_https.store(https);
        const Response other = performAttempts(https, key, query, maxBytes);
        if (other.status == Status::Unreachable)
            r.message = Tr::tr("%1; over %2 too: %3").arg(r.message, https ? QStringLiteral("HTTPS") : QStringLiteral("HTTP"), other.message);
        else
            r = other;
    }
    if (r.status == Status::Unreachable) {
        QMutexLocker lock(&m_fatalMutex);
        m_fatal = qMakePair(r.status, r.message);
    } else if (r.http > 0) {
        m_answered.store(true);
    }
    return r;
}

QList<Storage::Transport> ObjectStorage::transports() const
{
    if (!m_answered.load())
        return {};
    // STORAGE_HTTPS_ONLY says OceanBase reaches a host without a scheme over plain HTTP: true of its S3, OSS and COS
    // clients, UNCONFIRMED of the OpenDAL Azure client, so an azblob:// endpoint never gets that finding.
    return {{m_location.host, m_https.load() ? QStringLiteral("https") : QStringLiteral("http"), m_location.schemeGiven || isAzure()}};
}

ObjectStorage::Response ObjectStorage::performAttempts(bool https, const QString &key, const QList<QPair<QString, QString>> &query,
                                                       qint64 maxBytes) const
{
    const bool path = m_location.addressing == ObjectLocation::Addressing::Path;
    const QString endpoint = (https ? QStringLiteral("https://") : QStringLiteral("http://")) + m_location.host + m_location.basePath;
    QByteArray url = https ? "https://" : "http://";
    url += path ? m_location.host.toUtf8() : awsEncode(m_location.bucket, false) + '.' + m_location.host.toUtf8();
    // Azure: {endpoint}/{container}[/{blob}]; the path is also what Shared Key signs.
    QByteArray azurePath = awsEncode(m_location.basePath, true) + '/' + awsEncode(m_location.bucket, false);
    if (isAzure() && !key.isEmpty())
        azurePath += '/' + awsEncode(key, true);
    if (isAzure()) {
        url += azurePath;
    } else {
        url += '/';
        if (path)
            url += awsEncode(m_location.bucket, false) + (key.isEmpty() && query.isEmpty() ? "" : "/");
        url += awsEncode(key, true);
    }
    if (!query.isEmpty()) {
        // Sorted by name and encoded as SigV4's canonical query wants, so the string libcurl signs is canonical.
        QList<QPair<QString, QString>> sorted = query;
        std::sort(sorted.begin(), sorted.end());
        QByteArray q;
        for (const auto &[name, value] : sorted) {
            if (!q.isEmpty())
                q += '&';
            q += awsEncode(name, false) + '=' + awsEncode(value, false);
        }
        url += '?' + q;
    }

    Response r;
    for (int attempt = 0; attempt < m_options.attempts; ++attempt) {
        if (cancelled()) {
            r.status = Status::Cancelled;
            r.message = Tr::tr("cancelled");
            return r;
        }
        if (attempt > 0) {
            // Full jitter: a random wait up to base·2^attempt, at most 3 s, in slices so cancel stays quick.
            m_retries.fetch_add(1);
            const int cap = qMin(3000, m_options.backoffMs << qMin(attempt, 8));
            QElapsedTimer waited;
            waited.start();
            const int wait = int(QRandomGenerator::global()->bounded(cap / 2, cap + 1));
            while (waited.elapsed() < wait && !cancelled())
                QThread::msleep(20);
            if (cancelled())
                continue;
        }
        if (std::atomic<qint64> *budget = m_budget.load(); budget && budget->fetch_sub(1) <= 0) {
            r.status = Status::Cancelled;
            r.message = Tr::tr("not sent: the scan's request limit is reached");
            return r;
        }
        bool slot = false;
        while (!(slot = m_slots.tryAcquire(1, 50)) && !cancelled()) {
        }
        if (!slot)
            continue; // cancelled while waiting for a free slot
        QList<QByteArray> azureHeaders;
        if (isAzure()) {
            azure::Request request;
            request.encodedPath = azurePath;
            request.query = query;
            request.headers = {{"x-ms-date", azure::httpDate(QDateTime::currentDateTimeUtc())}, {"x-ms-version", azure::kApiVersion}};
            for (const auto &[name, value] : std::as_const(request.headers))
                azureHeaders << name + ": " + value;
            azureHeaders << "Authorization: " + azure::authorization(m_location.accessId, m_location.accessKey, request);
        }
        void *curl = acquireHandle();
        r = performOnce(curl, url, maxBytes, azureHeaders);
        releaseHandle(curl);
        m_slots.release();
        if (r.status == Status::Cancelled || r.status == Status::IoError)
            return r;
        if (r.status == Status::Unreachable) {
            r.message = Tr::tr("%1 could not be reached: %2 (after %n attempt(s), %3 s per request at most)", nullptr, attempt + 1)
                            .arg(endpoint, r.message)
                            .arg(m_options.requestTimeoutMs / 1000);
            continue;
        }
        if (r.http >= 200 && r.http < 300)
            return r;
        const auto [code, message] = errorOf(r.body);
        const QString detail = code.isEmpty() ? QStringLiteral("HTTP %1").arg(r.http)
                                              : QStringLiteral("HTTP %1 %2%3").arg(r.http).arg(code, message.isEmpty() ? QString() : QStringLiteral(": ") + message);
        if (r.http == 429 || r.http >= 500 || code == u"SlowDown" || code == u"RequestTimeout" || code == u"ServerBusy"
            || code == u"OperationTimedOut") {
            r.status = Status::Unreachable;
            r.message = Tr::tr("%1 kept failing: %2 (after %n attempt(s))", nullptr, attempt + 1).arg(endpoint, detail);
            continue;
        }
        if (r.http == 404 && (code == u"NoSuchBucket" || code == u"ContainerNotFound" || (code.isEmpty() && key.isEmpty()))) {
            r.status = Status::BucketNotFound;
            r.message = Tr::tr("bucket \"%1\" does not exist at %2 (%3)").arg(m_location.bucket, endpoint, detail);
        } else if (r.http == 404) {
            r.status = Status::NotFound;
            r.message = detail;
            return r;
        } else if (r.http == 403) {
            r.status = Status::AccessDenied;
            r.message = Tr::tr("%1 refused access key ID \"%2\": %3").arg(endpoint, m_location.accessId, detail);
            return r;
        } else if (code == u"AuthorizationHeaderMalformed" || code == u"PermanentRedirect" || code == u"TemporaryRedirect"
                   || code == u"IllegalLocationConstraintException") {
            r.status = Status::BucketNotFound;
            r.message = Tr::tr("bucket \"%1\" is not at %2 in region %3 (%4): check host= and s3_region=")
                            .arg(m_location.bucket, endpoint, m_location.region, detail);
        } else if (r.http >= 300 && r.http < 400) {
            // Object storage answers a wrong region with an S3 error document (above); a bare redirect comes from
            // something else in front of it (a web server, a login page, a proxy). Never followed.
            r.status = Status::ProtocolError;
            r.message = r.redirect.isEmpty()
                ? Tr::tr("%1 answered with a redirect (HTTP %2), which object storage does not send").arg(endpoint).arg(r.http)
                : Tr::tr("%1 answered with a redirect (HTTP %2) to %3, which object storage does not send")
                      .arg(endpoint).arg(r.http).arg(r.redirect);
        } else {
            // Not an answer object storage gives to a listing or a read: say what came.
            r.status = Status::ProtocolError;
            r.message = code.isEmpty() && !r.body.trimmed().isEmpty()
                ? Tr::tr("%1 answered HTTP %2 with \"%3\"").arg(endpoint).arg(r.http).arg(startOf(r.body))
                : Tr::tr("%1 answered %2").arg(endpoint, detail);
            return r;
        }
        QMutexLocker lock(&m_fatalMutex);
        m_fatal = qMakePair(r.status, r.message);
        return r;
    }
    return r;
}

Storage::Listing ObjectStorage::list(const QString &dir) const
{
    Listing out;
    const auto key = keyOf(dir);
    if (!key) {
        out.status = Status::NotFound;
        out.message = Tr::tr("not in this bucket");
        return out;
    }
    auto fail = [&](Status status, const QString &message) {
        out.status = status;
        out.message = message;
        out.entries.clear();
        return out;
    };
    const QString prefix = key->isEmpty() ? QString() : *key + u'/';
    QString token;
    QSet<QString> tokensSeen;
    int pages = 0;
    do {
        QList<QPair<QString, QString>> q;
        if (isAzure()) {
            // List Blobs: 5,000 blobs a page at most, the next page from NextMarker.
            q = {{QStringLiteral("restype"), QStringLiteral("container")}, {QStringLiteral("comp"), QStringLiteral("list")},
                 {QStringLiteral("delimiter"), QStringLiteral("/")}};
            if (!prefix.isEmpty())
                q.append({QStringLiteral("prefix"), prefix});
            if (!token.isEmpty())
                q.append({QStringLiteral("marker"), token});
        } else {
            q = {{QStringLiteral("list-type"), QStringLiteral("2")}, {QStringLiteral("delimiter"), QStringLiteral("/")},
                 {QStringLiteral("prefix"), prefix}};
            if (!token.isEmpty())
                q.append({QStringLiteral("continuation-token"), token});
        }
        const Response r = perform(QString(), q, kMaxListingPageBytes);
        if (r.status == Status::TooLarge)
            return fail(Status::ProtocolError, Tr::tr("%1 sent a listing page larger than %2 MiB (an S3 page of 1,000 keys is "
                                                      "well under 1 MiB)").arg(m_location.endpoint).arg(kMaxListingPageBytes >> 20));
        if (r.status != Status::Ok)
            return fail(r.status, r.message);
        ++pages;
        ListPage page = parseListPage(r.body, prefix, r.contentType, isAzure());
        if (!page.ok)
            return fail(Status::ProtocolError, Tr::tr("%1 %2").arg(m_location.endpoint, page.error));
        out.entries.append(std::move(page.entries));
        if (!page.truncated)
            break;
        // A server that pages for ever: a token it gave before (the same, or a cycle), a truncated page without a
        // token, or more pages or entries than any OceanBase destination holds.
        if (page.token.isEmpty())
            return fail(Status::ProtocolError, Tr::tr("%1 said the listing goes on (IsTruncated) but gave no continuation "
                                                      "token, after %n page(s)", nullptr, pages).arg(m_location.endpoint));
        if (tokensSeen.contains(page.token))
            return fail(Status::ProtocolError, Tr::tr("%1 repeated a continuation token it had given before, after %n "
                                                      "page(s): the listing would never end", nullptr, pages).arg(m_location.endpoint));
        if (pages >= kMaxListingPages || out.entries.size() >= kMaxListingEntries)
            return fail(Status::LimitReached, Tr::tr("the listing was stopped after %1 page(s) and %2 entries, more than any "
                                                     "OceanBase backup folder holds (at most %3 pages or %4 entries are read)")
                                                  .arg(pages).arg(out.entries.size()).arg(kMaxListingPages).arg(kMaxListingEntries));
        tokensSeen.insert(page.token);
        token = page.token;
    } while (true);
    // Object storage has no empty folders: a prefix without keys does not exist.
    if (out.entries.isEmpty() && !key->isEmpty()) {
        out.status = Status::NotFound;
        out.message = Tr::tr("no objects below this prefix");
    }
    return out;
}

Storage::Content ObjectStorage::read(const QString &file, qint64 maxBytes) const
{
    Content out;
    const auto key = keyOf(file);
    if (!key || key->isEmpty()) {
        out.status = Status::NotFound;
        out.message = Tr::tr("not in this bucket");
        return out;
    }
    Response r = perform(*key, {}, maxBytes);
    out.status = r.status;
    out.message = r.message;
    if (r.status == Status::Ok)
        out.data = std::move(r.body);
    return out;
}

Storage::Status ObjectStorage::stat(const QString &path, bool *isDir) const
{
    const auto key = keyOf(path);
    if (!key)
        return Status::NotFound;
    // One listing of at most one key tells whether the bucket (or a folder below it) exists and may be read; an
    // answer that is not an S3 listing is a protocol error, never "a file".
    QList<QPair<QString, QString>> q = isAzure()
        ? QList<QPair<QString, QString>>{{QStringLiteral("restype"), QStringLiteral("container")}, {QStringLiteral("comp"), QStringLiteral("list")},
                                         {QStringLiteral("maxresults"), QStringLiteral("1")}}
        : QList<QPair<QString, QString>>{{QStringLiteral("list-type"), QStringLiteral("2")}, {QStringLiteral("max-keys"), QStringLiteral("1")}};
    if (!key->isEmpty())
        q.append({QStringLiteral("prefix"), *key + u'/'});
    const Response dir = perform(QString(), q, kMaxListingPageBytes);
    if (dir.status != Status::Ok)
        return dir.status == Status::TooLarge ? Status::ProtocolError : dir.status;
    const ListPage page = parseListPage(dir.body, key->isEmpty() ? QString() : *key + u'/', dir.contentType, isAzure());
    if (!page.ok)
        return Status::ProtocolError;
    if (key->isEmpty() || page.anyKey) {
        if (isDir)
            *isDir = true;
        return Status::Ok;
    }
    // A single object (a format file given directly): read it, metadata files are small.
    const Response file = perform(*key, {}, 64ll * 1024 * 1024);
    if (file.status == Status::Ok && isDir)
        *isDir = false;
    return file.status;
}

// ---------------------------------------------------------------------------------------------------------------

BackupStorage::BackupStorage(QString accessKeyFallback, ObjectStorageOptions options)
    : m_accessKeyFallback(std::move(accessKeyFallback)), m_options(std::move(options))
{
}

std::optional<QString> BackupStorage::rootOf(const BackupUri &uri, QString *error, Status *status) const
{
    if (uri.isLocal())
        return uri.localPath();
    bool noCredentials = false;
    auto loc = ObjectLocation::fromUri(uri, error, m_accessKeyFallback, &noCredentials);
    if (!loc) {
        if (status)
            *status = noCredentials ? Status::AccessDenied : Status::IoError;
        return std::nullopt;
    }
    const QString key = BackupUri::schemeNameOf(loc->scheme) + QStringLiteral("://") + loc->uriBucket;
    std::shared_ptr<const ObjectStorage> storage;
    {
        QMutexLocker lock(&m_mutex);
        storage = m_objects.value(key);
        if (!storage) {
            storage = std::make_shared<ObjectStorage>(*loc, m_options);
            storage->setCancel(m_cancel.load());
            storage->setRequestBudget(m_budget.load());
            m_objects.insert(key, storage);
        }
    }
    return storage->rootOf(uri, error, status);
}

const Storage &BackupStorage::route(const QString &path) const
{
    const qsizetype sep = path.indexOf(QLatin1StringView("://"));
    if (sep <= 0)
        return m_local;
    const qsizetype slash = path.indexOf(u'/', sep + 3);
    const QString key = slash < 0 ? path : path.left(slash);
    QMutexLocker lock(&m_mutex);
    const auto it = m_objects.constFind(key);
    // Paths come only from rootOf() and the listings below it, so a route always exists; the local reader
    // answers "not found" for anything else.
    return it == m_objects.cend() ? static_cast<const Storage &>(m_local) : static_cast<const Storage &>(**it);
}

Storage::Listing BackupStorage::list(const QString &dir) const
{
    return route(dir).list(dir);
}

Storage::Content BackupStorage::read(const QString &file, qint64 maxBytes) const
{
    return route(file).read(file, maxBytes);
}

Storage::Status BackupStorage::stat(const QString &path, bool *isDir) const
{
    return route(path).stat(path, isDir);
}

QString BackupStorage::identity(const QString &dir) const
{
    return route(dir).identity(dir);
}

QString BackupStorage::resolved(const QString &path) const
{
    return route(path).resolved(path);
}

QString BackupStorage::uriOf(const QString &path) const
{
    return route(path).uriOf(path);
}

QString BackupStorage::parametersOf(const QString &path) const
{
    return route(path).parametersOf(path);
}

Storage::IoCounters BackupStorage::counters() const
{
    IoCounters sum;
    QMutexLocker lock(&m_mutex);
    for (const auto &s : std::as_const(m_objects)) {
        const IoCounters c = s->counters();
        sum.requests += c.requests;
        sum.bytes += c.bytes;
        sum.retries += c.retries;
    }
    return sum;
}

void BackupStorage::setCancel(const std::atomic_bool *cancel) const
{
    m_cancel.store(cancel);
    QMutexLocker lock(&m_mutex);
    for (const auto &s : std::as_const(m_objects))
        s->setCancel(cancel);
}

QList<Storage::Transport> BackupStorage::transports() const
{
    QList<Transport> out;
    QMutexLocker lock(&m_mutex);
    for (const auto &s : std::as_const(m_objects))
        out += s->transports();
    return out;
}

void BackupStorage::setRequestBudget(std::atomic<qint64> *remaining) const
{
    m_budget.store(remaining);
    QMutexLocker lock(&m_mutex);
    for (const auto &s : std::as_const(m_objects))
        s->setRequestBudget(remaining);
}

} // namespace obrestore
