// asyncio: the event loop, futures, tasks and the functions built on them,
// as Python source run by our own VM (so a task can be preempted, traced and
// stepped like any other code), plus a few natives in `_asyncio` that read
// the VM's own objects (where a coroutine is suspended, whether a function
// is `async def`) and report the loop's work to the simulated machine.
//
// The semantics are CPython 3.11's, written afresh from its documentation
// and behaviour (checked against python3 by tests/conformance/asyncio):
//   * call_soon appends to a FIFO ready queue; timers live in a binary heap
//     ordered by their deadline only, popped with the same sift algorithm as
//     CPython's heapq, so equal deadlines leave in the same order;
//   * each pass of the loop waits in its selector (the loop's thread blocks
//     on the machine), moves the timers that are due to the ready queue and
//     runs only the callbacks that were ready when the pass began;
//   * create_task schedules the task's first step with call_soon: a new task
//     runs after its creator yields; sleep(0) yields for exactly one pass;
//   * a task that yields a future parks on it (add_done_callback) and is
//     woken by a callback, one pass after the future completes.
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

extern const char* const kAsyncioSource;
const char* const kAsyncioSource = R"PY(
import sys
import _thread
import _asyncio
import time as _time
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

# --------------------------------------------------------------------------
# Exceptions (asyncio.exceptions)
# --------------------------------------------------------------------------

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'


# --------------------------------------------------------------------------
# Describing callbacks and coroutines the way CPython's reprs do
# --------------------------------------------------------------------------

def _format_callback(func, args=(), suffix=''):
    inner = func
    while type(inner).__name__ == 'partial':
        args = inner.args + tuple(args)
        inner = inner.func
    name = _asyncio._callable_name(func)
    if args:
        name += '(' + ', '.join(repr(a) for a in args) + ')'
    else:
        name += '()'
    name += suffix
    where = _asyncio._callable_where(inner)
    if where is not None:
        name += f' at {where[0]}:{where[1]}'
    return name


def _format_coroutine(coro):
    info = _asyncio._coro_where(coro)
    if info is None:
        return repr(coro)
    qualname, done, filename, line = info
    if done:
        return f'{qualname}() done, defined at {filename}:{line}'
    return f'{qualname}() running at {filename}:{line}'


def _format_callbacks(cbs):
    size = len(cbs)
    if not size:
        return ''
    def fmt(cb):
        return _format_callback(cb[0])
    if size == 1:
        text = fmt(cbs[0])
    elif size == 2:
        text = f'{fmt(cbs[0])}, {fmt(cbs[1])}'
    else:
        text = f'{fmt(cbs[0])}, <{size - 2} more>, {fmt(cbs[-1])}'
    return f'cb=[{text}]'


def _short_repr(obj):
    text = repr(obj)
    if len(text) > 20:
        text = text[:9] + '...' + text[-8:]
    return text


# --------------------------------------------------------------------------
# Handles (asyncio.events)
# --------------------------------------------------------------------------

class Handle:
    """A callback scheduled on a loop (call_soon)."""
    __module__ = 'asyncio.events'
    # Defaults on the class keep each handle's own dict small.
    _cancelled = False
    _repr = None
    _context = None
    _scheduled = False
    _when = None

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        if context is not None:
            self._context = context

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop._debug:
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    # _run is a native (_install_future_methods): self._callback(*self._args),
    # and _run_failed(exc) when that raises anything but SystemExit and
    # KeyboardInterrupt (with exc being handled, as in an except clause).
    # _run_py is the same in Python, for arguments that are not a tuple.

    def _run_py(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._run_failed(exc)

    def _run_failed(self, exc):
        cb = _format_callback(self._callback, self._args)
        self._loop.call_exception_handler({
            'message': f'Exception in callback {cb}',
            'exception': exc,
            'handle': self,
        })


class TimerHandle(Handle):
    """A callback scheduled for a moment (call_later, call_at)."""
    __module__ = 'asyncio.events'

    def __init__(self, when, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        if context is not None:
            self._context = context
        self._when = when

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    # Only the deadline orders timers, as in CPython: two timers due at the
    # same instant leave the heap in the order the heap algorithm gives.
    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when < other._when or self.__eq__(other)

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when > other._when or self.__eq__(other)

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def __hash__(self):
        return hash(self._when)

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def when(self):
        return self._when


# --------------------------------------------------------------------------
# The running loop of each thread, and the policy (asyncio.events)
# --------------------------------------------------------------------------

_running_loops = {}   # thread ident -> the loop running in it

# _get_running_loop() and get_running_loop() read it natively (as CPython's C).
_asyncio._install_running_loops(_running_loops)
_get_running_loop = _asyncio._get_running_loop
get_running_loop = _asyncio.get_running_loop


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(_thread.get_ident(), None)
    else:
        _running_loops[_thread.get_ident()] = loop


class AbstractEventLoopPolicy:
    __module__ = 'asyncio.events'


class _ThreadLoops:
    def __init__(self):
        self.loop = None
        self.set_called = False


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    __module__ = 'asyncio.unix_events'

    def __init__(self):
        self._locals = {}   # thread ident -> _ThreadLoops

    def _here(self):
        ident = _thread.get_ident()
        state = self._locals.get(ident)
        if state is None:
            state = self._locals[ident] = _ThreadLoops()
        return state

    def get_event_loop(self):
        state = self._here()
        if state.loop is None and not state.set_called:
            import threading
            if threading.current_thread() is threading.main_thread():
                self.set_event_loop(self.new_event_loop())
        if state.loop is None:
            import threading
            raise RuntimeError('There is no current event loop in thread %r.' % threading.current_thread().name)
        return state.loop

    def set_event_loop(self, loop):
        state = self._here()
        state.set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        state.loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# --------------------------------------------------------------------------
# The event loop (asyncio.base_events + the selector loop)
# --------------------------------------------------------------------------

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


import selectors as _selectors
import socket as _socket


class _Waker:
    """The loop's selector: a selectors.DefaultSelector watching the loop's
    sockets (add_reader/add_writer, sock_recv, sock_connect ...) plus a
    self-pipe, a socket.socketpair() other threads write a byte to
    (call_soon_threadsafe, a finished run_in_executor job) to wake the loop
    from select(), as CPython's selector event loop does. The loop's thread
    waiting in select() is blocked on the machine (selector.select()).
    select() drains the self-pipe itself and returns the other events."""

    def __init__(self):
        self._selector = _selectors.DefaultSelector()
        self._ssock, self._csock = _socket.socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._selector.register(self._ssock, _selectors.EVENT_READ, (None, None))

    def select(self, timeout):
        events = self._selector.select(timeout)
        ready = []
        for key, mask in events:
            if key.fileobj is self._ssock:
                self._drain()
            else:
                ready.append((key, mask))
        return ready

    def _drain(self):
        while True:
            try:
                if not self._ssock.recv(4096):
                    break
            except InterruptedError:
                continue
            except BlockingIOError:
                break

    def wake(self):
        try:
            self._csock.send(b'\0')
        except OSError:
            pass  # the pipe is full: a wake-up is already pending

    def get_key(self, fileobj):
        return self._selector.get_key(fileobj)

    def register(self, fileobj, events, data=None):
        return self._selector.register(fileobj, events, data)

    def modify(self, fileobj, events, data=None):
        return self._selector.modify(fileobj, events, data)

    def unregister(self, fileobj):
        return self._selector.unregister(fileobj)

    def close(self):
        if self._ssock is None:
            return
        self._selector.close()
        self._ssock.close()
        self._csock.close()
        self._ssock = self._csock = None


class AbstractEventLoop:
    __module__ = 'asyncio.events'


class BaseEventLoop(AbstractEventLoop):
    __module__ = 'asyncio.base_events'

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = _deque()
        self._scheduled = _asyncio.TimerHeap()   # TimerHandles by deadline
        self._default_executor = None
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._selector = _Waker()
        _asyncio._loop_created(self)

    def __repr__(self):
        return f'<{self.__class__.__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'

    # -- futures and tasks --------------------------------------------------

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running and stopping -----------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = _thread.get_ident()
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        _set_running_loop(self)
        _asyncio._loop_running(self, True)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(None)
            _asyncio._loop_running(self, False)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    # Async generators first iterated in this loop are closed by it: when
    # dropped (a task runs aclose()) or at shutdown_asyncgens().
    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after loop.shutdown_asyncgens() call',
                          ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        """Run until the Future is done; return its result or raise its exception."""
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks of the current pass have run."""
        self._stopping = True

    def close(self):
        """Close the loop: it must not be running; pending callbacks are dropped."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._debug:
            _log_debug('Close %r', self)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        self._selector.close()
        _asyncio._loop_closed(self)
        _report_unretrieved(self)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        """The loop's clock: time.monotonic() of the simulated machine."""
        return _time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Wait for the default executor's threads (asyncio.run does this at the end)."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        import threading
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    # -- scheduling callbacks -----------------------------------------------

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) in the next pass of the loop (FIFO)."""
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after delay seconds."""
        if delay is None:
            raise TypeError('delay must not be None')
        if self._closed or self._debug:
            return self.call_at(self.time() + delay, callback, *args, context=context)
        when = _time.monotonic() + delay
        timer = TimerHandle(when, callback, args, self, context)
        self._scheduled.push(when, timer)
        timer._scheduled = True
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at the loop time when."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        self._scheduled.push(when, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon from another thread: also wakes the loop from select()."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        self._selector.wake()
        return handle

    def _check_callback(self, callback, method):
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _check_thread(self):
        if self._thread_id is None:
            return
        if _thread.get_ident() != self._thread_id:
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other than the current one')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # -- executors -----------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in an executor's thread; return an asyncio Future."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    # -- errors --------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            lines.append(f'{key}: {value!r}')
        _log_error('\n'.join(lines), exception)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    sys.stderr.write('Exception in default exception handler\n')

    # -- one pass of the loop ----------------------------------------------

    def _run_once(self):
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Many cancelled timers: rebuild the heap without them.
            kept = []
            for handle in scheduled.handles():
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append((handle._when, handle))
            scheduled.rebuild(kept)
            self._timer_cancelled_count = 0
        else:
            while True:
                handle = scheduled.first()
                if handle is None or not handle._cancelled:
                    break
                self._timer_cancelled_count -= 1
                handle = scheduled.pop()
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif len(scheduled):
            timeout = scheduled.first()._when - self.time()
            if timeout > _MAXIMUM_SELECT_TIMEOUT:
                timeout = _MAXIMUM_SELECT_TIMEOUT
            elif timeout < 0:
                timeout = 0

        _asyncio._loop_pass(self, len(self._ready), len(scheduled))
        event_list = self._selector.select(timeout)
        self._process_events(event_list)
        event_list = None

        # Timers that are due go to the ready queue, earliest first:
        # while the first one's _when < end_time, pop it, clear its
        # _scheduled and append it (natively).
        end_time = self.time() + self._clock_resolution
        ready = self._ready
        scheduled.pop_due(end_time, ready)

        # Only what was ready when this pass began: callbacks scheduled by
        # these callbacks wait for the next pass.
        ntodo = len(ready)
        if self._debug:
            for i in range(ntodo):
                handle = ready.popleft()
                if handle._cancelled:
                    continue
                try:
                    self._current_handle = handle
                    t0 = self.time()
                    handle._run()
                    dt = self.time() - t0
                    if dt >= self.slow_callback_duration:
                        _log_warning('Executing %s took %.3f seconds', _format_handle(handle), dt)
                finally:
                    self._current_handle = None
        else:
            for i in range(ntodo):
                handle = ready.popleft()
                if handle._cancelled:
                    continue
                handle._run()
        handle = None

    def _process_events(self, event_list):
        for key, mask in event_list:
            reader, writer = key.data
            if mask & _selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fileobj)
                else:
                    self._ready.append(reader)
            if mask & _selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fileobj)
                else:
                    self._ready.append(writer)

    # -- sockets: readers, writers and the sock_* coroutines ------------------
    # (CPython's BaseSelectorEventLoop: a non-blocking try first; if it would
    # block, a reader or writer callback retries when the selector says the
    # socket is ready, and completes a future the coroutine awaits.)

    # key.data of a watched fd is (reader handle, writer handle).
    def _watch(self, fd, event, callback, args):
        self._check_closed()
        handle = Handle(callback, args, self, None)
        slot = 0 if event == _selectors.EVENT_READ else 1
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            data = [None, None]
            data[slot] = handle
            self._selector.register(fd, event, tuple(data))
        else:
            data = list(key.data)
            old = data[slot]
            data[slot] = handle
            self._selector.modify(fd, key.events | event, tuple(data))
            if old is not None:
                old.cancel()
        return handle

    def _unwatch(self, fd, event):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        slot = 0 if event == _selectors.EVENT_READ else 1
        data = list(key.data)
        old = data[slot]
        data[slot] = None
        mask = key.events & ~event
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, tuple(data))
        if old is not None:
            old.cancel()
            return True
        return False

    def _add_reader(self, fd, callback, *args):
        return self._watch(fd, _selectors.EVENT_READ, callback, args)

    def _remove_reader(self, fd):
        return self._unwatch(fd, _selectors.EVENT_READ)

    def _add_writer(self, fd, callback, *args):
        return self._watch(fd, _selectors.EVENT_WRITE, callback, args)

    def _remove_writer(self, fd):
        return self._unwatch(fd, _selectors.EVENT_WRITE)

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        self._check_callback(callback, 'add_reader')
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._check_callback(callback, 'add_writer')
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        return self._remove_writer(fd)

    def _check_nonblocking(self, sock):
        # Only in debug mode, as in CPython: otherwise a blocking socket
        # simply blocks the loop's thread.
        if self._debug and sock.gettimeout() != 0:
            raise ValueError('the socket must be non-blocking')

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from a non-blocking socket."""
        self._check_nonblocking(sock)
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        handle = self._add_reader(fd, self._sock_recv, fut, sock, n)
        fut.add_done_callback(lambda f: self._sock_done(fd, handle, False))
        return await fut

    def _sock_done(self, fd, handle, write):
        if not handle._cancelled:
            if write:
                self._remove_writer(fd)
            else:
                self._remove_reader(fd)

    def _sock_recv(self, fut, sock, n):
        if fut.done():
            return
        try:
            data = sock.recv(n)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(data)

    async def sock_sendall(self, sock, data):
        """Send all of data on a non-blocking socket."""
        self._check_nonblocking(sock)
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        fd = sock.fileno()
        pos = [n]
        handle = self._add_writer(fd, self._sock_sendall, fut, sock, data, pos)
        fut.add_done_callback(lambda f: self._sock_done(fd, handle, True))
        return await fut

    def _sock_sendall(self, fut, sock, data, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(data[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(data):
            fut.set_result(None)
        else:
            pos[0] = start

    async def sock_connect(self, sock, address):
        """Connect a non-blocking socket to address (the host name resolved first)."""
        self._check_nonblocking(sock)
        if sock.family == _socket.AF_INET:
            host, port = address[:2]
            parts = host.split('.') if isinstance(host, str) else []
            if len(parts) == 4 and all(p.isdigit() for p in parts):
                address = (host, port)  # already an address: no lookup
            else:
                infos = await self.getaddrinfo(host, port, family=sock.family, type=sock.type, proto=sock.proto)
                address = infos[0][4]
        fut = self.create_future()
        fd = sock.fileno()
        try:
            sock.connect(address)
        except (BlockingIOError, InterruptedError):
            handle = self._add_writer(fd, self._sock_connect_cb, fut, sock, address)
            fut.add_done_callback(lambda f: self._sock_done(fd, handle, True))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)
        return await fut

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        try:
            err = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    async def sock_accept(self, sock):
        """Accept a connection on a non-blocking listening socket: (conn, address)."""
        self._check_nonblocking(sock)
        fut = self.create_future()
        self._sock_accept(fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        fd = sock.fileno()
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            handle = self._add_reader(fd, self._sock_accept, fut, sock)
            fut.add_done_callback(lambda f: self._sock_done(fd, handle, False))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            if not fut.done():
                fut.set_result((conn, address))
                self._remove_reader(fd)

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        """socket.getaddrinfo in the default executor, as CPython does."""
        return await self.run_in_executor(None, _socket.getaddrinfo, host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        return await self.run_in_executor(None, lambda: (sockaddr[0], str(sockaddr[1])))


class _UnixSelectorEventLoop(BaseEventLoop):
    __module__ = 'asyncio.unix_events'


def _format_handle(handle):
    cb = handle._callback
    owner = getattr(cb, '__self__', None)
    if isinstance(owner, Task):
        return repr(owner)
    return str(handle)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    _get_loop(fut).stop()


# --------------------------------------------------------------------------
# Logging through the 'asyncio' logger, imported only when something is logged
# --------------------------------------------------------------------------

def _logger():
    import logging
    return logging.getLogger('asyncio')


def _log_error(message, exception):
    if exception is not None:
        _logger().error(message, exc_info=(type(exception), exception, exception.__traceback__))
    else:
        _logger().error(message)


def _log_warning(message, *args):
    _logger().warning(message, *args)


def _log_debug(message, *args):
    _logger().debug(message, *args)


# --------------------------------------------------------------------------
# Futures (asyncio.futures)
# --------------------------------------------------------------------------

def isfuture(obj):
    """True for asyncio futures and tasks (anything with _asyncio_future_blocking)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


_unretrieved = {}   # id(future) -> future whose exception nobody has looked at yet


def _report_unretrieved(loop):
    # CPython reports these when the future is garbage-collected; here they
    # are reported when their loop closes.
    for key, fut in list(_unretrieved.items()):
        if fut._loop is loop:
            del _unretrieved[key]
            if fut._log_traceback:
                fut._log_traceback = False
                kind = 'Task' if isinstance(fut, Task) else 'Future'
                loop.call_exception_handler({
                    'message': f'{kind} exception was never retrieved',
                    'exception': fut._exception,
                    'future': fut,
                })


class Future:
    """A result that will be available later (asyncio.Future)."""
    __module__ = '_asyncio'

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False
    _callbacks = None   # [(callback, context), ...] while there are any, as CPython shows them

    # result, exception, done, cancelled, get_loop, set_result,
    # add_done_callback and _schedule_callbacks are natives
    # (_install_future_methods below).

    def __init__(self, *, loop=None):
        if loop is None:
            loop = get_event_loop()
        self._loop = loop

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_short_repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it is already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def remove_done_callback(self, fn):
        if not self._callbacks:
            return 0
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept if kept else None
        return removed

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        _unretrieved[id(self)] = self

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _schedule_callbacks_slow(fut, callbacks, loop):
    # Future._schedule_callbacks (native) where it would not only append a
    # Handle per callback: a debug or closed loop, a loop whose call_soon is
    # its own, callbacks that are not pairs.
    for callback, ctx in callbacks:
        loop.call_soon(callback, fut, context=ctx)


# Future's hot methods are natives (asyncio_futures.cpp), as in CPython.
_asyncio._install_future_methods(Future, Handle, _PENDING, _CANCELLED, _FINISHED, CancelledError,
                                 InvalidStateError, _schedule_callbacks_slow, Handle._run_py, Handle._run_failed)


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _convert_future_exc(exc):
    import concurrent.futures
    if type(exc) is concurrent.futures.CancelledError:
        return CancelledError(*exc.args)
    return exc


def _copy_future_state(source, dest):
    # source is done (either kind of future); dest is an asyncio Future.
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _chain_future(source, destination):
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future in an asyncio Future."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


# --------------------------------------------------------------------------
# Tasks (asyncio.tasks)
# --------------------------------------------------------------------------

_all_tasks = {}        # id(task) -> task, for pending tasks (CPython keeps a WeakSet)
_current_tasks = {}    # loop -> the task running its step now
_next_task_number = _asyncio._next_task_number   # 1, 2, ...: Task-1, Task-2, ...


def current_task(loop=None):
    """The task running now in the loop (None outside tasks)."""
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The loop's tasks that are not done yet."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_all_tasks.values()) if t._loop is loop and not t.done()}


def _register_task(task):
    _all_tasks[id(task)] = task


def _unregister_task(task):
    _all_tasks.pop(id(task), None)


class Task(Future):
    """A coroutine wrapped in a Future and run step by step by the loop."""
    __module__ = '_asyncio'

    _log_destroy_pending = True

    _num_cancels_requested = 0
    _must_cancel = False
    _fut_waiter = None
    _context = None

    def __init__(self, coro, *, loop=None, name=None, context=None):
        # Natively what _init_py does, when the loop is given or running, the
        # coroutine is one, the name None or a str and the loop neither
        # closed nor in debug mode; else it calls _init_py.
        _asyncio._task_init(self, coro, loop, name, context)

    def _init_py(self, coro, *, loop=None, name=None, context=None):
        if loop is None:
            loop = get_event_loop()
        self._loop = loop
        if type(coro) is not _CoroutineType and not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            self._name = f'Task-{_next_task_number()}'
        else:
            self._name = str(name)
        self._coro = coro
        if context is not None:
            self._context = context
        loop.call_soon(self._step, context=context)
        _register_task(self)
        _asyncio._task_created(self, self._loop, self._name)

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % self._name)
        info.insert(2, f'coro=<{_format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)
        _asyncio._task_renamed(self, self._name)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into its coroutine at its next step."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        _unregister_task(self)
        _asyncio._task_done(self, self._state, self._exception is not None)

    # _step and _wakeup are natives (_install_task_methods below): they
    # run the coroutine's common steps (a plain future awaited, sleep(0),
    # the coroutine returning) and hand everything else to _step_py,
    # _step_result and _step_exception, which are the whole step in Python.

    def _step_py(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        _current_tasks[loop] = self
        _asyncio._task_step(self, True)
        try:
            try:
                if exc is None:
                    result = coro.send(None)
                else:
                    result = coro.throw(exc)
            except BaseException as error:
                _step_exception(self, error)
            else:
                _step_result(self, loop, coro, result)
        finally:
            _asyncio._task_step(self, False)
            del _current_tasks[loop]


def _step_exception(self, exc):
    # Task._step after its coroutine raised [exc] (StopIteration: it returned).
    if isinstance(exc, StopIteration):
        if self._must_cancel:
            self._must_cancel = False
            Future.cancel(self, msg=self._cancel_message)
        else:
            Future.set_result(self, exc.value)
        self._finish()
    elif isinstance(exc, CancelledError):
        self._cancelled_exc = exc
        Future.cancel(self)
        self._finish()
    elif isinstance(exc, (KeyboardInterrupt, SystemExit)):
        Future.set_exception(self, exc)
        self._finish()
        raise exc
    else:
        Future.set_exception(self, exc)
        self._finish()


def _step_result(self, loop, coro, result):
    # Task._step after its coroutine yielded [result].
    rtype = type(result)
    if rtype is Future or rtype is Task or rtype is _GatheringFuture:
        blocking = result._asyncio_future_blocking
        rloop = result._loop
    else:
        blocking = getattr(result, '_asyncio_future_blocking', None)
        rloop = _get_loop(result) if blocking is not None else None
    if blocking is not None:
        if rloop is not loop:
            new_exc = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
            loop.call_soon(self._step, new_exc, context=self._context)
        elif blocking:
            if result is self:
                new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                loop.call_soon(self._step, new_exc, context=self._context)
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup, context=self._context)
                self._fut_waiter = result
                _asyncio._task_waits(self, result, coro)
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
        else:
            new_exc = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
            loop.call_soon(self._step, new_exc, context=self._context)
    elif result is None:
        # A bare yield (sleep(0)): run again in the next pass.
        loop.call_soon(self._step, context=self._context)
    elif type(result) is _GeneratorType:
        new_exc = RuntimeError(f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
        loop.call_soon(self._step, new_exc, context=self._context)
    else:
        new_exc = RuntimeError(f'Task got bad yield: {result!r}')
        loop.call_soon(self._step, new_exc, context=self._context)


# CPython implements these in C (_asyncio): their frames never show in tracebacks.
_asyncio._hide_from_tracebacks(Future.__await__, Task.__init__, Task._init_py, Task._step_py, _step_exception, _step_result,
                               Handle._run_py, Handle._run_failed)


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a task on the running loop."""
    loop = get_running_loop()
    # As CPython 3.11: made unnamed (it takes a number), then named.
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)
    return task


async def _coro_probe():
    pass


def _gen_probe():
    yield


_probe = _coro_probe()
_CoroutineType = type(_probe)
_probe.close()
del _probe
_GeneratorType = type(_gen_probe())


_coroutine_types = {_CoroutineType: True}


def iscoroutine(obj):
    """True for coroutine objects and anything shaped like one (send, throw,
    close, __await__: collections.abc.Coroutine), such as agen.aclose()."""
    t = type(obj)
    known = _coroutine_types.get(t)
    if known is None:
        known = all(hasattr(t, name) for name in ('send', 'throw', 'close', '__await__'))
        _coroutine_types[t] = known
    return known


def iscoroutinefunction(func):
    """True for functions defined with async def."""
    return _asyncio._is_async_function(func)


class _AwaitableWrapper:
    def __init__(self, awaitable):
        self._awaitable = awaitable


async def _wrap_awaitable(awaitable):
    return await awaitable


def _is_awaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a task; futures pass through."""
    if type(coro_or_future) is _CoroutineType:   # the usual case: what follows would say so
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if _is_awaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


class _Sleep0:
    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Coroutine that completes after delay seconds (sleep(0) yields once)."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    __module__ = 'asyncio.tasks'

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


_PLAIN_FUTURES = (Future, Task, _GatheringFuture)   # their add_done_callback is Future's

# Task._step and Task._wakeup are natives (asyncio_futures.cpp), as in CPython.
_asyncio._install_task_methods(Task, _GatheringFuture, _current_tasks, _all_tasks, Task._step_py, _step_result,
                               _step_exception, BaseEventLoop.call_soon, Task._init_py)


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; the results come in argument order."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = CancelledError('' if f._cancel_message is None else f._cancel_message)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Protect an awaitable from cancellation of the one awaiting it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _Partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


class _Partial:
    """functools.partial without the import (its repr names the function)."""
    __slots__ = ('func', 'args')

    def __init__(self, func, *args):
        self.func = func
        self.args = args

    def __call__(self, *more):
        return self.func(*self.args, *more)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)


async def wait_for(fut, timeout):
    """Wait for an awaitable with a timeout; on timeout cancel it and raise TimeoutError."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _Partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for futures/tasks; return (done, pending). A timeout does not raise."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that give the results in completion order."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    return _as_completed(fs, timeout)


def _as_completed(fs, timeout):
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to a loop running in another thread; return a concurrent.futures.Future."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


async def to_thread(func, /, *args, **kwargs):
    """Run func in the loop's default executor (a thread) and await its result."""
    loop = get_running_loop()
    if kwargs:
        call = _Partial(_call_with_kwargs, func, args, kwargs)
        return await loop.run_in_executor(None, call)
    return await loop.run_in_executor(None, func, *args)


def _call_with_kwargs(func, args, kwargs):
    return func(*args, **kwargs)


# --------------------------------------------------------------------------
# asyncio.run (asyncio.runners)
# --------------------------------------------------------------------------

class Runner:
    """A loop for running coroutines one after another (asyncio.Runner)."""
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


def run(main, *, debug=None):
    """Run a coroutine in a new event loop, then close the loop."""
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
)PY"
R"PY(
# --------------------------------------------------------------------------
# Synchronization primitives (asyncio.locks)
# --------------------------------------------------------------------------

class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBound):
    """A mutex for tasks: acquire() is a coroutine, release() is not."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Lock object at {id(self):#x} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    """A flag tasks can wait for."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Event object at {id(self):#x} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBound):
    """A condition variable for tasks."""
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Condition object at {id(self):#x} [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            err = None
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as e:
                    err = e
            if err is not None:
                try:
                    raise err
                finally:
                    err = None

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBound):
    """A counter tasks acquire and release; acquire waits at zero."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.{self.__class__.__name__} object at {id(self):#x} [{extra}]>'

    def locked(self):
        return self._value == 0 or (any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
            raise
        finally:
            while self._value > 0:
                if not self._wake_up_next():
                    break
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# --------------------------------------------------------------------------
# Queues (asyncio.queues)
# --------------------------------------------------------------------------

class Queue(_LoopBound):
    """A FIFO queue for tasks: get() and put() wait when it is empty/full."""
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that hands out the smallest item first."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that hands out the newest item first."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# --------------------------------------------------------------------------
# asyncio.timeout() (asyncio.timeouts)
# --------------------------------------------------------------------------

class Timeout:
    """An async context manager that cancels the current task at a deadline."""
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ['']
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            info.append(f'when={when}')
        info_str = ' '.join(info)
        return f'<Timeout [{self._state}]{info_str}>'

    async def __aenter__(self):
        self._state = 'active'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    """async with asyncio.timeout(delay): ... raises TimeoutError when the delay passes."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# --------------------------------------------------------------------------
# TaskGroup (asyncio.taskgroups): CPython 3.11's semantics
# --------------------------------------------------------------------------

class TaskGroup:
    """async with TaskGroup() as tg: tasks made with tg.create_task() are all
    awaited when the block ends. The first task that fails (other than by
    being cancelled) cancels the others and the block's own code; every
    failure then leaves together as an ExceptionGroup. KeyboardInterrupt and
    SystemExit leave bare."""
    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        # Insertion-ordered (CPython's set cancels in address order, which
        # is creation order in practice; a dict makes it so).
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        parts = ['']
        if self._tasks:
            parts.append(f'tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return '<TaskGroup' + ' '.join(parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        # The block was cancelled: from outside, or by us (a child failed).
        if et is CancelledError:
            propagate_cancellation_error = exc
        else:
            propagate_cancellation_error = None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            # Only our own cancel() was pending: it must not leave the block.
            propagate_cancellation_error = None
        if et is not None and not self._aborting:
            # The block raised (or its task is being cancelled): stop the children.
            self._abort()
        # Wait until every child is done; the wait itself may be cancelled
        # (more than once) when the parent task is cancelled from outside.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        # Failures take priority over a cancellation.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
            self._errors = None
            raise me from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in list(self._tasks):
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Stop the others, and interrupt the block's own code with a
            # cancellation that __aexit__ takes back (uncancel).
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# --------------------------------------------------------------------------
# Submodule names the course and CPython's docs use (asyncio.exceptions.X)
# --------------------------------------------------------------------------

def _submodule(name, names):
    m = type(sys)('asyncio.' + name)
    g = globals()
    for n in names:
        setattr(m, n, g[n])
    sys.modules['asyncio.' + name] = m
    return m


exceptions = _submodule('exceptions', ['CancelledError', 'TimeoutError', 'InvalidStateError',
                                        'SendfileNotAvailableError', 'IncompleteReadError',
                                        'LimitOverrunError', 'BrokenBarrierError'])
events = _submodule('events', ['AbstractEventLoop', 'AbstractEventLoopPolicy', 'Handle', 'TimerHandle',
                               'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_running_loop',
                               'get_event_loop_policy', 'set_event_loop_policy', '_get_running_loop',
                               '_set_running_loop'])
futures = _submodule('futures', ['Future', 'isfuture', 'wrap_future'])
tasks = _submodule('tasks', ['Task', 'create_task', 'current_task', 'all_tasks', 'ensure_future', 'gather',
                             'shield', 'sleep', 'wait', 'wait_for', 'as_completed', 'run_coroutine_threadsafe',
                             'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'])
locks = _submodule('locks', ['Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore'])
queues = _submodule('queues', ['Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull'])
runners = _submodule('runners', ['Runner', 'run'])
timeouts = _submodule('timeouts', ['Timeout', 'timeout', 'timeout_at'])
taskgroups = _submodule('taskgroups', ['TaskGroup'])
coroutines = _submodule('coroutines', ['iscoroutine', 'iscoroutinefunction'])
base_events = _submodule('base_events', ['BaseEventLoop'])
threads = _submodule('threads', ['to_thread'])


SelectorEventLoop = _UnixSelectorEventLoop


def __getattr__(name):
    if name in ('WindowsSelectorEventLoopPolicy', 'WindowsProactorEventLoopPolicy', 'ProactorEventLoop'):
        raise AttributeError(f"module 'asyncio' has no attribute '{name}' (it exists only on Windows; "
                             f"the playground's machine runs Linux, where the default loop is already a "
                             f"selector loop: delete this line)")
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")

# Streams: open_connection, start_server ... (asyncio_streams.cpp, over the loop's socket calls).
from _asyncio_streams import StreamReader, StreamWriter, Server, open_connection, start_server
)PY";

extern const char* const kNestAsyncioSource;
const char* const kNestAsyncioSource = R"PY(
"""nest_asyncio, as the course's Jupyter notebooks use it.

In a notebook an event loop is already running, and nest_asyncio.apply()
patches asyncio so that asyncio.run() and loop.run_until_complete() may be
called inside it. A playground program is a script: no loop runs while it is
imported, so apply() has nothing to patch and the examples run as written.
Calling run_until_complete() inside a running loop still raises
RuntimeError, as it does in plain asyncio.
"""
import asyncio


def apply(loop=None):
    """Nothing to patch in a script (see the module's docstring)."""
    if loop is not None and not isinstance(loop, asyncio.BaseEventLoop):
        raise ValueError('Can\'t patch loop of type %s' % type(loop))
)PY";

extern const char* const kUtilSource;
const char* const kUtilSource = R"PY(
"""The course's helper module (from "Python Concurrency with asyncio"):
delay() sleeps and says so; async_timed() times a coroutine."""
import asyncio
import functools
import time


async def delay(delay_seconds):
    print(f'засыпаю на {delay_seconds} с')
    await asyncio.sleep(delay_seconds)
    print(f'сон в течение {delay_seconds} с закончился')
    return delay_seconds


def async_timed():
    def wrapper(func):
        @functools.wraps(func)
        async def wrapped(*args, **kwargs):
            print(f'выполняется {func} с аргументами {args} {kwargs}')
            start = time.time()
            try:
                return await func(*args, **kwargs)
            finally:
                end = time.time()
                total = end - start
                print(f'{func} завершилась за {total:.4f} с')
        return wrapped
    return wrapper
)PY";

}  // namespace interleave::vm

// ---------------------------------------------------------------------------
// _asyncio: natives the asyncio source uses
// ---------------------------------------------------------------------------

#include <cstring>

#include "sim/machine.h"

namespace interleave::vm {

void deque_push_back(Vm& vm, DequeObject* d, Value v);  // builtins/deque.cpp

namespace {

bool is_frozen(const CodeObject* code) { return code->filename && code->filename->text.rfind("<frozen ", 0) == 0; }

int frame_line(const Frame* f) {
  const auto& pos = f->code->positions;
  if (pos.empty()) return 0;
  size_t i = static_cast<size_t>(f->pc());
  if (i >= pos.size()) i = pos.size() - 1;
  return pos[i].line;
}

// The generator a suspended generator/coroutine is awaiting (`yield from`,
// `await`), or null.
GeneratorObject* delegate_of(GeneratorObject* g) {
  Frame* f = g->frame;
  if (!f || g->state != GenState::Suspended || !f->code) return nullptr;
  if (f->ip < f->code->code.data() + 2) return nullptr;
  if (op_of(f->ip[-1]) != Op::YIELD_VALUE || op_of(f->ip[-2]) != Op::SEND) return nullptr;
  Value d = f->sp[-1];
  if (!d.is_object() || d.obj()->kind != Kind::Generator) return nullptr;
  return static_cast<GeneratorObject*>(d.obj());
}

// The learner's frame a suspended coroutine chain waits in: the innermost
// frame that is not asyncio's own code.
const Frame* waiting_frame(GeneratorObject* g) {
  const Frame* found = nullptr;
  const Frame* helper = nullptr;  // a built-in module's frame that is not asyncio's own (util.delay)
  for (int depth = 0; g && depth < 10000; ++depth, g = delegate_of(g)) {
    if (!g->frame || !g->frame->code) continue;
    const CodeObject* code = g->frame->code;
    if (!is_frozen(code)) found = g->frame;
    else if (code->filename->text.rfind("<frozen asyncio", 0) != 0) helper = g->frame;
  }
  return found ? found : helper;
}

// The code of a source line without its trailing comment (a '#' outside
// string quotes), so a task's reason reads as code.
std::string_view without_comment(std::string_view s) {
  char quote = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '#') {
      return s.substr(0, i);
    }
  }
  return s;
}

std::string trim(std::string_view s) {
  size_t a = s.find_first_not_of(" \t");
  if (a == std::string_view::npos) return {};
  size_t b = s.find_last_not_of(" \t\r");
  return std::string(s.substr(a, b - a + 1));
}

Value function_of(Value f) {
  for (int i = 0; i < 4 && f.is_object(); ++i) {
    Kind k = f.obj()->kind;
    if (k == Kind::BoundMethod) f = static_cast<BoundMethodObject*>(f.obj())->func;
    else if (k == Kind::StaticMethod || k == Kind::ClassMethod) f = static_cast<WrapperObject*>(f.obj())->fget;
    else break;
  }
  return f;
}

sim::Machine* machine_of(Vm& vm) { return vm.machine; }

// --- The loop's timer heap ------------------------------------------------
// A binary heap of (deadline, handle) kept in an OpaqueObject's values as
// [key0, handle0, key1, handle1, ...]. Keys are the deadlines (floats)
// mapped to integers that order the same way, so comparing two timers
// costs no Python call; the sift steps are CPython heapq's, and like
// CPython's TimerHandle.__lt__ only the deadline is compared: equal
// deadlines leave the heap in the order CPython's heap gives.

int64_t deadline_key(double d) {
  uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  u = (u >> 63) ? ~u : (u | (uint64_t{1} << 63));  // unsigned order = float order
  return static_cast<int64_t>(u >> 3);              // fits a small int; 3 bits below a float's spacing at any scale we use
}

struct HeapView {
  std::vector<Value>& v;
  size_t size() const { return v.size() / 2; }
  int64_t key(size_t i) const { return v[2 * i].small_value(); }
  void get(size_t i, Value* k, Value* h) const { *k = v[2 * i]; *h = v[2 * i + 1]; }
  void set(size_t i, Value k, Value h) { v[2 * i] = k; v[2 * i + 1] = h; }
  // heapq._siftdown: move the item at pos up toward start while smaller than its parent.
  void siftdown(size_t start, size_t pos) {
    Value nk, nh;
    get(pos, &nk, &nh);
    while (pos > start) {
      size_t parent = (pos - 1) >> 1;
      if (nk.small_value() < key(parent)) {
        Value pk, ph;
        get(parent, &pk, &ph);
        set(pos, pk, ph);
        pos = parent;
        continue;
      }
      break;
    }
    set(pos, nk, nh);
  }
  // heapq._siftup: the smaller child rises to a leaf, then the item sifts back up.
  void siftup(size_t pos) {
    size_t end = size(), start = pos;
    Value nk, nh;
    get(pos, &nk, &nh);
    size_t child = 2 * pos + 1;
    while (child < end) {
      size_t right = child + 1;
      if (right < end && !(key(child) < key(right))) child = right;
      Value ck, ch;
      get(child, &ck, &ch);
      set(pos, ck, ch);
      pos = child;
      child = 2 * pos + 1;
    }
    set(pos, nk, nh);
    siftdown(start, pos);
  }
};

// heapq.heappop: the last item replaces the first and sifts; returns the
// first's handle. [v] must not be empty.
Value pop_first(std::vector<Value>& v) {
  Value lk = v[v.size() - 2], lh = v[v.size() - 1];
  v.resize(v.size() - 2);
  if (v.empty()) return lh;
  Value first = v[1];
  HeapView h{v};
  h.set(0, lk, lh);
  h.siftup(0);
  return first;
}

OpaqueObject* heap_self(Value self) { return static_cast<OpaqueObject*>(self.obj()); }

bool deadline_of(Vm& vm, Value when, int64_t* key) {
  if (!vm.is_number(when)) {
    vm.raise(vm.t.TypeError_, std::string("a timer deadline must be a number, not '") + vm.type_name(when) + "'");
    return false;
  }
  *key = deadline_key(vm.float_of(when));
  return true;
}

void init_timer_heap(Vm& vm, DictObject* d) {
  TypeObject* T = vm.new_type("TimerHeap", vm.t.object, Layout::Builtin, Kind::Opaque);
  T->module_name = "_asyncio";
  T->subclassable = false;
  T->constructor = [](Vm& vm, Value, Args args, Value* out) {
    TypeObject* type = static_cast<TypeObject*>(vm.dict_get_str(
        static_cast<ModuleObject*>(vm.import_module(vm.intern("_asyncio")).obj())->dict, vm.intern("TimerHeap")).obj());
    *out = Value::object(vm.heap.make<OpaqueObject>(type));
    return Status::Ok;
  };
  // push(when, handle)
  vm.add_method(T, "push", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n != 2) return vm.raise(vm.t.TypeError_, "push() takes 2 arguments");
    int64_t key;
    if (!deadline_of(vm, args[0], &key)) return Status::Error;
    auto& v = heap_self(self)->values;
    v.push_back(Value::small(key));
    v.push_back(args[1]);
    HeapView h{v};
    h.siftdown(0, h.size() - 1);
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "pop", [](Vm& vm, Value self, Args, Value* out) {
    auto& v = heap_self(self)->values;
    if (v.empty()) return vm.raise(vm.t.IndexError_, "pop from an empty timer heap");
    *out = pop_first(v);
    return Status::Ok;
  });
  // pop_due(end_time, ready): moves the timers whose _when < end_time to
  // the ready deque in heap order, clearing their _scheduled.
  vm.add_method(T, "pop_due", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n != 2 || !args[1].is_object() || args[1].obj()->kind != Kind::Deque)
      return vm.raise(vm.t.TypeError_, "pop_due() takes the end time and a deque");
    StrObject* when_name = vm.intern("_when");
    StrObject* scheduled_name = vm.intern("_scheduled");
    Value end = args[0];
    auto* ready = static_cast<DequeObject*>(args[1].obj());
    auto& v = heap_self(self)->values;
    while (!v.empty()) {
      Value h = v[1];
      Value when = vm.get_attr(h, when_name);
      if (when.is_null()) return Status::Error;
      int before = vm.is_number(when) && vm.is_number(end) ? vm.float_of(when) < vm.float_of(end)
                                                            : vm.compare_bool(when, end, CompareOp::Lt);
      if (before < 0) return Status::Error;
      if (!before) break;
      pop_first(v);
      if (vm.set_attr(h, scheduled_name, vm.False) != Status::Ok) return Status::Error;
      deque_push_back(vm, ready, h);
    }
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "first", [](Vm& vm, Value self, Args, Value* out) {
    auto& v = heap_self(self)->values;
    *out = v.empty() ? vm.None : v[1];
    return Status::Ok;
  });
  vm.add_method(T, "__len__", [](Vm& vm, Value self, Args, Value* out) {
    *out = vm.make_int(static_cast<int64_t>(heap_self(self)->values.size() / 2));
    return Status::Ok;
  });
  vm.add_method(T, "__bool__", [](Vm& vm, Value self, Args, Value* out) {
    *out = vm.make_bool(!heap_self(self)->values.empty());
    return Status::Ok;
  });
  vm.add_method(T, "clear", [](Vm& vm, Value self, Args, Value* out) {
    heap_self(self)->values.clear();
    *out = vm.None;
    return Status::Ok;
  });
  // handles(): the handles in heap order (a list).
  vm.add_method(T, "handles", [](Vm& vm, Value self, Args, Value* out) {
    auto& v = heap_self(self)->values;
    ListObject* l = vm.new_list();
    for (size_t i = 1; i < v.size(); i += 2) l->items.push_back(v[i]);
    *out = Value::object(l);
    return Status::Ok;
  });
  // rebuild(pairs): replace the contents with [(when, handle), ...] in
  // that order and heapify them as heapq.heapify would.
  vm.add_method(T, "rebuild", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n != 1 || !args[0].is_object() || args[0].obj()->kind != Kind::List)
      return vm.raise(vm.t.TypeError_, "rebuild() takes a list of (when, handle) pairs");
    std::vector<Value> nv;
    for (Value item : static_cast<ListObject*>(args[0].obj())->items) {
      if (!item.is_object() || item.obj()->kind != Kind::Tuple || static_cast<TupleObject*>(item.obj())->items.size() != 2)
        return vm.raise(vm.t.TypeError_, "rebuild() takes a list of (when, handle) pairs");
      auto& p = static_cast<TupleObject*>(item.obj())->items;
      int64_t key;
      if (!deadline_of(vm, p[0], &key)) return Status::Error;
      nv.push_back(Value::small(key));
      nv.push_back(p[1]);
    }
    auto& v = heap_self(self)->values;
    v = std::move(nv);
    HeapView h{v};
    for (size_t i = h.size() / 2; i-- > 0;) h.siftup(i);
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_attr(d, "TimerHeap", Value::object(T));
}

}  // namespace

// Tells the machine that [task] parks on [future] while [coro] waits at
// the learner's line (the task's reason on its track).
void report_task_waits(Vm& vm, Value task, Value future, Value coro) {
  if (!machine_of(vm) || !task.is_object() || !future.is_object()) return;
  sim::Machine& m = *vm.machine;
  std::string what;
  int line = 0;
  if (coro.is_object() && coro.obj()->kind == Kind::Generator) {
    if (const Frame* f = waiting_frame(static_cast<GeneratorObject*>(coro.obj()))) {
      line = frame_line(f);
      what = trim(without_comment(vm.source_line(f->code->filename, line)));
    }
  }
  if (sim::TaskInfo* other = m.task_of(future.obj())) {
    // Awaiting another task reads better by its name.
    what = m.trace().tracks()[other->track].name + (what.empty() ? "" : " (" + what + ")");
  }
  m.asyncio_task_waits(vm, task.obj(), future.obj(), what, line);
}

Status install_future_methods(Vm& vm, Value, Args args, Value* out);  // asyncio_futures.cpp
Status install_task_methods(Vm& vm, Value, Args args, Value* out);    // asyncio_futures.cpp
Status install_running_loops(Vm& vm, Value, Args args, Value* out);   // asyncio_futures.cpp
Status next_task_number_fn(Vm& vm, Value, Args args, Value* out);     // asyncio_futures.cpp
Status task_init(Vm& vm, Value, Args args, Value* out);               // asyncio_futures.cpp
Status get_running_loop_fn(Vm& vm, Value, Args args, Value* out);     // asyncio_futures.cpp
Status get_running_loop_opt_fn(Vm& vm, Value, Args args, Value* out);  // asyncio_futures.cpp

void init_asyncio_native_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  init_timer_heap(vm, d);
  auto def = [&](const char* name, NativeFn fn) { vm.add_attr(d, name, Value::object(vm.new_native(name, fn))); };

  // Describing callables and coroutines for reprs.
  def("_callable_name", [](Vm& vm, Value, Args args, Value* out) {
    Value f = args.n ? args[0] : vm.None;
    Value fn = function_of(f);
    if (fn.is_object() && fn.obj()->kind == Kind::Function) {
      auto* func = static_cast<FunctionObject*>(fn.obj());
      *out = Value::object(func->qualname);
      return Status::Ok;
    }
    if (fn.is_object() && fn.obj()->kind == Kind::NativeFunction) {
      auto* nf = static_cast<NativeFunctionObject*>(fn.obj());
      // A method reads as its __qualname__ (Future.set_result).
      if (nf->is_method && nf->owner && nf->owner->is_heap_type) {
        *out = vm.make_str(nf->owner->name->text.str() + "." + nf->name);
        return Status::Ok;
      }
      *out = vm.make_str(nf->name);
      return Status::Ok;
    }
    Value name = vm.get_attr_opt(f, vm.intern("__qualname__"));
    if (name.is_null()) {
      vm.thread->exc = Value();
      *out = vm.make_str(vm.type_name(f));
      return Status::Ok;
    }
    *out = name;
    return Status::Ok;
  });
  def("_callable_where", [](Vm& vm, Value, Args args, Value* out) {
    Value fn = function_of(args.n ? args[0] : vm.None);
    if (fn.is_object() && fn.obj()->kind == Kind::Function &&
        !(static_cast<FunctionObject*>(fn.obj())->code->flags & kCodeHiddenFromTracebacks)) {
      CodeObject* code = static_cast<FunctionObject*>(fn.obj())->code;
      *out = vm.make_tuple({Value::object(code->filename), vm.make_int(code->firstlineno)});
      return Status::Ok;
    }
    *out = vm.None;
    return Status::Ok;
  });
  def("_coro_where", [](Vm& vm, Value, Args args, Value* out) {
    Value c = args.n ? args[0] : vm.None;
    if (!c.is_object() || c.obj()->kind != Kind::Generator) {
      *out = vm.None;
      return Status::Ok;
    }
    auto* g = static_cast<GeneratorObject*>(c.obj());
    CodeObject* code = g->func->code;
    bool done = g->state == GenState::Closed || !g->frame;
    int line = done || g->state == GenState::Created ? code->firstlineno : frame_line(g->frame);
    *out = vm.make_tuple({Value::object(g->func->qualname), vm.make_bool(done), Value::object(code->filename),
                          vm.make_int(line)});
    return Status::Ok;
  });
  // _hide_from_tracebacks(*functions): they stand for CPython's C code.
  def("_hide_from_tracebacks", [](Vm& vm, Value, Args args, Value* out) {
    for (int i = 0; i < args.n; ++i) {
      Value fn = function_of(args[i]);
      if (fn.is_object() && fn.obj()->kind == Kind::Function)
        static_cast<FunctionObject*>(fn.obj())->code->flags |= kCodeHiddenFromTracebacks;
    }
    *out = vm.None;
    return Status::Ok;
  });
  def("_install_future_methods", install_future_methods);
  def("_install_task_methods", install_task_methods);
  def("_install_running_loops", install_running_loops);
  def("_next_task_number", next_task_number_fn);
  def("_task_init", task_init);
  def("get_running_loop", get_running_loop_fn);
  def("_get_running_loop", get_running_loop_opt_fn);
  def("_is_async_function", [](Vm& vm, Value, Args args, Value* out) {
    Value fn = function_of(args.n ? args[0] : vm.None);
    bool r = fn.is_object() && fn.obj()->kind == Kind::Function &&
             (static_cast<FunctionObject*>(fn.obj())->code->flags & kCodeCoroutine);
    *out = vm.make_bool(r);
    return Status::Ok;
  });

  // Reports to the simulated machine (nothing to report without one).
  def("_loop_created", [](Vm& vm, Value, Args args, Value* out) {
    if (machine_of(vm) && args.n == 1 && args[0].is_object()) vm.machine->asyncio_loop_created(vm, args[0].obj());
    *out = vm.None;
    return Status::Ok;
  });
  def("_loop_running", [](Vm& vm, Value, Args args, Value* out) {
    if (machine_of(vm) && args.n == 2 && args[0].is_object())
      vm.machine->asyncio_loop_running(vm, args[0].obj(), vm.truthy(args[1]) > 0);
    *out = vm.None;
    return Status::Ok;
  });
  def("_loop_closed", [](Vm& vm, Value, Args args, Value* out) {
    if (machine_of(vm) && args.n == 1 && args[0].is_object()) vm.machine->asyncio_loop_closed(vm, args[0].obj());
    *out = vm.None;
    return Status::Ok;
  });
  def("_loop_pass", [](Vm& vm, Value, Args args, Value* out) {
    if (machine_of(vm) && args.n == 3 && args[0].is_object() && vm.is_int(args[1]) && vm.is_int(args[2]))
      vm.machine->asyncio_loop_pass(vm, args[0].obj(), vm.int_of(args[1]), vm.int_of(args[2]));
    *out = vm.None;
    return Status::Ok;
  });
  def("_task_created", [](Vm& vm, Value, Args args, Value* out) {
    if (machine_of(vm) && args.n == 3 && args[0].is_object() && args[1].is_object() && vm.is_str(args[2]))
      vm.machine->asyncio_task_created(vm, args[0].obj(), args[1].obj(), vm.as_str(args[2])->text);
    *out = vm.None;
    return Status::Ok;
  });
  def("_task_renamed", [](Vm& vm, Value, Args args, Value* out) {
    if (machine_of(vm) && args.n == 2 && args[0].is_object() && vm.is_str(args[1]))
      vm.machine->asyncio_task_renamed(vm, args[0].obj(), vm.as_str(args[1])->text);
    *out = vm.None;
    return Status::Ok;
  });
  def("_task_step", [](Vm& vm, Value, Args args, Value* out) {
    if (machine_of(vm) && args.n == 2 && args[0].is_object())
      vm.machine->asyncio_task_step(vm, args[0].obj(), args[1] == vm.True);
    *out = vm.None;
    return Status::Ok;
  });
  // _task_waits(task, future, coro): the task parks on [future].
  def("_task_waits", [](Vm& vm, Value, Args args, Value* out) {
    *out = vm.None;
    if (args.n == 3) report_task_waits(vm, args[0], args[1], args[2]);
    return Status::Ok;
  });
  // _task_done(task, state, failed): state is 'FINISHED' or 'CANCELLED'.
  def("_task_done", [](Vm& vm, Value, Args args, Value* out) {
    *out = vm.None;
    if (!machine_of(vm) || args.n != 3 || !args[0].is_object() || !vm.is_str(args[1])) return Status::Ok;
    sim::TaskState s = vm.as_str(args[1])->text == "CANCELLED" ? sim::TaskState::Cancelled
                       : vm.truthy(args[2]) > 0                  ? sim::TaskState::Failed
                                                                 : sim::TaskState::Done;
    vm.machine->asyncio_task_done(vm, args[0].obj(), s);
    return Status::Ok;
  });
  def("_future_done", [](Vm& vm, Value, Args args, Value* out) {
    if (machine_of(vm) && args.n == 1 && args[0].is_object()) vm.machine->asyncio_future_done(vm, args[0].obj());
    *out = vm.None;
    return Status::Ok;
  });
}

}  // namespace interleave::vm
