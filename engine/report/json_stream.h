// Writes JSON to a stream as it goes, without building a document tree first, byte for byte as
// nlohmann::json's dump(2) would print the same tree: two-space indentation, "key": value,
// empty containers as [] and {}, strings escaped the same way (UTF-8 kept, control characters
// as \uXXXX), doubles with nlohmann's shortest round-trip digits, non-finite doubles as null.
//
//   JsonStream js(out);
//   js.BeginObject();
//   js.Key("schema").String("contraste.report/1");
//   js.Key("ids").BeginArray();
//   for (const auto& id : ids) js.String(id);
//   js.EndArray();
//   js.EndObject();
//   js.Finish();  // writes the final newline and flushes the buffer to `out`
//
// The caller keeps the structure valid (a Key before each value of an object, matching Begin/End);
// the writer does not check it.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace contraste {

class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : out_(out) { buffer_.reserve(kFlushAt + 4096); }
  ~JsonStream() { Flush(); }
  JsonStream(const JsonStream&) = delete;
  JsonStream& operator=(const JsonStream&) = delete;

  JsonStream& BeginObject() { return Open('{'); }
  JsonStream& EndObject() { return Close('}'); }
  JsonStream& BeginArray() { return Open('['); }
  JsonStream& EndArray() { return Close(']'); }
  // The key of the next member of the current object.
  JsonStream& Key(std::string_view key);

  JsonStream& String(std::string_view s);
  JsonStream& Int(int64_t v);
  JsonStream& UInt(uint64_t v);
  JsonStream& Double(double v);
  JsonStream& Bool(bool v);
  JsonStream& Null();
  // An array of strings.
  JsonStream& Strings(const std::vector<std::string>& list);

  // Ends the document with a newline and writes everything buffered to the stream.
  void Finish();

 private:
  static constexpr size_t kFlushAt = 1 << 16;
  JsonStream& Open(char bracket);
  JsonStream& Close(char bracket);
  // Separator and indentation before a value (nothing right after a key).
  void BeforeValue();
  void Indent(size_t depth);
  void Escaped(std::string_view s);
  void MaybeFlush() {
    if (buffer_.size() >= kFlushAt) Flush();
  }
  void Flush();

  std::ostream& out_;
  std::string buffer_;
  std::vector<bool> has_items_;  // one per open container: something was written inside it
  bool after_key_ = false;
};

}  // namespace contraste
