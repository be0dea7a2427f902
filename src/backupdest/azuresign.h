#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace obrestore::azure {

// Azure Storage's Shared Key authorization (Microsoft, "Authorize with Shared Key", learn.microsoft.com/rest/api/
// storageservices/authorize-with-shared-key), for the Blob service, version 2009-09-19 and later: the string to sign
// and the Authorization header, HMAC-SHA256 with the base64-decoded account key. Kept in this one file, checked
// against the examples of that page (tst_objectlocation azureSharedKey) and by Azurite, which verifies every
// request's signature (tst_azure).

// The API version every request names (x-ms-version): List Blobs with a delimiter and markers, Get Blob, Put Blob.
constexpr char kApiVersion[] = "2021-08-06";

struct Request
{
    QByteArray verb = "GET";
    QByteArray encodedPath;                  // the URI's path as sent (percent-encoded), e.g. "/account/container/blob"
    QList<QPair<QString, QString>> query;    // decoded names and values
    QList<QPair<QByteArray, QByteArray>> headers; // the standard headers that are signed (Content-Length, Content-Type…) and x-ms-*
};

// "/account" + path, then each query parameter "\nname:value" (names lower-cased and sorted, values of one name
// sorted and joined with ','), as the page's "Shared Key format for 2009-09-19 and later" describes.
QByteArray canonicalizedResource(const QString &account, const QByteArray &encodedPath, const QList<QPair<QString, QString>> &query);
// VERB, the eleven standard headers (Content-Length empty when 0), the x-ms-* headers ("name:value\n", lower-cased,
// sorted) and the canonicalized resource.
QByteArray stringToSign(const QString &account, const Request &request);
// "SharedKey account:base64(HMAC-SHA256(base64decode(key), stringToSign))"; empty when the key is not base64.
QByteArray authorization(const QString &account, const QString &base64Key, const Request &request);
// Whether `key` is an account key: non-empty standard base64.
bool isAccountKey(const QString &key);
// The x-ms-date value: RFC 1123 in GMT ("Sun, 11 Oct 2009 21:49:13 GMT"), in English whatever the locale.
QByteArray httpDate(const QDateTime &utc);

} // namespace obrestore::azure
