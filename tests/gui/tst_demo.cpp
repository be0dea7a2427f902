// Demo mode's shared folder and cluster against hostile neighbours (issue 26, items 1–2; docs/hostile-input.md §8):
// a folder planted by someone else is refused before anything in it is read, signalled or removed; only this user's
// own obsim started for the folder is ever signalled or adopted; the cluster lives while any wizard uses it; a demo
// whose pieces have gone says so in its banner. The attacks that need a second user run it with setpriv (root only).
#include "common/i18n.h"
#include "demobanner.h"
#include "demoenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace obrestore;

namespace {

constexpr uid_t kOtherUser = 65534; // nobody

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

qint64 simulatorPid(const QString &folder)
{
    QFile state(folder + QStringLiteral("/state.json"));
    if (!state.open(QIODevice::ReadOnly))
        return 0;
    return QJsonDocument::fromJson(state.readAll()).object().value(QStringLiteral("pid")).toInteger();
}

void writeState(const QString &folder, qint64 pid, quint16 port)
{
    QFile state(folder + QStringLiteral("/state.json"));
    QVERIFY(state.open(QIODevice::WriteOnly));
    state.write(QJsonDocument(QJsonObject{{QStringLiteral("pid"), pid}, {QStringLiteral("port"), port}}).toJson());
}

} // namespace

class tst_Demo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void folderIsPrivatePerUser();
    void symlinkIsRefused();
    void anotherUsersFolderIsRefused();
    void anotherUsersProcessIsNeverSignalledOrAdopted();
    void twoWizardsShareTheCluster();
    void bannerSaysWhatHasGone();

private:
    // Each test gets a private runtime folder of its own: the demo folder goes there, never into the shared /tmp,
    // so tests run in parallel without meeting.
    std::unique_ptr<QTemporaryDir> m_runtime;
    QList<QProcess *> m_others;
    QProcess *otherUsersProcess();
};

void tst_Demo::init()
{
    m_runtime = std::make_unique<QTemporaryDir>();
    QVERIFY(m_runtime->isValid());
    QVERIFY(QFile::setPermissions(m_runtime->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
}

void tst_Demo::cleanup()
{
    for (QProcess *p : std::as_const(m_others)) {
        p->kill();
        p->waitForFinished();
        delete p;
    }
    m_others.clear();
    // A simulator a test left behind ends once its folder goes (obsim checks its state file every second).
    const QString folder = DemoEnvironment::sharedFolder();
    ::chown(QFile::encodeName(folder).constData(), ::getuid(), ::getgid());
    QFile::remove(folder);
    QDir(folder).removeRecursively();
    m_runtime.reset();
}

QProcess *tst_Demo::otherUsersProcess()
{
    auto *p = new QProcess;
    m_others << p;
    p->start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                         QStringLiteral("sleep"), QStringLiteral("120")});
    return p->waitForStarted() ? p : nullptr;
}

// XDG_RUNTIME_DIR (0700, the user's own) is preferred; a runtime folder that is not private is not used.
void tst_Demo::folderIsPrivatePerUser()
{
    QCOMPARE(DemoEnvironment::sharedFolder(), m_runtime->path() + QStringLiteral("/obrestore-demo-%1").arg(::getuid()));
    QVERIFY(QFile::setPermissions(m_runtime->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::WriteOther | QFile::ExeOther));
    QCOMPARE(DemoEnvironment::sharedFolder(), QDir::tempPath() + QStringLiteral("/obrestore-demo-%1").arg(::getuid()));
    QVERIFY(QFile::setPermissions(m_runtime->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

// A symbolic link planted where the folder goes made `--demo` empty the folder it pointed at.
void tst_Demo::symlinkIsRefused()
{
    QTemporaryDir victim;
    QFile canary(victim.filePath(QStringLiteral("precious.txt")));
    QVERIFY(canary.open(QIODevice::WriteOnly));
    canary.write("keep me");
    canary.close();
    writeState(victim.path(), QCoreApplication::applicationPid(), 1);
    QVERIFY(QFile::link(victim.path(), DemoEnvironment::sharedFolder()));
    DemoEnvironment demo;
    QString error;
    QVERIFY(!demo.startShared(&error, 8.0));
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QVERIFY(QFile::exists(canary.fileName()));
    QCOMPARE(QDir(victim.path()).entryList(QDir::Files).size(), 2); // nothing removed, nothing written
    QVERIFY(QFileInfo(DemoEnvironment::sharedFolder()).isSymLink());
}

// A folder of another user naming a pid: that process got killed and the folder removed.
void tst_Demo::anotherUsersFolderIsRefused()
{
    if (::getuid() != 0)
        QSKIP("needs root to act as a second user (setpriv, chown)");
    QProcess *victim = otherUsersProcess();
    QVERIFY(victim);
    const QString folder = DemoEnvironment::sharedFolder();
    QVERIFY(QDir().mkpath(folder));
    writeState(folder, victim->processId(), 1);
    QCOMPARE(::chown(QFile::encodeName(folder).constData(), kOtherUser, kOtherUser), 0);
    DemoEnvironment demo;
    QString error;
    QVERIFY(!demo.startShared(&error, 8.0));
    QVERIFY2(error.contains(QStringLiteral("another user")), qPrintable(error));
    QVERIFY(alive(victim->processId()));
    QVERIFY(QFile::exists(folder + QStringLiteral("/state.json")));
    // Writable by others: refused too, even when it is ours.
    QCOMPARE(::chown(QFile::encodeName(folder).constData(), ::getuid(), ::getgid()), 0);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::WriteOther | QFile::ExeOther));
    QVERIFY(!demo.startShared(&error, 8.0));
    QVERIFY2(error.contains(QStringLiteral("other users")), qPrintable(error));
    QVERIFY(alive(victim->processId()));
}

// Our own folder naming a live pid and port that are not our simulator's: neither signalled nor adopted.
void tst_Demo::anotherUsersProcessIsNeverSignalledOrAdopted()
{
    if (::getuid() != 0)
        QSKIP("needs root to act as a second user (setpriv)");
    QProcess *victim = otherUsersProcess();
    QVERIFY(victim);
    QTcpServer listener; // a port that answers, as a demo's would
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const QString folder = DemoEnvironment::sharedFolder();
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    writeState(folder, victim->processId(), listener.serverPort());
    {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.startShared(&error, 8.0), qPrintable(error));
        QVERIFY(!demo.reused());
        QVERIFY(demo.port() != listener.serverPort());
        QVERIFY(alive(victim->processId()));
        const qint64 pid = simulatorPid(folder);
        QVERIFY(pid != victim->processId() && DemoEnvironment::isDemoSimulator(pid, folder + QStringLiteral("/state.json")));
    }
    // This user's own process that is not obsim (a sleep): not signalled either.
    QProcess own;
    own.start(QStringLiteral("sleep"), {QStringLiteral("120")});
    QVERIFY(own.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(folder), 20000); // the first demo's cluster ended (no wizard, no restore)
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    writeState(folder, own.processId(), listener.serverPort());
    QVERIFY(!DemoEnvironment::isDemoSimulator(own.processId(), folder + QStringLiteral("/state.json")));
    {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.startShared(&error, 8.0), qPrintable(error));
        QVERIFY(!demo.reused());
    }
    QVERIFY(alive(own.processId()));
    own.kill();
    own.waitForFinished();
}

// Two wizards of one user: the second one closing used to stop the cluster and delete the sample under the first.
void tst_Demo::twoWizardsShareTheCluster()
{
    const QString folder = DemoEnvironment::sharedFolder();
    auto first = std::make_unique<DemoEnvironment>();
    QString error;
    QVERIFY2(first->startShared(&error, 8.0), qPrintable(error));
    const qint64 pid = simulatorPid(folder);
    QVERIFY(alive(pid));
    {
        DemoEnvironment second;
        QVERIFY2(second.startShared(&error, 8.0), qPrintable(error));
        QVERIFY(second.reused());
        QCOMPARE(second.port(), first->port());
        QCOMPARE(QDir(folder + QStringLiteral("/owners")).entryList(QDir::Files).size(), 2);
    } // the second wizard closes
    // Proof that the simulator looked at its owners since: it drops an entry of a process that has ended.
    QFile dead(folder + QStringLiteral("/owners/999999999.0"));
    QVERIFY(dead.open(QIODevice::WriteOnly));
    dead.close();
    QTRY_VERIFY_WITH_TIMEOUT(!dead.exists(), 20000);
    QVERIFY(alive(pid));
    QVERIFY(QFileInfo(first->backupRoot()).isDir());
    QVERIFY(first->problem().isEmpty());
    // The first closes too: no wizard and no restore, the cluster ends and removes its folder.
    first.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(folder), 20000);
}

// A demo whose sample folder was removed, or whose cluster stopped, says so in its banner instead of naming them.
void tst_Demo::bannerSaysWhatHasGone()
{
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.startShared(&error, 8.0), qPrintable(error));
    QWidget page;
    auto *banner = new DemoBanner({demo.host(), demo.port(), demo.user(), demo.version().toString(), demo.backupRoot(),
                                   demo.decryptionPassword(), demo.problemCheck()},
                                  &page);
    auto *layout = new QVBoxLayout(&page); // as on every wizard page: the banner on top, full width
    layout->addWidget(banner);
    layout->addStretch();
    page.resize(1000, 120);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(banner->text().contains(QStringLiteral("listens on")));
    const qint64 pid = simulatorPid(DemoEnvironment::sharedFolder());
    QVERIFY(QDir(demo.backupRoot()).removeRecursively());
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("is gone")), 10000);
    QVERIFY(!banner->text().contains(QStringLiteral("listens on")));
    QCOMPARE(demo.problem(), demo.problemCheck()());
    const QString shots = qEnvironmentVariable("OBRESTORE_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(page.grab().save(shots + QStringLiteral("/demo_banner_gone_en.png")));
    // In Chinese: the heading at once, the problem's own words from the look a language change makes.
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("演示模式")) && banner->text().contains(QStringLiteral("示例备份路径")), 10000);
    if (!shots.isEmpty())
        QVERIFY(page.grab().save(shots + QStringLiteral("/demo_banner_gone_zh_CN.png")));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    // The cluster stopped as well: said once the sample is back.
    QVERIFY(QDir().mkpath(demo.backupRoot()));
    ::kill(pid_t(pid), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("has stopped")), 10000);
}

QTEST_MAIN(tst_Demo)
#include "tst_demo.moc"
