#pragma once

#include <QtGlobal>

#include <cstddef>

namespace obrestore {

// OceanBase's ob_crc64(): despite the name, CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) with initial
// value 0 and no final XOR (../shared/reference/ob-backup-layout.md §3.2). ISA-L's crc32_iscsi(buf, len, 0) is
// exactly this. Test vector: "123456789" -> 0x58E3FA20.
quint32 obCrc32c(const void *data, std::size_t length);

} // namespace obrestore
