#include "displaytext.h"

#include "tr.h"

namespace obrestore {

bool isUnsafeForDisplay(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

namespace {

// Calls f(codePoint, utf16Slice) for each code point; a lone surrogate (a local name's escaped byte, storage.h) is
// passed as itself, never turned into U+FFFD as QString::toUcs4() would.
template<typename F>
void forEachCodePoint(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text.at(i + 1)), text.mid(i, 2));
            ++i;
        } else {
            f(char32_t(c.unicode()), text.mid(i, 1));
        }
    }
}

QString hex(char32_t c, int width)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(width, u'0');
}

} // namespace

std::optional<char32_t> firstUnsafeCharacter(QStringView text)
{
    std::optional<char32_t> first;
    forEachCodePoint(text, [&](char32_t c, QStringView) {
        if (!first && isUnsafeForDisplay(c))
            first = c;
    });
    return first;
}

QString describeCharacter(char32_t c)
{
    QString what;
    if (c == u'\n' || c == u'\r' || c == 0x85 || c == 0x2028 || c == 0x2029)
        what = Tr::tr("a line break");
    else if (c == 0xFEFF)
        what = Tr::tr("a byte-order mark");
    else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        what = Tr::tr("a bidirectional override");
    else
        what = Tr::tr("a control character");
    return Tr::tr("%1 (%2)").arg(QStringLiteral("U+") + hex(c, 4), what);
}

QString escapeForDisplay(QStringView text)
{
    if (!firstUnsafeCharacter(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    forEachCodePoint(text, [&](char32_t c, QStringView slice) {
        if (!isUnsafeForDisplay(c))
            out += slice;
        else if (c < 0x100)
            out += QStringLiteral("\\x") + hex(c, 2);
        else
            out += QStringLiteral("\\u") + hex(c, 4);
    });
    return out;
}

QString listText(const QStringList &items)
{
    return items.join(Tr::tr(", ", "the separator between the items of a list in running text"));
}

} // namespace obrestore
