#pragma once

#include "storage.h"

#include <QMap>
#include <QMutex>
#include <QSemaphore>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace obrestore {

// How to reach one object-storage location, from OceanBase's storage info ("host=…&access_id=…&access_key=…
// [&s3_region=…][&addressing_model=…][&appid=…]", docs/object-storage.md): parsed the way
// ObObjectStorageInfo::parse_storage_info_ does (tokens split at '&', each matched by its "name=" prefix).
struct ObjectLocation
{
    enum class Addressing { VirtualHosted, Path };

    BackupUri::Scheme scheme = BackupUri::Scheme::S3;
    QString bucket;     // as it is sent (for COS: "<bucket>-<appid>")
    QString uriBucket;  // as written in the URI
    QString prefix;     // the key prefix below the bucket, no leading or trailing '/'
    QString endpoint;   // "http://host[:port]" or "https://…": as written, or http:// for a host without a scheme
    bool schemeGiven = true; // host= wrote http:// or https:// (else HTTP first, as OceanBase, then HTTPS once)
    QString host;       // host[:port] without scheme
    QString basePath;   // azblob://: the endpoint's path ("/account" on an emulator), no trailing '/'; else empty
    QString accessId;
    QString accessKey;  // never shown: see BackupUri::toDisplayString / maskSecrets
    QString region;
    QString regionSource; // "s3_region", "endpoint" or "default", for messages
    Addressing addressing = Addressing::VirtualHosted;
    QString appId;
    QString roleArn;     // assume-role mode (role_arn=): not readable from this computer
    QString maskedQuery; // the URI's parameters with the key masked, for uriOf()

    // The URI of a key below the bucket, without the parameters: "s3://bucket/key".
    QString displayUri(const QString &key) const;

    // Parses an object-storage BackupUri. `accessKeyFallback` is used when the URI has no access_key (from
    // OBRESTORE_ACCESS_KEY, --access-key-file or the wizard's secret field). Returns nullopt with a translated
    // error for what OceanBase itself would refuse (no host, no access_id/access_key, s3_region on a non-S3
    // scheme, an unknown addressing_model, an Azure account key that is not base64).
    static std::optional<ObjectLocation> fromUri(const BackupUri &uri, QString *error,
                                                 const QString &accessKeyFallback = QString(), bool *credentialsMissing = nullptr);
};

// Knobs of the S3 client; the defaults suit real buckets. From the environment (README "Object storage"):
// OBRESTORE_STORAGE_TIMEOUT (seconds per request), OBRESTORE_STORAGE_ATTEMPTS, OBRESTORE_STORAGE_PARALLEL, and
// OBRESTORE_STORAGE_RESOLVE ("host:port:address,…", curl's --resolve, to reach a bucket host name through a
// chosen address).
struct ObjectStorageOptions
{
    int requestTimeoutMs = 15000;
    int connectTimeoutMs = 5000;
    int attempts = 4;   // first try + retries on 5xx, 429, SlowDown, resets and timeouts
    int backoffMs = 200; // doubled per retry, capped at 3 s, with full jitter
    int parallel = 16;  // requests in flight at most, whatever the number of callers
    QStringList resolve;

    static ObjectStorageOptions fromEnvironment();
};

// The S3 protocol (ListObjectsV2 with delimiter and continuation, GetObject), signed with AWS Signature V4 by
// libcurl (CURLOPT_AWS_SIGV4). Used for s3://, oss:// and cos:// (their S3-compatible endpoints), obs:// and
// S3-compatible services. For azblob:// the Azure Blob protocol instead (List Blobs with a delimiter, paged by
// NextMarker; Get Blob), signed with Shared Key (azuresign.h); the same retries, timeouts, cancel, counters and
// messages. Paths are "<scheme>://<uriBucket>/<key>": the same strings as the URIs users write, without the
// parameters. Thread-safe; at most `parallel` requests are in flight.
class ObjectStorage final : public Storage
{
public:
    ObjectStorage(ObjectLocation location, ObjectStorageOptions options = ObjectStorageOptions::fromEnvironment());
    ~ObjectStorage() override;

    Listing list(const QString &dir) const override;
    Content read(const QString &file, qint64 maxBytes) const override;
    Status stat(const QString &path, bool *isDir) const override;
    QString identity(const QString &dir) const override;
    QString uriOf(const QString &path) const override;
    QString parametersOf(const QString &path) const override;
    IoCounters counters() const override;
    void setCancel(const std::atomic_bool *cancel) const override;
    void setRequestBudget(std::atomic<qint64> *remaining) const override;
    std::optional<QString> rootOf(const BackupUri &uri, QString *error, Status *status = nullptr) const override;
    QList<Transport> transports() const override;

    const ObjectLocation &location() const { return m_location; }

    struct Response;

private:
    Response perform(const QString &key, const QList<QPair<QString, QString>> &query, qint64 maxBytes) const;
    Response performAttempts(bool https, const QString &key, const QList<QPair<QString, QString>> &query, qint64 maxBytes) const;
    Response performOnce(void *curl, const QByteArray &url, qint64 maxBytes, const QList<QByteArray> &azureHeaders) const;
    bool isAzure() const { return m_location.scheme == BackupUri::Scheme::Azblob; }
    std::optional<QString> keyOf(const QString &path) const;
    void *acquireHandle() const;
    void releaseHandle(void *curl) const;
    bool cancelled() const;

    ObjectLocation m_location;
    ObjectStorageOptions m_options;
    mutable QSemaphore m_slots;
    mutable QMutex m_mutex;
    mutable QList<void *> m_handles;
    mutable std::atomic<const std::atomic_bool *> m_cancel{nullptr};
    mutable std::atomic<std::atomic<qint64> *> m_budget{nullptr};
    mutable std::atomic<bool> m_https{false};          // the scheme requests use now (set from the location)
    mutable std::atomic<bool> m_schemeSwitched{false}; // a host without a scheme tried the other one already
    mutable std::atomic<bool> m_answered{false};       // an HTTP answer came: transports() reports the scheme
    mutable std::atomic<qint64> m_requests{0};
    mutable std::atomic<qint64> m_bytes{0};
    mutable std::atomic<qint64> m_retries{0};
    // Once the endpoint is unreachable or the bucket missing, every later request fails at once the same way.
    mutable QMutex m_fatalMutex;
    mutable std::optional<QPair<Status, QString>> m_fatal;
    void *m_resolve = nullptr; // curl_slist
};

// Every kind of location obrestore reads: local and NFS paths through LocalStorage, object storage through one
// ObjectStorage per bucket (the first location seen for a bucket gives its endpoint and credentials). This is the
// storage of every scan (DestScanner's default), so one object reads whatever mix of locations a user gives.
class BackupStorage final : public Storage
{
public:
    explicit BackupStorage(QString accessKeyFallback = QString(), ObjectStorageOptions options = ObjectStorageOptions::fromEnvironment());

    Listing list(const QString &dir) const override;
    Content read(const QString &file, qint64 maxBytes) const override;
    Status stat(const QString &path, bool *isDir) const override;
    QString identity(const QString &dir) const override;
    QString resolved(const QString &path) const override;
    QString uriOf(const QString &path) const override;
    QString parametersOf(const QString &path) const override;
    IoCounters counters() const override;
    void setCancel(const std::atomic_bool *cancel) const override;
    void setRequestBudget(std::atomic<qint64> *remaining) const override;
    std::optional<QString> rootOf(const BackupUri &uri, QString *error, Status *status = nullptr) const override;
    QList<Transport> transports() const override;

private:
    const Storage &route(const QString &path) const;

    QString m_accessKeyFallback;
    ObjectStorageOptions m_options;
    LocalStorage m_local;
    mutable QMutex m_mutex;
    mutable QMap<QString, std::shared_ptr<const ObjectStorage>> m_objects; // "s3://bucket" → its reader
    mutable std::atomic<const std::atomic_bool *> m_cancel{nullptr};
    mutable std::atomic<std::atomic<qint64> *> m_budget{nullptr};
};

} // namespace obrestore
