#include "text/article_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace contraste {

namespace fs = std::filesystem;

namespace {

// Why `path` cannot be read as an article, found with the standard library's words (the slow path,
// taken only when the stat failed or found no regular file), or an empty string.
std::string WhyRefused(const std::string& path) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec) {
    if (ec == std::errc::too_many_symbolic_link_levels) return "symbolic link loop";
    const std::string why = "cannot open file: " + ec.message();
    if (fs::is_symlink(fs::symlink_status(path, ec))) return "broken symbolic link";
    return why;
  }
  if (fs::is_regular_file(st)) return "";
  return fmt::format("not a regular file ({}): refused", SpecialFileKind(st.type()));
}

Error TooLarge(const std::string& path) {
  return MakeFileError(ErrorCode::kIo, path, 0, 0,
                       fmt::format("file larger than {} MiB, the limit for one article", kMaxArticleBytes >> 20));
}

// Closes the descriptor on every way out.
struct FileDescriptor {
  int fd;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

const char* SpecialFileKind(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory: return "directory";
    case fs::file_type::fifo: return "FIFO";
    case fs::file_type::character: return "character device";
    case fs::file_type::block: return "block device";
    case fs::file_type::socket: return "socket";
    default: return "special file";
  }
}

Result<std::string> ReadArticleFile(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    if (std::string why = WhyRefused(path); !why.empty()) return MakeFileError(ErrorCode::kIo, path, 0, 0, why);
  }
  const size_t size = st.st_size > 0 ? static_cast<size_t>(st.st_size) : 0;
  if (size > kMaxArticleBytes) return TooLarge(path);
  FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) return MakeFileError(ErrorCode::kIo, path, 0, 0, "cannot open file");
  // The size the stat gave and one byte more: a read that fills less is the end of the file, so
  // an unchanged file takes one read. A file whose size is unknown (0) or that grew is read on in
  // blocks, never past the limit.
  std::string bytes;
  size_t have = 0;
  size_t ask = size > 0 ? size + 1 : size_t{1} << 16;
  while (true) {
    bytes.resize(have + ask);
    const ssize_t n = ::read(file.fd, bytes.data() + have, ask);
    if (n < 0) {
      if (errno == EINTR) continue;
      return MakeFileError(ErrorCode::kIo, path, 0, 0, "cannot read file");
    }
    have += static_cast<size_t>(n);
    if (have > kMaxArticleBytes) return TooLarge(path);
    if (n == 0 || static_cast<size_t>(n) < ask) break;
    ask = size_t{1} << 16;
  }
  bytes.resize(have);
  return bytes;
}

}  // namespace contraste
