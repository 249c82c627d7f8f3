#include "sim/network.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace interleave::sim {

namespace {

constexpr size_t kLocalBuffer = 256 * 1024;  // what a loopback/socketpair peer buffers before send() blocks
constexpr const char* kOutboundIp = "10.0.2.15";

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

uint64_t mix(uint64_t z) {
  z += 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool is_ipv4(const std::string& s) {
  int parts = 0, digits = 0, value = 0;
  for (char c : s) {
    if (c == '.') {
      if (!digits) return false;
      ++parts;
      digits = value = 0;
    } else if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      if (++digits > 3 || value > 255) return false;
    } else {
      return false;
    }
  }
  return parts == 3 && digits;
}

const char* reason_phrase(int status) {
  switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 418: return "I'm a Teapot";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status < 400 ? "OK" : "Error";
  }
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

}  // namespace

Network::Network(const NetConfig& config, uint64_t seed, std::function<void(uint64_t, uint64_t)> schedule)
    : config_(config), seed_(seed), schedule_(std::move(schedule)) {}

// ---------------------------------------------------------------------------
// Sockets and descriptors
// ---------------------------------------------------------------------------

Socket* Network::find(int32_t pid, int fd) const {
  auto it = fds_.find({pid, fd});
  return it == fds_.end() ? nullptr : by_id(it->second);
}

Socket* Network::by_id(uint64_t id) const {
  auto it = sockets_.find(id);
  return it == sockets_.end() ? nullptr : it->second.get();
}

int Network::lowest_free_fd(int32_t pid) const {
  int fd = 3;  // 0-2: stdin, stdout, stderr
  while (fds_.count({pid, fd})) ++fd;
  return fd;
}

Socket* Network::make(int32_t pid, int family, bool with_fd) {
  auto s = std::make_unique<Socket>();
  s->id = next_socket_++;
  s->pid = pid;
  s->family = family;
  if (with_fd) {
    s->fd = lowest_free_fd(pid);
    fds_[{pid, s->fd}] = s->id;
  }
  Socket* raw = s.get();
  sockets_[raw->id] = std::move(s);
  return raw;
}

int Network::ephemeral_port() {
  // Linux draws ephemeral ports from 32768-60999; ours are deterministic.
  for (;;) {
    int port = 40000 + (next_port_++ % 20000);
    if (!bound_.count(port)) return port;
  }
}

void Network::arm(uint64_t time, Event e) {
  uint64_t id = next_event_++;
  events_.emplace(id, std::move(e));
  schedule_(time, id);
}

int Network::socket(int32_t pid, int family) { return make(pid, family, true)->fd; }

int Network::socketpair(int32_t pid, int fds[2]) {
  Socket* a = make(pid, kAfUnix, true);
  Socket* b = make(pid, kAfUnix, true);
  a->state = b->state = Socket::State::Connected;
  a->peer = b->id;
  b->peer = a->id;
  fds[0] = a->fd;
  fds[1] = b->fd;
  return 0;
}

int Network::close(int32_t pid, int fd, uint64_t) {
  Socket* s = find(pid, fd);
  if (!s) return -err::kEBADF;
  fds_.erase({pid, fd});
  auto b = bound_.find(s->local_port);
  if (b != bound_.end() && b->second == s->id) bound_.erase(b);
  // Connections nobody accepted are reset.
  for (uint64_t q : s->accept_queue) {
    if (Socket* c = by_id(q)) {
      if (Socket* p = by_id(c->peer)) p->reset = true;
      sockets_.erase(q);
    }
  }
  if (Socket* p = by_id(s->peer)) {
    p->eof = true;
    p->peer = 0;
  }
  sockets_.erase(s->id);
  return 0;
}

int64_t Network::send(int32_t pid, int fd, std::string_view data, uint64_t time) {
  Socket* s = find(pid, fd);
  if (!s) return -err::kEBADF;
  if (s->error) {
    int e = s->error;
    s->error = 0;
    return -e;
  }
  switch (s->state) {
    case Socket::State::Connecting:
      return -err::kEAGAIN;
    case Socket::State::Fresh:
    case Socket::State::Listening:
      return -err::kEPIPE;
    case Socket::State::Connected:
      break;
  }
  if (s->shut_wr) return -err::kEPIPE;
  if (s->reset) return -err::kECONNRESET;
  if (s->remote) {
    if (!s->server_closed) {
      s->request.append(data);
      serve(s, time);
    }
    return static_cast<int64_t>(data.size());
  }
  Socket* p = by_id(s->peer);
  if (!p) return -err::kEPIPE;
  size_t room = p->pending() < kLocalBuffer ? kLocalBuffer - p->pending() : 0;
  if (!room && !data.empty()) return -err::kEAGAIN;
  size_t n = std::min(room, data.size());
  if (p->in_pos > 4096 && p->in_pos * 2 > p->in.size()) {
    p->in.erase(0, p->in_pos);
    p->in_pos = 0;
  }
  p->in.append(data.substr(0, n));
  return static_cast<int64_t>(n);
}

int Network::recv(int32_t pid, int fd, size_t n, std::string* out, uint64_t) {
  out->clear();
  Socket* s = find(pid, fd);
  if (!s) return -err::kEBADF;
  if (s->pending()) {
    size_t k = std::min(n, s->pending());
    out->assign(s->in, s->in_pos, k);
    s->in_pos += k;
    if (s->in_pos == s->in.size()) {
      s->in.clear();
      s->in_pos = 0;
    }
    return 0;
  }
  if (s->error) {
    int e = s->error;
    s->error = 0;
    return -e;
  }
  if (s->reset) {
    s->reset = false;
    s->eof = true;
    return -err::kECONNRESET;
  }
  if (s->eof || n == 0) return 0;
  if (s->state != Socket::State::Connected && s->state != Socket::State::Connecting) return -err::kENOTCONN;
  return -err::kEAGAIN;
}

bool Network::is_loopback(const std::string& host) const {
  std::string h = lower(host);
  return h == "localhost" || h.rfind("127.", 0) == 0 || h == "0.0.0.0" || h == "::1" || h == "ip6-localhost";
}

int Network::connect(int32_t pid, int fd, const std::string& host_in, int port, uint64_t time) {
  Socket* s = find(pid, fd);
  if (!s) return -err::kEBADF;
  if (s->state == Socket::State::Connected) return -err::kEISCONN;
  if (s->state == Socket::State::Connecting) return -err::kEALREADY;
  if (s->state == Socket::State::Listening) return -err::kEISCONN;
  if (s->error) {
    int e = s->error;
    s->error = 0;
    return -e;
  }
  s->peer_port = port;
  if (is_loopback(host_in)) {
    s->peer_ip = "127.0.0.1";
    if (!s->local_port) {
      s->local_ip = "127.0.0.1";
      s->local_port = ephemeral_port();
    }
    s->state = Socket::State::Connecting;
    Event e;
    e.kind = Event::Kind::LocalConnect;
    e.socket = s->id;
    e.port = port;
    arm(time + config_.loopback_ns, std::move(e));
    return -err::kEINPROGRESS;
  }
  std::string host = lower(host_in);
  if (is_ipv4(host)) {
    auto it = names_.find(host);
    if (it != names_.end()) host = it->second;
  }
  s->remote = true;
  s->host = host;
  s->peer_ip = resolve(host);
  if (s->peer_ip.empty()) s->peer_ip = host_in;
  s->local_ip = kOutboundIp;
  if (!s->local_port) s->local_port = ephemeral_port();
  s->state = Socket::State::Connecting;
  Answer a = answer_for(host, "");
  Event e;
  e.kind = Event::Kind::Connected;
  e.socket = s->id;
  uint64_t at = time + a.latency;
  if (a.fail == NetFail::Refused) {
    e.kind = Event::Kind::ConnectFailed;
    e.error = err::kECONNREFUSED;
  } else if (a.fail == NetFail::Timeout || a.fail == NetFail::Dns) {
    // Nothing answers the SYN; the kernel gives up after its retries.
    e.kind = Event::Kind::ConnectFailed;
    e.error = err::kETIMEDOUT;
    at = time + config_.connect_timeout_ns;
  }
  arm(at, std::move(e));
  return -err::kEINPROGRESS;
}

int Network::take_error(int32_t pid, int fd) {
  Socket* s = find(pid, fd);
  if (!s) return -err::kEBADF;
  int e = s->error;
  s->error = 0;
  return e;
}

int Network::bind(int32_t pid, int fd, const std::string& host_in, int port) {
  Socket* s = find(pid, fd);
  if (!s) return -err::kEBADF;
  if (s->local_port || s->state != Socket::State::Fresh) return -err::kEINVAL;
  std::string host = lower(host_in);
  if (!host.empty() && host != "0.0.0.0" && !is_loopback(host)) return -err::kEADDRNOTAVAIL;
  if (port == 0) port = ephemeral_port();
  if (bound_.count(port)) return -err::kEADDRINUSE;
  bound_[port] = s->id;
  s->local_ip = host.empty() || host == "0.0.0.0" ? "0.0.0.0" : "127.0.0.1";
  s->local_port = port;
  return 0;
}

int Network::listen(int32_t pid, int fd, int backlog) {
  Socket* s = find(pid, fd);
  if (!s) return -err::kEBADF;
  if (s->state != Socket::State::Fresh && s->state != Socket::State::Listening) return -err::kEINVAL;
  if (!s->local_port) {
    int r = bind(pid, fd, "", 0);
    if (r < 0) return r;
  }
  s->state = Socket::State::Listening;
  s->backlog = std::max(backlog, 0);
  return 0;
}

int Network::accept(int32_t pid, int fd, int* new_fd) {
  Socket* s = find(pid, fd);
  if (!s) return -err::kEBADF;
  if (s->state != Socket::State::Listening) return -err::kEINVAL;
  while (!s->accept_queue.empty()) {
    uint64_t id = s->accept_queue.front();
    s->accept_queue.pop_front();
    Socket* c = by_id(id);
    if (!c) continue;
    c->fd = lowest_free_fd(pid);
    fds_[{pid, c->fd}] = c->id;
    *new_fd = c->fd;
    return 0;
  }
  return -err::kEAGAIN;
}

int Network::shutdown(int32_t pid, int fd, int how) {
  Socket* s = find(pid, fd);
  if (!s) return -err::kEBADF;
  if (how < 0 || how > 2) return -err::kEINVAL;
  if (s->state != Socket::State::Connected) return -err::kENOTCONN;
  if (how == 1 || how == 2) {
    s->shut_wr = true;
    if (Socket* p = by_id(s->peer)) p->eof = true;
  }
  return 0;
}

bool Network::readable(int32_t pid, int fd) const {
  const Socket* s = find(pid, fd);
  if (!s) return false;
  if (s->state == Socket::State::Listening) return !s->accept_queue.empty();
  return s->pending() || s->eof || s->reset || s->error;
}

bool Network::writable(int32_t pid, int fd) const {
  const Socket* s = find(pid, fd);
  if (!s) return false;
  if (s->error || s->reset) return true;
  if (s->state != Socket::State::Connected) return false;
  if (s->shut_wr || s->remote) return true;
  const Socket* p = by_id(s->peer);
  return !p || p->pending() < kLocalBuffer;
}

// ---------------------------------------------------------------------------
// DNS and the hosts' settings
// ---------------------------------------------------------------------------

std::string Network::resolve(const std::string& host_in) const {
  std::string host = lower(host_in);
  if (host.empty()) return "";
  if (host == "localhost" || host == "ip6-localhost") return "127.0.0.1";
  if (is_ipv4(host)) return host;
  for (char c : host)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_')) return "";
  if (answer_for(host, "").fail == NetFail::Dns) return "";
  uint64_t h = mix(fnv1a(host));
  int a = 11 + static_cast<int>(h % 190);
  if (a == 127 || a == 100) a = 93;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d.%d.%d.%d", a, static_cast<int>((h >> 8) & 255), static_cast<int>((h >> 16) & 255),
                1 + static_cast<int>((h >> 24) % 254));
  names_[buf] = host;
  return buf;
}

uint64_t Network::latency(const std::string& host) const { return answer_for(lower(host), "").latency; }

Network::Answer Network::answer_for(const std::string& host, const std::string& path) const {
  Answer a;
  if (is_loopback(host)) {
    a.latency = config_.loopback_ns;  // this machine: no rules apply
    return a;
  } else {
    // A deterministic round trip per host and seed, in whole milliseconds.
    uint64_t span = config_.latency_max_ns - config_.latency_min_ns;
    uint64_t h = mix(fnv1a(host) ^ mix(seed_));
    a.latency = config_.latency_min_ns + (span ? h % (span + 1) : 0);
    if (a.latency >= 1'000'000) a.latency -= a.latency % 1'000'000;
  }
  // Least specific first: *, */path, host, host/path; later rules win.
  for (int level = 0; level < 4; ++level) {
    for (const NetRule& r : config_.rules) {
      bool any_host = r.host == "*";
      if ((level < 2) != any_host) continue;
      if (!any_host && r.host != host) continue;
      bool path_rule = !r.path.empty();
      if ((level % 2 == 1) != path_rule) continue;
      if (path_rule) {
        bool prefix = r.path.back() == '*';
        std::string p = prefix ? r.path.substr(0, r.path.size() - 1) : r.path;
        if (prefix ? path.rfind(p, 0) != 0 : path != p) continue;
      }
      if (r.latency_ns >= 0) a.latency = static_cast<uint64_t>(r.latency_ns);
      if (r.delay_ns >= 0) a.delay = static_cast<uint64_t>(r.delay_ns);
      if (r.status) a.status = r.status;
      if (r.has_body) {
        a.has_body = true;
        a.body = r.body;
      }
      if (r.size >= 0) a.size = r.size;
      if (r.has_fail) a.fail = r.fail;
    }
  }
  return a;
}

// ---------------------------------------------------------------------------
// The simulated HTTP servers
// ---------------------------------------------------------------------------

std::string Network::respond(const std::string& host, const std::string& method, const std::string& target,
                             const std::string& req_body, bool head, bool close, uint64_t* delay,
                             NetFail* fail) const {
  std::string path = target;
  if (path.rfind("http://", 0) == 0 || path.rfind("https://", 0) == 0) {
    size_t slash = path.find('/', path.find("//") + 2);
    path = slash == std::string::npos ? "/" : path.substr(slash);
  }
  std::string bare = path.substr(0, path.find('?'));
  Answer a = answer_for(host, bare);
  *delay = a.delay;
  *fail = a.fail;
  int status = a.status;
  std::string body;
  if (a.has_body) {
    body = a.body;
  } else if (a.size >= 0) {
    // A file to download: numbered lines of text, cut to the size.
    body.reserve(static_cast<size_t>(a.size));
    char line[64];
    for (int64_t n = 0; static_cast<int64_t>(body.size()) < a.size; ++n) {
      std::snprintf(line, sizeof line, "%s line %lld\n", bare.c_str() + (bare.rfind('/') + 1),
                    static_cast<long long>(n));
      body += line;
    }
    body.resize(static_cast<size_t>(a.size));
  } else if (status >= 400) {
    std::string title = std::to_string(status) + " " + reason_phrase(status);
    body = "<html>\n<head><title>" + title + "</title></head>\n<body>\n<h1>" + title + "</h1>\n</body>\n</html>\n";
  } else if (method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE" ||
             host.rfind("api.", 0) == 0 || bare.rfind("/api", 0) == 0 ||
             (bare.size() > 5 && bare.compare(bare.size() - 5, 5, ".json") == 0)) {
    body = "{\"host\": " + json_string(host) + ", \"path\": " + json_string(path) + ", \"method\": " +
           json_string(method);
    if (!req_body.empty() || method == "POST" || method == "PUT" || method == "PATCH")
      body += ", \"data\": " + json_string(req_body);
    body += "}";
  } else {
    body = "<!doctype html>\n<html>\n<head><title>" + host + "</title></head>\n<body>\n<h1>" + host +
           "</h1>\n<p>A page of the simulated internet: " + method + " " + path + "</p>\n</body>\n</html>\n";
  }
  std::string type = a.size >= 0 && !a.has_body                          ? "application/octet-stream"
                     : !body.empty() && (body[0] == '{' || body[0] == '[') ? "application/json"
                     : !body.empty() && body[0] == '<'                  ? "text/html; charset=utf-8"
                                                                        : "text/plain; charset=utf-8";
  std::string out = "HTTP/1.1 " + std::to_string(status) + " " + reason_phrase(status) + "\r\n";
  out += "Server: interleave-sim\r\n";
  out += "Content-Type: " + type + "\r\n";
  out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  if (close) out += "Connection: close\r\n";
  out += "\r\n";
  if (!head) out += body;
  return out;
}

void Network::serve(Socket* s, uint64_t time) {
  for (;;) {
    size_t end = s->request.find("\r\n\r\n");
    if (end == std::string::npos) return;
    std::string head = s->request.substr(0, end);
    size_t line_end = head.find("\r\n");
    std::string line = head.substr(0, line_end);
    std::string method, target, version;
    {
      size_t a = line.find(' ');
      size_t b = a == std::string::npos ? std::string::npos : line.find(' ', a + 1);
      if (b != std::string::npos) {
        method = line.substr(0, a);
        target = line.substr(a + 1, b - a - 1);
        version = line.substr(b + 1);
      }
    }
    size_t content_length = 0;
    std::string connection;
    size_t pos = line_end == std::string::npos ? head.size() : line_end + 2;
    while (pos < head.size()) {
      size_t e = head.find("\r\n", pos);
      if (e == std::string::npos) e = head.size();
      std::string h = head.substr(pos, e - pos);
      size_t colon = h.find(':');
      if (colon != std::string::npos) {
        std::string name = lower(h.substr(0, colon));
        std::string value = h.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.erase(0, 1);
        if (name == "content-length") content_length = static_cast<size_t>(std::strtoull(value.c_str(), nullptr, 10));
        if (name == "connection") connection = lower(value);
      }
      pos = e + 2;
    }
    if (s->request.size() < end + 4 + content_length) return;  // the body is still coming
    std::string body = s->request.substr(end + 4, content_length);
    s->request.erase(0, end + 4 + content_length);
    bool bad = method.empty() || version.rfind("HTTP/", 0) != 0;
    bool close = bad || connection == "close" || (version == "HTTP/1.0" && connection != "keep-alive");
    uint64_t delay = 0;
    NetFail fail = NetFail::None;
    std::string response;
    Answer host_answer = answer_for(s->host, "");
    if (bad) {
      response = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    } else {
      response = respond(s->host, method, target, body, method == "HEAD", close, &delay, &fail);
    }
    Event e;
    e.kind = Event::Kind::Deliver;
    e.socket = s->id;
    if (fail == NetFail::Reset) {
      e.reset = true;
      s->server_closed = true;
      s->request.clear();
      arm(std::max(time + host_answer.latency / 2, s->answered_until), std::move(e));
      return;
    }
    // The answer streams in at the connection's speed, 64 KiB at a time:
    // a piece arrives once all its bytes have crossed.
    const uint64_t bps = config_.bytes_per_second;
    const uint64_t start = std::max(time + host_answer.latency + delay, s->answered_until);
    constexpr size_t kPiece = 64 * 1024;
    for (size_t off = 0; off < response.size() || off == 0; off += kPiece) {
      size_t end = std::min(response.size(), off + kPiece);
      Event piece;
      piece.kind = Event::Kind::Deliver;
      piece.socket = s->id;
      piece.data = response.substr(off, end - off);
      piece.eof = close && end == response.size();
      uint64_t at = start + (bps ? static_cast<uint64_t>(static_cast<double>(end) * 1e9 / static_cast<double>(bps)) : 0);
      s->answered_until = at;
      arm(at, std::move(piece));
      if (end == response.size()) break;
    }
    if (close) {
      s->server_closed = true;
      s->request.clear();
      return;
    }
  }
}

void Network::fire(uint64_t id, uint64_t) {
  auto it = events_.find(id);
  if (it == events_.end()) return;
  Event e = std::move(it->second);
  events_.erase(it);
  Socket* s = by_id(e.socket);
  if (!s) return;  // closed meanwhile
  switch (e.kind) {
    case Event::Kind::Connected:
      if (s->state == Socket::State::Connecting) s->state = Socket::State::Connected;
      return;
    case Event::Kind::ConnectFailed:
      if (s->state != Socket::State::Connecting) return;
      s->state = Socket::State::Fresh;
      s->remote = false;
      s->error = e.error;
      return;
    case Event::Kind::Deliver:
      if (e.reset) {
        s->reset = true;
        return;
      }
      s->in.append(e.data);
      if (e.eof) s->eof = true;
      return;
    case Event::Kind::LocalConnect: {
      if (s->state != Socket::State::Connecting) return;
      auto b = bound_.find(e.port);
      Socket* l = b == bound_.end() ? nullptr : by_id(b->second);
      if (!l || l->state != Socket::State::Listening ||
          l->accept_queue.size() > static_cast<size_t>(std::max(l->backlog, 0))) {
        s->state = Socket::State::Fresh;
        s->error = err::kECONNREFUSED;
        return;
      }
      Socket* c = make(l->pid, kAfInet, false);
      c->state = Socket::State::Connected;
      c->peer = s->id;
      c->local_ip = "127.0.0.1";
      c->local_port = e.port;
      c->peer_ip = s->local_ip;
      c->peer_port = s->local_port;
      s->peer = c->id;
      s->state = Socket::State::Connected;
      l->accept_queue.push_back(c->id);
      return;
    }
  }
}

}  // namespace interleave::sim
