// The parser, part 3: assignment and deletion targets.
//
// Targets are parsed as ordinary expressions and then checked and switched
// to Store or Del here, with CPython's messages for what cannot be assigned.
#include <string>

#include "lang/parser_internal.h"

namespace interleave::lang {

// What CPython calls an expression in "cannot assign to ..." messages.
const char* Parser::expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (e->as<Constant>()->value_kind) {
        case ConstantKind::None: return "None";
        case ConstantKind::True: return "True";
        case ConstantKind::False: return "False";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// Marks [e] as a target of [ctx], or records CPython's error for it.
// [use] AssignFirst is the first target of `a = b` (CPython then suggests
// '=='); nested elements are checked as plain targets.
bool Parser::set_context(Expr* e, ExprContext ctx, TargetUse use) {
  TargetUse nested = use == TargetUse::AssignFirst ? TargetUse::Assign : use;
  switch (e->kind) {
    case ExprKind::Name: e->as<Name>()->ctx = ctx; return true;
    case ExprKind::Attribute: e->as<Attribute>()->ctx = ctx; return true;
    case ExprKind::Subscript: e->as<Subscript>()->ctx = ctx; return true;
    case ExprKind::Starred:
      if (use == TargetUse::Del) {
        fail_node(e->pos, "cannot delete starred");
        return false;
      }
      e->as<Starred>()->ctx = ctx;
      return set_context(e->as<Starred>()->value, ctx, nested);
    case ExprKind::Tuple:
      e->as<Tuple>()->ctx = ctx;
      for (Expr* elt : e->as<Tuple>()->elts)
        if (!set_context(elt, ctx, nested)) return false;
      return true;
    case ExprKind::List:
      e->as<List>()->ctx = ctx;
      for (Expr* elt : e->as<List>()->elts)
        if (!set_context(elt, ctx, nested)) return false;
      return true;
    default: break;
  }
  std::string what = expr_name(e);
  if (use == TargetUse::Del) {
    fail_node(e->pos, "cannot delete " + what);
    return false;
  }
  if ((e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom) &&
      use == TargetUse::Assign) {
    fail_node(e->pos, "assignment to yield expression not possible");
    return false;
  }
  // CPython suggests '==' only for a plain operand (its bitwise_or rule).
  bool keyword_constant = what == "True" || what == "False" || what == "None";
  bool operand = first_target_parenthesized_ ||
                 (e->kind != ExprKind::GeneratorExp && e->kind != ExprKind::IfExp &&
                 e->kind != ExprKind::Lambda && e->kind != ExprKind::BoolOp &&
                 e->kind != ExprKind::Compare && e->kind != ExprKind::NamedExpr &&
                 !(e->kind == ExprKind::UnaryOp && e->as<UnaryOp>()->op == UnaryOpKind::Not));
  if (use == TargetUse::AssignFirst && !keyword_constant && operand) {
    fail_node(e->pos, "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?");
    return false;
  }
  fail_node(e->pos, "cannot assign to " + what);
  return false;
}

}  // namespace interleave::lang
