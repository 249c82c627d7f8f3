# ---
# title.ru: asyncio.wait: какие задачи закончились, какие ещё идут
# title.en: asyncio.wait: which tasks are done, which still run
# concepts: asyncio, aiohttp, wait, FIRST_COMPLETED, done, pending, network
# lesson.ru: wait() возвращает два множества: завершённые задачи и ещё работающие. В
#   первой части один из двух адресов неверный: wait() ждёт обе задачи, а исключение
#   второй мы достаём сами через done_task.exception() (logging пишет его в stderr).
#   Во второй части return_when=FIRST_COMPLETED возвращает управление после каждой
#   завершившейся задачи, и цикл while обрабатывает результаты по мере прихода. На
#   шкале видно, как main() (Task-1) просыпается после каждого ответа.
# lesson.en: wait() returns two sets: the tasks that are done and the ones still running.
#   In the first part one of the two URLs is wrong: wait() waits for both tasks, and we
#   fetch the second one's exception ourselves with done_task.exception() (logging
#   writes it to stderr). In the second part return_when=FIRST_COMPLETED returns after
#   each task that finishes, and the while loop handles the results as they come. The
#   timeline shows main() (Task-1) waking up after each answer.
# ---
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


asyncio.run(main())
