# Future's methods that CPython implements in C: argument errors, the
# cancelled error's message and identity, the order callbacks run in, a
# subclass, unbound calls, and futures that fail inside callbacks.
import asyncio


class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None, tag='t'):
        super().__init__(loop=loop)
        self.tag = tag


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    calls = [
        lambda: f.result(1), lambda: f.done(1), lambda: f.cancelled(2), lambda: f.exception(1),
        lambda: f.get_loop(1), lambda: f.add_done_callback(), lambda: f.add_done_callback(1, 2),
        lambda: f.add_done_callback(print, x=2), lambda: f.set_result(), lambda: f.set_result(1, 2),
    ]
    for call in calls:
        try:
            call()
        except TypeError as e:
            print('TypeError:', e)
    print(f.get_loop() is loop, asyncio.Future.done(f), asyncio.Future.cancelled(f))

    # _callbacks: None while there are none.
    e = loop.create_future()
    print(e._callbacks)
    e.add_done_callback(print)
    print(len(e._callbacks), e.remove_done_callback(print), e._callbacks, e.remove_done_callback(print))
    e.add_done_callback(id)
    e.set_result(0)
    print(e._callbacks)
    await asyncio.sleep(0)

    # Callbacks run in the order they were added, each with the future.
    order = []
    g = loop.create_future()
    for i in range(4):
        g.add_done_callback(lambda fut, i=i: order.append((i, fut.result())))
    g.add_done_callback(order.append, context=None)
    asyncio.Future.set_result(g, 'x')
    print(order, g.done(), g.result())
    await asyncio.sleep(0)
    print(order[:4], order[4] is g)

    # A callback added after the future is done runs in the next pass.
    g.add_done_callback(lambda fut: print('late', fut.result()))
    print('before the pass')
    await asyncio.sleep(0)

    # Cancelled: a fresh CancelledError (with the message) per call.
    c = loop.create_future()
    c.cancel('why')
    for m in (c.result, c.exception):
        try:
            m()
        except asyncio.CancelledError as e:
            print('CancelledError', e.args)
    e1 = e2 = None
    try:
        c.result()
    except asyncio.CancelledError as e:
        e1 = e
    try:
        c.result()
    except asyncio.CancelledError as e:
        e2 = e
    print(e1 is e2, c.cancelled(), c.done())

    # An exception: raised by result(), returned by exception(), every time.
    x = loop.create_future()
    x.set_exception(KeyError('k'))
    for _ in range(2):
        try:
            x.result()
        except KeyError as e:
            print('KeyError', e, e is x.exception())
    # Raised while handling another exception: chained as `raise` would.
    try:
        try:
            raise ValueError('outer')
        except ValueError:
            x.result()
    except KeyError as e:
        print('context', repr(e.__context__))

    # A subclass keeps its own attributes and the inherited methods.
    s = MyFuture(loop=loop, tag='mine')
    s.add_done_callback(lambda fut: print('subclass callback', fut.tag, fut.result()))
    s.set_result(7)
    await s
    print(s.result(), s.tag, isinstance(s, asyncio.Future))

    # Callbacks that complete other futures.
    b = loop.create_future()
    b2 = loop.create_future()
    b.add_done_callback(lambda fut: b2.set_result(fut.result()))
    b2.add_done_callback(lambda fut: print('second callback runs', fut.result()))
    b.set_result(None)
    await b2
    await asyncio.sleep(0)

    # set_result on a done future; the state after it.
    try:
        b.set_result(2)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(repr(b.result()), b.exception())

    # Awaiting futures completed by other tasks.
    futs = [loop.create_future() for _ in range(3)]

    async def complete(i):
        await asyncio.sleep(0.01 * (3 - i))
        futs[i].set_result(i * 10)

    tasks = [asyncio.create_task(complete(i)) for i in range(3)]
    print(await asyncio.gather(*futs))
    await asyncio.gather(*tasks)


for f in (lambda: asyncio.get_running_loop(1), asyncio.get_running_loop, lambda: asyncio._get_running_loop(2)):
    try:
        f()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
print(asyncio._get_running_loop())
asyncio.run(main())
