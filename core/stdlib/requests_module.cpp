// requests (and requests.exceptions), written in Python over the blocking
// socket module: the thread doing requests.get() is blocked on the machine
// in socket.connect() and socket.recv() with the GIL released, so threads
// doing requests overlap on the timeline as they do in CPython.
//
// Follows requests 2.31: URL checks and their messages (MissingSchema,
// InvalidSchema "No connection adapters were found for ...", InvalidURL),
// the default headers, Response (status_code, reason, headers, content,
// text, json(), ok, raise_for_status(), url, elapsed, request), Session.
// Not done: redirects (the simulated servers do not send any), cookies,
// files=, streaming, proxies, TLS (https:// connects to port 443 of the
// same simulated server). ConnectionError messages follow urllib3's shape
// without the object address ("<urllib3.connection.HTTPConnection object
// at 0x...>: ") that urllib3 puts in front.
namespace interleave::vm {
extern const char* const kRequestsSource;
extern const char* const kRequestsExceptionsSource;

const char* const kRequestsExceptionsSource = R"PY(
import json as _json


class RequestException(IOError):
    def __init__(self, *args, **kwargs):
        response = kwargs.pop('response', None)
        self.response = response
        self.request = kwargs.pop('request', None)
        if response is not None and not self.request and hasattr(response, 'request'):
            self.request = self.response.request
        super().__init__(*args, **kwargs)


class InvalidJSONError(RequestException):
    pass


class JSONDecodeError(InvalidJSONError, _json.JSONDecodeError):
    def __init__(self, *args, **kwargs):
        _json.JSONDecodeError.__init__(self, *args)
        InvalidJSONError.__init__(self, *self.args, **kwargs)


class HTTPError(RequestException):
    pass


class ConnectionError(RequestException):
    pass


class ProxyError(ConnectionError):
    pass


class SSLError(ConnectionError):
    pass


class Timeout(RequestException):
    pass


class ConnectTimeout(ConnectionError, Timeout):
    pass


class ReadTimeout(Timeout):
    pass


class URLRequired(RequestException):
    pass


class TooManyRedirects(RequestException):
    pass


class MissingSchema(RequestException, ValueError):
    pass


class InvalidSchema(RequestException, ValueError):
    pass


class InvalidURL(RequestException, ValueError):
    pass


class InvalidHeader(RequestException, ValueError):
    pass


class ChunkedEncodingError(RequestException):
    pass


class ContentDecodingError(RequestException):
    pass


class RetryError(RequestException):
    pass
)PY";

const char* const kRequestsSource = R"PY(
import socket as _socket
import time as _time
import json as _json
from base64 import b64encode as _b64encode
from urllib.parse import quote_plus as _quote_plus_str
from requests.exceptions import (
    RequestException, HTTPError, ConnectionError, Timeout, ConnectTimeout, ReadTimeout, URLRequired,
    TooManyRedirects, MissingSchema, InvalidSchema, InvalidURL, InvalidHeader, InvalidJSONError,
    JSONDecodeError, ChunkedEncodingError)
import requests.exceptions as exceptions

__version__ = '2.31.0'
__title__ = 'requests'


class CaseInsensitiveDict:
    def __init__(self, data=None, **kwargs):
        self._store = {}
        if data is None:
            data = {}
        self.update(data, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return iter([k for k, v in self._store.values()])

    def __len__(self):
        return len(self._store)

    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._store

    def get(self, key, default=None):
        item = self._store.get(key.lower())
        return default if item is None else item[1]

    def keys(self):
        return [k for k, v in self._store.values()]

    def values(self):
        return [v for k, v in self._store.values()]

    def items(self):
        return list(self._store.values())

    def lower_items(self):
        return [(k, v[1]) for k, v in self._store.items()]

    def update(self, data=None, **kwargs):
        if data is not None:
            items = data.items() if hasattr(data, 'items') else data
            for k, v in items:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        item = self._store.pop(key.lower(), None)
        if item is None:
            if default:
                return default[0]
            raise KeyError(key)
        return item[1]

    def copy(self):
        return CaseInsensitiveDict(self.items())

    def __eq__(self, other):
        if isinstance(other, dict):
            other = CaseInsensitiveDict(other)
        if not isinstance(other, CaseInsensitiveDict):
            return NotImplemented
        return dict(self.lower_items()) == dict(other.lower_items())

    def __repr__(self):
        return str(dict(self.items()))


class timedelta:
    # What Response.elapsed is: a datetime.timedelta (there is no datetime module here).
    def __init__(self, seconds=0.0):
        us = round(seconds * 1000000)
        self.days = us // 86400000000
        us -= self.days * 86400000000
        self.seconds = us // 1000000
        self.microseconds = us - self.seconds * 1000000

    def total_seconds(self):
        return (self.days * 86400000000 + self.seconds * 1000000 + self.microseconds) / 1000000

    def __repr__(self):
        parts = []
        if self.days:
            parts.append('days=%d' % self.days)
        if self.seconds:
            parts.append('seconds=%d' % self.seconds)
        if self.microseconds:
            parts.append('microseconds=%d' % self.microseconds)
        return 'datetime.timedelta(%s)' % (', '.join(parts) if parts else '0')

    def __str__(self):
        h = self.seconds // 3600
        m = (self.seconds // 60) % 60
        s = '%d:%02d:%02d' % (h, m, self.seconds % 60)
        if self.microseconds:
            s += '.%06d' % self.microseconds
        if self.days:
            s = '%d day%s, %s' % (self.days, '' if abs(self.days) == 1 else 's', s)
        return s

    def __lt__(self, other):
        return self.total_seconds() < other.total_seconds()

    def __eq__(self, other):
        return isinstance(other, timedelta) and self.total_seconds() == other.total_seconds()


class _Codes:
    def __init__(self):
        for code, names in [(200, 'ok okay all_ok all_okay all_good'), (201, 'created'), (202, 'accepted'),
                            (204, 'no_content'), (301, 'moved_permanently moved'), (302, 'found'),
                            (304, 'not_modified'), (400, 'bad_request bad'), (401, 'unauthorized'),
                            (403, 'forbidden'), (404, 'not_found'), (405, 'method_not_allowed not_allowed'),
                            (408, 'request_timeout timeout'), (418, 'im_a_teapot teapot'),
                            (429, 'too_many_requests too_many'), (500, 'internal_server_error server_error'),
                            (502, 'bad_gateway'), (503, 'service_unavailable unavailable'),
                            (504, 'gateway_timeout')]:
            for name in names.split():
                setattr(self, name, code)
                setattr(self, name.upper(), code)

    def get(self, name, default=None):
        return getattr(self, name, default)

    def __getitem__(self, name):
        return getattr(self, name)


codes = _Codes()

def _quote_plus(value):
    return _quote_plus_str(value if isinstance(value, (str, bytes)) else str(value))


def _encode_params(data):
    if isinstance(data, (str, bytes)):
        return data
    items = data.items() if hasattr(data, 'items') else data
    parts = []
    for k, vs in items:
        if not isinstance(vs, (list, tuple)):
            vs = [vs]
        for v in vs:
            if v is not None:
                parts.append(_quote_plus(k) + '=' + _quote_plus(v))
    return '&'.join(parts)


class PreparedRequest:
    def __init__(self):
        self.method = None
        self.url = None
        self.headers = None
        self.body = None
        self._host = None
        self._port = None
        self._path = None
        self._scheme = None

    def __repr__(self):
        return '<PreparedRequest [%s]>' % self.method

    def prepare(self, method=None, url=None, headers=None, params=None, data=None, json=None, auth=None):
        self.method = method.upper() if method is not None else None
        self.prepare_url(url, params)
        self.headers = CaseInsensitiveDict(headers or {})
        body = None
        content_type = None
        if json is not None and not data:
            content_type = 'application/json'
            body = _json.dumps(json, allow_nan=False)
            body = body.encode('utf-8')
        elif data:
            if isinstance(data, (str, bytes)):
                body = data
            else:
                body = _encode_params(data)
                content_type = 'application/x-www-form-urlencoded'
        if body is not None:
            if isinstance(body, str):
                body = body.encode('utf-8')
            self.headers['Content-Length'] = str(len(body))
        elif self.method not in ('GET', 'HEAD'):
            self.headers['Content-Length'] = '0'
        if content_type and 'content-type' not in self.headers:
            self.headers['Content-Type'] = content_type
        self.body = body
        if auth is not None:
            if isinstance(auth, tuple) and len(auth) == 2:
                user, password = auth
                token = _b64encode(('%s:%s' % (user, password)).encode('latin-1')).decode('ascii')
                self.headers['Authorization'] = 'Basic ' + token
            else:
                auth(self)

    def prepare_url(self, url, params):
        if isinstance(url, bytes):
            url = url.decode('utf8')
        else:
            url = str(url)
        url = url.lstrip()
        if ':' in url and not url.lower().startswith('http'):
            self.url = url  # not HTTP: Session.send() says no adapter takes it
            return
        scheme, sep, rest = url.partition('://')
        if not sep:
            raise MissingSchema(f'Invalid URL {url!r}: No scheme supplied. Perhaps you meant https://{url}?')
        scheme = scheme.lower()
        netloc = rest
        path = ''
        for i, ch in enumerate(rest):
            if ch in '/?#':
                netloc = rest[:i]
                path = rest[i:]
                break
        fragment = ''
        if '#' in path:
            path, _, fragment = path.partition('#')
        query = ''
        if '?' in path:
            path, _, query = path.partition('?')
        hostport = netloc.rpartition('@')[2]
        host, _, port = hostport.partition(':')
        if not host:
            raise InvalidURL(f'Invalid URL {url!r}: No host supplied')
        if port:
            if not port.isdigit() or int(port) > 65535:
                raise InvalidURL(f'Failed to parse: {url}')
            port = int(port)
        else:
            port = 443 if scheme == 'https' else 80
        host = host.lower()
        if not path:
            path = '/'
        if params:
            enc = _encode_params(params)
            if enc:
                query = query + '&' + enc if query else enc
        netloc = netloc.rpartition('@')[0] + ('@' if '@' in netloc else '') + hostport.lower()
        self.url = scheme + '://' + netloc + path + ('?' + query if query else '') + ('#' + fragment if fragment else '')
        self._scheme = scheme
        self._host = host
        self._port = port
        self._path = path + ('?' + query if query else '')


class Request:
    def __init__(self, method=None, url=None, headers=None, files=None, data=None, params=None, auth=None,
                 cookies=None, hooks=None, json=None):
        self.method = method
        self.url = url
        self.headers = headers or {}
        self.data = data or []
        self.params = params or {}
        self.auth = auth
        self.json = json

    def __repr__(self):
        return '<Request [%s]>' % self.method

    def prepare(self):
        p = PreparedRequest()
        p.prepare(method=self.method, url=self.url, headers=self.headers, params=self.params, data=self.data,
                  json=self.json, auth=self.auth)
        return p


class Response:
    def __init__(self):
        self._content = False
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.raw = None
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.cookies = {}
        self.elapsed = timedelta(0)
        self.request = None

    def __repr__(self):
        return f'<Response [{self.status_code}]>'

    def __bool__(self):
        return self.ok

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return self.iter_content(128)

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return 'location' in self.headers and self.status_code in (301, 302, 303, 307, 308)

    @property
    def content(self):
        return self._content

    @property
    def apparent_encoding(self):
        for b in self._content:
            if b > 127:
                return 'utf-8'
        return 'ascii'

    @property
    def text(self):
        if not self._content:
            return ''
        return self._content.decode(self.encoding or self.apparent_encoding)

    def json(self, **kwargs):
        try:
            return _json.loads(self.text, **kwargs)
        except _json.JSONDecodeError as e:
            raise JSONDecodeError(e.msg, e.doc, e.pos)

    def iter_content(self, chunk_size=1, decode_unicode=False):
        data = self._content
        step = chunk_size or len(data) or 1
        for i in range(0, len(data), step):
            chunk = data[i:i + step]
            yield chunk.decode(self.encoding or 'utf-8') if decode_unicode else chunk

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        lines = self._content.split(delimiter) if delimiter else self._content.splitlines()
        for line in lines:
            yield line.decode(self.encoding or 'utf-8') if decode_unicode else line

    def raise_for_status(self):
        reason = self.reason
        msg = ''
        if 400 <= self.status_code < 500:
            msg = f'{self.status_code} Client Error: {reason} for url: {self.url}'
        elif 500 <= self.status_code < 600:
            msg = f'{self.status_code} Server Error: {reason} for url: {self.url}'
        if msg:
            raise HTTPError(msg, response=self)

    def close(self):
        pass


def _encoding_from_headers(headers):
    content_type = headers.get('content-type')
    if not content_type:
        return None
    parts = content_type.split(';')
    for p in parts[1:]:
        key, _, value = p.strip().partition('=')
        if key.lower() == 'charset':
            return value.strip('\'"')
    if 'text' in parts[0]:
        return 'ISO-8859-1'
    if 'application/json' in parts[0]:
        return 'utf-8'
    return None


def _pool(request):
    return f"{'HTTPS' if request._scheme == 'https' else 'HTTP'}ConnectionPool(host={request._host!r}, port={request._port})"


def _timeouts(timeout):
    if isinstance(timeout, tuple):
        if len(timeout) != 2:
            raise ValueError(f'Invalid timeout {timeout}. Pass a (connect, read) timeout tuple, or a single float to set both timeouts to the same value.')
        return timeout
    return timeout, timeout


def _send(request, timeout):
    connect_timeout, read_timeout = _timeouts(timeout)
    where = _pool(request) + f': Max retries exceeded with url: {request._path}'
    try:
        sock = _socket.create_connection((request._host, request._port), timeout=connect_timeout)
    except _socket.gaierror as e:
        raise ConnectionError(f'{where} (Caused by NameResolutionError("Failed to resolve {request._host!r} ({e})"))',
                              request=request) from None
    except TimeoutError as e:
        if e.errno is None:  # the socket's own timeout (socket.timeout), not ETIMEDOUT from the kernel
            raise ConnectTimeout(f"{where} (Caused by ConnectTimeoutError('Connection to {request._host} timed out. "
                                 f"(connect timeout={connect_timeout})'))", request=request) from None
        raise ConnectionError(f"{where} (Caused by NewConnectionError('Failed to establish a new connection: {e}'))",
                              request=request) from None
    except OSError as e:
        raise ConnectionError(f"{where} (Caused by NewConnectionError('Failed to establish a new connection: {e}'))",
                              request=request) from None
    try:
        sock.settimeout(read_timeout)
        lines = [f'{request.method} {request._path} HTTP/1.1', f'Host: {request._host}']
        for k, v in request.headers.items():
            lines.append(f'{k}: {v}')
        head = ('\r\n'.join(lines) + '\r\n\r\n').encode('utf-8')
        sock.sendall(head + request.body if request.body else head)
        return _read_response(sock, request)
    except TimeoutError:  # a recv() past the read timeout
        raise ReadTimeout(f'{_pool(request)}: Read timed out. (read timeout={read_timeout})', request=request) from None
    except ConnectionResetError as e:
        raise ConnectionError(f"('Connection aborted.', ConnectionResetError({e.errno}, {e.strerror!r}))",
                              request=request) from None
    finally:
        sock.close()


def _read_response(sock, request):
    buf = b''
    while b'\r\n\r\n' not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
                                  request=request)
        buf += chunk
    head, _, body = buf.partition(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    version, _, rest = lines[0].partition(' ')
    code, _, reason = rest.partition(' ')
    resp = Response()
    resp.status_code = int(code)
    resp.reason = reason
    for line in lines[1:]:
        name, _, value = line.partition(':')
        resp.headers[name.strip()] = value.strip()
    if request.method == 'HEAD' or resp.status_code in (204, 304) or resp.status_code < 200:
        body = b''
    elif 'content-length' in resp.headers:
        length = int(resp.headers['content-length'])
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                raise ChunkedEncodingError("('Connection broken: IncompleteRead(%d bytes read, %d more expected)', "
                                           "IncompleteRead(%d bytes read, %d more expected))"
                                           % (len(body), length - len(body), len(body), length - len(body)))
            body += chunk
        body = body[:length]
    else:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
    resp._content = body
    resp.encoding = _encoding_from_headers(resp.headers)
    resp.url = request.url
    resp.request = request
    return resp


def default_headers():
    return CaseInsensitiveDict({'User-Agent': 'python-requests/' + __version__, 'Accept-Encoding': 'gzip, deflate',
                                'Accept': '*/*', 'Connection': 'keep-alive'})


class Session:
    def __init__(self):
        self.headers = default_headers()
        self.auth = None
        self.params = {}
        self.cookies = {}
        self.proxies = {}
        self.verify = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        pass

    def prepare_request(self, request):
        merged = CaseInsensitiveDict(self.headers)
        if request.headers:
            for k, v in request.headers.items():
                if v is None:
                    merged.pop(k, None)
                else:
                    merged[k] = v
        params = request.params
        all_params = dict(self.params)
        if params:
            if hasattr(params, 'items'):
                all_params.update(params)
            else:
                all_params = params if not all_params else list(all_params.items()) + list(params)
        p = PreparedRequest()
        p.prepare(method=request.method, url=request.url, headers=merged, params=all_params, data=request.data,
                  json=request.json, auth=request.auth if request.auth is not None else self.auth)
        return p

    def request(self, method, url, params=None, data=None, headers=None, cookies=None, files=None, auth=None,
                timeout=None, allow_redirects=True, proxies=None, hooks=None, stream=None, verify=None,
                cert=None, json=None):
        if files:
            raise NotImplementedError('requests in the Interleave playground cannot upload files')
        req = Request(method=method.upper(), url=url, headers=headers, data=data or {}, json=json,
                      params=params or {}, auth=auth)
        prep = self.prepare_request(req)
        return self.send(prep, timeout=timeout)

    def send(self, request, timeout=None, **kwargs):
        if request._host is None:
            raise InvalidSchema(f'No connection adapters were found for {request.url!r}')
        start = _time.perf_counter()
        resp = _send(request, timeout)
        resp.elapsed = timedelta(_time.perf_counter() - start)
        return resp

    def get(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', True)
        return self.request('GET', url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', True)
        return self.request('OPTIONS', url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', False)
        return self.request('HEAD', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)


def session():
    return Session()


def request(method, url, **kwargs):
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    return request('get', url, params=params, **kwargs)


def options(url, **kwargs):
    return request('options', url, **kwargs)


def head(url, **kwargs):
    kwargs.setdefault('allow_redirects', False)
    return request('head', url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('post', url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request('put', url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request('patch', url, data=data, **kwargs)


def delete(url, **kwargs):
    return request('delete', url, **kwargs)
)PY";

}  // namespace interleave::vm
