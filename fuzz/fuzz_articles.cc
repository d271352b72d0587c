// Two to four articles (split at lines "===") through the pipeline: event linking across
// articles, the claim graph and the findings.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace contraste::fuzz;
  AnalyseAndCheck(Documents(Pieces(Bytes(data, size), 4)));
  return 0;
}
