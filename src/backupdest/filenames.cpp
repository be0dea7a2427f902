#include "filenames.h"

#include <cstdio>

#include <QRegularExpression>

namespace obrestore {

namespace {

bool parseId(QStringView digits, qint64 &out)
{
    if (digits.isEmpty() || digits.size() > 18)
        return false;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
    }
    bool ok = false;
    out = digits.toLongLong(&ok);
    return ok;
}

std::optional<SetType> parseSetType(QStringView s)
{
    if (s == u"full")
        return SetType::Full;
    if (s == u"inc")
        return SetType::Incremental;
    return std::nullopt;
}

// "d<dest>r<round>p<piece>" / "d<dest>r<round>"
bool parseDrp(QStringView s, qint64 &d, qint64 &r, qint64 *p)
{
    if (!s.startsWith(u'd'))
        return false;
    const qsizetype ri = s.indexOf(u'r');
    if (ri < 0)
        return false;
    if (!parseId(s.mid(1, ri - 1), d))
        return false;
    if (p) {
        const qsizetype pi = s.indexOf(u'p', ri);
        if (pi < 0)
            return false;
        return parseId(s.mid(ri + 1, pi - ri - 1), r) && parseId(s.mid(pi + 1), *p);
    }
    return parseId(s.mid(ri + 1), r);
}

bool isTimeTag(QStringView s)
{
    // YYYYMMDDTHHMMSS
    if (s.size() != 15 || s.at(8) != u'T')
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i != 8 && (s.at(i) < u'0' || s.at(i) > u'9'))
            return false;
    }
    return true;
}

} // namespace

QStringView stripBackupSuffix(QStringView name, bool *hadSuffix)
{
    const bool has = name.endsWith(u".obbak") || name.endsWith(u".obarc");
    if (hadSuffix)
        *hadSuffix = has;
    return has ? name.chopped(6) : name;
}

bool isTmpFileName(QStringView name)
{
    const qsizetype i = name.lastIndexOf(u".tmp.");
    if (i < 0)
        return false;
    const QStringView digits = name.mid(i + 5);
    if (digits.isEmpty())
        return false;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::optional<SetPlaceholderName> parseSetPlaceholderName(QStringView full)
{
    const QStringView name = stripBackupSuffix(full);
    if (!name.startsWith(u"backup_set_"))
        return std::nullopt;
    // backup_set_<id>_<type>_<event...>
    const auto parts = name.mid(11).split(u'_');
    if (parts.size() < 3)
        return std::nullopt;
    SetPlaceholderName out;
    const auto type = parseSetType(parts.at(1));
    if (!parseId(parts.at(0), out.setId) || !type)
        return std::nullopt;
    out.type = *type;
    if (parts.size() == 3 && parts.at(2) == u"start") {
        out.event = SetPlaceholderName::Event::Start;
        return out;
    }
    if (parts.size() >= 4 && parts.size() <= 5 && parts.at(2) == u"end") {
        if (parts.at(3) == u"success")
            out.event = SetPlaceholderName::Event::EndSuccess;
        else if (parts.at(3) == u"failed")
            out.event = SetPlaceholderName::Event::EndFailed;
        else
            return std::nullopt;
        if (parts.size() == 5) {
            if (!isTimeTag(parts.at(4)))
                return std::nullopt;
            out.timeTag = parts.at(4).toString();
        }
        return out;
    }
    return std::nullopt;
}

std::optional<SetDirName> parseSetDirName(QStringView name)
{
    if (!name.startsWith(u"backup_set_"))
        return std::nullopt;
    const auto parts = name.mid(11).split(u'_');
    if (parts.size() != 2)
        return std::nullopt;
    SetDirName out;
    const auto type = parseSetType(parts.at(1));
    if (!parseId(parts.at(0), out.setId) || !type)
        return std::nullopt;
    out.type = *type;
    return out;
}

QString setDirName(qint64 setId, SetType type)
{
    return QStringLiteral("backup_set_%1_%2").arg(setId).arg(type == SetType::Full ? u"full" : u"inc");
}

std::optional<RoundName> parseRoundName(QStringView full)
{
    const QStringView name = stripBackupSuffix(full);
    const auto parts = name.split(u'_');
    if (parts.size() != 3 || parts.at(0) != u"round")
        return std::nullopt;
    RoundName out;
    if (!parseDrp(parts.at(1), out.destId, out.roundId, nullptr))
        return std::nullopt;
    if (parts.at(2) == u"start")
        out.isEnd = false;
    else if (parts.at(2) == u"end")
        out.isEnd = true;
    else
        return std::nullopt;
    return out;
}

std::optional<PiecePlaceholderName> parsePiecePlaceholderName(QStringView full)
{
    // piece_<d…r…p…>_<start|end>_<YYYYMMDDTHHMMSS>: cut at the underscores without a list (pieces/ holds two
    // names per piece, and every one passes through here).
    const QStringView name = stripBackupSuffix(full);
    if (!name.startsWith(u"piece_"))
        return std::nullopt;
    const qsizetype a = name.indexOf(u'_', 6);
    const qsizetype b = a < 0 ? -1 : name.indexOf(u'_', a + 1);
    if (b < 0 || name.indexOf(u'_', b + 1) >= 0)
        return std::nullopt;
    PiecePlaceholderName out;
    if (!parseDrp(name.mid(6, a - 6), out.key.destId, out.key.roundId, &out.key.pieceId))
        return std::nullopt;
    const QStringView event = name.mid(a + 1, b - a - 1);
    if (event == u"start")
        out.isEnd = false;
    else if (event == u"end")
        out.isEnd = true;
    else
        return std::nullopt;
    const QStringView tag = name.mid(b + 1);
    if (!isTimeTag(tag))
        return std::nullopt;
    out.timeTag = tag.toString();
    return out;
}

std::optional<PieceKey> parsePieceDirName(QStringView name)
{
    if (!name.startsWith(u"piece_") || name.indexOf(u'_', 6) >= 0)
        return std::nullopt;
    PieceKey key;
    if (!parseDrp(name.mid(6), key.destId, key.roundId, &key.pieceId))
        return std::nullopt;
    return key;
}

QString pieceDirName(const PieceKey &key)
{
    // Called for every piece of every listing and report: formatted once into a buffer, one allocation.
    char buf[96];
    const int n = std::snprintf(buf, sizeof buf, "piece_d%lldr%lldp%lld", static_cast<long long>(key.destId),
                                static_cast<long long>(key.roundId), static_cast<long long>(key.pieceId));
    return QString::fromLatin1(buf, qMin(n, int(sizeof buf) - 1));
}

std::optional<quint64> parseCheckpointName(QStringView full)
{
    const QStringView name = stripBackupSuffix(full);
    QStringView digits;
    if (name.startsWith(u"checkpoint_info."))
        digits = name.mid(16);
    else if (name.startsWith(u"checkpoint_info_"))
        digits = name.mid(16);
    else if (name.startsWith(u"checkpoint."))
        digits = name.mid(11);
    else
        return std::nullopt;
    if (digits.isEmpty() || digits.size() > 20)
        return std::nullopt;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const quint64 v = digits.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<qint64> parseIncarnationDirName(QStringView name)
{
    if (!name.startsWith(u"incarnation_"))
        return std::nullopt;
    qint64 n = 0;
    if (!parseId(name.mid(12), n))
        return std::nullopt;
    return n;
}

} // namespace obrestore
