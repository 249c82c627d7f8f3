// The lexer: token kinds, INDENT/DEDENT, line joining, literals, positions
// and the tokenizer's own errors, as CPython 3.11's tokenizer produces them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lang/lexer.h"

using namespace interleave::lang;

namespace {

// "NAME:x OP:= NUMBER:1 NEWLINE ..." — kinds with the text of value tokens.
std::string tokens(std::string_view source) {
  Lexer lexer(source);
  std::string out;
  for (;;) {
    Token t = lexer.next();
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case TokenKind::Name: out += "NAME:" + std::string(lexer.text(t)); break;
      case TokenKind::Number: out += "NUMBER:" + std::string(lexer.text(t)); break;
      case TokenKind::String: out += "STRING:" + std::string(lexer.text(t)); break;
      case TokenKind::Error: out += "ERROR:" + lexer.error().message; return out;
      default: out += token_kind_text(t.kind);
    }
    if (t.kind == TokenKind::EndMarker) return out;
  }
}

}  // namespace

TEST_CASE("lexer: names, keywords, operators") {
  CHECK(tokens("x = a+1") == "NAME:x = NAME:a + NUMBER:1 NEWLINE ENDMARKER");
  CHECK(tokens("if not x is None: pass\n") ==
        "if not NAME:x is None : pass NEWLINE ENDMARKER");
  CHECK(tokens("a **= b // c -> d := e ... @=") ==
        "NAME:a **= NAME:b // NAME:c -> NAME:d := NAME:e ... @= NEWLINE ENDMARKER");
  CHECK(tokens("match case _ print") ==
        "NAME:match NAME:case NAME:_ NAME:print NEWLINE ENDMARKER");
  CHECK(tokens("имя = 'да'") == "NAME:имя = STRING:'да' NEWLINE ENDMARKER");
}

TEST_CASE("lexer: indentation, blank lines, comments, tabs") {
  CHECK(tokens("if x:\n    y\n\n  # c\n    z\nw\n") ==
        "if NAME:x : NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT NAME:w NEWLINE "
        "ENDMARKER");
  CHECK(tokens("if x:\n\tif y:\n\t\tz\n") ==
        "if NAME:x : NEWLINE INDENT if NAME:y : NEWLINE INDENT NAME:z NEWLINE DEDENT DEDENT "
        "ENDMARKER");
  CHECK(tokens("if x:\n    a\n  b\n") ==
        "if NAME:x : NEWLINE INDENT NAME:a NEWLINE "
        "ERROR:unindent does not match any outer indentation level");
  CHECK(tokens("if x:\n        a\n\tb\n") ==
        "if NAME:x : NEWLINE INDENT NAME:a NEWLINE "
        "ERROR:inconsistent use of tabs and spaces in indentation");
}

TEST_CASE("lexer: implicit and explicit line joining") {
  CHECK(tokens("f(1,\n  2)\n") == "NAME:f ( NUMBER:1 , NUMBER:2 ) NEWLINE ENDMARKER");
  CHECK(tokens("x = 1 + \\\n    2\n") == "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE ENDMARKER");
  CHECK(tokens("x = (1,\n") == "NAME:x = ( NUMBER:1 , ERROR:'(' was never closed");
  CHECK(tokens("x = 1)") == "NAME:x = NUMBER:1 ERROR:unmatched ')'");
  CHECK(tokens("(]") == "( ERROR:closing parenthesis ']' does not match opening parenthesis '('");
  CHECK(tokens("x = 1 \\ 2") ==
        "NAME:x = NUMBER:1 ERROR:unexpected character after line continuation character");
}

TEST_CASE("lexer: numeric literals") {
  CHECK(tokens("0 123 1_000 0x_ff 0o17 0B1010 1.5 .5 5. 1e10 1.5E-3 3j 2.5J 1_0.0_1e+1_0") ==
        "NUMBER:0 NUMBER:123 NUMBER:1_000 NUMBER:0x_ff NUMBER:0o17 NUMBER:0B1010 "
        "NUMBER:1.5 NUMBER:.5 NUMBER:5. NUMBER:1e10 NUMBER:1.5E-3 NUMBER:3j NUMBER:2.5J "
        "NUMBER:1_0.0_1e+1_0 NEWLINE ENDMARKER");
  CHECK(tokens("1if x else 2") == "NUMBER:1 if NAME:x else NUMBER:2 NEWLINE ENDMARKER");
  CHECK(tokens("1abc") == "ERROR:invalid decimal literal");
  CHECK(tokens("012") ==
        "ERROR:leading zeros in decimal integer literals are not permitted; use an 0o prefix "
        "for octal integers");
  CHECK(tokens("0o8") == "ERROR:invalid digit '8' in octal literal");
  CHECK(tokens("0b2") == "ERROR:invalid digit '2' in binary literal");
  CHECK(tokens("0x") == "ERROR:invalid hexadecimal literal");
  CHECK(tokens("1__0") == "ERROR:invalid decimal literal");
}

TEST_CASE("lexer: string literals stay whole, prefixes included") {
  CHECK(tokens("r'\\n' b\"x\" Rb'y' f'{x}' rf\"{y}\" u'z'") ==
        "STRING:r'\\n' STRING:b\"x\" STRING:Rb'y' STRING:f'{x}' STRING:rf\"{y}\" STRING:u'z' "
        "NEWLINE ENDMARKER");
  CHECK(tokens("'''a\nb''' \"\"\"c\"\"\"") ==
        "STRING:'''a\nb''' STRING:\"\"\"c\"\"\" NEWLINE ENDMARKER");
  CHECK(tokens("'it\\'s'") == "STRING:'it\\'s' NEWLINE ENDMARKER");
  CHECK(tokens("x = 'abc\n") == "NAME:x = ERROR:unterminated string literal (detected at line 1)");
  CHECK(tokens("x = '''abc\ny\n") ==
        "NAME:x = ERROR:unterminated triple-quoted string literal (detected at line 2)");
  CHECK(tokens("br = 1") == "NAME:br = NUMBER:1 NEWLINE ENDMARKER");
}

TEST_CASE("lexer: characters that start no token") {
  CHECK(tokens("x = «a»") == "NAME:x = ERROR:invalid character '«' (U+00AB)");
  CHECK(tokens("x = 1\xC2\xA0+ 2") ==
        "NAME:x = NUMBER:1 ERROR:invalid non-printable character U+00A0");
  CHECK(tokens("a $ b") == "NAME:a ERROR:invalid syntax");
}

TEST_CASE("lexer: positions are 1-based lines and 0-based UTF-8 byte columns") {
  Lexer lexer("if x:  # note\n    имя = 1\n");
  Token t = lexer.next();  // if
  CHECK(t.line == 1);
  CHECK(t.col == 0);
  lexer.next();  // x
  lexer.next();  // :
  t = lexer.next();  // NEWLINE starts at the comment, like CPython's
  CHECK(t.kind == TokenKind::Newline);
  CHECK(t.col == 7);
  CHECK(t.end_col == 13);
  CHECK(lexer.next().kind == TokenKind::Indent);
  t = lexer.next();  // имя
  CHECK(t.line == 2);
  CHECK(t.col == 4);
  CHECK(t.end_col == 10);
  t = lexer.next();  // =
  CHECK(t.col == 11);
}

TEST_CASE("lexer: the file may end without a newline, inside a block") {
  CHECK(tokens("if x:\n    y") ==
        "if NAME:x : NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER");
  CHECK(tokens("") == "ENDMARKER");
  CHECK(tokens("# only a comment") == "ENDMARKER");
  CHECK(tokens("x = 1 + \\") == "NAME:x = NUMBER:1 + ERROR:unexpected EOF while parsing");
}
