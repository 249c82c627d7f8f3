import asyncio
import aiohttp

from utils import fetch_status


async def main():
    async with aiohttp.ClientSession() as session:
        fetchers = [fetch_status(session, 'https://www.example.com'),
                    fetch_status(session, 'https://www.example.com'),
                    fetch_status(session, 'https://www.example.com')]

        for finished_task in asyncio.as_completed(fetchers, timeout=2):
	        try:
		        result = await finished_task
		        print(result)
		    except asyncio.TimeoutError:
			    print('Произошел тайм-аут!')


asyncio.run(main())
