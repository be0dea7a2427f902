#include "azuresign.h"

#include <QMap>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>

namespace obrestore::azure {

QByteArray canonicalizedResource(const QString &account, const QByteArray &encodedPath, const QList<QPair<QString, QString>> &query)
{
    QByteArray out = '/' + account.toUtf8() + (encodedPath.isEmpty() ? QByteArray("/") : encodedPath);
    QMap<QString, QStringList> params; // sorted by name
    for (const auto &[name, value] : query)
        params[name.toLower()] << value;
    for (auto it = params.begin(); it != params.end(); ++it) {
        QStringList values = it.value();
        std::sort(values.begin(), values.end());
        out += '\n' + it.key().toUtf8() + ':' + values.join(u',').toUtf8();
    }
    return out;
}

QByteArray stringToSign(const QString &account, const Request &request)
{
    auto header = [&](const char *name) {
        for (const auto &[n, v] : request.headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return QByteArray();
    };
    QByteArray contentLength = header("Content-Length");
    if (contentLength == "0")
        contentLength.clear(); // version 2015-02-21 and later: an empty string when zero
    QByteArray out = request.verb + '\n';
    for (const QByteArray &v : {header("Content-Encoding"), header("Content-Language"), contentLength, header("Content-MD5"),
                                header("Content-Type"), header("Date"), header("If-Modified-Since"), header("If-Match"),
                                header("If-None-Match"), header("If-Unmodified-Since"), header("Range")})
        out += v + '\n';
    QMap<QByteArray, QByteArray> ms;
    for (const auto &[n, v] : request.headers) {
        const QByteArray name = n.toLower().trimmed();
        if (name.startsWith("x-ms-"))
            ms.insert(name, v.trimmed());
    }
    for (auto it = ms.cbegin(); it != ms.cend(); ++it)
        out += it.key() + ':' + it.value() + '\n';
    return out + canonicalizedResource(account, request.encodedPath, request.query);
}

bool isAccountKey(const QString &key)
{
    static const QRegularExpression base64(QStringLiteral(R"(\A(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?\z)"));
    return !key.isEmpty() && base64.match(key).hasMatch();
}

QByteArray authorization(const QString &account, const QString &base64Key, const Request &request)
{
    if (!isAccountKey(base64Key))
        return QByteArray();
    const QByteArray key = QByteArray::fromBase64(base64Key.toLatin1());
    const QByteArray signature = QMessageAuthenticationCode::hash(stringToSign(account, request), key, QCryptographicHash::Sha256).toBase64();
    return "SharedKey " + account.toUtf8() + ':' + signature;
}

QByteArray httpDate(const QDateTime &utc)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()).rightJustified(2, '0') + ' ' + months[d.month() - 1]
        + ' ' + QByteArray::number(d.year()) + ' ' + t.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " GMT";
}

} // namespace obrestore::azure
