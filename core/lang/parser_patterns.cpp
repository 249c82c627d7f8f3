// The match statement (PEP 634) and its patterns, following CPython 3.11's
// grammar rule by rule (rule names in the comments). `match` and `case` are
// soft keywords: parser.cpp hands a line to match_stmt() only when it reads
// `match <something>:`.
#include "lang/parser_internal.h"

namespace interleave::lang {

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
Stmt* Parser::match_stmt() {
  Start s = here();
  Token kw = advance();
  Start subject_start = here();
  Expr* subject = star_named_expression();
  if (!subject) return nullptr;
  if (at(TokenKind::Comma)) {
    std::vector<Expr*> elts{subject};
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::Colon)) break;
      Expr* e = star_named_expression();
      if (!e) return nullptr;
      elts.push_back(e);
    }
    auto* t = node<Tuple>(done(subject_start));
    t->elts = arena_.seq(elts);
    t->ctx = ExprContext::Load;
    subject = t;
  } else if (subject->kind == ExprKind::Starred) {
    return fail_here();  // `match *x:` needs a comma to be a tuple
  }
  if (!header_colon()) return nullptr;
  if (!accept(TokenKind::Newline)) return fail_here();
  if (!at(TokenKind::Indent)) {
    expected_indent("'match' statement", kw.line);
    return nullptr;
  }
  advance();
  std::vector<match_case*> cases;
  while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) {
    if (!(at(TokenKind::Name) && text(peek()) == "case")) return fail_here();
    match_case* c = case_block();
    if (!c) return nullptr;
    cases.push_back(c);
  }
  accept(TokenKind::Dedent);
  const Position& e = cases.back()->body[cases.back()->body.size() - 1]->pos;
  auto* m = node<Match>({s.line, s.col, e.end_lineno, e.end_col_offset});
  m->subject = subject;
  m->cases = arena_.seq(cases);
  return m;
}

// case_block: "case" patterns guard? ':' block
// guard: 'if' named_expression
match_case* Parser::case_block() {
  Token kw = advance();
  Pattern* p = patterns();
  if (!p) return nullptr;
  Expr* guard = nullptr;
  if (accept(TokenKind::KwIf)) {
    guard = named_expression();
    if (!guard) return nullptr;
  }
  if (!header_colon()) return nullptr;
  Seq<Stmt*> body;
  if (!block("'case' statement", kw.line, &body)) return nullptr;
  match_case* c = arena_.make<match_case>();
  c->pattern = p;
  c->guard = guard;
  c->body = body;
  return c;
}

// patterns: open_sequence_pattern | pattern
Pattern* Parser::patterns() {
  Start s = here();
  Pattern* first = maybe_star_pattern();
  if (!first) return nullptr;
  if (!at(TokenKind::Comma)) {
    if (first->kind == PatternKind::MatchStar) return fail_here();  // `case *a:`
    return first;
  }
  std::vector<Pattern*> items{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::Colon) || at(TokenKind::KwIf)) break;
    Pattern* p = maybe_star_pattern();
    if (!p) return nullptr;
    items.push_back(p);
  }
  Pattern* seq = pattern_node(PatternKind::MatchSequence, done(s));
  seq->patterns = arena_.seq(items);
  return seq;
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
Pattern* Parser::pattern() {
  Nest nest(*this);
  if (!nest.ok) return nullptr;
  Start s = here();
  Pattern* p = or_pattern();
  if (!p) return nullptr;
  if (!accept(TokenKind::KwAs)) return p;
  if (!at(TokenKind::Name)) {
    // invalid_as_pattern: `as` followed by something that is not a name.
    Start target = here();
    Expr* e = expression();
    if (!e) return nullptr;
    return fail_node(e->pos.lineno ? e->pos : done(target), "invalid pattern target");
  }
  const Token& name = advance();
  if (text(name) == "_") return fail_at(name, "cannot use '_' as a target");
  Pattern* as = pattern_node(PatternKind::MatchAs, done(s));
  as->pattern = p;
  as->name = name_of(name);
  return as;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::or_pattern() {
  Start s = here();
  Pattern* first = closed_pattern();
  if (!first) return nullptr;
  if (!at(TokenKind::VBar)) return first;
  std::vector<Pattern*> alts{first};
  while (accept(TokenKind::VBar)) {
    Pattern* p = closed_pattern();
    if (!p) return nullptr;
    alts.push_back(p);
  }
  Pattern* o = pattern_node(PatternKind::MatchOr, done(s));
  o->patterns = arena_.seq(alts);
  return o;
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern
//               | value_pattern | group_pattern | sequence_pattern
//               | mapping_pattern | class_pattern
Pattern* Parser::closed_pattern() {
  Nest nest(*this);
  if (!nest.ok) return nullptr;
  Start s = here();
  switch (kind()) {
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: {
      Expr* c = atom();
      Pattern* p = pattern_node(PatternKind::MatchSingleton, c->pos);
      p->value = c;
      return p;
    }
    case TokenKind::Number:
    case TokenKind::Minus:
    case TokenKind::String: {
      Expr* v = literal_expr();
      if (!v) return nullptr;
      Pattern* p = pattern_node(PatternKind::MatchValue, v->pos);
      p->value = v;
      return p;
    }
    case TokenKind::LPar: {
      advance();
      if (accept(TokenKind::RPar)) return pattern_node(PatternKind::MatchSequence, done(s));
      Pattern* first = maybe_star_pattern();
      if (!first) return nullptr;
      if (at(TokenKind::Comma)) {
        // A parenthesized sequence: `(a, b)`, `(a,)`.
        std::vector<Pattern*> items{first};
        while (accept(TokenKind::Comma)) {
          if (at(TokenKind::RPar)) break;
          Pattern* p = maybe_star_pattern();
          if (!p) return nullptr;
          items.push_back(p);
        }
        if (!expect(TokenKind::RPar)) return nullptr;
        Pattern* seq = pattern_node(PatternKind::MatchSequence, done(s));
        seq->patterns = arena_.seq(items);
        return seq;
      }
      // group_pattern: the inner pattern, with its own position.
      if (first->kind == PatternKind::MatchStar) return fail_here();  // `case (*a):`
      if (!expect(TokenKind::RPar)) return nullptr;
      return first;
    }
    case TokenKind::LSqb:
      advance();
      return sequence_pattern(TokenKind::RSqb, s);
    case TokenKind::LBrace: return mapping_pattern();
    case TokenKind::Name: {
      Expr* target = name_or_attr();
      if (!target) return nullptr;
      if (at(TokenKind::LPar)) return class_pattern(target, s);
      if (target->kind == ExprKind::Attribute) {
        Pattern* p = pattern_node(PatternKind::MatchValue, target->pos);
        p->value = target;
        return p;
      }
      // capture_pattern or wildcard_pattern.
      Pattern* p = pattern_node(PatternKind::MatchAs, target->pos);
      Identifier id = target->as<Name>()->id;
      if (id != "_") p->name = id;
      return p;
    }
    default: return fail_here();
  }
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' (the '[' is consumed)
Pattern* Parser::sequence_pattern(TokenKind close, Start s) {
  std::vector<Pattern*> items;
  while (!at(close)) {
    Pattern* p = maybe_star_pattern();
    if (!p) return nullptr;
    items.push_back(p);
    if (!accept(TokenKind::Comma)) break;
  }
  if (!expect(close)) return nullptr;
  Pattern* seq = pattern_node(PatternKind::MatchSequence, done(s));
  seq->patterns = arena_.seq(items);
  return seq;
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
Pattern* Parser::maybe_star_pattern() {
  Start s = here();
  if (!accept(TokenKind::Star)) return pattern();
  if (!at(TokenKind::Name)) return fail_here();
  const Token& name = advance();
  Pattern* p = pattern_node(PatternKind::MatchStar, done(s));
  if (text(name) != "_") p->name = name_of(name);
  return p;
}

// mapping_pattern: '{' [items_pattern] [',' '**' pattern_capture_target] [','] '}'
// key_value_pattern: (literal_expr | attr) ':' pattern
Pattern* Parser::mapping_pattern() {
  Start s = here();
  advance();
  std::vector<Expr*> keys;
  std::vector<Pattern*> values;
  Identifier rest;
  while (!at(TokenKind::RBrace)) {
    if (accept(TokenKind::DoubleStar)) {
      if (!at(TokenKind::Name)) return fail_here();
      const Token& name = advance();
      if (text(name) == "_") return fail_at(name, "invalid syntax");
      rest = name_of(name);
      accept(TokenKind::Comma);
      break;
    }
    Expr* key = at(TokenKind::Name) ? name_or_attr() : literal_expr();
    if (!key) return nullptr;
    if (key->kind == ExprKind::Name) return fail_here();  // a capture cannot be a key
    if (!expect(TokenKind::Colon)) return nullptr;
    Pattern* v = pattern();
    if (!v) return nullptr;
    keys.push_back(key);
    values.push_back(v);
    if (!accept(TokenKind::Comma)) break;
  }
  if (!expect(TokenKind::RBrace)) return nullptr;
  Pattern* m = pattern_node(PatternKind::MatchMapping, done(s));
  m->keys = arena_.seq(keys);
  m->patterns = arena_.seq(values);
  m->name = rest;
  return m;
}

// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
Pattern* Parser::class_pattern(Expr* cls, Start s) {
  advance();  // (
  std::vector<Pattern*> positional, keyword_values;
  std::vector<Identifier> keyword_names;
  while (!at(TokenKind::RPar)) {
    if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
      Identifier name = name_of(advance());
      advance();  // =
      Pattern* p = pattern();
      if (!p) return nullptr;
      keyword_names.push_back(name);
      keyword_values.push_back(p);
    } else {
      Pattern* p = pattern();
      if (!p) return nullptr;
      if (!keyword_names.empty()) return fail_node(p->pos, "positional patterns follow keyword patterns");
      positional.push_back(p);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!expect(TokenKind::RPar)) return nullptr;
  Pattern* c = pattern_node(PatternKind::MatchClass, done(s));
  c->cls = cls;
  c->patterns = arena_.seq(positional);
  c->kwd_attrs = arena_.seq(keyword_names);
  c->kwd_patterns = arena_.seq(keyword_values);
  return c;
}

// literal_expr: signed_number !('+' | '-') | complex_number | strings
//             | 'None' | 'True' | 'False'
// complex_number: signed_real_number ('+' | '-') imaginary_number
Expr* Parser::literal_expr() {
  Start s = here();
  if (at(TokenKind::KwNone) || at(TokenKind::KwTrue) || at(TokenKind::KwFalse)) return atom();
  if (at(TokenKind::String)) {
    if (text(peek()).find_first_of("fF") < text(peek()).find_first_of("'\"")) {
      Expr* e = strings();
      if (!e) return nullptr;
      return fail_node(e->pos, "patterns may only match literals and attribute lookups");
    }
    return strings();
  }
  Expr* number_expr = nullptr;
  if (accept(TokenKind::Minus)) {
    if (!at(TokenKind::Number)) return fail_here();
    Expr* n = number(advance());
    auto* u = node<UnaryOp>(done(s));
    u->op = UnaryOpKind::USub;
    u->operand = n;
    number_expr = u;
  } else if (at(TokenKind::Number)) {
    number_expr = number(advance());
  } else {
    return fail_here();
  }
  if (at(TokenKind::Plus) || at(TokenKind::Minus)) {
    bool plus = advance().kind == TokenKind::Plus;
    if (!at(TokenKind::Number)) return fail_here();
    Expr* imag = number(advance());
    if (imag->as<Constant>()->value_kind != ConstantKind::Complex)
      return fail_node(imag->pos, "imaginary number required in complex literal");
    auto* b = node<BinOp>(done(s));
    b->left = number_expr;
    b->op = plus ? Operator::Add : Operator::Sub;
    b->right = imag;
    return b;
  }
  return number_expr;
}

// name_or_attr: attr | NAME;  attr: name_or_attr '.' NAME
Expr* Parser::name_or_attr() {
  Start s = here();
  const Token& first = advance();
  auto* n = node<Name>(done(s));
  n->id = name_of(first);
  n->ctx = ExprContext::Load;
  Expr* e = n;
  while (at(TokenKind::Dot) && kind(1) == TokenKind::Name) {
    advance();
    const Token& attr = advance();
    auto* a = node<Attribute>(done(s));
    a->value = e;
    a->attr = name_of(attr);
    a->ctx = ExprContext::Load;
    e = a;
  }
  return e;
}

}  // namespace interleave::lang
