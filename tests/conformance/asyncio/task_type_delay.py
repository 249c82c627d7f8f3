# Course: a task starts only when its creator awaits; three tasks overlap.
import asyncio
import time

async def delay(delay_seconds: int) -> int:
    print(f'засыпаю на {delay_seconds} с')
    await asyncio.sleep(delay_seconds)
    print(f'сон в течение {delay_seconds} с закончился')
    return delay_seconds

async def main():
    sleep_for_three = asyncio.create_task(delay(3))
    print(type(sleep_for_three))
    result = await sleep_for_three
    print(result)
    start = time.monotonic()
    task_1 = asyncio.create_task(delay(3))
    task_2 = asyncio.create_task(delay(3))
    task_3 = asyncio.create_task(delay(3))
    await task_1
    await task_2
    await task_3
    print(f'{time.monotonic() - start:.1f}')

asyncio.run(main())
