// The store's compact analysis rows: every field the JSON rows keep read back the same, the JSON
// rows of older stores still read, and a damaged row refused with a message, never read past.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <limits>

#include "store/analysis_codec.h"
#include "store/compact_analysis.h"
#include "store/store_backends.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

std::vector<DocumentAnalysis> AnalysedSeeds() {
  std::vector<DocumentAnalysis> out;
  for (const auto& e : std::filesystem::directory_iterator(SourcePath("corpus"))) {
    if (e.path().extension() == ".txt") out.push_back(AnalysedSeed(e.path().filename().string()));
  }
  return out;
}

}  // namespace

TEST_CASE("a compact row reads back every field the JSON row keeps, for every seed article") {
  const std::vector<DocumentAnalysis> seeds = AnalysedSeeds();
  REQUIRE(seeds.size() >= 5);
  for (const DocumentAnalysis& d : seeds) {
    CAPTURE(d.document.id);
    const std::string row = EncodeDocumentAnalysis(d);
    REQUIRE(!row.empty());
    CHECK(row.front() == kCompactAnalysisMark);
    CHECK(row.find('\0') == std::string::npos);  // PostgreSQL TEXT holds it
    auto back = DecodeDocumentAnalysis(row, d.document.bytes);
    REQUIRE(back.ok());
    CHECK(EncodeDocumentAnalysisJson(*back) == EncodeDocumentAnalysisJson(d));
    CHECK(EncodeDocumentAnalysis(*back) == row);
    // The JSON row an older store holds reads to the same analysis.
    auto old = DecodeDocumentAnalysis(EncodeDocumentAnalysisJson(d), d.document.bytes);
    REQUIRE(old.ok());
    CHECK(EncodeDocumentAnalysis(*old) == row);
  }
}

TEST_CASE("a compact row keeps infinite, NaN and extreme values exactly") {
  DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");
  REQUIRE(d.claims.size() >= 2);
  d.claims[0].interval = {-0.0, std::numeric_limits<double>::infinity(), true, true};
  d.claims[0].stated_day = Claim::kUnknownTime;
  d.claims[1].interval = {std::nextafter(0.1, 1.0), std::numeric_limits<double>::quiet_NaN(), false, true};
  d.claims[1].stated_day = -11'999'999;
  d.claims[1].stated_minute = 24 * 60 - 1;
  d.claims[1].participants.push_back("name:a:b:3:c");  // separators inside strings
  d.document.published_minute = 0;
  d.document.locale.evidence = LocaleEvidence{"1,250;300", 7, 2, 1};
  if (!d.terms.terms.empty()) {
    d.terms.terms.front().key = std::numeric_limits<uint64_t>::max();
    d.terms.terms.front().weight = 1e-300;
  }
  auto back = DecodeCompactAnalysis(EncodeCompactAnalysis(d), d.document.bytes);
  REQUIRE(back.ok());
  CHECK(std::signbit(back->claims[0].interval.lo));
  CHECK(std::isinf(back->claims[0].interval.hi));
  CHECK(back->claims[0].stated_day == Claim::kUnknownTime);
  CHECK(back->claims[1].interval.lo == std::nextafter(0.1, 1.0));
  CHECK(std::isnan(back->claims[1].interval.hi));
  CHECK(back->claims[1].stated_day == -11'999'999);
  CHECK(back->claims[1].participants.back() == "name:a:b:3:c");
  CHECK(back->document.published_minute == 0);
  REQUIRE(back->document.locale.evidence.has_value());
  CHECK(back->document.locale.evidence->quote == "1,250;300");
  CHECK(EncodeDocumentAnalysisJson(*back) == EncodeDocumentAnalysisJson(d));
}

TEST_CASE("a cut or damaged compact row is refused with a message") {
  const DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");
  const std::string row = EncodeCompactAnalysis(d);
  // Every cut: no prefix of a row is a row (the last field ends the row).
  for (size_t n = 0; n < row.size(); ++n) {
    auto cut = DecodeCompactAnalysis(std::string_view(row).substr(0, n), d.document.bytes);
    REQUIRE_FALSE(cut.ok());
    CHECK(!cut.error().message.empty());
  }
  CHECK_FALSE(DecodeCompactAnalysis(row + "0;", d.document.bytes).ok());  // bytes after the end
  std::string other_version = row;
  other_version[1] = '9';
  CHECK_FALSE(DecodeCompactAnalysis(other_version, d.document.bytes).ok());
  // A length that runs past the row, a count larger than the row, a letter where a digit was.
  std::string damaged = row;
  const size_t colon = damaged.find(':', 2);
  REQUIRE(colon != std::string::npos);
  damaged.replace(2, colon - 2, "99999999999");
  CHECK_FALSE(DecodeCompactAnalysis(damaged, d.document.bytes).ok());
  damaged = row;
  damaged[2] = 'x';
  auto letter = DecodeCompactAnalysis(damaged, d.document.bytes);
  REQUIRE_FALSE(letter.ok());
  CHECK(letter.error().message.find("document") != std::string::npos);
  // A row whose claims do not quote the text is refused by the span check, as a JSON row is.
  CHECK_FALSE(DecodeDocumentAnalysis(row, d.document.bytes.substr(0, d.claims.back().offset)).ok());
}
