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
    // Bounds against any server or file system (docs/hostile-input.md §7), each reported with its own code and the
    // figure reached, the scan ending with what it has: object-storage requests of the whole scan
    // (SCAN_REQUEST_LIMIT), folders listed while looking for destinations (SCAN_FOLDER_LIMIT), and the time
    // (SCAN_TIMEOUT). 0 takes the default: OBRESTORE_SCAN_MAX_REQUESTS, OBRESTORE_SCAN_MAX_FOLDERS, else the built-in
    // ones below, sized from OceanBase's layout (the 10-tenant, 20,000-piece bench needs a few hundred requests and
    // a few hundred folders).
    qint64 maxRequests = 0;
    qint64 maxFolders = 0;
    int timeoutSeconds = 0;
    static constexpr qint64 kDefaultMaxRequests = 100000;
    static constexpr qint64 kDefaultMaxFolders = 20000;
    static constexpr int kDefaultTimeoutSeconds = 900;
};

struct ScanResult
{
    QStringList inputs; // normalized URIs, secrets masked; for an online source, its connection
    bool onlineSource = false; // read from a source cluster's views (OnlineBackupCatalog), not from files
    QList<DataDestEntry> dataDests;
    QList<ArchiveDestEntry> archiveDests;
    QList<Legacy3xTree> legacyTrees;
    QList<Diagnostic> diagnostics; // what the scan itself found (paths, permissions, corrupt files, layouts)
    ScanProgress counts;
    bool cancelled = false; // by the caller's flag (a limit or the deadline ends a scan with a finding instead)
    QList<Storage::Transport> transports; // object-storage endpoints that answered, and on which scheme
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
