class Future:
    def __init__(self):
        self.result = None
        self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.result
async def step(name, fut):
    print("step", name, "waiting")
    value = await fut
    print("step", name, "got", value)
    return value * 2
async def main(futs):
    a = await step("a", futs[0])
    b = await step("b", futs[1])
    return a + b
futs = [Future(), Future()]
coro = main(futs)
pending = coro.send(None)
print(pending is futs[0])
futs[0].result, futs[0].done = 10, True
pending = coro.send(None)
print(pending is futs[1])
futs[1].result, futs[1].done = 5, True
try:
    coro.send(None)
except StopIteration as e:
    print("main returned", e.value)
