// Python names of the error types the text routines report.
#include "text/text_error.h"

namespace interleave::text {

const char* py_error_name(PyErrorType type) {
  switch (type) {
    case PyErrorType::None: return "None";
    case PyErrorType::ValueError: return "ValueError";
    case PyErrorType::TypeError: return "TypeError";
    case PyErrorType::OverflowError: return "OverflowError";
    case PyErrorType::ZeroDivisionError: return "ZeroDivisionError";
    case PyErrorType::KeyError: return "KeyError";
    case PyErrorType::IndexError: return "IndexError";
    case PyErrorType::UnicodeDecodeError: return "UnicodeDecodeError";
    case PyErrorType::UnicodeEncodeError: return "UnicodeEncodeError";
    case PyErrorType::MemoryError: return "MemoryError";
    case PyErrorType::AttributeError: return "AttributeError";
  }
  return "Error";
}

}  // namespace interleave::text
