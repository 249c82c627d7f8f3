async def f():
    await x
    await x.y()
    await (x)
    return await x + await y
    x = [await z for z in y]
    await asyncio.sleep(0)
    -await x
    await x ** 2
