// The streaming JSON writer prints exactly what nlohmann::json's dump(2) prints for the same tree.
#include "report/json_stream.h"
#include "text/utf8_check.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <limits>
#include <sstream>

namespace contraste {
namespace {

using Json = nlohmann::ordered_json;

std::string Streamed(void (*write)(JsonStream&)) {
  std::ostringstream out;
  {
    JsonStream js(out);
    write(js);
    js.Finish();
  }
  return out.str();
}

TEST_CASE("nested objects and arrays, empty ones included, indent like dump(2)") {
  Json tree;
  tree["schema"] = "x/1";
  tree["empty_list"] = Json::array();
  tree["empty_object"] = Json::object();
  tree["list"] = Json::array({Json{{"a", 1}, {"b", Json::array({"p", "q"})}}, Json::array(), 3});
  tree["null"] = nullptr;
  tree["flags"] = Json::array({true, false});
  std::string expected = tree.dump(2) + "\n";
  std::string got = Streamed([](JsonStream& js) {
    js.BeginObject();
    js.Key("schema").String("x/1");
    js.Key("empty_list").BeginArray().EndArray();
    js.Key("empty_object").BeginObject().EndObject();
    js.Key("list").BeginArray();
    js.BeginObject().Key("a").Int(1).Key("b").Strings({"p", "q"}).EndObject();
    js.BeginArray().EndArray();
    js.Int(3);
    js.EndArray();
    js.Key("null").Null();
    js.Key("flags").BeginArray().Bool(true).Bool(false).EndArray();
    js.EndObject();
  });
  CHECK(got == expected);
}

TEST_CASE("strings are escaped like nlohmann: quotes, backslash, controls; UTF-8 and DEL kept") {
  const std::string s = "comillas \" barra \\ tab\t nl\n cr\r ff\f bs\b nul\x01 esc\x1f del\x7f a\xc3\xb1o \xe2\x80\x9c";
  std::string expected = Json::array({s}).dump(2) + "\n";
  std::ostringstream out;
  {
    JsonStream js(out);
    js.BeginArray().String(s).EndArray();
    js.Finish();
  }
  CHECK(out.str() == expected);
  CHECK(out.str().find("\\u0001") != std::string::npos);
}

TEST_CASE("a character to escape is found at every position of the eight-byte blocks") {
  // Long strings are scanned eight bytes at a time: each special byte, at each offset of a
  // string longer than two blocks, next to bytes just above and below the special ones.
  const std::string specials = std::string("\"\\\n\x1f\x01", 5) + std::string(1, '\0');
  for (char special : specials) {
    for (size_t at = 0; at < 20; ++at) {
      std::string s = "abc !#[] \x7f" "0123456789";  // ASCII, then UTF-8 letters after the special byte
      s.insert(at, 1, special);
      s += "\xc3\xb1\xe2\x80\x9c";
      CAPTURE(at);
      CAPTURE(static_cast<int>(special));
      std::ostringstream out;
      {
        JsonStream js(out);
        js.BeginArray().String(s).EndArray();
        js.Finish();
      }
      CHECK(out.str() == Json::array({s}).dump(2) + "\n");
    }
  }
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD at every position, the valid letters around them kept") {
  // The string is checked as it is copied: an invalid sequence found mid-block, after escapes and
  // letters already written, restarts it mended, as ValidUtf8 mends it.
  const std::string invalids[] = {std::string("\xff"), std::string("\xc3"), std::string("\xe2\x80"),
                                  std::string("\xc0\xaf"), std::string("\xed\xa0\x80")};
  for (const std::string& bad : invalids) {
    for (size_t at = 0; at < 20; ++at) {
      std::string s = "a\xc3\xb1o \"q\" \x01 0123456789";
      s.insert(at < s.size() ? at : s.size(), bad);
      s += "\xe2\x80\x9c fin";
      CAPTURE(at);
      std::ostringstream out;
      {
        JsonStream js(out);
        js.BeginArray().String(s).EndArray();
        js.Finish();
      }
      const std::string mended = ValidUtf8(s);
      CHECK(mended.find("\xEF\xBF\xBD") != std::string::npos);
      CHECK(out.str() == Json::array({mended}).dump(2) + "\n");
    }
  }
}

TEST_CASE("numbers: integers, nlohmann's double digits, non-finite as null") {
  const double doubles[] = {0.0, -0.0, 0.5, 5400.0, 1.0 / 3.0, 1e20, 1e-7, 123456789012345678.0, -81.5,
                            std::numeric_limits<double>::infinity()};
  Json tree = Json::array();
  for (double d : doubles) tree.push_back(d);
  tree.push_back(static_cast<uint64_t>(18446744073709551615ull));
  tree.push_back(static_cast<int64_t>(-42));
  std::ostringstream out;
  {
    JsonStream js(out);
    js.BeginArray();
    for (double d : doubles) js.Double(d);
    js.UInt(18446744073709551615ull).Int(-42);
    js.EndArray();
    js.Finish();
  }
  CHECK(out.str() == tree.dump(2) + "\n");
  CHECK(out.str().find("5400.0") != std::string::npos);
}

TEST_CASE("items written elsewhere and spliced in read as if written in place") {
  Json tree;
  tree["before"] = 1;
  tree["list"] = Json::array({Json{{"a", 1}}, "x", Json{{"b", Json::array({2, 3})}}, "y"});
  tree["after"] = Json::array();
  std::ostringstream out;
  {
    JsonStream js(out);
    js.BeginObject();
    js.Key("before").Int(1);
    js.Key("list").BeginArray();
    std::string first, second, none;
    {
      JsonStream part(&first, js.OpenContainers());
      part.BeginObject().Key("a").Int(1).EndObject();
      part.String("x");
    }
    {
      JsonStream part(&second, js.OpenContainers(/*more=*/true));
      part.BeginObject().Key("b").BeginArray().Int(2).Int(3).EndArray().EndObject();
      part.String("y");
    }
    js.Items(first).Items(none).Items(second);
    js.EndArray();
    js.Key("after").BeginArray();
    js.Items(none);
    js.EndArray();
    js.EndObject();
    js.Finish();
  }
  CHECK(out.str() == tree.dump(2) + "\n");
}

}  // namespace
}  // namespace contraste
