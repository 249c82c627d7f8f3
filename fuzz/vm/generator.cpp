// The VM fuzzer's program generator (see generator.h and README.md).
//
// Every choice reads one byte (modulo the number of options); option 0 is
// always the cheapest way to finish, and exhausted input reads as 0, so
// any input yields a finite program. Scope rules that CPython checks at
// compile time (return/yield/await/break placement, global/nonlocal first,
// no walrus in comprehensions, f-string quoting, parameter order) are
// tracked here so the programs compile; runtime errors are welcome and are
// caught by a try/except around every top-level statement so a run goes on.
#include "generator.h"

#include <string>
#include <vector>

namespace interleave::fuzz {
namespace {

const char* const kInts[] = {"0", "1", "2", "3", "-1", "7", "10", "255", "-5", "100",
                             "2**62", "-2**63", "9223372036854775807", "4611686018427387904",
                             "1_000_000", "0x7f", "0o17", "0b101", "True", "False"};
const char* const kStrs[] = {"'a'", "''", "'abc'", "'a,b,c'", "'Hello World'", "'  pad  '", "'x\\ny'",
                             "'\\u00e9t\\u00e9'", "'%s'", "'{}'", "'{0}-{1}'", "'123'", "'-4.5'", "'\\t'",
                             "('ab' * 3)", "'\\x00'", "'\\U0001F600'", "'Z'"};
const char* const kFloats[] = {"1.5", "-0.0", "0.1", "1e308", "1e-310", "float('nan')", "float('inf')",
                               "-2.5", "3.0", "1e16", "2.675"};
const char* const kBinops[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};
const char* const kAugops[] = {"+=", "-=", "*=", "//=", "%=", "|=", "&=", "^=", "<<=", ">>=", "**=", "/="};
const char* const kCmps[] = {"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"};
const char* const kExc[] = {"ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError",
                            "ZeroDivisionError", "StopIteration", "AttributeError", "Exception",
                            "ArithmeticError", "LookupError", "OverflowError", "NameError",
                            "AssertionError", "NotImplementedError", "GeneratorExit", "RecursionError"};
const char* const kUnary1[] = {"len", "sorted", "min", "max", "sum", "list", "tuple", "set", "frozenset",
                               "dict", "str", "repr", "int", "float", "abs", "hash", "bool", "iter",
                               "next", "any", "all", "reversed", "enumerate", "zip", "chr", "ord",
                               "bin", "hex", "oct", "type", "callable", "id", "round", "ascii", "format",
                               "vars", "dir", "range", "bytes", "bytearray", "divmod", "pow", "isinstance",
                               "getattr", "hasattr", "issubclass", "super", "object", "print", "slice"};
const char* const kStrMeth[] = {"upper()", "lower()", "split()", "split(',')", "strip()", "title()",
                                "replace('a', 'bb')", "find('b')", "index('a')", "count('a')",
                                "startswith('a')", "endswith(('c', 'x'))", "join(['1', '2'])",
                                "center(9, '*')", "ljust(4)", "zfill(6)", "format(1, 2)", "isdigit()",
                                "partition(',')", "rsplit(',', 1)", "splitlines()", "encode()",
                                "swapcase()", "casefold()", "isidentifier()", "expandtabs(4)",
                                "removeprefix('a')", "rjust(5, '0')", "capitalize()", "isalpha()",
                                "translate({97: 'z'})", "rstrip('c')", "format_map({'a': 1})"};
const char* const kListMeth[] = {"append", "pop", "insert", "extend", "sort", "index", "remove",
                                 "count", "reverse", "copy", "clear", "__len__", "__getitem__"};
const char* const kDictMeth[] = {"keys()", "values()", "items()", "get", "setdefault", "pop", "update",
                                 "popitem()", "copy()", "clear()", "fromkeys"};
const char* const kSetMeth[] = {"add", "discard", "remove", "union", "intersection", "difference",
                                "symmetric_difference", "issubset", "isdisjoint", "pop()", "update"};

template <size_t N>
constexpr size_t count(const char* const (&)[N]) { return N; }

struct Ctx {
  int indent = 0;
  bool in_func = false;
  bool in_loop = false;
  bool in_gen = false;
  bool in_async = false;
  bool in_method = false;   // zero-argument super() and self work
  bool in_fstring = false;  // no double quotes, no nested f-strings
  bool nested = false;      // inside a function inside a function
  int loop_depth = 0;
  std::vector<std::string> names;  // readable local names beyond the globals
};

class Gen {
 public:
  Gen(const uint8_t* d, size_t n) : d_(d), n_(n) {}

  std::string program() {
    imports();
    int items = 1 + pick(12);
    for (int k = 0; k < items && !exhausted(); ++k) top_item();
    // Always end with something that touches what was defined.
    for (int k = 0; k < classes_; ++k) line(0, "print(repr(C" + std::to_string(k) + "))");
    return out_;
  }

 private:
  const uint8_t* d_;
  size_t n_;
  size_t i_ = 0;
  int nodes_ = 0;
  std::string out_;
  int classes_ = 0, funcs_ = 0, gens_ = 0, coros_ = 0, cms_ = 0;
  bool mods_[8] = {};  // math random functools itertools collections contextlib sys typing-free
  int uniq_ = 0;

  bool exhausted() const { return i_ >= n_; }
  unsigned pick(unsigned k) {
    if (k <= 1 || i_ >= n_) return 0;
    return d_[i_++] % k;
  }
  bool coin() { return pick(2) == 1; }
  bool big() const { return nodes_ > 600 || i_ >= n_; }
  std::string idx(int k) { return std::to_string(k); }

  void line(int indent, const std::string& s) {
    out_.append(static_cast<size_t>(indent) * 4, ' ');
    out_ += s;
    out_ += '\n';
  }

  void imports() {
    static const char* const mods[] = {"math", "random", "functools", "itertools", "collections",
                                       "contextlib", "sys"};
    unsigned mask = pick(256);
    for (int m = 0; m < 7; ++m) {
      if (mask & (1u << m)) {
        mods_[m] = true;
        line(0, std::string("import ") + mods[m]);
      }
    }
    if (mods_[2] && coin()) line(0, "from functools import reduce, partial, lru_cache, wraps, cmp_to_key");
    if (mods_[3] && coin()) line(0, "from itertools import count, chain, islice, product, permutations, accumulate");
    if (mods_[4] && coin()) line(0, "from collections import Counter, defaultdict, deque, namedtuple, OrderedDict");
    if (mods_[5] && coin()) line(0, "from contextlib import contextmanager, suppress");
    line(0, "v0 = 0");
    line(0, "v1 = 'ab'");
    line(0, "v2 = [3, 1, 2]");
    line(0, "v3 = {'a': 1, 2: 'b'}");
    line(0, "v4 = (1, 'x', None)");
    line(0, "v5 = {1, 2, 3}");
    if (coin()) {
      line(0, "def _drive(co):");
      line(1, "try:");
      line(2, "while True:");
      line(3, "co.send(None)");
      line(1, "except StopIteration as e:");
      line(2, "return e.value");
      drive_ = true;
    }
  }
  bool drive_ = false;

  // ------------------------------------------------------------------ expressions
  std::string name(const Ctx& c) {
    unsigned k = pick(6 + static_cast<unsigned>(c.names.size()));
    if (k < 6) return "v" + idx(static_cast<int>(k));
    return c.names[k - 6];
  }

  std::string str_lit(const Ctx& c) {
    std::string s = kStrs[pick(count(kStrs))];
    // No backslashes inside an f-string's expressions (3.11).
    if (c.in_fstring && s.find('\\') != std::string::npos) return "'q'";
    return s;
  }

  std::string atom(const Ctx& c) {
    switch (pick(7)) {
      case 0: return kInts[pick(count(kInts))];
      case 1: return str_lit(c);
      case 2: return name(c);
      case 3: return kFloats[pick(count(kFloats))];
      case 4: return pick(3) == 0 ? "None" : (coin() ? "[]" : "()");
      case 5: return name(c);
      default: return c.in_method && coin() ? "self" : name(c);
    }
  }

  std::string args(const Ctx& c, int depth, int max) {
    std::string s;
    int n = static_cast<int>(pick(static_cast<unsigned>(max + 1)));
    for (int k = 0; k < n; ++k) {
      if (k) s += ", ";
      s += expr(c, depth + 1);
    }
    return s;
  }

  std::string call_builtin(const Ctx& c, int depth) {
    std::string f = kUnary1[pick(count(kUnary1))];
    switch (pick(4)) {
      case 0: return f + "(" + expr(c, depth + 1) + ")";
      case 1: return f + "(" + args(c, depth, 3) + ")";
      case 2: return f + "(" + expr(c, depth + 1) + ", key=" + lambda(c, depth) + ")";
      default: return f + "(" + expr(c, depth + 1) + ", " + expr(c, depth + 1) + ")";
    }
  }

  std::string lambda(const Ctx& c, int depth) {
    Ctx l = c;
    l.names.push_back("x");
    if (coin()) {
      l.names.push_back("y");
      return "(lambda x, y=" + expr(c, depth + 1) + ": " + expr(l, depth + 1) + ")";
    }
    if (coin()) return "(lambda *x: " + expr(l, depth + 1) + ")";
    return "(lambda x: " + expr(l, depth + 1) + ")";
  }

  std::string comprehension(const Ctx& c, int depth) {
    Ctx l = c;
    std::string v = "_c" + idx(depth);
    l.names.push_back(v);
    std::string iter = expr(c, depth + 1);
    std::string cond = coin() ? " if " + expr(l, depth + 1) : "";
    std::string more;
    if (pick(4) == 0) {
      std::string w = "_d" + idx(depth);
      std::string it2 = expr(l, depth + 1);
      l.names.push_back(w);
      more = " for " + w + " in " + it2;
    }
    std::string body = expr(l, depth + 1);
    std::string fors = " for " + v + " in " + iter + cond + more;
    switch (pick(4)) {
      case 0: return "[" + body + fors + "]";
      case 1: return "{" + body + fors + "}";
      case 2: return "{" + body + ": " + expr(l, depth + 1) + fors + "}";
      default: return "(" + body + fors + ")";
    }
  }

  std::string fstring(const Ctx& c, int depth) {
    Ctx f = c;
    f.in_fstring = true;
    static const char* const specs[] = {"", "!r", "!s", ":>8", ":<5", ":^7", ":.3f", ":x", ":,", ":08.2f",
                                        ":e", ":%", ":+d", ":b", ":.2", "!a", ":*^9", ":#o", ":g", ":_"};
    std::string s = "f\"";
    int n = 1 + static_cast<int>(pick(3));
    for (int k = 0; k < n; ++k) {
      s += coin() ? "t" : "{{";
      s += "{ " + expr(f, depth + 1) + " ";
      if (pick(6) == 0) s += ":{ " + expr(f, depth + 1) + " }";
      else s += specs[pick(count(specs))];
      s += "}";
    }
    return s + "\"";
  }

  std::string module_expr(const Ctx& c, int depth) {
    std::string e = expr(c, depth + 1);
    switch (pick(7)) {
      case 0:
        if (!mods_[0]) break;
        switch (pick(8)) {
          case 0: return "math.sqrt(" + e + ")";
          case 1: return "math.floor(" + e + ")";
          case 2: return "math.gcd(" + e + ", " + expr(c, depth + 1) + ")";
          case 3: return "math.isqrt(" + e + ")";
          case 4: return "math.factorial(" + e + ")";
          case 5: return "math.log(" + e + ")";
          case 6: return "math.comb(" + e + ", 2)";
          default: return "math.fsum(" + e + ")";
        }
      case 1:
        if (!mods_[1]) break;
        switch (pick(5)) {
          case 0: return "random.randint(0, " + e + ")";
          case 1: return "random.choice(" + e + ")";
          case 2: return "random.shuffle(" + e + ")";
          case 3: return "random.sample(" + e + ", 2)";
          default: return "random.random()";
        }
      case 2:
        if (!mods_[2]) break;
        switch (pick(4)) {
          case 0: return "functools.reduce(" + lambda2(c, depth) + ", " + e + ")";
          case 1: return "functools.partial(" + lambda(c, depth) + ", " + e + ")()";
          case 2: return "functools.cmp_to_key(" + lambda2(c, depth) + ")(" + e + ")";
          default: return "sorted(" + e + ", key=functools.cmp_to_key(" + lambda2(c, depth) + "))";
        }
      case 3:
        if (!mods_[3]) break;
        switch (pick(7)) {
          case 0: return "list(itertools.islice(itertools.count(" + e + "), 5))";
          case 1: return "list(itertools.chain(" + e + ", " + expr(c, depth + 1) + "))";
          case 2: return "list(itertools.permutations(" + e + ", 2))";
          case 3: return "list(itertools.product(" + e + ", repeat=2))";
          case 4: return "list(itertools.accumulate(" + e + "))";
          case 5: return "list(itertools.zip_longest(" + e + ", 'ab'))";
          default: return "[(k, list(g)) for k, g in itertools.groupby(" + e + ")]";
        }
      case 4:
        if (!mods_[4]) break;
        switch (pick(6)) {
          case 0: return "collections.Counter(" + e + ").most_common(2)";
          case 1: return "collections.deque(" + e + ", maxlen=3)";
          case 2: return "collections.namedtuple('P', 'x y')(" + e + ", 2)";
          case 3: return "collections.OrderedDict(" + e + ")";
          case 4: return "collections.defaultdict(list, " + e + ")";
          default: return "collections.ChainMap({'a': 1}, " + e + ")";
        }
      case 5:
        if (!mods_[6]) break;
        switch (pick(3)) {
          case 0: return "sys.getrecursionlimit()";
          case 1: return "sys.maxsize";
          default: return "sys.exc_info()[0]";
        }
      default: break;
    }
    return e;
  }

  std::string lambda2(const Ctx& c, int depth) {
    Ctx l = c;
    l.names.push_back("a");
    l.names.push_back("b");
    return "(lambda a, b: " + expr(l, depth + 1) + ")";
  }

  std::string user_call(const Ctx& c, int depth) {
    switch (pick(5)) {
      case 0:
        if (!funcs_) break;
        return "f" + idx(static_cast<int>(pick(static_cast<unsigned>(funcs_)))) + "(" + call_args(c, depth) + ")";
      case 1:
        if (!classes_) break;
        return "C" + idx(static_cast<int>(pick(static_cast<unsigned>(classes_)))) + "(" + call_args(c, depth) + ")";
      case 2:
        if (!gens_) break;
        return (coin() ? "list(g" : "tuple(g") + idx(static_cast<int>(pick(static_cast<unsigned>(gens_)))) + "(" +
               args(c, depth, 2) + "))";
      case 3:
        if (!coros_ || !drive_) break;
        return "_drive(co" + idx(static_cast<int>(pick(static_cast<unsigned>(coros_)))) + "(" + args(c, depth, 2) + "))";
      default:
        if (!classes_) break;
        return "C" + idx(static_cast<int>(pick(static_cast<unsigned>(classes_)))) + "(" + args(c, depth, 1) +
               ")." + (coin() ? "m(" + args(c, depth, 2) + ")" : "x");
    }
    return call_builtin(c, depth);
  }

  std::string call_args(const Ctx& c, int depth) {
    std::string s = args(c, depth, 2);
    auto sep = [&] { if (!s.empty()) s += ", "; };
    if (pick(4) == 0) { sep(); s += "*" + expr(c, depth + 1); }
    if (pick(4) == 0) { sep(); s += "k=" + expr(c, depth + 1); }
    if (pick(5) == 0) { sep(); s += "**" + expr(c, depth + 1); }
    return s;
  }

  std::string expr(const Ctx& c, int depth) {
    ++nodes_;
    if (depth > 3 || big()) return atom(c);
    unsigned kind = pick(36);
    if (kind >= 30) return atom(c);
    switch (kind) {
      case 0: case 1: case 2: return atom(c);
      case 3: case 4:
        return "(" + expr(c, depth + 1) + " " + kBinops[pick(count(kBinops))] + " " + expr(c, depth + 1) + ")";
      case 5: {
        static const char* const u[] = {"-", "+", "~", "not "};
        return std::string("(") + u[pick(4)] + expr(c, depth + 1) + ")";
      }
      case 6: {
        std::string s = "(" + expr(c, depth + 1) + " " + kCmps[pick(count(kCmps))] + " " + expr(c, depth + 1);
        if (coin()) s += std::string(" ") + kCmps[pick(count(kCmps))] + " " + expr(c, depth + 1);
        return s + ")";
      }
      case 7: return "(" + expr(c, depth + 1) + (coin() ? " and " : " or ") + expr(c, depth + 1) + ")";
      case 8: return "(" + expr(c, depth + 1) + " if " + expr(c, depth + 1) + " else " + expr(c, depth + 1) + ")";
      case 9: case 10: return call_builtin(c, depth);
      case 11: return "[" + args(c, depth, 4) + "]";
      case 12: {
        std::string s = "(" + args(c, depth, 3);
        return s + (s.size() > 1 ? ",)" : ")");
      }
      case 13: {
        std::string s = "{";
        int n = static_cast<int>(pick(4));
        for (int k = 0; k < n; ++k) {
          if (k) s += ", ";
          if (pick(6) == 0) s += "**" + expr(c, depth + 1);
          else s += expr(c, depth + 1) + ": " + expr(c, depth + 1);
        }
        return s + "}";
      }
      case 14: return "{" + expr(c, depth + 1) + (coin() ? ", " + expr(c, depth + 1) : "") + "}";
      case 15: return "(" + expr(c, depth + 1) + ")[" + expr(c, depth + 1) + "]";
      case 16: {
        std::string s = "(" + expr(c, depth + 1) + ")[";
        if (coin()) s += expr(c, depth + 1);
        s += ":";
        if (coin()) s += expr(c, depth + 1);
        if (coin()) s += ":" + expr(c, depth + 1);
        return s + "]";
      }
      case 17: return comprehension(c, depth);
      case 18: return lambda(c, depth) + "(" + expr(c, depth + 1) + ")";
      case 19:
        if (c.in_fstring) return "'%s-%r' % (" + expr(c, depth + 1) + ", " + expr(c, depth + 1) + ")";
        return fstring(c, depth);
      case 20: {
        static const char* const fmts[] = {"'%s'", "'%d'", "'%r|%s'", "'%5.2f'", "'%x'", "'%-4s|'", "'%(a)s'",
                                           "'%c'", "'%o%%'", "'%e'", "'%*d'", "'%+.3g'"};
        return "(" + std::string(fmts[pick(count(fmts))]) + " % " + expr(c, depth + 1) + ")";
      }
      case 21: return "(" + str_lit(c) + ")." + kStrMeth[pick(count(kStrMeth))];
      case 22: return "(" + expr(c, depth + 1) + ")." + kStrMeth[pick(count(kStrMeth))];
      case 23: {
        std::string m = kListMeth[pick(count(kListMeth))];
        return name(c) + "." + m + "(" + args(c, depth, 2) + ")";
      }
      case 24: {
        std::string m = kDictMeth[pick(count(kDictMeth))];
        if (m.back() == ')') return name(c) + "." + m;
        return name(c) + "." + m + "(" + args(c, depth, 2) + ")";
      }
      case 25: {
        std::string m = kSetMeth[pick(count(kSetMeth))];
        if (m.back() == ')') return name(c) + "." + m;
        return name(c) + "." + m + "(" + expr(c, depth + 1) + ")";
      }
      case 26: case 27: return user_call(c, depth);
      case 28: return module_expr(c, depth);
      default: {
        static const char* const attrs[] = {"x", "__class__", "__name__", "__dict__", "real", "__doc__",
                                            "__mro__", "__len__", "m", "__qualname__", "args", "__cause__"};
        return "(" + expr(c, depth + 1) + ")." + attrs[pick(count(attrs))];
      }
    }
  }

  // ------------------------------------------------------------------ statements
  std::string target(const Ctx& c) {
    // Assignable names: globals at module level, locals in functions.
    if (c.in_func) {
      unsigned k = pick(3);
      return "l" + idx(static_cast<int>(k));
    }
    return "v" + idx(static_cast<int>(pick(6)));
  }

  void body(Ctx c, int depth) {
    int n = 1 + static_cast<int>(pick(3));
    for (int k = 0; k < n; ++k) stmt(c, depth + 1);
  }

  void stmt(Ctx c, int depth) {
    ++nodes_;
    int in = c.indent;
    if (depth > 3 || big()) {
      line(in, "print(" + expr(c, 2) + ")");
      return;
    }
    switch (pick(26)) {
      case 0: case 1:
      {
        std::string a = args(c, 1, 3);
        if (pick(5) == 0) a += std::string(a.empty() ? "" : ", ") + "sep='|', end='!\\n'";
        line(in, "print(" + a + ")");
      }
        return;
      case 2: case 3: line(in, target(c) + " = " + expr(c, 0)); return;
      case 4: line(in, target(c) + " " + kAugops[pick(count(kAugops))] + " " + expr(c, 0)); return;
      case 5: {
        static const char* const pats[] = {"{0}, {1} = ", "{0}, *{1} = ", "*{0}, {1} = ", "[{0}, ({1}, {2})] = ",
                                           "{0} = {1} = "};
        std::string p = pats[pick(count(pats))];
        std::string t[3] = {target(c), target(c), target(c)};
        std::string s;
        for (size_t k = 0; k < p.size(); ++k) {
          if (p[k] == '{' && k + 2 < p.size() && p[k + 2] == '}') {
            s += t[p[k + 1] - '0'];
            k += 2;
          } else {
            s += p[k];
          }
        }
        // A starred target twice or the same name twice is fine at runtime.
        line(in, s + expr(c, 0));
        return;
      }
      case 6: {
        std::string n = name(c);
        switch (pick(4)) {
          case 0: line(in, n + "[" + expr(c, 1) + "] = " + expr(c, 1)); return;
          case 1: line(in, n + "[" + expr(c, 1) + ":" + expr(c, 1) + "] = " + expr(c, 1)); return;
          case 2: line(in, "del " + n + "[" + expr(c, 1) + "]"); return;
          default: line(in, n + "[" + expr(c, 1) + "] += " + expr(c, 1)); return;
        }
      }
      case 7: {
        line(in, "if " + expr(c, 0) + ":");
        Ctx b = c; b.indent++;
        body(b, depth);
        if (coin()) { line(in, "elif " + expr(c, 0) + ":"); body(b, depth); }
        if (coin()) { line(in, "else:"); body(b, depth); }
        return;
      }
      case 8: {
        std::string v = "_i" + idx(c.loop_depth);
        line(in, "for " + v + " in " + expr(c, 0) + ":");
        Ctx b = c; b.indent++; b.in_loop = true; b.loop_depth++; b.names.push_back(v);
        body(b, depth);
        if (pick(4) == 0) { line(in, "else:"); Ctx e = c; e.indent++; body(e, depth); }
        return;
      }
      case 9: {
        std::string v = "_w" + idx(c.loop_depth);
        line(in, v + " = 0");
        line(in, "while " + v + " < " + idx(1 + static_cast<int>(pick(5))) + (coin() ? " and " + expr(c, 1) : "") + ":");
        Ctx b = c; b.indent++; b.in_loop = true; b.loop_depth++;
        line(b.indent, v + " += 1");
        body(b, depth);
        return;
      }
      case 10:
        if (c.in_loop) { line(in, coin() ? "break" : "continue"); return; }
        line(in, "pass");
        return;
      case 11: case 12: try_stmt(c, depth); return;
      case 13: {
        std::string e = kExc[pick(count(kExc))];
        if (coin()) line(in, "raise " + e + "(" + expr(c, 1) + ") from " + (coin() ? "None" : kExc[pick(count(kExc))] + std::string("('c')")));
        else line(in, "raise " + e + "(" + args(c, 1, 2) + ")");
        return;
      }
      case 14: with_stmt(c, depth); return;
      case 15: line(in, "assert " + expr(c, 0) + ", " + expr(c, 1)); return;
      case 16: {
        std::string t = target(c);
        line(in, t + " = " + expr(c, 1));
        line(in, "del " + t);
        return;
      }
      case 17:
        if (c.in_func) { line(in, "return " + expr(c, 0)); return; }
        line(in, "print((" + target(c) + " := " + expr(c, 1) + "))");
        return;
      case 18:
        if (c.in_gen) {
          switch (pick(4)) {
            case 0: line(in, "yield " + expr(c, 0)); return;
            case 1: line(in, target(c) + " = yield " + expr(c, 1)); return;
            case 2: line(in, target(c) + " = yield from " + expr(c, 1)); return;
            default: line(in, "print((yield))"); return;
          }
        }
        if (c.in_async) {
          switch (pick(3)) {
            case 0:
              if (coros_) { line(in, target(c) + " = await co" + idx(static_cast<int>(pick(static_cast<unsigned>(coros_)))) + "(" + args(c, 1, 2) + ")"); return; }
              break;
            case 1:
              if (cms_ > 0) { line(in, "await AW(" + expr(c, 1) + ")"); return; }
              break;
            default: break;
          }
          line(in, "print(await _sleep0(" + expr(c, 1) + "))");
          need_sleep0_ = true;
          return;
        }
        line(in, "if (" + target(c) + " := " + expr(c, 1) + "):");
        line(in + 1, "print(" + expr(c, 1) + ")");
        return;
      case 19: nested_def(c, depth); return;
      case 20: gen_driver(c); return;
      case 21: line(in, "print(" + expr(c, 0) + ")"); return;
      case 22: line(in, "print(" + fstring(c, 0) + ")"); return;
      case 23: {
        std::string t = target(c);
        line(in, t + " = " + comprehension(c, 0));
        line(in, "print(" + t + ")");
        return;
      }
      case 24:
        if (classes_) {
          std::string o = "C" + idx(static_cast<int>(pick(static_cast<unsigned>(classes_)))) + "(" + args(c, 1, 1) + ")";
          switch (pick(9)) {
            case 0: line(in, "print(sorted([" + o + ", " + o + ", " + expr(c, 1) + "]))"); return;
            case 1: line(in, "print({" + o + ": 1, " + o + ": 2})"); return;
            case 2: line(in, "print(" + o + " == " + o + ", " + o + " != " + expr(c, 1) + ")"); return;
            case 3: line(in, "print(len(" + o + "), bool(" + o + "), repr([" + o + "]))"); return;
            case 4: line(in, "print(list(" + o + ")[:5], " + expr(c, 1) + " in " + o + ")"); return;
            case 5: line(in, "print(" + o + "[" + expr(c, 1) + "], str(" + o + "), '{}'.format(" + o + "))"); return;
            case 6: line(in, "print(set([" + o + ", " + o + "]), max(" + o + ", " + o + "))"); return;
            case 7: line(in, "print(" + o + " + " + expr(c, 1) + ", " + expr(c, 1) + " + " + o + ", " + o + "(" + args(c, 1, 1) + "))"); return;
            default: line(in, "print(" + o + ".x, getattr(" + o + ", 'zz', None), hash(" + o + "))"); return;
          }
        }
        line(in, "print(" + expr(c, 0) + ")");
        return;
      default:
        line(in, "print(" + user_call(c, 0) + ")");
        return;
    }
  }
  bool need_sleep0_ = false;

  void try_stmt(Ctx c, int depth) {
    int in = c.indent;
    Ctx b = c; b.indent++;
    line(in, "try:");
    body(b, depth);
    int handlers = static_cast<int>(pick(3));
    bool fin = handlers == 0 || coin();
    for (int k = 0; k < handlers; ++k) {
      std::string h;
      switch (pick(4)) {
        case 0: h = "except " + std::string(kExc[pick(count(kExc))]) + " as e" + idx(depth) + ":"; break;
        case 1: h = "except (" + std::string(kExc[pick(count(kExc))]) + ", " + kExc[pick(count(kExc))] + ") as e" + idx(depth) + ":"; break;
        case 2: h = "except Exception as e" + idx(depth) + ":"; break;
        default: h = k + 1 == handlers ? "except:" : "except BaseException as e" + idx(depth) + ":"; break;
      }
      line(in, h);
      Ctx hb = b;
      if (h.find(" as ") != std::string::npos) {
        hb.names.push_back("e" + idx(depth));
        switch (pick(4)) {
          case 0: line(hb.indent, "print(type(e" + idx(depth) + ").__name__, e" + idx(depth) + ".args, repr(e" + idx(depth) + "))"); break;
          case 1: line(hb.indent, "print(e" + idx(depth) + ".__cause__, e" + idx(depth) + ".__context__)"); break;
          case 2: line(hb.indent, "raise " + std::string(kExc[pick(count(kExc))]) + "('re') from e" + idx(depth)); break;
          default: break;
        }
      }
      if (pick(5) == 0) line(hb.indent, "raise");
      body(hb, depth);
    }
    if (handlers && coin()) { line(in, "else:"); body(b, depth); }
    if (fin) { line(in, "finally:"); body(b, depth); }
  }

  void with_stmt(Ctx c, int depth) {
    int in = c.indent;
    std::string cm;
    switch (pick(4)) {
      case 0:
        if (cms_) { cm = "CM" + idx(static_cast<int>(pick(static_cast<unsigned>(cms_)))) + "(" + expr(c, 1) + ")"; break; }
        [[fallthrough]];
      case 1:
        if (mods_[5]) { cm = std::string("contextlib.suppress(") + kExc[pick(count(kExc))] + ")"; break; }
        [[fallthrough]];
      case 2:
        if (gens_ && mods_[5]) { cm = "contextlib.contextmanager(g" + idx(static_cast<int>(pick(static_cast<unsigned>(gens_)))) + ")(" + args(c, 1, 1) + ")"; break; }
        [[fallthrough]];
      default:
        cm = classes_ ? "C" + idx(static_cast<int>(pick(static_cast<unsigned>(classes_)))) + "()" : "open_cm()";
        if (!classes_) { line(in, "pass"); return; }
    }
    std::string t = target(c);
    line(in, "with " + cm + " as " + t + (pick(3) == 0 && cms_ ? ", CM0(" + expr(c, 1) + ")" : "") + ":");
    Ctx b = c; b.indent++;
    body(b, depth);
  }

  void gen_driver(Ctx c) {
    int in = c.indent;
    if (!gens_) { line(in, "print(" + expr(c, 0) + ")"); return; }
    std::string g = "_g" + idx(uniq_++);
    line(in, g + " = g" + idx(static_cast<int>(pick(static_cast<unsigned>(gens_)))) + "(" + args(c, 1, 2) + ")");
    int n = 1 + static_cast<int>(pick(5));
    for (int k = 0; k < n; ++k) {
      switch (pick(6)) {
        case 0: line(in, "print(next(" + g + "))"); break;
        case 1: line(in, "print(" + g + ".send(" + expr(c, 1) + "))"); break;
        case 2: line(in, "print(" + g + ".throw(" + kExc[pick(count(kExc))] + "(" + expr(c, 2) + ")))"); break;
        case 3: line(in, "print(" + g + ".close())"); break;
        case 4: line(in, "print(next(" + g + ", 'done'), list(" + g + "))"); break;
        default: line(in, "for _x in " + g + ":"); line(in + 1, "print(_x)"); break;
      }
    }
  }

  std::string params(Ctx& inner, const Ctx& outer, bool method) {
    std::string p;
    if (method) { p = "self"; inner.names.push_back("self"); }
    auto sep = [&] { if (!p.empty()) p += ", "; };
    unsigned shape = pick(16);
    if (shape & 1) { sep(); p += "a0"; inner.names.push_back("a0"); }
    if (shape & 2) { sep(); p += "a1=" + expr(outer, 4); inner.names.push_back("a1"); }
    if (shape & 4) { sep(); p += "*args"; inner.names.push_back("args"); }
    if (shape & 8) {
      if (!(shape & 4)) { sep(); p += "*"; }
      sep(); p += "k=" + expr(outer, 4); inner.names.push_back("k");
    }
    if (pick(3) == 0) { sep(); p += "**kw"; inner.names.push_back("kw"); }
    return p;
  }

  // A function body: global/nonlocal first, then statements, then a return.
  void func_body(Ctx f, int depth, bool nonlocal_ok, bool decls = true) {
    if (!decls) {
    } else if (!f.in_async && pick(4) == 0) line(f.indent, "global v" + idx(static_cast<int>(pick(6))));
    else if (nonlocal_ok && coin()) line(f.indent, "nonlocal l0");
    for (int k = 0; k < 3; ++k) f.names.push_back("l" + idx(k));
    int n = 1 + static_cast<int>(pick(4));
    for (int k = 0; k < n; ++k) stmt(f, depth + 1);
    if (!f.in_gen || coin()) line(f.indent, "return " + expr(f, 1));
  }

  void nested_def(Ctx c, int depth) {
    if (!c.in_func) { line(c.indent, "print(" + expr(c, 0) + ")"); return; }
    std::string n = "_inner" + idx(uniq_++);
    Ctx f = c;
    f.indent++;
    f.in_loop = false; f.loop_depth = 0; f.in_gen = false; f.in_async = false; f.nested = true;
    std::string p = params(f, c, false);
    // A closure over l0 (assigned first so nonlocal has a binding).
    line(c.indent, "l0 = " + expr(c, 1));
    line(c.indent, "def " + n + "(" + p + "):");
    func_body(f, depth + 1, true);
    line(c.indent, "l1 = " + n + "(" + args(c, 1, 2) + ")");
    line(c.indent, "print(l0, l1)");
  }

  void decorator(int indent, bool gen) {
    switch (pick(6)) {
      case 0:
        if (mods_[2]) line(indent, "@functools.lru_cache(maxsize=None)");
        return;
      case 1:
        if (gen && mods_[5]) line(indent, "@contextlib.contextmanager");
        return;
      case 2:
        if (mods_[2]) {
          // A decorator that wraps with functools.wraps.
          line(indent, "@(lambda fn: functools.wraps(fn)(lambda *a, **k: fn(*a, **k)))");
        }
        return;
      default: return;
    }
  }

  void top_item() {
    Ctx c;
    switch (pick(10)) {
      case 0: case 1: {
        // def fN(...)
        int k = funcs_;
        Ctx f; f.indent = 1; f.in_func = true;
        std::string p = params(f, c, false);
        decorator(0, false);
        line(0, "def f" + idx(k) + "(" + p + "):");
        func_body(f, 0, false);
        funcs_++;
        return;
      }
      case 2: {
        int k = gens_;
        Ctx f; f.indent = 1; f.in_func = true; f.in_gen = true;
        std::string p = params(f, c, false);
        decorator(0, true);
        line(0, "def g" + idx(k) + "(" + p + "):");
        if (pick(4) == 0) line(1, "global v" + idx(static_cast<int>(pick(6))));
        line(1, "l0 = 0");
        // Make sure it is a generator even if the random body has no yield.
        line(1, "yield " + expr(c, 1));
        if (coin()) {
          line(1, "try:");
          line(2, "l0 = yield 1");
          line(2, "yield from " + expr(c, 1));
          line(1, "except " + std::string(kExc[pick(count(kExc))]) + " as ex:");
          line(2, "yield repr(ex)");
          line(1, "finally:");
          line(2, "print('fin', l0)");
        }
        func_body(f, 0, false, false);
        gens_++;
        return;
      }
      case 3: {
        int k = coros_;
        Ctx f; f.indent = 1; f.in_func = true; f.in_async = true;
        std::string p = params(f, c, false);
        if (!need_sleep0_def_) {
          line(0, "class _sleep0:");
          line(1, "def __init__(self, v=None): self.v = v");
          line(1, "def __await__(self):");
          line(2, "r = yield self.v");
          line(2, "return (r, self.v)");
          need_sleep0_def_ = true;
        }
        line(0, "async def co" + idx(k) + "(" + p + "):");
        func_body(f, 0, false);
        coros_++;
        if (!drive_) {
          line(0, "def _drive(co):");
          line(1, "try:");
          line(2, "while True:");
          line(3, "co.send(None)");
          line(1, "except StopIteration as e:");
          line(2, "return e.value");
          drive_ = true;
        }
        return;
      }
      case 4: class_def(); return;
      case 5: cm_def(); return;
      default: {
        // A statement, guarded so a runtime error does not end the run.
        line(0, "try:");
        Ctx s; s.indent = 1;
        int n = 1 + static_cast<int>(pick(3));
        for (int k = 0; k < n; ++k) stmt(s, 0);
        line(0, "except Exception as _e:");
        line(1, "print('E', type(_e).__name__, _e)");
        return;
      }
    }
  }
  bool need_sleep0_def_ = false;

  void cm_def() {
    int k = cms_;
    line(0, "class CM" + idx(k) + ":");
    line(1, "def __init__(self, v=None):");
    line(2, "self.v = v");
    line(1, "def __enter__(self):");
    line(2, "print('enter', self.v)");
    line(2, "return " + (coin() ? std::string("self") : "self.v"));
    line(1, "def __exit__(self, et, ev, tb):");
    line(2, "print('exit', et, ev)");
    Ctx m; m.indent = 2; m.in_func = true; m.in_method = true; m.names = {"self", "et", "ev", "tb"};
    line(2, "return " + expr(m, 2));
    if (k == 0) {
      line(0, "class AW:");
      line(1, "def __init__(self, v): self.v = v");
      line(1, "def __await__(self):");
      line(2, "yield self.v");
      line(2, "return self.v");
    }
    cms_++;
  }

  void class_def() {
    int k = classes_;
    std::string base;
    switch (pick(6)) {
      case 0: break;
      case 1: if (k) base = "(C" + idx(static_cast<int>(pick(static_cast<unsigned>(k)))) + ")"; break;
      case 2: base = "(Exception)"; break;
      case 3: base = coin() ? "(list)" : "(dict)"; break;
      case 4: if (k) base = "(C" + idx(static_cast<int>(pick(static_cast<unsigned>(k)))) + ", object)"; break;
      default: base = coin() ? "(int)" : "(tuple)"; break;
    }
    line(0, "class C" + idx(k) + base + ":");
    line(1, "n = 0");
    Ctx m; m.indent = 2; m.in_func = true; m.in_method = true;
    m.names = {"self", "o"};
    Ctx cls; cls.indent = 1;
    if (pick(3) != 0) {
      line(1, "def __init__(self, x=" + expr(cls, 4) + ", *rest):");
      if (!base.empty() && coin()) line(2, "super().__init__()");
      line(2, "self.x = x");
      line(2, "self.n = 0");
    }
    unsigned mask = pick(256) | (pick(256) << 8);
    auto dunder = [&](int bit, const char* head, const std::vector<std::string>& bodies) {
      if (!(mask & (1u << bit))) return;
      line(1, head);
      std::string b = bodies[pick(static_cast<unsigned>(bodies.size()))];
      if (b == "*") {
        Ctx f = m;
        func_body(f, 1, false);
      } else {
        size_t pos;
        while ((pos = b.find("$")) != std::string::npos) b.replace(pos, 1, expr(m, 2));
        size_t start = 0;
        while (start <= b.size()) {
          size_t nl = b.find('\n', start);
          if (nl == std::string::npos) nl = b.size();
          line(2, b.substr(start, nl - start));
          start = nl + 1;
        }
      }
    };
    dunder(0, "def __eq__(self, o):", {"return isinstance(o, C" + idx(k) + ") and self.x == o.x", "return $", "*"});
    dunder(1, "def __hash__(self):", {"return hash(self.x)", "return $", "return 7"});
    dunder(2, "def __lt__(self, o):", {"return self.x < getattr(o, 'x', o)", "return $", "return NotImplemented"});
    dunder(3, "def __repr__(self):", {"return f'C" + idx(k) + "({self.x!r})'", "return $", "return repr(self.x) + repr([self.x])"});
    dunder(4, "def __iter__(self):", {"return iter([self.x, 1, 2])", "yield self.x\nyield from $", "self.n = 0\nreturn self", "return $"});
    dunder(5, "def __next__(self):", {"self.n += 1\nif self.n > 3:\n    raise StopIteration\nreturn self.n", "return $", "raise StopIteration($)"});
    dunder(6, "def __getitem__(self, i):", {"if i > 5:\n    raise IndexError(i)\nreturn i * 2", "return $", "return self.x[i]"});
    dunder(7, "def __len__(self):", {"return 3", "return $", "return len(self.x)"});
    dunder(8, "def __bool__(self):", {"return self.x != 0", "return $", "return bool(self.x)"});
    dunder(9, "def __enter__(self):", {"print('enter')\nreturn self", "return $"});
    dunder(10, "def __exit__(self, t, v, tb):", {"print('exit', t)\nreturn True", "return $", "return None"});
    dunder(11, "def __add__(self, o):", {"return C" + idx(k) + "(self.x + getattr(o, 'x', o))", "return $", "return NotImplemented"});
    dunder(12, "def __radd__(self, o):", {"return $", "return self.x", "return NotImplemented"});
    dunder(13, "def __call__(self, *a, **kw):", {"return (a, kw)", "return $", "*"});
    dunder(14, "def __contains__(self, o):", {"return o == self.x", "return $"});
    dunder(15, "def __str__(self):", {"return 'C" + idx(k) + "'", "return $", "return str(self.x)"});
    if (pick(3) == 0) {
      line(1, "def __getattr__(self, name):");
      line(2, coin() ? "return name" : "raise AttributeError(name)");
    }
    if (pick(3) == 0) { line(1, "@property"); line(1, "def p(self):"); line(2, "return " + expr(m, 2)); }
    if (pick(3) == 0) { line(1, "@classmethod"); line(1, "def make(cls, v=1):"); line(2, "return cls(v)"); }
    if (pick(3) == 0) { line(1, "@staticmethod"); line(1, "def s(a=2):"); line(2, "return " + expr(cls, 2)); }
    if (pick(4) == 0) { line(1, "__hash__ = None"); }
    if (pick(4) == 0) {
      line(1, "def __init_subclass__(cls, **kw):");
      line(2, "print('sub', cls.__name__)");
    }
    // A method with a random body (super() works here).
    Ctx f = m;
    f.names = {};
    std::string p = params(f, cls, true);
    line(1, "def m(" + p + "):");
    if (!base.empty() && coin()) line(2, "print(super().__repr__() if False else 'super', type(super()))");
    if (!base.empty() && coin()) line(2, "print(getattr(super(), 'm', None))");
    func_body(f, 1, false);
    classes_++;
  }
};

}  // namespace

std::string generate_program(const uint8_t* data, size_t size) {
  Gen g(data, size);
  return g.program();
}

}  // namespace interleave::fuzz
