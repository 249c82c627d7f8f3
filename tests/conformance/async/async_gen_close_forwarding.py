# close() and throw() of a coroutine awaiting an async generator's __anext__()
# while the generator itself is suspended in an await.
class Tick:
    def __await__(self):
        yield "tick"
async def agen():
    try:
        await Tick()
        yield 1
        await Tick()
        yield 2
    finally:
        print("agen finally")
async def main(g):
    try:
        print(await g.__anext__())
        print(await g.__anext__())
    finally:
        print("main finally")
g = agen()
c = main(g)
print(c.send(None))
print(c.send(None))
print(g.ag_running, type(g.ag_await).__name__)
c.close()
print("closed main", g.ag_running)
try:
    g.__anext__().send(None)
except BaseException as e:
    print(type(e).__name__, e)
c2 = main(agen())
c2.send(None)
try:
    c2.throw(KeyError("k"))
except KeyError as e:
    print("KeyError out", e)
print("end")
