// libFuzzer target over the metadata decoder and the name parsers (build with -DOBRESTORE_FUZZ=ON and clang).
// The first input byte picks what is fuzzed:
//   0: the bytes as a whole metadata file, through every decoder (envelope checks first);
//   1: the bytes as a payload, wrapped in a valid header of every type, so mutations reach the OB_UNIS decoding
//      instead of dying at the checksum;
//   2: the bytes as a name or a user-typed value, through every parser;
//   3: the bytes as a script of UnisReader primitives.
#include "backupdest/filenames.h"
#include "backupdest/obbak.h"
#include "backupdest/unis.h"
#include "common/backupuri.h"
#include "common/obversion.h"
#include "common/scn.h"
#include "uniswriter.h"

#include <cstddef>
#include <cstdint>

using namespace obrestore;

namespace {

void decodeAll(const QByteArray &file)
{
    ObbakError e;
    (void)decodeFormat(file, &e);
    (void)decodeCheckFile(file, &e);
    (void)decodeDataPlaceholder(file, &e);
    (void)decodeSingleBackupSetInfo(file, &e);
    (void)decodeTenantBackupSetInfos(file, &e);
    (void)decodeLocalityInfo(file, &e);
    (void)decodeRoundStart(file, &e);
    (void)decodeRoundEnd(file, &e);
    (void)decodePieceStart(file, &e);
    (void)decodePieceEnd(file, &e);
    (void)decodePieceInnerPlaceholder(file, &e);
    (void)decodeSinglePieceInfo(file, &e);
    (void)decodeTenantArchivePieceInfos(file, &e);
    (void)decodeCheckpointInfo0(file, &e);
    (void)decodeLsAttrInfo(file, &e);
    (void)decodePieceFileList(file, &e);
}

void parseAll(const QString &s)
{
    (void)parseSetPlaceholderName(s);
    (void)parseSetDirName(s);
    (void)parseRoundName(s);
    (void)parsePiecePlaceholderName(s);
    (void)parsePieceDirName(s);
    (void)parseCheckpointName(s);
    (void)parseIncarnationDirName(s);
    (void)isTmpFileName(s);
    (void)stripBackupSuffix(s);
    QString error;
    (void)BackupUri::parse(s, &error, QStringLiteral("/base"));
    (void)maskSecrets(s);
    (void)ObVersion::parse(s);
    (void)parseTimeZone(s);
    (void)Scn::parse(s, QTimeZone::utc(), &error);
}

void unisScript(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    UnisReader r(bytes.constData() + bytes.size() / 2, bytes.size() - bytes.size() / 2);
    QList<qsizetype> open;
    for (qsizetype i = 0; i < bytes.size() / 2 && r.ok(); ++i) {
        quint64 u = 0;
        quint32 w = 0;
        quint8 b = 0;
        bool flag = false;
        qint64 n = 0;
        QByteArray s;
        switch (quint8(bytes[i]) % 9) {
        case 0: r.vi64(u); break;
        case 1: r.vi32(w); break;
        case 2: r.byte(b); break;
        case 3: r.boolean(flag); break;
        case 4: r.fixedBe64(u); break;
        case 5: r.fixedString(s, 2048); break;
        case 6: r.obString(s, 4096); break;
        case 7: r.arrayCount(n, 6); break;
        case 8: {
            qsizetype saved = 0;
            if (!open.isEmpty() && (quint8(bytes[i]) & 0x10)) {
                r.closeStruct(open.takeLast());
            } else if (r.openStruct(saved)) {
                open.append(saved);
            }
            break;
        }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > (1u << 20))
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
        decodeAll(rest);
        break;
    case 1:
        for (quint16 type : {7, 12, 18, 19, 20, 21, 22, 23, 27, 28, 29, 30, 31, 33, 35})
            decodeAll(obfixture::obbakFile(ObFileType(type), rest));
        break;
    case 2:
        parseAll(QString::fromUtf8(rest));
        break;
    case 3:
        unisScript(rest);
        break;
    }
    return 0;
}
