# asyncio.timeout around and inside TaskGroups.
import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "woke up")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    # The timeout expires while the group waits for its children.
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(sleeper("a", 1))
                tg.create_task(sleeper("b", 0.05))
    except TimeoutError as e:
        print("TimeoutError", repr(e.__cause__))
    print("cancelling:", asyncio.current_task().cancelling())

    # A timeout inside a child is that child's business.
    async def with_own_timeout():
        try:
            async with asyncio.timeout(0.05):
                await asyncio.sleep(1)
        except TimeoutError:
            print("child timed out")
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(with_own_timeout())
            tg.create_task(sleeper("c", 0.5))
    except* TimeoutError as eg:
        print("group of", eg.exceptions)

    # A timeout inside the block.
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("d", 0.2))
        try:
            async with asyncio.timeout(0.05):
                await asyncio.sleep(1)
        except TimeoutError:
            print("the block's own wait timed out")
    print("group finished normally")

    # wait_for around a TaskGroup.
    async def grouped():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("e", 1))
            tg.create_task(sleeper("f", 1))

    try:
        await asyncio.wait_for(grouped(), 0.1)
    except TimeoutError:
        print("wait_for timed out")


asyncio.run(main())
