// The parser, part 4: string literals and f-strings.
//
// Adjacent string tokens concatenate. Without an f among them the result is
// one Constant (str or bytes); with one, a JoinedStr whose values are
// Constant pieces and FormattedValue fields, merged the way CPython 3.11's
// ast shows them. Like 3.11, an f-string is one token: its `{...}` fields
// are cut out here and parsed by a nested Parser positioned in the file.
#include <string>

#include "lang/literals.h"
#include "lang/parser_internal.h"

namespace interleave::lang {

class StringParser {
 public:
  StringParser(Parser& p, Position whole) : p_(p), whole_(whole) {}

  // Adds the literal text and fields of one string token.
  bool add_token(const Token& t);
  bool any_fstring() const { return any_fstring_; }
  bool bytes() const { return bytes_; }
  Expr* finish(bool u_prefix);

 private:
  bool fstring_body(std::string_view body, int32_t depth, std::vector<Expr*>* values,
                    std::string* literal, bool in_spec, size_t* consumed);
  bool field(std::string_view body, size_t* i, int32_t depth, std::vector<Expr*>* values,
             std::string* literal);
  bool flush_chunk(std::string_view chunk, std::string* literal);
  void flush_literal(std::vector<Expr*>* values, std::string* literal);
  Expr* parse_field_expression(std::string_view text);
  std::nullptr_t fail(const std::string& message);
  // File position of byte [offset] of the current token's text.
  void locate(size_t offset, int32_t* line, int32_t* col) const;

  Parser& p_;
  Position whole_;
  const Token* token_ = nullptr;
  std::string_view token_text_;
  bool raw_ = false;
  bool any_fstring_ = false;
  bool bytes_ = false;
  bool first_ = true;
  std::string literal_;         // pending literal text of the top level
  std::vector<Expr*> values_;   // JoinedStr parts so far
};

// CPython reports literal errors at the token after the string.
std::nullptr_t StringParser::fail(const std::string& message) {
  return p_.fail_at(p_.peek(), message);
}

void StringParser::locate(size_t offset, int32_t* line, int32_t* col) const {
  *line = token_->line;
  *col = token_->col;
  size_t line_start = 0;
  bool multiline = false;
  for (size_t i = 0; i < offset && i < token_text_.size(); ++i) {
    if (token_text_[i] == '\n') {
      ++*line;
      line_start = i + 1;
      multiline = true;
    }
  }
  *col = multiline ? static_cast<int32_t>(offset - line_start)
                   : token_->col + static_cast<int32_t>(offset);
}

bool StringParser::add_token(const Token& t) {
  token_ = &t;
  token_text_ = p_.text(t);
  StringToken st = split_string_token(token_text_);
  if (first_) {
    bytes_ = st.bytes;
    first_ = false;
  } else if (bytes_ != st.bytes) {
    p_.fail_at(p_.peek(), "cannot mix bytes and nonbytes literals");
    return false;
  }
  raw_ = st.raw;
  if (!st.fstring) return flush_chunk(st.body, &literal_);
  any_fstring_ = true;
  size_t consumed = 0;
  return fstring_body(st.body, 0, &values_, &literal_, false, &consumed);
}

// Decodes a literal piece (escapes unless raw) onto [literal].
bool StringParser::flush_chunk(std::string_view chunk, std::string* literal) {
  if (raw_) {
    if (bytes_) {
      for (char c : chunk) {
        if (static_cast<unsigned char>(c) >= 0x80) {
          p_.fail_node(whole_, "bytes can only contain ASCII literal characters");
          return false;
        }
      }
    }
    for (size_t i = 0; i < chunk.size(); ++i) {
      if (chunk[i] == '\r' && i + 1 < chunk.size() && chunk[i + 1] == '\n') continue;
      *literal += chunk[i];
    }
    return true;
  }
  std::string decoded, error;
  size_t error_pos = 0;
  if (!decode_escapes(chunk, bytes_, &decoded, &error, &error_pos)) {
    // The string itself is marked for non-ASCII bytes, the next token for
    // bad escapes (as CPython does).
    if (error.rfind("bytes can only", 0) == 0) p_.fail_node(whole_, error);
    else fail(error);
    return false;
  }
  *literal += decoded;
  return true;
}

void StringParser::flush_literal(std::vector<Expr*>* values, std::string* literal) {
  if (literal->empty()) return;
  auto* c = p_.node<Constant>(whole_);
  c->value_kind = ConstantKind::Str;
  c->text = p_.arena_.str(*literal);
  values->push_back(c);
  literal->clear();
}

// f-string body: literal text, `{{`, `}}` and fields. In a format spec
// ([in_spec]) an unmatched '}' ends the body; [consumed] says where.
bool StringParser::fstring_body(std::string_view body, int32_t depth, std::vector<Expr*>* values,
                                std::string* literal, bool in_spec, size_t* consumed) {
  size_t i = 0, chunk_start = 0;
  auto flush = [&](size_t end) { return flush_chunk(body.substr(chunk_start, end - chunk_start), literal); };
  while (i < body.size()) {
    char c = body[i];
    if (c == '{') {
      if (!flush(i)) return false;
      if (i + 1 < body.size() && body[i + 1] == '{') {
        *literal += '{';
        i += 2;
        chunk_start = i;
        continue;
      }
      flush_literal(values, literal);
      ++i;
      if (!field(body, &i, depth, values, literal)) return false;
      chunk_start = i;
      continue;
    }
    if (c == '}') {
      if (in_spec) break;
      if (!flush(i)) return false;
      if (i + 1 < body.size() && body[i + 1] == '}') {
        *literal += '}';
        i += 2;
        chunk_start = i;
        continue;
      }
      fail("f-string: single '}' is not allowed");
      return false;
    }
    ++i;
  }
  if (!flush(i)) return false;
  *consumed = i;
  return true;
}

// One replacement field, [i] just after its '{':
//   '{' expression ['='] ['!' conversion] [':' format_spec] '}'
bool StringParser::field(std::string_view body, size_t* i, int32_t depth,
                         std::vector<Expr*>* values, std::string* literal) {
  if (depth >= 2) {
    fail("f-string: expressions nested too deeply");
    return false;
  }
  size_t start = *i, k = *i;
  std::string brackets;  // open brackets inside the expression
  char quote = 0;
  bool self_documenting = false;
  for (; k < body.size(); ++k) {
    char c = body[k];
    if (c == '\\') {
      fail("f-string expression part cannot include a backslash");
      return false;
    }
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '(' || c == '[' || c == '{') {
      brackets += c;
    } else if (c == ')' || c == ']' || c == '}') {
      if (brackets.empty() && c == '}') break;
      if (brackets.empty()) {
        fail(std::string("f-string: unmatched '") + c + "'");
        return false;
      }
      char open = brackets.back();
      char want = open == '(' ? ')' : open == '[' ? ']' : '}';
      if (c != want) {
        fail(std::string("f-string: closing parenthesis '") + c +
             "' does not match opening parenthesis '" + open + "'");
        return false;
      }
      brackets.pop_back();
    } else if (c == '#') {
      fail("f-string expression part cannot include '#'");
      return false;
    } else if (brackets.empty()) {
      char next = k + 1 < body.size() ? body[k + 1] : '\0';
      char prev = k > start ? body[k - 1] : '\0';
      if (c == '!' && next != '=') break;
      if (c == ':') break;
      if (c == '=' && next != '=' && prev != '=' && prev != '!' && prev != '<' && prev != '>') {
        self_documenting = true;
        break;
      }
      if ((c == '!' || c == '=' || c == '<' || c == '>') && next == '=') ++k;
    }
  }
  if (quote) {
    fail("f-string: unterminated string");
    return false;
  }
  if (!brackets.empty()) {
    fail(std::string("f-string: unmatched '") + brackets.back() + "'");
    return false;
  }
  if (k >= body.size()) {
    fail("f-string: expecting '}'");
    return false;
  }
  std::string_view expr_text = body.substr(start, k - start);
  if (expr_text.find_first_not_of(" \t\n\r\f") == std::string_view::npos) {
    fail("f-string: empty expression not allowed");
    return false;
  }
  if (self_documenting) {
    ++k;
    while (k < body.size() && (body[k] == ' ' || body[k] == '\t' || body[k] == '\n')) ++k;
    *literal += body.substr(start, k - start);
    flush_literal(values, literal);
  }
  // Parse the expression where it stands in the file.
  int32_t line, col;
  size_t offset = static_cast<size_t>(body.data() + start - token_text_.data());
  locate(offset, &line, &col);
  LexerOptions options;
  options.first_line = line;
  options.first_col = col;
  options.inside_brackets = true;
  Parser sub(expr_text, p_.arena_, options);
  sub.set_fstring_depth(p_.fstring_depth() + 1);
  Expr* value = sub.fstring_field_expression();
  if (!value) {
    PendingError e = sub.error();
    if (e.message.rfind("f-string", 0) != 0) e.message = "f-string: " + e.message;
    e.from_lexer = false;
    if (!p_.error_.set) p_.error_ = e;
    return false;
  }
  int32_t conversion = -1;
  if (k < body.size() && body[k] == '!') {
    ++k;
    if (k >= body.size()) {
      fail("f-string: expecting '}'");
      return false;
    }
    char conv = body[k];
    if (conv != 's' && conv != 'r' && conv != 'a') {
      fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return false;
    }
    conversion = conv;
    ++k;
  }
  Expr* spec = nullptr;
  if (k < body.size() && body[k] == ':') {
    ++k;
    std::vector<Expr*> spec_values;
    std::string spec_literal;
    size_t consumed = 0;
    if (!fstring_body(body.substr(k), depth + 1, &spec_values, &spec_literal, true, &consumed))
      return false;
    flush_literal(&spec_values, &spec_literal);
    k += consumed;
    auto* js = p_.node<JoinedStr>(whole_);
    js->values = p_.arena_.seq(spec_values);
    spec = js;
  }
  if (k >= body.size() || body[k] != '}') {
    fail("f-string: expecting '}'");
    return false;
  }
  *i = k + 1;
  if (self_documenting && conversion == -1 && !spec) conversion = 'r';
  auto* fv = p_.node<FormattedValue>(whole_);
  fv->value = value;
  fv->conversion = conversion;
  fv->format_spec = spec;
  values->push_back(fv);
  return true;
}

Expr* StringParser::finish(bool u_prefix) {
  if (!any_fstring_) {
    auto* c = p_.node<Constant>(whole_);
    c->value_kind = bytes_ ? ConstantKind::Bytes : ConstantKind::Str;
    c->text = p_.arena_.str(literal_);
    c->u_prefix = u_prefix;
    return c;
  }
  flush_literal(&values_, &literal_);
  auto* js = p_.node<JoinedStr>(whole_);
  js->values = p_.arena_.seq(values_);
  return js;
}

// strings: STRING+
Expr* Parser::strings() {
  size_t first = pos_;
  while (at(TokenKind::String)) advance();
  Position whole{tokens_[first].line, tokens_[first].col, last_.end_line, last_.end_col};
  StringParser sp(*this, whole);
  bool u_prefix = split_string_token(text(tokens_[first])).u_prefix;
  for (size_t i = first; i < pos_; ++i) {
    // Copy: add_token may grow tokens_ (a nested parser never does, but be safe).
    Token t = tokens_[i];
    if (!sp.add_token(t)) return nullptr;
  }
  return sp.finish(u_prefix);
}

// The expression of an f-string field: (yield_expr | star_expressions) ENDMARKER
Expr* Parser::fstring_field_expression() {
  Expr* e = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
  if (!e) return nullptr;
  if (!at(TokenKind::EndMarker)) return fail_here();
  if (e->kind == ExprKind::Tuple) {
    // CPython 3.11 parses a field as "(expr)": a bare tuple takes the
    // parentheses around it into its position.
    e->pos.col_offset -= 1;
    e->pos.end_col_offset += 1;
  }
  return e;
}

}  // namespace interleave::lang
