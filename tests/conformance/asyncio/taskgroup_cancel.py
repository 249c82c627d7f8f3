# Cancelling the task that runs a TaskGroup cancels the children too, and
# CancelledError (not a group) leaves the block.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x"))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise


async def parent_waiting_in_exit():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("y"))
    print("not reached")


async def child_that_fails_while_cancelled():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("failed while being cancelled")


async def parent_with_failure():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child_that_fails_while_cancelled())
        await asyncio.sleep(10)


async def main():
    for coro in (parent(), parent_waiting_in_exit(), parent_with_failure()):
        task = asyncio.create_task(coro)
        await asyncio.sleep(0.1)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("task cancelled:", task.cancelled())
        except BaseException as e:
            print("task failed:", repr(e))
        print("cancelling() of main:", asyncio.current_task().cancelling())


asyncio.run(main())
