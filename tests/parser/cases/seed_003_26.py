# From the course: 003_6566df98dfcc516c.txt, line 800
import asyncio
import aiohttp
import logging

from utils import fetch_status


async def main():
    async with aiohttp.ClientSession() as session:
        url = 'https://mail.ru'

        pending = [
                asyncio.create_task(fetch_status(session, url)),
                asyncio.create_task(fetch_status(session, url)),
                asyncio.create_task(fetch_status(session, url))
            ]

        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)

            print(f'Число завершившихся задач: {len(done)}')
            print(f'Число ожидающих задач: {len(pending)}')

            for done_task in done:
                if done_task.exception() is None:
                    print(done_task.result())
                else:
                    logging.error('При выполнении запроса возникло исключение', exc_info=done_task.exception())


asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
asyncio.run(main())
