// Mutation test (issue 15): generated trees with one metadata file damaged at random — truncated, a byte flipped, a
// run zeroed, swapped with a file of another kind, replaced by a symbolic link (to another file, to nothing, to
// itself), re-typed as a folder or a FIFO. Whatever the damage, the scan ends in bounded time, the report is valid
// JSON, the exit status is 0 or 3, and a damaged file the scan read is named by some finding: never a silent skip.
//
// Seeded and bounded: OBRESTORE_MUTATION_SEED and OBRESTORE_MUTATION_RUNS change the defaults (the seed of a failing
// run is printed, so it can be replayed).
#include "backupdest/destscanner.h"
#include "backupdest/tenantcatalog.h"
#include "report/inspectreport.h"
#include "scenarios.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace obrestore;

namespace {

// The local storage, recording every file the scan tried to read.
class ReadRecorder final : public Storage
{
public:
    Listing list(const QString &dir) const override { return m_local.list(dir); }
    Content read(const QString &file, qint64 maxBytes) const override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_read.insert(file);
        }
        return m_local.read(file, maxBytes);
    }
    Status stat(const QString &path, bool *isDir) const override { return m_local.stat(path, isDir); }
    QString identity(const QString &dir) const override { return m_local.identity(dir); }
    QString uriOf(const QString &path) const override { return m_local.uriOf(path); }
    bool wasRead(const QString &file) const
    {
        QMutexLocker lock(&m_mutex);
        return m_read.contains(file);
    }

private:
    LocalStorage m_local;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_read;
};

enum class Mutation { Truncate, Flip, Zero, Swap, LinkOther, LinkDangling, LinkSelf, Folder, Fifo, Count };

const char *nameOf(Mutation m)
{
    static const char *const names[] = {"truncate", "flip", "zero", "swap", "link-other", "link-dangling", "link-self", "folder", "fifo"};
    return names[int(m)];
}

// The kind of a metadata file, from its name without digits: files of one kind decode alike.
QString kindOf(const QString &path)
{
    QString name = path.section(u'/', -1);
    name.remove(QRegularExpression(QStringLiteral("[0-9]+")));
    return name;
}

QStringList metadataFiles(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (p.endsWith(u".obbak") || p.endsWith(u".obarc"))
            out << p;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

// Bytes 12–15 of the 48-byte header are the struct's alignment padding (between header_checksum and data_length):
// neither checksum covers them and OceanBase never reads them, so changing them damages nothing.
bool onlyPadding(const QByteArray &before, const QByteArray &after)
{
    for (qsizetype i = 0; i < qMin(before.size(), after.size()); ++i) {
        if (before[i] != after[i] && (i < 12 || i > 15))
            return false;
    }
    return before.size() == after.size();
}

// Damages `victim`; returns false when this mutation changes nothing for it (then another is drawn).
bool mutate(Mutation m, const QString &victim, const QStringList &files, QRandomGenerator &rng)
{
    QByteArray bytes = readAll(victim);
    const QByteArray native = QFile::encodeName(victim);
    switch (m) {
    case Mutation::Truncate: {
        if (bytes.isEmpty())
            return false;
        bytes.truncate(qsizetype(rng.bounded(quint32(bytes.size()))));
        writeAll(victim, bytes);
        return true;
    }
    case Mutation::Flip: {
        if (bytes.isEmpty())
            return false;
        const QByteArray before = bytes;
        const qsizetype at = qsizetype(rng.bounded(quint32(bytes.size())));
        bytes[at] = char(bytes[at] ^ char(1 + rng.bounded(255u)));
        if (onlyPadding(before, bytes))
            return false;
        writeAll(victim, bytes);
        return true;
    }
    case Mutation::Zero: {
        if (bytes.isEmpty())
            return false;
        const qsizetype at = qsizetype(rng.bounded(quint32(bytes.size())));
        const qsizetype n = qMin(bytes.size() - at, qsizetype(1 + rng.bounded(64u)));
        const QByteArray before = bytes;
        std::fill(bytes.begin() + at, bytes.begin() + at + n, '\0');
        if (onlyPadding(before, bytes))
            return false;
        writeAll(victim, bytes);
        return true;
    }
    case Mutation::Swap: {
        QStringList others;
        for (const QString &f : files) {
            if (kindOf(f) != kindOf(victim) && readAll(f) != bytes)
                others << f;
        }
        if (others.isEmpty())
            return false;
        writeAll(victim, readAll(others[qsizetype(rng.bounded(quint32(others.size())))]));
        return true;
    }
    case Mutation::LinkOther: {
        QStringList others;
        for (const QString &f : files) {
            if (kindOf(f) != kindOf(victim))
                others << f;
        }
        if (others.isEmpty())
            return false;
        QFile::remove(victim);
        return QFile::link(others[qsizetype(rng.bounded(quint32(others.size())))], victim);
    }
    case Mutation::LinkDangling:
        QFile::remove(victim);
        return QFile::link(victim + QStringLiteral(".gone"), victim);
    case Mutation::LinkSelf:
        QFile::remove(victim);
        return ::symlink(native.constData(), native.constData()) == 0;
    case Mutation::Folder:
        QFile::remove(victim);
        return ::mkdir(native.constData(), 0755) == 0;
    case Mutation::Fifo:
        QFile::remove(victim);
        return ::mkfifo(native.constData(), 0644) == 0;
    case Mutation::Count:
        break;
    }
    return false;
}

bool named(const QList<Diagnostic> &diagnostics, const QString &uri)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [&](const Diagnostic &d) { return d.path == uri || d.message.contains(uri); });
}

} // namespace

class tst_Mutation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedMetadataIsAlwaysNamed();
};

void tst_Mutation::damagedMetadataIsAlwaysNamed()
{
    const quint32 seed = qEnvironmentVariableIsSet("OBRESTORE_MUTATION_SEED") ? quint32(qEnvironmentVariableIntValue("OBRESTORE_MUTATION_SEED"))
                                                                              : 20261202u;
    const int runs = qEnvironmentVariableIsSet("OBRESTORE_MUTATION_RUNS") ? qEnvironmentVariableIntValue("OBRESTORE_MUTATION_RUNS") : 300;
    QRandomGenerator rng(seed);
    const QStringList scenarios{QStringLiteral("healthy"), QStringLiteral("demo"), QStringLiteral("archive_gap"),
                                QStringLiteral("moved_archive"), QStringLiteral("backup_encrypted")};
    QMap<QString, int> perMutation;
    int read = 0;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scenario = scenarios[qsizetype(rng.bounded(quint32(scenarios.size())))];
        if (scenario == u"demo")
            obfixture::writeDemoTree(dir.path());
        else
            obfixture::findScenario(scenario)->write(dir.path());
        const QStringList files = metadataFiles(dir.path());
        QVERIFY(!files.isEmpty());
        // Mostly a file the scan reads (it reads only what OceanBase reads: few of them), sometimes any.
        QStringList readByScan;
        {
            auto clean = std::make_shared<ReadRecorder>();
            DestScanner(clean).scan({BackupUri::fromLocalPath(dir.path())});
            for (const QString &f : files) {
                if (clean->wasRead(f))
                    readByScan << f;
            }
        }
        const QStringList &pool = readByScan.isEmpty() || rng.bounded(5u) == 0 ? files : readByScan;
        QString victim;
        Mutation m = Mutation::Count;
        for (int attempt = 0; attempt < 20 && m == Mutation::Count; ++attempt) {
            victim = pool[qsizetype(rng.bounded(quint32(pool.size())))];
            const auto candidate = Mutation(rng.bounded(quint32(Mutation::Count)));
            if (mutate(candidate, victim, files, rng))
                m = candidate;
        }
        QVERIFY(m != Mutation::Count);
        const QString what = QStringLiteral("seed %1 run %2: %3 of %4 (%5)").arg(seed).arg(run).arg(QLatin1StringView(nameOf(m)), victim, scenario);

        auto storage = std::make_shared<ReadRecorder>();
        QElapsedTimer clock;
        clock.start();
        const Catalog c = buildCatalog(DestScanner(storage).scan({BackupUri::fromLocalPath(dir.path())}), CatalogOptions{});
        const QByteArray json = inspectJson(c);
        // A hang detector, not a benchmark: a scan of these trees takes milliseconds.
        QVERIFY2(clock.elapsed() < 10000, qPrintable(what));
        QJsonParseError e;
        QJsonDocument::fromJson(json, &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(what + u' ' + e.errorString()));
        const int code = inspectExitCode(c);
        QVERIFY2(code == 0 || code == 3, qPrintable(what));
        if (storage->wasRead(victim)) {
            ++read;
            QVERIFY2(named(c.diagnostics, QStringLiteral("file://") + victim),
                     qPrintable(what + QStringLiteral(": read, damaged, and named by no finding")));
        }
        perMutation[QLatin1StringView(nameOf(m))]++;

        // Every 25th tree also through the real binary: its exit status and its JSON.
        if (run % 25 == 0) {
            QProcess p;
            p.start(QStringLiteral(OBRESTORE_BIN_DIR "/obrestore"), {QStringLiteral("inspect"), QStringLiteral("--json"), dir.path()});
            QVERIFY2(p.waitForFinished(20000), qPrintable(what));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && (p.exitCode() == 0 || p.exitCode() == 3), qPrintable(what));
            QJsonDocument::fromJson(p.readAllStandardOutput(), &e);
            QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(what));
        }
        // QTemporaryDir removes files, links and FIFOs; a folder made read-only would stay, none is.
    }
    qInfo("%d trees, %d with the damaged file read by the scan; mutations: %s", runs, read,
          qPrintable(QStringList([&] {
                         QStringList l;
                         for (auto it = perMutation.cbegin(); it != perMutation.cend(); ++it)
                             l << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
                         return l;
                     }())
                         .join(QStringLiteral(", "))));
    QVERIFY2(read > runs / 2, "most damaged files are ones the scan reads");
}

QTEST_GUILESS_MAIN(tst_Mutation)
#include "tst_mutation.moc"
