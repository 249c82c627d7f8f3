# KeyboardInterrupt and SystemExit from a child or the block leave bare (not
# in an ExceptionGroup), after the other children are cancelled.
import asyncio


async def child(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


def quiet_handler(loop, context):
    # asyncio.run's task keeps the SystemExit nobody retrieves; CPython
    # reports it when the task is garbage collected.
    if context["message"] != "Task exception was never retrieved":
        print("exception handler:", context["message"], repr(context.get("exception")))


async def from_child(exc):
    asyncio.get_running_loop().set_exception_handler(quiet_handler)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(child(exc, 0.01))
            tg.create_task(child(ValueError("later"), 0.5))
    except BaseException as e:
        print("the group raised", repr(e))
        raise
    print("after the group")


async def from_block():
    asyncio.get_running_loop().set_exception_handler(quiet_handler)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            await asyncio.sleep(0.01)
            raise SystemExit(4)
    except BaseException as e:
        print("the group raised", repr(e))
        raise


for coro in (from_child(SystemExit(3)), from_block(), from_child(KeyboardInterrupt())):
    try:
        asyncio.run(coro)
    except BaseException as e:
        print("asyncio.run raised", repr(e))
