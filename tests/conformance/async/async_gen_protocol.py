# Driving async generators by hand: __anext__, asend, athrow, aclose and their
# awaitables, with the errors CPython raises.
def drive(aw, sends=()):
    try:
        r = aw.send(None)
        print("  yielded", r)
        for s in sends:
            r = aw.send(s)
            print("  yielded", r)
    except StopIteration as e:
        print("  StopIteration", repr(e.value))
    except BaseException as e:
        print("  raised", type(e).__name__, e)

class Fut:
    def __await__(self):
        v = yield "fut"
        return v

async def g1():
    try:
        yield 1
    except ValueError as e:
        print("  g1 caught", e)
        yield 2
    print("  g1 end")

print("athrow caught then yields")
a = g1(); drive(a.__anext__()); drive(a.athrow(ValueError("x")))
print("athrow caught, next returns")
drive(a.__anext__())
print("athrow on closed gen")
drive(a.athrow(ValueError("y")))
print("aclose on closed")
drive(a.aclose())
print("asend on closed")
drive(a.asend(None))

async def g2():
    try:
        yield 1
    except ValueError:
        return
print("athrow caught then return")
a = g2(); drive(a.__anext__()); drive(a.athrow(ValueError))

async def g3():
    try:
        yield 1
    finally:
        print("  g3 finally")
        await Fut()
        print("  g3 after await")
print("aclose with await in finally")
a = g3(); drive(a.__anext__()); drive(a.aclose(), ["sent"])
print("aclose on fresh")
a = g3(); drive(a.aclose())
print("athrow on fresh")
a = g3(); drive(a.athrow(KeyError("k")))
drive(a.__anext__())

async def g4():
    try:
        yield 1
    except GeneratorExit:
        yield 2
print("ignored GeneratorExit")
a = g4(); drive(a.__anext__()); drive(a.aclose())

async def g5():
    raise StopAsyncIteration
    yield
print("raise StopAsyncIteration inside")
drive(g5().__anext__())
async def g6():
    raise StopIteration
    yield
print("raise StopIteration inside")
drive(g6().__anext__())
async def g7():
    await Fut()
    yield 5
print("await then yield")
a = g7()
an = a.__anext__()
print(a.ag_running)
drive(an, ["v"])
print(a.ag_running)
print("already running")
a = g7(); an = a.__anext__(); drive(an)
print(a.ag_running)
drive(a.__anext__())
drive(a.asend(None))
drive(a.athrow(ValueError))
drive(a.aclose())
print("reuse asend")
drive(an, ["v"])
drive(an)
an.close()
print("asend non-None first")
a = g7()
drive(a.asend(5))
an = a.asend(None)
try:
    an.send(7)
except BaseException as e:
    print(type(e).__name__, e)
print("athrow non-None first")
a = g1(); drive(a.__anext__())
at = a.athrow(ValueError)
try:
    at.send(7)
except BaseException as e:
    print(type(e).__name__, e)
print(type(at).__name__, type(an).__name__)
print(type(a).__name__)

print("attributes")


class Holder:
    async def agen(self):
        await Fut()
        yield 1


a = Holder().agen()
print(a.__name__, a.__qualname__, a.ag_code.co_name, a.ag_frame is None, a.ag_await, a.ag_running)
an = a.__anext__()
an.send(None)
print(type(a.ag_await).__name__, a.ag_running, a.ag_frame is None)
try:
    an.send(None)
except StopIteration as e:
    print("value", e.value)
print(a.ag_await, a.ag_running)
drive(a.aclose())
print(a.ag_frame is None)
r = repr(a)
print(r[: r.index(" at 0x")], type(an).__name__, repr(an)[: repr(an).index(" at 0x")])
for bad in ("not iterable", "next"):
    try:
        if bad == "next":
            next(a)
        else:
            for x in a:
                pass
    except TypeError as e:
        print("TypeError", e)
b = Holder().agen()
drive(b.athrow())
drive(b.athrow(KeyError, None, None, 4))
drive(b.athrow(5))
try:
    a.asend()
except TypeError as e:
    print("TypeError", e)
