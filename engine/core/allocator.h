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

// For a run that reads a whole corpus and exits (report, check, claims, eval, ingest, the bench):
// mimalloc is asked for large OS pages (2 MiB pages where the kernel gives them, transparent huge
// pages through madvise otherwise) and never to return freed memory to the OS before exit. Each
// fresh 4 KiB page costs a page fault, and every return (madvise) costs a TLB flush on every core
// the process ran on; a 50 MiB report took 150,000 faults and spent a fifth of its CPU in the
// kernel. The cost is a higher peak RSS (pages are taken 2 MiB at a time and kept). A long-running
// server keeps mimalloc's defaults. An option given in the environment (MIMALLOC_LARGE_OS_PAGES,
// MIMALLOC_ALLOW_DECOMMIT) wins. Does nothing on glibc's malloc. Output never changes.
void TuneAllocatorForBatchRun();

}  // namespace contraste
