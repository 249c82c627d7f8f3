# A failing child cancels its siblings and the block; the failures leave as
# one ExceptionGroup.
import asyncio


async def slow(name):
    try:
        await asyncio.sleep(1)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(slow("a"))
            tg.create_task(fail(0.1, ValueError("first")))
            tg.create_task(fail(0.1, TypeError("second")))
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
            print("not reached")
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* TypeError as eg:
        print("TypeError part:", repr(eg))
    print("a cancelled:", a.cancelled())
    print("current task cancelling:", asyncio.current_task().cancelling())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, KeyError("k")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, "|", eg, "|", eg.exceptions)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("c"))
            tg.create_task(fail(0.05, OSError("os")))
            await asyncio.sleep(0.1)
    except ExceptionGroup as eg:
        print("message:", eg.message, "| count:", len(eg.exceptions))


asyncio.run(main())
