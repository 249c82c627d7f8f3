# The course's aiohttp examples (seeds 002 and 003): aiohttp.request, ten
# concurrent GETs through one ClientSession, gather with return_exceptions
# and a 'python://' URL (aiohttp 3.9: AssertionError from the connector),
# then two sequential GETs that reuse the kept-alive connection.
import asyncio
import time

import aiohttp
from utils import fetch_status


async def main():
    print("before 1st request")
    async with aiohttp.request('GET', "http://python.org") as response:
        print("Python.org:", response.status)
    print("before 2nd request")
    async with aiohttp.request('GET', "http://microsoft.com") as response:
        print("microsoft.com:", response.status)

    async with aiohttp.ClientSession() as session:
        start = time.perf_counter()
        urls = ['https://mail.ru' for _ in range(10)]
        requests = [fetch_status(session, url) for url in urls]
        status_codes = await asyncio.gather(*requests)
        print(status_codes)
        print(f'gather: {time.perf_counter() - start:.3f}')

        urls = ['https://example.com', 'python://example.com']
        tasks = [fetch_status(session, url) for url in urls]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        exceptions = [res for res in results if isinstance(res, Exception)]
        successful_results = [res for res in results if not isinstance(res, Exception)]
        print(f'Все результаты: {results}')
        print(f'Завершились успешно: {successful_results}')
        print(f'Завершились с исключением: {exceptions}')

        start = time.perf_counter()
        await fetch_status(session, 'https://mail.ru/a')
        await fetch_status(session, 'https://mail.ru/b')
        print(f'two on a kept-alive connection: {time.perf_counter() - start:.3f}')


asyncio.run(main())
