// Names of AST kinds and operators, for dumps and messages.
#include "lang/ast.h"

namespace interleave::lang {

const char* kind_name(StmtKind kind) {
  static const char* const names[] = {
      "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete",
      "Assign", "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If",
      "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert", "Import",
      "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue"};
  return names[static_cast<int>(kind)];
}

const char* kind_name(PatternKind kind) {
  static const char* const names[] = {"MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
                                      "MatchClass", "MatchStar",      "MatchAs",       "MatchOr"};
  return names[static_cast<int>(kind)];
}

const char* kind_name(ExprKind kind) {
  static const char* const names[] = {
      "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict",
      "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await",
      "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr",
      "Constant", "Attribute", "Subscript", "Starred", "Name", "List",
      "Tuple", "Slice"};
  return names[static_cast<int>(kind)];
}

const char* operator_name(Operator op) {
  static const char* const names[] = {
      "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
      "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(op)];
}

const char* operator_symbol(Operator op) {
  static const char* const symbols[] = {
      "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  return symbols[static_cast<int>(op)];
}

const char* unary_op_name(UnaryOpKind op) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(op)];
}

const char* cmp_op_name(CmpOp op) {
  static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt",
                                      "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(op)];
}

const char* context_name(ExprContext ctx) {
  static const char* const names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(ctx)];
}

}  // namespace interleave::lang
