// The metadata readers: YAML front matter split from an article, the same YAML as a manifest
// entry and as a whole manifest. Errors are values with a position inside the text.
#include "fuzz_support.h"
#include "text/metadata_yaml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace contraste;
  using namespace contraste::fuzz;
  const std::string_view bytes = Bytes(data, size);
  size_t body = 0;
  std::string_view front = SplitFrontMatter(bytes, &body);
  if (body > bytes.size()) Broken("body starts after the end");
  if (!front.empty() && (front.data() < bytes.data() || front.data() + front.size() > bytes.data() + bytes.size())) {
    Broken("front matter outside the text");
  }
  (void)ParseMetadataYaml(front.empty() ? bytes : front, "fuzz.md", 2);
  auto manifest = ParseManifest(bytes, "manifest.yaml");
  if (!manifest) {
    const Error& e = manifest.error();
    if (e.line < 0 || e.column < 0 || (e.offset && *e.offset > bytes.size())) Broken("error outside the text");
  }
  return 0;
}
