// select and selectors, written in Python over _net.wait() (net_module.cpp):
// a thread waiting in select() is blocked on the machine (the GIL released)
// until a watched socket becomes ready -- data sent by another thread, a
// peer closing, an answer arriving from the simulated internet -- or its
// timeout passes. selectors follows CPython's Lib/selectors.py: the same
// keys, mapping and errors; DefaultSelector is EpollSelector, as on Linux.
namespace interleave::vm {
extern const char* const kSelectSource;
extern const char* const kSelectorsSource;

const char* const kSelectSource = R"PY(
import _net

error = OSError
POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32


def _fd_of(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            method = obj.fileno
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() method.') from None
        fd = method()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _sequence(objs):
    try:
        return list(objs)
    except TypeError:
        raise TypeError('arguments 1-3 must be sequences') from None


def select(rlist, wlist, xlist, timeout=None):
    if timeout is not None:
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    rl = _sequence(rlist)
    wl = _sequence(wlist)
    xl = _sequence(xlist)
    rfds = [_fd_of(o) for o in rl]
    wfds = [_fd_of(o) for o in wl]
    xfds = [_fd_of(o) for o in xl]
    for fd in xfds:
        if not _net.valid(fd):
            raise OSError(9, 'Bad file descriptor')
    r = _net.wait(rfds, wfds, timeout, 'select.select()')
    if r.__class__ is int:
        raise OSError(9, 'Bad file descriptor')
    readable = set(r[0])
    writable = set(r[1])
    return ([o for o, fd in zip(rl, rfds) if fd in readable],
            [o for o, fd in zip(wl, wfds) if fd in writable],
            [])
)PY";

const char* const kSelectorsSource = R"PY(
import _net
import math
from collections import namedtuple

EVENT_READ = 1
EVENT_WRITE = 2


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: {!r}'.format(fileobj)) from None
    if fd < 0:
        raise ValueError('Invalid file descriptor: {}'.format(fd))
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


class _SelectorMapping:
    # A read-only view of a selector's keys, by file object.

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def get(self, fileobj, default=None):
        fd = self._selector._fileobj_lookup(fileobj)
        return self._selector._fd_to_key.get(fd, default)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        key = self._selector._fd_to_key.get(fd)
        if key is None:
            raise KeyError('{!r} is not registered'.format(fileobj))
        return key

    def __contains__(self, fileobj):
        try:
            self[fileobj]
        except KeyError:
            return False
        return True

    def __iter__(self):
        return iter(self._selector._fd_to_key)

    def keys(self):
        return list(self._selector._fd_to_key)

    def values(self):
        return list(self._selector._fd_to_key.values())

    def items(self):
        return list(self._selector._fd_to_key.items())


class BaseSelector:
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        # A closed socket has no fd any more: find it among the keys.
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError('Invalid events: {!r}'.format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError('{!r} (FD {}) is already registered'.format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)

    def _wait(self, timeout, skip_closed):
        rfds = []
        wfds = []
        for fd, key in self._fd_to_key.items():
            if skip_closed and not _net.valid(fd):
                continue  # epoll forgets a closed fd
            if key.events & EVENT_READ:
                rfds.append(fd)
            if key.events & EVENT_WRITE:
                wfds.append(fd)
        r = _net.wait(rfds, wfds, timeout, 'selector.select()')
        if r.__class__ is int:
            raise OSError(9, 'Bad file descriptor')
        readable = set(r[0])
        writable = set(r[1])
        ready = []
        for fd, key in self._fd_to_key.items():
            events = 0
            if fd in readable:
                events |= EVENT_READ
            if fd in writable:
                events |= EVENT_WRITE
            if events & key.events:
                ready.append((key, events & key.events))
        return ready


class SelectSelector(_BaseSelectorImpl):
    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        return self._wait(timeout, False)


class _PollLikeSelector(_BaseSelectorImpl):
    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if not _net.valid(key.fd):
            del self._fd_to_key[key.fd]
            raise OSError(9, 'Bad file descriptor')
        return key

    def select(self, timeout=None):
        # Milliseconds, rounded up, as epoll_wait() takes them.
        if timeout is None:
            timeout = None
        elif timeout <= 0:
            timeout = 0
        else:
            timeout = math.ceil(timeout * 1e3) * 1e-3
        return self._wait(timeout, True)


class PollSelector(_PollLikeSelector):
    pass


class EpollSelector(_PollLikeSelector):
    pass


DefaultSelector = EpollSelector
)PY";

}  // namespace interleave::vm
