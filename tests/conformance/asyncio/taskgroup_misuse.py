# Using a TaskGroup the wrong way: CPython 3.11's RuntimeErrors.
import asyncio


async def noop():
    await asyncio.sleep(0)
    return "noop"


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()

    async with tg:
        t = tg.create_task(noop())
        print(repr(tg))
    print(repr(tg), t.result())

    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()

    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)

    # create_task while the group is shutting down after a failure.
    async def fail():
        raise ValueError("boom")

    async def late(tg):
        await asyncio.sleep(0.01)
        coro = noop()
        try:
            tg.create_task(coro)
        except RuntimeError as e:
            print(e)
            coro.close()

    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(fail())
            await late(tg2)
    except* ValueError:
        print("ValueError handled")


asyncio.run(main())
