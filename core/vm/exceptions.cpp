// Python exceptions as values: raising (with implicit chaining through
// __context__), matching `except` clauses, and printing uncaught ones the
// way CPython 3.11 does -- chained tracebacks with PEP 657 caret lines.
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
  if (exc.is_object() && exc.obj()->kind == Kind::Exception && !th->handled.is_null() && th->handled != None &&
      th->handled != exc) {
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    if (e->context.is_null()) {
      // Avoid cycles: cut the chain where exc already appears.
      Value c = th->handled;
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

void Vm::add_traceback(Value exc, Frame* f) {
  if (!exc.is_object() || exc.obj()->kind != Kind::Exception || !f->code) return;
  auto* e = static_cast<ExceptionObject*>(exc.obj());
  if (e->traceback.size() < 2000) e->traceback.push_back({f->code, f->pc()});
}

// ---------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------

namespace {

std::string strip(std::string_view s) {
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

// Caret line for one traceback entry, or "" when CPython prints none.
std::string caret_line(std::string_view line, const SourceRange& r) {
  if (r.col < 0 || r.end_col < 0 || r.line != r.end_line) return "";
  size_t indent = 0;
  while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t')) ++indent;
  std::string stripped = strip(line);
  int start = char_col(line, r.col);
  int end = char_col(line, r.end_col);
  int ind = static_cast<int>(indent);
  // The whole (stripped) line: CPython omits the carets.
  if (start <= ind && end >= ind + static_cast<int>(utf8_length(stripped))) return "";
  if (end <= start) return "";
  std::string out(4 + start - ind, ' ');
  int a0 = -1, a1 = -1;
  if (r.anchor >= 0) {
    // BinOp: ^ under the operator; Subscript/Call: ^ from the anchor on.
    a0 = char_col(line, r.anchor);
    if (r.anchor_end >= 0) {
      // Operator between left end and right start: skip spaces and parens.
      std::string_view seg = line.substr(r.anchor, r.anchor_end - r.anchor);
      size_t p = 0;
      while (p < seg.size() && (seg[p] == ' ' || seg[p] == ')' )) ++p;
      size_t q = p;
      while (q < seg.size() && seg[q] != ' ' && seg[q] != '(') ++q;
      a0 = char_col(line, r.anchor + static_cast<int>(p));
      a1 = char_col(line, r.anchor + static_cast<int>(q));
    } else {
      a1 = end;
    }
  }
  for (int c = start; c < end; ++c) {
    if (a0 < 0)
      out += '^';
    else
      out += (c >= a0 && c < a1) ? '^' : '~';
  }
  return out;
}

}  // namespace

std::string Vm::format_exception(Value exc) {
  std::string out;
  // Chain: print the causes/contexts first (oldest first).
  if (exc.is_object() && exc.obj()->kind == Kind::Exception) {
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    if (!e->cause.is_null() && e->cause.is_object()) {
      out += format_exception(e->cause);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!e->context.is_null() && !e->suppress_context && e->context.is_object()) {
      out += format_exception(e->context);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (!e->traceback.empty()) {
      out += "Traceback (most recent call last):\n";
      int repeat = 0;
      std::string last;
      auto flush_repeat = [&]() {
        if (repeat >= 3) {
          int more = repeat - 2;
          out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n";
        }
        repeat = 0;
      };
      for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
        const TracebackEntry& te = *it;
        const SourceRange& r = te.code->positions[te.pc];
        std::string entry = "  File \"" + te.code->filename->text + "\", line " + std::to_string(r.line) + ", in " +
                            te.code->name->text + "\n";
        std::string_view src = source_line(te.code->filename, r.line);
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
        out += entry;
      }
      flush_repeat();
    }
  }
  std::string name = type_of(exc)->name->text;
  TypeObject* type = type_of(exc);
  if (type->module_name != "builtins" && !type->module_name.empty() && type->module_name != "__main__")
    name = type->module_name + "." + name;
  std::string msg;
  size_t saved_err = 0;
  (void)saved_err;
  Value old_exc = thread ? thread->exc : Value();
  if (!str_append(msg, exc)) {
    msg = "<exception str() failed>";
    if (thread) thread->exc = old_exc;
  }
  out += msg.empty() ? name + "\n" : name + ": " + msg + "\n";
  return out;
}

}  // namespace interleave::vm
