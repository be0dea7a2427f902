#include "supportbundle.h"

#include "backupdest/tenantcatalog.h"
#include "buildinfo.h"
#include "cluster/clusterfacts.h"
#include "inspectreport.h"
#include "tr.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <zip.h>

namespace obrestore {

namespace {

struct Entry
{
    QString name;
    QString what;
    QByteArray bytes;
};

// Secrets of the locations themselves: the access_key values as written (and a user:secret@ form's secret).
QStringList secretsOf(const QList<BackupUri> &locations)
{
    QStringList out;
    for (const BackupUri &u : locations) {
        if (u.isLocal())
            continue;
        for (const QString &token : u.query().split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = token.indexOf(u'=');
            if (eq > 0 && maskQuerySecrets(token) != token)
                out << token.mid(eq + 1);
        }
    }
    return out;
}

QString readmeText(const QList<Entry> &entries)
{
    QString text = Tr::tr("obrestore support bundle\n"
                          "========================\n\n"
                          "Attach this archive to a support ticket. Every password, access key and other secret was "
                          "replaced by ****** before it was written. manifest.json says what was collected, with which "
                          "versions and in which time zone, and what could not be collected and why.\n\n"
                          "Files:\n");
    for (const Entry &e : entries)
        text += QStringLiteral("  %1\n      %2\n").arg(e.name, e.what);
    return text;
}

bool writeZip(const QString &path, const QList<Entry> &entries, QString *error)
{
    // Atomic: a temporary file in the same folder, renamed over the target once libzip has closed it.
    const QString tmp = QStringLiteral("%1.tmp-%2").arg(path).arg(QCoreApplication::applicationPid());
    QFile::remove(tmp);
    int zerr = 0;
    zip_t *za = zip_open(QFile::encodeName(tmp).constData(), ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!za) {
        zip_error_t e;
        zip_error_init_with_code(&e, zerr);
        *error = Tr::tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(zip_error_strerror(&e)));
        zip_error_fini(&e);
        return false;
    }
    for (const Entry &e : entries) {
        // The bytes stay alive in `entries` until zip_close (freep = 0).
        zip_source_t *src = zip_source_buffer(za, e.bytes.constData(), zip_uint64_t(e.bytes.size()), 0);
        if (!src || zip_file_add(za, e.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            if (src)
                zip_source_free(src);
            *error = Tr::tr("Cannot add %1 to the bundle: %2").arg(e.name, QString::fromLocal8Bit(zip_strerror(za)));
            zip_discard(za);
            QFile::remove(tmp);
            return false;
        }
    }
    if (zip_close(za) != 0) {
        *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(zip_strerror(za)));
        zip_discard(za);
        QFile::remove(tmp);
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        *error = Tr::tr("Cannot write %1: the finished bundle could not be moved into place.").arg(QDir::toNativeSeparators(path));
        QFile::remove(tmp);
        return false;
    }
    return true;
}

} // namespace

QString bundleOutcomeText(const QString &path, const BundleResult &result)
{
    if (!result.written)
        return result.error;
    return Tr::tr("Wrote %1: %n file(s), every secret replaced by ******.", nullptr, int(result.files.size()))
        .arg(QDir::toNativeSeparators(path));
}

QByteArray redactForBundle(const QByteArray &text, const QStringList &secrets)
{
    QString s = QString::fromUtf8(text);
    // Longest first, so that a secret containing a shorter one is replaced whole.
    QStringList sorted = secrets;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(sorted)) {
        if (secret.size() < 3 || secret == u"******")
            continue; // "", "pw": replacing them everywhere would only garble the bundle
        s.replace(secret, QStringLiteral("******"));
        // As it appears inside JSON strings (quotes and backslashes escaped).
        QString escaped = secret;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        if (escaped != secret)
            s.replace(escaped, QStringLiteral("******"));
    }
    return maskSecrets(s).toUtf8();
}

BundleResult writeSupportBundle(const QString &path, const BundleRequest &request)
{
    BundleResult result;
    QList<Entry> entries;
    const int total = (request.locations.isEmpty() ? 0 : 1) + (request.target ? 1 : 0) + 1;
    int done = 0;
    auto step = [&](const QString &what) {
        if (request.progress)
            request.progress(what, done, total);
    };
    auto cancelled = [&] { return request.cancel && request.cancel->load(); };

    QStringList secrets = request.secrets + request.decryptionPasswords + secretsOf(request.locations);
    if (request.target)
        secrets << request.target->password;

    // 1. The locations, as `obrestore inspect` reports them.
    if (request.catalog) {
        entries.append({QStringLiteral("inspect.json"), Tr::tr("the inspect report of the backup locations (obrestore inspect --json)"),
                        inspectJson(*request.catalog)});
        entries.append({QStringLiteral("inspect.txt"), Tr::tr("the same report as text, in the UI language"),
                        inspectText(*request.catalog, request.zone).toUtf8()});
    } else if (!request.locations.isEmpty() && !cancelled()) {
        step(Tr::tr("Reading the backup locations…"));
        ScanOptions scanOptions;
        scanOptions.cancel = request.cancel;
        const ScanResult scan = DestScanner().scan(request.locations, scanOptions);
        CatalogOptions options;
        options.timeZone = request.zone;
        options.decryptionPasswords = request.decryptionPasswords;
        const Catalog catalog = buildCatalog(scan, options);
        entries.append({QStringLiteral("inspect.json"), Tr::tr("the inspect report of the backup locations (obrestore inspect --json)"),
                        inspectJson(catalog)});
        entries.append({QStringLiteral("inspect.txt"), Tr::tr("the same report as text, in the UI language"),
                        inspectText(catalog, request.zone).toUtf8()});
        ++done;
    }

    // 2. The target cluster.
    QString clusterVersion;
    if (request.target && !cancelled()) {
        step(Tr::tr("Reading %1…").arg(request.target->displayName()));
        Session session(*request.target);
        const ClusterFacts facts = collectClusterFacts(session, request.tenant, request.jobId, [&](const QString &view) {
            step(Tr::tr("Reading %1…").arg(view));
        });
        session.close();
        if (facts.version)
            clusterVersion = facts.version->toString();
        for (const ClusterFact &f : facts.files)
            entries.append({f.file, f.what, f.json});
        result.notCollected += facts.notCollected;
        ++done;
    }
    if (cancelled()) {
        result.error = Tr::tr("The support bundle was cancelled; nothing was written.");
        return result;
    }

    // 3. What the caller adds (the wizard's plan, pre-checks, samples).
    for (const auto &[name, bytes] : request.extraFiles) {
        QString what;
        for (const auto &[file, description] : request.extraDescriptions) {
            if (file == name)
                what = description;
        }
        entries.append({name, what, bytes});
    }
    if (!request.target)
        result.notCollected.append({Tr::tr("the target cluster"), Tr::tr("no cluster was given (--host)")});
    if (request.locations.isEmpty() && !request.catalog)
        result.notCollected.append({Tr::tr("the backup locations"), Tr::tr("no backup location was given")});
    // obrestore does not keep a watch's samples on disk (yet): say so rather than leave the reader guessing.
    const bool hasSamples = std::any_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.name == u"restore/samples.json"; });
    if (!hasSamples)
        result.notCollected.append({Tr::tr("the samples of a watch"),
                                    Tr::tr("obrestore keeps a watch's samples in memory only; export the bundle from the "
                                           "wizard's progress page to include them")});

    // Redaction of everything collected, before the manifest and README describe it.
    for (Entry &e : entries)
        e.bytes = redactForBundle(e.bytes, secrets);

    // manifest.json first, then README.txt, then the rest.
    QJsonArray files;
    files.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("manifest.json")},
                             {QStringLiteral("what"), Tr::tr("this list: what was collected and what was not")}});
    files.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("README.txt")},
                             {QStringLiteral("what"), Tr::tr("what each file is, in the UI language")}});
    for (const Entry &e : std::as_const(entries))
        files.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("what"), e.what}, {QStringLiteral("bytes"), qint64(e.bytes.size())}});
    QJsonArray missing;
    for (const auto &[what, why] : std::as_const(result.notCollected))
        missing.append(QJsonObject{{QStringLiteral("what"), what}, {QStringLiteral("why"), why}});
    QJsonArray inputs;
    for (const BackupUri &u : request.locations)
        inputs.append(u.toDisplayString());
    if (request.catalog) {
        for (const QString &u : request.catalog->inputs)
            inputs.append(u);
    }
    QJsonObject manifest{
        {QStringLiteral("schema_version"), 1},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("time_zone"), QString::fromUtf8(request.zone.id())},
        // The zone the text files show times in, as an offset now (JSON files carry UTC as well).
        {QStringLiteral("time_zone_offset"), [&] {
             const int s = request.zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
             return QStringLiteral("%1%2:%3").arg(QChar(s < 0 ? u'-' : u'+')).arg(qAbs(s) / 3600, 2, 10, QLatin1Char('0')).arg(qAbs(s) % 3600 / 60, 2, 10, QLatin1Char('0'));
         }()},
        {QStringLiteral("obrestore_version"), QStringLiteral(OBRESTORE_VERSION_STRING)},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("inputs"), inputs},
        {QStringLiteral("files"), files},
        {QStringLiteral("not_collected"), missing},
    };
    if (request.target) {
        manifest.insert(QStringLiteral("target"), request.target->displayName());
        manifest.insert(QStringLiteral("cluster_version"), clusterVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(clusterVersion));
        if (!request.tenant.isEmpty())
            manifest.insert(QStringLiteral("tenant"), request.tenant);
    }
    QList<Entry> ordered;
    ordered.append({QStringLiteral("manifest.json"), QString(),
                    redactForBundle(QJsonDocument(manifest).toJson(QJsonDocument::Indented), secrets)});
    ordered.append({QStringLiteral("README.txt"), QString(), redactForBundle(readmeText(entries).toUtf8(), secrets)});
    ordered += entries;

    step(Tr::tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    if (!writeZip(path, ordered, &result.error))
        return result;
    for (const Entry &e : std::as_const(ordered))
        result.files << e.name;
    result.written = true;
    if (request.progress)
        request.progress(Tr::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)), total, total);
    return result;
}

} // namespace obrestore
