// socket, written in Python over _net (net_module.cpp), the way CPython's
// socket.py wraps _socket. Blocking calls are a non-blocking try followed
// by a wait in _net.wait() until the fd is ready (CPython's sock_call), so
// a thread blocked in recv() or connect() is blocked on the machine, with
// the GIL released, and shows on the timeline as `socket.recv()`.
//
// What the simulated network offers: AF_INET stream sockets to the
// simulated internet (any host name resolves; every host runs an HTTP/1.1
// server) and to localhost (bind/listen/accept in the same program), and
// socketpair(). No UDP, no IPv6, no makefile().
namespace interleave::vm {
extern const char* const kSocketSource;

const char* const kSocketSource = R"PY(
import _net
import time as _time

AF_UNSPEC = 0
AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOCK_NONBLOCK = 2048
SOCK_CLOEXEC = 524288
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096
MSG_PEEK = 2
MSG_DONTWAIT = 64
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
AI_ADDRCONFIG = 32
AI_NUMERICSERV = 1024
EAI_NONAME = -2
EAI_AGAIN = -3
EAI_SERVICE = -8
EAI_FAMILY = -6
has_ipv6 = False

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_MESSAGES = {
    9: 'Bad file descriptor',
    11: 'Resource temporarily unavailable',
    22: 'Invalid argument',
    32: 'Broken pipe',
    88: 'Socket operation on non-socket',
    94: 'Socket type not supported',
    97: 'Address family not supported by protocol',
    98: 'Address already in use',
    99: 'Cannot assign requested address',
    104: 'Connection reset by peer',
    106: 'Transport endpoint is already connected',
    107: 'Transport endpoint is not connected',
    110: 'Connection timed out',
    111: 'Connection refused',
    114: 'Operation already in progress',
    115: 'Operation now in progress',
}


def _error(errno):
    return OSError(errno, _MESSAGES.get(errno, 'Unknown error %d' % errno))


_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def _check_timeout(value):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if value < 0:
        raise ValueError('Timeout value out of range')
    return float(value)


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _port_of(port, what):
    if isinstance(port, bool) or not isinstance(port, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
    if port < 0 or port > 65535:
        raise OverflowError('%s(): port must be 0-65535.' % what)
    return port


def _address(address, what):
    if not isinstance(address, tuple):
        raise TypeError('%s(): AF_INET address must be tuple, not %s' % (what, type(address).__name__))
    if len(address) != 2:
        raise TypeError('AF_INET address must be a pair (host, port)')
    host, port = address
    if not isinstance(host, str):
        raise TypeError('str, bytes or bytearray expected, not %s' % type(host).__name__)
    return host, _port_of(port, what)


def _resolve(host):
    ip = _net.resolve(host)
    if ip is None:
        raise gaierror(-2, 'Name or service not known')
    return ip


class socket:
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        timeout = _default_timeout
        if type & SOCK_NONBLOCK:
            timeout = 0.0
        type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        if fileno is None:
            if family not in (AF_INET, AF_UNIX, AF_INET6):
                raise _error(97)
            if type != SOCK_STREAM:
                # The simulated network carries streams (TCP) only.
                raise _error(94)
            fileno = _net.socket(family)
        self._fd = fileno
        self.family = family
        self.type = type
        self.proto = proto
        self._timeout = timeout
        self._options = {}

    def __repr__(self):
        closed = self._fd < 0
        s = '<%s.%s%s fd=%d, family=%d, type=%d, proto=%d' % (
            'socket', 'socket', ' [closed]' if closed else '', self._fd, self.family, self.type, self.proto)
        if not closed and self.family == AF_INET:
            laddr = _net.sockname(self._fd)
            if laddr.__class__ is tuple:
                s += ', laddr=%r' % (laddr,)
            raddr = _net.peername(self._fd)
            if raddr.__class__ is tuple:
                s += ', raddr=%r' % (raddr,)
        return s + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        return self._fd

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            _net.close(fd)

    def detach(self):
        fd = self._fd
        self._fd = -1
        return fd

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def _deadline(self):
        if self._timeout is None or self._timeout == 0.0:
            return None
        return _time.monotonic() + self._timeout

    def _wait(self, write, reason, deadline):
        # Blocks until the fd is ready (the GIL released), or raises
        # TimeoutError when the socket's timeout passes first.
        left = None
        if deadline is not None:
            left = deadline - _time.monotonic()
            if left <= 0:
                raise TimeoutError('timed out')
        if write:
            r = _net.wait([], [self._fd], left, reason)
        else:
            r = _net.wait([self._fd], [], left, reason)
        if r.__class__ is int:
            raise _error(-r)
        if not r[0] and not r[1]:
            raise TimeoutError('timed out')

    def recv(self, bufsize, flags=0):
        if isinstance(bufsize, bool) or not isinstance(bufsize, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(bufsize).__name__)
        if bufsize < 0:
            raise ValueError('negative buffersize in recv')
        deadline = self._deadline()
        while True:
            r = _net.recv(self._fd, bufsize)
            if r.__class__ is not int:
                return r
            if r != -11 or self._timeout == 0.0 or flags & MSG_DONTWAIT:
                raise _error(-r)
            self._wait(False, 'socket.recv()', deadline)

    def send(self, data, flags=0):
        if not isinstance(data, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        deadline = self._deadline()
        while True:
            r = _net.send(self._fd, data)
            if r >= 0:
                return r
            if r != -11 or self._timeout == 0.0 or flags & MSG_DONTWAIT:
                raise _error(-r)
            self._wait(True, 'socket.send()', deadline)

    def sendall(self, data, flags=0):
        if not isinstance(data, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        deadline = self._deadline()
        while True:
            r = _net.send(self._fd, data)
            if r < 0:
                if r != -11 or self._timeout == 0.0:
                    raise _error(-r)
                r = 0
            if r >= len(data):
                return None
            data = data[r:]
            self._wait(True, 'socket.sendall()', deadline)

    def connect(self, address):
        if self.family == AF_UNIX:
            raise FileNotFoundError(2, 'No such file or directory')
        host, port = _address(address, 'connect')
        _resolve(host)
        r = _net.connect(self._fd, host, port)
        if r == -115:
            if self._timeout == 0.0:
                raise _error(115)
            self._wait(True, 'socket.connect()', self._deadline())
            r = -_net.so_error(self._fd)
        if r < 0:
            raise _error(-r)

    def connect_ex(self, address):
        try:
            self.connect(address)
        except gaierror:
            raise
        except TimeoutError as e:
            if e.errno is None:
                return 11
            return e.errno
        except OSError as e:
            if e.errno is None:
                raise
            return e.errno
        return 0

    def bind(self, address):
        if self.family == AF_UNIX:
            raise _error(22)
        host, port = _address(address, 'bind')
        if host and host != '0.0.0.0':
            _resolve(host)
        r = _net.bind(self._fd, host, port)
        if r < 0:
            raise _error(-r)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        r = _net.listen(self._fd, backlog)
        if r < 0:
            raise _error(-r)

    def accept(self):
        deadline = self._deadline()
        while True:
            fd = _net.accept(self._fd)
            if fd >= 0:
                break
            if fd != -11 or self._timeout == 0.0:
                raise _error(-fd)
            self._wait(False, 'socket.accept()', deadline)
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if _default_timeout is None and self._timeout is not None:
            sock.setblocking(True)
        return sock, _net.peername(fd)

    def getsockopt(self, level, optname, buflen=None):
        if self._fd < 0:
            raise _error(9)
        if level == SOL_SOCKET and optname == SO_ERROR:
            return _net.so_error(self._fd)
        if level == SOL_SOCKET and optname == SO_TYPE:
            return self.type
        return self._options.get((level, optname), 0)

    def setsockopt(self, level, optname, value, optlen=None):
        if self._fd < 0:
            raise _error(9)
        self._options[(level, optname)] = value

    def getsockname(self):
        r = _net.sockname(self._fd)
        if r.__class__ is int:
            raise _error(-r)
        return r

    def getpeername(self):
        r = _net.peername(self._fd)
        if r.__class__ is int:
            raise _error(-r)
        return r

    def shutdown(self, how):
        r = _net.shutdown(self._fd, how)
        if r < 0:
            raise _error(-r)


SocketType = socket


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _net.socketpair()
    return socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b)


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    sock = socket(AF_INET, SOCK_STREAM)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock


_SERVICES = {'http': 80, 'https': 443, 'ftp': 21, 'ssh': 22, 'smtp': 25, 'domain': 53}


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if port is None:
        port = 0
    elif isinstance(port, str):
        if port.isdigit():
            port = int(port)
        elif port in _SERVICES:
            port = _SERVICES[port]
        else:
            raise gaierror(-8, 'Servname not supported for ai_socktype')
    elif isinstance(port, bytes):
        port = int(port)
    elif not isinstance(port, int):
        raise OSError('Int or String expected')
    if host is None:
        ip = '0.0.0.0' if flags & AI_PASSIVE else '127.0.0.1'
    else:
        if family not in (0, AF_INET):
            raise gaierror(-9, 'Address family for hostname not supported')
        ip = _resolve(host)
    result = []
    for kind, protocol in ((SOCK_STREAM, IPPROTO_TCP), (SOCK_DGRAM, IPPROTO_UDP), (SOCK_RAW, 0)):
        if type and type != kind:
            continue
        if proto and proto != protocol:
            continue
        result.append((AF_INET, kind, protocol, '', (ip, port)))
    return result


def gethostbyname(hostname):
    return _resolve(hostname)


def gethostbyname_ex(hostname):
    return (hostname, [], [_resolve(hostname)])


def gethostname():
    return 'interleave'


def getfqdn(name=''):
    return name or 'interleave'


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return ((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >> 8) & 0xff00) | ((x >> 24) & 0xff)


ntohl = htonl
)PY";

}  // namespace interleave::vm
