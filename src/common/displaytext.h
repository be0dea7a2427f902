#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace obrestore {

// Characters that change how text around them reads when printed or drawn: C0 controls (line breaks, ESC, …), DEL,
// C1 controls, the Unicode line and paragraph separators, the byte-order mark, and the bidirectional embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069). A name read from a backup tree, a bucket or a server that
// holds one could forge report lines ("Diagnostics: none"), clear a terminal, or make a path read backwards.
bool isUnsafeForDisplay(char32_t c);

// The first such character in `text`, or nothing.
std::optional<char32_t> firstUnsafeCharacter(QStringView text);

// "U+000A (a line break)", "U+001B (a control character)", "U+202E (a bidirectional override)", "U+FEFF (a
// byte-order mark)": for refusals that say which character and why, translated.
QString describeCharacter(char32_t c);

// `text` with every unsafe character written out: "\x0A" below U+0100 (as non-UTF-8 bytes of a local name are
// shown), "\u202E" above; everything else unchanged. For text reports, the wizard's views and the bundle's text
// files; JSON escapes them by its own rules.
QString escapeForDisplay(QStringView text);

// Items of a list in running text, with the UI language's separator ("1, 2" in English, "1、2" in Chinese).
QString listText(const QStringList &items);

} // namespace obrestore
