// The language loader: a copy of rules/es with one file replaced by the input. The first byte
// picks the file (so the seeds are the real files, each behind its index), the rest is the file.
// A malformed file is an error with file:line:col, never a crash.
#include <filesystem>
#include <fstream>

#include "fuzz_support.h"
#include "lang/language.h"
#include "text/normalizer.h"

namespace {

namespace fs = std::filesystem;

// A private copy of rules/es, made once per process; its files, sorted.
const std::vector<fs::path>& LanguageFiles(fs::path* dir) {
  static fs::path copy;
  static const std::vector<fs::path> files = [] {
    copy = fs::temp_directory_path() / ("contraste-fuzz-language-" + std::to_string(::getpid()));
    fs::remove_all(copy);
    fs::copy(contraste::fuzz::SourcePath("rules/es"), copy, fs::copy_options::recursive);
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(copy)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
  }();
  *dir = copy;
  return files;
}

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace contraste;
  if (size == 0) return 0;
  fs::path dir;
  const auto& files = LanguageFiles(&dir);
  const fs::path& file = files[data[0] % files.size()];
  const std::string original = Read(file);
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  }
  static TextNormalizer normalizer;
  auto lang = LoadLanguage(dir.string(), "es", normalizer);
  if (!lang && lang.error().message.empty()) fuzz::Broken("an error without a message");
  std::ofstream(file, std::ios::binary | std::ios::trunc) << original;
  return 0;
}
