#pragma once

#include "common/backupuri.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace obrestore {

// Where backup files are read from. Paths are absolute within the storage ("/a/b" for local files,
// "s3://bucket/dir/…" for object storage, objectstorage.h). Every call is thread-safe: the scanner reads in
// parallel.
class Storage
{
public:
    // AccessDenied, BucketNotFound and Unreachable come from object storage only (the contract's STORAGE_* codes);
    // Cancelled when the scan's cancel flag stopped the request. Local files add what a read can meet besides a
    // missing file or a refused permission: NotRegularFile (a FIFO, socket, device or directory where a file was
    // expected: never opened in blocking mode), TooLarge (over the caller's limit), Loop (ELOOP: symbolic links
    // that point at each other), NameTooLong (ENAMETOOLONG: the path exceeds PATH_MAX or a name NAME_MAX) and
    // DanglingLink (a symbolic link whose target does not exist: not the same as an absent file). Object storage
    // adds ProtocolError (the endpoint answered, but not as object storage does: not an S3 listing, a redirect, a
    // repeated continuation token, a listing page over its size limit) and LimitReached (a listing longer than any
    // OceanBase folder: pages or entries over their limits), each with the figure in the message.
    enum class Status {
        Ok,
        NotFound,
        PermissionDenied,
        NotADirectory,
        IoError,
        AccessDenied,
        BucketNotFound,
        Unreachable,
        Cancelled,
        NotRegularFile,
        TooLarge,
        Loop,
        NameTooLong,
        DanglingLink,
        ProtocolError,
        LimitReached,
    };

    // What the storage did over the network (zero for local files).
    struct IoCounters
    {
        qint64 requests = 0; // HTTP requests sent, retries included
        qint64 bytes = 0;    // response bytes received
        qint64 retries = 0;
    };

    struct Entry
    {
        QString name;
        bool isDir = false;
        qint64 size = -1; // -1 when the listing did not say
        // Local folders reached through a symbolic link: where the link resolves to (realpath), so a walk can tell
        // a link that leaves the location; empty for anything else.
        QString linkTarget;
    };
    struct Listing
    {
        Status status = Status::Ok;
        QString message; // translated detail for non-Ok
        QList<Entry> entries;
    };
    struct Content
    {
        Status status = Status::Ok;
        QString message;
        QByteArray data;
    };

    virtual ~Storage() = default;

    virtual Listing list(const QString &dir) const = 0;
    // Reads a whole file of at most maxBytes (larger files are refused with IoError: metadata is small).
    virtual Content read(const QString &file, qint64 maxBytes) const = 0;
    // Whether `path` exists and is a directory (follows symlinks).
    virtual Status stat(const QString &path, bool *isDir) const = 0;
    // A stable identity of a directory to detect symlink loops (device + inode for local files).
    virtual QString identity(const QString &dir) const = 0;
    // The path with every symbolic link resolved (realpath), for local files; the path itself elsewhere.
    virtual QString resolved(const QString &path) const { return path; }
    // "file:///…" (secrets masked for object storage), for reports.
    virtual QString uriOf(const QString &path) const = 0;
    // Object storage: the location's parameters ("host=…&access_id=…&access_key=******…"), secrets masked,
    // which uriOf() leaves out so that paths can be appended to it; empty for local files.
    virtual QString parametersOf(const QString &) const { return {}; }
    virtual IoCounters counters() const { return {}; }
    // A flag that stops requests in flight and refuses new ones while it is true (nullptr: none).
    virtual void setCancel(const std::atomic_bool *) const {}
    // Requests (retries included) that may still be sent: each takes one; once none is left a request is not sent
    // and fails as Cancelled (nullptr: no budget). The scan's bound on object-storage requests (SCAN_REQUEST_LIMIT).
    virtual void setRequestBudget(std::atomic<qint64> *) const {}
    // Object-storage endpoints that answered, with the scheme they answered on (http or https) and whether the
    // location wrote it; the report says so (a host without a scheme is reached as OceanBase reaches it).
    struct Transport
    {
        QString host;
        QString scheme;
        bool schemeGiven = true;
    };
    virtual QList<Transport> transports() const { return {}; }
    // The path in this storage of a location's root, or nullopt with a translated error when this storage cannot
    // read that kind of location (LocalStorage: file URIs only). `status` tells why: AccessDenied when object
    // storage credentials are missing, IoError for anything else.
    virtual std::optional<QString> rootOf(const BackupUri &uri, QString *error, Status *status = nullptr) const;

    static QString join(const QString &dir, const QString &name);
};

// File names are bytes on Linux and need not be UTF-8. Local names are decoded byte-preservingly: valid UTF-8 as
// is, every other byte as the lone surrogate U+DC80+byte (Python's "surrogateescape"), so that encodeLocalName()
// gives the same bytes back and a folder named "caf\xe9" is listed, read and descended into like any other.
QString decodeLocalName(const char *bytes, qsizetype size);
QByteArray encodeLocalName(const QString &name);
// For display: the escaped bytes shown as "\xE9", everything else unchanged.
QString displayLocalName(const QString &name);

// Local disks and NFS mounts (file:// and plain absolute paths), with POSIX calls (readdir's d_type avoids a
// stat per entry).
class LocalStorage final : public Storage
{
public:
    Listing list(const QString &dir) const override;
    Content read(const QString &file, qint64 maxBytes) const override;
    Status stat(const QString &path, bool *isDir) const override;
    QString identity(const QString &dir) const override;
    QString resolved(const QString &path) const override;
    QString uriOf(const QString &path) const override;
};

} // namespace obrestore
