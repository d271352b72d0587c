// One article through the whole pipeline: reading checks, extraction, claims, report.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace contraste::fuzz;
  AnalyseAndCheck(Documents({std::string(Bytes(data, size))}));
  return 0;
}
