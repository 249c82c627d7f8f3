// repr() of str and bytes, and ascii(), character for character as CPython.
#pragma once

#include <string>
#include <string_view>

namespace interleave::text {

// repr(s): single quotes unless s has a ' and no "; escapes \\ \' \t \n \r,
// \xHH below 0x20 and for 0x7f, and non-printable code points as \xHH,
// \uHHHH or \UHHHHHHHH. Printable non-ASCII (Cyrillic, ...) stays as is.
std::string str_repr(std::string_view s);
void append_str_repr(std::string& out, std::string_view s);
// ascii(s): like repr but every non-ASCII code point escaped.
std::string ascii_repr(std::string_view s);
// repr(b) of a bytes object: b'...' with \xHH for bytes outside 0x20..0x7e.
std::string bytes_repr(std::string_view bytes);

}  // namespace interleave::text
