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
};

struct ScanOptions
{
    // Called from the scanning threads now and then (at most every few milliseconds) and once at the end.
    std::function<void(const ScanProgress &)> progress;
    // Set to true from any thread to stop the scan early; the result then has cancelled = true.
    const std::atomic_bool *cancel = nullptr;
    // Parallel readers for metadata files (0 = a sensible default for local disks and NFS).
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
};

// Finds every backup destination below the given locations and reads their metadata, and nothing else: it
// stops descending at a destination (a folder with a format file), so it never walks logstream_* folders,
// data turn folders or archived log files.
class DestScanner
{
public:
    explicit DestScanner(std::shared_ptr<const Storage> storage = std::make_shared<LocalStorage>());

    ScanResult scan(const QList<BackupUri> &locations, const ScanOptions &options = {}) const;

private:
    std::shared_ptr<const Storage> m_storage;
};

} // namespace obrestore
