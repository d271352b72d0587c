// Columns as editors' tools count them: characters for the line format, UTF-16 code units for SARIF.
#include <doctest/doctest.h>

#include <string>

#include "report/source_columns.h"

using namespace contraste;

TEST_CASE("columns count bytes, characters and UTF-16 code units from the start of the line") {
  const std::string text = "título\nla reunión duró 90 minutos 🙂 y dos horas\n";
  const size_t ninety = text.find("90");
  SourceColumns at = ColumnsAt(text, ninety);
  CHECK(at.line == 2);
  CHECK(at.bytes == 19);  // "la reunión duró " is 16 characters, 18 bytes
  CHECK(at.chars == 17);
  CHECK(at.utf16 == 17);
  const size_t two = text.find("dos");
  at = ColumnsAt(text, two);
  CHECK(at.chars == 32);   // the emoji is one character...
  CHECK(at.utf16 == 33);   // ...and two UTF-16 code units
  CHECK(at.bytes == 37);
  CHECK(ColumnsAt(text, 0).line == 1);
  CHECK(ColumnsAt(text, 0).chars == 1);
  CHECK(ColumnsAt(text, text.size() + 10).line == 3);  // clamped to the end
}
