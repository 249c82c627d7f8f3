// ast_dump: CPython's ast.dump() text for our tree (see ast_dump.h).
//
// ast.dump prints every field as name=value, leaves out optional fields that
// are None, prints lists as [...] and leaf values with repr().
#include "lang/ast_dump.h"

#include <cmath>
#include <cstdio>

#include "lang/literals.h"

namespace interleave::lang {

namespace {

bool printable(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp >= 0x80 && cp <= 0xA0) return false;
  if (cp == 0xAD) return false;
  if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF)
    return false;
  if (cp >= 0xD800 && cp <= 0xF8FF) return false;  // surrogates, private use
  if (cp >= 0xFFF0 && cp <= 0xFFFB) return false;
  if (cp == 0xFFFE || cp == 0xFFFF || cp > 0x10FFFF) return false;
  // Unassigned planes, tags and the private-use planes 15-16.
  if (cp >= 0x31350 && cp < 0xE0100) return false;
  if (cp >= 0xE01F0) return false;
  return true;
}

// Decodes UTF-8 (and WTF-8 surrogates) leniently: a bad byte stands for itself.
uint32_t next_code_point(std::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (*i + len > s.size()) len = 1;
  uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return cp;
}

char pick_quote(std::string_view s) {
  bool single = s.find('\'') != std::string_view::npos;
  bool dbl = s.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}

}  // namespace

std::string python_str_repr(std::string_view s) {
  char quote = pick_quote(s);
  std::string out(1, quote);
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t cp = next_code_point(s, &i);
    char buf[16];
    if (cp == '\\') out += "\\\\";
    else if (cp == static_cast<uint32_t>(quote)) { out += '\\'; out += quote; }
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp == '\t') out += "\\t";
    else if (!printable(cp)) {
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  out += quote;
  return out;
}

std::string python_bytes_repr(std::string_view s) {
  char quote = pick_quote(s);
  std::string out = "b";
  out += quote;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    char buf[8];
    if (c == '\\') out += "\\\\";
    else if (c == static_cast<unsigned char>(quote)) { out += '\\'; out += quote; }
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

namespace {

class Dumper {
 public:
  explicit Dumper(AstDumpOptions options) : opts_(options) {}
  std::string out;

  void module(const Module& m) {
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

  void expr(const Expr* e);

 private:
  // Node opening/closing: "Name(" ... ")" with ", " between fields.
  void open(const char* name) {
    out += name;
    out += '(';
    first_.push_back(true);
  }
  void field(const char* name) {
    if (!first_.back()) out += ", ";
    first_.back() = false;
    out += name;
    out += '=';
  }
  void close(const Position* pos) {
    if (pos && opts_.include_attributes) {
      char buf[128];
      std::snprintf(buf, sizeof buf, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                    pos->lineno, pos->col_offset, pos->end_lineno, pos->end_col_offset);
      if (!first_.back()) out += ", ";
      out += buf;
    }
    first_.pop_back();
    out += ')';
  }
  void str(std::string_view s) { out += python_str_repr(s); }
  void integer(int64_t v) { out += std::to_string(v); }
  void opt_expr(const char* name, const Expr* e) {
    if (!e) return;
    field(name);
    expr(e);
  }
  void expr_field(const char* name, const Expr* e) {
    field(name);
    expr(e);
  }
  void exprs(const char* name, const Seq<Expr*>& list) {
    field(name);
    out += '[';
    for (uint32_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      if (list[i]) expr(list[i]);
      else out += "None";
    }
    out += ']';
  }
  void names(const char* name, const Seq<Identifier>& list) {
    field(name);
    out += '[';
    for (uint32_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      str(list[i]);
    }
    out += ']';
  }
  void ctx(ExprContext c) {
    field("ctx");
    out += context_name(c);
    out += "()";
  }
  void simple(const char* name, const char* value) {
    field(name);
    out += value;
    out += "()";
  }
  void stmts(const Seq<Stmt*>& list) {
    out += '[';
    for (uint32_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      stmt(list[i]);
    }
    out += ']';
  }
  void stmts_field(const char* name, const Seq<Stmt*>& list) {
    field(name);
    stmts(list);
  }
  void stmt(const Stmt* s);
  void pattern(const Pattern* p);
  void patterns(const char* name, const Seq<Pattern*>& list) {
    field(name);
    out += '[';
    for (uint32_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      pattern(list[i]);
    }
    out += ']';
  }
  void opt_name(const char* name, Identifier id) {
    if (id.empty()) return;
    field(name);
    str(id);
  }
  void constant(const Constant* c);
  void arguments_node(const arguments* a);
  void arg_node(const arg* a);
  void keyword_node(const keyword* k);
  void alias_node(const alias* a);
  void comprehensions(const Seq<comprehension*>& gens);

  AstDumpOptions opts_;
  std::vector<bool> first_;
};

void Dumper::arg_node(const arg* a) {
  open("arg");
  field("arg");
  str(a->arg);
  opt_expr("annotation", a->annotation);
  close(&a->pos);
}

void Dumper::keyword_node(const keyword* k) {
  open("keyword");
  if (!k->arg.empty()) {
    field("arg");
    str(k->arg);
  }
  expr_field("value", k->value);
  close(&k->pos);
}

void Dumper::alias_node(const alias* a) {
  open("alias");
  field("name");
  str(a->name);
  if (!a->asname.empty()) {
    field("asname");
    str(a->asname);
  }
  close(&a->pos);
}

void Dumper::arguments_node(const arguments* a) {
  auto args = [&](const char* name, const Seq<arg*>& list) {
    field(name);
    out += '[';
    for (uint32_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      arg_node(list[i]);
    }
    out += ']';
  };
  open("arguments");
  args("posonlyargs", a->posonlyargs);
  args("args", a->args);
  if (a->vararg) {
    field("vararg");
    arg_node(a->vararg);
  }
  args("kwonlyargs", a->kwonlyargs);
  exprs("kw_defaults", a->kw_defaults);
  if (a->kwarg) {
    field("kwarg");
    arg_node(a->kwarg);
  }
  exprs("defaults", a->defaults);
  close(nullptr);
}

void Dumper::comprehensions(const Seq<comprehension*>& gens) {
  field("generators");
  out += '[';
  for (uint32_t i = 0; i < gens.size(); ++i) {
    if (i) out += ", ";
    const comprehension* c = gens[i];
    open("comprehension");
    expr_field("target", c->target);
    expr_field("iter", c->iter);
    exprs("ifs", c->ifs);
    field("is_async");
    integer(c->is_async ? 1 : 0);
    close(nullptr);
  }
  out += ']';
}

void Dumper::constant(const Constant* c) {
  field("value");
  switch (c->value_kind) {
    case ConstantKind::None: out += "None"; break;
    case ConstantKind::True: out += "True"; break;
    case ConstantKind::False: out += "False"; break;
    case ConstantKind::Ellipsis: out += "Ellipsis"; break;
    case ConstantKind::Int: integer(c->int_value); break;
    case ConstantKind::BigInt: out += c->text; break;
    case ConstantKind::Float: out += float_repr(c->float_value); break;
    case ConstantKind::Complex: {
      std::string r = float_repr(c->float_value);
      if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
      out += r + "j";
      break;
    }
    case ConstantKind::Str: str(c->text); break;
    case ConstantKind::Bytes: out += python_bytes_repr(c->text); break;
  }
  if (c->u_prefix && c->value_kind == ConstantKind::Str) {
    field("kind");
    str("u");
  }
}

void Dumper::expr(const Expr* e) {
  open(kind_name(e->kind));
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* n = e->as<BoolOp>();
      simple("op", n->op == BoolOpKind::And ? "And" : "Or");
      exprs("values", n->values);
      break;
    }
    case ExprKind::NamedExpr: {
      auto* n = e->as<NamedExpr>();
      expr_field("target", n->target);
      expr_field("value", n->value);
      break;
    }
    case ExprKind::BinOp: {
      auto* n = e->as<BinOp>();
      expr_field("left", n->left);
      simple("op", operator_name(n->op));
      expr_field("right", n->right);
      break;
    }
    case ExprKind::UnaryOp: {
      auto* n = e->as<UnaryOp>();
      simple("op", unary_op_name(n->op));
      expr_field("operand", n->operand);
      break;
    }
    case ExprKind::Lambda: {
      auto* n = e->as<Lambda>();
      field("args");
      arguments_node(n->args);
      expr_field("body", n->body);
      break;
    }
    case ExprKind::IfExp: {
      auto* n = e->as<IfExp>();
      expr_field("test", n->test);
      expr_field("body", n->body);
      expr_field("orelse", n->orelse);
      break;
    }
    case ExprKind::Dict: {
      auto* n = e->as<Dict>();
      exprs("keys", n->keys);
      exprs("values", n->values);
      break;
    }
    case ExprKind::Set: exprs("elts", e->as<Set>()->elts); break;
    case ExprKind::ListComp: {
      auto* n = e->as<ListComp>();
      expr_field("elt", n->elt);
      comprehensions(n->generators);
      break;
    }
    case ExprKind::SetComp: {
      auto* n = e->as<SetComp>();
      expr_field("elt", n->elt);
      comprehensions(n->generators);
      break;
    }
    case ExprKind::DictComp: {
      auto* n = e->as<DictComp>();
      expr_field("key", n->key);
      expr_field("value", n->value);
      comprehensions(n->generators);
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* n = e->as<GeneratorExp>();
      expr_field("elt", n->elt);
      comprehensions(n->generators);
      break;
    }
    case ExprKind::Await: expr_field("value", e->as<Await>()->value); break;
    case ExprKind::Yield: opt_expr("value", e->as<Yield>()->value); break;
    case ExprKind::YieldFrom: expr_field("value", e->as<YieldFrom>()->value); break;
    case ExprKind::Compare: {
      auto* n = e->as<Compare>();
      expr_field("left", n->left);
      field("ops");
      out += '[';
      for (uint32_t i = 0; i < n->ops.size(); ++i) {
        if (i) out += ", ";
        out += cmp_op_name(n->ops[i]);
        out += "()";
      }
      out += ']';
      exprs("comparators", n->comparators);
      break;
    }
    case ExprKind::Call: {
      auto* n = e->as<Call>();
      expr_field("func", n->func);
      exprs("args", n->args);
      field("keywords");
      out += '[';
      for (uint32_t i = 0; i < n->keywords.size(); ++i) {
        if (i) out += ", ";
        keyword_node(n->keywords[i]);
      }
      out += ']';
      break;
    }
    case ExprKind::FormattedValue: {
      auto* n = e->as<FormattedValue>();
      expr_field("value", n->value);
      field("conversion");
      integer(n->conversion);
      opt_expr("format_spec", n->format_spec);
      break;
    }
    case ExprKind::JoinedStr: exprs("values", e->as<JoinedStr>()->values); break;
    case ExprKind::Constant: constant(e->as<Constant>()); break;
    case ExprKind::Attribute: {
      auto* n = e->as<Attribute>();
      expr_field("value", n->value);
      field("attr");
      str(n->attr);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Subscript: {
      auto* n = e->as<Subscript>();
      expr_field("value", n->value);
      expr_field("slice", n->slice);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Starred: {
      auto* n = e->as<Starred>();
      expr_field("value", n->value);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Name: {
      auto* n = e->as<Name>();
      field("id");
      str(n->id);
      ctx(n->ctx);
      break;
    }
    case ExprKind::List: {
      auto* n = e->as<List>();
      exprs("elts", n->elts);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Tuple: {
      auto* n = e->as<Tuple>();
      exprs("elts", n->elts);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Slice: {
      auto* n = e->as<Slice>();
      opt_expr("lower", n->lower);
      opt_expr("upper", n->upper);
      opt_expr("step", n->step);
      break;
    }
  }
  close(&e->pos);
}

void Dumper::pattern(const Pattern* p) {
  open(kind_name(p->kind));
  switch (p->kind) {
    case PatternKind::MatchValue: expr_field("value", p->value); break;
    case PatternKind::MatchSingleton:
      constant(p->value->as<Constant>());
      break;
    case PatternKind::MatchSequence:
    case PatternKind::MatchOr: patterns("patterns", p->patterns); break;
    case PatternKind::MatchMapping:
      exprs("keys", p->keys);
      patterns("patterns", p->patterns);
      opt_name("rest", p->name);
      break;
    case PatternKind::MatchClass:
      expr_field("cls", p->cls);
      patterns("patterns", p->patterns);
      names("kwd_attrs", p->kwd_attrs);
      patterns("kwd_patterns", p->kwd_patterns);
      break;
    case PatternKind::MatchStar: opt_name("name", p->name); break;
    case PatternKind::MatchAs:
      if (p->pattern) {
        field("pattern");
        pattern(p->pattern);
      }
      opt_name("name", p->name);
      break;
  }
  close(&p->pos);
}

void Dumper::stmt(const Stmt* s) {
  open(kind_name(s->kind));
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      auto* n = s->as<FunctionDef>();
      field("name");
      str(n->name);
      field("args");
      arguments_node(n->args);
      stmts_field("body", n->body);
      exprs("decorator_list", n->decorator_list);
      opt_expr("returns", n->returns);
      break;
    }
    case StmtKind::ClassDef: {
      auto* n = s->as<ClassDef>();
      field("name");
      str(n->name);
      exprs("bases", n->bases);
      field("keywords");
      out += '[';
      for (uint32_t i = 0; i < n->keywords.size(); ++i) {
        if (i) out += ", ";
        keyword_node(n->keywords[i]);
      }
      out += ']';
      stmts_field("body", n->body);
      exprs("decorator_list", n->decorator_list);
      break;
    }
    case StmtKind::Return: opt_expr("value", s->as<Return>()->value); break;
    case StmtKind::Delete: exprs("targets", s->as<Delete>()->targets); break;
    case StmtKind::Assign: {
      auto* n = s->as<Assign>();
      exprs("targets", n->targets);
      expr_field("value", n->value);
      break;
    }
    case StmtKind::AugAssign: {
      auto* n = s->as<AugAssign>();
      expr_field("target", n->target);
      simple("op", operator_name(n->op));
      expr_field("value", n->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto* n = s->as<AnnAssign>();
      expr_field("target", n->target);
      expr_field("annotation", n->annotation);
      opt_expr("value", n->value);
      field("simple");
      integer(n->simple ? 1 : 0);
      break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      auto* n = s->as<For>();
      expr_field("target", n->target);
      expr_field("iter", n->iter);
      stmts_field("body", n->body);
      stmts_field("orelse", n->orelse);
      break;
    }
    case StmtKind::While: {
      auto* n = s->as<While>();
      expr_field("test", n->test);
      stmts_field("body", n->body);
      stmts_field("orelse", n->orelse);
      break;
    }
    case StmtKind::If: {
      auto* n = s->as<If>();
      expr_field("test", n->test);
      stmts_field("body", n->body);
      stmts_field("orelse", n->orelse);
      break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      auto* n = s->as<With>();
      field("items");
      out += '[';
      for (uint32_t i = 0; i < n->items.size(); ++i) {
        if (i) out += ", ";
        open("withitem");
        expr_field("context_expr", n->items[i]->context_expr);
        opt_expr("optional_vars", n->items[i]->optional_vars);
        close(nullptr);
      }
      out += ']';
      stmts_field("body", n->body);
      break;
    }
    case StmtKind::Match: {
      auto* n = s->as<Match>();
      expr_field("subject", n->subject);
      field("cases");
      out += '[';
      for (uint32_t i = 0; i < n->cases.size(); ++i) {
        if (i) out += ", ";
        const match_case* c = n->cases[i];
        open("match_case");
        field("pattern");
        pattern(c->pattern);
        opt_expr("guard", c->guard);
        stmts_field("body", c->body);
        close(nullptr);
      }
      out += ']';
      break;
    }
    case StmtKind::Raise: {
      auto* n = s->as<Raise>();
      opt_expr("exc", n->exc);
      opt_expr("cause", n->cause);
      break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* n = s->as<Try>();
      stmts_field("body", n->body);
      field("handlers");
      out += '[';
      for (uint32_t i = 0; i < n->handlers.size(); ++i) {
        if (i) out += ", ";
        const ExceptHandler* h = n->handlers[i];
        open("ExceptHandler");
        opt_expr("type", h->type);
        if (!h->name.empty()) {
          field("name");
          str(h->name);
        }
        stmts_field("body", h->body);
        close(&h->pos);
      }
      out += ']';
      stmts_field("orelse", n->orelse);
      stmts_field("finalbody", n->finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto* n = s->as<Assert>();
      expr_field("test", n->test);
      opt_expr("msg", n->msg);
      break;
    }
    case StmtKind::Import: {
      field("names");
      out += '[';
      auto* n = s->as<Import>();
      for (uint32_t i = 0; i < n->names.size(); ++i) {
        if (i) out += ", ";
        alias_node(n->names[i]);
      }
      out += ']';
      break;
    }
    case StmtKind::ImportFrom: {
      auto* n = s->as<ImportFrom>();
      if (!n->module.empty()) {
        field("module");
        str(n->module);
      }
      field("names");
      out += '[';
      for (uint32_t i = 0; i < n->names.size(); ++i) {
        if (i) out += ", ";
        alias_node(n->names[i]);
      }
      out += ']';
      field("level");
      integer(n->level);
      break;
    }
    case StmtKind::Global: names("names", s->as<Global>()->names); break;
    case StmtKind::Nonlocal: names("names", s->as<Nonlocal>()->names); break;
    case StmtKind::Expr: expr_field("value", s->as<ExprStmt>()->value); break;
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue: break;
  }
  close(&s->pos);
}

}  // namespace

std::string ast_dump(const Module& module, AstDumpOptions options) {
  Dumper d(options);
  d.module(module);
  return d.out;
}

std::string ast_dump(const Expr& expr, AstDumpOptions options) {
  Dumper d(options);
  d.expr(&expr);
  return d.out;
}

}  // namespace interleave::lang
