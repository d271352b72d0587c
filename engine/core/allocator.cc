#include "core/allocator.h"

#include <fmt/format.h>

#include <cstdlib>

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

void TuneAllocatorForBatchRun() {
#if CONTRASTE_WITH_MIMALLOC
  if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) mi_option_enable(mi_option_large_os_pages);
  if (!std::getenv("MIMALLOC_ALLOW_DECOMMIT")) mi_option_disable(mi_option_allow_decommit);
#endif
}

}  // namespace contraste
