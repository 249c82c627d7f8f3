# Coroutine objects in detail: repr, names, cr_* attributes, and the errors
# of misusing them or awaiting things that are not awaitable.
def masked(obj):
    text = repr(obj)
    return text[: text.index(" at 0x")] + " at 0x...>"


class Yield:
    def __await__(self):
        v = yield "yielded"
        return v


async def leaf():
    return await Yield()


async def ret():
    return 1


class Box:
    async def method(self):
        return await leaf()


c = leaf()
print(masked(c))
print(c.__name__, c.__qualname__, Box().method.__name__, Box.method.__qualname__)
m = Box().method()
print(masked(m), m.__qualname__)
print(c.cr_running, c.cr_await, c.cr_frame is None, c.cr_code.co_name)
print(c.send(None))
print(c.cr_running, type(c.cr_await).__name__, c.cr_frame is None)
try:
    c.send("value")
except StopIteration as e:
    print("returned", e.value)
print(c.cr_await, c.cr_frame is None)
for attr in ("gi_running", "cr_origin_x"):
    try:
        getattr(c, attr)
    except AttributeError as e:
        print("AttributeError", e)
m.close()

c = ret()
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

c = ret()
try:
    c.send(5)
except TypeError as e:
    print("TypeError", e)
c.close()


async def ignores_exit():
    try:
        await Yield()
    except GeneratorExit:
        await Yield()


c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)


async def awaits_twice():
    inner = leaf()
    first = inner.send(None)
    print("inner yielded", first)
    await inner


try:
    awaits_twice().send(None)
except RuntimeError as e:
    print("RuntimeError", e)


class AwaitNotIter:
    def __await__(self):
        return 5


class AwaitCoroutine:
    def __await__(self):
        return ret()


def gen():
    yield 1


async def bad(what):
    if what == "int":
        await 5
    elif what == "noiter":
        await AwaitNotIter()
    elif what == "coro":
        await AwaitCoroutine()
    elif what == "gen":
        await gen()
    elif what == "reuse":
        c = ret()
        await c
        await c


for what in ("int", "noiter", "coro", "gen", "reuse"):
    try:
        bad(what).send(None)
    except (TypeError, RuntimeError) as e:
        print(what, type(e).__name__, e)


class GenAwait:
    def __await__(self):
        total = 0
        for i in range(3):
            total += yield i
        return total


async def sums():
    return await GenAwait()


c = sums()
print(c.send(None), c.send(10), c.send(20))
try:
    c.send(30)
except StopIteration as e:
    print("sum", e.value)
