# The exception a generator handles is its own: kept across a yield, not seen
# by the caller (sys.exc_info(), implicit chaining, a bare raise), as
# CPython's per-generator exc_info items.
import sys

def gen():
    try:
        raise KeyError("inner")
    except KeyError:
        print("in gen handler:", sys.exc_info()[1])
        yield 1
        print("back in gen handler:", sys.exc_info()[1])
        yield 2
    print("after gen handler:", sys.exc_info()[1])
    yield 3

def plain():
    print("plain sees:", repr(sys.exc_info()[1]))
    yield "p"

g = gen()
try:
    raise ValueError("outer")
except ValueError:
    print(next(g))
    print("caller handler:", sys.exc_info()[1])
    print(next(plain()))
print("caller after:", sys.exc_info()[1])
print(next(g))
try:
    raise TypeError("t")
except TypeError:
    print(next(g))
    print("caller:", sys.exc_info()[1])

def reraiser():
    try:
        yield
    except Exception:
        raise

r = reraiser()
next(r)
try:
    r.throw(IndexError("thrown"))
except IndexError as e:
    print("rethrown", repr(e), repr(e.__context__))

def bare():
    yield
    raise

b = bare()
next(b)
try:
    raise OSError("os")
except OSError:
    try:
        next(b)
    except OSError as e:
        print("bare raise in gen re-raises caller's:", repr(e))

import asyncio


async def agen():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        yield "in handler"

def gen():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        yield "in handler"

async def main():
    g = agen()
    print(await g.__anext__(), await g.__anext__())
    try:
        raise ValueError("v")
    except ValueError as e:
        print("context:", repr(e.__context__))
    h = gen()
    print(next(h), next(h))
    try:
        raise ValueError("w")
    except ValueError as e:
        print("context:", repr(e.__context__))
    g2 = agen()
    await g2.__anext__()
    aw = g2.athrow(KeyError("x"))
    print(await aw)
    try:
        raise ValueError("z")
    except ValueError as e:
        print("context:", repr(e.__context__))

asyncio.run(main())
