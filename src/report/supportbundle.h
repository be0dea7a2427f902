#pragma once

#include "backupdest/destscanner.h"
#include "backupdest/tenantcatalog.h"
#include "cluster/session.h"
#include "common/backupuri.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <optional>

namespace obrestore {

// A support bundle (../shared/contracts/obrestore-cli.md `obrestore bundle`): one .zip a support engineer attaches
// to a ticket, with manifest.json first (what is inside, versions, the time zone, what could not be collected and
// why), README.txt in the UI language, the inspect report of the locations, and what a target cluster says about
// its restores. Redaction is the point: every secret the caller knows is replaced wherever it appears, every
// secret-looking parameter or column is masked, before anything is written.
struct BundleRequest
{
    QList<BackupUri> locations;                // scanned (object storage with its real key: it is redacted)
    std::optional<Catalog> catalog;            // instead of scanning: a parse the caller already has (the wizard)
    std::optional<ConnectionSettings> target;  // read with its own session in the calling thread
    QString tenant;                            // narrows the restore rows
    std::optional<qint64> jobId;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QStringList decryptionPasswords;           // checked against encrypted sets, and redacted
    QStringList secrets;                       // anything else to redact (keys, KMS info)
    // What only the wizard knows, as files of their own ("plan/statements.sql", "plan/prechecks.txt",
    // "restore/samples.json"); redacted like the rest.
    QList<QPair<QString, QByteArray>> extraFiles;
    QList<QPair<QString, QString>> extraDescriptions; // file → what it is (translated)
    std::function<void(const QString &step, int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr;
};

struct BundleResult
{
    bool written = false;
    QString error;                              // translated, when not written
    QStringList files;                          // what the archive holds, in order
    QList<QPair<QString, QString>> notCollected; // what, why
    bool collectedAnything() const { return files.size() > 2; } // more than manifest.json and README.txt
};

// Collects and writes the bundle to `path` atomically (a temporary file beside it, renamed when complete).
BundleResult writeSupportBundle(const QString &path, const BundleRequest &request);

// What the wizard says when a bundle is done: where it was written and how many files it holds, or why not.
QString bundleOutcomeText(const QString &path, const BundleResult &result);

// Every occurrence of each secret (longer than two characters) replaced by ******, then maskSecrets(): what the
// bundle does to every file. Exposed for tests.
QByteArray redactForBundle(const QByteArray &text, const QStringList &secrets);

} // namespace obrestore
