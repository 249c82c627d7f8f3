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

void finish_with_exception(Vm& vm, Value exc, RunResult* result) {
  if (vm.exception_matches(exc, Value::object(vm.t.SystemExit_))) {
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    Value code = e->args && !e->args->items.empty() ? e->args->items[0] : vm.None;
    result->outcome = Outcome::Finished;
    if (code == vm.None) {
      result->exit_code = 0;
    } else if (vm.is_int(code)) {
      result->exit_code = static_cast<int>(vm.int_of(code) & 0xff);
    } else {
      std::string s;
      vm.str_append(s, code);
      vm.write_out(s + "\n", true);
      result->exit_code = 1;
    }
    return;
  }
  vm.write_out(vm.format_exception(exc), true);
  result->outcome = Outcome::Exception;
  result->exit_code = 1;
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
      finish_with_exception(vm, exc, &result_);
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

void finalize_main_generators(Vm& vm, Thread* th) {
  Value main = vm.dict_get_str(vm.modules, vm.n.__main__);
  if (main.is_null()) return;
  auto* dict = static_cast<ModuleObject*>(main.obj())->dict;
  std::vector<Value> gens;
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
  if (gens.empty()) {
    warn_unawaited_at_exit(vm);
    return;
  }
  Thread* saved = vm.thread;
  vm.thread = th;
  vm.extra_roots.insert(vm.extra_roots.end(), gens.begin(), gens.end());
  for (Value g : gens) {
    if (g.obj()->kind == Kind::AsyncGen) {
      async_gen_finalize(vm, static_cast<GeneratorObject*>(g.obj()));
    } else {
      Value close = vm.get_attr(g, vm.intern("close"));
      if (!close.is_null()) vm.call_sync(close, {});
    }
    th->exc = Value();
  }
  vm.thread = saved;
  warn_unawaited_at_exit(vm);
}

const RunResult& Session::run() {
  while (step(int64_t{1} << 20)) {
  }
  if (result_.outcome == Outcome::Finished || result_.outcome == Outcome::Exception) {
    finalize_main_generators(*vm_, thread_);
  }
  if (result_.outcome == Outcome::LimitReached && !result_.message.empty()) vm_->write_out(result_.message + "\n", true);
  return result_;
}

}  // namespace interleave::vm
