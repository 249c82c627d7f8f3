// A small streaming JSON writer: snapshots for the page's JavaScript API and,
// later, Chrome Trace Event files. Output is compact, keys keep the order they
// are written in, and numbers print the same natively and in wasm.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace interleave::json {

class Writer {
 public:
  Writer& begin_object();
  Writer& end_object();
  Writer& begin_array();
  Writer& end_array();
  Writer& key(std::string_view name);
  Writer& value(std::string_view text);
  Writer& value(const char* text) { return value(std::string_view(text)); }
  Writer& value(int64_t number);
  Writer& value(int number) { return value(static_cast<int64_t>(number)); }
  Writer& value(double number);
  Writer& value(bool flag);
  Writer& null();

  // Shorthands for a member of the current object.
  template <typename T>
  Writer& field(std::string_view name, const T& v) { return key(name).value(v); }

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void before_value();

  std::string out_;
  // One entry per open container: true once it holds a member/element.
  std::vector<bool> has_items_;
  bool after_key_ = false;
};

// Appends [text] to [out] as a JSON string literal (quotes included). Invalid
// UTF-8 bytes become U+FFFD so the result always parses.
void append_string(std::string& out, std::string_view text);

}  // namespace interleave::json
