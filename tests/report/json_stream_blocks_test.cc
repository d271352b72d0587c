// The streaming JSON writer's buffer: output that crosses many flushes, and one string longer
// than the whole buffer, come out as nlohmann::json's dump(2) prints them.
#include "report/json_stream.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

namespace contraste {
namespace {

using Json = nlohmann::ordered_json;

TEST_CASE("many values across buffer flushes, at growing depth") {
  Json tree = Json::array();
  std::ostringstream out;
  {
    JsonStream js(out);
    js.BeginArray();
    for (int k = 0; k < 20000; ++k) {
      const std::string text = "valor \"" + std::to_string(k) + "\"\n\xc3\xb1" + std::string(static_cast<size_t>(k % 40), 'x');
      Json item = Json::object();
      item["k"] = k;
      item["text"] = text;
      item["nested"] = Json::array({Json::array({k % 3 == 0}), Json::object()});
      tree.push_back(item);
      js.BeginObject();
      js.Key("k").Int(k);
      js.Key("text").String(text);
      js.Key("nested").BeginArray().BeginArray().Bool(k % 3 == 0).EndArray().BeginObject().EndObject().EndArray();
      js.EndObject();
    }
    js.EndArray();
    js.Finish();
  }
  REQUIRE(out.str().size() > (1u << 20));
  CHECK(out.str() == tree.dump(2) + "\n");
}

TEST_CASE("a string longer than the buffer, with escapes at its ends and inside") {
  std::string big(3u << 20, 'a');
  big.front() = '"';
  big[big.size() / 2] = '\x02';
  big.back() = '\\';
  std::ostringstream out;
  {
    JsonStream js(out);
    js.BeginObject().Key("before").String("x").Key("big").String(big).Key("after").Double(0.25).EndObject();
    js.Finish();
  }
  Json tree;
  tree["before"] = "x";
  tree["big"] = big;
  tree["after"] = 0.25;
  CHECK(out.str() == tree.dump(2) + "\n");
}

TEST_CASE("without Finish, the destructor still writes what was buffered") {
  std::ostringstream out;
  {
    JsonStream js(out);
    js.BeginArray().UInt(7).EndArray();
  }
  CHECK(out.str() == "[\n  7\n]");
}

}  // namespace
}  // namespace contraste
