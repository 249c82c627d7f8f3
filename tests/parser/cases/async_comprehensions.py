async def f():
    a = [x async for x in aiter()]
    b = [await x for x in y]
    c = {x: y async for x, y in z}
    d = (x async for x in y)
    e = [x for x in y async for z in x]
