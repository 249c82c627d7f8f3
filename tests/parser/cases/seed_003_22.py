# From the course: 003_6566df98dfcc516c.txt, line 671
import asyncio
import aiohttp

from utils import fetch_status

async def main():
    async with aiohttp.ClientSession() as session:
        urls = ['https://mail.ru' for _ in range(10)]
        requests = [fetch_status(session, url) for url in urls]
        status_codes = await asyncio.gather(*requests)
        print(status_codes)

asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
asyncio.run(main())
