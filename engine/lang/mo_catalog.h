// A GNU gettext message catalogue (.mo): the translations of a Debian package's strings, read as
// the format is documented (a header, then two tables of (length, offset) pairs: the original
// strings, sorted, and their translations). Used for the Spanish names of iso-codes' countries
// and subdivisions.
//
//   auto names = ReadMoCatalog("/usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo");
//   if (names) { auto it = names->find("Mexico"); /* "México" */ }
#pragma once

#include <string>
#include <unordered_map>

#include "core/error.h"

namespace contraste {

// Original -> translation. Entries with an empty original (the catalogue's header) and plural or
// context entries are left out. A file that is not a catalogue is an error naming the byte offset.
Result<std::unordered_map<std::string, std::string>> ReadMoCatalog(const std::string& path);

}  // namespace contraste
