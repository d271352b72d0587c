#include "claims/claim.h"

namespace contraste {

std::string Claim::CompareKey() const {
  // Durations of any unit compare with each other; quantities only with the same noun or unit.
  return event + "\x1f" + slot + "\x1f" + (slot == "quantity" ? unit : std::string());
}

}  // namespace contraste
