// Integral doubles take a shortcut in the streaming JSON writer (integer digits and ".0"); around
// the edge of that shortcut they still print exactly as nlohmann::json's dump(2).
#include "report/json_stream.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cmath>
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

}  // namespace
}  // namespace contraste
