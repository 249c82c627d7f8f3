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
