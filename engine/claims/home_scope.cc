#include "claims/home_scope.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>
#include <unordered_map>

namespace contraste {

void ClearHomeScopes(const std::vector<Document>& docs, const std::map<std::string, PlaceBook>& books,
                     std::vector<Claim>* claims) {
  // The countries each story names: scopes that are countries or lie in one, and the countries in
  // its venues' chains.
  std::unordered_map<std::string, std::set<std::string>> countries;
  auto book_of = [&](const Claim& c) -> const PlaceBook* {
    if (c.doc >= docs.size()) return nullptr;
    auto it = books.find(docs[c.doc].language);
    return it == books.end() ? nullptr : &it->second;
  };
  // The countries a scope is or lies in, per place book and scope: looked up once each.
  std::map<std::pair<const PlaceBook*, std::string>, std::vector<std::string>> countries_of_scope;
  for (const Claim& c : *claims) {
    const PlaceBook* book = book_of(c);
    if (!book) continue;
    std::set<std::string>& named = countries[c.story];
    if (!c.scope.empty()) {
      auto [scope, fresh] = countries_of_scope.try_emplace({book, c.scope});
      if (fresh) {
        if (book->IsCountry(c.scope)) scope->second.push_back(c.scope);
        for (const std::string& container : book->ContainersOf(c.scope)) {
          if (book->IsCountry(container)) scope->second.push_back(container);
        }
      }
      named.insert(scope->second.begin(), scope->second.end());
    }
    for (const EntityRef& place : c.venue) {
      if (book->IsCountry(place.id)) named.insert(place.id);
    }
  }
  for (Claim& c : *claims) {
    if (c.scope.empty()) continue;
    auto it = countries.find(c.story);
    if (it != countries.end() && it->second.size() == 1 && *it->second.begin() == c.scope) c.scope.clear();
  }
}

}  // namespace contraste
