// Bench: the wizard's progress window watching a restore for a while at the default interval (2 s): the CPU time
// this process used, as a fraction of one core, and its resident memory. Same classes as the wizard (ProgressView,
// ProgressChart, the poller thread), on an offscreen or real display; the simulated cluster runs in another process.
//   bench_monitor PORT TENANT [SECONDS]
#include "cluster/clusterinventory.h"
#include "progressview.h"
#include "restorejobsdialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <sys/resource.h>

using namespace obrestore;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_monitor PORT TENANT [SECONDS]" << Qt::endl;
        return 2;
    }
    ConnectionSettings c;
    c.port = quint16(args[1].toUInt());
    const QString tenant = args[2];
    const int seconds = args.size() > 3 ? args[3].toInt() : 60;
    std::optional<ObVersion> version;
    {
        Session s(c);
        ServerError e;
        if (s.open(&e))
            version = ClusterInventory::readVersion(s, nullptr, &e);
        if (!version) {
            QTextStream(stderr) << e.toString() << Qt::endl;
            return 1;
        }
    }
    QThreadPool pool;
    ProgressWindow window(&pool, {c, *version, tenant, std::nullopt});
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();
    // Settle first (start-up, first paint), then measure.
    QElapsedTimer wall;
    double cpu0 = 0;
    QTimer::singleShot(3000, &app, [&] {
        cpu0 = cpuSeconds();
        wall.start();
        QTimer::singleShot(seconds * 1000, &app, [&] {
            const double cpu = cpuSeconds() - cpu0;
            const double elapsed = double(wall.elapsed()) / 1000.0;
            const auto &t = window.view()->tracker();
            QTextStream(stdout) << QStringLiteral("monitor: %1 s watched, %2 samples, CPU %3 s = %4 % of one core, RSS %5 MB, still running: %6")
                                       .arg(elapsed, 0, 'f', 1)
                                       .arg(t.points().size())
                                       .arg(cpu, 0, 'f', 3)
                                       .arg(cpu / elapsed * 100.0, 0, 'f', 2)
                                       .arg(double(rssKiB()) / 1024.0, 0, 'f', 1)
                                       .arg(t.finished() ? QStringLiteral("no") : QStringLiteral("yes"))
                                << Qt::endl;
            app.quit();
        });
    });
    return app.exec();
}
