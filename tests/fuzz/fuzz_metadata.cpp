// libFuzzer target over the metadata decoder and the name parsers (build with -DOBRESTORE_FUZZ=ON and clang).
// The first input byte picks what is fuzzed:
//   0: the bytes as a whole metadata file, through every decoder (envelope checks first);
//   1: the bytes as a payload, wrapped in a valid header of every type, so mutations reach the OB_UNIS decoding
//      instead of dying at the checksum;
//   2: the bytes as a name or a user-typed value, through every parser;
//   3: the bytes as a script of UnisReader primitives;
//   4: the bytes as an object-storage location, or as the secret inside one: parsed like OceanBase parses storage
//      info, with a masking property (no output of the parsers, maskers or statement checks holds the secret);
//   5: the bytes as a local file name, through the byte-preserving name codec (round trip property).
#include "backupdest/filenames.h"
#include "backupdest/obbak.h"
#include "backupdest/objectstorage.h"
#include "backupdest/storage.h"
#include "cluster/restorestatement.h"
#include "backupdest/unis.h"
#include "common/backupuri.h"
#include "common/obversion.h"
#include "common/scn.h"
#include "uniswriter.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

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

// Name parsers that build names too: what they parse, they write back the same.
void roundTrips(const QString &s)
{
    if (const auto d = parseSetDirName(s)) {
        const auto again = parseSetDirName(setDirName(d->setId, d->type));
        if (!again || again->setId != d->setId || again->type != d->type)
            std::abort();
    }
    if (const auto k = parsePieceDirName(s)) {
        const auto again = parsePieceDirName(pieceDirName(*k));
        if (!again || !(*again == *k))
            std::abort();
    }
}

// A secret is "Qx7<fuzzed>Zk9": its two ends never occur in obrestore's own texts, so a leaked head or tail is caught
// and a message that happens to contain the fuzzed middle ("access_key=") is not taken for a leak.
void mustNotShow(const QString &output, const QString &secret, int line = __builtin_LINE())
{
    if (output.contains(QLatin1StringView("Qx7")) || output.contains(QLatin1StringView("Zk9"))) {
        std::fprintf(stderr, "fuzz_metadata.cpp:%d shows the secret \"%s\": %s\n", line, qUtf8Printable(secret), qUtf8Printable(output));
        std::abort();
    }
}

// Every way a location reaches a person: none may show the secret.
void checkMasking(const QString &uri, const QString &secret)
{
    mustNotShow(maskUriSecrets(uri), secret);
    // Free text (maskSecrets) ends a value at a quote, a comma or a line break, as inside a statement or a list:
    // checked for secrets without them.
    static const QRegularExpression endsOfFreeText(QStringLiteral("[,'\"\\r\\n]"));
    if (!secret.contains(endsOfFreeText))
        mustNotShow(maskSecrets(uri), secret);
    QString error;
    const auto parsed = BackupUri::parse(uri, &error);
    mustNotShow(error, secret);
    if (parsed) {
        mustNotShow(parsed->toDisplayString(), secret);
        error.clear();
        const auto loc = ObjectLocation::fromUri(*parsed, &error);
        mustNotShow(error, secret);
        if (loc) {
            mustNotShow(loc->maskedQuery, secret);
            mustNotShow(loc->displayUri(QStringLiteral("k")), secret);
        }
    }
    error.clear();
    (void)RestoreStatement::isValidUri(uri, &error);
    mustNotShow(error, secret);
}

void storageInfo(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    const QString text = QString::fromUtf8(bytes.mid(1));
    if (bytes[0] & 1) {
        // The bytes as a secret (up to the first '&', as OceanBase takes it) inside locations of every scheme.
        const QString secret = QStringLiteral("Qx7") + text.section(u'&', 0, 0) + QStringLiteral("Zk9");
        for (const char *scheme : {"s3", "oss", "cos", "obs"}) {
            const QString base = QStringLiteral("%1://bkt/p?host=h&access_id=AK").arg(QLatin1StringView(scheme));
            if (base.contains(secret))
                continue;
            checkMasking(base + QStringLiteral("&access_key=") + secret, secret);
            checkMasking(base + QStringLiteral("&access_key=") + secret + QStringLiteral("&s3_region=r"), secret);
        }
        if (!secret.contains(u'@') && !secret.contains(u'/') && !secret.contains(u'?'))
            checkMasking(QStringLiteral("oss://AK:%1@bkt/p?host=h").arg(secret), secret);
        return;
    }
    // The bytes as a whole location: parsed without crashing; each access_key value that stands for itself is masked.
    QString error;
    if (const auto uri = BackupUri::parse(text, &error)) {
        (void)ObjectLocation::fromUri(*uri, &error, QStringLiteral("fallback-key"));
        // Qx7…Zk9 inside an access_key value only (the fuzzer finds them from the seed corpus): never shown.
        bool elsewhere = false;
        for (const QString &token : uri->query().split(u'&', Qt::SkipEmptyParts)) {
            if (!token.startsWith(QLatin1StringView("access_key=")))
                elsewhere |= token.contains(QLatin1StringView("Qx7")) || token.contains(QLatin1StringView("Zk9"));
        }
        elsewhere |= uri->objectPath().contains(QLatin1StringView("Qx7")) || uri->objectPath().contains(QLatin1StringView("Zk9"));
        if (!elsewhere)
            mustNotShow(uri->toDisplayString(), QString());
    }
    (void)maskSecrets(text);
}

void localNames(const QByteArray &bytes)
{
    const QString decoded = decodeLocalName(bytes.constData(), bytes.size());
    if (encodeLocalName(decoded) != bytes)
        std::abort();
    (void)displayLocalName(decoded);
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
    switch (data[0] % 6) {
    case 0:
        decodeAll(rest);
        break;
    case 1:
        for (quint16 type : {7, 12, 18, 19, 20, 21, 22, 23, 27, 28, 29, 30, 31, 33, 35})
            decodeAll(obfixture::obbakFile(ObFileType(type), rest));
        break;
    case 2:
        parseAll(QString::fromUtf8(rest));
        roundTrips(QString::fromUtf8(rest));
        break;
    case 3:
        unisScript(rest);
        break;
    case 4:
        storageInfo(rest);
        break;
    case 5:
        localNames(rest);
        break;
    }
    return 0;
}
