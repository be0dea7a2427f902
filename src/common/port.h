#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace obrestore {

// A TCP port as a person or a script writes it: decimal digits only, 1–65535 (0 too when `allowZero`, "any free
// port" for a server). Anything else is nothing, never a value wrapped to 16 bits (99999 is not 34463).
inline std::optional<quint16> parsePort(const QString &text, bool allowZero = false)
{
    static const QRegularExpression digits(QStringLiteral(R"(\A[0-9]{1,5}\z)"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const uint value = text.toUInt();
    if (value > 65535 || (value == 0 && !allowZero))
        return std::nullopt;
    return quint16(value);
}

} // namespace obrestore
