// Writes JSON to a stream as it goes, without building a document tree first, byte for byte as
// nlohmann::json's dump(2) would print the same tree: two-space indentation, "key": value,
// empty containers as [] and {}, strings escaped the same way (UTF-8 kept, control characters
// as \uXXXX), doubles with nlohmann's shortest round-trip digits, non-finite doubles as null.
//
//   JsonStream js(out);
//   js.BeginObject();
//   js.Key("schema").String("contraste.report/2");
//   js.Key("ids").BeginArray();
//   for (const auto& id : ids) js.String(id);
//   js.EndArray();
//   js.EndObject();
//   js.Finish();  // writes the final newline and flushes the buffer to `out`
//
// The caller keeps the structure valid (a Key before each value of an object, matching Begin/End);
// the writer does not check it.
//
// Part of a document can be written elsewhere (another thread) and spliced in: a stream made with
// JsonStream(&text, open) writes into `text` as if inside the containers `open` describes, and
// Items(text) of the stream at that place writes it there.
//
//   std::string part;
//   { JsonStream inner(&part, {1, 1}); inner.BeginObject().Key("n").Int(2).EndObject(); }
//   js.Items(part);   // in the array that had items before: ",\n    {\n      \"n\": 2\n    }"
//
// Cost: every call writes into one buffer through a cursor (no std::string per value, no
// formatting library); the buffer goes to `out` in blocks of kBlock bytes. A string is copied
// eight bytes at a time while none of them needs escaping, a short key byte by byte as it is
// checked; integers and integral doubles are written with to_chars.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace contraste {

class JsonStream {
 public:
  explicit JsonStream(std::ostream& out);
  // Writes into `text` (appended), as if inside open containers: one entry per container, the
  // outermost first, 1 when it holds items already.
  JsonStream(std::string* text, std::vector<uint8_t> open);
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
  // Items of the current container written by a stream made for this place (see above); `text`
  // empty: none.
  JsonStream& Items(std::string_view text);
  // The open containers, as the constructor for a stream writing elsewhere takes them, for items
  // that follow those written so far (or `more` of them written elsewhere).
  std::vector<uint8_t> OpenContainers(bool more = false) const;

  // Ends the document with a newline and writes everything buffered to the stream.
  void Finish();

 private:
  // Bytes written to `out` at a time (small enough to stay in the L2 cache next to the strings
  // being read); a value longer than that grows the buffer for itself.
  static constexpr size_t kBlock = 1 << 16;

  JsonStream& Open(char bracket);
  JsonStream& Close(char bracket);
  // The key of the next member, escaped the general way.
  JsonStream& KeyEscaped(std::string_view key);
  // Separator and indentation before a value (nothing right after a key).
  void BeforeValue();
  // Newline and the indentation of `depth` open containers.
  void NewLine(size_t depth);
  // `s` in quotes, escaped.
  void Escaped(std::string_view s);
  void EscapedUtf8(std::string_view s);  // Escaped, for text known to be valid UTF-8
  // Writes `s` in quotes, escaped, from `out` (room for 2 + 6 bytes per byte of `s`) and returns
  // the end; with `check_utf8`, nullptr when `s` is not valid UTF-8.
  static char* EscapeInto(std::string_view s, char* out, bool check_utf8);
  // Room for `n` more bytes at the cursor: flushes, or grows the buffer for a value over kBlock.
  char* Room(size_t n) {
    if (static_cast<size_t>(end_ - cursor_) < n) MakeRoom(n);
    return cursor_;
  }
  void MakeRoom(size_t n);
  void Put(char c) { *Room(1) = c, ++cursor_; }
  void Put(std::string_view s) {
    std::memcpy(Room(s.size()), s.data(), s.size());
    cursor_ += s.size();
  }
  void Flush();

  std::ostream* out_ = nullptr;  // where the buffer goes: a stream,
  std::string* text_ = nullptr;  // or a string
  std::unique_ptr<char[]> buffer_;
  char* cursor_ = nullptr;  // next byte to write
  char* end_ = nullptr;     // end of the buffer
  std::vector<uint8_t> has_items_;  // one per open container: something was written inside it
  bool after_key_ = false;
};

}  // namespace contraste
