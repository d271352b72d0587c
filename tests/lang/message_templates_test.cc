// rules/<lang>/messages.yaml is read strictly: every verdict sentence given, placeholders known,
// errors at file:line:col; sentences are filled in one pass.
#include <doctest/doctest.h>

#include "lang/message_templates.h"

using namespace contraste;

namespace {

const char* kVerdicts = R"(verdicts:
  contradicted: "a {quote} {corpus}{latest}"
  contradicted_and_compatible: "b {quote} {corpus} {compatible}{latest}"
  self_contradicted: "c {quote} {corpus}"
  disputed: "d {quote} {compatible} {corpus}"
  disputed_vague: "e {sides} {quote}"
  confirmed: "f {quote} {compatible}"
  unchecked: "g {quote}"
  no_rule: "h {quote} {slot}"
  latest_figure: "i {quote} {document} {moment}"
)";

Result<MessageTemplates> Parse(const std::string& findings) {
  return ParseMessageTemplates("quoted: \"<{quote}>\"\njoiners: {sides: \" / \", steps: \" > \", list: \"; \"}\n" +
                                   findings + kVerdicts,
                               "messages.yaml");
}

}  // namespace

TEST_CASE("a messages file: sentences by rule and kind, the default, quotes and place kinds") {
  auto m = Parse("findings:\n  default: {conflict: \"no {values}\"}\n  r1: {agreement: \"yes {values} {unit}\"}\n");
  REQUIRE_MESSAGE(m.ok(), m.error().ToString());
  CHECK(*m->FindingTemplate("r1", "agreement") == "yes {values} {unit}");
  CHECK(*m->FindingTemplate("r1", "conflict") == "no {values}");
  CHECK(m->FindingTemplate("r1", "revision") == nullptr);
  CHECK(m->Quote("x") == "<x>");
  CHECK(m->sides_joiner == " / ");
  CHECK(m->Verdict("unchecked") == "g {quote}");
  CHECK(m->PlaceKind("palace") == "palace");
}

TEST_CASE("mistakes in a messages file are errors at their place") {
  auto unknown = Parse("findings:\n  r1: {conflict: \"no {value}\"}\n");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().ToString().find("messages.yaml:4:") != std::string::npos);
  CHECK(unknown.error().ToString().find("{value}") != std::string::npos);
  auto kind = Parse("findings:\n  r1: {conflicts: \"no\"}\n");
  CHECK_FALSE(kind.ok());
  auto missing = ParseMessageTemplates("quoted: \"{quote}\"\njoiners: {sides: a, steps: b, list: c}\nfindings: {}\n"
                                       "verdicts: {unchecked: \"{quote}\"}\n",
                                       "messages.yaml");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().ToString().find("contradicted") != std::string::npos);
}

TEST_CASE("FillTemplate fills each placeholder once and leaves other braces") {
  CHECK(FillTemplate("{a} and {b}", {{"a", "{b}"}, {"b", "2"}}) == "{b} and 2");
  CHECK(FillTemplate("{x} {", {{"a", "1"}}) == "{x} {");
  CHECK(FillTemplate("", {}) == "");
}
