#include "lang/number_locales.h"

namespace contraste {

namespace {

// Tags compare without regard to case and with '_' taken as '-'.
bool SameTag(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    auto norm = [](char c) {
      if (c == '_') return '-';
      return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    };
    if (norm(a[i]) != norm(b[i])) return false;
  }
  return true;
}

}  // namespace

std::string NumberLocales::CanonicalTag(std::string_view tag) const {
  if (!language.empty() && SameTag(tag, language)) return default_locale;
  for (const LocaleConvention& c : conventions) {
    for (const std::string& l : c.locales) {
      if (SameTag(tag, l)) return l;
    }
  }
  return "";
}

int NumberLocales::ConventionOf(std::string_view tag) const {
  const std::string canonical = CanonicalTag(tag);
  for (size_t i = 0; i < conventions.size(); ++i) {
    for (const std::string& l : conventions[i].locales) {
      if (l == canonical) return static_cast<int>(i);
    }
  }
  return -1;
}

std::vector<std::string> NumberLocales::AllLocales() const {
  std::vector<std::string> out;
  for (const LocaleConvention& c : conventions) out.insert(out.end(), c.locales.begin(), c.locales.end());
  return out;
}

}  // namespace contraste
