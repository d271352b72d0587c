// Integral doubles take a shortcut in the streaming JSON writer (integer digits and ".0"); around
// the edge of that shortcut they still print exactly as nlohmann::json's dump(2).
#include "report/json_stream.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>
#include <sstream>

namespace contraste {
namespace {

using Json = nlohmann::ordered_json;

TEST_CASE("integral doubles near 10^15, 2^53, zero and negative print like nlohmann") {
  const double doubles[] = {0.0,     -0.0,   1.0,      -1.0,   3600.0, 86400.0 * 365, 1e14, 999999999999999.0,
                            -999999999999999.0, 1e15,  1e15 + 2, 1e16,   9007199254740992.0, 4503599627370496.5,
                            0.1,     -0.5,   1e-300,   123.0,  -81.0,  2.5e9,         1e21, std::ldexp(1.0, 70)};
  Json tree = Json::array();
  for (double d : doubles) tree.push_back(d);
  std::ostringstream out;
  {
    JsonStream js(out);
    js.BeginArray();
    for (double d : doubles) js.Double(d);
    js.EndArray();
    js.Finish();
  }
  CHECK(out.str() == tree.dump(2) + "\n");
  CHECK(out.str().find("  999999999999999.0,") != std::string::npos);
  CHECK(out.str().find("  -0.0,") != std::string::npos);
}

TEST_CASE("keys: short and long, plain and with characters to escape, at depths past 16") {
  Json tree = Json::object();
  Json* at = &tree;
  std::ostringstream out;
  {
    JsonStream js(out);
    js.BeginObject();
    for (int depth = 0; depth < 20; ++depth) {
      // Built with append: GCC 12 warns falsely (-Wrestrict) on literal + std::string here.
      std::string plain = "k";
      plain.append(std::to_string(depth));
      std::string quoted = "comilla \" ";
      quoted.append(std::to_string(depth));
      std::string long_key(static_cast<size_t>(20 + depth), 'x');
      long_key.push_back('\\');
      (*at)[plain] = depth;
      (*at)[quoted] = "v";
      (*at)[long_key] = Json::array({depth});
      js.Key(plain).Int(depth);
      js.Key(quoted).String("v");
      js.Key(long_key).BeginArray().Int(depth).EndArray();
      js.Key("next").BeginObject();
      at = &(*at)["next"];
      *at = Json::object();
    }
    for (int depth = 0; depth < 20; ++depth) js.EndObject();
    js.EndObject();
    js.Finish();
  }
  CHECK(out.str() == tree.dump(2) + "\n");
}


std::string Streamed(double d) {
  std::ostringstream out;
  {
    JsonStream js(out);
    js.Double(d);
    js.Finish();
  }
  std::string s = out.str();
  s.pop_back();  // the final newline
  return s;
}

// Pseudo-random 64-bit states (xorshift), the same every run.
std::vector<uint64_t> States(int n) {
  std::vector<uint64_t> out;
  uint64_t state = 0x9e3779b97f4a7c15ULL;
  for (int i = 0; i < n; ++i) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    out.push_back(state);
  }
  return out;
}

TEST_CASE("decimal values a report holds print exactly like nlohmann: shares, hedged bounds, money") {
  // Values of a few decimals (what reports hold), on which both algorithms agree; below 10^-3
  // Grisu2 often adds a digit that std::to_chars does not need (next test case).
  std::vector<double> doubles = {81.5, 99.000001, 0.02, 0.0001, 123456789012345.6,
                                 1e15 + 0.5, 2.5e20, 6.02214076e23, 32.72, 99.69, 1250300.5, -0.75};
  for (uint64_t state : States(20000)) {
    doubles.push_back(static_cast<double>(state % 100000000) / 1000.0);
    doubles.push_back(static_cast<double>(state % 10000) * 1e17);
  }
  size_t differ = 0;
  for (double d : doubles) {
    const std::string expected = Json(d).dump();
    if (Streamed(d) != expected && differ++ < 10) MESSAGE(Streamed(d) << " != " << expected);
  }
  CHECK(differ == 0);
}

TEST_CASE("any finite double reads back exactly and is never longer than nlohmann's digits") {
  // Grisu2 (nlohmann) sometimes gives 17 digits where 16 round-trip; std::to_chars gives the
  // shortest, so such values differ in their last digits only, and read back the same.
  size_t checked = 0;
  for (uint64_t state : States(20000)) {
    double d;
    std::memcpy(&d, &state, sizeof d);
    if (!std::isfinite(d)) continue;
    const std::string text = Streamed(d);
    const std::string theirs = Json(d).dump();
    CHECK(Json::parse(text).get<double>() == d);
    CHECK(text.size() <= theirs.size());
    CHECK((text.find('e') == std::string::npos) == (theirs.find('e') == std::string::npos));
    ++checked;
  }
  CHECK(checked > 19000);
}

}  // namespace
}  // namespace contraste
