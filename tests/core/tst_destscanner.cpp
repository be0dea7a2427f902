#include "backupdest/destscanner.h"
#include "backupdest/tenantcatalog.h"
#include "fixturetree.h"
#include "report/inspectreport.h"
#include "scenarios.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace obrestore;

namespace {

// Wraps the local storage: records what was listed and read, and can deny chosen paths.
class RecordingStorage final : public Storage
{
public:
    Listing list(const QString &dir) const override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_listed.append(dir);
        }
        if (m_denied.contains(dir))
            return {Status::PermissionDenied, QStringLiteral("Permission denied"), {}};
        return m_local.list(dir);
    }
    Content read(const QString &file, qint64 maxBytes) const override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_read.append(file);
        }
        if (m_denied.contains(file))
            return {Status::PermissionDenied, QStringLiteral("Permission denied"), {}};
        return m_local.read(file, maxBytes);
    }
    Status stat(const QString &path, bool *isDir) const override { return m_local.stat(path, isDir); }
    QString identity(const QString &dir) const override { return m_local.identity(dir); }
    QString uriOf(const QString &path) const override { return m_local.uriOf(path); }

    QStringList listed() const
    {
        QMutexLocker lock(&m_mutex);
        return m_listed;
    }
    QStringList read() const
    {
        QMutexLocker lock(&m_mutex);
        return m_read;
    }
    QStringList m_denied;

private:
    LocalStorage m_local;
    mutable QMutex m_mutex;
    mutable QStringList m_listed;
    mutable QStringList m_read;
};

QStringList codesOf(const Catalog &c)
{
    QStringList out;
    for (const auto &d : c.diagnostics)
        out << d.code;
    return out;
}

Catalog inspect(const QString &root, const QString &target = {}, std::shared_ptr<const Storage> storage = nullptr)
{
    CatalogOptions o;
    if (!target.isEmpty())
        o.targetVersion = ObVersion::parse(target);
    DestScanner scanner(storage ? storage : std::make_shared<LocalStorage>());
    return buildCatalog(scanner.scan({BackupUri::fromLocalPath(root)}), o);
}

} // namespace

class tst_DestScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScenario_data();
    void everyScenario();
    void demoTree();
    void permissionDenied();
    void readsMetadataOnly();
    void readsOnlyWhatOceanBaseReads();
    void progressAndCancel();
    void appendableLogFoldersAreNotFiles();
    void pointingAtInnerFolders_data();
    void pointingAtInnerFolders();
    void sameDestinationTwiceIsReadOnce();
    void symlinkLoopEnds();
    void notARegularFile_data();
    void notARegularFile();
    void nonUtf8NamesAreKept();
    void depthLimitIsReported();
    void absurdCheckpointNameIsReported();
    void legacy3xTenantsAreListed();
    void missingCheckpointMetaIsNamed_data();
    void missingCheckpointMetaIsNamed();
    void folderLimitIsReported();
};

void tst_DestScanner::everyScenario_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &s : obfixture::scenarios())
        QTest::newRow(qPrintable(s.name)) << s.name;
}

void tst_DestScanner::everyScenario()
{
    QFETCH(QString, name);
    const obfixture::Scenario *s = obfixture::findScenario(name);
    QTemporaryDir dir;
    s->write(dir.path());
    QList<BackupUri> uris;
    for (const QString &u : s->uris)
        uris << *BackupUri::parse(u.isEmpty() ? dir.path() : u, nullptr, dir.path());
    CatalogOptions o;
    if (!s->targetVersion.isEmpty())
        o.targetVersion = ObVersion::parse(s->targetVersion);
    o.decryptionPasswords = {QStringLiteral("not-the-password")};
    const Catalog c = buildCatalog(DestScanner().scan(uris), o);
    if (!s->expectedCode.isEmpty())
        QVERIFY2(codesOf(c).contains(s->expectedCode), qPrintable(codesOf(c).join(u' ')));
    QCOMPARE(inspectExitCode(c), s->expectedExit);
    // Every finding names a path and says something; errors come first.
    for (qsizetype i = 0; i < c.diagnostics.size(); ++i) {
        const Diagnostic &d = c.diagnostics[i];
        QVERIFY2(!d.message.isEmpty() && !d.path.isEmpty(), qPrintable(d.code));
        if (i > 0)
            QVERIFY(int(c.diagnostics[i - 1].severity) <= int(d.severity));
    }
    // NO_RESTORABLE_WINDOW always comes with the specific cause.
    for (const TenantEntry &t : c.tenants) {
        if (!t.windows.isEmpty() || t.layout == TenantEntry::Layout::V3x)
            continue;
        int forTenant = 0;
        for (const Diagnostic &d : c.diagnostics)
            forTenant += d.tenantId == t.tenantId && d.code != u"NO_RESTORABLE_WINDOW" && d.severity != Diagnostic::Severity::Info;
        QVERIFY2(forTenant > 0, qPrintable(QStringLiteral("tenant %1 has no window and no cause").arg(t.tenantId)));
    }
    // Secrets never leave: backup passwords, decryption passwords, storage keys.
    const QString text = inspectText(c, QTimeZone::utc()) + QString::fromUtf8(inspectJson(c));
    for (const char *secret : {"s3cret-pw", "backup_pw_1", "SECRETKEY", "not-the-password"})
        QVERIFY2(!text.contains(QLatin1StringView(secret)), secret);
}

void tst_DestScanner::demoTree()
{
    QTemporaryDir dir;
    obfixture::writeDemoTree(dir.path());
    const Catalog c = inspect(dir.path());
    QCOMPARE(c.tenants.size(), 3);
    const TenantEntry &t = c.tenants[0];
    QCOMPARE(t.tenantId, qint64(1002));
    QCOMPARE(t.tenantName, QStringLiteral("mysql_tenant"));
    QCOMPARE(t.clusterName, QStringLiteral("obcluster"));
    QCOMPARE(t.clusterId, qint64(1712641788));
    QCOMPARE(t.layout, TenantEntry::Layout::V4);
    QCOMPARE(t.windows.size(), 2);
    // Set 1 from its min_restore_scn to the end of round 1; set 3 (after the gap) to the active checkpoint.
    QCOMPARE(t.windows[0].start, obfixture::at("2024-03-01 03:00:00"));
    QCOMPARE(t.windows[0].end, obfixture::at("2024-03-02 18:00:00"));
    QCOMPARE(t.windows[0].backupSetId, qint64(1));
    QCOMPARE(t.windows[1].start, obfixture::at("2024-03-03 09:00:00"));
    QCOMPARE(t.windows[1].end, obfixture::at("2024-03-04 12:00:00"));
    QCOMPARE(t.windows[1].backupSetId, qint64(3));
    QCOMPARE(t.usableSetIds, (QList<qint64>{1, 2, 3}));
    const TenantEntry &u = c.tenants[1];
    QCOMPARE(u.tenantName, QStringLiteral("sales"));
    QCOMPARE(u.windows.size(), 1);
    QCOMPARE(u.windows[0].end, obfixture::at("2024-03-02 20:00:00"));
    // hr (1006): archiving started after its only backup set, so it has no window, and the findings say why.
    const TenantEntry &h = c.tenants[2];
    QCOMPARE(h.tenantName, QStringLiteral("hr"));
    QVERIFY(h.windows.isEmpty());
    const QStringList codes = codesOf(c);
    QVERIFY(codes.contains(u"ARCHIVE_GAP"));
    QVERIFY(codes.contains(u"BACKUP_ENCRYPTED"));
    QVERIFY(codes.contains(u"NO_RESTORABLE_WINDOW"));
    QVERIFY(codes.contains(u"ARCHIVE_STARTS_AFTER_BACKUP"));
    QCOMPARE(inspectExitCode(c), 0); // two tenants are restorable
}

void tst_DestScanner::permissionDenied()
{
    QTemporaryDir dir;
    obfixture::Scenario s = *obfixture::findScenario(QStringLiteral("healthy"));
    s.write(dir.path());
    auto storage = std::make_shared<RecordingStorage>();
    storage->m_denied << dir.path() + QStringLiteral("/clog/pieces")
                      << dir.path() + QStringLiteral("/data/backup_set_2_inc/single_backup_set_info.obbak");
    const Catalog c = inspect(dir.path(), {}, storage);
    int denied = 0;
    for (const Diagnostic &d : c.diagnostics) {
        if (d.code == u"PERMISSION_DENIED") {
            ++denied;
            QVERIFY2(d.path.startsWith(QStringLiteral("file://") + dir.path()), qPrintable(d.path));
            QVERIFY(d.message.contains(u"Permission denied"));
            QCOMPARE(d.tenantId, std::optional<qint64>(1002));
        }
    }
    QCOMPARE(denied, 2);
    // What could be read is still reported; nothing is lost.
    QCOMPARE(c.tenants.size(), 1);
    QCOMPARE(c.tenants[0].dataDests[0].sets.size(), 2);
}

void tst_DestScanner::readsMetadataOnly()
{
    QTemporaryDir dir;
    obfixture::writeDemoTree(dir.path()); // has logstream_* data folders and archived log files
    auto storage = std::make_shared<RecordingStorage>();
    const Catalog c = inspect(dir.path(), {}, storage);
    QCOMPARE(c.tenants.size(), 3);
    for (const QString &p : storage->listed()) {
        QVERIFY2(!p.contains(u"/logstream_") && !p.contains(u"_turn_"), qPrintable(p));
        QVERIFY2(!p.contains(u"/infos") && !p.contains(u"/backup_set_"), qPrintable(QStringLiteral("listed a set folder: ") + p));
    }
    for (const QString &p : storage->read())
        QVERIFY2(!p.contains(u"/logstream_") && !p.contains(u"macro_block"), qPrintable(p));
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    QVERIFY2(storage->read().size() * 4 < files, qPrintable(QStringLiteral("%1 reads for %2 files").arg(storage->read().size()).arg(files)));
}

void tst_DestScanner::readsOnlyWhatOceanBaseReads()
{
    // 3 tenants, 300 pieces: the pieces' own files are opened only for the newest pieces (from the newest start key
    // back to the first non-empty one, and within the newest round for "latest"); every other piece is described
    // by the newest piece's history, exactly as OceanBase's restore takes it.
    QTemporaryDir dir;
    obfixture::writeBenchTree(dir.path(), 3, 300, 0, 0);
    auto storage = std::make_shared<RecordingStorage>();
    const Catalog c = inspect(dir.path(), {}, storage);
    QCOMPARE(c.tenants.size(), 3);
    QSet<QString> pieceFolders;
    for (const QString &p : storage->read()) {
        const QRegularExpression re(QStringLiteral("/(piece_d\\d+r\\d+p\\d+)/"));
        const auto m = re.match(p);
        if (m.hasMatch())
            pieceFolders.insert(m.captured(1));
    }
    QVERIFY2(pieceFolders.size() <= 3 * 2, qPrintable(QStringList(pieceFolders.cbegin(), pieceFolders.cend()).join(u' ')));
    // Yet every piece is in the report, with the attributes the history gives.
    for (const TenantEntry &t : c.tenants) {
        qsizetype frozen = 0;
        for (const ArchiveDestEntry &a : t.archiveDests) {
            for (const PieceEntry &p : a.pieces) {
                QVERIFY2(p.source != PieceEntry::Source::NotRead, qPrintable(pieceDirName(p.key)));
                frozen += p.source == PieceEntry::Source::Frozen ? 1 : 0;
                QVERIFY(p.dirFound);
            }
            QVERIFY(a.pieces.size() >= 99);
        }
        QVERIFY(frozen >= 98);
        QVERIFY(!t.windows.isEmpty());
    }
    // A damaged single_piece_info of an old frozen piece is not read, as OceanBase does not read it: no finding,
    // the same windows.
    const Catalog before = inspect(dir.path());
    QDirIterator it(dir.path(), {QStringLiteral("single_piece_info.obarc")}, QDir::Files, QDirIterator::Subdirectories);
    QString oldest;
    while (it.hasNext()) {
        const QString f = it.next();
        if (oldest.isEmpty() || f < oldest)
            oldest = f;
    }
    QVERIFY(!oldest.isEmpty());
    QFile f(oldest);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.close();
    const Catalog after = inspect(dir.path());
    QCOMPARE(codesOf(after), codesOf(before));
    QCOMPARE(after.tenants.first().windows.size(), before.tenants.first().windows.size());
}

void tst_DestScanner::progressAndCancel()
{
    QTemporaryDir dir;
    obfixture::writeBenchTree(dir.path(), 3, 300, 1, 0);
    std::atomic_bool cancel{false};
    std::atomic<int> reports{0};
    ScanOptions o;
    o.progress = [&](const ScanProgress &p) {
        ++reports;
        QVERIFY(p.folders >= 0 && p.files >= 0);
    };
    const ScanResult full = DestScanner().scan({BackupUri::fromLocalPath(dir.path())}, o);
    QVERIFY(!full.cancelled);
    QVERIFY(reports.load() >= 1);
    QCOMPARE(full.archiveDests.size(), 3);
    QVERIFY(full.counts.metadataRead >= 3);

    // Cancel as soon as the first progress report arrives: the scan stops early and says so.
    o.cancel = &cancel;
    o.progress = [&](const ScanProgress &) { cancel = true; };
    const ScanResult stopped = DestScanner().scan({BackupUri::fromLocalPath(dir.path())}, o);
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.counts.metadataRead < full.counts.metadataRead);
}

void tst_DestScanner::appendableLogFoldersAreNotFiles()
{
    // On S3-protocol media an archived log file is a folder of fragments (ob-backup-layout.md §2.3); copied to
    // NFS it stays a folder. It changes nothing: log folders are never walked, and format files are files.
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("healthy"))->write(dir.path());
    const QString appendable = dir.path() + QStringLiteral("/clog/piece_d1002r1p1/logstream_1001/log/1.obarc");
    QDir().mkpath(appendable);
    obfixture::writeFile(appendable + QStringLiteral("/@APD_PART@0-1024.obarc"), QByteArray(16, 'x'));
    // A folder with the format file's name is not a destination; since issue 15 (never skip silently) it is
    // named as a finding, and changes nothing else.
    QDir().mkpath(dir.path() + QStringLiteral("/other/format.obbak"));
    const Catalog c = inspect(dir.path());
    QCOMPARE(c.tenants.size(), 1);
    QCOMPARE(c.tenants[0].windows.size(), 1);
    QCOMPARE(codesOf(c), QStringList{QStringLiteral("CORRUPT_METADATA")});
    QCOMPARE(c.diagnostics[0].path, QStringLiteral("file://%1/other/format.obbak").arg(dir.path()));
}

void tst_DestScanner::pointingAtInnerFolders_data()
{
    QTest::addColumn<QString>("sub");
    QTest::addColumn<QString>("needle");
    QTest::newRow("a backup set folder") << "data/backup_set_1_full" << "backup set folder";
    QTest::newRow("a piece folder") << "clog/piece_d1002r1p1" << "archive piece folder";
    QTest::newRow("a file") << "data/check_file/1002_connect_file_20240301T000000.obbak" << "is a file";
}

void tst_DestScanner::pointingAtInnerFolders()
{
    QFETCH(QString, sub);
    QFETCH(QString, needle);
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("healthy"))->write(dir.path());
    const Catalog c = inspect(dir.path() + u'/' + sub);
    QCOMPARE(c.diagnostics.size(), 1);
    QCOMPARE(c.diagnostics[0].code, QStringLiteral("NO_FORMAT_FILE"));
    QVERIFY2(c.diagnostics[0].message.contains(needle), qPrintable(c.diagnostics[0].message));
    // Pointing at the format file itself works like pointing at its folder.
    const Catalog f = inspect(dir.path() + QStringLiteral("/data/format.obbak"));
    QCOMPARE(f.tenants.size(), 1);
}

void tst_DestScanner::sameDestinationTwiceIsReadOnce()
{
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("healthy"))->write(dir.path());
    const Catalog c = buildCatalog(DestScanner().scan({BackupUri::fromLocalPath(dir.path()),
                                                       BackupUri::fromLocalPath(dir.path() + QStringLiteral("/data"))}));
    QCOMPARE(c.inputs.size(), 2);
    QCOMPARE(c.tenants.size(), 1);
    QCOMPARE(c.tenants[0].dataDests.size(), 1);
    QVERIFY(!codesOf(c).contains(u"MULTIPLE_DATA_DESTS"));
}

void tst_DestScanner::symlinkLoopEnds()
{
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("healthy"))->write(dir.path() + QStringLiteral("/a"));
    QVERIFY(QFile::link(dir.path(), dir.path() + QStringLiteral("/a/loop")));
    const Catalog c = inspect(dir.path());
    QCOMPARE(c.tenants.size(), 1);
}

// Issue 15, items 1–3: whatever stands where a metadata file should be is named with a code and advice that fit,
// in bounded time (a FIFO used to block inspect forever in open()).
void tst_DestScanner::notARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    const QString info = QStringLiteral("data/backup_set_2_inc/single_backup_set_info.obbak");
    QTest::newRow("fifo as format") << "fifo" << "data/format.obbak" << "CORRUPT_METADATA" << "named pipe (FIFO)";
    QTest::newRow("fifo as set info") << "fifo" << info << "CORRUPT_METADATA" << "named pipe (FIFO)";
    QTest::newRow("1 GiB file") << "huge" << info << "CORRUPT_METADATA" << "1073741824 bytes";
    QTest::newRow("directory") << "dir" << info << "CORRUPT_METADATA" << "a directory, not a file";
    QTest::newRow("directory as format") << "dir" << "data/format.obbak" << "CORRUPT_METADATA" << "a directory, not a file";
    QTest::newRow("symlink loop") << "loop" << info << "PERMISSION_DENIED" << "in a loop";
    QTest::newRow("dangling symlink") << "dangling" << info << "PERMISSION_DENIED" << "which does not exist";
    QTest::newRow("socket") << "socket" << info << "CORRUPT_METADATA" << "a socket";
}

void tst_DestScanner::notARegularFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, says);
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("healthy"))->write(dir.path());
    const QString path = dir.path() + u'/' + file;
    const QByteArray native = path.toUtf8();
    QVERIFY(QFile::remove(path));
    if (kind == u"fifo") {
        QCOMPARE(::mkfifo(native.constData(), 0644), 0);
    } else if (kind == u"huge") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(1) << 30)); // sparse: no disk used
    } else if (kind == u"dir") {
        QVERIFY(QDir().mkdir(path));
    } else if (kind == u"loop") {
        QVERIFY(QFile::link(path + QStringLiteral(".x"), path));
        QVERIFY(QFile::link(path, path + QStringLiteral(".x")));
    } else if (kind == u"dangling") {
        QVERIFY(QFile::link(dir.path() + QStringLiteral("/gone/single_backup_set_info.obbak"), path));
    } else if (kind == u"socket") {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        struct sockaddr_un addr = {};
        addr.sun_family = AF_UNIX;
        QVERIFY(size_t(native.size()) < sizeof(addr.sun_path));
        std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<struct sockaddr *>(&addr), sizeof(addr)), 0);
        ::close(fd);
    }
    const Catalog c = inspect(dir.path());
    const QString uri = QStringLiteral("file://") + path;
    const auto d = std::find_if(c.diagnostics.cbegin(), c.diagnostics.cend(), [&](const Diagnostic &x) { return x.path == uri; });
    QVERIFY2(d != c.diagnostics.cend(), qPrintable(codesOf(c).join(u' ')));
    QCOMPARE(d->code, code);
    QVERIFY2(d->message.contains(says), qPrintable(d->message));
    QVERIFY2(!d->message.contains(u"read access"), qPrintable(d->message)); // not the advice for a refused permission
}

// Issue 15, item 2: file names are bytes; a folder that is not valid UTF-8 is descended into and shown escaped.
void tst_DestScanner::nonUtf8NamesAreKept()
{
    QTemporaryDir dir;
    const QByteArray latin1 = QFile::encodeName(dir.path()) + "/caf\xe9";
    QCOMPARE(::mkdir(latin1.constData(), 0755), 0);
    QCOMPARE(decodeLocalName(latin1.constData(), latin1.size()).size(), dir.path().size() + 5);
    QCOMPARE(encodeLocalName(decodeLocalName(latin1.constData(), latin1.size())), latin1);
    obfixture::findScenario(QStringLiteral("healthy"))->write(QStringLiteral("%1/t").arg(dir.path()));
    QCOMPARE(::rename((QFile::encodeName(dir.path()) + "/t").constData(), (latin1 + "/t").constData()), 0);
    const Catalog c = inspect(dir.path());
    QCOMPARE(c.tenants.size(), 1);
    QCOMPARE(c.tenants[0].dataDests[0].uri, QStringLiteral("file://%1/caf\\xE9/t/data").arg(dir.path()));
    QCOMPARE(inspectExitCode(c), 0);
    // Every byte sequence survives the round trip, valid UTF-8 or not.
    for (const QByteArray &bytes : {QByteArray("\xff\xfe"), QByteArray("a\xc3"), QByteArray("\xed\xa0\x80"), QByteArray("\xf0\x90\x82\x80\x80"),
                                    QByteArray("\xe4\xb8\xad\xe6\x96\x87"), QByteArray("\xc0\xaf")})
        QCOMPARE(encodeLocalName(decodeLocalName(bytes.constData(), bytes.size())), bytes);
    QCOMPARE(displayLocalName(decodeLocalName("\xe4\xb8\xad\xff", 4)), QStringLiteral("中\\xFF"));
    // QTemporaryDir cannot remove what it cannot name.
    QCOMPARE(::rename(latin1.constData(), (QFile::encodeName(dir.path()) + "/cafe").constData()), 0);
}

// Issue 15, item 2: a walk that stops at its depth limit says so instead of reporting "nothing below".
void tst_DestScanner::depthLimitIsReported()
{
    QTemporaryDir dir;
    QString deep = dir.path();
    for (int i = 0; i < 70; ++i)
        deep += QStringLiteral("/d");
    QVERIFY(QDir().mkpath(deep));
    obfixture::findScenario(QStringLiteral("healthy"))->write(deep);
    const Catalog c = inspect(dir.path());
    QVERIFY2(codesOf(c).contains(u"SCAN_DEPTH_LIMIT"), qPrintable(codesOf(c).join(u' ')));
    const auto d = std::find_if(c.diagnostics.cbegin(), c.diagnostics.cend(), [](const Diagnostic &x) { return x.code == u"SCAN_DEPTH_LIMIT"; });
    QVERIFY(d->message.contains(u"depth 64"));
    QCOMPARE(d->severity, Diagnostic::Severity::Warning);
}

// Issue 15, item 8: an empty checkpoint_info.18446744073709551615.obarc used to move the window's end to 2116.
void tst_DestScanner::absurdCheckpointNameIsReported()
{
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("healthy"))->write(dir.path());
    const Catalog before = inspect(dir.path());
    const QString name = dir.path() + QStringLiteral("/clog/piece_d1002r1p3/checkpoint/checkpoint_info.18446744073709551615.obarc");
    obfixture::writeFile(name, QByteArray());
    const Catalog c = inspect(dir.path());
    QCOMPARE(codesOf(c), QStringList{QStringLiteral("CORRUPT_METADATA")});
    QCOMPARE(c.diagnostics[0].path, QStringLiteral("file://") + name);
    QVERIFY2(c.diagnostics[0].message.contains(u"never writes"), qPrintable(c.diagnostics[0].message));
    QCOMPARE(c.tenants[0].windows.size(), before.tenants[0].windows.size());
    QCOMPARE(c.tenants[0].windows.last().end, before.tenants[0].windows.last().end);
}

// Issue 26 item 9: without checkpoint/checkpoint_info.0.obarc (or with a folder in its place) OceanBase takes the
// active piece as empty (ObArchiveStore::get_single_piece_info), so the window ends at the previous piece, as
// obrestore's does; that used to pass with "Diagnostics: none". The missing file is named with what it costs.
void tst_DestScanner::missingCheckpointMetaIsNamed_data()
{
    QTest::addColumn<bool>("folder");
    QTest::newRow("missing") << false;
    QTest::newRow("a folder in its place") << true;
}

void tst_DestScanner::missingCheckpointMetaIsNamed()
{
    QFETCH(bool, folder);
    QTemporaryDir dir;
    obfixture::findScenario(QStringLiteral("healthy"))->write(dir.path());
    const Catalog before = inspect(dir.path());
    QVERIFY(codesOf(before).isEmpty());
    const QString zero = dir.path() + QStringLiteral("/clog/piece_d1002r1p3/checkpoint/checkpoint_info.0.obarc");
    QVERIFY(QFile::remove(zero));
    if (folder)
        QVERIFY(QDir().mkpath(zero));
    const Catalog c = inspect(dir.path());
    QVERIFY2(codesOf(c).contains(u"CHECKPOINT_META_MISSING"), qPrintable(codesOf(c).join(u' ')));
    const auto d = std::find_if(c.diagnostics.cbegin(), c.diagnostics.cend(), [](const Diagnostic &x) { return x.code == u"CHECKPOINT_META_MISSING"; });
    QCOMPARE(d->path, QStringLiteral("file://") + zero);
    QVERIFY2(d->message.contains(folder ? u"is a folder" : u"is missing"), qPrintable(d->message));
    QVERIFY2(d->message.contains(u"not used") && d->message.contains(u"SCN"), qPrintable(d->message)); // what it costs, with times
    // The window still ends where OceanBase's would: before the active piece.
    QVERIFY(c.tenants[0].windows.last().end < before.tenants[0].windows.last().end);
}

// Issue 26 item 5: the search for destinations stops at its folder limit and says so with the figure.
void tst_DestScanner::folderLimitIsReported()
{
    QTemporaryDir dir;
    for (int i = 0; i < 30; ++i)
        QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/wide/f%1/g").arg(i)));
    obfixture::findScenario(QStringLiteral("healthy"))->write(dir.path() + QStringLiteral("/a"));
    ScanOptions options;
    options.maxFolders = 20;
    const ScanResult scan = DestScanner().scan({BackupUri::fromLocalPath(dir.path())}, options);
    const auto d = std::find_if(scan.diagnostics.cbegin(), scan.diagnostics.cend(), [](const Diagnostic &x) { return x.code == u"SCAN_FOLDER_LIMIT"; });
    QVERIFY(d != scan.diagnostics.cend());
    QVERIFY2(d->message.contains(u"after 20 folders"), qPrintable(d->message));
    QCOMPARE(d->severity, Diagnostic::Severity::Warning);
    QVERIFY(!scan.cancelled);
    QCOMPARE(scan.dataDests.size(), 1); // what was found before the limit is kept (the walk goes in name order)
    // The default limit is far above what a real location needs.
    const ScanResult whole = DestScanner().scan({BackupUri::fromLocalPath(dir.path())});
    QVERIFY(std::none_of(whole.diagnostics.cbegin(), whole.diagnostics.cend(), [](const Diagnostic &x) { return x.code == u"SCAN_FOLDER_LIMIT"; }));
    QCOMPARE(whole.dataDests.size(), 1);
}

void tst_DestScanner::legacy3xTenantsAreListed()
{
    QTemporaryDir dir;
    obfixture::write3xTree(dir.path(), "ob1", 7, {1001, 1002});
    const Catalog c = inspect(dir.path());
    QCOMPARE(c.tenants.size(), 2);
    QCOMPARE(c.tenants[0].layout, TenantEntry::Layout::V3x);
    QCOMPARE(c.tenants[0].clusterName, QStringLiteral("ob1"));
    QCOMPARE(c.tenants[0].clusterId, qint64(7));
    QCOMPARE(c.tenants[1].tenantId, qint64(1002));
    QVERIFY(c.tenants[0].windows.isEmpty());
    QCOMPARE(codesOf(c), QStringList{QStringLiteral("LEGACY_3X_LAYOUT")});
    QCOMPARE(inspectExitCode(c), 3);
}

QTEST_GUILESS_MAIN(tst_DestScanner)
#include "tst_destscanner.moc"
