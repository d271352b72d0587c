// Every input that broke contraste (tests/data/fuzz-regressions/, found by fuzzing and by hand;
// ../shared/fuzz-findings/README.md says where each broke) gets a clear error and a non-zero exit,
// or a bounded, well-formed result: no crash, no abort, no value out of range, valid JSON. Under
// the sanitizer build (README "Testing") the same runs also prove there is no undefined behaviour.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <regex>

#include "diff/cli_process.h"

using namespace contraste::testing;

namespace {

std::string Regression(const std::string& name) { return SourcePath("tests/data/fuzz-regressions/" + name); }

// The claims of a file as JSON; the run must succeed.
nlohmann::json CliClaimsOf(const std::string& path) {
  CliRun r = RunContraste({"claims", "--format", "json", path});
  REQUIRE_MESSAGE(r.status == 0, r.err);
  REQUIRE(nlohmann::json::accept(r.out));
  return nlohmann::json::parse(r.out)["claims"];
}

// Every value is one a reader can take: durations are ISO 8601 without a sign, an infinity or an
// exponent; dates have years of four digits.
void CheckValuesInRange(const nlohmann::json& claims) {
  static const std::regex duration(R"(P(\d+(\.\d+)?[YMWD])*(T(\d+(\.\d+)?[HMS])+)?)");
  static const std::regex date(R"(\d{4}(-[0-9WQSHX][0-9A-Z]*)*(/\d{4}(-[0-9A-Z]+)*)?|\d{3}X)");
  for (const auto& c : claims) {
    const std::string slot = c.value("slot", ""), value = c.value("value", "");
    CAPTURE(value);
    if (slot == "duration") CHECK(std::regex_match(value, duration));
    if (slot == "date") CHECK(std::regex_match(value, date));
  }
}

}  // namespace

TEST_CASE("B1: an article with no values gives an empty, valid report") {
  CliRun r = RunContraste({"report", "--format", "json", Regression("B1_no_claims.txt")});
  CHECK(r.status == 0);
  REQUIRE(nlohmann::json::accept(r.out));
  auto report = nlohmann::json::parse(r.out);
  CHECK(report["summary"]["claims"] == 0);
  CHECK(report["findings"].empty());
}

TEST_CASE("B13 (fuzz_article): a sentence whose mentions are all in one place reads no empty vector's first element") {
  // UBSan: "reference binding to null pointer" in &*ms.begin() of an empty mention list.
  CliRun r = RunContraste({"report", "--format", "json", Regression("B13_empty_mentions_ub.txt")});
  CHECK((r.status == 0 || r.status == 3));
  CHECK(nlohmann::json::accept(r.out));
}

TEST_CASE("B2-B4: counts beyond the calendar are not read as dates") {
  for (const char* name : {"B2_date_period_int_overflow.txt", "B2_proximos_huge_days.txt", "B3_hace_huge_days.txt",
                           "B4_hace_decadas_overflow.txt"}) {
    CAPTURE(name);
    auto claims = CliClaimsOf(Regression(name));
    CheckValuesInRange(claims);
    for (const auto& c : claims) {
      if (c["slot"] == "date") CHECK(c["value"].template get<std::string>().find("12949") == std::string::npos);
    }
  }
}

TEST_CASE("B5, B11, B12: a number too large to hold exactly (or infinite) is no amount, and never aborts") {
  // B11: 400 digits made std::stod throw (abort, exit 134); B12: "1e99999999999999999999", "2^99999".
  for (const char* name : {"B5_duration_huge.txt", "B5_duration_inf.txt", "B11_digits_400.txt", "B12_exponents_huge.txt"}) {
    CAPTURE(name);
    auto claims = CliClaimsOf(Regression(name));
    CheckValuesInRange(claims);
    // 38 and 400 nines are no number (B12's "1.999...9 horas" is 2 hours, as a double holds it).
    if (std::string(name).starts_with("B12")) continue;
    for (const auto& c : claims) CHECK(c["quote"].template get<std::string>().find("9999999999999999") == std::string::npos);
  }
}

TEST_CASE("B6-B8: diff and baseline refuse a malformed report with a message and exit 2") {
  const std::string base = Regression("B7_diff_base.json");
  struct Case {
    std::string file, says;
  };
  for (const Case& c : {Case{"B6_diff_number_overflow.json", "not valid JSON"},
                        Case{"B7_diff_claims_not_objects.json", "claim 0 is not an object"},
                        Case{"B8_diff_line_1e300.json", "'line' is not a whole number"}}) {
    CAPTURE(c.file);
    CliRun d = RunContraste({"diff", base, Regression(c.file)});
    CHECK(d.status == 2);
    CHECK(d.err.find(c.file) != std::string::npos);
    CHECK(d.err.find(c.says) != std::string::npos);
    CliRun b = RunContraste({"baseline", Regression(c.file), "--who", "a", "--why", "b"});
    CHECK(b.status == 2);
    CHECK(b.err.find(c.says) != std::string::npos);
  }
}

TEST_CASE("B9: diff --format json over paths that are not UTF-8 writes valid JSON") {
  TempDir dir;
  const fs::path odd = dir.path / "seed\xff.json";
  fs::copy_file(SourcePath("reports/seed.json"), odd);
  CliRun r = RunContraste({"diff", "--format", "json", odd.string(), odd.string()});
  CHECK(r.status == 0);
  CHECK(nlohmann::json::accept(r.out));
}

TEST_CASE("B10: a file name that is not UTF-8 is named and skipped, and the JSON stays valid") {
  TempDir dir;
  WriteText(dir.path / "good.txt", "Putin y Kim celebraron una cumbre de unos 90 minutos.\n");
  WriteText(dir.path / "caf\xe9.txt", "Putin y Kim celebraron una cumbre de dos horas.\n");
  CliRun r = RunContraste({"report", "--format", "json", dir.path.string()});
  CHECK(r.status == 3);
  CHECK(r.err.find("file name is not valid UTF-8") != std::string::npos);
  REQUIRE(nlohmann::json::accept(r.out));
  auto report = nlohmann::json::parse(r.out);
  CHECK(report["documents"].size() == 1);
  CHECK(report["skipped"].size() == 1);
}

TEST_CASE("a symlink loop inside a walked directory is named, with exit 3 (skipped)") {
  TempDir dir;
  fs::create_directories(dir.path / "a");
  WriteText(dir.path / "a/good.txt", "Putin y Kim celebraron una cumbre de unos 90 minutos.\n");
  fs::create_directory_symlink("..", dir.path / "a/loop");
  CliRun r = RunContraste({"report", "--format", "json", dir.path.string()});
  CHECK(r.status == 3);
  CHECK(r.err.find("loop") != std::string::npos);
  auto report = nlohmann::json::parse(r.out);
  CHECK(report["documents"].size() == 1);
}

TEST_CASE("an unreadable subdirectory is named, with exit 3 (skipped)") {
  if (::geteuid() == 0) {
    MESSAGE("skipped: running as root, every directory is readable");
    return;
  }
  TempDir dir;
  fs::create_directories(dir.path / "closed");
  WriteText(dir.path / "good.txt", "Putin y Kim celebraron una cumbre de unos 90 minutos.\n");
  fs::permissions(dir.path / "closed", fs::perms::none);
  CliRun r = RunContraste({"report", dir.path.string()});
  fs::permissions(dir.path / "closed", fs::perms::owner_all);
  CHECK(r.status == 3);
  CHECK(r.err.find("closed") != std::string::npos);
}

TEST_CASE("FIFOs and devices are refused as special files, at once") {
  TempDir dir;
  const fs::path fifo = dir.path / "pipe.txt";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  for (const std::string& path : {fifo.string(), std::string("/dev/zero")}) {
    CAPTURE(path);
    CliRun r = RunContraste({"report", path});
    CHECK(r.status == 3);
    CHECK(r.err.find("not a regular file") != std::string::npos);
  }
  // In a walked directory too: named, not read.
  WriteText(dir.path / "good.txt", "Putin y Kim celebraron una cumbre de unos 90 minutos.\n");
  CliRun r = RunContraste({"report", dir.path.string()});
  CHECK(r.status == 3);
  CHECK(r.err.find("pipe.txt: not a regular file") != std::string::npos);
}

TEST_CASE("UTF-16 files are recognised and named as such") {
  TempDir dir;
  WriteText(dir.path / "le.txt", std::string("\xff\xfeP\0u\0t\0i\0n\0", 12));
  WriteText(dir.path / "be.txt", std::string("\xfe\xff\0P\0u\0t\0i\0n", 12));
  WriteText(dir.path / "nobom.txt", std::string("P\0u\0t\0i\0n\0 \0y\0", 14));
  for (const char* name : {"le.txt", "be.txt", "nobom.txt"}) {
    CAPTURE(name);
    CliRun r = RunContraste({"report", (dir.path / name).string()});
    CHECK(r.status == 3);
    CHECK(r.err.find("UTF-16") != std::string::npos);
  }
}

TEST_CASE("an article over the size limit is refused with the limit named") {
  TempDir dir;
  {
    std::ofstream out(dir.path / "huge.txt", std::ios::binary);
    const std::string line = "Putin y Kim celebraron una cumbre de unos 90 minutos.\n";
    for (size_t written = 0; written <= (8u << 20); written += line.size()) out << line;
  }
  CliRun r = RunContraste({"report", (dir.path / "huge.txt").string()});
  CHECK(r.status == 3);
  CHECK(r.err.find("larger than 8 MiB") != std::string::npos);
}
