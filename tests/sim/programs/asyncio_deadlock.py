# A task awaits a future that nothing will ever resolve.
import asyncio

async def waiter(fut):
    print('waiting')
    return await fut

async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut), name='waiter')
    await t

asyncio.run(main())
