// Errors raised by the pure text and number routines, named by the Python
// exception type the VM must raise and carrying CPython's exact message.
//
// The wasm build has no C++ exceptions, so every fallible routine returns a
// TextResult<T>: either a value or (type, message). The VM turns the latter
// into a real Python exception object.
#pragma once

#include <string>
#include <utility>

namespace interleave::text {

enum class PyErrorType {
  None,
  ValueError,
  TypeError,
  OverflowError,
  ZeroDivisionError,
  KeyError,
  IndexError,
  UnicodeDecodeError,
  UnicodeEncodeError,
  MemoryError,
  AttributeError,
};

// The Python spelling of [type], e.g. "ValueError".
const char* py_error_name(PyErrorType type);

struct TextError {
  PyErrorType type = PyErrorType::None;
  std::string message;
};

// A value or a Python error. Deliberately tiny: C++20 has no std::expected
// and Emscripten 3.1.6's libc++ would not have it anyway.
template <class T>
class TextResult {
 public:
  TextResult(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose
  TextResult(TextError error) : error_(std::move(error)) {}  // NOLINT

  bool ok() const { return error_.type == PyErrorType::None; }
  explicit operator bool() const { return ok(); }
  const T& value() const { return value_; }
  T& value() { return value_; }
  const T& operator*() const { return value_; }
  const TextError& error() const { return error_; }

 private:
  T value_{};
  TextError error_;
};

inline TextError value_error(std::string message) {
  return {PyErrorType::ValueError, std::move(message)};
}
inline TextError type_error(std::string message) {
  return {PyErrorType::TypeError, std::move(message)};
}
inline TextError overflow_error(std::string message) {
  return {PyErrorType::OverflowError, std::move(message)};
}
inline TextError zero_division_error(std::string message) {
  return {PyErrorType::ZeroDivisionError, std::move(message)};
}

// The message every int64 overflow carries: CPython would silently grow a
// big int here, so the learner must be told why Interleave stops instead.
inline constexpr const char* kIntOverflowMessage =
    "integer result too large: Interleave ints are limited to 64 bits";

}  // namespace interleave::text
