#include "obversion.h"

#include <QRegularExpression>

namespace obrestore {

namespace {

// "4.2.1.0", "4.2.1" or "4.2": 2 to 4 dot-separated decimal parts, each range-checked against
// the CALC_VERSION field widths.
std::optional<ObVersion> fromDotted(QStringView dotted)
{
    const auto parts = dotted.split(u'.');
    if (parts.size() < 2 || parts.size() > 4)
        return std::nullopt;
    quint64 v[4] = {0, 0, 0, 0};
    const quint64 limits[4] = {0xFFFFFFFFull, 0xFFFFull, 0xFFull, 0xFFull};
    for (int i = 0; i < parts.size(); ++i) {
        const QStringView p = parts.at(i);
        if (p.isEmpty() || p.size() > 10)
            return std::nullopt;
        for (QChar c : p) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        bool ok = false;
        v[i] = p.toULongLong(&ok);
        if (!ok || v[i] > limits[i])
            return std::nullopt;
    }
    return ObVersion(quint32(v[0]), quint16(v[1]), quint8(v[2]), quint8(v[3]));
}

} // namespace

std::optional<ObVersion> ObVersion::parse(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return std::nullopt;

    static const QRegularExpression reMysqlFacade(
        QStringLiteral(R"(^\d+\.\d+\.\d+-OceanBase(?:_CE)?-[vV](\d+(?:\.\d+){1,3})$)"));
    static const QRegularExpression reLegacyCe(
        QStringLiteral(R"(^(\d+(?:\.\d+){1,3})-OceanBase(?:[ _]CE)?$)"));
    static const QRegularExpression reVersionComment(
        QStringLiteral(R"(^OceanBase(?:[ _]CE)?\s+[vV]?(\d+(?:\.\d+){1,3})(?:\s.*)?$)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression reBuildVersion(
        QStringLiteral(R"(^(\d+(?:\.\d+){1,3})_\d+-[0-9a-fA-F]+(?:\(.*\))?$)"));
    static const QRegularExpression rePlain(QStringLiteral(R"(\A[vV]?([0-9]+(?:\.[0-9]+){1,3})\z)"));

    for (const QRegularExpression *re : {&reMysqlFacade, &reLegacyCe, &reVersionComment, &reBuildVersion, &rePlain}) {
        const auto m = re->match(text);
        if (m.hasMatch())
            return fromDotted(m.capturedView(1));
    }
    return std::nullopt;
}

std::optional<ObVersion> ObVersion::fromCalcVersion(quint64 value)
{
    if (value == 0)
        return std::nullopt;
    return ObVersion(quint32(value >> 32), quint16((value >> 16) & 0xFFFF), quint8((value >> 8) & 0xFF),
                     quint8(value & 0xFF));
}

quint64 ObVersion::calcVersion() const
{
    if (!m_valid)
        return 0;
    return (quint64(m_major) << 32) | (quint64(m_minor) << 16) | (quint64(m_majorPatch) << 8) | quint64(m_minorPatch);
}

QString ObVersion::toString() const
{
    if (!m_valid)
        return {};
    return QStringLiteral("%1.%2.%3.%4").arg(m_major).arg(m_minor).arg(m_majorPatch).arg(m_minorPatch);
}

} // namespace obrestore
