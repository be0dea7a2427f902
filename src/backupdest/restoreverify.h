#pragma once

#include "restoresource.h"
#include "storage.h"

#include <atomic>
#include <functional>

namespace obrestore {

struct VerifyOptions
{
    const std::atomic_bool *cancel = nullptr;             // set from any thread to stop early
    std::function<void(qint64 checked, qint64 total)> progress; // folders listed so far, of about `total`
};

// Checks, without reading data, that the files OceanBase's restore opens for this source are present
// (docs/restore-source.md "What a restore opens"): for each chosen backup set its folder, single_backup_set_info,
// infos/locality_info, infos/meta_info/ls_attr_info.<meta_turn_id>, and for each log stream the set holds (read
// from that ls_attr_info) a logstream_<id> folder with a data or meta turn folder; for each chosen piece its
// folder, its piece information, and per log stream the log files its file_info lists (a piece without file_info,
// such as the active one, only the sys log stream's log folder). Only folders are listed and small metadata
// files read. Fills source.verified and source.missing (BACKUP_SET_FILES_MISSING / PIECE_FILES_MISSING, the
// first missing paths named). `storage` must be the one the tenant was scanned with.
void verifyRestoreSource(const Storage &storage, const TenantEntry &tenant, TenantRestoreSource &source,
                         const VerifyOptions &options = {});

} // namespace obrestore
