// ast_depth: finds a node nested more than a limit (see ast_depth.h). The
// walk itself recurses, but stops at the limit, so it is safe.
#include "lang/ast_depth.h"

namespace interleave::lang {

namespace {

class DepthCheck {
 public:
  explicit DepthCheck(int32_t limit) : limit_(limit) {}
  const Position* found = nullptr;

  void stmts(const Seq<Stmt*>& body, int32_t d) {
    for (const Stmt* s : body) {
      if (found) return;
      stmt(s, d);
    }
  }
  void exprs(const Seq<Expr*>& list, int32_t d) {
    for (const Expr* e : list) {
      if (found) return;
      if (e) expr(e, d);
    }
  }
  void args(const arguments* a, int32_t d) {
    auto annotations = [&](const Seq<arg*>& list) {
      for (const arg* x : list)
        if (x->annotation) expr(x->annotation, d);
    };
    annotations(a->posonlyargs);
    annotations(a->args);
    annotations(a->kwonlyargs);
    if (a->vararg && a->vararg->annotation) expr(a->vararg->annotation, d);
    if (a->kwarg && a->kwarg->annotation) expr(a->kwarg->annotation, d);
    exprs(a->defaults, d);
    exprs(a->kw_defaults, d);
  }
  void generators(const Seq<comprehension*>& gens, int32_t d) {
    for (const comprehension* c : gens) {
      expr(c->target, d);
      expr(c->iter, d);
      exprs(c->ifs, d);
    }
  }

  void pattern(const Pattern* p, int32_t d) {
    if (found || !p) return;
    if (++d > limit_) {
      found = &p->pos;
      return;
    }
    if (p->value) expr(p->value, d);
    if (p->cls) expr(p->cls, d);
    exprs(p->keys, d);
    for (const Pattern* q : p->patterns) pattern(q, d);
    for (const Pattern* q : p->kwd_patterns) pattern(q, d);
    pattern(p->pattern, d);
  }

  void stmt(const Stmt* s, int32_t d) {
    if (found) return;
    if (++d > limit_) {
      found = &s->pos;
      return;
    }
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* f = s->as<FunctionDef>();
        args(f->args, d);
        exprs(f->decorator_list, d);
        if (f->returns) expr(f->returns, d);
        stmts(f->body, d);
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = s->as<ClassDef>();
        exprs(c->bases, d);
        for (const keyword* k : c->keywords) expr(k->value, d);
        exprs(c->decorator_list, d);
        stmts(c->body, d);
        break;
      }
      case StmtKind::Return:
        if (s->as<Return>()->value) expr(s->as<Return>()->value, d);
        break;
      case StmtKind::Delete: exprs(s->as<Delete>()->targets, d); break;
      case StmtKind::Assign:
        exprs(s->as<Assign>()->targets, d);
        expr(s->as<Assign>()->value, d);
        break;
      case StmtKind::AugAssign:
        expr(s->as<AugAssign>()->target, d);
        expr(s->as<AugAssign>()->value, d);
        break;
      case StmtKind::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        expr(a->target, d);
        expr(a->annotation, d);
        if (a->value) expr(a->value, d);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = s->as<For>();
        expr(f->target, d);
        expr(f->iter, d);
        stmts(f->body, d);
        stmts(f->orelse, d);
        break;
      }
      case StmtKind::While:
        expr(s->as<While>()->test, d);
        stmts(s->as<While>()->body, d);
        stmts(s->as<While>()->orelse, d);
        break;
      case StmtKind::If:
        expr(s->as<If>()->test, d);
        stmts(s->as<If>()->body, d);
        stmts(s->as<If>()->orelse, d);
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        for (const withitem* w : s->as<With>()->items) {
          expr(w->context_expr, d);
          if (w->optional_vars) expr(w->optional_vars, d);
        }
        stmts(s->as<With>()->body, d);
        break;
      case StmtKind::Match:
        expr(s->as<Match>()->subject, d);
        for (const match_case* c : s->as<Match>()->cases) {
          pattern(c->pattern, d);
          if (c->guard) expr(c->guard, d);
          stmts(c->body, d);
        }
        break;
      case StmtKind::Raise:
        if (s->as<Raise>()->exc) expr(s->as<Raise>()->exc, d);
        if (s->as<Raise>()->cause) expr(s->as<Raise>()->cause, d);
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = s->as<Try>();
        stmts(t->body, d);
        for (const ExceptHandler* h : t->handlers) {
          if (h->type) expr(h->type, d);
          stmts(h->body, d);
        }
        stmts(t->orelse, d);
        stmts(t->finalbody, d);
        break;
      }
      case StmtKind::Assert:
        expr(s->as<Assert>()->test, d);
        if (s->as<Assert>()->msg) expr(s->as<Assert>()->msg, d);
        break;
      case StmtKind::Expr: expr(s->as<ExprStmt>()->value, d); break;
      default: break;
    }
  }

  void expr(const Expr* e, int32_t d) {
    if (found) return;
    if (++d > limit_) {
      found = &e->pos;
      return;
    }
    switch (e->kind) {
      case ExprKind::BoolOp: exprs(e->as<BoolOp>()->values, d); break;
      case ExprKind::NamedExpr:
        expr(e->as<NamedExpr>()->target, d);
        expr(e->as<NamedExpr>()->value, d);
        break;
      case ExprKind::BinOp:
        expr(e->as<BinOp>()->left, d);
        expr(e->as<BinOp>()->right, d);
        break;
      case ExprKind::UnaryOp: expr(e->as<UnaryOp>()->operand, d); break;
      case ExprKind::Lambda:
        args(e->as<Lambda>()->args, d);
        expr(e->as<Lambda>()->body, d);
        break;
      case ExprKind::IfExp:
        expr(e->as<IfExp>()->test, d);
        expr(e->as<IfExp>()->body, d);
        expr(e->as<IfExp>()->orelse, d);
        break;
      case ExprKind::Dict:
        exprs(e->as<Dict>()->keys, d);
        exprs(e->as<Dict>()->values, d);
        break;
      case ExprKind::Set: exprs(e->as<Set>()->elts, d); break;
      case ExprKind::ListComp:
        expr(e->as<ListComp>()->elt, d);
        generators(e->as<ListComp>()->generators, d);
        break;
      case ExprKind::SetComp:
        expr(e->as<SetComp>()->elt, d);
        generators(e->as<SetComp>()->generators, d);
        break;
      case ExprKind::DictComp:
        expr(e->as<DictComp>()->key, d);
        expr(e->as<DictComp>()->value, d);
        generators(e->as<DictComp>()->generators, d);
        break;
      case ExprKind::GeneratorExp:
        expr(e->as<GeneratorExp>()->elt, d);
        generators(e->as<GeneratorExp>()->generators, d);
        break;
      case ExprKind::Await: expr(e->as<Await>()->value, d); break;
      case ExprKind::Yield:
        if (e->as<Yield>()->value) expr(e->as<Yield>()->value, d);
        break;
      case ExprKind::YieldFrom: expr(e->as<YieldFrom>()->value, d); break;
      case ExprKind::Compare:
        expr(e->as<Compare>()->left, d);
        exprs(e->as<Compare>()->comparators, d);
        break;
      case ExprKind::Call:
        expr(e->as<Call>()->func, d);
        exprs(e->as<Call>()->args, d);
        for (const keyword* k : e->as<Call>()->keywords) expr(k->value, d);
        break;
      case ExprKind::FormattedValue:
        expr(e->as<FormattedValue>()->value, d);
        if (e->as<FormattedValue>()->format_spec) expr(e->as<FormattedValue>()->format_spec, d);
        break;
      case ExprKind::JoinedStr: exprs(e->as<JoinedStr>()->values, d); break;
      case ExprKind::Attribute: expr(e->as<Attribute>()->value, d); break;
      case ExprKind::Subscript:
        expr(e->as<Subscript>()->value, d);
        expr(e->as<Subscript>()->slice, d);
        break;
      case ExprKind::Starred: expr(e->as<Starred>()->value, d); break;
      case ExprKind::List: exprs(e->as<List>()->elts, d); break;
      case ExprKind::Tuple: exprs(e->as<Tuple>()->elts, d); break;
      case ExprKind::Slice:
        if (e->as<Slice>()->lower) expr(e->as<Slice>()->lower, d);
        if (e->as<Slice>()->upper) expr(e->as<Slice>()->upper, d);
        if (e->as<Slice>()->step) expr(e->as<Slice>()->step, d);
        break;
      default: break;
    }
  }

 private:
  int32_t limit_;
};

}  // namespace

const Position* find_node_deeper_than(const Module& module, int32_t limit) {
  DepthCheck check(limit);
  check.stmts(module.body, 0);
  return check.found;
}

}  // namespace interleave::lang
