#pragma once

#include "backupdest/destscanner.h"
#include "session.h"

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

namespace obrestore {

// One destination's storage information as the source cluster keeps it (docs/object-storage.md §6): the root
// path, the endpoint ("host=…"), the authorization ("access_id=…&access_key=…" in Community Edition builds,
// "access_id=…&encrypt_key=<hex>" in builds with transparent encryption) and the extension ("s3_region=…", …).
struct SourceStorageInfo
{
    qint64 tenantId = 0;
    QString root;          // scheme://bucket/path, no parameters, no trailing '/'
    QString endpoint;      // "host=…" as the source wrote it
    QString authorization; // secret: never shown, logged or written
    QString extension;
    QString view;          // where it was read (CDB_OB_BACKUP_STORAGE_INFO, …), for reports
};

// The credentials of an online source's object-storage destinations (issue 28): what the source cluster holds
// readable, else what the DBA types, once per bucket. Held in memory only; every secret is registered with
// rememberSecret() so no screen, log or file shows it.
class SourceKeys
{
public:
    enum class State {
        FromSource, // every destination of the bucket has its key from the source cluster
        Typed,      // the DBA typed the bucket's key: it is used for all its destinations (a key rotated since the
                    // source stored it is replaced so)
        Encrypted,  // the source keeps the key encrypted (encrypt_key=), which a RESTORE refuses: it must be typed
        Missing,    // the source keeps no key the product can read
    };
    struct Bucket
    {
        QString id;        // identity: scheme, bucket and endpoint
        QString scheme;    // "s3", "oss", "cos"
        QString bucket;
        QString host;      // the endpoint's value as the source wrote it (no secret)
        QString accessId;  // the access key ID where one is known (not a secret: shown, as OCP shows it)
        QStringList destinations; // the destinations (roots) of this bucket the catalog reads
        State state = State::Missing;
        // "s3://bucket (host=…)", for lists and messages.
        QString displayName() const;
        // A location of the bucket's first destination with its endpoint and known parameters (no secret): what the
        // object-storage form starts from when the DBA types the key.
        QString formUri;
    };

    // The rows of CDB_OB_BACKUP_STORAGE_INFO (and its _HISTORY where the version has it), the data_backup_dest
    // parameter and the archive destinations' path, each parsed. Never fails: what cannot be read is not known.
    static QList<SourceStorageInfo> read(Session &source);
    // Parses one full destination string ("s3://b/p?host=…&access_id=…&access_key=…&s3_region=…", or "LOCATION=…").
    static std::optional<SourceStorageInfo> parse(const QString &destination, qint64 tenantId, const QString &view);

    SourceKeys() = default;
    // The object-storage destinations of `scan` (an online source's, whose PATHs carry no key), matched with `infos`.
    SourceKeys(const ScanResult &scan, const QList<SourceStorageInfo> &infos);

    const QList<Bucket> &buckets() const { return m_buckets; }
    bool isEmpty() const { return m_buckets.isEmpty(); }
    // The DBA's key for a bucket, from the object-storage form's location (same scheme, bucket and endpoint; its
    // access_id, access_key and other parameters are taken). False with `error` (translated) when it is not for that
    // bucket or has no key.
    bool setTyped(const QString &bucketId, const QString &location, QString *error);
    // A single key for every bucket without a usable one (the command line's OBRESTORE_ACCESS_KEY); the access key ID
    // is the source's where it is known. Buckets whose access ID is not known stay without.
    void setKeyForAll(const QString &accessKey);
    // Puts each destination's known parameters (secrets masked) into `scan`, so the catalog's FROM, reports and
    // screens say what the restore reads exactly as for an offline location.
    void applyTo(ScanResult &scan) const;
    // Every destination with a usable key as a location with its real parameters: the plan's sourceLocations.
    QStringList locations() const;
    // A storage that reads every destination with a usable key (each bucket's reader registered with it), for the
    // file check of a restore source (restoreverify.h); local paths are read as they are.
    std::shared_ptr<const Storage> storage() const;
    // The bucket's first destination with its real parameters (for Test access), or empty when it has no usable key.
    QString locationOf(const QString &bucketId) const;
    // SOURCE_KEY_UNKNOWN (warning), one per bucket without a usable key: what the source keeps, and how to give it.
    QList<Diagnostic> diagnostics() const;
    // The buckets of `uris` (a restore's FROM) that have no usable key.
    QList<Bucket> missingFor(const QStringList &uris) const;

private:
    struct Destination
    {
        QString root;
        QString endpoint; // "host=…"
        QString bucketId;
        std::optional<SourceStorageInfo> fromSource; // with a plain access_key
        bool encryptedAtSource = false;
    };
    struct Typed
    {
        QString accessId;
        QString accessKey;
        QString extension;
    };
    QString queryOf(const Destination &d) const; // raw, or empty when no usable key
    void updateStates();

    QList<Destination> m_destinations;
    QList<Bucket> m_buckets;
    QMap<QString, Typed> m_typed; // by bucket id
};

} // namespace obrestore
