# ---
# title.ru: Асинхронные генераторы и async for
# title.en: Async generators and async for
# concepts: asyncio, async generator, async for, async comprehension
# lesson.ru: async def с yield — асинхронный генератор: между значениями он может ждать
#   (await), и цикл событий в это время выполняет другие задачи. Асинхронность не меняет
#   порядок значений — она позволяет другому коду работать параллельно с итерацией: пока
#   mygen() спит секунду, задача sth_else() печатает две буквы. async for работает и в
#   генераторах списков, словарей и множеств. В курсе цикл ведётся через run_forever() и
#   loop.stop(); здесь то же самое через asyncio.run().
# lesson.en: An async def with yield is an async generator: between values it may wait
#   (await), and meanwhile the event loop runs other tasks. Being asynchronous does not
#   change the order of the values; it lets other code run alongside the iteration: while
#   mygen() sleeps a second, the task sth_else() prints two letters. async for also works
#   in list, dict and set comprehensions. The course drives the loop with run_forever()
#   and loop.stop(); this version does the same with asyncio.run().
# ---
import asyncio


async def mygen(u: int = 10):
    i = 0
    while i < u:
        yield i
        i += 1
        await asyncio.sleep(1)


async def numbers():
    async for i in mygen(4):
        print(i)


async def sth_else():
    for j in 'abcdefg':
        print(j)
        await asyncio.sleep(0.5)


async def doubler(n):
    for i in range(n):
        yield i, i * 2
        await asyncio.sleep(0.1)


async def main():
    await asyncio.gather(numbers(), sth_else())

    result = [x async for x in doubler(5)]
    print(result)

    result = {x: y async for x, y in doubler(3)}
    print(result)

    result = {x async for x in doubler(3)}
    print(result)

    odd_numbers = [i async for i, _ in doubler(10) if i % 2]
    print(odd_numbers)


asyncio.run(main())
