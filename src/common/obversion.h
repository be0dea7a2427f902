#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace obrestore {

// An OceanBase version: major.minor.major_patch.minor_patch, e.g. 4.2.1.0.
//
// OceanBase encodes versions as CALC_VERSION(major, minor, major_patch, minor_patch) =
// major<<32 | minor<<16 | major_patch<<8 | minor_patch (deps/oblib/src/common/ob_version_def.h;
// ../shared/reference/ob-backup-layout.md §6). This encoding is what backup set files store in
// cluster_version_ and tenant_compatible_, and what CDB_OB_RESTORE_HISTORY.BACKUP_CLUSTER_VERSION shows.
class ObVersion
{
public:
    constexpr ObVersion() = default;
    constexpr ObVersion(quint32 major, quint16 minor, quint8 majorPatch = 0, quint8 minorPatch = 0)
        : m_major(major), m_minor(minor), m_majorPatch(majorPatch), m_minorPatch(minorPatch), m_valid(true)
    {
    }

    // Parses what OceanBase reports about itself:
    //   "4.2.1.0", "4.2.1", "V4.2.1.0"                          plain, with or without a V
    //   "5.7.25-OceanBase_CE-v4.2.1.0", "5.7.25-OceanBase-v4.3.3.0"   SELECT version() on 4.x
    //   "3.1.5-OceanBase CE"                                     SELECT version() on 3.1.x CE
    //   "OceanBase_CE 4.2.1.0 (r1000…) (Built …)", "OceanBase 3.2.3.3 (r…)"   @@version_comment
    //   "4.2.1.0_100000102023092807-7b0f…(Sep 28 2023 17:49:34)"             DBA_OB_SERVERS.BUILD_VERSION
    // Anything else (another product's version string, garbage, out-of-range parts) is rejected.
    static std::optional<ObVersion> parse(QStringView text);

    // CALC_VERSION decoding. 0 decodes to nullopt (OceanBase's "unknown").
    static std::optional<ObVersion> fromCalcVersion(quint64 value);

    bool isValid() const { return m_valid; }
    quint32 major() const { return m_major; }
    quint16 minor() const { return m_minor; }
    quint8 majorPatch() const { return m_majorPatch; }
    quint8 minorPatch() const { return m_minorPatch; }

    quint64 calcVersion() const;
    // Always the four-part form, "4.2.1.0"; an invalid version shows as an empty string.
    QString toString() const;

    // True when this version is on the release line major.minor (e.g. 4.2.x).
    bool isOnLine(quint32 major, quint16 minor) const { return m_valid && m_major == major && m_minor == minor; }

    friend bool operator==(const ObVersion &a, const ObVersion &b) { return a.m_valid == b.m_valid && a.calcVersion() == b.calcVersion(); }
    friend bool operator!=(const ObVersion &a, const ObVersion &b) { return !(a == b); }
    friend bool operator<(const ObVersion &a, const ObVersion &b) { return a.calcVersion() < b.calcVersion(); }
    friend bool operator>(const ObVersion &a, const ObVersion &b) { return b < a; }
    friend bool operator<=(const ObVersion &a, const ObVersion &b) { return !(b < a); }
    friend bool operator>=(const ObVersion &a, const ObVersion &b) { return !(a < b); }

private:
    quint32 m_major = 0;
    quint16 m_minor = 0;
    quint8 m_majorPatch = 0;
    quint8 m_minorPatch = 0;
    bool m_valid = false;
};

} // namespace obrestore
