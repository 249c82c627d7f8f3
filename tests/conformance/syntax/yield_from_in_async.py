async def f(g):
    yield from g()
