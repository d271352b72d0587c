// A stored row of the claims store through its decoder: the analysis JSON of a document and the
// document's bytes (the two columns SqliteStore and PostgresStore read back), split at a line "===".
// A row that decodes must be one the engine can use: every claim's quote is the bytes at its
// offset, encoding it again and decoding that gives the same JSON, and the corpus steps and the
// JSON report run over it. A stored skipped-file error goes through DecodeError the same way.
//
// Seeds: FUZZ_STORE_ROW_SEEDS=DIR fuzz_store_row writes one row per seed article into DIR and exits
// (scripts/fuzz.sh does it), so the fuzzer starts from rows the store really holds.
#include <filesystem>
#include <fstream>

#include "fuzz_support.h"
#include "store/analysis_codec.h"

namespace {

using namespace contraste;
using namespace contraste::fuzz;

void WriteSeeds(const std::string& dir) {
  std::filesystem::create_directories(dir);
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(SourcePath("corpus"))) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  int n = 0;
  for (const auto& path : files) {
    CorpusLoad load = LoadCorpus({path.string()}, {});
    for (Document& d : load.documents) {
      std::string bytes = d.bytes;
      auto a = SharedEngine().AnalyzeDocument(std::move(d));
      if (!a) continue;
      std::ofstream(dir + "/row" + std::to_string(n++) + ".txt", std::ios::binary)
          << EncodeDocumentAnalysis(*a) << "\n===\n" << bytes;
    }
  }
  Error e = MakeError(ErrorCode::kInvalidUtf8, "invalid UTF-8 at byte 3");
  e.file = "x.txt";
  std::ofstream(dir + "/error.txt", std::ios::binary) << EncodeError(e);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  if (const char* dir = std::getenv("FUZZ_STORE_ROW_SEEDS")) {
    WriteSeeds(dir);
    std::exit(0);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> pieces = Pieces(Bytes(data, size), 2);
  const std::string bytes = pieces.size() > 1 ? pieces[1] : "";

  Error stored_error;
  if (DecodeError(pieces[0], &stored_error)) {
    Error again;
    if (!DecodeError(EncodeError(stored_error), &again) || EncodeError(again) != EncodeError(stored_error)) {
      Broken("a stored error read back differs");
    }
  }

  auto row = DecodeDocumentAnalysis(pieces[0], bytes);
  if (!row) {
    if (row.error().message.empty()) Broken("a refused row with no message");
    return 0;
  }
  const std::string encoded = EncodeDocumentAnalysis(*row);
  auto again = DecodeDocumentAnalysis(encoded, bytes);
  if (!again) Broken("a row encoded from a decoded one is refused: " + again.error().ToString());
  if (EncodeDocumentAnalysis(*again) != encoded) Broken("a row read back encodes differently");

  std::vector<DocumentAnalysis> docs;
  docs.push_back(std::move(*row));
  Analysis a = SharedEngine().Combine(std::move(docs));
  CheckAnalysis(a);
  JsonOf(a);
  return 0;
}
