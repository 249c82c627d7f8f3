#include <doctest/doctest.h>

#include "json/json_writer.h"

using interleave::json::Writer;

TEST_CASE("json writer: nested containers get commas only between items") {
  Writer w;
  w.begin_object().field("build", "single").key("panels").begin_array()
      .value("editor").value("timeline").end_array()
      .field("frame", 3).key("empty").begin_object().end_object().end_object();
  CHECK(w.str() == R"({"build":"single","panels":["editor","timeline"],"frame":3,"empty":{}})");
}

TEST_CASE("json writer: strings are escaped and Cyrillic is kept as UTF-8") {
  Writer w;
  w.begin_array().value("Параллелизм \"42\"\n\t\\").value(std::string_view("\x01", 1)).end_array();
  CHECK(w.str() == "[\"Параллелизм \\\"42\\\"\\n\\t\\\\\",\"\\u0001\"]");
}

TEST_CASE("json writer: invalid UTF-8 becomes U+FFFD, non-finite numbers become null") {
  Writer w;
  w.begin_array().value(std::string_view("a\xC3", 2)).value(1.0 / 0.0).value(0.5).value(false).null().end_array();
  CHECK(w.str() == "[\"a\xEF\xBF\xBD\",null,0.5,false,null]");
}
