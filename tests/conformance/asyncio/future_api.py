# Future: states, results, exceptions, callbacks, errors.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f.add_done_callback(lambda fut: print('callback 1', fut.result()))
    def cb2(fut):
        print('callback 2', fut.result())
    f.add_done_callback(cb2)
    f.add_done_callback(cb2)
    print(f.remove_done_callback(cb2))
    f.set_result(42)
    print('set, callbacks not yet run')
    await asyncio.sleep(0)
    print(f)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    g = loop.create_future()
    g.set_exception(ValueError('bad'))
    print(g)
    print(repr(g.exception()))
    try:
        await g
    except ValueError as e:
        print('awaited', e)
    h = loop.create_future()
    print(h.cancel(), h.cancel(), h.cancelled(), h)
    try:
        h.result()
    except asyncio.CancelledError as e:
        print('CancelledError', repr(e))
    k = loop.create_future()
    k.cancel('потому что')
    try:
        await k
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    try:
        loop.create_future().set_exception(StopIteration)
    except TypeError as e:
        print(e)
    done = loop.create_future()
    done.set_result('late')
    done.add_done_callback(lambda fut: print('late callback', fut.result()))
    await asyncio.sleep(0)
    print(asyncio.isfuture(f), asyncio.isfuture(main), asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main))

asyncio.run(main())
