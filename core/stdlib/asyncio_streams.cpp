// asyncio's streams (open_connection, start_server, StreamReader,
// StreamWriter, Server), written in Python over the loop's socket calls
// (add_reader/add_writer, sock_connect) rather than CPython's transports and
// protocols: a reader callback feeds the StreamReader when the socket is
// readable, and the StreamWriter sends what it can and flushes the rest when
// the socket is writable. asyncio imports these names from here.
namespace interleave::vm {
extern const char* const kAsyncioStreamsSource;

const char* const kAsyncioStreamsSource = R"PY(
import socket as _socket
import asyncio as _asyncio

_DEFAULT_LIMIT = 2 ** 16


class StreamReader:
    __module__ = 'asyncio.streams'

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop if loop is not None else _asyncio.get_event_loop()
        self._buffer = b''
        self._eof = False
        self._waiter = None
        self._exception = None

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake()

    def _wake(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if not data:
            return
        self._buffer += data
        self._wake()

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is already waiting for incoming data')
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        try:
            line = await self.readuntil(b'\n')
        except _asyncio.IncompleteReadError as e:
            return e.partial
        except _asyncio.LimitOverrunError as e:
            if self._buffer.startswith(b'\n', e.consumed):
                self._buffer = self._buffer[e.consumed + 1:]
            else:
                self._buffer = b''
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        if not separator:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        while True:
            i = self._buffer.find(separator)
            if i >= 0:
                end = i + len(separator)
                if end > self._limit:
                    raise _asyncio.LimitOverrunError('Separator is found, but chunk is longer than limit', i)
                chunk = self._buffer[:end]
                self._buffer = self._buffer[end:]
                return chunk
            if len(self._buffer) > self._limit:
                raise _asyncio.LimitOverrunError('Separator is not found, and chunk exceed the limit',
                                                 len(self._buffer))
            if self._eof:
                chunk = self._buffer
                self._buffer = b''
                raise _asyncio.IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
            if self._exception is not None:
                raise self._exception

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
            if self._exception is not None:
                raise self._exception
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._buffer
                self._buffer = b''
                raise _asyncio.IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
            if self._exception is not None:
                raise self._exception
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class StreamWriter:
    __module__ = 'asyncio.streams'

    def __init__(self, sock, reader, loop):
        self._sock = sock
        self._fd = sock.fileno()
        self._reader = reader
        self._loop = loop
        self._pending = b''
        self._closing = False
        self._closed = loop.create_future()
        self._drain_waiter = None
        self._writing = False
        self._error = None

    def __repr__(self):
        return f'<StreamWriter fd={self._fd} reader={self._reader!r}>'

    @property
    def transport(self):
        return self

    def get_extra_info(self, name, default=None):
        try:
            if name == 'peername':
                return self._sock.getpeername()
            if name == 'sockname':
                return self._sock.getsockname()
        except OSError:
            return default
        if name == 'socket':
            return self._sock
        return default

    def write(self, data):
        if not isinstance(data, bytes):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._closing or not data:
            return
        if not self._pending:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except OSError as exc:
                self._error = exc
                return
            data = data[n:]
            if not data:
                return
        self._pending += data
        if not self._writing:
            self._writing = True
            self._loop._add_writer(self._fd, self._flush)

    def writelines(self, data):
        for chunk in data:
            self.write(chunk)

    def _flush(self):
        try:
            n = self._sock.send(self._pending)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._error = exc
            n = len(self._pending)
        self._pending = self._pending[n:]
        if not self._pending:
            self._writing = False
            self._loop._remove_writer(self._fd)
            waiter = self._drain_waiter
            self._drain_waiter = None
            if waiter is not None and not waiter.done():
                waiter.set_result(None)
            if self._closing:
                self._finish_close()

    async def drain(self):
        if self._error is not None:
            exc = self._error
            self._error = None
            raise exc
        if self._closing and self._closed.done():
            await _asyncio.sleep(0)
            return
        if self._pending:
            self._drain_waiter = self._loop.create_future()
            await self._drain_waiter
        else:
            await _asyncio.sleep(0)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if not self._pending:
            self._sock.shutdown(_socket.SHUT_WR)

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        if not self._pending:
            self._loop.call_soon(self._finish_close)

    def _finish_close(self):
        if self._closed.done():
            return
        _stop_reading(self._loop, self._fd)
        self._sock.close()
        self._closed.set_result(None)

    async def wait_closed(self):
        await self._closed


def _stop_reading(loop, fd):
    if not loop.is_closed():
        loop._remove_reader(fd)


def _start_reading(loop, sock, reader):
    fd = sock.fileno()

    def on_readable():
        try:
            data = sock.recv(_DEFAULT_LIMIT)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            _stop_reading(loop, fd)
            reader.set_exception(exc)
            return
        if data:
            reader.feed_data(data)
        else:
            _stop_reading(loop, fd)
            reader.feed_eof()

    loop._add_reader(fd, on_readable)


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = _asyncio.get_running_loop()
    sock = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        await loop.sock_connect(sock, (host, port))
    except BaseException:
        sock.close()
        raise
    reader = StreamReader(limit=limit, loop=loop)
    _start_reading(loop, sock, reader)
    return reader, StreamWriter(sock, reader, loop)


class Server:
    __module__ = 'asyncio.base_events'

    def __init__(self, loop, sock, client_connected_cb, limit):
        self._loop = loop
        self._sock = sock
        self._cb = client_connected_cb
        self._limit = limit
        self._serving = False
        self._serving_forever_fut = None
        self._waiters = []

    def __repr__(self):
        return f'<Server sockets={self.sockets!r}>'

    @property
    def sockets(self):
        return () if self._sock is None else (self._sock,)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    def _start(self):
        if self._serving or self._sock is None:
            return
        self._serving = True
        self._loop._add_reader(self._sock.fileno(), self._accept)

    def _accept(self):
        for _ in range(100):
            try:
                conn, addr = self._sock.accept()
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                self._loop.call_exception_handler({'message': 'socket.accept() out of system resource',
                                                   'exception': exc, 'socket': self._sock})
                return
            conn.setblocking(False)
            reader = StreamReader(limit=self._limit, loop=self._loop)
            _start_reading(self._loop, conn, reader)
            writer = StreamWriter(conn, reader, self._loop)
            res = self._cb(reader, writer)
            if _asyncio.iscoroutine(res):
                self._loop.create_task(res)

    async def start_serving(self):
        self._start()
        await _asyncio.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sock is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except _asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    def close(self):
        sock = self._sock
        if sock is None:
            return
        self._sock = None
        if self._serving:
            _stop_reading(self._loop, sock.fileno())
        self._serving = False
        sock.close()
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)
        self._waiters = []

    async def wait_closed(self):
        if self._sock is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, family=0, flags=0,
                       sock=None, backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                       start_serving=True, **kwds):
    loop = _asyncio.get_running_loop()
    if sock is None:
        sock = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
        try:
            sock.bind((host or '', port or 0))
            sock.listen(backlog)
        except BaseException:
            sock.close()
            raise
    sock.setblocking(False)
    server = Server(loop, sock, client_connected_cb, limit)
    if start_serving:
        server._start()
        await _asyncio.sleep(0)
    return server
)PY";

}  // namespace interleave::vm
