#include "guithread.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

#include <atomic>

namespace obrestore::guithread {

namespace {
Q_LOGGING_CATEGORY(lcGuiThread, "obrestore.guithread")
std::atomic<int> g_count{0};
QMutex g_mutex;
QString g_last;
} // namespace

void noteBlockingWork(const char *what)
{
    const QCoreApplication *app = QCoreApplication::instance();
    // inherits() by name: src/ never links Qt Gui or Widgets; a command-line tool's main thread is not a GUI thread.
    if (!app || QThread::currentThread() != app->thread() || !app->inherits("QGuiApplication"))
        return;
    ++g_count;
    {
        QMutexLocker lock(&g_mutex);
        g_last = QString::fromLatin1(what);
    }
    qCWarning(lcGuiThread, "blocking work on the GUI thread: %s", what);
}

int blockingWorkCount()
{
    return g_count.load();
}

QString lastBlockingWork()
{
    QMutexLocker lock(&g_mutex);
    return g_last;
}

} // namespace obrestore::guithread
