# The TypeErrors of async for / async with on objects that do not follow
# the asynchronous iterator and context manager protocols.
class NoANext:
    def __aiter__(self):
        return 5


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class AiterRaises:
    def __aiter__(self):
        raise KeyError("in aiter")


class OnlyAenter:
    async def __aenter__(self):
        return 1


class BadAenter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


class BadAexit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass

    def __iter__(self):
        return iter([1])


async def a1():
    async for x in 5:
        pass


async def a2():
    async for x in NoANext():
        pass


async def a3():
    async for x in BadANext():
        pass


async def a4():
    async for x in AiterRaises():
        pass


async def a5():
    async with 5:
        pass


async def a6():
    async with OnlyAenter():
        pass


async def a7():
    async with BadAenter():
        pass


async def a8():
    async with BadAexit():
        pass


async def a9():
    async with SyncOnly():
        pass


async def a10():
    async for x in SyncOnly():
        pass


async def a11():
    async for x in [1, 2]:
        pass


for f in [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11]:
    try:
        f().send(None)
    except BaseException as e:
        print(f.__name__, type(e).__name__, e)


async def uncaught():
    async with BadAexit():
        print("body runs")


uncaught().send(None)
