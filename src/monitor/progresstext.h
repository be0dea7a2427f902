#pragma once

#include "monitor/restoreprogress.h"
#include "progresstracker.h"

#include <QString>
#include <QTimeZone>

namespace obrestore {

// Words for what the progress views show, shared by the wizard's progress page and `obrestore watch`
// (glossary terms: data restore 数据恢复, log recovery 日志恢复, estimated time left 预计剩余时间, throughput 速率).
namespace ProgressText {

// A job or tenant status (4.x progress and history, raw 4.0 statuses, 3.x statuses) in words; the status itself
// for one this build does not know.
QString status(const QString &status);
// "2 h 05 min", "3 min 12 s", "45 s".
QString duration(qint64 seconds);
// "4,500 of 10,000 tablets (45.00 %)", or the basis when there are no tablet counters.
QString dataRestore(const ProgressSample &s);
// One cell for a jobs list: "data 45.00 %, log 12.50 %" with what is known, else the reason ("not read: …").
QString brief(const ProgressSample &s);
// "up to 2024-03-02 11:58:10 +08:00 of 2024-03-02 12:00:00 +08:00 (87.50 %)".
QString logRecovery(const ProgressSample &s, const QTimeZone &zone);
// "1,200 tablets/min", "replaying 35 s of log per second", or empty.
QString throughput(const ProgressTracker::Estimate &e);
// "about 4 min (data restore), about 9 min (log recovery)", or a reason there is no estimate.
QString timeLeft(const ProgressTracker::Estimate &e, const ProgressSample &latest);
// The final result in a sentence.
QString outcome(const ProgressSample &final, bool cancelledHere = false);
// Whether a finished job ended by a cancel: sent from here (`cancelledHere`, the local record), or told by the
// history's comment (the restored tenant dropped, -5157; a recovery ended with OB_CANCELED, -4072).
bool wasCancelled(const ProgressSample &final, bool cancelledHere = false);
// The comment half of that, for a history row.
bool commentSaysCancelled(const QString &comment, bool recovery);
// A table-level recovery's import: "2 of 3 tables imported (1 failed) · importing tables".
QString importProgress(const ProgressSample &s);
// An import job's status in words (INIT, IMPORT_TABLE, RECONSTRUCT_REF_CONSTRAINT, CANCELING, IMPORT_FINISH).
QString importStatus(const QString &status);
// An import task's status in words (INIT, DOING, FINISH).
QString taskStatus(const QString &status);
// What to check when a restore makes no progress (the troubleshooting FAQ), with the queries to run.
QString stallChecks(const ProgressSample &latest);

} // namespace ProgressText

} // namespace obrestore
