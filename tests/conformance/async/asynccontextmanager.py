# contextlib.asynccontextmanager (also as a decorator), aclosing,
# nullcontext and AbstractAsyncContextManager under async with.
from contextlib import asynccontextmanager, aclosing, nullcontext, AbstractAsyncContextManager
class Suspend:
    def __await__(self):
        yield "tick"
@asynccontextmanager
async def resource(name):
    print("open", name)
    await Suspend()
    try:
        yield name.upper()
    except KeyError as e:
        print("resource saw", repr(e))
        raise
    finally:
        await Suspend()
        print("close", name)
@asynccontextmanager
async def swallow():
    try:
        yield
    except ValueError:
        print("swallowed")
@asynccontextmanager
async def no_yield():
    if False:
        yield
@asynccontextmanager
async def two_yields():
    yield 1
    yield 2
async def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("numbers closed")
class Mine(AbstractAsyncContextManager):
    async def __aexit__(self, *a):
        print("Mine exit")
@resource("deco")
async def decorated(x):
    print("decorated body", x)
    return x * 2
async def main():
    async with resource("a") as r:
        print("inside", r)
    try:
        async with resource("b") as r:
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    async with swallow():
        raise ValueError("v")
    print("after swallow")
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    async with aclosing(numbers()) as ns:
        async for n in ns:
            print("n", n)
            if n == 2:
                break
    async with nullcontext(5) as v:
        print("null", v)
    async with Mine() as m:
        print(type(m).__name__)
    print(await decorated(21))
    print(resource.__name__, type(resource("x")).__name__)
    return "ok"
c = main()
ticks = 0
try:
    while True:
        c.send(None); ticks += 1
except StopIteration as e:
    print(e.value, ticks)
