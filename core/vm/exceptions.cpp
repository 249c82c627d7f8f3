// Python exceptions as values: raising (with implicit chaining through
// __context__), matching `except` clauses, and printing uncaught ones the
// way CPython 3.11 does -- chained tracebacks with PEP 657 caret lines,
// exception groups as nested boxes, notes.
#include <algorithm>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

Value Vm::new_exception_args(TypeObject* type, Value* args, int count) {
  auto* e = heap.make<ExceptionObject>(type);
  e->args = new_tuple(count);
  for (int i = 0; i < count; ++i) e->args->items[i] = args[i];
  if (is_subtype(type, t.StopIteration_)) e->value = count > 0 ? args[0] : None;
  return Value::object(e);
}

Value Vm::new_exception(TypeObject* type, std::string message) {
  if (message.empty()) return new_exception_args(type, nullptr, 0);
  Value m = make_str(std::move(message));
  return new_exception_args(type, &m, 1);
}

Status Vm::raise_value(Value exc) {
  Thread* th = thread;
  // Implicit chaining: raised while handling another exception.
  Value handled = th->topmost_handled();
  if (exc.is_object() && exc.obj()->kind == Kind::Exception && !handled.is_null() && handled != None &&
      handled != exc) {
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    if (e->context.is_null()) {
      // Avoid cycles: cut the chain where exc already appears.
      Value c = handled;
      bool cycle = false;
      for (Value x = c; x.is_object(); x = static_cast<ExceptionObject*>(x.obj())->context) {
        if (x == exc) {
          cycle = true;
          break;
        }
      }
      if (!cycle) e->context = c;
    }
  }
  th->exc = exc;
  return Status::Error;
}

Status Vm::raise(TypeObject* type, std::string message) { return raise_value(new_exception(type, std::move(message))); }

bool Vm::check_exception_type(Value type) {
  auto ok = [&](Value v) {
    return v.is_object() && v.obj()->kind == Kind::Type && is_subtype(static_cast<TypeObject*>(v.obj()), t.base_exception);
  };
  if (type.is_object() && type.obj()->kind == Kind::Tuple) {
    for (Value v : static_cast<TupleObject*>(type.obj())->items)
      if (!ok(v)) {
        raise(t.TypeError_, "catching classes that do not inherit from BaseException is not allowed");
        return false;
      }
    return true;
  }
  if (!ok(type)) {
    raise(t.TypeError_, "catching classes that do not inherit from BaseException is not allowed");
    return false;
  }
  return true;
}

bool Vm::exception_matches(Value exc, Value type) {
  if (exc.is_null()) return false;
  if (type.is_object() && type.obj()->kind == Kind::Tuple) {
    for (Value v : static_cast<TupleObject*>(type.obj())->items)
      if (exception_matches(exc, v)) return true;
    return false;
  }
  if (!type.is_object() || type.obj()->kind != Kind::Type) return false;
  return is_subtype(type_of(exc), static_cast<TypeObject*>(type.obj()));
}

// raise X / raise X from Y: classes are instantiated; the cause is stored.
Status Vm::raise_from_values(Value exc, Value cause, bool has_cause) {
  auto instantiate = [&](Value v, Value* out) -> bool {
    if (v.is_object() && v.obj()->kind == Kind::Type &&
        is_subtype(static_cast<TypeObject*>(v.obj()), t.base_exception)) {
      Value inst = call_sync(v, {});
      if (inst.is_null()) return false;
      *out = inst;
      return true;
    }
    if (v.is_object() && v.obj()->kind == Kind::Exception) {
      *out = v;
      return true;
    }
    return false;
  };
  Value e;
  if (!instantiate(exc, &e)) {
    if (!thread->exc.is_null()) return Status::Error;
    return raise(t.TypeError_, "exceptions must derive from BaseException");
  }
  if (has_cause) {
    Value c;
    if (cause == None) {
      c = None;
    } else if (!instantiate(cause, &c)) {
      if (!thread->exc.is_null()) return Status::Error;
      return raise(t.TypeError_, "exception causes must derive from BaseException");
    }
    auto* eo = static_cast<ExceptionObject*>(e.obj());
    eo->cause = c == None ? Value() : c;
    eo->suppress_context = true;
  }
  return raise_value(e);
}

namespace {

constexpr int kMoveCost = 2;
constexpr int kCaseCost = 1;
constexpr size_t kMaxStringSize = 40;

std::u32string decode(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    int len = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    char32_t cp = len == 1 ? c : c & (0xff >> (len + 1));
    for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3f);
    out += cp;
    i += len;
  }
  return out;
}

char32_t lower(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

int substitution_cost(char32_t a, char32_t b) {
  if (a == b) return 0;
  if (lower(a) == lower(b)) return kCaseCost;
  return kMoveCost;
}

// traceback.py's _levenshtein_distance.
int levenshtein(std::u32string a, std::u32string b, int max_cost) {
  if (a == b) return 0;
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  a = a.substr(pre);
  b = b.substr(pre);
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.pop_back();
    b.pop_back();
  }
  if (a.empty() || b.empty()) return kMoveCost * static_cast<int>(a.size() + b.size());
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if (static_cast<int>(b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::vector<int> row(a.size());
  for (size_t i = 0; i < a.size(); ++i) row[i] = kMoveCost * static_cast<int>(i + 1);
  int result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    int distance = result = static_cast<int>(bi) * kMoveCost;
    int minimum = INT32_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      int substitute = distance + substitution_cost(b[bi], a[i]);
      distance = row[i];
      int insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

}  // namespace

std::string Vm::suggest_name(const std::string& name, const std::vector<std::string>& candidates) {
  if (candidates.size() > 750) return "";
  std::u32string wrong = decode(name);
  if (wrong.size() > kMaxStringSize) return "";
  int best = static_cast<int>(wrong.size());
  std::string suggestion;
  for (const std::string& c : candidates) {
    if (c == name) continue;
    std::u32string cand = decode(c);
    int max_distance = (static_cast<int>(cand.size() + wrong.size()) + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best - 1);
    int d = levenshtein(wrong, cand, max_distance);
    if (d > max_distance) continue;
    if (suggestion.empty() || d < best) {
      suggestion = c;
      best = d;
    }
  }
  return suggestion;
}

Status Vm::raise_name_error(StrObject* name, Frame* f) {
  raise(t.NameError_, "name '" + name->text + "' is not defined");
  std::vector<std::string> names;
  if (f && f->code) {
    if (f->locals) {
      for (auto& e : f->locals->entries)
        if (!e.key.is_null() && is_str(e.key)) names.push_back(as_str(e.key)->text);
    } else {
      for (int i = 0; i < f->code->nlocals(); ++i)
        if (!f->slots[i].is_null()) names.push_back(f->code->varnames[i]->text);
    }
    for (DictObject* d : {f->globals, builtins})
      for (auto& e : d->entries)
        if (!e.key.is_null() && is_str(e.key)) names.push_back(as_str(e.key)->text);
  }
  static_cast<ExceptionObject*>(thread->exc.obj())->suggestion = suggest_name(name->text, names);
  return Status::Error;
}

void Vm::add_traceback(Value exc, Frame* f) {
  if (!exc.is_object() || exc.obj()->kind != Kind::Exception || !f->code) return;
  if (f->code->flags & kCodeHiddenFromTracebacks) return;
  auto* e = static_cast<ExceptionObject*>(exc.obj());
  if (e->traceback.size() < 2000) e->traceback.push_back({f->code, f->pc(), frame_object(f)});
}

// ---------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------

namespace {

std::string strip(std::string_view s) {  // the line as Python's str.strip() leaves it
  size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\f')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r' || s[b - 1] == '\n')) --b;
  return std::string(s.substr(a, b - a));
}

int char_col(std::string_view line, int byte_col) {
  int chars = 0;
  for (int i = 0; i < byte_col && i < static_cast<int>(line.size()); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
  return chars;
}

// Caret line for one traceback entry, or "" when CPython prints none
// (traceback.py's format_frame_summary and _extract_caret_anchors_from_line_segment).
std::string caret_line(std::string_view line, const SourceRange& r) {
  if (r.col < 0 || r.end_col < 0 || r.end_col > static_cast<int>(line.size())) return "";
  size_t indent = 0;
  while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f')) ++indent;
  std::string stripped = strip(line);
  int stripped_chars = char_col(line, static_cast<int>(indent));
  int start = char_col(line, r.col);
  int end;
  bool has_anchors = false;
  int left = 0, right = 0;  // anchors in characters from start
  if (r.line == r.end_line) {
    end = char_col(line, r.end_col);
    int seg_begin = r.col, seg_end = r.end_col;
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v'; };
    if (r.anchor >= 0 && r.anchor_end >= 0 && r.anchor_end >= r.anchor) {
      // BinOp: the operator between the operands.
      std::string_view op = line.substr(r.anchor, r.anchor_end - r.anchor);
      size_t off = 0;
      while (off < op.size() && is_space(op[off])) ++off;
      int la = r.anchor + static_cast<int>(off);
      int ra = la + 1;
      if (off + 1 < op.size() && !is_space(op[off + 1])) ++ra;
      while (la < seg_end && (is_space(line[la]) || line[la] == ')' || line[la] == '#')) {
        ++la;
        ++ra;
      }
      left = char_col(line, la) - start;
      right = char_col(line, std::min(ra, seg_end)) - start;
      has_anchors = true;
    } else if (r.anchor >= 0 && r.anchor_end == -2) {
      // Subscript: from '[' through the closing ']'.
      int la = r.anchor;
      while (la < seg_end && line[la] != '[') ++la;
      left = char_col(line, la) - start;
      right = end - start;
      has_anchors = la < seg_end;
    }
    (void)seg_begin;
  } else {
    end = stripped_chars + static_cast<int>(utf8_length(stripped));
  }
  int stripped_len = static_cast<int>(utf8_length(stripped));
  if (!(end - start < stripped_len || (has_anchors && right - left > 0))) return "";
  std::string out = "    " + std::string(start - stripped_chars, ' ');
  if (has_anchors) {
    out += std::string(left, '~');
    out += std::string(right - left, '^');
    out += std::string(end - start - right, '~');
  } else {
    out += std::string(end - start, '^');
  }
  return out;
}

}  // namespace

namespace {

constexpr int64_t kNoLimit = INT64_MIN;

// "  File ..., line N, in f\n    source\n    carets\n" for each entry,
// outermost first, with CPython's "[Previous line repeated N more times]":
// one string each. [limit] (traceback's limit=) keeps the first entries,
// or the last -limit ones.
std::vector<std::string> traceback_entries(Vm& vm, const ExceptionObject* e, int64_t limit) {
  std::vector<std::string> out;
  int repeat = 0;
  std::string last;
  auto flush_repeat = [&]() {
    if (repeat >= 3) {
      int more = repeat - 2;
      out.push_back("  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n");
    }
    repeat = 0;
  };
  auto first = e->traceback.rbegin(), end = e->traceback.rend();
  const int64_t n = static_cast<int64_t>(e->traceback.size());
  if (limit != kNoLimit) {
    if (limit >= 0 && limit < n) end = first + limit;
    if (limit < 0 && -limit < n) first = end + limit;
  }
  for (auto it = first; it != end; ++it) {
    const TracebackEntry& te = *it;
    const SourceRange& r = te.code->positions[te.pc];
    std::string entry = "  File \"" + te.code->filename->text + "\", line " + std::to_string(r.line) + ", in " +
                        te.code->name->text + "\n";
    std::string_view src = vm.tearing_down ? std::string_view() : vm.source_line(te.code->filename, r.line);
    if (!src.empty()) {
      entry += "    " + strip(src) + "\n";
      std::string carets = caret_line(src, r);
      if (!carets.empty()) entry += carets + "\n";
    }
    if (entry == last) {
      ++repeat;
      if (repeat >= 3) continue;
    } else {
      flush_repeat();
      last = entry;
    }
    out.push_back(std::move(entry));
  }
  flush_repeat();
  return out;
}

// Python's str.splitlines(keepends=True) for the ASCII line breaks.
std::vector<std::string> split_lines_keepends(const std::string& s) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\x1c' || c == '\x1d' || c == '\x1e') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      lines.push_back(s.substr(start, i + 1 - start));
      start = i + 1;
    }
  }
  if (start < s.size()) lines.push_back(s.substr(start));
  return lines;
}

// PyErr_Display of CPython 3.11 (Python/pythonrun.c): chained exceptions,
// exception groups drawn as nested boxes ("| " margins, numbered
// separators, at most 15 members and 10 levels shown), notes after the
// exception line.
class ExceptionPrinter {
 public:
  explicit ExceptionPrinter(Vm& vm) : vm_(vm) {}
  std::string out;
  bool with_chain = true;
  int64_t limit = kNoLimit;
  // Where each of the strings traceback.format_exception returns starts:
  // a chain's sentence, the header, each entry, the exception line, each
  // note (an exception group's lines one by one).
  std::vector<size_t> breaks;

  std::vector<std::string> chunks() const {
    std::vector<std::string> r;
    for (size_t i = 0; i < breaks.size(); ++i) {
      size_t end = i + 1 < breaks.size() ? breaks[i + 1] : out.size();
      if (end > breaks[i]) r.push_back(out.substr(breaks[i], end - breaks[i]));
    }
    return r;
  }

  void print_recursive(Value exc) {
    if (with_chain) chain(exc);
    if (group_members(exc))
      print_group(exc);
    else
      print_one(exc);
  }

 private:
  static constexpr int kMaxGroupWidth = 15;
  static constexpr int kMaxGroupDepth = 10;
  Vm& vm_;
  int depth_ = 0;
  bool need_close_ = false;
  std::vector<const Object*> seen_;

  void brk() {
    if (breaks.empty() || breaks.back() != out.size()) breaks.push_back(out.size());
  }
  std::string indent() const { return std::string(2 * depth_, ' '); }
  std::string margin() const { return indent() + (depth_ ? "| " : ""); }

  static ExceptionObject* as_exc(Value v) {
    return v.is_object() && v.obj()->kind == Kind::Exception ? static_cast<ExceptionObject*>(v.obj()) : nullptr;
  }
  TupleObject* group_members(Value v) const {
    ExceptionObject* e = as_exc(v);
    return e ? e->eg_excs : nullptr;
  }
  bool seen(Value v) const { return std::find(seen_.begin(), seen_.end(), v.obj()) != seen_.end(); }

  // The cause or context first, then the separating sentence.
  void chain(Value exc) {
    ExceptionObject* e = as_exc(exc);
    if (!e) return;
    seen_.push_back(e);
    if (!e->cause.is_null() && e->cause.is_object()) {
      if (!seen(e->cause)) chained(e->cause, "The above exception was the direct cause of the following exception:\n");
      return;
    }
    if (e->suppress_context) return;
    if (!e->context.is_null() && e->context.is_object() && !seen(e->context))
      chained(e->context, "During handling of the above exception, another exception occurred:\n");
  }

  void chained(Value exc, const char* message) {
    bool need_close = need_close_;
    print_recursive(exc);
    need_close_ = need_close;
    brk();
    out += margin() + "\n";
    out += margin() + message;
    out += margin() + "\n";
  }

  void print_one(Value exc) {
    ExceptionObject* e = as_exc(exc);
    // limit=0 leaves no entries, and then no header either.
    const std::vector<std::string> entries =
        e && !e->traceback.empty() ? traceback_entries(vm_, e, limit) : std::vector<std::string>();
    if (!entries.empty()) {
      std::string header_margin = margin();
      const char* header = "Traceback (most recent call last):\n";
      if (e->eg_excs) {
        header = "Exception Group Traceback (most recent call last):\n";
        if (depth_ == 1) header_margin = indent() + "+ ";
      }
      brk();
      out += header_margin + header;
      for (const std::string& entry : entries) {
        brk();
        for (const std::string& line : split_lines_keepends(entry)) {
          if (depth_) brk();
          out += margin() + line;
        }
      }
    }
    brk();
    out += margin() + exception_line(exc);
    notes(exc);
  }

  std::string exception_line(Value exc) {
    TypeObject* type = vm_.type_of(exc);
    std::string name = type->name->text;
    if (type->module_name != "builtins" && !type->module_name.empty() && type->module_name != "__main__")
      name = type->module_name + "." + name;
    std::string msg;
    Value old_exc = vm_.thread ? vm_.thread->exc : Value();
    if (!vm_.str_append(msg, exc)) {
      msg = "<exception str() failed>";
      if (vm_.thread) vm_.thread->exc = old_exc;
    }
    if (ExceptionObject* e = as_exc(exc))
      if (!e->suggestion.empty()) msg += ". Did you mean: '" + e->suggestion + "'?";
    return msg.empty() ? name + "\n" : name + ": " + msg + "\n";
  }

  // print_exception_notes: each note's lines with the margin, then "\n".
  void notes(Value exc) {
    Value old_exc = vm_.thread ? vm_.thread->exc : Value();
    auto restore = [&]() {
      if (vm_.thread) vm_.thread->exc = old_exc;
    };
    Value notes = vm_.get_attr_opt(exc, vm_.intern("__notes__"));
    if (notes.is_null()) {
      restore();
      return;
    }
    Kind k = notes.is_object() ? notes.obj()->kind : Kind::Int;
    bool sequence = k == Kind::List || k == Kind::Tuple || k == Kind::Str || k == Kind::Bytes || k == Kind::Range ||
                    k == Kind::Deque ||
                    (k != Kind::Dict && notes.is_object() && notes.obj()->type->is_heap_type &&
                     !vm_.lookup_type(notes.obj()->type, vm_.n.__getitem__).is_null());
    if (!sequence) {
      out += margin();
      std::string r;
      if (vm_.repr_append(r, notes)) {
        out += r;
      } else {
        out += "<__notes__ repr() failed>";
        restore();
      }
      return;
    }
    std::vector<Value> items;
    if (!vm_.collect_items(notes, &items)) {
      restore();
      return;
    }
    for (Value note : items) {
      std::string text;
      brk();
      if (!vm_.str_append(text, note)) {
        restore();
        out += "<note str() failed>";
      } else {
        // Each line its own string (traceback's format splits notes on "\n").
        for (const std::string& line : split_lines_keepends(text)) {
          brk();
          out += margin() + line;
        }
      }
      out += "\n";
    }
  }

  void print_group(Value exc) {
    if (depth_ > kMaxGroupDepth) {
      brk();
      out += margin() + "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
      return;
    }
    if (depth_ == 0) depth_ = 1;
    print_one(exc);
    TupleObject* excs = group_members(exc);
    int count = static_cast<int>(excs->items.size());
    int shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
    need_close_ = false;
    for (int i = 0; i < shown; ++i) {
      bool last = i == shown - 1;
      if (last) need_close_ = true;  // a nested group may draw the closing line instead
      bool truncated = i >= kMaxGroupWidth;
      brk();
      out += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : std::to_string(i + 1)) +
             " ----------------\n";
      ++depth_;
      if (!truncated) {
        print_recursive(excs->items[i]);
      } else {
        int remaining = count - kMaxGroupWidth;
        brk();
        out += margin() + "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n";
      }
      if (last && need_close_) {
        brk();
        out += indent() + "+------------------------------------\n";
        need_close_ = false;
      }
      --depth_;
    }
    if (depth_ == 1) depth_ = 0;
  }
};

}  // namespace

std::string Vm::format_exception(Value exc, bool with_chain) {
  ExceptionPrinter printer(*this);
  printer.with_chain = with_chain;
  printer.print_recursive(exc);
  return std::move(printer.out);
}

std::vector<std::string> Vm::format_exception_chunks(Value exc, bool with_chain, int64_t limit) {
  ExceptionPrinter printer(*this);
  printer.with_chain = with_chain;
  printer.limit = limit;
  printer.print_recursive(exc);
  return printer.chunks();
}

std::string Vm::traceback_carets(std::string_view line, const SourceRange& r) { return caret_line(line, r); }

}  // namespace interleave::vm
