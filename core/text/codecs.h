// Text encodings for str.encode and bytes.decode: the codecs a course
// program meets (UTF-8, ASCII, Latin-1 and the two Russian 8-bit code pages
// cp1251 and KOI8-R) with CPython's error handlers and error positions.
//
// Strings are UTF-8 inside Interleave, so "decoding" produces UTF-8 text and
// "encoding" reads it; positions in errors count code points on the str side
// and bytes on the bytes side, as CPython's UnicodeError attributes do.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace interleave::text {

enum class Codec { Utf8, Ascii, Latin1, Cp1251, Koi8R };

// The codec for an encoding name, normalized as CPython does (case and the
// separators '-', ' ' and '_' do not matter): "UTF-8", "utf8", "latin_1",
// "windows-1251", "koi8-r", ...; nullopt for an unknown name.
std::optional<Codec> find_codec(std::string_view name);

// The name CPython's errors use for the codec: 'utf-8', 'ascii', 'latin-1',
// and 'charmap' for the table-driven code pages.
const char* codec_error_name(Codec c);

enum class ErrorHandler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace };

// The handler for an `errors=` name; nullopt for one the playground lacks
// (CPython's LookupError "unknown error handler name ...").
std::optional<ErrorHandler> find_error_handler(std::string_view name);

// What a strict codec stopped at: UnicodeDecodeError / UnicodeEncodeError's
// start, end and reason.
struct CodecFailure {
  size_t start = 0, end = 0;
  std::string reason;
};

// bytes -> UTF-8 text. False with [fail] set when the handler is Strict and
// the input has an error (XmlCharRefReplace is encode-only and acts as Strict).
bool decode(Codec c, std::string_view bytes, ErrorHandler h, std::string* out, CodecFailure* fail);

// UTF-8 text -> bytes. False with [fail] set (code point positions) when the
// handler is Strict and a character cannot be encoded.
bool encode(Codec c, std::string_view text, ErrorHandler h, std::string* out, CodecFailure* fail);

// str() of UnicodeDecodeError / UnicodeEncodeError, CPython's wording:
// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
// "'ascii' codec can't encode characters in position 0-5: ordinal not in
// range(128)". [object] is the bytes (decode) or the UTF-8 text (encode).
std::string unicode_error_message(bool decoding, std::string_view encoding, std::string_view object,
                                  size_t start, size_t end, std::string_view reason);

}  // namespace interleave::text
