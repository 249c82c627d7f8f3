async def ok():
    pass


def f():
    async with ok():
        pass
