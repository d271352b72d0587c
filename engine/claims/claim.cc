#include "claims/claim.h"

namespace contraste {

std::string Claim::CompareKey() const {
  std::string key = event + "\x1f" + slot + "\x1f";
  key += CompareUnit();
  return key;
}

}  // namespace contraste
