# Downloading files: three files of 5 MB (--net ...=size=5MB) take about
# 0.4 s each at the simulated 100 Mbit/s per connection: one after another
# about 1.3 s with requests, side by side about 0.45 s with aiohttp.
import asyncio
import time

import aiohttp
import requests

urls = [f'http://files.example/file{i}.zip' for i in range(3)]

start = time.perf_counter()
sizes = [len(requests.get(url).content) for url in urls]
print(sizes, f'requests: {time.perf_counter() - start:.2f}')


async def download(session, url):
    async with session.get(url) as response:
        return len(await response.read())


async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        sizes = await asyncio.gather(*[download(session, url) for url in urls])
    print(sizes, f'aiohttp: {time.perf_counter() - start:.2f}')


asyncio.run(main())
