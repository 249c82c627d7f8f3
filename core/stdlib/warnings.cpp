// warnings: warn, the filters (simplefilter, filterwarnings, resetwarnings),
// catch_warnings, showwarning/formatwarning -- Python source compiled on
// first import, plus two natives: _caller() finds the warning's location
// (skipping this module's frames, `stacklevel` frames up), and
// _coroutine_warnings() tells the VM whether its own "coroutine ... was never
// awaited" RuntimeWarnings are filtered out ("ignore").
//
// Without the re module, a filter's `message` and `module` match as
// case-insensitive literal prefixes (message) or exact names (module), not
// as regular expressions.
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

const char* const kWarningsFile = "<frozen warnings>";

const char* const kWarningsSource = R"PY(
import sys

filters = []
defaultaction = "default"
onceregistry = {}
_shown = {}
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _caller_line(filename, lineno)
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    file.write(text)


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(action, message, category, module, lineno, append):
    item = (action, message, category, module, lineno)
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, message.lower() or None, category, module or None, lineno, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    _shown.clear()
    _coroutine_warnings(_action_for("coroutine", RuntimeWarning, "", 0) != "ignore")


def _action_for(text, category, module, lineno):
    low = text.lower()
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or low.startswith(msg)) and issubclass(category, cat) and
                (mod is None or mod == module) and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        key = (text, category)
        if key in onceregistry:
            return
        onceregistry[key] = 1
    elif action == "module":
        key = (text, category, module, 0)
        if key in _shown:
            return
        _shown[key] = 1
    elif action == "default":
        key = (text, category, filename, lineno)
        if key in _shown:
            return
        _shown[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, (action,)))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, module = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module, None, None, source)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        self._show_impl = _showwarnmsg_impl
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _set_recorder(log.append)
            showwarning = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        showwarning = self._showwarning
        _set_recorder(None)
        _filters_mutated()


_recorder = None


def _set_recorder(fn):
    global _recorder, _showwarnmsg_impl
    _recorder = fn
    _showwarnmsg_impl = _record_impl if fn is not None else _write_impl


_write_impl = _showwarnmsg_impl


def _record_impl(msg):
    _recorder(msg)


filters.append(("default", None, DeprecationWarning, "__main__", 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
)PY";

// _caller(stacklevel) -> (filename, lineno, module name): the frame
// `stacklevel` up from warn()'s caller, not counting this module's frames.
Status caller(Vm& vm, Value, Args args, Value* out) {
  int64_t level = args.n > 0 && vm.is_int(args[0]) ? vm.int_of(args[0]) : 1;
  for (Frame* f = vm.thread ? vm.thread->top : nullptr; f; f = f->back) {
    if (!f->code) continue;
    if (f->code->filename && f->code->filename->text == kWarningsFile) continue;
    if (--level > 0) continue;
    int line = f->code->positions.empty() ? 0 : f->code->positions[f->pc()].line;
    Value name = f->globals ? vm.dict_get_str(f->globals, vm.n.__name__) : Value();
    *out = vm.make_tuple({Value::object(f->code->filename), vm.make_int(line), name.is_null() ? vm.make_str("<string>") : name});
    return Status::Ok;
  }
  *out = vm.make_tuple({vm.make_str("sys"), Value::small(1), vm.make_str("sys")});
  return Status::Ok;
}

// _caller_line(filename, lineno): the source line, or None.
Status caller_line(Vm& vm, Value, Args args, Value* out) {
  *out = vm.None;
  if (args.n < 2 || !vm.is_str(args[0]) || !vm.is_int(args[1])) return Status::Ok;
  std::string_view src = vm.source_line(vm.as_str(args[0]), static_cast<int>(vm.int_of(args[1])));
  if (!src.empty()) *out = vm.make_str(std::string(src));
  return Status::Ok;
}

}  // namespace

void init_warnings_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  vm.add_attr(d, "_caller", Value::object(vm.new_native("_caller", caller)));
  vm.add_attr(d, "_caller_line", Value::object(vm.new_native("_caller_line", caller_line)));
  vm.add_attr(d, "_coroutine_warnings", Value::object(vm.new_native("_coroutine_warnings", [](Vm& vm, Value, Args args, Value* out) {
    vm.warnings_ignored = args.n > 0 && vm.truthy(args[0]) == 0;
    if (args.n > 0 && !vm.warnings_ignored) vm.warnings_shown.clear();  // a filter change resets "once per location"
    *out = vm.None;
    return Status::Ok;
  })));
  vm.set_module_source(m, kWarningsSource, kWarningsFile);  // the rest is plain code
}

}  // namespace interleave::vm
