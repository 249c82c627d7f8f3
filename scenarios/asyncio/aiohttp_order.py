# ---
# title.ru: gather и as_completed: порядок результатов и отказ хоста
# title.en: gather and as_completed: the order of results, and a host that fails
# concepts: asyncio, aiohttp, gather, as_completed, return_exceptions, network
# net: slow.example=500ms
# net: medium.example=250ms
# net: fast.example=60ms
# net: down.example=fail=refused
# lesson.ru: Три сайта отвечают с разной задержкой (её задаёт заголовок сценария: slow —
#   500 мс, medium — 250 мс, fast — 60 мс; их видно и можно менять в настройках машины,
#   раздел «Сеть»). Запросы идут одновременно, поэтому ответы приходят от быстрого к
#   медленному, но gather() возвращает результаты в том порядке, в каком получил
#   сопрограммы. as_completed() отдаёт их по мере готовности: сначала fast. down.example
#   отказывает в соединении: с return_exceptions=True исключение aiohttp оказывается в
#   списке результатов, и gather() не прерывается. На шкале видно, как задачи ждут сеть
#   бок о бок и просыпаются в порядке ответов.
# lesson.en: Three sites answer with different round trips (set in the scenario's header:
#   slow 500 ms, medium 250 ms, fast 60 ms; the machine settings show them under
#   "Network", and they can be changed there). The requests run at once, so the answers
#   arrive fastest first, yet gather() returns the results in the order it was given the
#   coroutines. as_completed() hands them out as they are ready: fast first. down.example
#   refuses the connection: with return_exceptions=True aiohttp's exception lands in the
#   list of results and gather() goes on. On the timeline the tasks wait for the network
#   side by side and wake in the order the answers come.
# ---
import asyncio
import time

import aiohttp

URLS = ['https://slow.example', 'https://medium.example', 'https://fast.example']


async def fetch(session, url):
    async with session.get(url) as response:
        print(f'{time.perf_counter() - start:.2f} с: ответ от {url}, {response.status}')
        return url


async def main():
    async with aiohttp.ClientSession() as session:
        print('gather:')
        results = await asyncio.gather(*[fetch(session, url) for url in URLS])
        print(f'результаты gather: {results}')

        print('as_completed:')
        for finished in asyncio.as_completed([fetch(session, url) for url in URLS]):
            print(f'готов: {await finished}')

        print('сайт отказывает:')
        results = await asyncio.gather(fetch(session, 'https://down.example'),
                                       fetch(session, 'https://fast.example'),
                                       return_exceptions=True)
        print(f'результаты: {[r if isinstance(r, str) else type(r).__name__ for r in results]}')
        print(f'исключение: {results[0]}')


start = time.perf_counter()
asyncio.run(main())
