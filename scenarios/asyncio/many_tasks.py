# ---
# title.ru: 200 задач в одном потоке
# title.en: 200 tasks in one thread
# concepts: asyncio, gather, create_task, scale, event loop
# lesson.ru: Задача asyncio стоит намного дешевле потока: здесь 200 задач, и все они
#   работают в одном потоке. Каждая спит от 0,1 до 0,7 секунды, потом складывает свой
#   номер в общий список. На шкале строки задач свёрнуты под строкой цикла событий (её
#   можно развернуть), а сама строка цикла показывает, какая задача выполняется и
#   сколько обратных вызовов и таймеров ждёт в каждый момент. Панель «Цикл событий»
#   перечисляет задачи в выбранный момент — щёлкните по шкале времени.
# lesson.en: An asyncio task costs far less than a thread: here are 200 tasks, all in one
#   thread. Each sleeps 0.1 to 0.7 seconds, then adds its number to a shared list. On the
#   timeline the task rows are folded under the event loop's row (it can be unfolded),
#   and the loop's row itself shows which task runs and how many callbacks and timers
#   wait at each moment. The Event loop panel lists the tasks at the chosen moment: click
#   the time ruler.
# ---
import asyncio
import time

done = []


async def worker(number):
    await asyncio.sleep(0.1 * (number % 7 + 1))
    done.append(number)


async def main():
    start = time.monotonic()
    await asyncio.gather(*[worker(n) for n in range(200)])
    print(f'Готово задач: {len(done)}, первые: {done[:5]}')
    print(f'Прошло {time.monotonic() - start:.1f} с')


asyncio.run(main())
