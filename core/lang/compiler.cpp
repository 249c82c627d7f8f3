// The bytecode compiler.
//
// Contents
//   1. Scope analysis: collect each scope's names, then resolve free names
//   2. Code units: emitting, labels, stack depth, exception handlers
//   3. Statements
//   4. Expressions
//   5. Functions, classes, comprehensions
//
// Exception handling uses a per-instruction handler (CPython 3.11's
// exception table): while compiling a `try` body the handler is pushed on
// a stack, and every emitted instruction records the innermost handler. An
// inlined `finally` (for return/break/continue) pops it, as CPython does.
#include "lang/compiler.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "vm/types.h"

namespace interleave::lang {

using vm::CodeObject;
using vm::Op;
using vm::Value;

namespace {

// ---------------------------------------------------------------------------
// 1. Scope analysis
// ---------------------------------------------------------------------------

enum class ScopeKind { Module, Function, Class, Comprehension };

enum NameFlag : unsigned {
  kAssigned = 1,
  kUsed = 2,
  kParam = 4,
  kGlobalDecl = 8,
  kNonlocalDecl = 16,
};

struct Scope {
  ScopeKind kind;
  std::string name;
  Scope* parent = nullptr;
  std::vector<std::string> order;  // names in first-seen order
  std::map<std::string, unsigned> flags;
  std::set<std::string> cells;
  std::vector<std::string> frees;  // ordered
  std::vector<std::string> params;
  bool generator = false;
  bool coroutine = false;
  bool needs_class_cell = false;
  // The innermost enclosing class's name: private names (`__x`, not
  // `__x__`) used in its body and in everything nested in it are spelled
  // `_Class__x` (CPython's name mangling; empty outside classes).
  std::string private_name;

  // Every name a scope records or looks up goes through here, so the
  // analysis and the compiler agree; mangling is idempotent.
  std::string mangle(const std::string& n) const {
    if (private_name.empty() || n.size() < 3 || n[0] != '_' || n[1] != '_') return n;
    if ((n[n.size() - 1] == '_' && n[n.size() - 2] == '_') || n.find('.') != std::string::npos)
      return n;
    size_t strip = private_name.find_first_not_of('_');
    if (strip == std::string::npos) return n;
    return "_" + private_name.substr(strip) + n;
  }

  void note(const std::string& name, unsigned f) {
    std::string n = mangle(name);
    auto it = flags.find(n);
    if (it == flags.end()) {
      order.push_back(n);
      flags[n] = f;
    } else {
      it->second |= f;
    }
  }
  unsigned get(const std::string& name) const {
    auto it = flags.find(mangle(name));
    return it == flags.end() ? 0 : it->second;
  }
  bool is_function() const { return kind == ScopeKind::Function || kind == ScopeKind::Comprehension; }
  bool is_local(const std::string& n) const {
    unsigned f = get(n);
    return (f & (kAssigned | kParam)) && !(f & (kGlobalDecl | kNonlocalDecl));
  }
  void add_free(const std::string& n) {
    if (std::find(frees.begin(), frees.end(), n) == frees.end()) frees.push_back(n);
  }
};

class ScopeBuilder {
 public:
  std::map<const void*, std::unique_ptr<Scope>> scopes;
  std::string error;
  int error_line = 0;

  Scope* build_module(const Module* m) {
    Scope* s = make(m, ScopeKind::Module, "<module>", nullptr);
    for (Stmt* st : m->body) stmt(s, st);
    for (auto& kv : scopes) resolve_all(kv.second.get());
    return s;
  }

 private:
  Scope* make(const void* node, ScopeKind k, std::string name, Scope* parent) {
    auto sc = std::make_unique<Scope>();
    sc->kind = k;
    sc->name = std::move(name);
    sc->parent = parent;
    if (k == ScopeKind::Class) sc->private_name = sc->name;
    else if (parent) sc->private_name = parent->private_name;
    Scope* raw = sc.get();
    scopes[node] = std::move(sc);
    return raw;
  }

  void stmts(Scope* s, const Seq<Stmt*>& body) {
    for (Stmt* st : body) stmt(s, st);
  }

  void args(Scope* fs, Scope* outer, const arguments* a) {
    for (arg* x : a->posonlyargs) param(fs, x);
    for (arg* x : a->args) param(fs, x);
    for (arg* x : a->kwonlyargs) param(fs, x);
    if (a->vararg) param(fs, a->vararg);
    if (a->kwarg) param(fs, a->kwarg);
    for (Expr* d : a->defaults) expr(outer, d);
    for (Expr* d : a->kw_defaults)
      if (d) expr(outer, d);
  }
  void param(Scope* fs, arg* x) {
    fs->params.push_back(fs->mangle(std::string(x->arg)));
    fs->note(std::string(x->arg), kParam);
  }

  void target(Scope* s, Expr* e) {
    switch (e->kind) {
      case ExprKind::Name: s->note(std::string(e->as<Name>()->id), kAssigned); break;
      case ExprKind::Tuple: for (Expr* x : e->as<Tuple>()->elts) target(s, x); break;
      case ExprKind::List: for (Expr* x : e->as<List>()->elts) target(s, x); break;
      case ExprKind::Starred: target(s, e->as<Starred>()->value); break;
      default: expr(s, e); break;
    }
  }

  void pattern(Scope* s, Pattern* p) {
    if (p->value && p->kind == PatternKind::MatchValue) expr(s, p->value);
    if (p->cls) expr(s, p->cls);
    for (Expr* k : p->keys) expr(s, k);
    for (Pattern* q : p->patterns) pattern(s, q);
    for (Pattern* q : p->kwd_patterns) pattern(s, q);
    if (p->pattern) pattern(s, p->pattern);
    if (!p->name.empty()) s->note(std::string(p->name), kAssigned);
  }

  void stmt(Scope* s, Stmt* st) {
    switch (st->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* f = st->as<FunctionDef>();
        for (Expr* d : f->decorator_list) expr(s, d);
        s->note(std::string(f->name), kAssigned);
        Scope* fs = make(f, ScopeKind::Function, std::string(f->name), s);
        fs->coroutine = st->kind == StmtKind::AsyncFunctionDef;
        args(fs, s, f->args);
        stmts(fs, f->body);
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = st->as<ClassDef>();
        for (Expr* d : c->decorator_list) expr(s, d);
        for (Expr* b : c->bases) expr(s, b);
        for (keyword* k : c->keywords) expr(s, k->value);
        s->note(std::string(c->name), kAssigned);
        Scope* cs = make(c, ScopeKind::Class, std::string(c->name), s);
        stmts(cs, c->body);
        break;
      }
      case StmtKind::Return:
        if (auto* v = st->as<Return>()->value) expr(s, v);
        break;
      case StmtKind::Delete:
        for (Expr* t : st->as<Delete>()->targets) target(s, t);
        break;
      case StmtKind::Assign: {
        auto* a = st->as<Assign>();
        expr(s, a->value);
        for (Expr* t : a->targets) target(s, t);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = st->as<AugAssign>();
        expr(s, a->value);
        if (a->target->kind == ExprKind::Name) s->note(std::string(a->target->as<Name>()->id), kAssigned | kUsed);
        else expr(s, a->target);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = st->as<AnnAssign>();
        if (a->value) {
          expr(s, a->value);
          target(s, a->target);
        } else if (a->target->kind == ExprKind::Name) {
          s->note(std::string(a->target->as<Name>()->id), kAssigned);
        }
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = st->as<For>();
        expr(s, f->iter);
        target(s, f->target);
        stmts(s, f->body);
        stmts(s, f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = st->as<While>();
        expr(s, w->test);
        stmts(s, w->body);
        stmts(s, w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = st->as<If>();
        expr(s, i->test);
        stmts(s, i->body);
        stmts(s, i->orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* w = st->as<With>();
        for (withitem* it : w->items) {
          expr(s, it->context_expr);
          if (it->optional_vars) target(s, it->optional_vars);
        }
        stmts(s, w->body);
        break;
      }
      case StmtKind::Raise: {
        auto* r = st->as<Raise>();
        if (r->exc) expr(s, r->exc);
        if (r->cause) expr(s, r->cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = st->as<Try>();
        stmts(s, t->body);
        for (ExceptHandler* h : t->handlers) {
          if (h->type) expr(s, h->type);
          if (!h->name.empty()) s->note(std::string(h->name), kAssigned);
          stmts(s, h->body);
        }
        stmts(s, t->orelse);
        stmts(s, t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = st->as<Assert>();
        expr(s, a->test);
        if (a->msg) expr(s, a->msg);
        break;
      }
      case StmtKind::Match: {
        auto* m = st->as<Match>();
        expr(s, m->subject);
        for (match_case* c : m->cases) {
          pattern(s, c->pattern);
          if (c->guard) expr(s, c->guard);
          stmts(s, c->body);
        }
        break;
      }
      case StmtKind::Import:
        for (alias* a : st->as<Import>()->names) {
          std::string n(a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname);
          s->note(n, kAssigned);
        }
        break;
      case StmtKind::ImportFrom:
        for (alias* a : st->as<ImportFrom>()->names) {
          if (a->name == "*") continue;
          s->note(std::string(a->asname.empty() ? a->name : a->asname), kAssigned);
        }
        break;
      case StmtKind::Global:
        for (Identifier n : st->as<Global>()->names) s->note(std::string(n), kGlobalDecl);
        break;
      case StmtKind::Nonlocal:
        for (Identifier n : st->as<Nonlocal>()->names) s->note(std::string(n), kNonlocalDecl);
        break;
      case StmtKind::Expr:
        expr(s, st->as<ExprStmt>()->value);
        break;
      default:
        break;
    }
  }

  void comprehension_scope(Scope* s, const Expr* node, const Seq<comprehension*>& gens,
                           std::initializer_list<Expr*> elts, const char* name) {
    // The first iterable is evaluated in the enclosing scope.
    expr(s, gens[0]->iter);
    Scope* cs = make(node, ScopeKind::Comprehension, name, s);
    cs->params.push_back(".0");
    cs->note(".0", kParam);
    for (uint32_t i = 0; i < gens.size(); ++i) {
      comprehension* g = gens[i];
      if (i > 0) expr(cs, g->iter);
      target(cs, g->target);
      for (Expr* c : g->ifs) expr(cs, c);
    }
    for (Expr* e : elts) expr(cs, e);
    if (node->kind == ExprKind::GeneratorExp) cs->generator = true;
    // An asynchronous comprehension (async for, or await inside) is a
    // coroutine (an async generator for a genexp). A list/set/dict one is
    // awaited where it is made, which makes an enclosing comprehension
    // asynchronous too.
    for (comprehension* g : gens)
      if (g->is_async) cs->coroutine = true;
    if (cs->coroutine && !cs->generator && s->kind == ScopeKind::Comprehension) s->coroutine = true;
  }

  void expr(Scope* s, Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::BoolOp: for (Expr* v : e->as<BoolOp>()->values) expr(s, v); break;
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        expr(s, n->value);
        // The target binds in the nearest non-comprehension scope.
        Scope* t = s;
        while (t->kind == ScopeKind::Comprehension) t = t->parent;
        std::string id(n->target->as<Name>()->id);
        t->note(id, kAssigned);
        if (t != s) s->note(id, kUsed | kNonlocalDecl);
        break;
      }
      case ExprKind::BinOp: expr(s, e->as<BinOp>()->left); expr(s, e->as<BinOp>()->right); break;
      case ExprKind::UnaryOp: expr(s, e->as<UnaryOp>()->operand); break;
      case ExprKind::Lambda: {
        auto* l = e->as<Lambda>();
        Scope* fs = make(l, ScopeKind::Function, "<lambda>", s);
        args(fs, s, l->args);
        expr(fs, l->body);
        break;
      }
      case ExprKind::IfExp: {
        auto* i = e->as<IfExp>();
        expr(s, i->test);
        expr(s, i->body);
        expr(s, i->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* d = e->as<Dict>();
        for (Expr* k : d->keys) expr(s, k);
        for (Expr* v : d->values) expr(s, v);
        break;
      }
      case ExprKind::Set: for (Expr* x : e->as<Set>()->elts) expr(s, x); break;
      case ExprKind::ListComp: comprehension_scope(s, e, e->as<ListComp>()->generators, {e->as<ListComp>()->elt}, "<listcomp>"); break;
      case ExprKind::SetComp: comprehension_scope(s, e, e->as<SetComp>()->generators, {e->as<SetComp>()->elt}, "<setcomp>"); break;
      case ExprKind::DictComp: comprehension_scope(s, e, e->as<DictComp>()->generators, {e->as<DictComp>()->key, e->as<DictComp>()->value}, "<dictcomp>"); break;
      case ExprKind::GeneratorExp: comprehension_scope(s, e, e->as<GeneratorExp>()->generators, {e->as<GeneratorExp>()->elt}, "<genexpr>"); break;
      case ExprKind::Await:
        if (s->kind == ScopeKind::Comprehension) s->coroutine = true;
        expr(s, e->as<Await>()->value);
        break;
      case ExprKind::Yield: s->generator = true; expr(s, e->as<Yield>()->value); break;
      case ExprKind::YieldFrom: s->generator = true; expr(s, e->as<YieldFrom>()->value); break;
      case ExprKind::Compare: {
        auto* c = e->as<Compare>();
        expr(s, c->left);
        for (Expr* x : c->comparators) expr(s, x);
        break;
      }
      case ExprKind::Call: {
        auto* c = e->as<Call>();
        expr(s, c->func);
        for (Expr* a : c->args) expr(s, a);
        for (keyword* k : c->keywords) expr(s, k->value);
        if (c->func->kind == ExprKind::Name && c->func->as<Name>()->id == "super") {
          s->note("__class__", kUsed);
        }
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = e->as<FormattedValue>();
        expr(s, f->value);
        expr(s, f->format_spec);
        break;
      }
      case ExprKind::JoinedStr: for (Expr* v : e->as<JoinedStr>()->values) expr(s, v); break;
      case ExprKind::Attribute: expr(s, e->as<Attribute>()->value); break;
      case ExprKind::Subscript: expr(s, e->as<Subscript>()->value); expr(s, e->as<Subscript>()->slice); break;
      case ExprKind::Starred: expr(s, e->as<Starred>()->value); break;
      case ExprKind::Name: {
        auto* n = e->as<Name>();
        s->note(std::string(n->id), n->ctx == ExprContext::Load ? kUsed : kAssigned);
        if (n->id == "__class__") s->note("__class__", kUsed);
        break;
      }
      case ExprKind::List: for (Expr* x : e->as<List>()->elts) expr(s, x); break;
      case ExprKind::Tuple: for (Expr* x : e->as<Tuple>()->elts) expr(s, x); break;
      case ExprKind::Slice: {
        auto* sl = e->as<Slice>();
        expr(s, sl->lower);
        expr(s, sl->upper);
        expr(s, sl->step);
        break;
      }
      default: break;
    }
  }

  // Finds [n] in the scopes enclosing [s]; marks the defining scope's cell
  // and every scope in between as carrying it free.
  bool bind_free(Scope* s, const std::string& n) {
    std::vector<Scope*> path;
    for (Scope* p = s->parent; p; p = p->parent) {
      if (p->kind == ScopeKind::Module) return false;
      if (p->kind == ScopeKind::Class) {
        if (n == "__class__") {
          p->needs_class_cell = true;
          p->cells.insert(n);
          for (Scope* q : path) q->add_free(n);
          s->add_free(n);
          return true;
        }
        path.push_back(p);
        continue;
      }
      unsigned f = p->get(n);
      if (f & kGlobalDecl) return false;
      if (p->is_local(n)) {
        p->cells.insert(n);
        for (Scope* q : path) q->add_free(n);
        s->add_free(n);
        return true;
      }
      path.push_back(p);
    }
    return false;
  }

  void resolve_all(Scope* s) {
    if (s->kind == ScopeKind::Module) return;
    for (const std::string& n : s->order) {
      unsigned f = s->get(n);
      if (f & kGlobalDecl) continue;
      if (s->kind == ScopeKind::Class) {
        if ((f & kAssigned) && !(f & kNonlocalDecl)) continue;
        bind_free(s, n);
        continue;
      }
      if (s->is_local(n)) continue;
      if (!bind_free(s, n) && (f & kNonlocalDecl) && n != "__class__" && s->kind != ScopeKind::Comprehension) {
        if (error.empty()) error = "no binding for nonlocal '" + n + "' found";
      }
    }
  }
};

// ---------------------------------------------------------------------------
// 2. Code units
// ---------------------------------------------------------------------------

enum class BlockKind { Loop, ForLoop, TryFinally, With, AsyncWith, ExceptHandler, HandlerCleanup, ExceptStar };

struct Block {
  BlockKind kind;
  int continue_label = -1;
  int break_label = -1;
  const Seq<Stmt*>* finalbody = nullptr;
  size_t handler_depth = 0;  // size of the handler stack when the block opened
};

struct HandlerRef {
  int label;
  int depth;
};

class Compiler;

struct Unit {
  Scope* scope;
  CodeObject* code;
  std::vector<int> labels;  // label -> instruction number (-1 unbound)
  std::vector<std::pair<int, int>> patches;  // (instruction, label)
  std::vector<HandlerRef> handlers;
  std::vector<int> instr_handler;  // per instruction: index into handler_table, or -1
  std::vector<HandlerRef> handler_table;
  std::vector<Block> blocks;
  std::map<std::string, int> name_index;
  std::map<std::string, int> varname_index;
  int depth = 0;
  int max_depth = 0;
  vm::SourceRange pos;
};

class Compiler {
 public:
  Compiler(vm::Vm& vm, std::string_view filename, ScopeBuilder& scopes)
      : vm_(vm), filename_(vm.intern(filename)), scopes_(scopes) {}

  CodeObject* module(const Module* m, Scope* scope) {
    push_unit(scope, "<module>", "<module>", 1);
    body_statements(m->body);
    load_const(vm_.None);
    emit(Op::RETURN_VALUE);
    return pop_unit();
  }

  std::string error;
  int error_line = 0;

 private:
  vm::Vm& vm_;
  vm::StrObject* filename_;
  ScopeBuilder& scopes_;
  std::vector<std::unique_ptr<Unit>> units_;
  std::vector<std::string> qualname_stack_;

  Unit& u() { return *units_.back(); }

  void fail(const std::string& msg, int line) {
    if (error.empty()) {
      error = msg;
      error_line = line;
    }
  }

  // --- units ----------------------------------------------------------------

  void push_unit(Scope* scope, const std::string& name, const std::string& qualname, int firstline) {
    auto unit = std::make_unique<Unit>();
    unit->scope = scope;
    CodeObject* code = vm_.heap.make<CodeObject>(vm_.t.code);
    vm_.extra_roots.push_back(Value::object(code));  // until the module is done
    code->name = vm_.intern(name);
    code->qualname = vm_.intern(qualname);
    code->filename = filename_;
    code->firstlineno = firstline;
    unit->code = code;
    if (scope->is_function()) {
      for (const std::string& p : scope->params) add_varname(*unit, p);
      // Remaining locals in first-seen order.
      for (const std::string& n : scope->order) {
        if (scope->is_local(n) && !scope->cells.count(n)) add_varname(*unit, n);
      }
      for (const std::string& c : scope->order) {
        if (scope->cells.count(c)) {
          code->cellvars.push_back(vm_.intern(c));
          auto it = unit->varname_index.find(c);
          code->cell_arg.push_back(it != unit->varname_index.end() ? it->second : -1);
        }
      }
    } else if (scope->kind == ScopeKind::Class && scope->needs_class_cell) {
      code->cellvars.push_back(vm_.intern("__class__"));
      code->cell_arg.push_back(-1);
    }
    for (const std::string& f : scope->frees) code->freevars.push_back(vm_.intern(f));
    if (scope->is_function()) {
      if (scope->generator) code->flags |= vm::kCodeGenerator;
      if (scope->coroutine) code->flags |= scope->generator ? vm::kCodeAsyncGen : vm::kCodeCoroutine;
      if (scope->generator && scope->coroutine) code->flags &= ~vm::kCodeGenerator;
    } else {
      code->flags |= vm::kCodeUsesLocalsDict;
    }
    units_.push_back(std::move(unit));
    if (scope->is_function()) emit(Op::RESUME);
  }

  void add_varname(Unit& unit, const std::string& n) {
    if (unit.varname_index.count(n)) return;
    unit.varname_index[n] = static_cast<int>(unit.code->varnames.size());
    unit.code->varnames.push_back(vm_.intern(n));
  }

  CodeObject* pop_unit() {
    Unit& unit = u();
    CodeObject* code = unit.code;
    for (auto& p : unit.patches) {
      uint32_t w = code->code[p.first];
      code->code[p.first] = (w & 0xff) | (static_cast<uint32_t>(unit.labels[p.second]) << 8);
    }
    // Exception table from the per-instruction handlers.
    int n = static_cast<int>(code->code.size());
    for (int i = 0; i < n;) {
      int h = unit.instr_handler[i];
      int j = i + 1;
      while (j < n && unit.instr_handler[j] == h) ++j;
      if (h >= 0) {
        const HandlerRef& r = unit.handler_table[h];
        code->exception_table.push_back({i, j, unit.labels[r.label], r.depth});
      }
      i = j;
    }
    code->stacksize = unit.max_depth + 4;
    vm::fuse_superinstructions(code->code.data(), n);
    code->caches.resize(code->code.size());
    units_.pop_back();
    return code;
  }

  // --- emitting -----------------------------------------------------------------

  static int stack_effect(Op op, uint32_t arg) {
    switch (op) {
      case Op::NOP: case Op::RESUME: case Op::SWAP: case Op::DELETE_FAST: case Op::DELETE_DEREF:
      case Op::DELETE_GLOBAL: case Op::DELETE_NAME: case Op::LOAD_ATTR: case Op::UNARY_NEGATIVE:
      case Op::UNARY_POSITIVE: case Op::UNARY_NOT: case Op::UNARY_INVERT: case Op::LIST_TO_TUPLE:
      case Op::JUMP: case Op::JUMP_BACKWARD: case Op::GET_ITER: case Op::KW_NAMES: case Op::YIELD_VALUE:
      case Op::GET_YIELD_FROM_ITER: case Op::GET_AWAITABLE: case Op::SEND: case Op::CHECK_EXC_MATCH: case Op::GET_AITER:
      case Op::IMPORT_NAME: case Op::SETUP_ANNOTATIONS: case Op::DELETE_LOCALS_SENTINEL:
      case Op::COPY_DICT_WITHOUT_KEYS:
        return 0;
      case Op::POP_TOP: case Op::STORE_FAST: case Op::STORE_DEREF: case Op::STORE_GLOBAL: case Op::STORE_NAME:
      case Op::DELETE_ATTR: case Op::BINARY_OP: case Op::COMPARE_OP: case Op::IS_OP: case Op::CONTAINS_OP:
      case Op::BINARY_SUBSCR: case Op::LIST_APPEND: case Op::SET_ADD: case Op::LIST_EXTEND: case Op::SET_UPDATE:
      case Op::DICT_UPDATE: case Op::DICT_MERGE: case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE:
      case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: case Op::RETURN_VALUE: case Op::POP_EXCEPT:
      case Op::RERAISE: case Op::IMPORT_STAR: case Op::POP_ITER: case Op::CHECK_EG_MATCH: case Op::PREP_RERAISE_STAR:
        return -1;
      case Op::COPY: case Op::PUSH_NULL: case Op::LOAD_CONST: case Op::LOAD_FAST: case Op::LOAD_DEREF:
      case Op::LOAD_CLOSURE: case Op::LOAD_GLOBAL: case Op::LOAD_NAME: case Op::LOAD_METHOD: case Op::FOR_ITER:
      case Op::PUSH_EXC_INFO: case Op::BEFORE_WITH: case Op::WITH_EXCEPT_START: case Op::LOAD_BUILD_CLASS:
      case Op::LOAD_LOCALS: case Op::IMPORT_FROM: case Op::LOAD_ASSERTION_ERROR: case Op::GET_ANEXT:
      case Op::BEFORE_ASYNC_WITH: case Op::MATCH_SEQUENCE: case Op::MATCH_MAPPING: case Op::GET_LEN:
      case Op::MATCH_KEYS:
        return 1;
      case Op::STORE_ATTR: case Op::MAP_ADD: case Op::DELETE_SUBSCR: case Op::MATCH_CLASS: return -2;
      case Op::STORE_SUBSCR: return -3;
      case Op::BUILD_SLICE: return 1 - static_cast<int>(arg);
      case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING:
        return 1 - static_cast<int>(arg);
      case Op::BUILD_MAP: return 1 - 2 * static_cast<int>(arg);
      case Op::UNPACK_SEQUENCE: return static_cast<int>(arg) - 1;
      case Op::UNPACK_EX: return static_cast<int>((arg & 0xff) + (arg >> 8));
      case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
      case Op::CALL: return -static_cast<int>(arg) - 1;
      case Op::CALL_FUNCTION_EX: return -2 - static_cast<int>(arg);
      case Op::MAKE_FUNCTION: return -__builtin_popcount(arg & 11);
      case Op::RAISE_VARARGS: return -static_cast<int>(arg);
      default: return 0;
    }
  }

  int emit(Op op, uint32_t arg = 0) {
    Unit& unit = u();
    CodeObject* code = unit.code;
    code->code.push_back(vm::encode(op, arg));
    code->positions.push_back(unit.pos);
    unit.instr_handler.push_back(-1);
    if (!unit.handlers.empty()) {
      unit.handler_table.push_back(unit.handlers.back());
      unit.instr_handler.back() = static_cast<int>(unit.handler_table.size()) - 1;
      // Merge runs of the same handler.
      size_t k = unit.instr_handler.size();
      if (k >= 2 && unit.instr_handler[k - 2] >= 0) {
        const HandlerRef& prev = unit.handler_table[unit.instr_handler[k - 2]];
        if (prev.label == unit.handlers.back().label && prev.depth == unit.handlers.back().depth) {
          unit.handler_table.pop_back();
          unit.instr_handler.back() = unit.instr_handler[k - 2];
        }
      }
    }
    unit.depth += stack_effect(op, arg);
    if (unit.depth > unit.max_depth) unit.max_depth = unit.depth;
    return static_cast<int>(code->code.size()) - 1;
  }

  int new_label() {
    u().labels.push_back(-1);
    return static_cast<int>(u().labels.size()) - 1;
  }
  void bind(int label) { u().labels[label] = static_cast<int>(u().code->code.size()); }
  void emit_jump(Op op, int label) {
    int at = emit(op, 0);
    u().patches.push_back({at, label});
  }
  void set_depth(int d) { u().depth = d; }
  int depth() { return u().depth; }

  void push_handler(int label, int depth) { u().handlers.push_back({label, depth}); }
  void pop_handler() { u().handlers.pop_back(); }

  int add_const(Value v) {
    auto& consts = u().code->consts;
    for (size_t i = 0; i < consts.size(); ++i) {
      Value c = consts[i];
      if (c == v) return static_cast<int>(i);
      if (vm_.is_str(c) && vm_.is_str(v) && vm_.as_str(c)->text == vm_.as_str(v)->text) return static_cast<int>(i);
    }
    consts.push_back(v);
    return static_cast<int>(consts.size()) - 1;
  }
  void load_const(Value v) { emit(Op::LOAD_CONST, add_const(v)); }

  int name_index(const std::string& n) {
    auto& m = u().name_index;
    auto it = m.find(n);
    if (it != m.end()) return it->second;
    int i = static_cast<int>(u().code->names.size());
    u().code->names.push_back(vm_.intern(n));
    m[n] = i;
    return i;
  }

  void set_pos(const Position& p) {
    u().pos.line = p.lineno;
    u().pos.end_line = p.end_lineno;
    u().pos.col = p.col_offset;
    u().pos.end_col = p.end_col_offset;
    u().pos.anchor = -1;
    u().pos.anchor_end = -1;
  }

  // The traceback anchors of CPython 3.11: `value[...]` draws ~ under the
  // value and ^ from the bracket on.
  void set_subscript_pos(Subscript* s) {
    set_pos(s->pos);
    if (s->value->pos.end_lineno == s->pos.lineno) {
      u().pos.anchor = s->value->pos.end_col_offset;
      u().pos.anchor_end = -2;
    }
  }

  // --- names -------------------------------------------------------------------

  enum class Access { Load, Store, Delete };

  int cell_slot(const std::string& n) {
    CodeObject* c = u().code;
    for (int i = 0; i < c->ncells(); ++i)
      if (c->cellvars[i]->text == n) return c->nlocals() + i;
    for (int i = 0; i < c->nfrees(); ++i)
      if (c->freevars[i]->text == n) return c->nlocals() + c->ncells() + i;
    return -1;
  }

  // The spelling a name or attribute gets in the code object (see Scope::mangle).
  std::string mangled(std::string_view n) { return u().scope->mangle(std::string(n)); }

  void name_op(const std::string& name, Access a) {
    Scope* s = u().scope;
    const std::string n = s->mangle(name);
    unsigned f = s->get(n);
    if (s->kind == ScopeKind::Module || (f & kGlobalDecl)) {
      emit(a == Access::Load ? Op::LOAD_GLOBAL : a == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
           name_index(n));
      return;
    }
    int cs = cell_slot(n);
    if (s->kind == ScopeKind::Class) {
      bool free = std::find(s->frees.begin(), s->frees.end(), n) != s->frees.end();
      if (free && !(f & kAssigned) && cs >= 0) {
        emit(a == Access::Load ? Op::LOAD_DEREF : a == Access::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, cs);
        return;
      }
      emit(a == Access::Load ? Op::LOAD_NAME : a == Access::Store ? Op::STORE_NAME : Op::DELETE_NAME, name_index(n));
      return;
    }
    if (cs >= 0) {
      emit(a == Access::Load ? Op::LOAD_DEREF : a == Access::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, cs);
      return;
    }
    auto it = u().varname_index.find(n);
    if (it != u().varname_index.end() && s->is_local(n)) {
      emit(a == Access::Load ? Op::LOAD_FAST : a == Access::Store ? Op::STORE_FAST : Op::DELETE_FAST, it->second);
      return;
    }
    emit(a == Access::Load ? Op::LOAD_GLOBAL : a == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
         name_index(n));
  }

  // --- 3. statements -------------------------------------------------------------

  void body_statements(const Seq<Stmt*>& body) {
    for (Stmt* s : body) statement(s);
  }

  void statement(Stmt* st) {
    set_pos(st->pos);
    switch (st->kind) {
      case StmtKind::Expr: {
        Expr* e = st->as<ExprStmt>()->value;
        if (e->kind == ExprKind::Constant) break;
        expression(e);
        emit(Op::POP_TOP);
        break;
      }
      case StmtKind::Assign: {
        auto* a = st->as<Assign>();
        expression(a->value);
        for (uint32_t i = 0; i < a->targets.size(); ++i) {
          if (i + 1 < a->targets.size()) emit(Op::COPY, 1);
          store_target(a->targets[i]);
        }
        break;
      }
      case StmtKind::AugAssign: aug_assign(st->as<AugAssign>()); break;
      case StmtKind::AnnAssign: {
        auto* a = st->as<AnnAssign>();
        if (a->value) {
          expression(a->value);
          store_target(a->target);
        }
        break;
      }
      case StmtKind::If: if_statement(st->as<If>()); break;
      case StmtKind::Match: match_statement(st->as<Match>()); break;
      case StmtKind::While: while_statement(st->as<While>()); break;
      case StmtKind::For: for_statement(st->as<For>()); break;
      case StmtKind::AsyncFor: async_for_statement(st->as<For>()); break;
      case StmtKind::Break: break_continue(true, st); break;
      case StmtKind::Continue: break_continue(false, st); break;
      case StmtKind::Pass: break;
      case StmtKind::Return: return_statement(st->as<Return>()); break;
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: function_def(st->as<FunctionDef>()); break;
      case StmtKind::ClassDef: class_def(st->as<ClassDef>()); break;
      case StmtKind::Try:
      case StmtKind::TryStar: try_statement(st->as<Try>()); break;
      case StmtKind::Raise: {
        auto* r = st->as<Raise>();
        int n = 0;
        if (r->exc) {
          expression(r->exc);
          ++n;
          if (r->cause) {
            expression(r->cause);
            ++n;
          }
        }
        set_pos(st->pos);
        emit(Op::RAISE_VARARGS, n);
        break;
      }
      case StmtKind::With: with_statement(st->as<With>(), 0); break;
      case StmtKind::AsyncWith: async_with_statement(st->as<With>(), 0); break;
      case StmtKind::Assert: {
        auto* a = st->as<Assert>();
        int end = new_label();
        expression(a->test);
        emit_jump(Op::POP_JUMP_IF_TRUE, end);
        set_pos(a->test->pos);
        if (a->msg) {
          emit(Op::PUSH_NULL);
          emit(Op::LOAD_ASSERTION_ERROR);
          expression(a->msg);
          set_pos(a->test->pos);
          emit(Op::CALL, 1);
        } else {
          emit(Op::LOAD_ASSERTION_ERROR);
        }
        emit(Op::RAISE_VARARGS, 1);
        bind(end);
        break;
      }
      case StmtKind::Delete:
        for (Expr* t : st->as<Delete>()->targets) delete_target(t);
        break;
      case StmtKind::Import:
        for (alias* a : st->as<Import>()->names) {
          load_const(vm_.None);
          emit(Op::IMPORT_NAME, name_index(std::string(a->name)));
          if (!a->asname.empty()) {
            name_op(std::string(a->asname), Access::Store);
          } else {
            std::string full(a->name);
            size_t dot = full.find('.');
            if (dot != std::string::npos) {
              // `import os.path` binds `os`.
              emit(Op::POP_TOP);
              load_const(vm_.None);
              emit(Op::IMPORT_NAME, name_index(full.substr(0, dot)));
            }
            name_op(full.substr(0, dot), Access::Store);
          }
        }
        break;
      case StmtKind::ImportFrom: {
        auto* i = st->as<ImportFrom>();
        load_const(vm_.None);
        emit(Op::IMPORT_NAME, name_index(std::string(i->module)));
        for (alias* a : i->names) {
          if (a->name == "*") {
            emit(Op::COPY, 1);
            emit(Op::IMPORT_STAR);
            continue;
          }
          emit(Op::IMPORT_FROM, name_index(std::string(a->name)));
          name_op(std::string(a->asname.empty() ? a->name : a->asname), Access::Store);
        }
        emit(Op::POP_TOP);
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal:
        break;
      default:
        fail("unsupported statement", st->pos.lineno);
        break;
    }
  }

  void aug_assign(AugAssign* a) {
    int op = binop_code(a->op) + vm::kInplace;
    Expr* t = a->target;
    if (t->kind == ExprKind::Name) {
      name_op(std::string(t->as<Name>()->id), Access::Load);
      expression(a->value);
      set_pos(a->pos);
      emit(Op::BINARY_OP, op);
      name_op(std::string(t->as<Name>()->id), Access::Store);
    } else if (t->kind == ExprKind::Attribute) {
      auto* at = t->as<Attribute>();
      expression(at->value);
      emit(Op::COPY, 1);
      set_pos(t->pos);
      emit(Op::LOAD_ATTR, name_index(mangled(at->attr)));
      expression(a->value);
      set_pos(a->pos);
      emit(Op::BINARY_OP, op);
      emit(Op::SWAP, 2);
      emit(Op::STORE_ATTR, name_index(mangled(at->attr)));
    } else if (t->kind == ExprKind::Subscript) {
      auto* sb = t->as<Subscript>();
      expression(sb->value);
      expression(sb->slice);
      emit(Op::COPY, 2);
      emit(Op::COPY, 2);
      set_subscript_pos(sb);
      emit(Op::BINARY_SUBSCR);
      expression(a->value);
      set_pos(a->pos);
      emit(Op::BINARY_OP, op);
      emit(Op::SWAP, 3);
      emit(Op::SWAP, 2);
      emit(Op::STORE_SUBSCR);
    }
  }

  void store_target(Expr* t) {
    switch (t->kind) {
      case ExprKind::Name: name_op(std::string(t->as<Name>()->id), Access::Store); break;
      case ExprKind::Attribute: {
        auto* a = t->as<Attribute>();
        expression(a->value);
        set_pos(t->pos);
        emit(Op::STORE_ATTR, name_index(mangled(a->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = t->as<Subscript>();
        expression(s->value);
        expression(s->slice);
        set_subscript_pos(s);
        emit(Op::STORE_SUBSCR);
        break;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        const Seq<Expr*>& elts = t->kind == ExprKind::Tuple ? t->as<Tuple>()->elts : t->as<List>()->elts;
        int star = -1;
        for (uint32_t i = 0; i < elts.size(); ++i)
          if (elts[i]->kind == ExprKind::Starred) star = static_cast<int>(i);
        set_pos(t->pos);
        if (star < 0) {
          emit(Op::UNPACK_SEQUENCE, elts.size());
        } else {
          uint32_t after = elts.size() - star - 1;
          emit(Op::UNPACK_EX, static_cast<uint32_t>(star) | (after << 8));
        }
        for (Expr* e : elts) store_target(e->kind == ExprKind::Starred ? e->as<Starred>()->value : e);
        break;
      }
      case ExprKind::Starred: store_target(t->as<Starred>()->value); break;
      default: fail("cannot assign to expression", t->pos.lineno); break;
    }
  }

  void delete_target(Expr* t) {
    set_pos(t->pos);
    switch (t->kind) {
      case ExprKind::Name: name_op(std::string(t->as<Name>()->id), Access::Delete); break;
      case ExprKind::Attribute:
        expression(t->as<Attribute>()->value);
        emit(Op::DELETE_ATTR, name_index(mangled(t->as<Attribute>()->attr)));
        break;
      case ExprKind::Subscript:
        expression(t->as<Subscript>()->value);
        expression(t->as<Subscript>()->slice);
        set_subscript_pos(t->as<Subscript>());
        emit(Op::DELETE_SUBSCR);
        break;
      case ExprKind::Tuple:
        for (Expr* e : t->as<Tuple>()->elts) delete_target(e);
        break;
      case ExprKind::List:
        for (Expr* e : t->as<List>()->elts) delete_target(e);
        break;
      default: break;
    }
  }

  // Jumps to [label] if [e] is false (when [if_true] is false) or true.
  void jump_if(Expr* e, bool if_true, int label) {
    if (e->kind == ExprKind::UnaryOp && e->as<UnaryOp>()->op == UnaryOpKind::Not) {
      jump_if(e->as<UnaryOp>()->operand, !if_true, label);
      return;
    }
    if (e->kind == ExprKind::BoolOp) {
      auto* b = e->as<BoolOp>();
      bool is_and = b->op == BoolOpKind::And;
      if (is_and != if_true) {
        // and + jump-if-false (or: or + jump-if-true): any operand decides.
        for (Expr* v : b->values) jump_if(v, if_true, label);
      } else {
        int skip = new_label();
        for (uint32_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], !if_true, skip);
        jump_if(b->values[b->values.size() - 1], if_true, label);
        bind(skip);
      }
      return;
    }
    expression(e);
    emit_jump(if_true ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
  }

  void if_statement(If* s) {
    int else_label = new_label();
    int end = new_label();
    jump_if(s->test, false, else_label);
    body_statements(s->body);
    if (!s->orelse.empty()) {
      emit_jump(Op::JUMP, end);
      bind(else_label);
      body_statements(s->orelse);
    } else {
      bind(else_label);
    }
    bind(end);
  }

  // --- match statements ------------------------------------------------------
  //
  // A pattern is matched against the value on top of the stack and consumes
  // it. When it fails it jumps to pc.fail[n], n being how many values sit
  // above the context's base at that moment; the trampoline emitted after
  // the case pops them and goes on with the next case (or alternative).
  // Captures are stored as soon as their sub-pattern matches (PEP 634
  // leaves bindings after a failed match unspecified).

  struct PatternContext {
    std::vector<int> fail;
  };

  int fail_label(PatternContext& pc, int n) {
    while (static_cast<int>(pc.fail.size()) <= n) pc.fail.push_back(new_label());
    return pc.fail[n];
  }
  void jump_to_fail(PatternContext& pc, int n) { emit_jump(Op::POP_JUMP_IF_FALSE, fail_label(pc, n)); }
  void emit_fail_pops(PatternContext& pc, int base) {
    for (int n = static_cast<int>(pc.fail.size()) - 1; n >= 0; --n) {
      bind(pc.fail[n]);
      set_depth(base + n);
      if (n > 0) emit(Op::POP_TOP);
    }
    set_depth(base);
  }
  void store_capture(Identifier name) {
    if (name.empty()) emit(Op::POP_TOP);
    else name_op(std::string(name), Access::Store);
  }
  // `TOS is not None`, failing the pattern when it is None (TOS stays).
  void fail_if_none(PatternContext& pc, int extra) {
    emit(Op::COPY, 1);
    load_const(vm_.None);
    emit(Op::IS_OP, 1);
    jump_to_fail(pc, extra);
  }
  void check_length(PatternContext& pc, int extra, size_t n, bool at_least) {
    emit(Op::GET_LEN);
    load_const(vm_.make_int(static_cast<int64_t>(n)));
    emit(Op::COMPARE_OP, at_least ? 5 : 2);
    jump_to_fail(pc, extra);
  }

  void match_statement(Match* m) {
    expression(m->subject);
    int end = new_label();
    int base = depth();
    for (match_case* c : m->cases) {
      PatternContext pc;
      set_pos(c->pattern->pos);
      emit(Op::COPY, 1);
      compile_pattern(c->pattern, pc, 1);
      if (c->guard) jump_if(c->guard, false, fail_label(pc, 0));
      set_pos(c->pattern->pos);
      emit(Op::POP_TOP);  // the subject
      body_statements(c->body);
      emit_jump(Op::JUMP, end);
      emit_fail_pops(pc, base);
    }
    emit(Op::POP_TOP);  // no case matched
    bind(end);
  }

  // [extra] counts the values above the context's base, the matched one
  // (on top) included.
  void compile_pattern(Pattern* p, PatternContext& pc, int extra) {
    set_pos(p->pos);
    switch (p->kind) {
      case PatternKind::MatchValue:
        expression(p->value);
        set_pos(p->pos);
        emit(Op::COMPARE_OP, 2);
        jump_to_fail(pc, extra - 1);
        break;
      case PatternKind::MatchSingleton:
        load_const(constant(p->value->as<Constant>()));
        emit(Op::IS_OP, 0);
        jump_to_fail(pc, extra - 1);
        break;
      case PatternKind::MatchStar:
        store_capture(p->name);
        break;
      case PatternKind::MatchAs:
        if (p->pattern) {
          emit(Op::COPY, 1);
          compile_pattern(p->pattern, pc, extra + 1);
          set_pos(p->pos);
        }
        store_capture(p->name);
        break;
      case PatternKind::MatchSequence: {
        size_t n = p->patterns.size();
        int star = -1;
        for (size_t i = 0; i < n; ++i)
          if (p->patterns[i]->kind == PatternKind::MatchStar) star = static_cast<int>(i);
        emit(Op::MATCH_SEQUENCE);
        jump_to_fail(pc, extra);
        if (star < 0) check_length(pc, extra, n, false);
        else if (n > 1) check_length(pc, extra, n - 1, true);
        if (n == 0) {
          emit(Op::POP_TOP);
          break;
        }
        if (star < 0) emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
        else emit(Op::UNPACK_EX, static_cast<uint32_t>(star) | (static_cast<uint32_t>(n - star - 1) << 8));
        subpatterns(p->patterns, pc, extra + static_cast<int>(n) - 1);
        break;
      }
      case PatternKind::MatchMapping: {
        size_t n = p->keys.size();
        emit(Op::MATCH_MAPPING);
        jump_to_fail(pc, extra);
        if (n == 0 && p->name.empty()) {
          emit(Op::POP_TOP);
          break;
        }
        if (n > 0) check_length(pc, extra, n, true);
        for (Expr* k : p->keys) expression(k);
        set_pos(p->pos);
        emit(Op::BUILD_TUPLE, static_cast<uint32_t>(n));
        if (n > 0) {
          emit(Op::MATCH_KEYS);
          fail_if_none(pc, extra + 2);
          emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
          subpatterns(p->patterns, pc, extra + 1 + static_cast<int>(n));
          set_pos(p->pos);
        }
        if (!p->name.empty()) {
          emit(Op::COPY_DICT_WITHOUT_KEYS);
          store_capture(p->name);
        } else {
          emit(Op::POP_TOP);
        }
        emit(Op::POP_TOP);
        break;
      }
      case PatternKind::MatchClass: {
        expression(p->cls);
        vm::TupleObject* names = vm_.new_tuple(0);
        for (Identifier a : p->kwd_attrs) names->items.push_back(Value::object(vm_.intern(std::string(a))));
        load_const(Value::object(names));
        set_pos(p->pos);
        emit(Op::MATCH_CLASS, static_cast<uint32_t>(p->patterns.size()));
        fail_if_none(pc, extra);
        size_t n = p->patterns.size() + p->kwd_patterns.size();
        if (n == 0) {
          emit(Op::POP_TOP);
          break;
        }
        emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
        int e = extra + static_cast<int>(n) - 1;
        subpatterns(p->patterns, pc, e);
        subpatterns(p->kwd_patterns, pc, e - static_cast<int>(p->patterns.size()));
        break;
      }
      case PatternKind::MatchOr: {
        int success = new_label();
        int here = depth();
        for (Pattern* alt : p->patterns) {
          PatternContext alt_pc;
          emit(Op::COPY, 1);
          compile_pattern(alt, alt_pc, 1);
          set_pos(p->pos);
          emit(Op::POP_TOP);
          emit_jump(Op::JUMP, success);
          emit_fail_pops(alt_pc, here);
        }
        emit_jump(Op::JUMP, fail_label(pc, extra));
        bind(success);
        set_depth(here - 1);
        break;
      }
    }
  }
  // Matches the unpacked values on the stack (the first on top) one by one.
  void subpatterns(const Seq<Pattern*>& list, PatternContext& pc, int extra) {
    for (Pattern* q : list) compile_pattern(q, pc, extra--);
  }

  static bool is_true_constant(Expr* e) {
    if (e->kind != ExprKind::Constant) return false;
    auto* c = e->as<Constant>();
    return c->value_kind == ConstantKind::True || (c->value_kind == ConstantKind::Int && c->int_value != 0);
  }

  void while_statement(While* s) {
    int top = new_label(), else_label = new_label(), end = new_label();
    bind(top);
    if (!is_true_constant(s->test)) jump_if(s->test, false, else_label);
    u().blocks.push_back({BlockKind::Loop, top, end, nullptr, u().handlers.size()});
    body_statements(s->body);
    u().blocks.pop_back();
    set_pos(s->pos);
    emit_jump(Op::JUMP_BACKWARD, top);
    bind(else_label);
    body_statements(s->orelse);
    bind(end);
  }

  void for_statement(For* s) {
    int top = new_label(), exit = new_label(), end = new_label();
    expression(s->iter);
    set_pos(s->iter->pos);
    emit(Op::GET_ITER);
    bind(top);
    int d = depth();
    set_pos(s->pos);
    emit_jump(Op::FOR_ITER, exit);
    store_target(s->target);
    u().blocks.push_back({BlockKind::ForLoop, top, end, nullptr, u().handlers.size()});
    body_statements(s->body);
    u().blocks.pop_back();
    set_pos(s->pos);
    emit_jump(Op::JUMP_BACKWARD, top);
    bind(exit);
    set_depth(d - 1);
    body_statements(s->orelse);
    bind(end);
  }

  // Unwinds the blocks inside the innermost loop (break/continue) or all of
  // them (return): pops iterators, restores handled exceptions, runs
  // finally bodies and __exit__s. [preserve_top] keeps a return value on top.
  void unwind_blocks(size_t down_to, bool preserve_top) {
    Unit& unit = u();
    for (size_t i = unit.blocks.size(); i > down_to; --i) {
      Block b = unit.blocks[i - 1];
      switch (b.kind) {
        case BlockKind::Loop: break;
        case BlockKind::ForLoop:
          if (preserve_top) emit(Op::SWAP, 2);
          emit(Op::POP_ITER);
          break;
        case BlockKind::ExceptHandler:
          if (preserve_top) emit(Op::SWAP, 2);
          emit(Op::POP_EXCEPT);
          break;
        case BlockKind::HandlerCleanup: break;
        case BlockKind::ExceptStar:
          // The symbol table reports it first (symtable.cpp).
          fail("'break', 'continue' and 'return' cannot appear in an except* block", unit.pos.line);
          return;
        case BlockKind::With:
        case BlockKind::AsyncWith: {
          if (preserve_top) emit(Op::SWAP, 2);
          emit(Op::PUSH_NULL);
          emit(Op::SWAP, 2);
          load_const(vm_.None);
          load_const(vm_.None);
          load_const(vm_.None);
          emit(Op::CALL, 3);
          if (b.kind == BlockKind::AsyncWith) {
            emit(Op::GET_AWAITABLE, 2);
            yield_from_loop();
          }
          emit(Op::POP_TOP);
          break;
        }
        case BlockKind::TryFinally: {
          // Run the finally body outside its own handler.
          auto saved_handlers = unit.handlers;
          unit.handlers.resize(b.handler_depth);
          auto saved_blocks = unit.blocks;
          unit.blocks.resize(i - 1);
          vm::SourceRange p = unit.pos;
          body_statements(*b.finalbody);
          unit.pos = p;
          unit.blocks = saved_blocks;
          unit.handlers = saved_handlers;
          break;
        }
      }
    }
  }

  void break_continue(bool is_break, Stmt* st) {
    Unit& unit = u();
    int loop = -1;
    for (int i = static_cast<int>(unit.blocks.size()) - 1; i >= 0; --i) {
      if (unit.blocks[i].kind == BlockKind::Loop || unit.blocks[i].kind == BlockKind::ForLoop) {
        loop = i;
        break;
      }
    }
    if (loop < 0) {
      fail(is_break ? "'break' outside loop" : "'continue' not properly in loop", st->pos.lineno);
      return;
    }
    int d = depth();
    Block b = unit.blocks[loop];
    auto saved = unit.handlers;
    unwind_blocks(static_cast<size_t>(loop) + 1, false);
    unit.handlers.resize(b.handler_depth);
    if (is_break) {
      if (b.kind == BlockKind::ForLoop) emit(Op::POP_ITER);
      emit_jump(Op::JUMP, b.break_label);
    } else {
      emit_jump(Op::JUMP_BACKWARD, b.continue_label);
    }
    unit.handlers = saved;
    set_depth(d);
  }

  void return_statement(Return* r) {
    if (u().scope->kind != ScopeKind::Function && u().scope->kind != ScopeKind::Comprehension) {
      fail("'return' outside function", r->pos.lineno);
      return;
    }
    if (r->value)
      expression(r->value);
    else
      load_const(vm_.None);
    int d = depth();
    auto saved = u().handlers;
    unwind_blocks(0, true);
    u().handlers.clear();
    set_pos(r->pos);
    emit(Op::RETURN_VALUE);
    u().handlers = saved;
    set_depth(d - 1);
  }

  void try_statement(Try* s) {
    if (!s->finalbody.empty()) {
      try_finally(s);
    } else if (s->kind == StmtKind::TryStar) {
      try_star_except(s);
    } else {
      try_except(s);
    }
  }

  // try/except* (CPython 3.11's compiler_try_star_except). Each clause
  // takes its part of the exception (CHECK_EG_MATCH splits a group, wraps
  // a naked exception); what handlers raise and what no clause matched are
  // collected in a list, and PREP_RERAISE_STAR makes the one exception
  // that leaves the statement (or None).
  //   [exc] -> PUSH_EXC_INFO [prev, orig] -> [prev, orig, res, exc]
  //   per clause: exc, T -> CHECK_EG_MATCH -> [.., rest, match]
  //   end: res.append(rest); (orig, res) -> PREP_RERAISE_STAR -> [prev, result]
  void try_star_except(Try* s) {
    int handler = new_label(), end = new_label(), cleanup = new_label(), reraise = new_label();
    int d = depth();
    push_handler(handler, d);
    body_statements(s->body);
    pop_handler();
    body_statements(s->orelse);
    emit_jump(Op::JUMP, end);

    bind(handler);
    set_depth(d + 1);
    set_pos(s->handlers[0]->pos);
    emit(Op::PUSH_EXC_INFO);  // [prev, orig]
    push_handler(cleanup, d + 1);
    emit(Op::COPY, 1);        // [prev, orig, exc]
    emit(Op::BUILD_LIST, 0);  // [prev, orig, exc, res]
    emit(Op::SWAP, 2);        // [prev, orig, res, exc]
    for (ExceptHandler* h : s->handlers) {
      int no_match = new_label(), next = new_label(), raised = new_label();
      set_pos(h->pos);
      expression(h->type);
      emit(Op::CHECK_EG_MATCH);
      emit(Op::UNPACK_SEQUENCE, 2);  // [.., rest, match]
      emit(Op::COPY, 1);
      load_const(vm_.None);
      emit(Op::IS_OP, 0);
      emit_jump(Op::POP_JUMP_IF_TRUE, no_match);
      if (!h->name.empty())
        name_op(std::string(h->name), Access::Store);
      else
        emit(Op::POP_TOP);
      // [prev, orig, res, rest]: an exception in the body goes to res.
      push_handler(raised, d + 4);
      u().blocks.push_back({BlockKind::ExceptStar, -1, -1, nullptr, u().handlers.size()});
      body_statements(h->body);
      u().blocks.pop_back();
      pop_handler();
      set_pos(h->pos);
      if (!h->name.empty()) {
        load_const(vm_.None);
        name_op(std::string(h->name), Access::Store);
        name_op(std::string(h->name), Access::Delete);
      }
      emit_jump(Op::JUMP, next);
      bind(raised);  // [prev, orig, res, rest, raised]
      set_depth(d + 5);
      if (!h->name.empty()) {
        load_const(vm_.None);
        name_op(std::string(h->name), Access::Store);
        name_op(std::string(h->name), Access::Delete);
      }
      emit(Op::LIST_APPEND, 2);
      emit_jump(Op::JUMP, next);
      bind(no_match);  // [prev, orig, res, exc, None]
      set_depth(d + 5);
      emit(Op::POP_TOP);
      bind(next);
      set_depth(d + 4);
    }
    // [prev, orig, res, rest]
    set_pos(s->handlers[s->handlers.size() - 1]->pos);
    emit(Op::LIST_APPEND, 1);        // [prev, orig, res]
    emit(Op::PREP_RERAISE_STAR);     // [prev, result]
    emit(Op::COPY, 1);
    load_const(vm_.None);
    emit(Op::IS_OP, 0);
    emit_jump(Op::POP_JUMP_IF_FALSE, reraise);
    emit(Op::POP_TOP);               // [prev]
    pop_handler();
    emit(Op::POP_EXCEPT);
    emit_jump(Op::JUMP, end);
    bind(reraise);  // [prev, result]: the cleanup below restores prev
    set_depth(d + 2);
    push_handler(cleanup, d + 1);
    emit(Op::RERAISE);
    pop_handler();
    bind(cleanup);
    set_depth(d + 2);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
    set_depth(d);
  }

  void try_finally(Try* s) {
    int handler = new_label(), end = new_label(), cleanup = new_label();
    int d = depth();
    size_t hdepth = u().handlers.size();
    push_handler(handler, d);
    u().blocks.push_back({BlockKind::TryFinally, -1, -1, &s->finalbody, hdepth});
    if (s->kind == StmtKind::TryStar)
      try_star_except(s);
    else if (!s->handlers.empty())
      try_except(s);
    else
      body_statements(s->body);
    u().blocks.pop_back();
    pop_handler();
    body_statements(s->finalbody);
    emit_jump(Op::JUMP, end);
    // Exceptional path: [exc]
    bind(handler);
    set_depth(d + 1);
    emit(Op::PUSH_EXC_INFO);
    push_handler(cleanup, d + 1);
    body_statements(s->finalbody);
    emit(Op::RERAISE);  // pops exc; prev stays (handled by cleanup? no: restore first)
    pop_handler();
    // Restore-and-reraise path used by the exceptional finally.
    bind(cleanup);
    set_depth(d + 2);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
    set_depth(d);
  }

  void try_except(Try* s) {
    int handler = new_label(), end = new_label(), cleanup = new_label();
    int d = depth();
    push_handler(handler, d);
    body_statements(s->body);
    pop_handler();
    body_statements(s->orelse);
    emit_jump(Op::JUMP, end);

    bind(handler);
    set_depth(d + 1);
    emit(Op::PUSH_EXC_INFO);  // [prev, exc]
    push_handler(cleanup, d + 1);
    for (ExceptHandler* h : s->handlers) {
      set_pos(h->pos);
      int next = new_label();
      if (h->type) {
        expression(h->type);
        emit(Op::CHECK_EXC_MATCH);
        emit_jump(Op::POP_JUMP_IF_FALSE, next);
      }
      if (!h->name.empty())
        name_op(std::string(h->name), Access::Store);
      else
        emit(Op::POP_TOP);
      // [prev]
      u().blocks.push_back({BlockKind::ExceptHandler, -1, -1, nullptr, u().handlers.size()});
      body_statements(h->body);
      u().blocks.pop_back();
      pop_handler();
      emit(Op::POP_EXCEPT);
      if (!h->name.empty()) {
        load_const(vm_.None);
        name_op(std::string(h->name), Access::Store);
        name_op(std::string(h->name), Access::Delete);
      }
      emit_jump(Op::JUMP, end);
      push_handler(cleanup, d + 1);
      bind(next);
      set_depth(d + 2);
    }
    // No handler matched: [prev, exc]
    emit(Op::RERAISE);
    pop_handler();
    bind(cleanup);
    set_depth(d + 2);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
    set_depth(d);
  }

  void with_statement(With* s, uint32_t item) {
    withitem* it = s->items[item];
    int handler = new_label(), cleanup = new_label(), end = new_label(), suppress = new_label();
    int d = depth();  // before the context manager: [exit] will sit at d
    expression(it->context_expr);
    set_pos(s->pos);
    emit(Op::BEFORE_WITH);  // [exit, value]
    size_t hdepth = u().handlers.size();
    push_handler(handler, d + 1);
    if (it->optional_vars)
      store_target(it->optional_vars);
    else
      emit(Op::POP_TOP);
    u().blocks.push_back({BlockKind::With, -1, -1, nullptr, hdepth});
    if (item + 1 < s->items.size())
      with_statement(s, item + 1);
    else
      body_statements(s->body);
    u().blocks.pop_back();
    pop_handler();
    set_pos(s->pos);
    emit(Op::PUSH_NULL);
    emit(Op::SWAP, 2);
    load_const(vm_.None);
    load_const(vm_.None);
    load_const(vm_.None);
    emit(Op::CALL, 3);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);

    bind(handler);  // [exit, exc]
    set_depth(d + 2);
    emit(Op::PUSH_EXC_INFO);  // [exit, prev, exc]
    push_handler(cleanup, d + 2);
    emit(Op::WITH_EXCEPT_START);  // [exit, prev, exc, res]
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    pop_handler();
    bind(suppress);  // [exit, prev, exc]
    set_depth(d + 3);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);
    bind(cleanup);  // [exit, prev, exc2]
    set_depth(d + 3);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
    set_depth(d);
  }

  // async_for -> 'async' 'for' target 'in' iter ':' body ['else' ':' orelse]
  // The iterator's __anext__() is awaited each round; StopAsyncIteration
  // from it ends the loop (CPython's END_ASYNC_FOR), built from plain
  // instructions: a handler around the await compares the exception type.
  void async_for_statement(For* s) {
    require_coroutine(s->pos.lineno, "'async for'");
    int top = new_label(), stop = new_label(), end = new_label(), reraise = new_label(), body = new_label();
    expression(s->iter);
    set_pos(s->iter->pos);
    emit(Op::GET_AITER);  // [aiter]
    bind(top);
    int d = depth();
    set_pos(s->pos);
    push_handler(stop, d);
    emit(Op::GET_ANEXT);
    yield_from_loop();  // [aiter, item]
    pop_handler();
    emit_jump(Op::JUMP, body);
    bind(stop);  // [aiter, exc]
    set_depth(d + 1);
    load_const(Value::object(vm_.t.StopAsyncIteration_));
    emit(Op::CHECK_EXC_MATCH);  // [aiter, exc, matched]
    emit_jump(Op::POP_JUMP_IF_FALSE, reraise);
    emit(Op::POP_TOP);
    emit(Op::POP_TOP);
    set_depth(d - 1);
    body_statements(s->orelse);
    emit_jump(Op::JUMP, end);
    bind(reraise);
    set_depth(d + 1);
    emit(Op::RERAISE);
    bind(body);
    set_depth(d + 1);
    store_target(s->target);
    u().blocks.push_back({BlockKind::ForLoop, top, end, nullptr, u().handlers.size()});
    body_statements(s->body);
    u().blocks.pop_back();
    set_pos(s->pos);
    emit_jump(Op::JUMP_BACKWARD, top);
    bind(end);
    set_depth(d - 1);
  }

  // async_with -> 'async' 'with' items ':' body: awaits __aenter__() and
  // __aexit__(...) around the body, otherwise exactly like `with`.
  void async_with_statement(With* s, uint32_t item) {
    require_coroutine(s->pos.lineno, "'async with'");
    withitem* it = s->items[item];
    int handler = new_label(), cleanup = new_label(), end = new_label(), suppress = new_label();
    int d = depth();
    expression(it->context_expr);
    set_pos(s->pos);
    emit(Op::BEFORE_ASYNC_WITH);  // [aexit, awaitable]
    emit(Op::GET_AWAITABLE, 1);
    yield_from_loop();  // [aexit, value]
    size_t hdepth = u().handlers.size();
    push_handler(handler, d + 1);
    if (it->optional_vars)
      store_target(it->optional_vars);
    else
      emit(Op::POP_TOP);
    u().blocks.push_back({BlockKind::AsyncWith, -1, -1, nullptr, hdepth});
    if (item + 1 < s->items.size())
      async_with_statement(s, item + 1);
    else
      body_statements(s->body);
    u().blocks.pop_back();
    pop_handler();
    set_pos(s->pos);
    emit(Op::PUSH_NULL);
    emit(Op::SWAP, 2);
    load_const(vm_.None);
    load_const(vm_.None);
    load_const(vm_.None);
    emit(Op::CALL, 3);
    emit(Op::GET_AWAITABLE, 2);
    yield_from_loop();
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);

    bind(handler);  // [aexit, exc]
    set_depth(d + 2);
    emit(Op::PUSH_EXC_INFO);  // [aexit, prev, exc]
    push_handler(cleanup, d + 2);
    emit(Op::WITH_EXCEPT_START);  // [aexit, prev, exc, awaitable]
    emit(Op::GET_AWAITABLE, 2);
    yield_from_loop();
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    pop_handler();
    bind(suppress);
    set_depth(d + 3);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);
    bind(cleanup);
    set_depth(d + 3);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
    set_depth(d);
  }

  void require_coroutine(int line, const char* what) {
    if (!u().scope->coroutine) fail(std::string(what) + " outside async function", line);
  }

  // --- 4. expressions --------------------------------------------------------------

  static int binop_code(Operator op) {
    switch (op) {
      case Operator::Add: return 0;
      case Operator::BitAnd: return 1;
      case Operator::FloorDiv: return 2;
      case Operator::LShift: return 3;
      case Operator::MatMult: return 4;
      case Operator::Mult: return 5;
      case Operator::Mod: return 6;
      case Operator::BitOr: return 7;
      case Operator::Pow: return 8;
      case Operator::RShift: return 9;
      case Operator::Sub: return 10;
      case Operator::Div: return 11;
      case Operator::BitXor: return 12;
    }
    return 0;
  }

  Value constant(Constant* c) {
    switch (c->value_kind) {
      case ConstantKind::None: return vm_.None;
      case ConstantKind::True: return vm_.True;
      case ConstantKind::False: return vm_.False;
      case ConstantKind::Ellipsis: return vm_.Ellipsis;
      case ConstantKind::Int: return vm_.make_int(c->int_value);
      case ConstantKind::BigInt:
        fail("integer literal too large: Interleave's int is limited to 64 bits", c->pos.lineno);
        return vm_.None;
      case ConstantKind::Float: return vm_.make_float(c->float_value);
      case ConstantKind::Complex:
        fail("complex numbers are not supported by Interleave", c->pos.lineno);
        return vm_.None;
      case ConstantKind::Str: return Value::object(vm_.intern(c->text));
      case ConstantKind::Bytes:
        return Value::object(vm_.heap.make<vm::BytesObject>(vm_.t.bytes, std::string(c->text)));
    }
    return vm_.None;
  }

  // A literal (or a negated number literal, which CPython folds).
  bool constant_value(Expr* e, Value* out) {
    if (e->kind == ExprKind::Constant) {
      auto* c = e->as<Constant>();
      if (c->value_kind == ConstantKind::BigInt || c->value_kind == ConstantKind::Complex) return false;
      *out = constant(c);
      return true;
    }
    if (e->kind == ExprKind::UnaryOp && e->as<UnaryOp>()->op == UnaryOpKind::USub &&
        e->as<UnaryOp>()->operand->kind == ExprKind::Constant) {
      auto* c = e->as<UnaryOp>()->operand->as<Constant>();
      if (c->value_kind == ConstantKind::Int) {
        *out = vm_.make_int(-c->int_value);
        return true;
      }
      if (c->value_kind == ConstantKind::Float) {
        *out = vm_.make_float(-c->float_value);
        return true;
      }
    }
    return false;
  }

  // A tuple display of literals (nested ones too), which CPython folds
  // into one constant: `()` and `(1, 'a')` are the same object each time.
  bool constant_tuple(Expr* e, Value* out) {
    if (e->kind != ExprKind::Tuple) return false;
    std::vector<Value> items;
    for (Expr* x : e->as<Tuple>()->elts) {
      Value v;
      if (!constant_value(x, &v) && !constant_tuple(x, &v)) return false;
      items.push_back(v);
    }
    *out = vm_.make_tuple(std::move(items));
    return true;
  }

  void expression(Expr* e) {
    vm::SourceRange saved = u().pos;
    set_pos(e->pos);
    expression_inner(e);
    u().pos = saved;
  }

  // Builds a list/tuple/set from elements that may contain *starred ones.
  void starred_collection(const Seq<Expr*>& elts, Op build, Op append, Op extend, bool to_tuple) {
    bool has_star = false;
    for (Expr* x : elts)
      if (x->kind == ExprKind::Starred) has_star = true;
    if (!has_star) {
      for (Expr* x : elts) expression(x);
      emit(build, elts.size());
      return;
    }
    emit(build == Op::BUILD_SET ? Op::BUILD_SET : Op::BUILD_LIST, 0);
    for (Expr* x : elts) {
      if (x->kind == ExprKind::Starred) {
        expression(x->as<Starred>()->value);
        emit(extend, 1);
      } else {
        expression(x);
        emit(append, 1);
      }
    }
    if (to_tuple) emit(Op::LIST_TO_TUPLE);
  }

  void expression_inner(Expr* e) {
    switch (e->kind) {
      case ExprKind::Constant: load_const(constant(e->as<Constant>())); break;
      case ExprKind::Name: name_op(std::string(e->as<Name>()->id), Access::Load); break;
      case ExprKind::BinOp: {
        auto* b = e->as<BinOp>();
        expression(b->left);
        expression(b->right);
        set_pos(e->pos);
        u().pos.anchor = b->left->pos.end_lineno == b->pos.lineno ? b->left->pos.end_col_offset : -1;
        u().pos.anchor_end = b->right->pos.lineno == b->pos.end_lineno ? b->right->pos.col_offset : -1;
        emit(Op::BINARY_OP, binop_code(b->op));
        break;
      }
      case ExprKind::UnaryOp: {
        auto* un = e->as<UnaryOp>();
        expression(un->operand);
        set_pos(e->pos);
        switch (un->op) {
          case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
          case UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
          case UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
          case UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
        }
        break;
      }
      case ExprKind::BoolOp: {
        auto* b = e->as<BoolOp>();
        int end = new_label();
        for (uint32_t i = 0; i < b->values.size(); ++i) {
          expression(b->values[i]);
          if (i + 1 < b->values.size())
            emit_jump(b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP, end);
        }
        bind(end);
        break;
      }
      case ExprKind::Compare: compare(e->as<Compare>()); break;
      case ExprKind::Call: call(e->as<Call>()); break;
      case ExprKind::Attribute: {
        auto* a = e->as<Attribute>();
        expression(a->value);
        set_pos(e->pos);
        emit(Op::LOAD_ATTR, name_index(mangled(a->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = e->as<Subscript>();
        expression(s->value);
        expression(s->slice);
        set_subscript_pos(s);
        emit(Op::BINARY_SUBSCR);
        break;
      }
      case ExprKind::Slice: {
        auto* s = e->as<Slice>();
        if (s->lower) expression(s->lower); else load_const(vm_.None);
        if (s->upper) expression(s->upper); else load_const(vm_.None);
        if (s->step) {
          expression(s->step);
          emit(Op::BUILD_SLICE, 3);
        } else {
          emit(Op::BUILD_SLICE, 2);
        }
        break;
      }
      case ExprKind::Tuple: {
        Value folded;
        if (constant_tuple(e, &folded)) {
          load_const(folded);
          break;
        }
        starred_collection(e->as<Tuple>()->elts, Op::BUILD_TUPLE, Op::LIST_APPEND, Op::LIST_EXTEND, true);
        break;
      }
      case ExprKind::List: starred_collection(e->as<List>()->elts, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false); break;
      case ExprKind::Set: {
        const Seq<Expr*>& elts = e->as<Set>()->elts;
        std::vector<Value> consts;
        for (Expr* x : elts) {
          Value c;
          if (!constant_value(x, &c)) break;
          consts.push_back(c);
        }
        if (elts.size() > 2 && consts.size() == elts.size()) {
          // CPython folds an all-constant display into a frozenset constant
          // (re-inserted once when the code object is built) and merges it
          // into a new set: that decides the iteration order.
          vm::SetObject* first = vm_.new_set(true);
          for (Value c : consts) vm_.set_add(first, c);
          vm::SetObject* folded = vm_.new_set(true);
          for (auto& en : first->table)
            if (!en.key.is_null()) vm_.set_add(folded, en.key);
          emit(Op::BUILD_SET, 0);
          load_const(Value::object(folded));
          emit(Op::SET_UPDATE, 1);
          break;
        }
        starred_collection(elts, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
        break;
      }
      case ExprKind::Dict: {
        auto* d = e->as<Dict>();
        bool has_splat = false;
        for (Expr* k : d->keys)
          if (!k) has_splat = true;
        if (!has_splat) {
          for (uint32_t i = 0; i < d->keys.size(); ++i) {
            expression(d->keys[i]);
            expression(d->values[i]);
          }
          emit(Op::BUILD_MAP, d->keys.size());
          break;
        }
        emit(Op::BUILD_MAP, 0);
        for (uint32_t i = 0; i < d->keys.size(); ++i) {
          if (d->keys[i]) {
            expression(d->keys[i]);
            expression(d->values[i]);
            emit(Op::MAP_ADD, 1);
          } else {
            expression(d->values[i]);
            emit(Op::DICT_UPDATE, 1);
          }
        }
        break;
      }
      case ExprKind::IfExp: {
        auto* i = e->as<IfExp>();
        int else_label = new_label(), end = new_label();
        jump_if(i->test, false, else_label);
        int d = depth();
        expression(i->body);
        emit_jump(Op::JUMP, end);
        bind(else_label);
        set_depth(d);
        expression(i->orelse);
        bind(end);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        expression(n->value);
        emit(Op::COPY, 1);
        std::string id(n->target->as<Name>()->id);
        name_op(id, Access::Store);
        break;
      }
      case ExprKind::JoinedStr: {
        auto* j = e->as<JoinedStr>();
        if (j->values.size() == 1 && j->values[0]->kind == ExprKind::Constant) {
          expression(j->values[0]);
          break;
        }
        for (Expr* part : j->values) expression(part);
        emit(Op::BUILD_STRING, j->values.size());
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = e->as<FormattedValue>();
        expression(f->value);
        uint32_t flags = 0;
        if (f->conversion == 's') flags = 1;
        else if (f->conversion == 'r') flags = 2;
        else if (f->conversion == 'a') flags = 3;
        if (f->format_spec) {
          expression(f->format_spec);
          flags |= 4;
        }
        emit(Op::FORMAT_VALUE, flags);
        break;
      }
      case ExprKind::Lambda: lambda(e->as<Lambda>()); break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp: comprehension(e); break;
      case ExprKind::Yield: {
        auto* y = e->as<Yield>();
        if (!u().scope->is_function()) {
          fail("'yield' outside function", e->pos.lineno);
          break;
        }
        if (y->value) expression(y->value); else load_const(vm_.None);
        set_pos(e->pos);
        emit(Op::YIELD_VALUE, u().scope->coroutine ? 1 : 0);  // 1: an async generator's own yield
        emit(Op::RESUME, 1);
        break;
      }
      case ExprKind::YieldFrom: {
        expression(e->as<YieldFrom>()->value);
        set_pos(e->pos);
        emit(Op::GET_YIELD_FROM_ITER);
        yield_from_loop();
        break;
      }
      case ExprKind::Await: {
        expression(e->as<Await>()->value);
        set_pos(e->pos);
        emit(Op::GET_AWAITABLE);
        yield_from_loop();
        break;
      }
      case ExprKind::Starred:
        fail("can't use starred expression here", e->pos.lineno);
        break;
      default:
        fail("unsupported expression", e->pos.lineno);
        break;
    }
  }

  void yield_from_loop() {
    int loop = new_label(), exit = new_label();
    load_const(vm_.None);
    bind(loop);
    int d = depth();
    emit_jump(Op::SEND, exit);  // [iter, yielded]
    emit(Op::YIELD_VALUE);      // [iter, sent]
    emit(Op::RESUME, 1);
    emit_jump(Op::JUMP, loop);
    bind(exit);
    set_depth(d - 1);  // [result]
  }

  void compare(Compare* c) {
    expression(c->left);
    uint32_t n = c->ops.size();
    int cleanup = new_label(), end = new_label();
    for (uint32_t i = 0; i < n; ++i) {
      expression(c->comparators[i]);
      set_pos(c->pos);
      if (i + 1 < n) {
        emit(Op::SWAP, 2);
        emit(Op::COPY, 2);
      }
      switch (c->ops[i]) {
        case CmpOp::Eq: emit(Op::COMPARE_OP, 2); break;
        case CmpOp::NotEq: emit(Op::COMPARE_OP, 3); break;
        case CmpOp::Lt: emit(Op::COMPARE_OP, 0); break;
        case CmpOp::LtE: emit(Op::COMPARE_OP, 1); break;
        case CmpOp::Gt: emit(Op::COMPARE_OP, 4); break;
        case CmpOp::GtE: emit(Op::COMPARE_OP, 5); break;
        case CmpOp::Is: emit(Op::IS_OP, 0); break;
        case CmpOp::IsNot: emit(Op::IS_OP, 1); break;
        case CmpOp::In: emit(Op::CONTAINS_OP, 0); break;
        case CmpOp::NotIn: emit(Op::CONTAINS_OP, 1); break;
      }
      if (i + 1 < n) emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (n > 1) {
      int d = depth();
      emit_jump(Op::JUMP, end);
      bind(cleanup);
      set_depth(d + 1);
      emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      bind(end);
      set_depth(d);
    }
  }

  void call(Call* c) {
    bool simple = true;
    for (Expr* a : c->args)
      if (a->kind == ExprKind::Starred) simple = false;
    for (keyword* k : c->keywords)
      if (k->arg.empty()) simple = false;
    if (simple && c->func->kind == ExprKind::Attribute) {
      auto* a = c->func->as<Attribute>();
      expression(a->value);
      set_pos(c->func->pos);
      emit(Op::LOAD_METHOD, name_index(mangled(a->attr)));
    } else {
      emit(Op::PUSH_NULL);
      expression(c->func);
    }
    if (simple) {
      for (Expr* a : c->args) expression(a);
      for (keyword* k : c->keywords) expression(k->value);
      set_pos(c->pos);  // 3.11 draws no ~~~^^^ anchors for calls
      if (!c->keywords.empty()) {
        vm::TupleObject* names = vm_.new_tuple(0);
        for (keyword* k : c->keywords) names->items.push_back(Value::object(vm_.intern(k->arg)));
        emit(Op::KW_NAMES, add_const(Value::object(names)));
      }
      emit(Op::CALL, c->args.size() + c->keywords.size());
      return;
    }
    if (c->args.size() == 1 && c->args[0]->kind == ExprKind::Starred) {
      // f(*args): the iterable itself (CALL_FUNCTION_EX makes the tuple), as in CPython.
      expression(c->args[0]->as<Starred>()->value);
    } else {
      starred_collection(c->args, Op::BUILD_TUPLE, Op::LIST_APPEND, Op::LIST_EXTEND, true);
    }
    bool has_kw = !c->keywords.empty();
    if (has_kw) {
      emit(Op::BUILD_MAP, 0);
      for (keyword* k : c->keywords) {
        if (k->arg.empty()) {
          expression(k->value);
          emit(Op::DICT_MERGE, 1);
        } else {
          load_const(Value::object(vm_.intern(k->arg)));
          expression(k->value);
          emit(Op::MAP_ADD, 1);
        }
      }
    }
    set_pos(c->pos);
    emit(Op::CALL_FUNCTION_EX, has_kw ? 1 : 0);
  }

  // --- 5. functions, classes, comprehensions ------------------------------------------

  std::string qualname_for(const std::string& name) {
    Scope* s = u().scope;
    if (s->kind == ScopeKind::Module) return name;
    std::string base = u().code->qualname->text;
    if (s->kind == ScopeKind::Function) base += ".<locals>";
    return base + "." + name;
  }

  // Pushes the closure tuple for [code] (cells of this unit it needs).
  bool load_closure(CodeObject* code) {
    if (code->freevars.empty()) return false;
    for (auto* fv : code->freevars) {
      int slot = cell_slot(fv->text);
      if (slot < 0) {
        fail("internal error: free variable '" + fv->text + "' not found", u().pos.line);
        slot = 0;
      }
      emit(Op::LOAD_CLOSURE, slot);
    }
    emit(Op::BUILD_TUPLE, code->freevars.size());
    return true;
  }

  uint32_t push_defaults(const arguments* a) {
    uint32_t flags = 0;
    if (!a->defaults.empty()) {
      for (Expr* d : a->defaults) expression(d);
      emit(Op::BUILD_TUPLE, a->defaults.size());
      flags |= 1;
    }
    bool any_kw = false;
    for (Expr* d : a->kw_defaults)
      if (d) any_kw = true;
    if (any_kw) {
      int n = 0;
      for (uint32_t i = 0; i < a->kwonlyargs.size(); ++i) {
        if (!a->kw_defaults[i]) continue;
        load_const(Value::object(vm_.intern(a->kwonlyargs[i]->arg)));
        expression(a->kw_defaults[i]);
        ++n;
      }
      emit(Op::BUILD_MAP, n);
      flags |= 2;
    }
    return flags;
  }

  void set_arg_counts(CodeObject* code, const arguments* a) {
    code->posonlyargcount = static_cast<int32_t>(a->posonlyargs.size());
    code->argcount = static_cast<int32_t>(a->posonlyargs.size() + a->args.size());
    code->kwonlyargcount = static_cast<int32_t>(a->kwonlyargs.size());
    if (a->vararg) code->flags |= vm::kCodeVarargs;
    if (a->kwarg) code->flags |= vm::kCodeVarkw;
  }

  void make_function(CodeObject* code, uint32_t flags) {
    if (load_closure(code)) flags |= 8;
    load_const(Value::object(code));
    emit(Op::MAKE_FUNCTION, flags);
  }

  void function_def(FunctionDef* f) {
    for (Expr* d : f->decorator_list) {
      emit(Op::PUSH_NULL);
      expression(d);
    }
    set_pos(f->pos);
    uint32_t flags = push_defaults(f->args);
    Scope* scope = scopes_.scopes[f].get();
    std::string name(f->name);
    std::string qual = qualname_for(name);
    int firstline = f->pos.lineno;
    if (!f->decorator_list.empty()) firstline = f->decorator_list[0]->pos.lineno;
    push_unit(scope, name, qual, firstline);
    CodeObject* code = u().code;
    set_arg_counts(code, f->args);
    // Docstring.
    if (!f->body.empty() && f->body[0]->kind == StmtKind::Expr) {
      Expr* v = f->body[0]->as<ExprStmt>()->value;
      if (v->kind == ExprKind::Constant && v->as<Constant>()->value_kind == ConstantKind::Str) {
        code->consts.insert(code->consts.begin(), constant(v->as<Constant>()));
        code->flags |= vm::kCodeHasDocstring;
      }
    }
    body_statements(f->body);
    load_const(vm_.None);
    emit(Op::RETURN_VALUE);
    pop_unit();
    set_pos(f->pos);
    make_function(code, flags);
    for (uint32_t i = 0; i < f->decorator_list.size(); ++i) emit(Op::CALL, 1);
    name_op(name, Access::Store);
  }

  void lambda(Lambda* l) {
    uint32_t flags = push_defaults(l->args);
    Scope* scope = scopes_.scopes[l].get();
    push_unit(scope, "<lambda>", qualname_for("<lambda>"), l->pos.lineno);
    CodeObject* code = u().code;
    set_arg_counts(code, l->args);
    expression(l->body);
    emit(Op::RETURN_VALUE);
    pop_unit();
    make_function(code, flags);
  }

  void class_def(ClassDef* c) {
    for (Expr* d : c->decorator_list) {
      emit(Op::PUSH_NULL);
      expression(d);
    }
    set_pos(c->pos);
    emit(Op::PUSH_NULL);
    emit(Op::LOAD_BUILD_CLASS);
    Scope* scope = scopes_.scopes[c].get();
    std::string name(c->name);
    std::string qual = qualname_for(name);
    push_unit(scope, name, qual, c->pos.lineno);
    CodeObject* code = u().code;
    set_pos(c->pos);
    emit(Op::LOAD_NAME, name_index("__name__"));
    emit(Op::STORE_NAME, name_index("__module__"));
    load_const(Value::object(vm_.intern(qual)));
    emit(Op::STORE_NAME, name_index("__qualname__"));
    if (!c->body.empty() && c->body[0]->kind == StmtKind::Expr) {
      Expr* v = c->body[0]->as<ExprStmt>()->value;
      if (v->kind == ExprKind::Constant && v->as<Constant>()->value_kind == ConstantKind::Str) {
        load_const(constant(v->as<Constant>()));
        emit(Op::STORE_NAME, name_index("__doc__"));
      }
    }
    body_statements(c->body);
    if (scope->needs_class_cell) {
      emit(Op::LOAD_CLOSURE, cell_slot("__class__"));
      emit(Op::STORE_NAME, name_index("__classcell__"));
    }
    emit(Op::LOAD_LOCALS);
    emit(Op::RETURN_VALUE);
    pop_unit();
    set_pos(c->pos);
    make_function(code, 0);
    load_const(Value::object(vm_.intern(name)));
    for (Expr* b : c->bases) expression(b);
    uint32_t nargs = 2 + c->bases.size();
    if (!c->keywords.empty()) {
      vm::TupleObject* names = vm_.new_tuple(0);
      for (keyword* k : c->keywords) {
        expression(k->value);
        names->items.push_back(Value::object(vm_.intern(k->arg)));
      }
      emit(Op::KW_NAMES, add_const(Value::object(names)));
      nargs += c->keywords.size();
    }
    set_pos(c->pos);
    emit(Op::CALL, nargs);
    for (uint32_t i = 0; i < c->decorator_list.size(); ++i) emit(Op::CALL, 1);
    name_op(name, Access::Store);
  }

  void comprehension(Expr* e) {
    Scope* scope = scopes_.scopes[e].get();
    const Seq<lang::comprehension*>* gens;
    const char* name;
    switch (e->kind) {
      case ExprKind::ListComp: gens = &e->as<ListComp>()->generators; name = "<listcomp>"; break;
      case ExprKind::SetComp: gens = &e->as<SetComp>()->generators; name = "<setcomp>"; break;
      case ExprKind::DictComp: gens = &e->as<DictComp>()->generators; name = "<dictcomp>"; break;
      default: gens = &e->as<GeneratorExp>()->generators; name = "<genexpr>"; break;
    }
    push_unit(scope, name, qualname_for(name), e->pos.lineno);
    CodeObject* code = u().code;
    code->argcount = 1;
    set_pos(e->pos);
    if (e->kind == ExprKind::ListComp) emit(Op::BUILD_LIST, 0);
    else if (e->kind == ExprKind::SetComp) emit(Op::BUILD_SET, 0);
    else if (e->kind == ExprKind::DictComp) emit(Op::BUILD_MAP, 0);
    comprehension_loop(e, *gens, 0);
    if (e->kind == ExprKind::GeneratorExp) load_const(vm_.None);
    emit(Op::RETURN_VALUE);
    pop_unit();
    set_pos(e->pos);
    emit(Op::PUSH_NULL);
    make_function(code, 0);
    expression((*gens)[0]->iter);
    emit((*gens)[0]->is_async ? Op::GET_AITER : Op::GET_ITER);
    set_pos(e->pos);
    emit(Op::CALL, 1);
    if (scope->coroutine && e->kind != ExprKind::GeneratorExp) {
      // An asynchronous list/set/dict comprehension: await its coroutine.
      emit(Op::GET_AWAITABLE);
      yield_from_loop();
    }
  }

  void comprehension_loop(Expr* e, const Seq<lang::comprehension*>& gens, uint32_t i) {
    lang::comprehension* g = gens[i];
    int top = new_label(), exit = new_label();
    if (i == 0) {
      emit(Op::LOAD_FAST, 0);  // .0
    } else {
      expression(g->iter);
      emit(g->is_async ? Op::GET_AITER : Op::GET_ITER);
    }
    bind(top);
    int d = depth();
    int stop = new_label(), reraise = new_label(), body = new_label();
    if (g->is_async) {
      // As async_for_statement: await __anext__(); StopAsyncIteration ends the loop.
      push_handler(stop, d);
      emit(Op::GET_ANEXT);
      yield_from_loop();  // [aiter, item]
      pop_handler();
      emit_jump(Op::JUMP, body);
      bind(stop);  // [aiter, exc]
      set_depth(d + 1);
      load_const(Value::object(vm_.t.StopAsyncIteration_));
      emit(Op::CHECK_EXC_MATCH);  // [aiter, exc, matched]
      emit_jump(Op::POP_JUMP_IF_FALSE, reraise);
      emit(Op::POP_TOP);
      emit(Op::POP_TOP);
      emit_jump(Op::JUMP, exit);
      bind(reraise);
      set_depth(d + 1);
      emit(Op::RERAISE);
      bind(body);
      set_depth(d + 1);
    } else {
      emit_jump(Op::FOR_ITER, exit);
    }
    store_target(g->target);
    for (Expr* cond : g->ifs) jump_if(cond, false, top);
    if (i + 1 < gens.size()) {
      comprehension_loop(e, gens, i + 1);
    } else {
      // Depth of the result collection below the iterators.
      uint32_t below = gens.size() + 1;
      switch (e->kind) {
        case ExprKind::ListComp:
          expression(e->as<ListComp>()->elt);
          emit(Op::LIST_APPEND, below);
          break;
        case ExprKind::SetComp:
          expression(e->as<SetComp>()->elt);
          emit(Op::SET_ADD, below);
          break;
        case ExprKind::DictComp:
          expression(e->as<DictComp>()->key);
          expression(e->as<DictComp>()->value);
          emit(Op::MAP_ADD, below);
          break;
        default:
          expression(e->as<GeneratorExp>()->elt);
          emit(Op::YIELD_VALUE, u().scope->coroutine ? 1 : 0);
          emit(Op::RESUME, 1);
          emit(Op::POP_TOP);
          break;
      }
    }
    emit_jump(Op::JUMP_BACKWARD, top);
    bind(exit);
    set_depth(d - 1);
  }
};

}  // namespace

CompileResult compile_module(vm::Vm& vm, const Module* module, std::string_view filename) {
  CompileResult r;
  ScopeBuilder scopes;
  Scope* top = scopes.build_module(module);
  if (!scopes.error.empty()) {
    r.error = scopes.error;
    r.line = scopes.error_line;
    return r;
  }
  size_t roots = vm.extra_roots.size();
  Compiler c(vm, filename, scopes);
  CodeObject* code = c.module(module, top);
  vm.extra_roots.resize(roots);
  if (!c.error.empty()) {
    r.error = c.error;
    r.line = c.error_line;
    return r;
  }
  r.code = code;
  return r;
}

}  // namespace interleave::lang
