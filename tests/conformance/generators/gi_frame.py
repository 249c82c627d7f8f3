import sys
import asyncio


def counter(limit):
    total = 0
    for i in range(limit):
        total += i
        got = yield total
        if got:
            print("got", got)
    return total


g = counter(3)
fr = g.gi_frame
print(type(fr).__name__, fr.f_code.co_name, fr.f_lineno, fr.f_locals)
print(next(g), g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(g.send("привет"), g.gi_frame is fr, fr.f_lineno)
print(fr.f_back)
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(g.gi_frame, fr.f_lineno, sorted(fr.f_locals.items()))


def inner():
    f = sys._getframe()
    print("inner runs in", f.f_code.co_name, "called from", f.f_back.f_code.co_name)
    yield 1


def outer():
    yield from inner()


o = outer()
next(o)
print(o.gi_frame.f_lineno, o.gi_yieldfrom.gi_frame.f_code.co_name)
o.close()
print(o.gi_frame)


async def work(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    c = work(5)
    print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno, c.cr_frame.f_locals)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(c.cr_frame.f_lineno, c.cr_suspended)
    print(await t, c.cr_frame)


async def agen():
    yield 1
    yield 2


async def use_agen():
    a = agen()
    print(a.ag_frame.f_lineno)
    print(await a.__anext__(), a.ag_frame.f_lineno)
    await a.aclose()
    print(a.ag_frame)


asyncio.run(main())
asyncio.run(use_agen())
