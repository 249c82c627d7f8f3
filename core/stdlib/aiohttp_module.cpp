// aiohttp (the client half), written in Python on top of asyncio's socket
// API (loop.sock_connect, sock_sendall, sock_recv, getaddrinfo): a task
// waiting for an answer is parked on a future while the loop's thread waits
// in selector.select(), so many requests overlap on one thread.
//
// Follows aiohttp 3.9 as the course uses it: ClientSession (async context
// manager, close()), session.get/post/put/patch/delete/head/options/request
// usable with `async with` or `await`, aiohttp.request(), ClientResponse
// (status, reason, headers, url, text(), json(), read(), ok,
// raise_for_status(), release()), ClientTimeout, BasicAuth, a TCPConnector
// that keeps connections alive per host (limit 100) and caches DNS answers
// (the lookups run in the loop's default executor, as with aiohttp's
// ThreadedResolver), and the exception classes. Like aiohttp 3.9 (before
// 3.10's NonHttpUrlClientError), a URL with another scheme
// ('python://example.com') fails in the connector with a bare
// AssertionError, and one without a host raises InvalidURL.
//
// Not done: redirects (the simulated servers send none), cookies,
// streaming reads (the body is read with the headers), websockets, the
// server side (aiohttp.web), proxies, TLS.
namespace interleave::vm {
extern const char* const kAiohttpSource;

const char* const kAiohttpSource = R"PY(
import asyncio
import json as _json
import socket as _socket
from base64 import b64encode as _b64encode
from collections import namedtuple as _namedtuple
from urllib.parse import quote_plus as _quote_plus

__version__ = '3.9.5'

DEFAULT_PORTS = {'http': 80, 'https': 443, 'ws': 80, 'wss': 443}


# --------------------------------------------------------------------------
# URLs (the part of yarl.URL a client shows)
# --------------------------------------------------------------------------

def _quote(value):
    return _quote_plus(value if isinstance(value, str) else str(value))


def _encode_query(params):
    if isinstance(params, str):
        return params
    items = params.items() if hasattr(params, 'items') else params
    parts = []
    for k, v in items:
        if isinstance(v, bool) or not isinstance(v, (str, int, float)):
            raise TypeError("Invalid variable type: value should be str, int or float, got {!r} of type {}"
                            .format(v, type(v)))
        parts.append(_quote(k) + '=' + _quote(v))
    return '&'.join(parts)


class URL:
    __module__ = 'yarl'

    def __init__(self, val='', *, encoded=False):
        if isinstance(val, URL):
            val = str(val)
        if not isinstance(val, str):
            raise TypeError('Constructor parameter should be str')
        self._text = val
        scheme = ''
        rest = val
        i = val.find('://')
        if i > 0 and all(c.isalnum() or c in '+-.' for c in val[:i]):
            scheme = val[:i].lower()
            rest = val[i + 3:]
            netloc = rest
            tail = ''
            for j, ch in enumerate(rest):
                if ch in '/?#':
                    netloc = rest[:j]
                    tail = rest[j:]
                    break
        else:
            netloc = None
            tail = val
        self.scheme = scheme
        self.user = None
        self.password = None
        self.raw_host = None
        self.explicit_port = None
        if netloc is not None:
            userinfo, at, hostport = netloc.rpartition('@')
            if at:
                self.user, _, password = userinfo.partition(':')
                self.password = password or None
            host, colon, port = hostport.partition(':')
            if colon and port:
                if not port.isdigit():
                    raise ValueError(f"Port could not be cast to integer value as {port!r}")
                self.explicit_port = int(port)
                if self.explicit_port > 65535:
                    raise ValueError('Port out of range 0-65535')
            self.raw_host = host.lower() or None
        fragment = ''
        if '#' in tail:
            tail, _, fragment = tail.partition('#')
        query = ''
        if '?' in tail:
            tail, _, query = tail.partition('?')
        self._explicit_path = bool(tail) or netloc is None
        self.path = tail or ('/' if netloc is not None else '')
        self.query_string = query
        self.fragment = fragment

    @property
    def host(self):
        return self.raw_host

    @property
    def port(self):
        if self.explicit_port is not None:
            return self.explicit_port
        return DEFAULT_PORTS.get(self.scheme)

    def is_absolute(self):
        return self.raw_host is not None

    @property
    def path_qs(self):
        return self.path + ('?' + self.query_string if self.query_string else '')

    @property
    def raw_path_qs(self):
        return self.path_qs

    @property
    def query(self):
        result = {}
        for part in self.query_string.split('&'):
            if part:
                k, _, v = part.partition('=')
                result[k] = v
        return result

    def _netloc(self):
        s = ''
        if self.user:
            s = self.user + (':' + self.password if self.password else '') + '@'
        s += self.raw_host or ''
        if self.explicit_port is not None:
            s += ':' + str(self.explicit_port)
        return s

    def __str__(self):
        if self.raw_host is None:
            s = (self.scheme + '://' if self.scheme else '') + (self.path if self._explicit_path else '')
        else:
            path = self.path if self._explicit_path else ''
            s = self.scheme + '://' + self._netloc() + path
        if self.query_string:
            s += '?' + self.query_string
        if self.fragment:
            s += '#' + self.fragment
        return s

    def human_repr(self):
        return str(self)

    def __repr__(self):
        return f"URL('{self}')"

    def __eq__(self, other):
        return isinstance(other, URL) and str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def with_query(self, query):
        u = URL(str(self))
        u.query_string = _encode_query(query) if query else ''
        u._explicit_path = True
        return u

    def update_query(self, query):
        extra = _encode_query(query)
        if not extra:
            return self
        u = URL(str(self))
        u.query_string = u.query_string + '&' + extra if u.query_string else extra
        u._explicit_path = True
        return u

    def with_fragment(self, fragment):
        u = URL(str(self))
        u.fragment = fragment or ''
        return u


# --------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------

class CIMultiDict:
    __module__ = 'multidict'

    def __init__(self, data=None, **kwargs):
        self._items = []
        if data is not None:
            items = data.items() if hasattr(data, 'items') else data
            for k, v in items:
                self._items.append((k, v))
        for k, v in kwargs.items():
            self._items.append((k, v))

    def add(self, key, value):
        self._items.append((key, value))

    def __getitem__(self, key):
        low = key.lower()
        for k, v in self._items:
            if k.lower() == low:
                return v
        raise KeyError(key)

    def __setitem__(self, key, value):
        low = key.lower()
        self._items = [(k, v) for k, v in self._items if k.lower() != low]
        self._items.append((key, value))

    def __delitem__(self, key):
        low = key.lower()
        before = len(self._items)
        self._items = [(k, v) for k, v in self._items if k.lower() != low]
        if len(self._items) == before:
            raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def getall(self, key, *default):
        low = key.lower()
        found = [v for k, v in self._items if k.lower() == low]
        if not found:
            if default:
                return default[0]
            raise KeyError(key)
        return found

    def getone(self, key, *default):
        try:
            return self[key]
        except KeyError:
            if default:
                return default[0]
            raise

    def __contains__(self, key):
        if not isinstance(key, str):
            return False
        low = key.lower()
        return any(k.lower() == low for k, v in self._items)

    def __iter__(self):
        return iter([k for k, v in self._items])

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [k for k, v in self._items]

    def values(self):
        return [v for k, v in self._items]

    def items(self):
        return list(self._items)

    def copy(self):
        return CIMultiDict(self._items)

    def __repr__(self):
        body = ', '.join(f'{k!r}: {v!r}' for k, v in self._items)
        return f'<{type(self).__name__}({body})>'


class CIMultiDictProxy(CIMultiDict):
    __module__ = 'multidict'


# --------------------------------------------------------------------------
# Exceptions (aiohttp.client_exceptions)
# --------------------------------------------------------------------------

ConnectionKey = _namedtuple('ConnectionKey', ['host', 'port', 'is_ssl', 'ssl', 'proxy', 'proxy_auth',
                                              'proxy_headers_hash'])
RequestInfo = _namedtuple('RequestInfo', ['url', 'method', 'headers', 'real_url'])


class ClientError(Exception):
    __module__ = 'aiohttp.client_exceptions'


class ClientResponseError(ClientError):
    __module__ = 'aiohttp.client_exceptions'

    def __init__(self, request_info, history, *, code=None, status=None, message='', headers=None):
        self.request_info = request_info
        if status is None:
            status = code if code is not None else 0
        self.status = status
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return '{}, message={!r}, url={!r}'.format(self.status, self.message, self.request_info.real_url)

    def __repr__(self):
        args = f'{self.request_info!r}, {self.history!r}'
        if self.status != 0:
            args += f', status={self.status!r}'
        if self.message != '':
            args += f', message={self.message!r}'
        if self.headers is not None:
            args += f', headers={self.headers!r}'
        return f'{type(self).__name__}({args})'


class ContentTypeError(ClientResponseError):
    __module__ = 'aiohttp.client_exceptions'


class WSServerHandshakeError(ClientResponseError):
    __module__ = 'aiohttp.client_exceptions'


class TooManyRedirects(ClientResponseError):
    __module__ = 'aiohttp.client_exceptions'


class ClientConnectionError(ClientError):
    __module__ = 'aiohttp.client_exceptions'


class ClientOSError(ClientConnectionError, OSError):
    __module__ = 'aiohttp.client_exceptions'


class ClientConnectorError(ClientOSError):
    __module__ = 'aiohttp.client_exceptions'

    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (connection_key, os_error)
        self.errno = os_error.errno
        self.strerror = os_error.strerror

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._conn_key.host

    @property
    def port(self):
        return self._conn_key.port

    @property
    def ssl(self):
        return self._conn_key.ssl

    def __str__(self):
        return 'Cannot connect to host {0.host}:{0.port} ssl:{1} [{2}]'.format(
            self, 'default' if self.ssl is True else self.ssl, self.strerror)


class ClientProxyConnectionError(ClientConnectorError):
    __module__ = 'aiohttp.client_exceptions'


class ServerConnectionError(ClientConnectionError):
    __module__ = 'aiohttp.client_exceptions'


class ServerDisconnectedError(ServerConnectionError):
    __module__ = 'aiohttp.client_exceptions'

    def __init__(self, message=None):
        if message is None:
            message = 'Server disconnected'
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    __module__ = 'aiohttp.client_exceptions'


class ServerFingerprintMismatch(ServerConnectionError):
    __module__ = 'aiohttp.client_exceptions'


class ClientPayloadError(ClientError):
    __module__ = 'aiohttp.client_exceptions'


class InvalidURL(ClientError, ValueError):
    __module__ = 'aiohttp.client_exceptions'

    def __init__(self, url):
        super().__init__(url)

    @property
    def url(self):
        return self.args[0]

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.url}>'


class ClientSSLError(ClientConnectorError):
    __module__ = 'aiohttp.client_exceptions'


class ClientConnectorSSLError(ClientSSLError):
    __module__ = 'aiohttp.client_exceptions'


class ClientConnectorCertificateError(ClientSSLError):
    __module__ = 'aiohttp.client_exceptions'


# --------------------------------------------------------------------------
# Settings
# --------------------------------------------------------------------------

class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect
        self.ceil_threshold = ceil_threshold

    def __repr__(self):
        return (f'ClientTimeout(total={self.total!r}, connect={self.connect!r}, sock_read={self.sock_read!r}, '
                f'sock_connect={self.sock_connect!r}, ceil_threshold={self.ceil_threshold!r})')

    def __eq__(self, other):
        return isinstance(other, ClientTimeout) and repr(self) == repr(other)


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60)

class BasicAuth(_namedtuple('BasicAuth', ['login', 'password', 'encoding'])):
    def __new__(cls, login, password='', encoding='latin1'):
        if login is None:
            raise ValueError('None is not allowed as login value')
        if password is None:
            raise ValueError('None is not allowed as password value')
        if ':' in login:
            raise ValueError('A ":" is not allowed in login (RFC 1945#section-11.1)')
        return super().__new__(cls, login, password, encoding)

    def encode(self):
        creds = (f'{self.login}:{self.password}').encode(self.encoding)
        return 'Basic ' + _b64encode(creds).decode('ascii')


# --------------------------------------------------------------------------
# Responses
# --------------------------------------------------------------------------

class ClientResponse:
    def __init__(self, method, url, request_info):
        self.method = method
        self._url = url
        self._real_url = url
        self.request_info = request_info
        self.status = None
        self.reason = None
        self.version = None
        self.headers = CIMultiDictProxy()
        self.history = ()
        self._body = None
        self._released = False
        self._closed = False

    @property
    def url(self):
        return self._url

    @property
    def real_url(self):
        return self._real_url

    @property
    def host(self):
        return self._url.host

    @property
    def content_type(self):
        raw = self.headers.get('Content-Type', 'application/octet-stream')
        return raw.split(';')[0].strip().lower()

    @property
    def charset(self):
        raw = self.headers.get('Content-Type', '')
        for part in raw.split(';')[1:]:
            k, _, v = part.strip().partition('=')
            if k.lower() == 'charset':
                return v.strip('"\'').lower()
        return None

    @property
    def content_length(self):
        value = self.headers.get('Content-Length')
        return int(value) if value is not None else None

    @property
    def ok(self):
        return self.status < 400

    @property
    def closed(self):
        return self._closed

    def __repr__(self):
        reason = self.reason if self.reason is not None else ''
        return f'<ClientResponse({self.url}) [{self.status} {reason}]>\n{self.headers!r}\n'

    def get_encoding(self):
        if self.charset:
            return self.charset
        if self.content_type == 'application/json':
            return 'utf-8'
        for b in self._body or b'':
            if b > 127:
                return 'utf-8'
        return 'ascii'

    async def read(self):
        return self._body

    async def text(self, encoding=None, errors='strict'):
        return self._body.decode(encoding or self.get_encoding(), errors)

    async def json(self, *, encoding=None, loads=_json.loads, content_type='application/json'):
        if content_type:
            ctype = self.headers.get('Content-Type', '').lower()
            if not (content_type in ctype or (content_type == 'application/json' and '+json' in ctype)):
                raise ContentTypeError(self.request_info, self.history, status=self.status,
                                       message='Attempt to decode JSON with unexpected mimetype: %s' % ctype,
                                       headers=self.headers)
        text = self._body.decode(encoding or self.get_encoding()).strip()
        if not text:
            return None
        return loads(text)

    def raise_for_status(self):
        if self.status >= 400:
            self.release()
            raise ClientResponseError(self.request_info, self.history, status=self.status, message=self.reason,
                                      headers=self.headers)

    def release(self):
        self._released = True

    def close(self):
        self._closed = True

    async def wait_for_close(self):
        self.release()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self.release()


# --------------------------------------------------------------------------
# Connections
# --------------------------------------------------------------------------

class _Connection:
    def __init__(self, sock, key):
        self.sock = sock
        self.key = key
        self.buffer = b''


class TCPConnector:
    def __init__(self, *, limit=100, limit_per_host=0, force_close=False, use_dns_cache=True,
                 ttl_dns_cache=10, ssl=None, keepalive_timeout=None, **kwargs):
        self.limit = limit
        self.limit_per_host = limit_per_host
        self.force_close = force_close
        self.use_dns_cache = use_dns_cache
        self._idle = {}
        self._dns = {}
        self._slots = None
        self._closed = False

    @property
    def closed(self):
        return self._closed

    async def close(self):
        self._closed = True
        for conns in self._idle.values():
            for c in conns:
                c.sock.close()
        self._idle.clear()

    async def _resolve(self, host, port):
        # One lookup per host at a time; its answer is kept (aiohttp caches DNS).
        loop = asyncio.get_running_loop()
        key = (host, port)
        entry = self._dns.get(key)
        if entry is not None:
            if isinstance(entry, list):
                return entry
            return await asyncio.shield(entry)
        fut = loop.create_future()
        self._dns[key] = fut
        try:
            infos = await loop.getaddrinfo(host, port, type=_socket.SOCK_STREAM)
        except BaseException as exc:
            del self._dns[key]
            if not fut.done():
                fut.set_exception(exc)
                fut.exception()
            raise
        if self.use_dns_cache:
            self._dns[key] = infos
        else:
            del self._dns[key]
        fut.set_result(infos)
        return infos

    async def connect(self, url, timeout):
        if self._closed:
            raise ClientConnectionError('Connector is closed.')
        is_ssl = url.scheme in ('https', 'wss')
        key = ConnectionKey(url.raw_host, url.port, is_ssl, True, None, None, None)
        # The limit counts connections in use; idle ones wait in the pool.
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.limit) if self.limit else False
        if self._slots:
            await self._slots.acquire()
        try:
            idle = self._idle.get(key)
            while idle:
                conn = idle.pop()
                if conn.sock.fileno() >= 0:
                    return conn
            return await self._create_connection(url, key, timeout)
        except BaseException:
            if self._slots:
                self._slots.release()
            raise

    async def _create_connection(self, url, key, timeout):
        host = key.host
        port = key.port
        assert host is not None
        assert port is not None
        try:
            infos = await self._resolve(host, port)
        except OSError as exc:
            raise ClientConnectorError(key, exc) from exc
        loop = asyncio.get_running_loop()
        sock = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
        sock.setblocking(False)
        connect_timeout = timeout.sock_connect
        if timeout.connect is not None and (connect_timeout is None or timeout.connect < connect_timeout):
            connect_timeout = timeout.connect
        try:
            if connect_timeout is None:
                await loop.sock_connect(sock, infos[0][4])
            else:
                try:
                    async with asyncio.timeout(connect_timeout):
                        await loop.sock_connect(sock, infos[0][4])
                except TimeoutError:
                    raise ServerTimeoutError(f'Connection timeout to host {url}') from None
        except OSError as exc:
            sock.close()
            if isinstance(exc, ServerTimeoutError):
                raise
            raise ClientConnectorError(key, exc) from exc
        except BaseException:
            sock.close()
            raise
        return _Connection(sock, key)

    def _release(self, conn, keep):
        if keep and not self.force_close and not self._closed:
            self._idle.setdefault(conn.key, []).append(conn)
        else:
            conn.sock.close()
        if self._slots:
            self._slots.release()


async def _recv(loop, conn, timeout):
    if timeout.sock_read is None:
        return await loop.sock_recv(conn.sock, 65536)
    try:
        async with asyncio.timeout(timeout.sock_read):
            return await loop.sock_recv(conn.sock, 65536)
    except TimeoutError:
        raise ServerTimeoutError('Timeout on reading data from socket') from None


async def _exchange(loop, conn, head, body, method, timeout):
    try:
        await loop.sock_sendall(conn.sock, head + body if body else head)
        buf = conn.buffer
        while b'\r\n\r\n' not in buf:
            chunk = await _recv(loop, conn, timeout)
            if not chunk:
                raise ServerDisconnectedError()
            buf += chunk
        top, _, rest = buf.partition(b'\r\n\r\n')
        lines = top.decode('latin-1').split('\r\n')
        version, _, status_reason = lines[0].partition(' ')
        code, _, reason = status_reason.partition(' ')
        headers = CIMultiDictProxy()
        for line in lines[1:]:
            name, _, value = line.partition(':')
            headers.add(name.strip(), value.strip())
        status = int(code)
        if method == 'HEAD' or status in (204, 304) or status < 200:
            length = 0
        elif 'Content-Length' in headers:
            length = int(headers['Content-Length'])
        else:
            length = None
        while length is None or len(rest) < length:
            chunk = await _recv(loop, conn, timeout)
            if not chunk:
                if length is None:
                    break
                raise ClientPayloadError('Response payload is not completed')
            rest += chunk
        if length is not None:
            conn.buffer = rest[length:]
            rest = rest[:length]
        keep = length is not None and headers.get('Connection', '').lower() != 'close'
        return version, status, reason, headers, rest, keep
    except ConnectionResetError as exc:
        raise ClientOSError(exc.errno, exc.strerror) from exc


# --------------------------------------------------------------------------
# Sessions
# --------------------------------------------------------------------------

class _RequestContextManager:
    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    def send(self, arg):
        return self._coro.send(arg)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class _SessionRequestContextManager:
    def __init__(self, coro, session):
        self._coro = coro
        self._resp = None
        self._session = session

    async def __aenter__(self):
        try:
            self._resp = await self._coro
        except BaseException:
            await self._session.close()
            raise
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._session.close()


_sentinel = object()


class ClientSession:
    def __init__(self, base_url=None, *, connector=None, loop=None, cookies=None, headers=None,
                 skip_auto_headers=None, auth=None, json_serialize=_json.dumps, version=None,
                 cookie_jar=None, connector_owner=True, raise_for_status=False, timeout=_sentinel,
                 auto_decompress=True, trust_env=False, requote_redirect_url=True, trace_configs=None,
                 read_bufsize=2 ** 16, **kwargs):
        self._base_url = URL(base_url) if base_url is not None else None
        self._connector = connector if connector is not None else TCPConnector()
        self._connector_owner = connector_owner
        self._default_headers = CIMultiDict(headers) if headers else CIMultiDict()
        self._skip_auto_headers = set(h.lower() for h in skip_auto_headers or ())
        self._default_auth = auth
        self._json_serialize = json_serialize
        self._raise_for_status = raise_for_status
        self._timeout = DEFAULT_TIMEOUT if timeout is _sentinel else timeout
        self._closed = False

    def __repr__(self):
        return '<aiohttp.client.ClientSession object>'

    @property
    def closed(self):
        return self._closed

    @property
    def connector(self):
        return self._connector

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return self._default_headers

    async def close(self):
        if not self._closed:
            self._closed = True
            if self._connector_owner:
                await self._connector.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        await self.close()

    def _build_url(self, str_or_url):
        url = URL(str_or_url)
        if self._base_url is None:
            return url
        return URL(str(self._base_url).rstrip('/') + '/' + str(url).lstrip('/'))

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None, cookies=None,
                       headers=None, skip_auto_headers=None, auth=None, allow_redirects=True, max_redirects=10,
                       compress=None, chunked=None, expect100=False, raise_for_status=None,
                       read_until_eof=True, proxy=None, proxy_auth=None, timeout=_sentinel, ssl=None,
                       verify_ssl=None, fingerprint=None, ssl_context=None, proxy_headers=None,
                       trace_request_ctx=None, read_bufsize=None, auto_decompress=None, **kwargs):
        if self.closed:
            raise RuntimeError('Session is closed')
        if data is not None and json is not None:
            raise ValueError('data and json parameters can not be used at the same time')
        elif json is not None:
            data = self._json_serialize(json)
            content_type = 'application/json'
        else:
            content_type = None
        try:
            url = self._build_url(str_or_url)
        except ValueError as e:
            raise InvalidURL(str_or_url) from e
        if params:
            url = url.update_query(params)
        if timeout is _sentinel or timeout is None:
            real_timeout = self._timeout
        elif not isinstance(timeout, ClientTimeout):
            real_timeout = ClientTimeout(total=timeout)
        else:
            real_timeout = timeout
        if real_timeout is None:
            real_timeout = ClientTimeout()
        if url.raw_host is None:
            raise InvalidURL(url)
        if real_timeout.total is None:
            resp = await self._do_request(method, url, data, content_type, headers, auth, real_timeout)
        else:
            async with asyncio.timeout(real_timeout.total):
                resp = await self._do_request(method, url, data, content_type, headers, auth, real_timeout)
        if raise_for_status is None:
            raise_for_status = self._raise_for_status
        if raise_for_status is True:
            resp.raise_for_status()
        elif raise_for_status:
            await raise_for_status(resp)
        return resp

    async def _do_request(self, method, url, data, content_type, headers, auth, timeout):
        method = method.upper()
        loop = asyncio.get_running_loop()
        all_headers = CIMultiDict(self._default_headers.items())
        if headers:
            items = headers.items() if hasattr(headers, 'items') else headers
            for k, v in items:
                all_headers[k] = v
        body = b''
        if data is not None:
            if isinstance(data, bytes):
                body = data
                content_type = content_type or 'application/octet-stream'
            elif isinstance(data, str):
                body = data.encode('utf-8')
                content_type = content_type or 'text/plain; charset=utf-8'
            else:
                body = _encode_query(data).encode('utf-8')
                content_type = content_type or 'application/x-www-form-urlencoded'
        host = url.raw_host
        if url.explicit_port is not None and url.explicit_port != DEFAULT_PORTS.get(url.scheme):
            host += ':' + str(url.explicit_port)
        sent = CIMultiDict()
        sent['Host'] = host
        for name, value in [('Accept', '*/*'), ('Accept-Encoding', 'gzip, deflate'),
                            ('User-Agent', 'Python/3.11 aiohttp/' + __version__)]:
            if name not in all_headers and name.lower() not in self._skip_auto_headers:
                sent[name] = value
        for k, v in all_headers.items():
            sent[k] = v
        auth = auth if auth is not None else self._default_auth
        if auth is None and url.user:
            auth = BasicAuth(url.user, url.password or '')
        if auth is not None:
            sent['Authorization'] = auth.encode()
        if body or method in ('POST', 'PUT', 'PATCH'):
            if content_type and 'Content-Type' not in sent:
                sent['Content-Type'] = content_type
            sent['Content-Length'] = str(len(body))
        request_info = RequestInfo(url, method, sent, url)
        conn = await self._connector.connect(url, timeout)
        lines = [f'{method} {url.path_qs} HTTP/1.1']
        for k, v in sent.items():
            lines.append(f'{k}: {v}')
        head = ('\r\n'.join(lines) + '\r\n\r\n').encode('utf-8')
        keep = False
        try:
            version, status, reason, rheaders, rbody, keep = await _exchange(loop, conn, head, body, method, timeout)
        finally:
            self._connector._release(conn, keep)
        resp = ClientResponse(method, url, request_info)
        resp.version = version
        resp.status = status
        resp.reason = reason
        resp.headers = rheaders
        resp._body = rbody
        return resp

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(self._request('GET', url, allow_redirects=allow_redirects, **kwargs))

    def options(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(self._request('OPTIONS', url, allow_redirects=allow_redirects, **kwargs))

    def head(self, url, *, allow_redirects=False, **kwargs):
        return _RequestContextManager(self._request('HEAD', url, allow_redirects=allow_redirects, **kwargs))

    def post(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('POST', url, data=data, **kwargs))

    def put(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('PUT', url, data=data, **kwargs))

    def patch(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('PATCH', url, data=data, **kwargs))

    def delete(self, url, **kwargs):
        return _RequestContextManager(self._request('DELETE', url, **kwargs))


def request(method, url, *, params=None, data=None, json=None, headers=None, skip_auto_headers=None,
            auth=None, allow_redirects=True, max_redirects=10, compress=None, chunked=None, expect100=False,
            raise_for_status=None, read_until_eof=True, proxy=None, proxy_auth=None, timeout=_sentinel,
            cookies=None, version=None, connector=None, read_bufsize=None, loop=None):
    connector_owner = False
    if connector is None:
        connector_owner = True
        connector = TCPConnector(force_close=True)
    session = ClientSession(cookies=cookies, version=version, timeout=timeout, connector=connector,
                            connector_owner=connector_owner)
    return _SessionRequestContextManager(
        session._request(method, url, params=params, data=data, json=json, headers=headers,
                         skip_auto_headers=skip_auto_headers, auth=auth, raise_for_status=raise_for_status),
        session)
)PY";

}  // namespace interleave::vm

namespace interleave::vm {
extern const char* const kUtilsSource;

// utils: the course's `from utils import fetch_status` ("Python Concurrency
// with asyncio": fetch_status(session, url, delay=0) sleeps, then GETs the
// url and returns the status), with util's delay and async_timed.
const char* const kUtilsSource = R"PY(
import asyncio
from util import delay, async_timed


async def fetch_status(session, url, delay=0):
    await asyncio.sleep(delay)
    async with session.get(url) as result:
        return result.status
)PY";

}  // namespace interleave::vm
