# ---
# title.ru: as_completed: результаты по мере поступления и тайм-аут
# title.en: as_completed: results as they arrive, and a timeout
# concepts: asyncio, aiohttp, as_completed, TimeoutError, network
# lesson.ru: Три запроса: два начинаются через секунду (fetch_status(..., 1) сначала
#   спит), третий — через десять. as_completed() отдаёт результаты в порядке
#   завершения: первые два печатаются, как только приходят, а через две секунды
#   срабатывает тайм-аут — третий ещё спит. Задача третьего запроса при этом не
#   снимается и остаётся на шкале ждущей, пока asyncio.run() не снимет её в конце. В
#   тексте курса отступы цикла перемешаны с табуляциями — здесь они исправлены.
# lesson.en: Three requests: two start after a second (fetch_status(..., 1) sleeps
#   first), the third after ten. as_completed() hands out the results in the order they
#   finish: the first two print as soon as they arrive, and after two seconds the
#   timeout fires while the third is still asleep. Its task is not cancelled by that:
#   it stays on the timeline, waiting, until asyncio.run() cancels it at the end. The
#   course's text mixes tabs into the loop's indentation; it is fixed here.
# ---
import asyncio
import aiohttp

from utils import fetch_status


async def main():
    async with aiohttp.ClientSession() as session:
        fetchers = [fetch_status(session, 'https://www.example.com', 1),
                    fetch_status(session, 'https://www.example.com', 1),
                    fetch_status(session, 'https://www.example.com', 10)]

        for finished_task in asyncio.as_completed(fetchers, timeout=2):
            try:
                result = await finished_task
                print(result)
            except asyncio.TimeoutError:
                print('Произошел тайм-аут!')


asyncio.run(main())
