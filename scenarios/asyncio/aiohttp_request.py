# ---
# title.ru: aiohttp: два HTTP-запроса по очереди
# title.en: aiohttp: two HTTP requests one after the other
# concepts: asyncio, aiohttp, async with, HTTP, network
# net: python.org=150ms
# net: microsoft.com=80ms
# lesson.ru: aiohttp — библиотека для асинхронных HTTP-запросов. async with
#   aiohttp.request(...) открывает соединение, отправляет запрос и ждёт ответ, не
#   блокируя поток: пока ответ в пути, цикл событий свободен (поток ждёт в
#   selector.select()). Здесь запросы идут по очереди, поэтому время складывается: на
#   шкале задача Task-1 дважды ждёт сеть. Сеть в песочнице смоделирована: каждый
#   сайт отвечает 200, а путь туда и обратно занимает здесь 150 мс до python.org и 80 мс
#   до microsoft.com (так задано в заголовке сценария; в настройках машины, раздел
#   «Сеть», это можно поменять). Запрос — два таких пути: соединение и сам запрос.
# lesson.en: aiohttp is a library for asynchronous HTTP requests. async with
#   aiohttp.request(...) opens a connection, sends the request and waits for the answer
#   without blocking the thread: while the answer is on its way the event loop is free
#   (the thread waits in selector.select()). Here the requests go one after the other,
#   so their times add up: on the timeline Task-1 waits for the network twice. The
#   playground's network is simulated: every site answers 200, and a round trip takes
#   150 ms to python.org and 80 ms to microsoft.com here (set in the scenario's header;
#   the machine settings can change it under "Network"). A request is two round trips:
#   the connection and the request itself.
# ---
import aiohttp
import asyncio


async def main():
    print("before 1st request")

    async with aiohttp.request('GET', "http://python.org") as response:
        print("Python.org:", response.status)

    print("before 2nd request")

    async with aiohttp.request('GET', "http://microsoft.com") as response:
        print("microsoft.com:", response.status)


asyncio.run(main())
