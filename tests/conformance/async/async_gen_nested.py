# Async generators inside async generators: athrow/asend/aclose reaching an
# async for inside a generator, the driver's values passing through, and a
# second __anext__() while the first is still awaiting.
class Tick:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got
async def inner(n):
    try:
        for i in range(n):
            v = await Tick(f"inner{i}")
            yield (i, v)
    finally:
        if n != 3:  # the one outer() drops must not await (CPython would report it)
            await Tick("inner-cleanup")
        print("inner closed")
async def outer():
    try:
        async for pair in inner(3):
            try:
                yield pair
            except KeyError as e:
                print("outer caught", e)
                yield "after-keyerror"
    finally:
        print("outer finally")
async def helper(g):
    return await g.__anext__()
async def main():
    g = outer()
    print(await helper(g))
    print(await g.athrow(KeyError("boom")))
    print(await g.asend("ignored"))
    await g.aclose()
    print("closed", g.ag_running)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    return "main done"
def run(c):
    n = 0
    try:
        v = None
        while True:
            tag = c.send(v)
            n += 1
            v = f"{tag}!"
            print("  loop saw", tag)
    except StopIteration as e:
        print(e.value, n)
run(main())
async def racer():
    g = inner(5)
    a = g.__anext__()
    b = g.__anext__()
    print(a.send(None))
    try:
        b.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        a.send("x")
    except StopIteration as e:
        print("a done", e.value)
    print(b.send(None))
    try: b.send("y")
    except StopIteration as e: print("b done", e.value)
    await g.aclose()
run(racer())
