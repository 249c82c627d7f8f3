# The course's warning: requests is blocking, so calling it inside
# coroutines blocks the event loop and the requests run one after another;
# asyncio.to_thread() moves each call to a thread, and they overlap.
import asyncio
import time

import requests


async def blocking(url):
    return requests.get(url).status_code


async def in_thread(url):
    response = await asyncio.to_thread(requests.get, url)
    return response.status_code


async def main():
    urls = [f'http://example.com/{i}' for i in range(5)]
    start = time.perf_counter()
    print(await asyncio.gather(*[blocking(u) for u in urls]))
    print(f'blocking: {time.perf_counter() - start:.3f}')
    start = time.perf_counter()
    print(await asyncio.gather(*[in_thread(u) for u in urls]))
    print(f'to_thread: {time.perf_counter() - start:.3f}')


asyncio.run(main())
