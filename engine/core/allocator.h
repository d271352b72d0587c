// Which memory allocator the program runs on.
//
// The engine allocates many short-lived small objects (tokens, mentions, claims, report strings),
// so the allocator is a measurable part of the run time. The build links mimalloc (a Debian
// package) into every program when CONTRASTE_MIMALLOC is on (the default): its shared library
// replaces malloc/free/new/delete for the whole process, ICU and yaml-cpp included, with no code
// change. With the option off the C library's malloc is used and the output is the same: the
// allocator changes only speed and peak memory, never results.
//
// AllocatorDescription() says which one is in use ("mimalloc 2.0.9" or "glibc malloc"), for
// `contraste --version` and the benchmark's header; calling it also keeps the mimalloc library
// linked where the linker drops unreferenced shared libraries (--as-needed).
#pragma once

#include <string>

namespace contraste {

std::string AllocatorDescription();

}  // namespace contraste
