// Text encodings (core/text/codecs): names, round trips, error spans and
// handlers, against what CPython 3.11 does for the same input.
#include <doctest/doctest.h>

#include "text/codecs.h"

using namespace interleave::text;

namespace {

std::string dec(Codec c, std::string_view b, ErrorHandler h = ErrorHandler::Strict) {
  std::string out;
  CodecFailure f;
  if (!decode(c, b, h, &out, &f))
    return unicode_error_message(true, codec_error_name(c), b, f.start, f.end, f.reason);
  return out;
}

std::string enc(Codec c, std::string_view s, ErrorHandler h = ErrorHandler::Strict) {
  std::string out;
  CodecFailure f;
  if (!encode(c, s, h, &out, &f))
    return unicode_error_message(false, codec_error_name(c), s, f.start, f.end, f.reason);
  return out;
}

}  // namespace

TEST_CASE("codec names are normalized as CPython's") {
  CHECK(find_codec("UTF-8") == Codec::Utf8);
  CHECK(find_codec("utf8") == Codec::Utf8);
  CHECK(find_codec("Latin_1") == Codec::Latin1);
  CHECK(find_codec("iso-8859-1") == Codec::Latin1);
  CHECK(find_codec("windows-1251") == Codec::Cp1251);
  CHECK(find_codec("KOI8-R") == Codec::Koi8R);
  CHECK(!find_codec("klingon"));
  CHECK(!find_error_handler("surrogateescape"));
}

TEST_CASE("utf-8 decoding reports CPython's spans") {
  CHECK(dec(Codec::Utf8, "\xd0\x9f") == "П");
  CHECK(dec(Codec::Utf8, "\xff") == "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  CHECK(dec(Codec::Utf8, "a\xf0\x9f\x98") ==
        "'utf-8' codec can't decode bytes in position 1-3: unexpected end of data");
  CHECK(dec(Codec::Utf8, "\xe2\x82x") ==
        "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
  CHECK(dec(Codec::Utf8, "\xed\xa0\x80") ==
        "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
  // b'\xe2\x82x\xff'.decode('utf-8', 'replace') == '\ufffdx\ufffd'
  CHECK(dec(Codec::Utf8, "\xe2\x82x\xff", ErrorHandler::Replace) == "\xef\xbf\xbdx\xef\xbf\xbd");
  CHECK(dec(Codec::Utf8, "\xe2\x82x", ErrorHandler::BackslashReplace) == "\\xe2\\x82x");
  CHECK(dec(Codec::Utf8, "a\xff" "b", ErrorHandler::Ignore) == "ab");
}

TEST_CASE("8-bit codecs") {
  CHECK(dec(Codec::Cp1251, "\xcf\xf0\xe8\xe2\xe5\xf2") == "Привет");
  CHECK(dec(Codec::Koi8R, "\xf0\xd2\xc9\xd7\xc5\xd4") == "Привет");
  CHECK(enc(Codec::Cp1251, "Привет") == "\xcf\xf0\xe8\xe2\xe5\xf2");
  CHECK(dec(Codec::Cp1251, "\x98") ==
        "'charmap' codec can't decode byte 0x98 in position 0: character maps to <undefined>");
  CHECK(dec(Codec::Latin1, "\xe9") == "é");
  CHECK(enc(Codec::Latin1, "é") == "\xe9");
  CHECK(enc(Codec::Latin1, "aйй") ==
        "'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)");
  CHECK(enc(Codec::Ascii, "é") == "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
  CHECK(enc(Codec::Ascii, "aй😀b", ErrorHandler::BackslashReplace) == "a\\u0439\\U0001f600b");
  CHECK(enc(Codec::Ascii, "aйb", ErrorHandler::XmlCharRefReplace) == "a&#1081;b");
  CHECK(enc(Codec::Ascii, "ййb", ErrorHandler::Replace) == "??b");
  CHECK(dec(Codec::Ascii, "a\xd0\x9f") == "'ascii' codec can't decode byte 0xd0 in position 1: ordinal not in range(128)");
  CHECK(dec(Codec::Ascii, "a\xd0\x9f", ErrorHandler::Replace) == "a\xef\xbf\xbd\xef\xbf\xbd");
}
