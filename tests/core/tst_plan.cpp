// The wizard's core pieces without widgets: the tenants model (checked by QAbstractItemModelTester), the exported
// restore script, and the remembered connections and locations.
#include "backupdest/destscanner.h"
#include "backupdest/tenantcatalog.h"
#include "cluster/restoreexecutor.h"
#include "plan/recents.h"
#include "plan/restorescript.h"
#include "plan/tenantsmodel.h"
#include "scenarios.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace obrestore;

class tst_Plan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tenantsModel();
    void restoreScript();
    void recents();

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
};

void tst_Plan::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("obrestore-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_plan"));
    obfixture::writeDemoTree(m_dir.path());
    m_catalog = buildCatalog(DestScanner().scan({BackupUri::fromLocalPath(m_dir.path())}));
    QCOMPARE(m_catalog.tenants.size(), 3);
}

void tst_Plan::tenantsModel()
{
    TenantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTenants(m_catalog.tenants);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(TenantsModel::ColumnCount));
    QCOMPARE(model.index(0, TenantsModel::TenantColumn).data().toString(), QStringLiteral("mysql_tenant"));
    QCOMPARE(model.index(0, TenantsModel::SetsColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, TenantsModel::PiecesColumn).data().toInt(), 4);
    QCOMPARE(model.index(0, TenantsModel::VersionColumn).data().toString(), QStringLiteral("4.2.1.0"));
    QCOMPARE(model.index(0, TenantsModel::LatestColumn).data().toString(), QStringLiteral("2024-03-04 12:00:00.000000 UTC"));
    QCOMPARE(model.index(2, TenantsModel::LatestColumn).data().toString(), QString()); // hr: no window
    QCOMPARE(model.index(2, TenantsModel::StatusColumn).data().toString(), TenantsModel::tr("No restorable window"));
    QVERIFY(model.index(1, TenantsModel::TenantColumn).data(Qt::ToolTipRole).toString().contains(u"/t1004/clog"));
    QCOMPARE(model.rowOf(m_catalog.tenants[1].clusterId, 1004), 1);
    QCOMPARE(model.rowOf(m_catalog.tenants[1].clusterId, 4242), -1);
    // The zone changes the latest point's text; a language switch re-announces headers and cells.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setTimeZone(*parseTimeZone(u"+08:00"));
    QCOMPARE(model.index(0, TenantsModel::LatestColumn).data().toString(), QStringLiteral("2024-03-04 20:00:00.000000 +08:00"));
    model.retranslate();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(headers.count(), 1);
    model.setTenants({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_Plan::restoreScript()
{
    RestorePlan plan;
    plan.source = m_catalog.tenants[0];
    plan.dataUri = plan.source->dataDests[0].uri;
    for (const ArchiveDestEntry &a : plan.source->archiveDests)
        plan.archiveUris << a.uri;
    plan.point = RestorePlan::Point::Time;
    plan.timeZone = *parseTimeZone(u"+08:00");
    plan.time = QStringLiteral("2024-03-02 08:00:00");
    plan.tenantName = QStringLiteral("restored");
    plan.createPool = true;
    plan.unit = {QStringLiteral("restored_unit"), 2, 0, 8ll << 30, 24ll << 30};
    plan.pool = {QStringLiteral("restored_pool"), QString(), 1, {QStringLiteral("zone1")}};
    plan.decryptionPasswords = {QStringLiteral("backup_pw_1")};
    plan.target.host = QStringLiteral("10.0.0.9");
    const ObVersion target(4, 2, 3, 0);
    QString why;
    const auto statements = RestoreExecutor::statements(plan, target, &why);
    QVERIFY2(statements, qPrintable(why));
    // unit, pool, RESTORE: this point reads sets 1 and 2, not the encrypted set 3, so no SET DECRYPTION is written
    // for the password given (issue 29, rule 5); the latest point below reads set 3 and has it.
    QCOMPARE(statements->size(), 3);
    const QString script = obrestore::restoreScript(plan, target, *statements, QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
    // 08:00 UTC in the plan's zone, +08:00, labelled.
    QVERIFY2(script.startsWith(u"-- Restore script written by obrestore on 2026-11-22 16:00:00 +08:00."), qPrintable(script.left(80)));
    QVERIFY(script.contains(u"-- Restore point: SCN 1709337600000000000 = 2024-03-02 08:00:00.000000 +08:00."));
    QVERIFY(!script.contains(u"backup_pw_1"));
    QVERIFY2(!script.contains(u"SET DECRYPTION"), qPrintable(script));
    QVERIFY(script.contains(u"\nALTER SYSTEM RESTORE restored FROM"));
    QVERIFY(script.contains(u"--   ALTER SYSTEM ACTIVATE STANDBY TENANT restored"));
    // Every line is a comment, a statement or empty: a DBA can pipe it to obclient as it is.
    const auto lines = script.split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(line.isEmpty() || line.startsWith(u"--") || line.endsWith(u';'), qPrintable(line));
    // 3.x: one cluster-level location, the session time zone first, and 3.x's view columns in the script.
    const RestorePlan modern = plan;
    plan.dataUri = QStringLiteral("file:///backup/ob1");
    plan.archiveUris.clear();
    const auto old = RestoreExecutor::statements(plan, ObVersion(3, 1, 5, 0), &why);
    QVERIFY2(old, qPrintable(why));
    QVERIFY(old->at(2).display.startsWith(u"SET time_zone = '+08:00'"));
    QVERIFY(obrestore::restoreScript(plan, ObVersion(3, 1, 5, 0), *old).contains(u"WHERE TENANT_NAME = 'restored'"));
    // "Latest": the live statement has no UNTIL (the server picks its point), the exported script pins the point the
    // server would pick now, so that running it later restores to the same point.
    plan = modern;
    plan.point = RestorePlan::Point::Latest;
    const auto latest = RestoreExecutor::statements(plan, target, &why);
    QVERIFY2(latest, qPrintable(why));
    QVERIFY(!latest->last().display.contains(u"UNTIL"));
    const Scn point = *plan.restoreScn();
    QCOMPARE(point, latestRestoreSource(*plan.source).scn);
    const QString pinned = obrestore::restoreScript(plan, target, *latest);
    QVERIFY2(pinned.contains(QStringLiteral("UNTIL SCN=%1 WITH").arg(point.toDecimal())), qPrintable(pinned));
    QVERIFY(pinned.contains(QStringLiteral("-- Restore point: latest when this script was written, SCN %1").arg(point.toDecimal())));
    QVERIFY(pinned.contains(u"-- Passwords are masked as '******'"));
    QVERIFY(pinned.contains(u"\nSET DECRYPTION IDENTIFIED BY '******';\nALTER SYSTEM RESTORE restored FROM"));
    QVERIFY(!pinned.contains(u"backup_pw_1"));
    // A plan that is not ready gives no statements, and says why.
    plan = modern;
    plan.tenantName.clear();
    QVERIFY(!RestoreExecutor::statements(plan, target, &why));
    QVERIFY(!why.isEmpty());
    // A table-level recovery's script: RECOVER TABLE after the pool, its own views to follow it, the cancel, and no
    // standby activation (the receiving tenant is a live primary).
    plan = modern;
    plan.kind = RestorePlan::Kind::Tables;
    plan.tenantName = QStringLiteral("mysql_tenant");
    plan.recoverNames = QStringLiteral("app.orders");
    plan.remapTables = {{QStringLiteral("app.orders"), QStringLiteral("app.orders_restored")}};
    const auto recover = RestoreExecutor::statements(plan, target, &why);
    QVERIFY2(recover, qPrintable(why));
    QVERIFY(recover->last().display.startsWith(u"ALTER SYSTEM RECOVER TABLE app.orders TO TENANT mysql_tenant FROM "));
    QVERIFY(recover->last().display.endsWith(u" REMAP TABLE app.orders:app.orders_restored;"));
    const QString recoverScript = obrestore::restoreScript(plan, target, *recover);
    QVERIFY(recoverScript.contains(u"CDB_OB_RECOVER_TABLE_JOBS WHERE TARGET_TENANT_NAME = 'mysql_tenant'"));
    QVERIFY(recoverScript.contains(u"--   ALTER SYSTEM CANCEL RECOVER TABLE mysql_tenant;"));
    QVERIFY(!recoverScript.contains(u"ACTIVATE STANDBY"));
    QVERIFY(!recoverScript.contains(u"backup_pw_1"));
    for (const QString &line : recoverScript.split(u'\n'))
        QVERIFY2(line.isEmpty() || line.startsWith(u"--") || line.endsWith(u';'), qPrintable(line));
    // Below 4.2.1 there is no statement, and the reason names the version.
    QVERIFY(!RestoreExecutor::statements(plan, ObVersion(4, 2, 0, 0), &why));
    QVERIFY2(why.contains(u"4.2.1"), qPrintable(why));
}

void tst_Plan::recents()
{
    QSettings().clear();
    ConnectionSettings c;
    c.host = QStringLiteral("10.0.0.1");
    c.port = 2881;
    c.password = QStringLiteral("never-stored");
    c.tls = true;
    c.caFile = QStringLiteral("/etc/ca.pem");
    Recents::rememberConnection(c);
    c.host = QStringLiteral("10.0.0.2");
    Recents::rememberConnection(c);
    c.host = QStringLiteral("10.0.0.1"); // again: moves to the top, not a duplicate
    Recents::rememberConnection(c);
    const auto list = Recents::connections();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].host, QStringLiteral("10.0.0.1"));
    QVERIFY(list[0].password.isEmpty());
    QVERIFY(list[0].tls);
    QCOMPARE(list[0].caFile, QStringLiteral("/etc/ca.pem"));
    for (int i = 0; i < 15; ++i)
        Recents::rememberLocation(QStringLiteral("/backup/%1").arg(i));
    Recents::rememberLocation(QStringLiteral("  /backup/3  "));
    QCOMPARE(Recents::locations().size(), Recents::kMax);
    QCOMPARE(Recents::locations().first(), QStringLiteral("/backup/3"));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("never-stored"));
    QSettings().clear();
}

QTEST_GUILESS_MAIN(tst_Plan)
#include "tst_plan.moc"
