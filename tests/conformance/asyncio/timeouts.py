# asyncio.timeout() and wait_for with cancellation.
import asyncio

async def slow():
    await asyncio.sleep(2)
    return 'slow done'

async def main():
    try:
        async with asyncio.timeout(0.5) as cm:
            await slow()
    except TimeoutError:
        print('timeout expired', cm.expired())
    async with asyncio.timeout(5) as cm:
        print(await slow(), cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.1)
        try:
            await slow()
        except asyncio.CancelledError:
            print('cancelled inside')
            raise
    print('not reached')

try:
    asyncio.run(main())
except TimeoutError:
    print('TimeoutError escaped the block')

async def main2():
    task = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(task, 0)
    except TimeoutError:
        print('zero timeout', task.cancelled())
    print(await asyncio.wait_for(asyncio.sleep(0.1, 'fast'), 1))

asyncio.run(main2())
