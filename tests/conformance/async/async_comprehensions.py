# Asynchronous comprehensions: async for clauses, await in list/set/dict
# comprehensions and async generator expressions, driven by hand.
class Suspend:
    def __await__(self):
        v = yield "tick"
        return v
async def agen(n):
    for i in range(n):
        await Suspend()
        yield i
async def double(x):
    await Suspend()
    return 2 * x
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3) if x})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3)])
    print([(x, y) async for x in agen(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in ARange(2)])
    print([[y async for y in agen(x)] for x in range(3)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])
    g2 = (await double(x) for x in range(3))
    print(type(g2).__name__, [v async for v in g2])
    print([x async for x in ARange(3) if await double(x) > 2])
    return "done"
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        print("result", e.value, "ticks", ticks)
run(main())
