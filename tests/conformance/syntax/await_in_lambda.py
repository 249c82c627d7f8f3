async def f(x):
    return lambda: await x
