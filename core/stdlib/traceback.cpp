// traceback: printing and formatting exceptions the way an uncaught one is
// printed (Vm::format_exception_chunks), in CPython's pieces. Exceptions
// carry no traceback objects here (exc.__traceback__ is True or None), so
// the functions that take or walk them (print_tb, extract_tb, walk_tb,
// the stack functions) are not provided.
#include <climits>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

const char* const kTracebackSource = R"PY(
import sys

__all__ = ["format_exc", "format_exception", "format_exception_only", "print_exc", "print_exception"]

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

}  // namespace

void init_traceback_module(Vm& vm, ModuleObject* m) {
  vm.add_attr(m->dict, "_chunks", Value::object(vm.new_native("_chunks", chunks)));
  vm.set_module_source(m, kTracebackSource, "<frozen traceback>");
}

}  // namespace interleave::vm
