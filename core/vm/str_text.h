// StrText: the UTF-8 text of a str object, read like a const std::string.
//
// `t += x` in a loop copies t every time unless the text can grow in place.
// CPython appends in place when t's reference count says nobody else holds
// the string; without reference counts we do something safe instead: the
// result of `a + b` may take over a's buffer (over-allocated, so appending
// is amortized O(len(b))), and a keeps only a reference to the result plus
// its own length. Its characters are the result's first bytes, which never
// change (a buffer is only ever appended to), and are copied back the first
// time a is read (str()). The interpreter hands a buffer over only where no
// native code can be holding a reference to a's text (str_concat_into in
// ops.cpp); everything else reads through str(), or the conversions below.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace interleave::vm {

struct StrObject;

class StrText {
 public:
  StrText() = default;
  explicit StrText(std::string s) : s_(std::move(s)) {}
  explicit StrText(std::string_view v) : s_(v) {}
  StrText(const StrText&) = delete;
  StrText& operator=(const StrText&) = delete;

  const std::string& str() const {
    if (__builtin_expect(owner_ != nullptr, 0)) unshare();
    return s_;
  }
  operator const std::string&() const { return str(); }
  operator std::string_view() const { return str(); }

  // The const interface of std::string, through str().
  size_t size() const { return owner_ ? shared_size() : s_.size(); }
  size_t length() const { return size(); }
  bool empty() const { return size() == 0; }
  size_t capacity() const { return owner_ ? 0 : s_.capacity(); }
  const char* data() const { return str().data(); }
  const char* c_str() const { return str().c_str(); }
  char operator[](size_t i) const { return str()[i]; }
  char front() const { return str().front(); }
  char back() const { return str().back(); }
  std::string::const_iterator begin() const { return str().begin(); }
  std::string::const_iterator end() const { return str().end(); }
  std::string substr(size_t pos = 0, size_t n = std::string::npos) const { return str().substr(pos, n); }
  template <class... A>
  size_t find(A&&... a) const { return str().find(std::forward<A>(a)...); }
  template <class... A>
  size_t rfind(A&&... a) const { return str().rfind(std::forward<A>(a)...); }
  template <class... A>
  size_t find_first_of(A&&... a) const { return str().find_first_of(std::forward<A>(a)...); }
  template <class... A>
  size_t find_last_of(A&&... a) const { return str().find_last_of(std::forward<A>(a)...); }
  template <class... A>
  size_t find_first_not_of(A&&... a) const { return str().find_first_not_of(std::forward<A>(a)...); }
  template <class... A>
  size_t find_last_not_of(A&&... a) const { return str().find_last_not_of(std::forward<A>(a)...); }
  template <class... A>
  int compare(A&&... a) const { return str().compare(std::forward<A>(a)...); }
  bool starts_with(std::string_view p) const { return str().starts_with(p); }
  bool ends_with(std::string_view p) const { return str().ends_with(p); }

  // Writing (a native building a string it has not published yet).
  std::string& mutable_str() {
    if (owner_) unshare();
    return s_;
  }
  StrText& operator+=(std::string_view more) {
    mutable_str() += more;
    return *this;
  }

  // The buffer handover (ops.cpp): the text moves out and this becomes the
  // first size() bytes of [owner]'s text.
  bool shared() const { return owner_ != nullptr; }
  const StrObject* owner() const { return owner_; }
  std::string take_for(const StrObject* owner);

 private:
  void unshare() const;  // str_text.cpp
  size_t shared_size() const;
  mutable const StrObject* owner_ = nullptr;
  mutable std::string s_;  // the text, or (shared) the number of bytes, as raw bytes
};

inline bool operator==(const StrText& a, const StrText& b) { return a.str() == b.str(); }
inline bool operator==(const StrText& a, const std::string& b) { return a.str() == b; }
inline bool operator==(const StrText& a, std::string_view b) { return a.str() == b; }
inline bool operator==(const StrText& a, const char* b) { return a.str() == b; }
// (Emscripten's libc++ has no <=> for strings yet.)
inline bool operator<(const StrText& a, const StrText& b) { return a.str() < b.str(); }
inline bool operator<=(const StrText& a, const StrText& b) { return a.str() <= b.str(); }
inline bool operator>(const StrText& a, const StrText& b) { return a.str() > b.str(); }
inline bool operator>=(const StrText& a, const StrText& b) { return a.str() >= b.str(); }
inline std::string operator+(const StrText& a, const StrText& b) { return a.str() + b.str(); }
inline std::string operator+(const StrText& a, const std::string& b) { return a.str() + b; }
inline std::string operator+(const StrText& a, const char* b) { return a.str() + b; }
inline std::string operator+(const StrText& a, char b) { return a.str() + b; }
inline std::string operator+(const std::string& a, const StrText& b) { return a + b.str(); }
inline std::string operator+(std::string&& a, const StrText& b) { return std::move(a) + b.str(); }
inline std::string operator+(const char* a, const StrText& b) { return a + b.str(); }
inline std::string operator+(char a, const StrText& b) { return a + b.str(); }

}  // namespace interleave::vm
