// ast_depth: how deeply a tree nests. Everything that walks the tree
// recursively (symtable, compiler, dump) relies on the parser having
// refused trees deeper than kMaxTreeDepth, so none of them can overflow
// the C++ stack (in wasm it is small).
#pragma once

#include "lang/ast.h"

namespace interleave::lang {

constexpr int32_t kMaxTreeDepth = 1000;

// The first node found deeper than [limit] levels, or nullptr.
const Position* find_node_deeper_than(const Module& module, int32_t limit);

}  // namespace interleave::lang
