# N tasks, each awaiting asyncio.sleep(random delay), gathered.
import asyncio
import random
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


async def worker(d):
    await asyncio.sleep(d)
    return d


async def main():
    random.seed(1)
    results = await asyncio.gather(*[worker(random.random()) for _ in range(N)])
    print(len(results))


asyncio.run(main())
