#include "core/allocator.h"

#include <fmt/format.h>

#if CONTRASTE_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace contraste {

std::string AllocatorDescription() {
#if CONTRASTE_WITH_MIMALLOC
  const int version = mi_version();  // e.g. 209 for 2.0.9
  return fmt::format("mimalloc {}.{}.{}", version / 100, (version / 10) % 10, version % 10);
#else
  return "glibc malloc";
#endif
}

}  // namespace contraste
