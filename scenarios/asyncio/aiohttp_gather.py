# ---
# title.ru: aiohttp и gather: десять запросов разом, ошибки в списке результатов
# title.en: aiohttp and gather: ten requests at once, errors in the results
# concepts: asyncio, aiohttp, ClientSession, gather, return_exceptions, network
# lesson.ru: fetch_status() из модуля курса utils делает GET и возвращает код ответа.
#   gather() оборачивает десять таких сопрограмм в задачи, и все десять запросов идут
#   одновременно через одну сессию: на шкале десять задач ждут сеть бок о бок, и всё
#   занимает время одного запроса, а не десяти. Результаты приходят в порядке
#   передачи. Во второй части один адрес неверный (python://): с
#   return_exceptions=True исключение попадает в список результатов, а не прерывает
#   gather(). В курсе перед asyncio.run() стоит WindowsSelectorEventLoopPolicy — это
#   нужно только в Windows; машина песочницы работает под Linux, строка убрана.
# lesson.en: fetch_status() from the course's utils module sends a GET and returns the
#   status code. gather() wraps ten such coroutines in tasks, and all ten requests go at
#   once through one session: on the timeline ten tasks wait for the network side by
#   side, and the whole thing takes as long as one request, not ten. The results come
#   in the order they were passed. In the second part one URL is wrong (python://):
#   with return_exceptions=True its exception lands in the list of results instead of
#   breaking off gather(). The course sets WindowsSelectorEventLoopPolicy before
#   asyncio.run(); that is for Windows only, and the playground's machine runs Linux,
#   so the line is gone.
# ---
import asyncio
import aiohttp

from utils import fetch_status


async def main():
    async with aiohttp.ClientSession() as session:
        urls = ['https://mail.ru' for _ in range(10)]
        requests = [fetch_status(session, url) for url in urls]
        status_codes = await asyncio.gather(*requests)
        print(status_codes)

        urls = ['https://example.com', 'python://example.com']
        tasks = [fetch_status(session, url) for url in urls]
        results = await asyncio.gather(*tasks, return_exceptions=True)

        exceptions = [res for res in results if isinstance(res, Exception)]
        successful_results = [res for res in results if not isinstance(res, Exception)]

        print(f'Все результаты: {results}')
        print(f'Завершились успешно: {successful_results}')
        print(f'Завершились с исключением: {exceptions}')


asyncio.run(main())
