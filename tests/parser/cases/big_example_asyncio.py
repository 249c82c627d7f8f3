import asyncio
import random

async def fetch(i):
    delay = random.random()
    await asyncio.sleep(delay)
    return i, delay

async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in range(5)]
    for coro in asyncio.as_completed(tasks):
        i, d = await coro
        print(f'{i}: {d:.3f}')
    try:
        await asyncio.wait_for(fetch(9), timeout=0.1)
    except asyncio.TimeoutError:
        print('timeout')

if __name__ == '__main__':
    asyncio.run(main())
