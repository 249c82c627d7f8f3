async def f(xs):
    a = [x async for x in xs]
    b = [await x for x in xs]
    c = (x async for x in xs)
    return a, b, c
