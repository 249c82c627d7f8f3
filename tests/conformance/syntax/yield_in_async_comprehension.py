async def f(y):
    return [(yield x) async for x in y]
