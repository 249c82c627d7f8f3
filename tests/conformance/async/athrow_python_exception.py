# athrow() with an exception class whose __init__ is Python code (it
# sleeps): the exception is made as a frame before the generator is resumed.
# An error making it is what is thrown into the generator, for athrow()
# and for a plain generator's throw() alike (CPython's _gen_throw).
import asyncio
import threading
import time


class Stop(Exception):
    def __init__(self, why):
        print("Stop.__init__", why)
        time.sleep(0.01)  # blocks: the event loop's thread waits here
        super().__init__(why)


class Broken(Exception):
    def __init__(self, *args):
        raise ValueError("cannot make Broken")


async def ticker():
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0)
    except Stop as e:
        print("ticker stopped:", e)
        yield "last"


async def main():
    g = ticker()
    print(await g.__anext__())
    aw = g.athrow(Stop, "enough")
    print("athrow made")
    print("athrow result:", await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError", e)
    g2 = ticker()
    await g2.__anext__()
    try:
        await g2.athrow(Broken)
    except ValueError as e:
        print("ValueError", e)
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("after Broken: the generator is finished")
    g3 = ticker()
    await g3.__anext__()
    aw3 = g3.athrow(Stop, "by send")
    try:
        aw3.send(None)
    except StopIteration as e:
        print("send -> StopIteration", e.value)
    try:
        aw3.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    await g.aclose()
    await g2.aclose()
    await g3.aclose()


asyncio.run(main())


class Broken2(Exception):
    def __init__(self, *args):
        raise ValueError("cannot make Broken")

def g():
    try:
        yield 1
        yield 2
    finally:
        print("g finally")

it = g()
next(it)
try:
    it.throw(Broken2)
except ValueError as e:
    print("ValueError", e)
print(next(it, "exhausted"))
