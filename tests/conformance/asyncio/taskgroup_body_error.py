# An exception in the block itself cancels the children; it joins the group.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def failing_child():
    await asyncio.sleep(0.05)
    raise ValueError("child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(child("long", 1))
            tg.create_task(child("short", 0))
            await asyncio.sleep(0.01)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(repr(eg), t.cancelled())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing_child())
            tg.create_task(child("other", 1))
            try:
                await asyncio.sleep(1)
            finally:
                raise OSError("cleanup failed")
    except ExceptionGroup as eg:
        print(repr(eg))
        for e in eg.exceptions:
            print(" ", repr(e), "context:", repr(e.__context__))

    # A child that fails while the block is already finished waits for nothing.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing_child())
    except* ValueError as eg:
        print("caught with except*:", repr(eg.exceptions))


asyncio.run(main())
