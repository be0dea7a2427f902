#pragma once

#include <QByteArray>
#include <QString>

namespace obrestore {

// Writes `bytes` to `path` atomically (QSaveFile: a half-written file never replaces the old one); false with a
// translated *error naming the path.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace obrestore
