#include "backupdest/crc32c.h"
#include "backupdest/obbak.h"
#include "backupdest/unis.h"
#include "common/obversion.h"
#include "uniswriter.h"

#include <QtTest>

using namespace obrestore;
using namespace obfixture;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

FormatDesc referenceFormat()
{
    // ob-backup-layout.md §3.7
    FormatDesc f;
    f.clusterName = "obcluster";
    f.tenantName = "mysql_tenant";
    f.path = "file:///data/backup/mysql_tenant/data";
    f.clusterId = 1712641788;
    f.tenantId = 1002;
    f.incarnation = 1;
    f.destId = 1001;
    f.destType = 0;
    f.ts = 1700000000123456;
    return f;
}

BackupSetFileDesc sampleSet()
{
    BackupSetFileDesc d;
    d.backupSetId = 7;
    d.incarnation = 1;
    d.tenantId = 1002;
    d.destId = 1001;
    d.backupType = 2;
    d.plusArchivelog = true;
    d.date = 20240301;
    d.prevFullBackupSetId = 5;
    d.prevIncBackupSetId = 6;
    d.outputBytes = 123456789;
    d.startTime = 1709251200000000;
    d.endTime = 1709254800000000;
    d.status = 1;
    d.encryptionMode = 1;
    d.passwd = "pw";
    d.fileStatus = 0;
    d.backupPath = "file:///backup/data";
    d.startReplayScn = Scn(1709251200000000000ull);
    d.minRestoreScn = Scn(1709254800000000000ull);
    d.tenantCompatible = ObVersion(4, 2, 1, 2).calcVersion();
    d.backupCompatible = 3;
    d.dataTurnId = 1;
    d.metaTurnId = 2;
    d.clusterVersion = ObVersion(4, 2, 1, 2).calcVersion();
    d.consistentScn = Scn(1709254800000000001ull);
    return d;
}

} // namespace

class tst_Obbak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32c_isObCrc64();
    void workedExample_formatFile();
    void workedExample_placeholder();
    void workedExample_varints_data();
    void workedExample_varints();
    void headerChecks_data();
    void headerChecks();
    void payloadLimits_data();
    void payloadLimits();
    void unknownTrailingMembersAreSkipped();
    void olderWriterWithoutTrailingMembers();
    void setInfoRoundTrip();
    void absurdScnsAreRefused();
    void unsupportedStructVersion();
    void pieceDescsRoundTrip();
    void checkpointInfo0_bigEndian();
    void localitySkipsTimeZoneWrap();
    void localityPrimaryZoneUpTo8192();
    void lsAttrAndPieceFileList();
    void scnInt64MaxIsMax();
};

void tst_Obbak::crc32c_isObCrc64()
{
    // ob-backup-layout.md §3.2: init 0, no final XOR. The standard CRC-32C (0xE3069283) is the wrong one.
    QCOMPARE(obCrc32c("123456789", 9), quint32(0x58E3FA20));
    QCOMPARE(obCrc32c("", 0), quint32(0));
    const QByteArray big(3 * 1024 * 1024 + 17, 'z');
    QCOMPARE(obCrc32c(big.constData(), size_t(big.size())),
             obCrc32c(big.constData(), size_t(big.size()))); // chunking is deterministic
}

void tst_Obbak::workedExample_formatFile()
{
    const QByteArray expected = hex("1d 00 01 00 01 00 01 00 30 00 88 d9 00 00 00 00"
                                    "6b 00 00 00 00 00 00 00 6b 00 00 00 00 00 00 00"
                                    "da 60 7f b9 00 00 00 00 00 00 00 00 00 00 00 00"
                                    "01 e5 80 80 80 00")
        + hex("01 8b 80 80 80 00 0a") + "obcluster" + hex("00") + hex("01 8e 80 80 80 00 0d") + "mysql_tenant" + hex("00")
        + hex("01 a7 80 80 80 00 26") + "file:///data/backup/mysql_tenant/data" + hex("00")
        + hex("fc ad d3 b0 06 ea 07 01 e9 07 00 c0 c4 80 c1 c1 c4 82 03");
    QCOMPARE(expected.size(), 155);
    // The writer reproduces the reference bytes exactly …
    const QByteArray written = obbakFile(ObFileType::FormatFile, formatPayload(referenceFormat()));
    QCOMPARE(written.toHex(' '), expected.toHex(' '));
    // … and the reader decodes them.
    ObbakError error;
    const auto f = decodeFormat(expected, &error);
    QVERIFY2(f, qPrintable(error.detail));
    QCOMPARE(f->clusterName, QByteArray("obcluster"));
    QCOMPARE(f->tenantName, QByteArray("mysql_tenant"));
    QCOMPARE(f->path, QByteArray("file:///data/backup/mysql_tenant/data"));
    QCOMPARE(f->clusterId, qint64(1712641788));
    QCOMPARE(f->tenantId, qint64(1002));
    QCOMPARE(f->incarnation, qint64(1));
    QCOMPARE(f->destId, qint64(1001));
    QCOMPARE(f->destType, qint64(0));
    QCOMPARE(f->ts, qint64(1700000000123456));
    const ObbakHeader h = ObbakHeader::parse(expected.constData());
    QCOMPARE(quint16(h.headerChecksum), quint16(0xd988));
    QCOMPARE(h.computeChecksum(), h.headerChecksum);
}

void tst_Obbak::workedExample_placeholder()
{
    const QByteArray expected = hex("17 00 01 00 01 00 01 00 30 00 31 59 00 00 00 00"
                                    "06 00 00 00 00 00 00 00 06 00 00 00 00 00 00 00"
                                    "c0 fa d6 a3 00 00 00 00 00 00 00 00 00 00 00 00"
                                    "01 80 80 80 80 00");
    QCOMPARE(expected.size(), 54);
    QCOMPARE(obbakFile(ObFileType::TabletToLsInfo, placeholderPayload()).toHex(' '), expected.toHex(' '));
    ObbakError error;
    QVERIFY2(decodeDataPlaceholder(expected, &error), qPrintable(error.detail));
}

void tst_Obbak::workedExample_varints_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<bool>("is32");
    QTest::addColumn<QByteArray>("bytes");
    // ob-backup-layout.md §3.3
    QTest::newRow("-1 as vi64") << quint64(-1) << false << hex("ff ff ff ff ff ff ff ff ff 01");
    QTest::newRow("-4016 as vi32") << quint64(quint32(-4016)) << true << hex("d0 e0 ff ff 0f");
    QTest::newRow("1002") << quint64(1002) << false << hex("ea 07");
    QTest::newRow("0") << quint64(0) << false << hex("00");
    QTest::newRow("127") << quint64(127) << false << hex("7f");
    QTest::newRow("128") << quint64(128) << false << hex("80 01");
}

void tst_Obbak::workedExample_varints()
{
    QFETCH(quint64, value);
    QFETCH(bool, is32);
    QFETCH(QByteArray, bytes);
    UnisWriter w;
    is32 ? w.vi32(quint32(value)) : w.vi64(value);
    QCOMPARE(w.bytes().toHex(' '), bytes.toHex(' '));
    UnisReader r(bytes);
    if (is32) {
        quint32 v = 0;
        QVERIFY(r.vi32(v));
        QCOMPARE(quint64(v), value);
    } else {
        quint64 v = 0;
        QVERIFY(r.vi64(v));
        QCOMPARE(v, value);
    }
    QVERIFY(!r.more());
    QCOMPARE(UnisWriter::fixedLength5(107).toHex(' '), hex("eb 80 80 80 00").toHex(' '));
    QCOMPARE(UnisWriter::fixedLength5(0).toHex(' '), hex("80 80 80 80 00").toHex(' '));
}

void tst_Obbak::headerChecks_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("detail");
    const QByteArray good = obbakFile(ObFileType::FormatFile, formatPayload(referenceFormat()));
    const auto patched = [&](qsizetype at, char value) {
        QByteArray b = good;
        b[at] = value;
        return b;
    };
    QTest::newRow("good") << good << int(ObbakError::Kind::None) << "";
    QTest::newRow("empty") << QByteArray() << int(ObbakError::Kind::Empty) << "empty";
    QTest::newRow("1 byte") << good.left(1) << int(ObbakError::Kind::Corrupt) << "48-byte header";
    QTest::newRow("47 bytes") << good.left(47) << int(ObbakError::Kind::Corrupt) << "48-byte header";
    QTest::newRow("header only") << good.left(48) << int(ObbakError::Kind::Corrupt) << "truncated";
    QTest::newRow("payload cut") << good.left(good.size() - 1) << int(ObbakError::Kind::Corrupt) << "truncated";
    QTest::newRow("header checksum") << patched(10, 0) << int(ObbakError::Kind::Corrupt) << "header checksum";
    QTest::newRow("type covered by checksum") << patched(0, 7) << int(ObbakError::Kind::Corrupt) << "header checksum";
    QTest::newRow("data checksum") << patched(100, 'X') << int(ObbakError::Kind::Corrupt) << "data checksum";
    // A file of the wrong kind with a valid header: the type check.
    QTest::newRow("wrong type") << obbakFile(ObFileType::CheckFile, formatPayload(referenceFormat()))
                                << int(ObbakError::Kind::Corrupt) << "data type";
    QTest::newRow("wrong data version") << obbakFile(ObFileType::FormatFile, formatPayload(referenceFormat()), 2)
                                        << int(ObbakError::Kind::Corrupt) << "data version";
    {
        // A consistent header that declares more payload than the file has (a huge declared length).
        ObbakHeader h = ObbakHeader::parse(good.constData());
        h.dataLength = h.dataZLength = qint64(1) << 40;
        h.headerChecksum = h.computeChecksum();
        QTest::newRow("huge data length") << (h.serialize() + good.mid(48)) << int(ObbakError::Kind::Corrupt) << "truncated";
        h.dataLength = h.dataZLength = -5;
        h.headerChecksum = h.computeChecksum();
        QTest::newRow("negative data length") << (h.serialize() + good.mid(48)) << int(ObbakError::Kind::Corrupt) << "truncated";
    }
    {
        ObbakHeader h = ObbakHeader::parse(good.constData());
        h.compressorType = 5;
        h.headerChecksum = h.computeChecksum();
        QTest::newRow("compressed") << (h.serialize() + good.mid(48)) << int(ObbakError::Kind::Corrupt) << "compressor";
    }
    {
        QByteArray payload = formatPayload(referenceFormat());
        payload.chop(3); // the struct declares more than the payload holds
        QTest::newRow("struct cut") << obbakFile(ObFileType::FormatFile, payload) << int(ObbakError::Kind::Corrupt) << "decoded";
    }
}

void tst_Obbak::headerChecks()
{
    QFETCH(QByteArray, file);
    QFETCH(int, kind);
    QFETCH(QString, detail);
    ObbakError error;
    const auto f = decodeFormat(file, &error);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(f.has_value(), kind == int(ObbakError::Kind::None));
    QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));
}

void tst_Obbak::payloadLimits_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("detail");
    {
        UnisWriter w; // a fixed string longer than its capacity (tenant name: 64)
        w.beginStruct();
        w.fixedString("obcluster");
        w.fixedString(QByteArray(100, 't'));
        w.endStruct();
        QTest::newRow("string over capacity") << w.bytes() << "capacity";
    }
    {
        UnisWriter w; // a string length of 2^40
        w.beginStruct();
        w.beginStruct();
        w.vi64(quint64(1) << 40);
        w.endStruct();
        w.endStruct();
        QTest::newRow("huge string length") << w.bytes() << "capacity";
    }
    {
        UnisWriter w; // a nested struct that claims more than its parent holds
        w.beginStruct();
        w.vi64(1);
        w.raw(UnisWriter::fixedLength5(1000000));
        w.endStruct();
        QTest::newRow("huge struct length") << w.bytes() << "remain";
    }
    {
        UnisWriter w; // a varint that never ends
        w.beginStruct();
        w.beginStruct();
        w.raw(QByteArray(20, char(0x81)));
        w.endStruct();
        w.endStruct();
        QTest::newRow("endless varint") << w.bytes() << "longer than";
    }
    {
        UnisWriter w; // no terminating NUL
        w.beginStruct();
        w.beginStruct();
        w.vi64(3);
        w.raw("abc");
        w.endStruct();
        w.endStruct();
        QTest::newRow("unterminated string") << w.bytes() << "not terminated";
    }
}

void tst_Obbak::payloadLimits()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, detail);
    ObbakError error;
    QVERIFY(!decodeFormat(obbakFile(ObFileType::FormatFile, payload), &error));
    QCOMPARE(int(error.kind), int(ObbakError::Kind::Corrupt));
    QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));

    // Huge array counts are refused before anything is allocated.
    UnisWriter w;
    w.beginStruct();
    w.vi64(quint64(1) << 50);
    w.endStruct();
    QVERIFY(!decodeTenantBackupSetInfos(obbakFile(ObFileType::TenantBackupSetInfos, w.bytes()), &error));
    QVERIFY2(error.detail.contains(u"entries"), qPrintable(error.detail));
}

void tst_Obbak::unknownTrailingMembersAreSkipped()
{
    // A newer writer appends members: the reader resumes at the struct's end and keeps decoding the parent.
    UnisWriter w;
    w.beginStruct(); // ObExternBackupSetInfoDesc
    {
        UnisWriter inner;
        writeBackupSetFileDesc(inner, sampleSet());
        QByteArray bytes = inner.bytes();
        // re-open the inner struct: strip its header, append extra members, re-wrap
        UnisReader r(bytes);
        qsizetype saved = 0;
        QVERIFY(r.openStruct(saved));
        QByteArray body = bytes.mid(r.position());
        UnisWriter extra;
        extra.vi64(999);
        extra.fixedString("a member from the future");
        extra.beginStruct();
        extra.vi64(1);
        extra.endStruct();
        body += extra.bytes();
        w.vi64(1);
        w.raw(UnisWriter::fixedLength5(quint64(body.size())));
        w.raw(body);
    }
    w.vi64(12345); // and an unknown member of the outer struct
    w.endStruct();
    ObbakError error;
    const auto d = decodeSingleBackupSetInfo(obbakFile(ObFileType::BackupSetInfo, w.bytes()), &error);
    QVERIFY2(d, qPrintable(error.detail));
    QCOMPARE(d->backupSetId, qint64(7));
    QCOMPARE(d->consistentScn, sampleSet().consistentScn);
}

void tst_Obbak::olderWriterWithoutTrailingMembers()
{
    // 4.0 writers stop after cluster_version_: the later members keep their defaults.
    ObbakError error;
    const auto d = decodeSingleBackupSetInfo(obbakFile(ObFileType::BackupSetInfo, singleBackupSetInfoPayload(sampleSet(), true)), &error);
    QVERIFY2(d, qPrintable(error.detail));
    QCOMPARE(d->clusterVersion, sampleSet().clusterVersion);
    QVERIFY(!d->consistentScn.isValid());

    // A writer that stops even earlier (after min_restore_scn): versions stay unknown (0).
    const QByteArray full = singleBackupSetInfoPayload(sampleSet(), true);
    UnisWriter cut;
    cut.beginStruct();
    cut.beginStruct();
    UnisWriter members;
    {
        const BackupSetFileDesc s = sampleSet();
        members.vi64(quint64(s.backupSetId));
        members.vi64(1);
        members.vi64(1002);
        members.vi64(1001);
        members.beginStruct();
        members.vi32(1);
        members.endStruct();
    }
    cut.raw(members.bytes());
    cut.endStruct();
    cut.endStruct();
    const auto e = decodeSingleBackupSetInfo(obbakFile(ObFileType::BackupSetInfo, cut.bytes()), &error);
    QVERIFY2(e, qPrintable(error.detail));
    QCOMPARE(e->backupSetId, qint64(7));
    QCOMPARE(e->backupType, 1);
    QCOMPARE(e->clusterVersion, quint64(0));
    QVERIFY(!full.isEmpty());
}

// Issue 15, item 8: an SCN OceanBase cannot write is refused as Absurd (checksums pass), never taken as a time in
// 2116; SCN::max, INT64_MAX (older builds' max) and the invalid SCN (an unset member) are what OceanBase writes.
void tst_Obbak::absurdScnsAreRefused()
{
    ObbakError error;
    BackupSetFileDesc s = sampleSet();
    for (const quint64 ok : {Scn::kMax, quint64(INT64_MAX), Scn::kInvalid}) {
        s.minRestoreScn = Scn(ok);
        QVERIFY(decodeSingleBackupSetInfo(obbakFile(ObFileType::BackupSetInfo, singleBackupSetInfoPayload(s)), &error));
    }
    for (const quint64 absurd : {Scn::kMax + 1, quint64(INT64_MAX) - 1, Scn::kInvalid - 1}) {
        s.minRestoreScn = Scn(absurd);
        QVERIFY(!decodeSingleBackupSetInfo(obbakFile(ObFileType::BackupSetInfo, singleBackupSetInfoPayload(s)), &error));
        QCOMPARE(error.kind, ObbakError::Kind::Absurd);
        QVERIFY2(error.detail.contains(QString::number(absurd)), qPrintable(error.detail));
    }
    PieceCheckpointDesc c;
    c.version = 1;
    c.startScn = Scn(1709251200000000000);
    c.checkpointScn = Scn(quint64(1) << 63);
    c.maxScn = c.checkpointScn;
    c.endScn = Scn::max();
    QVERIFY(!decodeCheckpointInfo0(obbakFile(ObFileType::ArchiveSinglePieceInfo, checkpointInfo0Payload(c)), &error));
    QCOMPARE(error.kind, ObbakError::Kind::Absurd);
    c.checkpointScn = c.maxScn = Scn(1709251300000000000);
    QVERIFY2(decodeCheckpointInfo0(obbakFile(ObFileType::ArchiveSinglePieceInfo, checkpointInfo0Payload(c)), &error), qPrintable(error.detail));
}

void tst_Obbak::setInfoRoundTrip()
{
    ObbakError error;
    const BackupSetFileDesc s = sampleSet();
    const auto d = decodeSingleBackupSetInfo(obbakFile(ObFileType::BackupSetInfo, singleBackupSetInfoPayload(s)), &error);
    QVERIFY2(d, qPrintable(error.detail));
    QCOMPARE(d->backupSetId, s.backupSetId);
    QCOMPARE(d->backupType, s.backupType);
    QCOMPARE(d->plusArchivelog, true);
    QCOMPARE(d->prevFullBackupSetId, qint64(5));
    QCOMPARE(d->prevIncBackupSetId, qint64(6));
    QCOMPARE(d->outputBytes, s.outputBytes);
    QCOMPARE(d->encryptionMode, 1);
    QCOMPARE(d->passwd, QByteArray("pw"));
    QCOMPARE(d->backupPath, s.backupPath);
    QCOMPARE(d->startReplayScn, s.startReplayScn);
    QCOMPARE(d->minRestoreScn, s.minRestoreScn);
    QCOMPARE(d->tenantCompatible, s.tenantCompatible);
    QCOMPARE(d->clusterVersion, s.clusterVersion);
    QCOMPARE(d->metaTurnId, qint64(2));

    const auto all = decodeTenantBackupSetInfos(obbakFile(ObFileType::TenantBackupSetInfos, tenantBackupSetInfosPayload({s, s})), &error);
    QVERIFY2(all, qPrintable(error.detail));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).minRestoreScn, s.minRestoreScn);
    // Dispatch is by name: the set info decoder refuses a placeholder (type 23), whatever its content.
    QVERIFY(!decodeSingleBackupSetInfo(obbakFile(ObFileType::TabletToLsInfo, singleBackupSetInfoPayload(s)), &error));
}

void tst_Obbak::unsupportedStructVersion()
{
    UnisWriter w;
    w.beginStruct(2);
    w.endStruct();
    ObbakError error;
    QVERIFY(!decodeFormat(obbakFile(ObFileType::FormatFile, w.bytes()), &error));
    QVERIFY2(error.detail.contains(u"version 2"), qPrintable(error.detail));
}

void tst_Obbak::pieceDescsRoundTrip()
{
    ObbakError error;
    PieceAttr p;
    p.tenantId = 1002;
    p.destId = 1002;
    p.roundId = 3;
    p.pieceId = 42;
    p.incarnation = 1;
    p.destNo = -1; // the default: 10 bytes on the wire
    p.startScn = Scn(1709251200000000000ull);
    p.checkpointScn = Scn(1709337600000000000ull);
    p.maxScn = p.checkpointScn;
    p.endScn = p.checkpointScn;
    p.compatible = 1;
    p.status = 2;
    p.fileStatus = 4;
    p.path = "file:///backup/clog";
    const auto single = decodeSinglePieceInfo(obbakFile(ObFileType::ArchiveSinglePieceInfo, singlePieceInfoPayload(p)), &error);
    QVERIFY2(single, qPrintable(error.detail));
    QCOMPARE(single->pieceId, qint64(42));
    QCOMPARE(single->destNo, qint64(-1));
    QCOMPARE(single->status, 2);
    QCOMPARE(single->fileStatus, 4);
    QCOMPARE(single->checkpointScn, p.checkpointScn);
    QCOMPARE(single->path, p.path);

    TenantArchivePieceInfosDesc e;
    e.tenantId = 1002;
    e.destId = 1002;
    e.roundId = 3;
    e.pieceId = 43;
    e.startScn = p.endScn;
    e.endScn = Scn(p.endScn.value() + 1000);
    e.hisFrozenPieces = {p, p};
    e.hisFrozenPieces[1].pieceId = 41;
    const auto extend = decodeTenantArchivePieceInfos(
        obbakFile(ObFileType::TenantArchivePieceInfos, tenantArchivePieceInfosPayload(e)), &error);
    QVERIFY2(extend, qPrintable(error.detail));
    QCOMPARE(extend->hisFrozenPieces.size(), 2);
    QCOMPARE(extend->hisFrozenPieces[1].pieceId, qint64(41));
    QCOMPARE(extend->endScn, e.endScn);

    const auto rs = decodeRoundStart(obbakFile(ObFileType::ArchiveRoundStart, roundStartPayload({1002, 3, p.startScn, 40, 86400000000})), &error);
    QVERIFY2(rs && rs->basePieceId == 40 && rs->pieceSwitchInterval == 86400000000, qPrintable(error.detail));
    const auto re = decodeRoundEnd(obbakFile(ObFileType::ArchiveRoundEnd, roundEndPayload({1002, 3, p.startScn, p.endScn, 40, 1})), &error);
    QVERIFY2(re && re->checkpointScn == p.endScn, qPrintable(error.detail));
    const auto ps = decodePieceStart(obbakFile(ObFileType::ArchivePieceStart, pieceStartPayload({1002, 3, 42, p.startScn})), &error);
    QVERIFY2(ps && ps->pieceId == 42 && ps->startScn == p.startScn, qPrintable(error.detail));
    const auto pe = decodePieceEnd(obbakFile(ObFileType::ArchivePieceEnd, pieceEndPayload({1002, 3, 42, p.endScn})), &error);
    QVERIFY2(pe && pe->endScn == p.endScn, qPrintable(error.detail));
    const auto ip = decodePieceInnerPlaceholder(
        obbakFile(ObFileType::PieceInnerPlaceholder, pieceInnerPlaceholderPayload({1002, 3, 42, p.startScn, p.endScn})), &error);
    QVERIFY2(ip && ip->checkpointScn == p.endScn, qPrintable(error.detail));
    const auto cf = decodeCheckFile(obbakFile(ObFileType::CheckFile, checkFilePayload({"c", "t", "file:///x", 1, 1002, 1, 5})), &error);
    QVERIFY2(cf && cf->tenantName == "t" && cf->ts == 5, qPrintable(error.detail));
}

void tst_Obbak::checkpointInfo0_bigEndian()
{
    PieceCheckpointDesc c;
    c.tenantId = 1002;
    c.destId = 1002;
    c.roundId = 1;
    c.pieceId = 3;
    c.incarnation = 1;
    c.compatible = 1;
    c.startScn = Scn(0x0102030405060708ull);
    c.checkpointScn = Scn(1709337600000000000ull);
    c.maxScn = c.checkpointScn;
    c.endScn = Scn(1709424000000000000ull);
    const QByteArray payload = checkpointInfo0Payload(c);
    QCOMPARE(payload.size(), 152);
    QCOMPARE(payload.mid(64, 8).toHex(), QByteArray("0102030405060708")); // start_scn at offset 64, MSB first
    const QByteArray file = obbakFile(ObFileType::ArchiveSinglePieceInfo, payload);
    QCOMPARE(file.size(), 200);
    ObbakError error;
    const auto d = decodeCheckpointInfo0(file, &error);
    QVERIFY2(d, qPrintable(error.detail));
    QCOMPARE(d->pieceId, qint64(3));
    QCOMPARE(d->startScn, c.startScn);
    QCOMPARE(d->checkpointScn, c.checkpointScn);
    QCOMPARE(d->endScn, c.endScn);
    // A cut checkpoint is refused.
    QVERIFY(!decodeCheckpointInfo0(obbakFile(ObFileType::ArchiveSinglePieceInfo, payload.left(90)), &error));
    QVERIFY(error.kind == ObbakError::Kind::Corrupt);
}

void tst_Obbak::localitySkipsTimeZoneWrap()
{
    LocalityInfoDesc l;
    l.tenantId = 1002;
    l.tenantName = "mysql_tenant";
    l.clusterName = "obcluster";
    l.sysTimeZone = "Asia/Shanghai";
    l.compatMode = 0;
    ObbakError error;
    const auto d = decodeLocalityInfo(obbakFile(ObFileType::TenantLocalityInfo, localityInfoPayload(l)), &error);
    QVERIFY2(d, qPrintable(error.detail));
    QCOMPARE(d->tenantName, QByteArray("mysql_tenant"));
    QCOMPARE(d->clusterName, QByteArray("obcluster"));
    QCOMPARE(d->sysTimeZone, QByteArray("Asia/Shanghai"));
}

void tst_Obbak::localityPrimaryZoneUpTo8192()
{
    // primary_zone_ is ObFixedLengthString<MAX_ZONE_LIST_LENGTH = 8192>, not the locality's 4096.
    LocalityInfoDesc l;
    l.tenantId = 1002;
    l.tenantName = "t";
    l.clusterName = "c";
    l.primaryZone = QByteArray(6000, 'z');
    l.sysTimeZone = "+08:00";
    ObbakError error;
    auto d = decodeLocalityInfo(obbakFile(ObFileType::TenantLocalityInfo, localityInfoPayload(l)), &error);
    QVERIFY2(d, qPrintable(error.detail));
    QCOMPARE(d->primaryZone.size(), 6000);
    QCOMPARE(d->sysTimeZone, QByteArray("+08:00"));
    l.primaryZone = QByteArray(8200, 'z');
    QVERIFY(!decodeLocalityInfo(obbakFile(ObFileType::TenantLocalityInfo, localityInfoPayload(l)), &error));
}

void tst_Obbak::lsAttrAndPieceFileList()
{
    LsAttrInfoDesc a;
    a.backupScn = Scn(1709262000000000000ull);
    a.lsIds = {1, 1001, 1002};
    ObbakError error;
    const auto da = decodeLsAttrInfo(obbakFile(ObFileType::LsInfo, lsAttrInfoPayload(a)), &error);
    QVERIFY2(da, qPrintable(error.detail));
    QCOMPARE(da->lsIds, a.lsIds);
    QCOMPARE(da->backupScn, a.backupScn);
    // An empty list is not valid (ObBackupDataLSAttrDesc::is_valid).
    QVERIFY(!decodeLsAttrInfo(obbakFile(ObFileType::LsInfo, placeholderPayload()), &error));
    PieceFileListDesc f{1002, 1, 3, {}};
    f.logStreams = {{1, {1, 2, 3}, false}, {1001, {7}, true}};
    const auto df = decodePieceFileList(obbakFile(ObFileType::PieceFileList, pieceFileListPayload(f)), &error);
    QVERIFY2(df, qPrintable(error.detail));
    QCOMPARE(df->pieceId, 3);
    QCOMPARE(df->logStreams.size(), 2);
    QCOMPARE(df->logStreams[0].fileIds, (QList<qint64>{1, 2, 3}));
    QCOMPARE(df->logStreams[1].lsId, 1001);
    QVERIFY(df->logStreams[1].deleted);
}

void tst_Obbak::scnInt64MaxIsMax()
{
    PieceAttr p;
    p.endScn = Scn(quint64(INT64_MAX));
    ObbakError error;
    const auto d = decodeSinglePieceInfo(obbakFile(ObFileType::ArchiveSinglePieceInfo, singlePieceInfoPayload(p)), &error);
    QVERIFY2(d, qPrintable(error.detail));
    QCOMPARE(d->endScn, Scn::max());
}

QTEST_GUILESS_MAIN(tst_Obbak)
#include "tst_obbak.moc"
