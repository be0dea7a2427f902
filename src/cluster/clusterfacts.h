#pragma once

#include "common/obversion.h"
#include "session.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace obrestore {

// What a support bundle collects from a target cluster's sys tenant: its version, the inventory views, the
// restore jobs (running and history) and the restore-related root service events. Every view is read with
// SELECT * so that the rows are the server's own, whatever its version; what a server refuses (an old version
// without a view, missing privileges) is noted, and the rest is still collected. Values of columns that hold
// secrets (PASSWD, …) are replaced before anything leaves this function.
struct ClusterFact
{
    QString file;        // "cluster/restore_history.json"
    QString what;        // translated: what the file is, for the manifest and README.txt
    QByteArray json;     // {"query": …, "columns": [...], "rows": [[...], ...]} or {"version": …}
};

struct ClusterFacts
{
    std::optional<ObVersion> version;
    QString versionText;
    QList<ClusterFact> files;
    QList<QPair<QString, QString>> notCollected; // what, why (translated)
};

// Reads the facts with `session` (in the caller's thread). `tenant`/`jobId` narrow the restore rows when given.
// `step` is told the name of each view before it is read (progress).
ClusterFacts collectClusterFacts(Session &session, const QString &tenant, std::optional<qint64> jobId,
                                 const std::function<void(const QString &)> &step = {});

// Whether a column's values are secrets, by its name (PASSWD, BACKUP_PASSWD, PASSWORD, KMS_ENCRYPT_INFO,
// ACCESS_KEY, ENCRYPT_KEY, SECRET…).
bool isSecretColumn(const QString &column);

} // namespace obrestore
