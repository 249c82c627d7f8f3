// traceback: printing and formatting exceptions the way an uncaught one is
// printed (Vm::format_exception_chunks), in CPython's pieces; and the
// functions over traceback objects and frames (extract_tb, format_tb,
// print_tb, walk_tb, extract_stack, format_stack, print_stack,
// walk_stack, StackSummary, FrameSummary), whose entries print as an
// uncaught exception's do, carets included. Not provided:
// TracebackException, print_last, clear_frames.
#include <climits>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

const char* const kTracebackSource = R"PY(
import sys

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_list",
           "print_stack", "print_tb", "FrameSummary", "StackSummary", "walk_stack", "walk_tb"]

_RECURSIVE_CUTOFF = 3  # identical entries printed before "[Previous line repeated ...]"


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line
    (and locals when captured). Compares equal to, indexes and unpacks
    like the tuple (filename, lineno, name, line)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._anchors = None
        if lookup_line:
            self.line
        self.locals = None if not locals else {key: repr(value) for key, value in locals.items()}
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.locals) == \
                   (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._fields()[pos]

    def __iter__(self):
        return iter(list(self._fields()))

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[max(len(entries) + limit, 0):]


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Make a StackSummary from (frame, lineno) pairs, as walk_stack and
        walk_tb yield them."""
        entries = ((frame, (lineno, None)) for frame, lineno in frame_gen)
        return klass._extract(entries, limit, lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, entries, limit, lookup_lines, capture_locals):
        result = klass()
        entries = list(entries)  # here: walk_stack(None) counts this frame
        for frame, (lineno, position) in _limited(entries, limit):
            code = frame.f_code
            summary = FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                   locals=frame.f_locals if capture_locals else None)
            if position is not None:
                summary.end_lineno, summary.colno, summary.end_colno, summary._anchors = position
            result.append(summary)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Make a StackSummary from FrameSummary objects or
        (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for entry in a_list:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its File line, its source line and carets,
        its captured locals."""
        text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n'
        line = frame_summary.line
        if line:
            text += f"    {line}\n"
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                anchors = frame_summary._anchors or (-1, -1)
                carets = _carets(frame_summary._original_line, frame_summary.lineno,
                                 frame_summary.end_lineno, frame_summary.colno, frame_summary.end_colno,
                                 *anchors)
                if carets:
                    text += carets + "\n"
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += f"    {name} = {value}\n"
        return text

    def format(self):
        """The entries' texts, ready to print; a run of identical entries
        (recursion) shows its first three and then how many more."""
        result = []
        last = None
        count = 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            key = (summary.filename, summary.lineno, summary.name)
            if key != last or None in key:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(text)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(count):
    return f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n"


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) for f and each frame below it, following f_back
    (f None: the stack as StackSummary.extract sees it from its caller)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    """A StackSummary of a traceback's entries, oldest first."""
    def entries(tb):
        while tb is not None:
            yield tb.tb_frame, (tb.tb_lineno, _position(tb))
            tb = tb.tb_next
    return StackSummary._extract(entries(tb), limit, True, False)


def format_list(extracted_list):
    """The printable text of each entry of a list of FrameSummary objects or tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the entries of extract_tb() or extract_stack()."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    """The printable text of each entry of a traceback."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of a traceback to file (sys.stderr)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from f (the caller) down, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """The printable text of each entry of the stack."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the stack from where it is called (or from f)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


_sentinel = object()


def _value(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None or isinstance(exc, BaseException):
            return exc
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information.

    The arguments have the same meaning as the corresponding arguments
    to print_exception().  The return value is a list of strings, each
    ending in a newline and some containing internal newlines.  When
    these lines are concatenated and printed, exactly the same text is
    printed as does print_exception().
    """
    value = _value(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    return _chunks(value, chain, limit)


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    return _chunks(value, False, 0)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    lines = format_exception(exc, value, tb, limit=limit, chain=chain)
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)
)PY";

// _chunks(exc, chain, limit): format_exception's strings.
Status chunks(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 3) return vm.raise(vm.t.TypeError_, "_chunks() takes exactly 3 arguments");
  int64_t limit = INT64_MIN;
  if (args[2] != vm.None && !vm.to_index(args[2], &limit, "limit")) return Status::Error;
  int chain = vm.truthy(args[1]);
  if (chain < 0) return Status::Error;
  ListObject* list = vm.new_list();
  // An exception that is not one (format_exception_only(ValueError, 5))
  // prints as its type and str, as CPython's does.
  for (std::string& c : vm.format_exception_chunks(args[0], chain != 0, limit))
    list->items.push_back(vm.make_str(std::move(c)));
  *out = Value::object(list);
  return Status::Ok;
}

// _source_line(filename, lineno): the line with its newline, or "" (linecache.getline).
Status source_line(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 2 || !vm.is_str(args[0]) || !vm.is_int(args[1]))
    return vm.raise(vm.t.TypeError_, "_source_line(filename, lineno)");
  int64_t line = vm.int_of(args[1]);
  std::string_view text =
      line > 0 && line < INT_MAX ? vm.source_line(vm.as_str(args[0]), static_cast<int>(line)) : std::string_view();
  *out = vm.make_str(text.empty() ? std::string() : std::string(text) + "\n");
  return Status::Ok;
}

// _position(tb): (end_lineno, colno, end_colno, anchors) of the entry's instruction.
Status position(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 1 || !args[0].is_object() || args[0].obj()->kind != Kind::Traceback)
    return vm.raise(vm.t.TypeError_, "_position(tb)");
  auto* tb = static_cast<TracebackObject*>(args[0].obj());
  const auto& positions = tb->frame->code->positions;
  if (tb->pc < 0 || static_cast<size_t>(tb->pc) >= positions.size()) {
    *out = vm.make_tuple({vm.None, vm.None, vm.None, vm.None});
    return Status::Ok;
  }
  const SourceRange& r = positions[static_cast<size_t>(tb->pc)];
  auto opt = [&](int32_t v) { return v < 0 ? vm.None : vm.make_int(v); };
  *out = vm.make_tuple({vm.make_int(r.end_line), opt(r.col), opt(r.end_col),
                        vm.make_tuple({vm.make_int(r.anchor), vm.make_int(r.anchor_end)})});
  return Status::Ok;
}

// _carets(line, lineno, end_lineno, colno, end_colno, anchor, anchor_end):
// the caret line an entry prints, or "".
Status carets(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 7 || !vm.is_str(args[0])) return vm.raise(vm.t.TypeError_, "_carets() takes 7 arguments");
  int64_t v[6];
  for (int i = 0; i < 6; ++i) {
    Value a = args[i + 1];
    v[i] = vm.is_int(a) ? vm.int_of(a) : -1;
    if (v[i] < INT_MIN || v[i] > INT_MAX) v[i] = -1;
  }
  SourceRange r;
  r.line = static_cast<int32_t>(v[0]);
  r.end_line = args[2] == vm.None ? r.line : static_cast<int32_t>(v[1]);
  r.col = static_cast<int32_t>(v[2]);
  r.end_col = static_cast<int32_t>(v[3]);
  r.anchor = static_cast<int32_t>(v[4]);
  r.anchor_end = static_cast<int32_t>(v[5]);
  std::string line = vm.as_str(args[0])->text.str();
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  *out = vm.make_str(r.col < 0 || r.end_col < 0 ? std::string() : Vm::traceback_carets(line, r));
  return Status::Ok;
}

}  // namespace

void init_traceback_module(Vm& vm, ModuleObject* m) {
  vm.add_attr(m->dict, "_chunks", Value::object(vm.new_native("_chunks", chunks)));
  vm.add_attr(m->dict, "_source_line", Value::object(vm.new_native("_source_line", source_line)));
  vm.add_attr(m->dict, "_position", Value::object(vm.new_native("_position", position)));
  vm.add_attr(m->dict, "_carets", Value::object(vm.new_native("_carets", carets)));
  vm.set_module_source(m, kTracebackSource, "<frozen traceback>");
}

}  // namespace interleave::vm
