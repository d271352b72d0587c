// Reading an article file (text/article_file.h): its bytes in one read, whatever its size, and
// what is not a regular file refused before it is opened.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "text/article_file.h"

namespace fs = std::filesystem;

namespace {

fs::path TempDir() {
  std::random_device rd;
  fs::path dir = fs::temp_directory_path() / "contraste-article-file";
  dir += std::to_string(rd());
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("a file's bytes, byte for byte, at every size around the read sizes") {
  const fs::path dir = TempDir();
  for (size_t size : {size_t{0}, size_t{1}, size_t{4095}, size_t{65536}, size_t{65537}, size_t{200000}}) {
    std::string bytes(size, 'a');
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + i % 26);
    const fs::path file = dir / fs::path(std::to_string(size)).replace_extension(".txt");
    std::ofstream(file, std::ios::binary) << bytes;
    auto read = contraste::ReadArticleFile(file.string());
    REQUIRE(read);
    CHECK(*read == bytes);
  }
  fs::remove_all(dir);
}

TEST_CASE("a directory, a FIFO, a broken link and a missing file are refused with why") {
  const fs::path dir = TempDir();
  const fs::path fifo = dir / "pipe.txt";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  fs::create_symlink(dir / "nowhere.txt", dir / "broken.txt");
  auto message = [](const fs::path& p) {
    auto read = contraste::ReadArticleFile(p.string());
    return read ? std::string("read") : read.error().ToString();
  };
  CHECK(message(dir).find("not a regular file (directory)") != std::string::npos);
  CHECK(message(fifo).find("not a regular file (FIFO)") != std::string::npos);
  CHECK(message(dir / "broken.txt").find("broken symbolic link") != std::string::npos);
  CHECK(message(dir / "missing.txt").find("cannot open file") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a file over the limit is refused") {
  const fs::path dir = TempDir();
  const fs::path file = dir / "big.txt";
  std::ofstream(file, std::ios::binary) << std::string(contraste::kMaxArticleBytes + 1, 'a');
  auto read = contraste::ReadArticleFile(file.string());
  REQUIRE_FALSE(read);
  CHECK(read.error().ToString().find("the limit for one article") != std::string::npos);
  fs::remove_all(dir);
}
