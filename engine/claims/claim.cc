#include "claims/claim.h"

namespace contraste {

std::string Claim::CompareKey() const {
  std::string key = event + "\x1f" + slot + "\x1f";
  key += CompareUnit();
  key.append("\x1f").append(measure).append("\x1f").append(subject).append("\x1f").append(scope);
  return key;
}

}  // namespace contraste
