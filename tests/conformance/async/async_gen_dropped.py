# An async generator dropped early is closed like CPython's reference
# counting does when no event loop installed finalizer hooks: when an
# async for that created it is left (break, return, exception), and when
# it is still suspended in a global at exit.
async def agen(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print(name, "finally")


async def first_only():
    async for x in agen("ret"):
        return x


async def main():
    async for x in agen("break"):
        print("got", x)
        break
    print("after break")
    print("returned", await first_only())
    try:
        async for x in agen("raise"):
            raise KeyError(x)
    except KeyError as e:
        print("caught", e)
    async for x in agen("full"):
        pass
    print("after full loop")


c = main()
try:
    c.send(None)
except StopIteration:
    pass

g = agen("global")
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("global got", e.value)
print("end of program")
