#pragma once

#include "common/backupuri.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace obrestore {

// Where backup files are read from. Paths are absolute within the storage ("/a/b" for local files,
// "bucket/dir/…" for object storage). Every call is thread-safe: the scanner reads in parallel.
// An S3/OSS/COS reader implements the same interface later (listing by prefix, ranged reads).
class Storage
{
public:
    enum class Status { Ok, NotFound, PermissionDenied, NotADirectory, IoError };

    struct Entry
    {
        QString name;
        bool isDir = false;
        qint64 size = -1; // -1 when the listing did not say
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
    // "file:///…" (secrets masked for object storage), for reports.
    virtual QString uriOf(const QString &path) const = 0;

    static QString join(const QString &dir, const QString &name);
};

// Local disks and NFS mounts (file:// and plain absolute paths), with POSIX calls (readdir's d_type avoids a
// stat per entry).
class LocalStorage final : public Storage
{
public:
    Listing list(const QString &dir) const override;
    Content read(const QString &file, qint64 maxBytes) const override;
    Status stat(const QString &path, bool *isDir) const override;
    QString identity(const QString &dir) const override;
    QString uriOf(const QString &path) const override;
};

} // namespace obrestore
