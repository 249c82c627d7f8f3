// The simulated network: file descriptors for sockets, socketpair(), TCP
// over loopback between sockets of the program, and a simulated internet
// where every host name resolves (unless a rule says otherwise) and runs an
// HTTP/1.1 server on every port.
//
// The network only keeps state and says when things happen; the machine
// (machine.h) owns time and threads: it fires the network's events at their
// time (Machine::EventKind::Net) and, after anything that may have made a
// socket readable or writable, wakes the threads waiting in select() for
// it. Every call takes the calling thread's time; results are >= 0 on
// success or -errno, like the system calls they stand for.
//
// Timing model (see core/sim/README.md): a host's latency is its round trip
// time (RTT). connect() completes one RTT after it starts; an HTTP answer
// arrives one RTT + the server's delay + the body's transfer time after the
// request's last byte was sent. Loopback connections (socketpair,
// localhost) deliver bytes at once.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/config.h"

namespace interleave::sim {

// errno values (Linux).
namespace err {
constexpr int kEBADF = 9, kEAGAIN = 11, kEINVAL = 22, kEPIPE = 32, kENOTSOCK = 88, kEADDRINUSE = 98,
              kEADDRNOTAVAIL = 99, kECONNRESET = 104, kEISCONN = 106, kENOTCONN = 107, kETIMEDOUT = 110,
              kECONNREFUSED = 111, kEALREADY = 114, kEINPROGRESS = 115;
}

constexpr int kAfUnix = 1, kAfInet = 2, kSockStream = 1;

struct Socket {
  enum class State : uint8_t { Fresh, Connecting, Connected, Listening };
  uint64_t id = 0;  // creation order
  int32_t pid = 0;
  int fd = -1;      // -1: accepted by the kernel, not yet by accept()
  int family = kAfInet;
  State state = State::Fresh;

  // Receiving.
  std::string in;       // bytes arrived and not read yet (from in_pos)
  size_t in_pos = 0;
  bool eof = false;     // the peer sends nothing more
  bool reset = false;   // the peer reset the connection
  int error = 0;        // pending SO_ERROR (a failed connect)
  bool shut_wr = false;

  // The other end: a socket of this machine, or a simulated host.
  uint64_t peer = 0;    // socketpair and loopback: the peer's id
  bool remote = false;  // connected to a simulated host
  std::string host;     // its name
  std::string request;  // request bytes the host has not answered yet
  uint64_t answered_until = 0;  // when its last answer arrives: answers stay in order
  bool server_closed = false;

  // Addresses.
  std::string local_ip;
  int local_port = 0;
  std::string peer_ip;
  int peer_port = 0;

  // Listening.
  int backlog = 0;
  std::deque<uint64_t> accept_queue;  // connected sockets waiting for accept()

  size_t pending() const { return in.size() - in_pos; }
};

class Network {
 public:
  // [schedule] arms a machine event that calls fire(id) at [time].
  Network(const NetConfig& config, uint64_t seed, std::function<void(uint64_t time, uint64_t id)> schedule);

  // Sockets.
  int socket(int32_t pid, int family);
  int socketpair(int32_t pid, int fds[2]);
  bool valid(int32_t pid, int fd) const { return find(pid, fd) != nullptr; }
  int close(int32_t pid, int fd, uint64_t time);
  int64_t send(int32_t pid, int fd, std::string_view data, uint64_t time);
  // Reads up to [n] bytes into [out] (empty at end of stream).
  int recv(int32_t pid, int fd, size_t n, std::string* out, uint64_t time);
  int connect(int32_t pid, int fd, const std::string& host, int port, uint64_t time);
  int take_error(int32_t pid, int fd);  // getsockopt(SO_ERROR): returns and clears it
  int bind(int32_t pid, int fd, const std::string& host, int port);
  int listen(int32_t pid, int fd, int backlog);
  int accept(int32_t pid, int fd, int* new_fd);
  int shutdown(int32_t pid, int fd, int how);
  const Socket* get(int32_t pid, int fd) const { return find(pid, fd); }

  // select(): is the fd ready? (A bad fd is never ready.)
  bool readable(int32_t pid, int fd) const;
  bool writable(int32_t pid, int fd) const;

  // DNS: the address of [host], or "" if it does not resolve.
  std::string resolve(const std::string& host) const;
  // The round trip time to [host].
  uint64_t latency(const std::string& host) const;

  // A network event is due (the machine calls this at its time).
  void fire(uint64_t id, uint64_t time);
  bool has_pending_events() const { return !events_.empty(); }

 private:
  struct Event {
    enum class Kind : uint8_t { Connected, ConnectFailed, Deliver, LocalConnect };
    Kind kind = Kind::Deliver;
    uint64_t socket = 0;
    int error = 0;
    std::string data;
    bool eof = false;
    bool reset = false;
    int port = 0;  // LocalConnect: the port connected to
  };
  // What a request to host/path gets: the effective settings of the rules.
  struct Answer {
    uint64_t latency = 0;
    uint64_t delay = 0;
    int status = 200;
    bool has_body = false;
    std::string body;
    int64_t size = -1;
    NetFail fail = NetFail::None;
  };

  Socket* find(int32_t pid, int fd) const;
  Socket* by_id(uint64_t id) const;
  Socket* make(int32_t pid, int family, bool with_fd);
  int lowest_free_fd(int32_t pid) const;
  int ephemeral_port();
  void arm(uint64_t time, Event e);
  Answer answer_for(const std::string& host, const std::string& path) const;
  bool is_loopback(const std::string& host) const;
  // The simulated server reads what [s] sent and answers each complete request.
  void serve(Socket* s, uint64_t time);
  std::string respond(const std::string& host, const std::string& method, const std::string& target,
                      const std::string& body, bool head, bool close, uint64_t* delay, NetFail* fail) const;

  NetConfig config_;
  uint64_t seed_;
  std::function<void(uint64_t, uint64_t)> schedule_;
  std::map<uint64_t, std::unique_ptr<Socket>> sockets_;     // by id
  std::map<std::pair<int32_t, int>, uint64_t> fds_;          // (pid, fd) -> id
  std::map<int, uint64_t> bound_;                            // loopback port -> socket id
  std::map<uint64_t, Event> events_;                         // by event id
  mutable std::map<std::string, std::string> names_;         // address -> host name (reverse DNS)
  uint64_t next_socket_ = 1;
  uint64_t next_event_ = 1;
  int next_port_ = 0;
};

}  // namespace interleave::sim
