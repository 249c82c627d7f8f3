def gen():
    x = yield 1
    yield from range(x)
async def agen():
    yield 1
    await g()
def plain():
    return (i for i in range(3))
