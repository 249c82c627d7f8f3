# From the course: 003_6566df98dfcc516c.txt, line 473
import asyncio

from util import delay


async def main():
    task_1 = asyncio.create_task(delay(3))
    task_2 = asyncio.create_task(delay(3))
    task_3 = asyncio.create_task(delay(3))

    await task_1
    await task_2
    await task_3

asyncio.run(main())
