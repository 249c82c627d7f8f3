async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
coro = main()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return (yield self.v)
async def waiter():
    got = await Ready("first")
    got2 = await Ready("second")
    return got + got2
w = waiter()
print(w.send(None))
print(w.send("A"))
try:
    w.send("B")
except StopIteration as e:
    print("result", e.value)
