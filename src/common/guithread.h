#pragma once

#include <QString>

// The GUI thread never blocks (DESIGN "Rules that keep it real"): work that can wait on a server, a disk or the
// network notes itself here, and when it runs on the main thread of a GUI application it is counted and logged as a
// warning. GUI tests assert the count stays the same while the wizard scans, checks and polls: a fact about where the
// work ran, where a heartbeat's longest gap depends on how loaded the machine is (that target is a benchmark,
// tests/bench/gui_stall_bench.sh).
namespace obrestore::guithread {

// `what`: a short name of the work ("SQL", "scan", "object storage request").
void noteBlockingWork(const char *what);
// How many times blocking work ran on a GUI application's main thread since the process started.
int blockingWorkCount();
// The kind of the last such work (empty when none).
QString lastBlockingWork();

} // namespace obrestore::guithread
