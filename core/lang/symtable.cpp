// The symbol table (see symtable.h), in two passes like CPython's symtable.c:
//
//   1. Visit the tree: open a Scope per module/class/function/lambda/
//      comprehension and record, per name, what the code does with it
//      (symbol_flags). Errors CPython's symtable raises stop the visit here;
//      errors CPython's *compiler* raises ('return' outside function, 'break'
//      outside loop, ...) are remembered and reported only if the symbol
//      table itself is fine — the order in which CPython finds them.
//   2. Analyze: walk the scopes top-down with the sets of names bound in
//      enclosing functions, decide each name's NameScope, and turn locals
//      that nested scopes use into cells.
//
// Contents
//   1. Scopes and symbols
//   2. Visiting statements
//   3. Visiting expressions, comprehensions, arguments
//   4. Analysis
//   5. Dump
#include "lang/symtable.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>

#include "lang/ast_dump.h"

namespace interleave::lang {

using namespace symbol_flags;

const Symbol* Scope::lookup(std::string_view name) const {
  auto it = index.find(name);
  return it == index.end() ? nullptr : &symbols[it->second];
}

const Scope* SymbolTable::scope_of(const void* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

class SymtableBuilder {
 public:
  SymtableBuilder(std::string_view source, std::string_view filename)
      : source_(source), filename_(filename), table_(std::make_unique<SymbolTable>()) {}

  SymtableResult build(const Module& module);

 private:
  using NameSet = std::set<std::string_view>;

  // Per-scope state that only the visit needs.
  struct Visit {
    Scope* scope;
    int32_t loop_depth = 0;
    int32_t comp_iter_expr = 0;     // inside a comprehension's iterable
    bool comp_iter_target = false;  // binding a comprehension's loop variable
    std::string_view private_name;  // the enclosing class, for name mangling
    std::vector<Position> returns_with_value;
    // The compiler's blocks that break/continue/return unwind, innermost
    // last: Loop, an except* handler's body, and With/TryFinally (whose
    // unwinding code makes the compiler lose the statement's location).
    enum class Block : uint8_t { Loop, ExceptStar, Artificial };
    std::vector<Block> blocks;
  };

  // --- 1. scopes and symbols ---
  Scope* enter(ScopeType type, std::string_view name, int32_t lineno, const void* node);
  void leave();
  Scope* cur() { return stack_.back().scope; }
  Visit& visit_state() { return stack_.back(); }
  std::string_view mangle(std::string_view name);
  bool add_def(std::string_view name, uint16_t flag, const Position& where);
  bool add_def_in(Scope* scope, std::string_view name, uint16_t flag, const Position& where);
  uint16_t flags_of(std::string_view name);
  bool in_async_function() {
    Scope* s = cur();
    return s->type == ScopeType::Function &&
           (s->comprehension != ComprehensionKind::None || s->is_coroutine);
  }

  // Errors: the symbol table's own stop the visit; the compiler's wait.
  bool symtable_error(const Position& where, std::string message);
  void compile_error(const Position& where, std::string message);
  // 'break', 'continue' and 'return' inside an except* handler (CPython's
  // compiler_unwind_fblock_stack): true when reported. [to_loop] stops at
  // the innermost loop.
  bool except_star_exit(const Position& where, bool to_loop);
  void in_block(Visit::Block b, const Seq<Stmt*>& body);
  bool failed() const { return sym_error_set_; }

  // --- 2. statements ---
  void stmts(const Seq<Stmt*>& body);
  void stmt(const Stmt* s);
  void pattern(const Pattern* p);
  // The errors CPython's compiler finds in a pattern, in its order: returns
  // the pattern it looked at last (where "alternative patterns bind
  // different names" points).
  const Pattern* check_pattern(const Pattern* p, bool allow_irrefutable, std::vector<std::string_view>* names);
  void check_store(const Pattern* p, std::string_view name, std::vector<std::string_view>* names);
  void function_def(const FunctionDef* f);
  void class_def(const ClassDef* c);
  void global_or_nonlocal(const Stmt* s, const Seq<Identifier>& names, bool global);
  void annotated_assign(const AnnAssign* a);
  void import_names(const Seq<alias*>& names);
  void loop_body(const Seq<Stmt*>& body);
  void assign_target(const Expr* target);

  // --- 3. expressions ---
  void expr(const Expr* e);
  void exprs(const Seq<Expr*>& list);
  void element(const Expr* e);  // where `*x` is allowed (displays, call arguments)
  void name(const Name* n);
  void named_expr(const NamedExpr* n);
  bool extend_named_expr_scope(const Name* target);
  void comprehension_scope(const Expr* e, ComprehensionKind kind,
                           const Seq<comprehension*>& generators, const Expr* elt,
                           const Expr* value);
  void argument_defaults(const arguments* a);
  void argument_annotations(const arguments* a, const Expr* returns);
  void parameters(const arguments* a);
  void call(const Call* c);

  // --- 4. analysis ---
  bool analyze();
  bool analyze_block(Scope* s, NameSet* bound, NameSet* free, NameSet* global);
  bool analyze_name(Scope* s, Symbol& sym, NameSet* bound, NameSet* local, NameSet* free,
                    NameSet* global);
  bool directive_error(Scope* s, std::string_view name, std::string message);

  std::string_view source_;
  std::string_view filename_;
  std::unique_ptr<SymbolTable> table_;
  std::vector<Visit> stack_;
  // Where each `global`/`nonlocal` declared a name: (scope, name) -> position.
  std::vector<std::pair<std::pair<const Scope*, std::string_view>, Position>> directives_;

  bool sym_error_set_ = false;
  SyntaxError sym_error_;
  bool compile_error_set_ = false;
  SyntaxError compile_error_;
};

// ---------------------------------------------------------------------------
// 1. Scopes and symbols
// ---------------------------------------------------------------------------

Scope* SymtableBuilder::enter(ScopeType type, std::string_view name, int32_t lineno,
                              const void* node) {
  auto owned = std::make_unique<Scope>();
  Scope* s = owned.get();
  s->type = type;
  s->name = name;
  s->lineno = lineno;
  s->node = node;
  std::string_view private_name;
  if (!stack_.empty()) {
    Scope* parent = cur();
    s->parent = parent;
    parent->children.push_back(s);
    s->nested = parent->nested || parent->type == ScopeType::Function;
    private_name = visit_state().private_name;
  }
  table_->scopes_.push_back(std::move(owned));
  if (node) table_->by_node_[node] = s;
  Visit v;
  v.scope = s;
  v.private_name = private_name;
  stack_.push_back(v);
  return s;
}

void SymtableBuilder::leave() {
  Visit& v = visit_state();
  // CPython's compiler: an async generator may not return a value.
  if (v.scope->is_async_generator() && v.scope->comprehension == ComprehensionKind::None &&
      !v.returns_with_value.empty()) {
    compile_error(v.returns_with_value.front(), "'return' with value in async generator");
  }
  stack_.pop_back();
}

// Private names in a class body (`__x`, not `__x__`) become `_Class__x`.
std::string_view SymtableBuilder::mangle(std::string_view name) {
  std::string_view cls = visit_state().private_name;
  if (cls.empty() || name.size() < 3 || name.substr(0, 2) != "__") return name;
  if (name.substr(name.size() - 2) == "__" || name.find('.') != std::string_view::npos)
    return name;
  size_t strip = cls.find_first_not_of('_');
  if (strip == std::string_view::npos) return name;
  auto& names = table_->mangled_names_;
  names.push_back(std::make_unique<std::string>("_" + std::string(cls.substr(strip)) +
                                                std::string(name)));
  return *names.back();
}

uint16_t SymtableBuilder::flags_of(std::string_view name) {
  const Symbol* sym = cur()->lookup(mangle(name));
  return sym ? sym->flags : 0;
}

bool SymtableBuilder::add_def(std::string_view name, uint16_t flag, const Position& where) {
  return add_def_in(cur(), name, flag, where);
}

bool SymtableBuilder::add_def_in(Scope* scope, std::string_view name, uint16_t flag,
                                 const Position& where) {
  name = mangle(name);
  auto it = scope->index.find(name);
  if (it != scope->index.end()) {
    Symbol& sym = scope->symbols[it->second];
    if ((flag & kParam) && (sym.flags & kParam)) {
      return symtable_error(where, "duplicate argument '" + std::string(name) +
                                       "' in function definition");
    }
    sym.flags |= flag;
  } else {
    scope->index.emplace(name, static_cast<uint32_t>(scope->symbols.size()));
    scope->symbols.push_back(Symbol{name, flag, NameScope::Local});
  }
  // Like CPython, a `global x` anywhere also marks x in the module's table.
  if ((flag & kGlobal) && scope != table_->scopes_.front().get()) {
    Scope* module = table_->scopes_.front().get();
    auto g = module->index.find(name);
    if (g == module->index.end()) {
      module->index.emplace(name, static_cast<uint32_t>(module->symbols.size()));
      module->symbols.push_back(Symbol{name, flag, NameScope::Local});
    } else {
      module->symbols[g->second].flags |= flag;
    }
  }
  return true;
}

bool SymtableBuilder::symtable_error(const Position& where, std::string message) {
  if (!sym_error_set_) {
    sym_error_set_ = true;
    sym_error_ = make_syntax_error(SyntaxErrorKind::SyntaxError, std::move(message), filename_,
                                   source_, where.lineno, where.col_offset, where.end_lineno,
                                   where.end_col_offset);
  }
  return false;
}

void SymtableBuilder::compile_error(const Position& where, std::string message) {
  if (compile_error_set_) return;
  compile_error_set_ = true;
  compile_error_ = make_syntax_error(SyntaxErrorKind::SyntaxError, std::move(message), filename_,
                                     source_, where.lineno, where.col_offset, where.end_lineno,
                                     where.end_col_offset);
}

bool SymtableBuilder::except_star_exit(const Position& where, bool to_loop) {
  const auto& blocks = visit_state().blocks;
  bool artificial = false;
  for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
    if (*it == Visit::Block::Loop && to_loop) return false;
    if (*it == Visit::Block::Artificial) artificial = true;
    if (*it == Visit::Block::ExceptStar) {
      const char* msg = "'break', 'continue' and 'return' cannot appear in an except* block";
      if (!artificial) {
        compile_error(where, msg);
      } else if (!compile_error_set_) {
        compile_error(where, msg);  // then lose the location, as CPython does
        compile_error_.line = compile_error_.end_line = -1;
        compile_error_.column = compile_error_.end_column = 0;
        compile_error_.source_line.clear();
      }
      return true;
    }
  }
  return false;
}

void SymtableBuilder::in_block(Visit::Block b, const Seq<Stmt*>& body) {
  visit_state().blocks.push_back(b);
  stmts(body);
  visit_state().blocks.pop_back();
}

SymtableResult SymtableBuilder::build(const Module& module) {
  enter(ScopeType::Module, "top", 0, nullptr);
  stmts(module.body);
  stack_.clear();
  SymtableResult result;
  if (!sym_error_set_) analyze();
  if (sym_error_set_) {
    result.error = sym_error_;
  } else if (compile_error_set_) {
    result.error = compile_error_;
  } else {
    result.table = std::move(table_);
  }
  return result;
}

// ---------------------------------------------------------------------------
// 2. Statements
// ---------------------------------------------------------------------------

void SymtableBuilder::stmts(const Seq<Stmt*>& body) {
  for (const Stmt* s : body) {
    if (failed()) return;
    stmt(s);
  }
}

void SymtableBuilder::loop_body(const Seq<Stmt*>& body) {
  ++visit_state().loop_depth;
  in_block(Visit::Block::Loop, body);
  --visit_state().loop_depth;
}

// A case's pattern: captures are local names, values and classes are loads.
void SymtableBuilder::pattern(const Pattern* p) {
  if (failed()) return;
  if (p->value && p->kind == PatternKind::MatchValue) expr(p->value);
  if (p->cls) expr(p->cls);
  exprs(p->keys);
  for (const Pattern* q : p->patterns) pattern(q);
  for (const Pattern* q : p->kwd_patterns) pattern(q);
  if (p->pattern) pattern(p->pattern);
  if (!p->name.empty()) add_def(p->name, kLocal, p->pos);
}

void SymtableBuilder::check_store(const Pattern* p, std::string_view name, std::vector<std::string_view>* names) {
  if (name.empty()) return;
  if (std::find(names->begin(), names->end(), name) != names->end()) {
    compile_error(p->pos, "multiple assignments to name '" + std::string(name) + "' in pattern");
    return;
  }
  names->push_back(name);
}

// The value of a constant mapping key, for the duplicate check ("" for keys
// that are not constants: attribute lookups are checked at run time).
static std::string constant_key(const Expr* e) {
  bool negative = false;
  if (e->kind == ExprKind::UnaryOp) {
    negative = true;
    e = e->as<UnaryOp>()->operand;
  }
  if (e->kind != ExprKind::Constant) return "";
  const Constant* c = e->as<Constant>();
  switch (c->value_kind) {
    case ConstantKind::Str: return python_str_repr(c->text);
    case ConstantKind::Int: return std::to_string(negative ? -c->int_value : c->int_value);
    case ConstantKind::None: return "None";
    case ConstantKind::True: return "True";
    case ConstantKind::False: return "False";
    default: return "";
  }
}

const Pattern* SymtableBuilder::check_pattern(const Pattern* p, bool allow_irrefutable,
                                              std::vector<std::string_view>* names) {
  const Pattern* last = p;
  auto sub = [&](const Pattern* q) { last = check_pattern(q, true, names); };
  switch (p->kind) {
    case PatternKind::MatchValue:
    case PatternKind::MatchSingleton: break;
    case PatternKind::MatchSequence: {
      int stars = 0;
      for (const Pattern* q : p->patterns) stars += q->kind == PatternKind::MatchStar;
      if (stars > 1) {
        compile_error(p->pos, "multiple starred names in sequence pattern");
        break;
      }
      for (const Pattern* q : p->patterns) sub(q);
      break;
    }
    case PatternKind::MatchMapping: {
      std::vector<std::string> seen;
      for (const Expr* k : p->keys) {
        std::string key = constant_key(k);
        if (key.empty()) continue;
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
          compile_error(p->pos, "mapping pattern checks duplicate key (" + key + ")");
          return p;
        }
        seen.push_back(key);
      }
      for (const Pattern* q : p->patterns) sub(q);
      check_store(p, p->name, names);
      break;
    }
    case PatternKind::MatchClass: {
      for (uint32_t i = 0; i < p->kwd_attrs.size(); ++i)
        for (uint32_t j = i + 1; j < p->kwd_attrs.size(); ++j)
          if (p->kwd_attrs[i] == p->kwd_attrs[j]) {
            compile_error(p->kwd_patterns[j]->pos,
                          "attribute name repeated in class pattern: " + std::string(p->kwd_attrs[j]));
            return p;
          }
      for (const Pattern* q : p->patterns) sub(q);
      for (const Pattern* q : p->kwd_patterns) sub(q);
      break;
    }
    case PatternKind::MatchStar: check_store(p, p->name, names); break;
    case PatternKind::MatchAs:
      if (!p->pattern) {
        if (!allow_irrefutable) {
          compile_error(p->pos, p->name.empty() ? std::string("wildcard makes remaining patterns unreachable")
                                                : "name capture '" + std::string(p->name) +
                                                      "' makes remaining patterns unreachable");
          break;
        }
      } else {
        last = check_pattern(p->pattern, allow_irrefutable, names);
      }
      check_store(p, p->name, names);
      break;
    case PatternKind::MatchOr: {
      std::vector<std::string_view> first;
      for (uint32_t i = 0; i < p->patterns.size(); ++i) {
        std::vector<std::string_view> alt;
        last = check_pattern(p->patterns[i], allow_irrefutable && i + 1 == p->patterns.size(), &alt);
        std::sort(alt.begin(), alt.end());
        if (i == 0) first = alt;
        else if (alt != first) {
          compile_error(last->pos, "alternative patterns bind different names");
          break;
        }
      }
      for (std::string_view n : first) check_store(p, n, names);
      break;
    }
  }
  return last;
}

void SymtableBuilder::stmt(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: function_def(s->as<FunctionDef>()); break;
    case StmtKind::ClassDef: class_def(s->as<ClassDef>()); break;
    case StmtKind::Return: {
      const Return* r = s->as<Return>();
      if (r->value) {
        expr(r->value);
        visit_state().returns_with_value.push_back(s->pos);
      }
      if (cur()->type != ScopeType::Function) {
        compile_error(s->pos, "'return' outside function");
      } else {
        // The compiler reports it where it stands: at a constant's
        // position on the same line, else at the statement.
        bool at_value = r->value && r->value->kind == ExprKind::Constant && r->value->pos.lineno == s->pos.lineno;
        except_star_exit(at_value ? r->value->pos : s->pos, false);
      }
      break;
    }
    case StmtKind::Delete: exprs(s->as<Delete>()->targets); break;
    case StmtKind::Assign: {
      const Assign* a = s->as<Assign>();
      for (const Expr* t : a->targets) assign_target(t);
      expr(a->value);
      break;
    }
    case StmtKind::AugAssign: {
      const AugAssign* a = s->as<AugAssign>();
      expr(a->target);
      expr(a->value);
      break;
    }
    case StmtKind::AnnAssign: annotated_assign(s->as<AnnAssign>()); break;
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      const For* f = s->as<For>();
      if (s->kind == StmtKind::AsyncFor && !in_async_function())
        compile_error(s->pos, "'async for' outside async function");
      assign_target(f->target);
      expr(f->iter);
      loop_body(f->body);
      stmts(f->orelse);
      break;
    }
    case StmtKind::While: {
      const While* w = s->as<While>();
      expr(w->test);
      loop_body(w->body);
      stmts(w->orelse);
      break;
    }
    case StmtKind::If: {
      const If* i = s->as<If>();
      expr(i->test);
      stmts(i->body);
      stmts(i->orelse);
      break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      const With* w = s->as<With>();
      if (s->kind == StmtKind::AsyncWith && !in_async_function())
        compile_error(s->pos, "'async with' outside async function");
      for (const withitem* item : w->items) {
        expr(item->context_expr);
        if (item->optional_vars) assign_target(item->optional_vars);
      }
      in_block(Visit::Block::Artificial, w->body);
      break;
    }
    case StmtKind::Match: {
      const Match* m = s->as<Match>();
      expr(m->subject);
      for (uint32_t i = 0; i < m->cases.size(); ++i) {
        const match_case* c = m->cases[i];
        std::vector<std::string_view> names;
        check_pattern(c->pattern, c->guard || i + 1 == m->cases.size(), &names);
        pattern(c->pattern);
        if (c->guard) expr(c->guard);
        stmts(c->body);
      }
      break;
    }
    case StmtKind::Raise: {
      const Raise* r = s->as<Raise>();
      if (r->exc) expr(r->exc);
      if (r->cause) expr(r->cause);
      break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      const Try* t = s->as<Try>();
      // A `finally` makes the rest of the statement a block that loses
      // the location of a break/return unwinding through it.
      bool fin = !t->finalbody.empty();
      if (fin) visit_state().blocks.push_back(Visit::Block::Artificial);
      stmts(t->body);
      for (uint32_t i = 0; i < t->handlers.size(); ++i) {
        const ExceptHandler* h = t->handlers[i];
        if (!h->type && i + 1 < t->handlers.size())
          compile_error(h->pos, "default 'except:' must be last");
        if (h->type) expr(h->type);
        if (!h->name.empty()) add_def(h->name, kLocal, h->pos);
        if (s->kind == StmtKind::TryStar)
          in_block(Visit::Block::ExceptStar, h->body);
        else
          stmts(h->body);
      }
      stmts(t->orelse);
      if (fin) visit_state().blocks.pop_back();
      stmts(t->finalbody);
      break;
    }
    case StmtKind::Assert: {
      const Assert* a = s->as<Assert>();
      expr(a->test);
      if (a->msg) expr(a->msg);
      break;
    }
    case StmtKind::Import: import_names(s->as<Import>()->names); break;
    case StmtKind::ImportFrom: import_names(s->as<ImportFrom>()->names); break;
    case StmtKind::Global: global_or_nonlocal(s, s->as<Global>()->names, true); break;
    case StmtKind::Nonlocal: global_or_nonlocal(s, s->as<Nonlocal>()->names, false); break;
    case StmtKind::Expr: expr(s->as<ExprStmt>()->value); break;
    case StmtKind::Pass: break;
    case StmtKind::Break:
      if (!except_star_exit(s->pos, true) && visit_state().loop_depth == 0)
        compile_error(s->pos, "'break' outside loop");
      break;
    case StmtKind::Continue:
      if (!except_star_exit(s->pos, true) && visit_state().loop_depth == 0)
        compile_error(s->pos, "'continue' not properly in loop");
      break;
  }
}

// funcdef: the name is bound here; defaults, annotations and decorators are
// evaluated here; parameters and body belong to the new scope.
void SymtableBuilder::function_def(const FunctionDef* f) {
  if (!add_def(f->name, kLocal, f->pos)) return;
  argument_defaults(f->args);
  argument_annotations(f->args, f->returns);
  exprs(f->decorator_list);
  if (failed()) return;
  Scope* s = enter(ScopeType::Function, f->name, f->pos.lineno, f);
  s->is_coroutine = f->kind == StmtKind::AsyncFunctionDef;
  parameters(f->args);
  stmts(f->body);
  leave();
}

void SymtableBuilder::class_def(const ClassDef* c) {
  if (!add_def(c->name, kLocal, c->pos)) return;
  for (const Expr* b : c->bases) element(b);
  for (const keyword* k : c->keywords) expr(k->value);
  exprs(c->decorator_list);
  if (failed()) return;
  enter(ScopeType::Class, c->name, c->pos.lineno, c);
  visit_state().private_name = c->name;
  stmts(c->body);
  leave();
}

void SymtableBuilder::global_or_nonlocal(const Stmt* s, const Seq<Identifier>& names,
                                         bool global) {
  const char* what = global ? "global" : "nonlocal";
  for (Identifier n : names) {
    uint16_t cur_flags = flags_of(n);
    if (cur_flags & (kParam | kLocal | kUse | kAnnot)) {
      std::string name(n), msg;
      if (cur_flags & kParam) msg = "name '" + name + "' is parameter and " + what;
      else if (cur_flags & kUse) msg = "name '" + name + "' is used prior to " + what + " declaration";
      else if (cur_flags & kAnnot) msg = "annotated name '" + name + "' can't be " + what;
      else msg = "name '" + name + "' is assigned to before " + what + " declaration";
      symtable_error(s->pos, msg);
      return;
    }
    if (!add_def(n, global ? kGlobal : kNonlocal, s->pos)) return;
    directives_.push_back({{cur(), mangle(n)}, s->pos});
  }
}

void SymtableBuilder::annotated_assign(const AnnAssign* a) {
  if (a->target->kind == ExprKind::Name) {
    Identifier id = a->target->as<Name>()->id;
    uint16_t f = flags_of(id);
    if ((f & (kGlobal | kNonlocal)) && cur() != table_->scopes_.front().get() && a->simple) {
      symtable_error(a->pos, "annotated name '" + std::string(id) + "' can't be " +
                                 ((f & kGlobal) ? "global" : "nonlocal"));
      return;
    }
    if (a->simple) {
      if (!add_def(id, kAnnot | kLocal, a->target->pos)) return;
    } else if (a->value) {
      if (!add_def(id, kLocal, a->target->pos)) return;
    }
  } else {
    expr(a->target);
  }
  expr(a->annotation);
  if (a->value) expr(a->value);
}

void SymtableBuilder::import_names(const Seq<alias*>& names) {
  for (const alias* a : names) {
    if (a->name == "*") {
      if (cur()->type != ScopeType::Module) {
        symtable_error(a->pos, "import * only allowed at module level");
        return;
      }
      continue;
    }
    std::string_view store = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
    if (!add_def(store, kImport, a->pos)) return;
  }
}

// An assignment target: a bare `*x` is not one, and a tuple/list target may
// hold only one starred name (CPython's compiler checks these).
void SymtableBuilder::assign_target(const Expr* target) {
  if (target->kind == ExprKind::Starred) {
    compile_error(target->pos, "starred assignment target must be in a list or tuple");
    expr(target->as<Starred>()->value);
    return;
  }
  expr(target);
}

// ---------------------------------------------------------------------------
// 3. Expressions
// ---------------------------------------------------------------------------

void SymtableBuilder::exprs(const Seq<Expr*>& list) {
  for (const Expr* e : list) {
    if (failed()) return;
    if (e) expr(e);
  }
}

// An element of a display or a call argument, where `*x` is fine.
void SymtableBuilder::element(const Expr* e) {
  if (e->kind == ExprKind::Starred) expr(e->as<Starred>()->value);
  else expr(e);
}

void SymtableBuilder::expr(const Expr* e) {
  if (failed()) return;
  switch (e->kind) {
    case ExprKind::BoolOp: exprs(e->as<BoolOp>()->values); break;
    case ExprKind::NamedExpr: named_expr(e->as<NamedExpr>()); break;
    case ExprKind::BinOp:
      expr(e->as<BinOp>()->left);
      expr(e->as<BinOp>()->right);
      break;
    case ExprKind::UnaryOp: expr(e->as<UnaryOp>()->operand); break;
    case ExprKind::Lambda: {
      const Lambda* l = e->as<Lambda>();
      argument_defaults(l->args);
      if (failed()) return;
      enter(ScopeType::Function, "lambda", e->pos.lineno, e);
      parameters(l->args);
      expr(l->body);
      leave();
      break;
    }
    case ExprKind::IfExp:
      expr(e->as<IfExp>()->test);
      expr(e->as<IfExp>()->body);
      expr(e->as<IfExp>()->orelse);
      break;
    case ExprKind::Dict:
      exprs(e->as<Dict>()->keys);
      exprs(e->as<Dict>()->values);
      break;
    case ExprKind::Set:
      for (const Expr* x : e->as<Set>()->elts) element(x);
      break;
    case ExprKind::ListComp: {
      auto* c = e->as<ListComp>();
      comprehension_scope(e, ComprehensionKind::List, c->generators, c->elt, nullptr);
      break;
    }
    case ExprKind::SetComp: {
      auto* c = e->as<SetComp>();
      comprehension_scope(e, ComprehensionKind::Set, c->generators, c->elt, nullptr);
      break;
    }
    case ExprKind::DictComp: {
      auto* c = e->as<DictComp>();
      comprehension_scope(e, ComprehensionKind::Dict, c->generators, c->key, c->value);
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* c = e->as<GeneratorExp>();
      comprehension_scope(e, ComprehensionKind::Generator, c->generators, c->elt, nullptr);
      break;
    }
    case ExprKind::Yield:
    case ExprKind::YieldFrom: {
      const Expr* value = e->kind == ExprKind::Yield ? e->as<Yield>()->value
                                                     : e->as<YieldFrom>()->value;
      if (value) expr(value);
      Scope* s = cur();
      s->is_generator = true;
      static const char* const kinds[] = {"", "list comprehension", "set comprehension",
                                          "dict comprehension", "generator expression"};
      if (s->comprehension != ComprehensionKind::None) {
        symtable_error(e->pos, std::string("'yield' inside ") +
                                   kinds[static_cast<int>(s->comprehension)]);
        return;
      }
      if (s->type != ScopeType::Function) {
        compile_error(e->pos, "'yield' outside function");
      } else if (e->kind == ExprKind::YieldFrom && s->is_coroutine) {
        compile_error(e->pos, "'yield from' inside async function");
      }
      break;
    }
    case ExprKind::Await: {
      expr(e->as<Await>()->value);
      Scope* s = cur();
      if (s->type != ScopeType::Function) {
        compile_error(e->pos, "'await' outside function");
      } else if (s->comprehension != ComprehensionKind::None) {
        s->is_coroutine = true;  // an asynchronous comprehension
      } else if (!s->is_coroutine) {
        compile_error(e->pos, "'await' outside async function");
      }
      break;
    }
    case ExprKind::Compare:
      expr(e->as<Compare>()->left);
      exprs(e->as<Compare>()->comparators);
      break;
    case ExprKind::Call: call(e->as<Call>()); break;
    case ExprKind::FormattedValue:
      expr(e->as<FormattedValue>()->value);
      if (e->as<FormattedValue>()->format_spec) expr(e->as<FormattedValue>()->format_spec);
      break;
    case ExprKind::JoinedStr: exprs(e->as<JoinedStr>()->values); break;
    case ExprKind::Constant: break;
    case ExprKind::Attribute: expr(e->as<Attribute>()->value); break;
    case ExprKind::Subscript:
      expr(e->as<Subscript>()->value);
      if (e->as<Subscript>()->slice->kind == ExprKind::Tuple) {
        for (const Expr* x : e->as<Subscript>()->slice->as<Tuple>()->elts) element(x);
      } else {
        expr(e->as<Subscript>()->slice);
      }
      break;
    case ExprKind::Starred:
      // Reached only where a starred expression is not allowed.
      if (e->as<Starred>()->ctx == ExprContext::Store) {
        compile_error(e->pos, "starred assignment target must be in a list or tuple");
      } else {
        compile_error(e->pos, "can't use starred expression here");
      }
      expr(e->as<Starred>()->value);
      break;
    case ExprKind::Name: name(e->as<Name>()); break;
    case ExprKind::List:
    case ExprKind::Tuple: {
      const Seq<Expr*>& elts = e->kind == ExprKind::List ? e->as<List>()->elts : e->as<Tuple>()->elts;
      ExprContext ctx = e->kind == ExprKind::List ? e->as<List>()->ctx : e->as<Tuple>()->ctx;
      if (ctx == ExprContext::Store) {
        int starred = 0;
        for (const Expr* x : elts) starred += x->kind == ExprKind::Starred;
        if (starred > 1) compile_error(e->pos, "multiple starred expressions in assignment");
      }
      for (const Expr* x : elts) element(x);
      break;
    }
    case ExprKind::Slice: {
      const Slice* s = e->as<Slice>();
      if (s->lower) expr(s->lower);
      if (s->upper) expr(s->upper);
      if (s->step) expr(s->step);
      break;
    }
  }
}

void SymtableBuilder::name(const Name* n) {
  uint16_t flag = n->ctx == ExprContext::Load ? kUse : kLocal;
  if (flag == kLocal && visit_state().comp_iter_target) flag |= kCompIter;
  if (!add_def(n->id, flag, n->pos)) return;
  // super() needs the class cell: CPython makes __class__ free here.
  if (n->ctx == ExprContext::Load && cur()->type == ScopeType::Function && n->id == "super") {
    add_def("__class__", kUse, n->pos);
  }
}

void SymtableBuilder::call(const Call* c) {
  expr(c->func);
  for (const Expr* a : c->args) element(a);
  for (uint32_t i = 0; i < c->keywords.size(); ++i) {
    const keyword* k = c->keywords[i];
    for (uint32_t j = 0; j < i && !k->arg.empty(); ++j) {
      if (c->keywords[j]->arg == k->arg) {
        compile_error(k->pos, "keyword argument repeated: " + std::string(k->arg));
        break;
      }
    }
    expr(k->value);
  }
}

// NAME := value. Inside a comprehension the name belongs to the enclosing
// function (or module): CPython marks it nonlocal (or global) in between.
void SymtableBuilder::named_expr(const NamedExpr* n) {
  if (visit_state().comp_iter_expr > 0) {
    symtable_error(n->pos,
                   "assignment expression cannot be used in a comprehension iterable expression");
    return;
  }
  if (cur()->comprehension != ComprehensionKind::None &&
      !extend_named_expr_scope(n->target->as<Name>()))
    return;
  expr(n->value);
  expr(n->target);
}

bool SymtableBuilder::extend_named_expr_scope(const Name* target) {
  for (size_t i = stack_.size(); i-- > 0;) {
    Scope* s = stack_[i].scope;
    if (s->comprehension != ComprehensionKind::None) {
      const Symbol* sym = s->lookup(target->id);
      if (sym && (sym->flags & kCompIter)) {
        return symtable_error(target->pos,
                              "assignment expression cannot rebind comprehension iteration "
                              "variable '" + std::string(target->id) + "'");
      }
      continue;
    }
    if (s->type == ScopeType::Function) {
      if (!add_def(target->id, kNonlocal, target->pos)) return false;
      directives_.push_back({{cur(), target->id}, target->pos});
      return add_def_in(s, target->id, kLocal, target->pos);
    }
    if (s->type == ScopeType::Module) {
      if (!add_def(target->id, kGlobal, target->pos)) return false;
      return add_def_in(s, target->id, kGlobal, target->pos);
    }
    return symtable_error(target->pos,
                          "assignment expression within a comprehension cannot be used in a "
                          "class body");
  }
  return true;
}

// A comprehension is a function scope of its own whose only parameter, ".0",
// is the outermost iterable — evaluated in the enclosing scope.
void SymtableBuilder::comprehension_scope(const Expr* e, ComprehensionKind kind,
                                          const Seq<comprehension*>& generators,
                                          const Expr* elt, const Expr* value) {
  static const char* const names[] = {"", "listcomp", "setcomp", "dictcomp", "genexpr"};
  const comprehension* outermost = generators[0];
  ++visit_state().comp_iter_expr;
  expr(outermost->iter);
  --visit_state().comp_iter_expr;
  if (failed()) return;
  Scope* s = enter(ScopeType::Function, names[static_cast<int>(kind)], e->pos.lineno, e);
  s->comprehension = kind;
  if (outermost->is_async) s->is_coroutine = true;
  add_def(".0", kParam, e->pos);
  visit_state().comp_iter_target = true;
  expr(outermost->target);
  visit_state().comp_iter_target = false;
  exprs(outermost->ifs);
  for (uint32_t i = 1; i < generators.size(); ++i) {
    const comprehension* g = generators[i];
    visit_state().comp_iter_target = true;
    expr(g->target);
    visit_state().comp_iter_target = false;
    ++visit_state().comp_iter_expr;
    expr(g->iter);
    --visit_state().comp_iter_expr;
    exprs(g->ifs);
    if (g->is_async) s->is_coroutine = true;
  }
  if (value) expr(value);
  expr(elt);
  if (kind == ComprehensionKind::Generator) s->is_generator = true;
  leave();
  // CPython's compiler: only an async function (or another comprehension)
  // may hold an asynchronous list/set/dict comprehension.
  // An asynchronous comprehension inside another makes that one
  // asynchronous too; the outermost is then checked.
  if (s->is_coroutine && kind != ComprehensionKind::Generator) {
    Scope* outer = cur();
    if (outer->comprehension != ComprehensionKind::None) {
      outer->is_coroutine = true;
    } else if (!(outer->type == ScopeType::Function && outer->is_coroutine)) {
      compile_error(e->pos, "asynchronous comprehension outside of an asynchronous function");
    }
  }
}

void SymtableBuilder::argument_defaults(const arguments* a) {
  exprs(a->defaults);
  exprs(a->kw_defaults);
}

void SymtableBuilder::argument_annotations(const arguments* a, const Expr* returns) {
  for (const arg* x : a->posonlyargs)
    if (x->annotation) expr(x->annotation);
  for (const arg* x : a->args)
    if (x->annotation) expr(x->annotation);
  if (a->vararg && a->vararg->annotation) expr(a->vararg->annotation);
  if (a->kwarg && a->kwarg->annotation) expr(a->kwarg->annotation);
  for (const arg* x : a->kwonlyargs)
    if (x->annotation) expr(x->annotation);
  if (returns) expr(returns);
}

void SymtableBuilder::parameters(const arguments* a) {
  for (const arg* x : a->posonlyargs)
    if (!add_def(x->arg, kParam, x->pos)) return;
  for (const arg* x : a->args)
    if (!add_def(x->arg, kParam, x->pos)) return;
  for (const arg* x : a->kwonlyargs)
    if (!add_def(x->arg, kParam, x->pos)) return;
  if (a->vararg) {
    if (!add_def(a->vararg->arg, kParam, a->vararg->pos)) return;
    cur()->has_varargs = true;
  }
  if (a->kwarg) {
    if (!add_def(a->kwarg->arg, kParam, a->kwarg->pos)) return;
    cur()->has_varkw = true;
  }
}

// ---------------------------------------------------------------------------
// 4. Analysis
// ---------------------------------------------------------------------------

bool SymtableBuilder::analyze() {
  NameSet free, global;
  return analyze_block(table_->scopes_.front().get(), nullptr, &free, &global);
}

bool SymtableBuilder::directive_error(Scope* s, std::string_view name, std::string message) {
  for (const auto& d : directives_) {
    if (d.first.first == s && d.first.second == name) return symtable_error(d.second, message);
  }
  return symtable_error(Position{s->lineno, 0, s->lineno, 0}, message);
}

// Decides where one name lives ([bound]: names bound in enclosing functions,
// null at module level; [global]: names declared global further out).
bool SymtableBuilder::analyze_name(Scope* s, Symbol& sym, NameSet* bound, NameSet* local,
                                   NameSet* free, NameSet* global) {
  std::string name(sym.name);
  if (sym.flags & kGlobal) {
    if (sym.flags & kNonlocal)
      return directive_error(s, sym.name, "name '" + name + "' is nonlocal and global");
    sym.scope = NameScope::GlobalExplicit;
    global->insert(sym.name);
    if (bound) bound->erase(sym.name);
    return true;
  }
  if (sym.flags & kNonlocal) {
    if (!bound)
      return directive_error(s, sym.name, "nonlocal declaration not allowed at module level");
    if (!bound->count(sym.name))
      return directive_error(s, sym.name, "no binding for nonlocal '" + name + "' found");
    sym.scope = NameScope::Free;
    s->has_free = true;
    free->insert(sym.name);
    return true;
  }
  if (sym.flags & kBound) {
    sym.scope = NameScope::Local;
    local->insert(sym.name);
    global->erase(sym.name);
    return true;
  }
  if (bound && bound->count(sym.name)) {
    sym.scope = NameScope::Free;
    s->has_free = true;
    free->insert(sym.name);
    return true;
  }
  if (global->count(sym.name)) {
    sym.scope = NameScope::GlobalImplicit;
    return true;
  }
  if (s->nested) s->has_free = true;
  sym.scope = NameScope::GlobalImplicit;
  return true;
}

bool SymtableBuilder::analyze_block(Scope* s, NameSet* bound, NameSet* free, NameSet* global) {
  NameSet local, newglobal, newfree, newbound;
  if (s->type == ScopeType::Class) {
    newglobal = *global;
    if (bound) newbound = *bound;
  }
  for (Symbol& sym : s->symbols) {
    if (!analyze_name(s, sym, bound, &local, free, global)) return false;
  }
  if (s->type != ScopeType::Class) {
    if (s->type == ScopeType::Function) newbound.insert(local.begin(), local.end());
    if (bound) newbound.insert(bound->begin(), bound->end());
    newglobal.insert(global->begin(), global->end());
  } else {
    newbound.insert("__class__");  // methods may use the class cell
  }
  NameSet allfree;
  for (Scope* child : s->children) {
    NameSet child_bound = newbound, child_free = newfree, child_global = newglobal;
    if (!analyze_block(child, &child_bound, &child_free, &child_global)) return false;
    allfree.insert(child_free.begin(), child_free.end());
    if (child->has_free || child->child_has_free) s->child_has_free = true;
  }
  newfree.insert(allfree.begin(), allfree.end());
  if (s->type == ScopeType::Function) {
    // Locals that nested scopes read become cells.
    for (Symbol& sym : s->symbols) {
      if (sym.scope == NameScope::Local && newfree.count(sym.name)) {
        sym.scope = NameScope::Cell;
        newfree.erase(sym.name);
      }
    }
  } else if (s->type == ScopeType::Class && newfree.erase("__class__")) {
    s->needs_class_closure = true;
  }
  // Names free in a nested scope pass through this one as free variables.
  for (std::string_view name : newfree) {
    auto it = s->index.find(name);
    if (it != s->index.end()) {
      Symbol& sym = s->symbols[it->second];
      if (s->type == ScopeType::Class && (sym.flags & (kBound | kGlobal))) sym.flags |= kFreeClass;
      continue;
    }
    if (bound && !bound->count(name)) continue;  // a global
    s->index.emplace(name, static_cast<uint32_t>(s->symbols.size()));
    s->symbols.push_back(Symbol{name, 0, NameScope::Free});
  }
  free->insert(newfree.begin(), newfree.end());
  return true;
}

// ---------------------------------------------------------------------------
// 5. Dump
// ---------------------------------------------------------------------------

namespace {

void dump_scope(const Scope& s, int depth, std::string* out) {
  static const char* const types[] = {"module", "class", "function"};
  static const char* const scopes[] = {"?", "local", "global_explicit", "global_implicit",
                                       "free", "cell"};
  std::string indent(static_cast<size_t>(depth) * 2, ' ');
  *out += indent + types[static_cast<int>(s.type)] + " " + std::string(s.name) +
          " line=" + std::to_string(s.lineno) + (s.nested ? " nested" : "") + "\n";
  std::vector<const Symbol*> sorted;
  for (const Symbol& sym : s.symbols) sorted.push_back(&sym);
  std::sort(sorted.begin(), sorted.end(),
            [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
  for (const Symbol* sym : sorted) {
    *out += indent + "  " + std::string(sym->name) + ": " + scopes[static_cast<int>(sym->scope)];
    if (sym->is_parameter()) *out += " parameter";
    if (sym->is_assigned()) *out += " assigned";
    if (sym->is_referenced()) *out += " referenced";
    if (sym->is_imported()) *out += " imported";
    if (sym->is_annotated()) *out += " annotated";
    if (sym->is_nonlocal()) *out += " nonlocal";
    *out += "\n";
  }
  for (const Scope* c : s.children) dump_scope(*c, depth + 1, out);
}

}  // namespace

std::string symtable_dump(const SymbolTable& table) {
  std::string out;
  dump_scope(table.module(), 0, &out);
  return out;
}

SymtableResult build_symtable(const Module& module, std::string_view source,
                              std::string_view filename) {
  SymtableBuilder builder(source, filename);
  return builder.build(module);
}

}  // namespace interleave::lang
