// _net: the system calls `socket`, `select` and `selectors` (Python source,
// socket.cpp / select.cpp) are built on, each a thin call into the simulated
// network (core/sim/network.h) of the machine. Results are >= 0 (or the
// data) on success and -errno on failure; the Python layer turns errnos
// into CPython's exceptions. Nothing here blocks except wait(): blocking
// socket calls are loops of a non-blocking try and wait(), as in CPython's
// socketmodule.c (sock_call).
#include <cmath>

#include "sim/machine.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

sim::Machine* machine(Vm& vm) {
  if (!vm.machine) vm.raise(vm.t.RuntimeError_, "sockets need the simulated machine");
  return vm.machine;
}

int32_t pid_of(Vm& vm) {
  sim::SimThread* t = vm.machine->current(vm);
  return t ? t->proc->pid : vm.machine->main_process().pid;
}

uint64_t time_of(Vm& vm) { return vm.machine->now_of(vm); }

// Each socket call costs its thread the CPU of a system call.
void charge(Vm& vm) {
  if (vm.thread) vm.thread->clock_ns += vm.machine->config().net.syscall_ns;
}

bool int_arg(Vm& vm, Args args, int i, const char* fname, int64_t* out) {
  if (i >= args.n || !vm.is_int(args[i])) {
    vm.raise(vm.t.TypeError_, std::string("_net.") + fname + "(): bad arguments");
    return false;
  }
  *out = vm.int_of(args[i]);
  return true;
}

bool str_arg(Vm& vm, Args args, int i, const char* fname, std::string* out) {
  if (i >= args.n || !vm.is_str(args[i])) {
    vm.raise(vm.t.TypeError_, std::string("_net.") + fname + "(): bad arguments");
    return false;
  }
  *out = vm.as_str(args[i])->text;
  return true;
}

Value addr_tuple(Vm& vm, const std::string& ip, int port) {
  return vm.make_tuple({vm.make_str(ip), vm.make_int(port)});
}

// Reads a list of fds (ints) for wait().
bool fd_list(Vm& vm, Value v, std::vector<int>* out) {
  if (!v.is_object() || v.obj()->kind != Kind::List) {
    vm.raise(vm.t.TypeError_, "_net.wait(): fds must be lists");
    return false;
  }
  for (Value x : static_cast<ListObject*>(v.obj())->items) {
    if (!vm.is_int(x)) {
      vm.raise(vm.t.TypeError_, "_net.wait(): fds must be ints");
      return false;
    }
    out->push_back(static_cast<int>(vm.int_of(x)));
  }
  return true;
}

}  // namespace

void init_net_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  auto def = [&](const char* name, NativeFn fn) { vm.add_attr(d, name, Value::object(vm.new_native(name, fn))); };

  def("socket", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t family;
    if (!int_arg(vm, args, 0, "socket", &family)) return Status::Error;
    charge(vm);
    *out = vm.make_int(vm.machine->network().socket(pid_of(vm), static_cast<int>(family)));
    return Status::Ok;
  });
  def("socketpair", [](Vm& vm, Value, Args, Value* out) {
    if (!machine(vm)) return Status::Error;
    charge(vm);
    int fds[2];
    vm.machine->network().socketpair(pid_of(vm), fds);
    *out = vm.make_tuple({vm.make_int(fds[0]), vm.make_int(fds[1])});
    return Status::Ok;
  });
  def("valid", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd;
    if (!int_arg(vm, args, 0, "valid", &fd)) return Status::Error;
    *out = vm.make_bool(vm.machine->network().valid(pid_of(vm), static_cast<int>(fd)));
    return Status::Ok;
  });
  def("close", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd;
    if (!int_arg(vm, args, 0, "close", &fd)) return Status::Error;
    charge(vm);
    *out = vm.make_int(vm.machine->network().close(pid_of(vm), static_cast<int>(fd), time_of(vm)));
    vm.machine->net_changed(vm);
    return Status::Ok;
  });
  // send(fd, data) -> bytes taken (maybe fewer than offered) or -errno.
  def("send", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd;
    if (!int_arg(vm, args, 0, "send", &fd)) return Status::Error;
    if (args.n < 2 || !args[1].is_object() || args[1].obj()->kind != Kind::Bytes)
      return vm.raise(vm.t.TypeError_, std::string("a bytes-like object is required, not '") +
                                           (args.n < 2 ? "NoneType" : vm.type_name(args[1])) + "'");
    charge(vm);
    const std::string& data = static_cast<BytesObject*>(args[1].obj())->data;
    *out = vm.make_int(vm.machine->network().send(pid_of(vm), static_cast<int>(fd), data, time_of(vm)));
    vm.machine->net_changed(vm);
    return Status::Ok;
  });
  // recv(fd, n) -> bytes (b'' at the end of the stream) or -errno.
  def("recv", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd, n;
    if (!int_arg(vm, args, 0, "recv", &fd) || !int_arg(vm, args, 1, "recv", &n)) return Status::Error;
    charge(vm);
    std::string data;
    int r = vm.machine->network().recv(pid_of(vm), static_cast<int>(fd), static_cast<size_t>(n < 0 ? 0 : n), &data,
                                       time_of(vm));
    if (r < 0) {
      *out = vm.make_int(r);
      return Status::Ok;
    }
    *out = Value::object(vm.heap.make<BytesObject>(vm.t.bytes, std::move(data)));
    vm.machine->net_changed(vm);  // room in a full buffer: the writer may go on
    return Status::Ok;
  });
  // connect(fd, host, port) -> -EINPROGRESS (or another -errno): completion shows as writability.
  def("connect", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd, port;
    std::string host;
    if (!int_arg(vm, args, 0, "connect", &fd) || !str_arg(vm, args, 1, "connect", &host) ||
        !int_arg(vm, args, 2, "connect", &port))
      return Status::Error;
    charge(vm);
    *out = vm.make_int(
        vm.machine->network().connect(pid_of(vm), static_cast<int>(fd), host, static_cast<int>(port), time_of(vm)));
    return Status::Ok;
  });
  def("so_error", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd;
    if (!int_arg(vm, args, 0, "so_error", &fd)) return Status::Error;
    *out = vm.make_int(vm.machine->network().take_error(pid_of(vm), static_cast<int>(fd)));
    return Status::Ok;
  });
  def("bind", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd, port;
    std::string host;
    if (!int_arg(vm, args, 0, "bind", &fd) || !str_arg(vm, args, 1, "bind", &host) ||
        !int_arg(vm, args, 2, "bind", &port))
      return Status::Error;
    charge(vm);
    *out = vm.make_int(vm.machine->network().bind(pid_of(vm), static_cast<int>(fd), host, static_cast<int>(port)));
    return Status::Ok;
  });
  def("listen", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd, backlog;
    if (!int_arg(vm, args, 0, "listen", &fd) || !int_arg(vm, args, 1, "listen", &backlog)) return Status::Error;
    charge(vm);
    *out = vm.make_int(vm.machine->network().listen(pid_of(vm), static_cast<int>(fd), static_cast<int>(backlog)));
    return Status::Ok;
  });
  // accept(fd) -> the new fd or -errno.
  def("accept", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd;
    if (!int_arg(vm, args, 0, "accept", &fd)) return Status::Error;
    charge(vm);
    int nfd = -1;
    int r = vm.machine->network().accept(pid_of(vm), static_cast<int>(fd), &nfd);
    *out = vm.make_int(r < 0 ? r : nfd);
    return Status::Ok;
  });
  def("shutdown", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd, how;
    if (!int_arg(vm, args, 0, "shutdown", &fd) || !int_arg(vm, args, 1, "shutdown", &how)) return Status::Error;
    charge(vm);
    *out = vm.make_int(vm.machine->network().shutdown(pid_of(vm), static_cast<int>(fd), static_cast<int>(how)));
    vm.machine->net_changed(vm);
    return Status::Ok;
  });
  // sockname(fd) / peername(fd) -> (ip, port), or -errno.
  def("sockname", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd;
    if (!int_arg(vm, args, 0, "sockname", &fd)) return Status::Error;
    const sim::Socket* s = vm.machine->network().get(pid_of(vm), static_cast<int>(fd));
    if (!s) *out = vm.make_int(-sim::err::kEBADF);
    else if (s->family == sim::kAfUnix) *out = vm.make_str("");
    else *out = addr_tuple(vm, s->local_ip.empty() ? "0.0.0.0" : s->local_ip, s->local_port);
    return Status::Ok;
  });
  def("peername", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    int64_t fd;
    if (!int_arg(vm, args, 0, "peername", &fd)) return Status::Error;
    const sim::Socket* s = vm.machine->network().get(pid_of(vm), static_cast<int>(fd));
    if (!s) *out = vm.make_int(-sim::err::kEBADF);
    else if (s->state != sim::Socket::State::Connected) *out = vm.make_int(-sim::err::kENOTCONN);
    else if (s->family == sim::kAfUnix) *out = vm.make_str("");
    else *out = addr_tuple(vm, s->peer_ip, s->peer_port);
    return Status::Ok;
  });
  // resolve(host) -> its address, or None when the name does not resolve.
  def("resolve", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    std::string host;
    if (!str_arg(vm, args, 0, "resolve", &host)) return Status::Error;
    std::string ip = vm.machine->network().resolve(host);
    *out = ip.empty() ? vm.None : vm.make_str(ip);
    return Status::Ok;
  });
  // wait(rfds, wfds, timeout, reason) -> ([readable], [writable]) or -EBADF;
  // timeout None waits for ever, 0 polls. The thread blocks (the GIL
  // released) and the timeline shows [reason].
  def("wait", [](Vm& vm, Value, Args args, Value* out) {
    if (!machine(vm)) return Status::Error;
    if (args.n != 4 || !vm.is_str(args[3])) return vm.raise(vm.t.TypeError_, "_net.wait(rfds, wfds, timeout, reason)");
    std::vector<int> r, w;
    if (!fd_list(vm, args[0], &r) || !fd_list(vm, args[1], &w)) return Status::Error;
    int32_t pid = pid_of(vm);
    for (const auto* list : {&r, &w})
      for (int fd : *list)
        if (!vm.machine->network().valid(pid, fd)) {
          *out = vm.make_int(-sim::err::kEBADF);
          return Status::Ok;
        }
    int64_t timeout_ns = -1;
    if (args[2] != vm.None) {
      double s = vm.float_of(args[2]);
      timeout_ns = s <= 0 ? 0 : static_cast<int64_t>(std::llround(std::min(s, 9223372036.0) * 1e9));
    }
    return vm.machine->net_wait(vm, std::move(r), std::move(w), timeout_ns, vm.as_str(args[3])->text, out);
  });
}

}  // namespace interleave::vm
