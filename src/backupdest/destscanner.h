#pragma once

#include "catalog.h"
#include "common/backupuri.h"
#include "storage.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace obrestore {

struct ScanProgress
{
    qint64 folders = 0;      // folders listed
    qint64 files = 0;        // file names seen in those listings
    qint64 destinations = 0; // format files found
    qint64 metadataRead = 0; // metadata files read
    // Object storage only (zero for local files): HTTP requests sent (retries included), response bytes, retries.
    qint64 requests = 0;
    qint64 bytes = 0;
    qint64 retries = 0;
};

struct ScanOptions
{
    // Called from the scanning threads now and then (at most every few milliseconds) and once at the end.
    std::function<void(const ScanProgress &)> progress;
    // Set to true from any thread to stop the scan early; the result then has cancelled = true.
    const std::atomic_bool *cancel = nullptr;
    // Parallel readers for metadata files (0 = a sensible default: for local disks and NFS twice the cores, for
    // object storage 16, each waiting on a round trip; ObjectStorage bounds the requests in flight itself).
    int readers = 0;
};

struct ScanResult
{
    QStringList inputs; // normalized URIs, secrets masked
    QList<DataDestEntry> dataDests;
    QList<ArchiveDestEntry> archiveDests;
    QList<Legacy3xTree> legacyTrees;
    QList<Diagnostic> diagnostics; // what the scan itself found (paths, permissions, corrupt files, layouts)
    ScanProgress counts;
    bool cancelled = false;
    // What the paths above were read through: later reads of the same locations (the file check of a restore
    // source, restoreverify.h) must use it too.
    std::shared_ptr<const Storage> storage;
};

// Finds every backup destination below the given locations and reads their metadata, and nothing else: it
// stops descending at a destination (a folder with a format file), so it never walks logstream_* folders,
// data turn folders or archived log files. Of the archive pieces it reads only what OceanBase's restore reads:
// from the newest start key back to the first non-empty piece, whose tenant_archive_piece_infos holds the
// history of all earlier frozen pieces; so the reads grow with tenants, sets and rounds, not with pieces.
class DestScanner
{
public:
    // The default reads every kind of location (BackupStorage, objectstorage.h).
    explicit DestScanner(std::shared_ptr<const Storage> storage = nullptr);

    ScanResult scan(const QList<BackupUri> &locations, const ScanOptions &options = {}) const;

private:
    std::shared_ptr<const Storage> m_storage;
};

} // namespace obrestore
