// A comparison rule file through its loader: a malformed file is an error with file:line:col,
// never a crash; a rule that loads has an id and a kind.
#include "fuzz_support.h"
#include "rules/rule_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace contraste;
  using namespace contraste::fuzz;
  auto rule = ParseRuleFile(std::string(Bytes(data, size)), "fuzz.yaml");
  if (!rule) {
    if (rule.error().message.empty()) Broken("an error without a message");
    return 0;
  }
  return 0;
}
