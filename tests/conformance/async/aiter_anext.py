# The aiter() and anext() builtins (anext with a default).
async def g():
    yield 1
async def main():
    it = g()
    print(await anext(it))
    print(await anext(it, "dflt"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")
    print(await anext(it, "again"))
    a = aiter(g())
    print(type(a).__name__, type(anext(a, 1)).__name__)
    print([x async for x in aiter(g())])
c = main()
try: c.send(None)
except StopIteration: pass
try: aiter(5)
except TypeError as e: print(e)
class A:
    def __aiter__(self): return 5
try: aiter(A())
except TypeError as e: print(e)
try: anext(5)
except TypeError as e: print(e)
try: anext()
except TypeError as e: print(e)


class Counter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("x")


class NotAwaitable:
    def __anext__(self):
        return 5


async def with_defaults():
    it = Counter()
    a = anext(it, "d")
    print(it.n)
    print(await a, await anext(it, "d"), await anext(it, "d"), await anext(it, "d"))
    try:
        await anext(Failing(), 1)
    except ValueError as e:
        print("ValueError", e)
    try:
        await anext(NotAwaitable(), 1)
    except TypeError as e:
        print("TypeError", e)
    anext(Counter(), 0)


c = with_defaults()
try:
    c.send(None)
except StopIteration:
    pass
