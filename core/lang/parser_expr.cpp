// The parser, part 2: expressions, from the loosest binding to the tightest.
//
// Contents
//   1. Expression lists, named and conditional expressions, lambda
//   2. Boolean, comparison and arithmetic operators
//   3. Primaries: attributes, calls, subscripts, slices
//   4. Atoms: names, numbers, displays, comprehensions
//   5. Parameters (def and lambda)
#include <string>

#include "lang/literals.h"
#include "lang/parser_internal.h"

namespace interleave::lang {

bool Parser::starts_expression(TokenKind k) {
  switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
    case TokenKind::LPar: case TokenKind::LSqb: case TokenKind::LBrace:
    case TokenKind::Minus: case TokenKind::Plus: case TokenKind::Tilde:
    case TokenKind::KwNot: case TokenKind::KwLambda: case TokenKind::KwAwait:
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse:
    case TokenKind::Ellipsis: case TokenKind::Star:
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// 1. Expression lists, named and conditional expressions, lambda
// ---------------------------------------------------------------------------

// star_expressions: star_expression (',' star_expression)* [',']
Expr* Parser::star_expressions() {
  Start s = here();
  Expr* first = star_expression();
  if (!first || !at(TokenKind::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(kind())) break;
    Expr* e = star_expression();
    if (!e) return nullptr;
    elts.push_back(e);
  }
  auto* t = node<Tuple>(done(s));
  t->elts = arena_.seq(elts);
  return t;
}

// star_expression: '*' bitwise_or | expression
Expr* Parser::star_expression() {
  if (!at(TokenKind::Star)) return expression();
  Start s = here();
  advance();
  Expr* value = binary(0);
  if (!value) return nullptr;
  auto* st = node<Starred>(done(s));
  st->value = value;
  return st;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::star_named_expression() {
  if (at(TokenKind::Star)) return star_expression();
  return named_expression();
}

// named_expression: NAME ':=' expression | expression !':='
Expr* Parser::named_expression() {
  if (at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual) {
    Start s = here();
    const Token& n = advance();
    auto* target = node<Name>(done(s));
    target->id = name_of(n);
    target->ctx = ExprContext::Store;
    advance();
    Expr* value = expression();
    if (!value) return nullptr;
    auto* ne = node<NamedExpr>(done(s));
    ne->target = target;
    ne->value = value;
    return ne;
  }
  Expr* e = expression();
  if (!e) return nullptr;
  if (at(TokenKind::ColonEqual)) {
    return fail_node(e->pos, std::string("cannot use assignment expressions with ") +
                                 expr_name(e));
  }
  if (at(TokenKind::Equal)) return invalid_assignment_in_condition(e);
  return e;
}

// `if x = 1:` — CPython's invalid_named_expression.
Expr* Parser::invalid_assignment_in_condition(Expr* e) {
  Token eq = peek();
  bool display = e->kind == ExprKind::List || e->kind == ExprKind::Tuple ||
                 e->kind == ExprKind::GeneratorExp ||
                 (e->kind == ExprKind::Constant &&
                  (e->as<Constant>()->value_kind == ConstantKind::True ||
                   e->as<Constant>()->value_kind == ConstantKind::False ||
                   e->as<Constant>()->value_kind == ConstantKind::None));
  if (display) return fail_at(eq, "invalid syntax");
  advance();
  Expr* rhs = binary(0);
  if (!rhs) return nullptr;
  if (at(TokenKind::Equal) || at(TokenKind::ColonEqual)) return fail_at(eq, "invalid syntax");
  if (e->kind == ExprKind::Name) {
    return fail_range(e->pos, rhs->pos,
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  return fail_node(e->pos, std::string("cannot assign to ") + expr_name(e) +
                               " here. Maybe you meant '==' instead of '='?");
}

// Inside brackets, an expression directly followed by another one.
Expr* Parser::forgot_comma(Expr* first) {
  if (first->kind == ExprKind::Name) {
    Identifier id = first->as<Name>()->id;
    if (at(TokenKind::String) || id == "print" || id == "exec") return fail_here();
  }
  Mark m = mark();
  Expr* second = expression();
  if (!second) {
    reset(m);
    return fail_here();
  }
  return fail_range(first->pos, second->pos, "invalid syntax. Perhaps you forgot a comma?");
}

// expression:
//     | disjunction 'if' disjunction 'else' expression
//     | disjunction
//     | lambdef
Expr* Parser::expression() {
  Nest nest(*this);
  if (!nest.ok) return nullptr;
  Expr* e = nullptr;
  Start s = here();
  if (at(TokenKind::KwLambda)) {
    e = lambdef();
  } else {
    e = disjunction();
    if (e && at(TokenKind::KwIf)) {
      advance();
      Expr* test = disjunction();
      if (!test) return nullptr;
      if (!accept(TokenKind::KwElse)) {
        if (at(TokenKind::Colon) || at(TokenKind::Error)) return fail_here();
        return fail_range(e->pos, test->pos, "expected 'else' after 'if' expression");
      }
      Expr* orelse = expression();
      if (!orelse) return nullptr;
      auto* ifexp = node<IfExp>(done(s));
      ifexp->test = test;
      ifexp->body = e;
      ifexp->orelse = orelse;
      e = ifexp;
    }
  }
  if (e && peek().depth > 0 && starts_expression(kind()) && !at(TokenKind::Star)) {
    return forgot_comma(e);
  }
  return e;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef() {
  Start s = here();
  advance();
  arguments* args = parameters(true);
  if (!args) return nullptr;
  if (!expect(TokenKind::Colon)) return nullptr;
  Expr* body = expression();
  if (!body) return nullptr;
  auto* l = node<Lambda>(done(s));
  l->args = args;
  l->body = body;
  return l;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yield_expr() {
  Start s = here();
  advance();
  if (accept(TokenKind::KwFrom)) {
    Expr* value = expression();
    if (!value) return nullptr;
    auto* y = node<YieldFrom>(done(s));
    y->value = value;
    return y;
  }
  Expr* value = nullptr;
  if (starts_expression(kind())) {
    value = star_expressions();
    if (!value) return nullptr;
  }
  auto* y = node<Yield>(done(s));
  y->value = value;
  return y;
}

// star_targets: star_target (',' star_target)* [',']   (when [many])
// star_target: '*'? target   — parsed as bitwise_or, checked by set_context
Expr* Parser::star_targets(bool many) {
  Start s = here();
  auto one = [&]() -> Expr* {
    if (!at(TokenKind::Star)) return binary(0);
    Start ss = here();
    advance();
    Expr* v = binary(0);
    if (!v) return nullptr;
    auto* st = node<Starred>(done(ss));
    st->value = v;
    return st;
  };
  Expr* first = one();
  if (!first || !many || !at(TokenKind::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(kind())) break;
    Expr* e = one();
    if (!e) return nullptr;
    elts.push_back(e);
  }
  auto* t = node<Tuple>(done(s));
  t->elts = arena_.seq(elts);
  return t;
}

// ---------------------------------------------------------------------------
// 2. Operators
// ---------------------------------------------------------------------------

// disjunction: conjunction ('or' conjunction)+ | conjunction
Expr* Parser::disjunction() {
  Start s = here();
  Expr* first = conjunction();
  if (!first || !at(TokenKind::KwOr)) return first;
  std::vector<Expr*> values{first};
  while (accept(TokenKind::KwOr)) {
    Expr* e = conjunction();
    if (!e) return nullptr;
    values.push_back(e);
  }
  auto* b = node<BoolOp>(done(s));
  b->op = BoolOpKind::Or;
  b->values = arena_.seq(values);
  return b;
}

// conjunction: inversion ('and' inversion)+ | inversion
Expr* Parser::conjunction() {
  Start s = here();
  Expr* first = inversion();
  if (!first || !at(TokenKind::KwAnd)) return first;
  std::vector<Expr*> values{first};
  while (accept(TokenKind::KwAnd)) {
    Expr* e = inversion();
    if (!e) return nullptr;
    values.push_back(e);
  }
  auto* b = node<BoolOp>(done(s));
  b->op = BoolOpKind::And;
  b->values = arena_.seq(values);
  return b;
}

// inversion: 'not' inversion | comparison
Expr* Parser::inversion() {
  if (!at(TokenKind::KwNot)) return comparison();
  Nest nest(*this);
  if (!nest.ok) return nullptr;
  Start s = here();
  advance();
  Expr* operand = inversion();
  if (!operand) return nullptr;
  auto* u = node<UnaryOp>(done(s));
  u->op = UnaryOpKind::Not;
  u->operand = operand;
  return u;
}

// comparison: bitwise_or (compare_op bitwise_or)*
// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
Expr* Parser::comparison() {
  Start s = here();
  Expr* left = binary(0);
  if (!left) return nullptr;
  std::vector<CmpOp> ops;
  std::vector<Expr*> comparators;
  for (;;) {
    CmpOp op;
    switch (kind()) {
      case TokenKind::EqEqual: op = CmpOp::Eq; break;
      case TokenKind::NotEqual: op = CmpOp::NotEq; break;
      case TokenKind::Less: op = CmpOp::Lt; break;
      case TokenKind::LessEqual: op = CmpOp::LtE; break;
      case TokenKind::Greater: op = CmpOp::Gt; break;
      case TokenKind::GreaterEqual: op = CmpOp::GtE; break;
      case TokenKind::KwIn: op = CmpOp::In; break;
      case TokenKind::KwIs: op = kind(1) == TokenKind::KwNot ? CmpOp::IsNot : CmpOp::Is; break;
      case TokenKind::KwNot:
        if (kind(1) != TokenKind::KwIn) goto done;
        op = CmpOp::NotIn;
        break;
      default: goto done;
    }
    advance();
    if (op == CmpOp::IsNot || op == CmpOp::NotIn) advance();
    {
      Expr* right = binary(0);
      if (!right) return nullptr;
      ops.push_back(op);
      comparators.push_back(right);
    }
  }
done:
  if (ops.empty()) return left;
  auto* c = node<Compare>(done(s));
  c->left = left;
  c->ops = arena_.seq(ops);
  c->comparators = arena_.seq(comparators);
  return c;
}

namespace {

// The binary operators of one precedence level, loosest (0) to tightest (5):
// bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term.
bool binary_operator(int level, TokenKind k, Operator* op) {
  switch (level) {
    case 0: if (k == TokenKind::VBar) { *op = Operator::BitOr; return true; } return false;
    case 1: if (k == TokenKind::Circumflex) { *op = Operator::BitXor; return true; } return false;
    case 2: if (k == TokenKind::Amper) { *op = Operator::BitAnd; return true; } return false;
    case 3:
      if (k == TokenKind::LeftShift) { *op = Operator::LShift; return true; }
      if (k == TokenKind::RightShift) { *op = Operator::RShift; return true; }
      return false;
    case 4:
      if (k == TokenKind::Plus) { *op = Operator::Add; return true; }
      if (k == TokenKind::Minus) { *op = Operator::Sub; return true; }
      return false;
    case 5:
      switch (k) {
        case TokenKind::Star: *op = Operator::Mult; return true;
        case TokenKind::Slash: *op = Operator::Div; return true;
        case TokenKind::DoubleSlash: *op = Operator::FloorDiv; return true;
        case TokenKind::Percent: *op = Operator::Mod; return true;
        case TokenKind::At: *op = Operator::MatMult; return true;
        default: return false;
      }
  }
  return false;
}

}  // namespace

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor      (level 0)
// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and  (level 1)
// bitwise_and: bitwise_and '&' shift_expr | shift_expr    (level 2)
// shift_expr: shift_expr ('<<'|'>>') sum | sum             (level 3)
// sum: sum ('+'|'-') term | term                           (level 4)
// term: term ('*'|'/'|'//'|'%'|'@') factor | factor        (level 5)
Expr* Parser::binary(int level) {
  Start s = here();
  Expr* left = level == 5 ? factor() : binary(level + 1);
  if (!left) return nullptr;
  Operator op;
  while (binary_operator(level, kind(), &op)) {
    advance();
    Expr* right = level == 5 ? factor() : binary(level + 1);
    if (!right) return nullptr;
    auto* b = node<BinOp>(done(s));
    b->left = left;
    b->op = op;
    b->right = right;
    left = b;
  }
  return left;
}

// factor: '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor() {
  UnaryOpKind op;
  switch (kind()) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  Nest nest(*this);
  if (!nest.ok) return nullptr;
  Start s = here();
  advance();
  Expr* operand = factor();
  if (!operand) return nullptr;
  auto* u = node<UnaryOp>(done(s));
  u->op = op;
  u->operand = operand;
  return u;
}

// power: await_primary '**' factor | await_primary
Expr* Parser::power() {
  Start s = here();
  Expr* base = await_primary();
  if (!base || !accept(TokenKind::DoubleStar)) return base;
  Expr* exponent = factor();
  if (!exponent) return nullptr;
  auto* b = node<BinOp>(done(s));
  b->left = base;
  b->op = Operator::Pow;
  b->right = exponent;
  return b;
}

// await_primary: 'await' primary | primary
Expr* Parser::await_primary() {
  if (!at(TokenKind::KwAwait)) return primary();
  Start s = here();
  advance();
  Expr* value = primary();
  if (!value) return nullptr;
  auto* a = node<Await>(done(s));
  a->value = value;
  return a;
}

// ---------------------------------------------------------------------------
// 3. Primaries
// ---------------------------------------------------------------------------

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
Expr* Parser::primary() {
  Start s = here();
  Expr* e = atom();
  while (e) {
    if (at(TokenKind::Dot)) {
      advance();
      if (!at(TokenKind::Name)) return fail_here();
      const Token& n = advance();
      auto* a = node<Attribute>(done(s));
      a->value = e;
      a->attr = name_of(n);
      e = a;
    } else if (at(TokenKind::LPar)) {
      e = call(e, s);
    } else if (at(TokenKind::LSqb)) {
      e = subscript(e, s);
    } else {
      break;
    }
  }
  return e;
}

// arguments: args [','] &')'
// args: ','.(starred_expression | named_expression !'=')+ [',' kwargs] | kwargs
// kwarg: NAME '=' expression | '*' expression | '**' expression
// A [func] of nullptr parses class bases (the result is a Call with no func).
Expr* Parser::call(Expr* func, Start s) {
  Start open = here();
  advance();
  std::vector<Expr*> args;
  std::vector<keyword*> keywords;
  bool seen_keyword = false, seen_unpack = false, trailing_comma = false;
  // CPython reports a positional argument after keywords once the whole
  // argument list is read, at the token that follows it.
  const char* late_error = nullptr;
  Expr* bare_genexp = nullptr;
  while (!at(TokenKind::RPar)) {
    Start as = here();
    trailing_comma = false;
    if (at(TokenKind::Star)) {
      Token star = advance();
      if (seen_unpack) {
        return fail_at(star, "iterable argument unpacking follows keyword argument unpacking");
      }
      Expr* v = expression();
      if (!v) return nullptr;
      auto* st = node<Starred>(done(as));
      st->value = v;
      args.push_back(st);
    } else if (accept(TokenKind::DoubleStar)) {
      Expr* v = expression();
      if (!v) return nullptr;
      keywords.push_back(arena_.make<keyword>(keyword{{}, v, done(as)}));
      seen_unpack = true;
    } else if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
      Identifier name = name_of(advance());
      advance();
      Expr* v = expression();
      if (!v) return nullptr;
      keywords.push_back(arena_.make<keyword>(keyword{name, v, done(as)}));
      seen_keyword = true;
    } else {
      Expr* e = nullptr;
      if (at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual) {
        e = named_expression();
      } else {
        e = expression();
      }
      if (!e) return nullptr;
      if (at(TokenKind::Equal)) {
        Token eq = peek();
        return fail_range(e->pos, {eq.line, eq.col, eq.end_line, eq.end_col},
                          "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) {
        std::vector<comprehension*> gens;
        if (!for_if_clauses(&gens)) return nullptr;
        auto* g = node<GeneratorExp>(span(e->pos, last_pos()));
        g->elt = e;
        g->generators = arena_.seq(gens);
        if (bare_genexp || !args.empty() || !keywords.empty()) {
          return fail_node(g->pos, "Generator expression must be parenthesized");
        }
        bare_genexp = g;
        e = g;
      } else if (bare_genexp) {
        return fail_node(bare_genexp->pos, "Generator expression must be parenthesized");
      }
      if (seen_unpack && !late_error) {
        late_error = "positional argument follows keyword argument unpacking";
      } else if (seen_keyword && !late_error) {
        late_error = "positional argument follows keyword argument";
      }
      args.push_back(e);
    }
    if (!accept(TokenKind::Comma)) break;
    trailing_comma = true;
  }
  if (late_error) return fail_at(peek(), late_error);
  if (bare_genexp && (trailing_comma || args.size() + keywords.size() > 1)) {
    return fail_node(bare_genexp->pos, "Generator expression must be parenthesized");
  }
  if (!expect(TokenKind::RPar)) return nullptr;
  if (bare_genexp) {
    // The sole generator argument takes the call's parentheses as its own.
    bare_genexp->pos = done(open);
  }
  auto* c = node<Call>(done(s));
  c->func = func;
  c->args = arena_.seq(args);
  c->keywords = arena_.seq(keywords);
  return c;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::subscript(Expr* value, Start s) {
  advance();
  Start inner = here();
  Expr* first = slice();
  if (!first) return nullptr;
  Expr* index = first;
  if (at(TokenKind::Comma) || first->kind == ExprKind::Starred) {
    std::vector<Expr*> elts{first};
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RSqb)) break;
      Expr* e = slice();
      if (!e) return nullptr;
      elts.push_back(e);
    }
    auto* t = node<Tuple>(done(inner));
    t->elts = arena_.seq(elts);
    index = t;
  }
  if (!expect(TokenKind::RSqb)) return nullptr;
  auto* sub = node<Subscript>(done(s));
  sub->value = value;
  sub->slice = index;
  return sub;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice() {
  Start s = here();
  Expr* lower = nullptr;
  if (!at(TokenKind::Colon)) {
    lower = at(TokenKind::Star) ? star_expression() : named_expression();
    if (!lower || !at(TokenKind::Colon)) return lower;
  }
  advance();
  auto ends_part = [&]() {
    return at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::RSqb);
  };
  Expr* upper = nullptr;
  Expr* step = nullptr;
  if (!ends_part()) {
    upper = expression();
    if (!upper) return nullptr;
  }
  if (accept(TokenKind::Colon) && !ends_part()) {
    step = expression();
    if (!step) return nullptr;
  }
  auto* sl = node<Slice>(done(s));
  sl->lower = lower;
  sl->upper = upper;
  sl->step = step;
  return sl;
}

// ---------------------------------------------------------------------------
// 4. Atoms
// ---------------------------------------------------------------------------

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
//     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp)
//     | '...'
Expr* Parser::atom() {
  Start s = here();
  switch (kind()) {
    case TokenKind::Name: {
      const Token& t = advance();
      auto* n = node<Name>(done(s));
      n->id = name_of(t);
      return n;
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis: {
      TokenKind k = advance().kind;
      auto* c = node<Constant>(done(s));
      c->value_kind = k == TokenKind::KwTrue    ? ConstantKind::True
                      : k == TokenKind::KwFalse ? ConstantKind::False
                      : k == TokenKind::KwNone  ? ConstantKind::None
                                                : ConstantKind::Ellipsis;
      return c;
    }
    case TokenKind::Number: return number(advance());
    case TokenKind::String: return strings();
    case TokenKind::LPar: return paren_atom();
    case TokenKind::LSqb: return list_atom();
    case TokenKind::LBrace: return brace_atom();
    default: return fail_here();
  }
}

Expr* Parser::number(const Token& t) {
  NumberValue v = decode_number(text(t));
  auto* c = node<Constant>({t.line, t.col, t.end_line, t.end_col});
  switch (v.kind) {
    case NumberValue::Kind::Int:
      c->value_kind = ConstantKind::Int;
      c->int_value = v.int_value;
      break;
    case NumberValue::Kind::BigInt:
      c->value_kind = ConstantKind::BigInt;
      c->text = arena_.str(v.big_digits);
      break;
    case NumberValue::Kind::Float:
      c->value_kind = ConstantKind::Float;
      c->float_value = v.float_value;
      break;
    case NumberValue::Kind::Imaginary:
      c->value_kind = ConstantKind::Complex;
      c->float_value = v.float_value;
      break;
  }
  return c;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' named_expression for_if_clauses ')'
Expr* Parser::paren_atom() {
  Start s = here();
  advance();
  if (accept(TokenKind::RPar)) return node<Tuple>(done(s));
  if (at(TokenKind::KwYield)) {
    Expr* y = yield_expr();
    if (!y || !expect(TokenKind::RPar)) return nullptr;
    return y;
  }
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) {
    return comprehension_tail(first, nullptr, ExprKind::GeneratorExp, s);
  }
  if (at(TokenKind::Comma)) {
    std::vector<Expr*> elts{first};
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RPar)) break;
      Expr* e = star_named_expression();
      if (!e) return nullptr;
      elts.push_back(e);
    }
    if (!expect(TokenKind::RPar)) return nullptr;
    auto* t = node<Tuple>(done(s));
    t->elts = arena_.seq(elts);
    return t;
  }
  if (!expect(TokenKind::RPar)) return nullptr;
  if (first->kind == ExprKind::Starred) {
    return fail_node(first->pos, "cannot use starred expression here");
  }
  return first;
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
Expr* Parser::list_atom() {
  Start s = here();
  advance();
  if (accept(TokenKind::RSqb)) return node<List>(done(s));
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) {
    if (first->kind == ExprKind::Starred) {
      return fail_node(first->pos, "iterable unpacking cannot be used in comprehension");
    }
    return comprehension_tail(first, nullptr, ExprKind::ListComp, s);
  }
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) break;
    Expr* e = star_named_expression();
    if (!e) return nullptr;
    elts.push_back(e);
  }
  if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) {
    return fail_range(first->pos, elts.size() > 1 ? elts.back()->pos : last_pos(),
                      "did you forget parentheses around the comprehension target?");
  }
  if (!expect(TokenKind::RSqb)) return nullptr;
  auto* l = node<List>(done(s));
  l->elts = arena_.seq(elts);
  return l;
}

// dict: '{' [double_starred_kvpairs] '}'
// set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'
// setcomp: '{' named_expression for_if_clauses '}'
Expr* Parser::brace_atom() {
  Start s = here();
  advance();
  if (accept(TokenKind::RBrace)) return node<Dict>(done(s));
  auto comp_follows = [&]() {
    return at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor);
  };
  std::vector<Expr*> keys, values;
  bool is_dict = false;
  if (at(TokenKind::DoubleStar)) {
    Token stars = advance();
    Expr* v = binary(0);
    if (!v) return nullptr;
    if (comp_follows()) {
      return fail_at(stars, "dict unpacking cannot be used in dict comprehension");
    }
    keys.push_back(nullptr);
    values.push_back(v);
    is_dict = true;
  } else {
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    if (first->kind != ExprKind::Starred && at(TokenKind::Colon)) {
      Token colon = advance();
      if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
        return fail_at(colon, "expression expected after dictionary key and ':'");
      }
      if (at(TokenKind::Star)) {
        Expr* st = star_expression();
        if (!st) return nullptr;
        return fail_node(st->pos, "cannot use a starred expression in a dictionary value");
      }
      Expr* v = expression();
      if (!v) return nullptr;
      if (comp_follows()) return comprehension_tail(first, v, ExprKind::DictComp, s);
      keys.push_back(first);
      values.push_back(v);
      is_dict = true;
    } else {
      if (comp_follows()) {
        if (first->kind == ExprKind::Starred) {
          return fail_node(first->pos, "iterable unpacking cannot be used in comprehension");
        }
        return comprehension_tail(first, nullptr, ExprKind::SetComp, s);
      }
      values.push_back(first);
    }
  }
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    if (is_dict) {
      if (accept(TokenKind::DoubleStar)) {
        Expr* v = binary(0);
        if (!v) return nullptr;
        keys.push_back(nullptr);
        values.push_back(v);
        continue;
      }
      Expr* k = expression();
      if (!k) return nullptr;
      if (at(TokenKind::Comma) || at(TokenKind::RBrace) || at(TokenKind::KwFor)) {
        // CPython marks the key, with no range.
        fail_node(k->pos, "':' expected after dictionary key");
        error_.end_col = -1;
        return nullptr;
      }
      if (!at(TokenKind::Colon)) return fail_here();
      Token colon = advance();
      if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
        return fail_at(colon, "expression expected after dictionary key and ':'");
      }
      Expr* v = expression();
      if (!v) return nullptr;
      keys.push_back(k);
      values.push_back(v);
    } else {
      if (comp_follows()) break;
      Expr* e = star_named_expression();
      if (!e) return nullptr;
      values.push_back(e);
    }
  }
  if (!is_dict && comp_follows()) {
    return fail_range(values.front()->pos, values.size() > 1 ? values.back()->pos : last_pos(),
                      "did you forget parentheses around the comprehension target?");
  }
  if (!expect(TokenKind::RBrace)) return nullptr;
  if (is_dict) {
    auto* d = node<Dict>(done(s));
    d->keys = arena_.seq(keys);
    d->values = arena_.seq(values);
    return d;
  }
  auto* st = node<Set>(done(s));
  st->elts = arena_.seq(values);
  return st;
}

// The `for ... in ... if ...` clauses and the closing bracket of a
// comprehension whose element(s) are already parsed.
Expr* Parser::comprehension_tail(Expr* elt, Expr* value, ExprKind kind_, Start start) {
  std::vector<comprehension*> gens;
  if (!for_if_clauses(&gens)) return nullptr;
  TokenKind closer = kind_ == ExprKind::ListComp      ? TokenKind::RSqb
                     : kind_ == ExprKind::GeneratorExp ? TokenKind::RPar
                                                       : TokenKind::RBrace;
  if (!expect(closer)) return nullptr;
  Seq<comprehension*> generators = arena_.seq(gens);
  switch (kind_) {
    case ExprKind::ListComp: {
      auto* c = node<ListComp>(done(start));
      c->elt = elt;
      c->generators = generators;
      return c;
    }
    case ExprKind::SetComp: {
      auto* c = node<SetComp>(done(start));
      c->elt = elt;
      c->generators = generators;
      return c;
    }
    case ExprKind::DictComp: {
      auto* c = node<DictComp>(done(start));
      c->key = elt;
      c->value = value;
      c->generators = generators;
      return c;
    }
    default: {
      auto* c = node<GeneratorExp>(done(start));
      c->elt = elt;
      c->generators = generators;
      return c;
    }
  }
}

// for_if_clauses: for_if_clause+
// for_if_clause: ['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*
bool Parser::for_if_clauses(std::vector<comprehension*>* out) {
  while (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) {
    bool is_async = accept(TokenKind::KwAsync);
    advance();
    Expr* target = star_targets(true);
    if (!target) return false;
    if (!set_context(target, ExprContext::Store, TargetUse::Comprehension)) return false;
    if (!expect(TokenKind::KwIn)) return false;
    Expr* iter = disjunction();
    if (!iter) return false;
    std::vector<Expr*> ifs;
    while (accept(TokenKind::KwIf)) {
      Expr* cond = disjunction();
      if (!cond) return false;
      ifs.push_back(cond);
    }
    out->push_back(
        arena_.make<comprehension>(comprehension{target, iter, arena_.seq(ifs), is_async}));
  }
  return true;
}

// ---------------------------------------------------------------------------
// 5. Parameters
// ---------------------------------------------------------------------------

// param: NAME [':' expression]     (no annotation in a lambda)
arg* Parser::parameter(bool lambda) {
  Start s = here();
  if (!at(TokenKind::Name)) return fail_here();
  Identifier name = name_of(advance());
  Expr* annotation = nullptr;
  if (!lambda && accept(TokenKind::Colon)) {
    annotation = at(TokenKind::Star) ? star_expression() : expression();
    if (!annotation) return nullptr;
  }
  return arena_.make<arg>(arg{name, annotation, done(s)});
}

// parameters (and lambda_params):
//     [posonly ',' '/' ','] [param [= default] ','...] ['*' [param] ','] [kwonly ...]
//     ['**' param [',']]
arguments* Parser::parameters(bool lambda) {
  TokenKind closer = lambda ? TokenKind::Colon : TokenKind::RPar;
  std::vector<arg*> posonly, args, kwonly;
  std::vector<Expr*> defaults, kw_defaults;
  arg* vararg = nullptr;
  arg* kwarg = nullptr;
  bool seen_star = false, seen_slash = false;
  while (!at(closer)) {
    if (at(TokenKind::Slash)) {
      const Token& sl = advance();
      if (seen_slash) return fail_at(sl, "/ may appear only once");
      if (seen_star) return fail_at(sl, "/ must be ahead of *");
      if (args.empty()) return fail_at(sl, "at least one argument must precede /");
      posonly.swap(args);
      seen_slash = true;
    } else if (at(TokenKind::Star)) {
      Token st = advance();
      if (seen_star) return fail_at(st, "* argument may appear only once");
      seen_star = true;
      if (at(TokenKind::Comma) || at(closer)) {
        if (at(closer) || (kind(1) == closer) || kind(1) == TokenKind::DoubleStar) {
          return fail_at(st, "named arguments must follow bare *");
        }
      } else {
        vararg = parameter(lambda);
        if (!vararg) return nullptr;
        if (at(TokenKind::Equal)) {
          return fail_at(peek(), "var-positional argument cannot have default value");
        }
      }
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      kwarg = parameter(lambda);
      if (!kwarg) return nullptr;
      if (at(TokenKind::Equal)) {
        return fail_at(peek(), "var-keyword argument cannot have default value");
      }
      accept(TokenKind::Comma);
      if (!at(closer)) return fail_at(peek(), "arguments cannot follow var-keyword argument");
      break;
    } else {
      if (at(TokenKind::LPar)) {
        // `def f((a, b))` was Python 2.
        Token open = peek();
        size_t k = 0;
        for (int depth = 0;; ++k) {
          TokenKind tk = kind(k);
          if (tk == TokenKind::LPar) ++depth;
          if (tk == TokenKind::RPar && --depth == 0) break;
          if (tk == TokenKind::EndMarker || tk == TokenKind::Error) return fail_here();
        }
        Token close = peek(k);
        return fail_range({open.line, open.col, open.end_line, open.end_col},
                          {close.line, close.col, close.end_line, close.end_col},
                          lambda ? "Lambda expression parameters cannot be parenthesized"
                                 : "Function parameters cannot be parenthesized");
      }
      arg* a = parameter(lambda);
      if (!a) return nullptr;
      Expr* def = nullptr;
      if (at(TokenKind::Equal)) {
        Token eq = advance();
        if (at(TokenKind::Comma) || at(closer)) {
          return fail_at(eq, "expected default value expression");
        }
        def = expression();
        if (!def) return nullptr;
      }
      if (seen_star) {
        kwonly.push_back(a);
        kw_defaults.push_back(def);
      } else {
        if (def) {
          defaults.push_back(def);
        } else if (!defaults.empty()) {
          return fail_node(a->pos, "non-default argument follows default argument");
        }
        args.push_back(a);
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
  auto* result = arena_.make<arguments>();
  result->posonlyargs = arena_.seq(posonly);
  result->args = arena_.seq(args);
  result->vararg = vararg;
  result->kwonlyargs = arena_.seq(kwonly);
  result->kw_defaults = arena_.seq(kw_defaults);
  result->kwarg = kwarg;
  result->defaults = arena_.seq(defaults);
  return result;
}

}  // namespace interleave::lang
