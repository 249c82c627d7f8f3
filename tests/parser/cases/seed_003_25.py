# From the course: 003_6566df98dfcc516c.txt, line 767
import asyncio
import aiohttp
import logging

from utils import fetch_status


async def main():
    async with aiohttp.ClientSession() as session:
        req_1 = fetch_status(session, 'https://example.com')
        req_2 = fetch_status(session, 'bad://example.com')

        fetchers = [asyncio.create_task(req_1), asyncio.create_task(req_2)]

        done, pending = await asyncio.wait(fetchers)

        print(f'Число завершившихся задач: {len(done)}')
        print(f'Число ожидающих задач: {len(pending)}')

        for done_task in done:
            if done_task.exception() is None:
                print(done_task.result())
            else:
                logging.error('При выполнении запроса возникло исключение', exc_info=done_task.exception())


asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
asyncio.run(main())
