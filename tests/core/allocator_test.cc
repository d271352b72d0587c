// The programs run on the allocator the build chose (core/allocator.h): with CONTRASTE_MIMALLOC on,
// malloc and operator new in this process must hand out mimalloc's memory, not glibc's; a link
// order or --as-needed mistake would silently fall back to glibc and lose the speed.
#include "core/allocator.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#if CONTRASTE_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace contraste {
namespace {

TEST_CASE("the allocator in use is the one the build chose") {
  const std::string description = AllocatorDescription();
#if CONTRASTE_WITH_MIMALLOC
  CHECK(description.starts_with("mimalloc 2."));
  void* raw = std::malloc(48);
  CHECK(mi_is_in_heap_region(raw));
  std::free(raw);
  auto boxed = std::make_unique<std::string>(200, 'x');  // operator new, and a heap buffer
  CHECK(mi_is_in_heap_region(boxed.get()));
  CHECK(mi_is_in_heap_region(boxed->data()));
#else
  CHECK(description == "glibc malloc");
#endif
}

TEST_CASE("a batch run asks for large pages and keeps freed memory, unless the environment says otherwise") {
  TuneAllocatorForBatchRun();
#if CONTRASTE_WITH_MIMALLOC
  if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) CHECK(mi_option_is_enabled(mi_option_large_os_pages));
  if (!std::getenv("MIMALLOC_ALLOW_DECOMMIT")) CHECK_FALSE(mi_option_is_enabled(mi_option_allow_decommit));
  std::vector<std::string> many(100000, std::string(100, 'x'));  // memory still comes from mimalloc
  CHECK(mi_is_in_heap_region(many.back().data()));
#endif
}

}  // namespace
}  // namespace contraste
