// Session: compile a program as __main__, run it on the main thread, and
// turn the way it ended into CPython's output and exit code.
#include "vm/session.h"

#include "lang/compiler.h"
#include "lang/parser.h"
#include "lang/symtable.h"
#include "vm/async_gen.h"
#include "vm/types.h"

namespace interleave::vm {

Session::Session() : vm_(std::make_unique<Vm>()) {}
Session::~Session() = default;

FunctionObject* compile_main(Vm& vm, std::string_view source, std::string_view filename, RunResult* result) {
  vm.register_source(std::string(filename), std::string(source));
  if (vm.argv.empty()) vm.argv.push_back(std::string(filename));
  auto syntax_error = [&](const lang::SyntaxError& e) -> FunctionObject* {
    vm.write_out(lang::format_syntax_error(e), true);
    result->outcome = Outcome::SyntaxError;
    result->exit_code = 2;
    return nullptr;
  };
  auto parsed = lang::parse_module(source, filename);
  if (!parsed.ok()) return syntax_error(parsed.error);
  // The errors CPython raises after parsing ("'return' outside function",
  // "no binding for nonlocal 'x' found", ...) come from the symbol table.
  auto scopes = lang::build_symtable(*parsed.module->tree, source, filename);
  if (!scopes.ok()) return syntax_error(scopes.error);
  auto compiled = lang::compile_module(vm, parsed.module->tree, filename);
  if (!compiled.code) {
    lang::SyntaxError e;
    e.message = compiled.error;
    e.filename = std::string(filename);
    e.line = compiled.line;
    std::string_view line = vm.source_line(vm.intern(filename), compiled.line);
    e.source_line = std::string(line);
    size_t indent = 0;
    while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t')) ++indent;
    e.column = static_cast<int32_t>(indent) + 1;
    e.end_line = compiled.line;
    e.end_column = static_cast<int32_t>(utf8_length(line)) + 1;
    return syntax_error(e);
  }
  ModuleObject* main = vm.new_module("__main__");
  vm.dict_set_str(vm.modules, vm.n.__main__, Value::object(main));
  vm.dict_set_str(main->dict, vm.n.__file__, vm.make_str(std::string(filename)));
  vm.dict_set_str(main->dict, vm.n.__builtins__, Value::object(vm.builtins));
  vm.dict_set_str(main->dict, vm.n.__doc__, vm.None);
  return vm.heap.make<FunctionObject>(vm.t.function, compiled.code, main->dict, compiled.code->name,
                                      compiled.code->qualname);
}

bool Session::load(std::string_view source, std::string_view filename) {
  Vm& vm = *vm_;
  FunctionObject* fn = compile_main(vm, source, filename, &result_);
  if (!fn) return false;
  thread_ = new Thread();
  vm.threads.push_back(thread_);
  vm.main_thread = thread_;
  vm.thread = thread_;
  Value unused;
  vm.push_function(thread_, fn, nullptr, 0, nullptr, &unused);
  thread_->top->is_entry = true;
  return true;
}

void exit_status(Vm& vm, Value exc, RunResult* result) {
  result->outcome = Outcome::Exception;
  result->exit_code = 1;
  if (!vm.exception_matches(exc, Value::object(vm.t.SystemExit_))) return;
  auto* e = static_cast<ExceptionObject*>(exc.obj());
  Value code = e->args && !e->args->items.empty() ? e->args->items[0] : vm.None;
  result->outcome = Outcome::Finished;
  if (code == vm.None)
    result->exit_code = 0;
  else if (vm.is_int(code))
    result->exit_code = static_cast<int>(vm.int_of(code) & 0xff);
}

namespace {

// start_report's call: [exc] as CPython prints an uncaught exception -- a
// SystemExit only when its code is neither None nor an int, as str(code)
// -- after "prefix: repr(obj)" when there is a prefix. Its formatting may
// call Python (__str__, __repr__, __notes__): as a native it runs under a
// replay run, and those calls are frames.
Status print_uncaught(Vm& vm, Value, Args args, Value* out) {
  Value exc = args[0];
  std::string text = vm.as_str(args[1])->text;
  *out = vm.None;
  if (!text.empty()) {
    text += ": ";
    if (!vm.repr_append(text, args[2])) {
      vm.thread->exc = Value();
      text += "<object repr() failed>";
    }
    text += "\n";
  }
  if (vm.exception_matches(exc, Value::object(vm.t.SystemExit_))) {
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    Value code = e->args && !e->args->items.empty() ? e->args->items[0] : vm.None;
    if (code == vm.None || vm.is_int(code)) return Status::Ok;
    if (!vm.str_append(text, code)) {
      vm.thread->exc = Value();
      return Status::Ok;
    }
    text += "\n";
  } else {
    text += vm.format_exception(exc);
  }
  vm.write_out(text, true);
  return Status::Ok;
}

}  // namespace

void start_report(Vm& vm, Thread* th, Value exc, const std::string& prefix, Value obj) {
  vm.start_call(th, Value::object(vm.new_native("<print exception>", print_uncaught)),
                {exc, vm.make_str(prefix), obj.is_null() ? vm.None : obj});
}

bool Session::step(int64_t budget) {
  if (!thread_ || result_.outcome != Outcome::NotRun) return false;
  Vm& vm = *vm_;
  if (max_steps_ >= 0) {
    int64_t left = max_steps_ - static_cast<int64_t>(thread_->steps);
    if (left <= 0) {
      result_.outcome = Outcome::LimitReached;
      result_.exit_code = 3;
      result_.message = "interleave: stopped after " + std::to_string(max_steps_) + " steps (--max-steps)";
      return false;
    }
    if (budget > left) budget = left;
  }
  StopReason r = vm.run(thread_, budget);
  result_.steps = thread_->steps;
  result_.clock_ns = thread_->clock_ns;
  if (vm.step_limit_hit && r != StopReason::Blocked) {
    // A synchronous callback (a __repr__ inside a list, ...) used up the
    // steps; whatever the program did after its RuntimeError, the limit ended it.
    result_.outcome = Outcome::LimitReached;
    result_.exit_code = 3;
    result_.message = "interleave: stopped after " + std::to_string(max_steps_) + " steps (--max-steps)";
    return false;
  }
  switch (r) {
    case StopReason::Finished:
      result_.outcome = Outcome::Finished;
      result_.exit_code = 0;
      return false;
    case StopReason::Raised: {
      Value exc = thread_->exc;
      thread_->exc = Value();
      exit_status(vm, exc, &result_);
      start_report(vm, thread_, exc);
      run_call();
      return false;
    }
    case StopReason::Blocked:
      result_.outcome = Outcome::LimitReached;
      result_.exit_code = 3;
      result_.message = "interleave: the main thread blocked and nothing can wake it";
      return false;
    default:
      thread_->eval_breaker = 0;
      return true;
  }
}

namespace {

// __main__'s suspended generators: those bound to names starting with an
// underscore first, as CPython's module cleanup clears them first.
std::vector<Value> main_generators(Vm& vm) {
  std::vector<Value> gens;
  Value main = vm.dict_get_str(vm.modules, vm.n.__main__);
  if (main.is_null()) return gens;
  auto* dict = static_cast<ModuleObject*>(main.obj())->dict;
  for (int pass = 0; pass < 2; ++pass) {
    for (auto& e : dict->entries) {
      if (e.key.is_null() || !vm.is_str(e.key)) continue;
      bool underscore = vm.as_str(e.key)->text.rfind("_", 0) == 0;
      if (underscore != (pass == 0)) continue;
      Value v = e.value;
      if (v.is_object() && (v.obj()->kind == Kind::Generator || v.obj()->kind == Kind::AsyncGen) &&
          static_cast<GeneratorObject*>(v.obj())->state == GenState::Suspended)
        gens.push_back(v);
    }
  }
  return gens;
}

Status exit_warnings_cont(Vm& vm, Object*, Status incoming, Value, Value* out) {
  vm.thread->exc = Value();
  warn_unawaited_at_exit(vm);
  *out = vm.None;
  return Status::Ok;
}

// The call start_main_finalizer makes.
Status finalize_main(Vm& vm, Value, Args, Value* out) {
  vm.tearing_down = true;
  Status s = close_generators(vm, main_generators(vm), out);
  if (s == Status::Call) {
    vm.chain_cont(exit_warnings_cont, nullptr);
    return s;
  }
  return exit_warnings_cont(vm, nullptr, s, Value(), out);
}

}  // namespace

bool start_main_finalizer(Vm& vm, Thread* th) {
  if (main_generators(vm).empty()) {
    warn_unawaited_at_exit(vm);
    return false;
  }
  vm.start_call(th, Value::object(vm.new_native("<module cleanup>", finalize_main)));
  return true;
}

// The main thread runs the call start_report or start_main_finalizer
// made to its end (it reports its own errors), within the step limit.
void Session::run_call() {
  Vm& vm = *vm_;
  for (;;) {
    int64_t budget = int64_t{1} << 20;
    if (max_steps_ >= 0) {
      int64_t left = max_steps_ - static_cast<int64_t>(thread_->steps);
      if (left <= 0) break;
      budget = std::min(budget, left);
    }
    StopReason r = vm.run(thread_, budget);
    if (r == StopReason::Finished || r == StopReason::Raised || r == StopReason::Blocked) break;
    thread_->eval_breaker = 0;
  }
  thread_->exc = Value();
  result_.steps = thread_->steps;
  result_.clock_ns = thread_->clock_ns;
  if ((max_steps_ >= 0 && static_cast<int64_t>(thread_->steps) >= max_steps_) || vm.step_limit_hit) {
    result_.outcome = Outcome::LimitReached;
    result_.exit_code = 3;
    result_.message = "interleave: stopped after " + std::to_string(max_steps_) + " steps (--max-steps)";
  }
}

const RunResult& Session::run() {
  while (step(int64_t{1} << 20)) {
  }
  if ((result_.outcome == Outcome::Finished || result_.outcome == Outcome::Exception) &&
      start_main_finalizer(*vm_, thread_))
    run_call();
  if (result_.outcome == Outcome::LimitReached && !result_.message.empty()) vm_->write_out(result_.message + "\n", true);
  return result_;
}

}  // namespace interleave::vm
