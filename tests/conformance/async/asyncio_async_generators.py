# Async generators under asyncio. CPython's event loop installs
# sys.set_asyncgen_hooks (a generator left by break is closed later by an
# aclose() task; asyncio.run closes the rest) -- patched in here the way
# CPython's BaseEventLoop.run_forever does it, with Task accepting aclose().
import asyncio, sys
loop_cls = type(asyncio.new_event_loop())
orig = loop_cls.run_forever
def run_forever(self):
    old = sys.get_asyncgen_hooks()
    def firstiter(agen):
        self._asyncgens.add(agen)
    def finalizer(agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())
    sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
    try:
        return orig(self)
    finally:
        sys.set_asyncgen_hooks(*old)
loop_cls.run_forever = run_forever
_orig_isco = asyncio.iscoroutine
async def _probe():
    yield
_ag_awaitable_types = (type(_probe().aclose()), type(_probe().__anext__()))
asyncio.iscoroutine = lambda obj: _orig_isco(obj) or isinstance(obj, _ag_awaitable_types)
from contextlib import asynccontextmanager

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker finally")

@asynccontextmanager
async def opened(name):
    print("open", name)
    await asyncio.sleep(0.01)
    try:
        yield name
    finally:
        await asyncio.sleep(0.01)
        print("close", name)

async def producer(q):
    async for i in ticker(3, 0.1):
        await q.put(i)
    await q.put(None)

async def consumer(q):
    got = []
    while (item := await q.get()) is not None:
        got.append(item)
    return got

async def main():
    async for i in ticker(5, 0.05):
        print("tick", i)
        if i == 1:
            break
    print("after break")
    async with opened("db") as name:
        print("using", name)
    q = asyncio.Queue()
    _, got = await asyncio.gather(producer(q), consumer(q))
    print("got", got)
    print([x async for x in ticker(3, 0)])

    g = ticker(10, 0.01)
    print(await anext(g))
    print("leaving main")

asyncio.run(main())
print("done")
