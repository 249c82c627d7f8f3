# The course's as_completed example: two requests finish after about 1 s,
# the third after 10 s; as_completed(timeout=2) gives two results, then
# asyncio.TimeoutError.
import asyncio
import time

import aiohttp
from utils import fetch_status


async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        fetchers = [fetch_status(session, 'https://www.example.com', 1),
                    fetch_status(session, 'https://www.example.com', 1),
                    fetch_status(session, 'https://www.example.com', 10)]
        for finished_task in asyncio.as_completed(fetchers, timeout=2):
            try:
                result = await finished_task
                print(f'{time.perf_counter() - start:.1f} {result}')
            except asyncio.TimeoutError:
                print(f'{time.perf_counter() - start:.1f} Произошел тайм-аут!')


asyncio.run(main())
