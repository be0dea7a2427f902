#pragma once

#include <QMetaType>

namespace obrestore {

// The three scenarios of OceanBase's restore guide (OCP best practice "use backup and recovery to recover
// accidentally deleted data"; ../shared/reference/restore-ux-anchors.md §0 item 3). In every scenario the
// restore itself is SQL on the target's sys tenant; they differ in where the backups are read from.
enum class Scenario {
    SourceOnline = 0,   // 1: the source cluster is online (managed by OCP): read sets and pieces live from it
    SourceOffline = 1,  // 2: the source cluster is deleted or offline: parse the backup location's files
    TargetNotManaged = 2, // 3: the target cluster is not managed by OCP: drive the restore with SQL
};

inline constexpr int kScenarioCount = 3;

inline bool isValidScenario(int value)
{
    return value >= 0 && value < kScenarioCount;
}

} // namespace obrestore

Q_DECLARE_METATYPE(obrestore::Scenario)
