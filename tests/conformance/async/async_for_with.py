class Suspend:
    def __await__(self):
        v = yield "tick"
        return v
class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        await Suspend()
        return "resource"
    async def __aexit__(self, exc_type, exc, tb):
        print("aexit", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Suspend()
        return self.n
async def main():
    async with AsyncCM() as r:
        print("inside", r)
    async with AsyncCM():
        raise KeyError("suppressed")
    async for i in Countdown(3):
        print("got", i)
    else:
        print("loop done")
    return "finished"
co = main()
ticks = 0
try:
    while True:
        co.send(None)
        ticks += 1
except StopIteration as e:
    print(e.value, ticks)
