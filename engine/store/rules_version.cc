#include "store/rules_version.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/fingerprint.h"

namespace contraste {

namespace fs = std::filesystem;

Result<std::string> RulesVersion(const std::string& rules_dir) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(rules_dir, fs::directory_options::follow_directory_symlink, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) {
    Error e = MakeError(ErrorCode::kIo, fmt::format("cannot read the rules directory: {}", ec.message()));
    e.file = rules_dir;
    return e;
  }
  std::sort(files.begin(), files.end());
  Fnv1a64Hasher h;
  h.Add(fmt::format("format {}\n", kAnalysisFormat));
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    h.Add(fs::relative(f, rules_dir, ec).generic_string()).Add("\n").Add(bytes.str()).Add("\n");
  }
  return fmt::format("{:016x}", h.value());
}

}  // namespace contraste
