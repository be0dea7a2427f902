#include "crc32c.h"

#include <isa-l/crc.h>

#include <climits>

namespace obrestore {

quint32 obCrc32c(const void *data, std::size_t length)
{
    auto *p = static_cast<unsigned char *>(const_cast<void *>(data)); // ISA-L's signature is not const-correct
    unsigned int crc = 0;
    while (length > 0) {
        const int chunk = length > std::size_t(INT_MAX) ? INT_MAX : int(length);
        crc = crc32_iscsi(p, chunk, crc);
        p += chunk;
        length -= std::size_t(chunk);
    }
    return crc;
}

} // namespace obrestore
