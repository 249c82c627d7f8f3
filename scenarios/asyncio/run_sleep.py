# ---
# title.ru: asyncio.run и await asyncio.sleep
# title.en: asyncio.run and await asyncio.sleep
# concepts: asyncio, async def, await, asyncio.run, asyncio.sleep, event loop
# lesson.ru: asyncio.run() создаёт цикл событий, оборачивает main() в задачу Task-1 и
#   выполняет её до конца. main() ждёт async_func(), а та — asyncio.sleep(1). Пока задача
#   ждёт, цикл событий ничего не выполняет: на шкале строка задачи синяя («ждёт», причина —
#   строка с await), а главный поток заблокирован в ожидании таймера. Через секунду таймер
#   будит задачу (стрелка от потока к задаче — наведите на строку задачи), и она печатает
#   «... Готово!». Панель «Цикл событий» показывает задачи и очередь цикла в выбранный
#   момент: щёлкните по шкале времени над строками, чтобы перемотать.
# lesson.en: asyncio.run() creates an event loop, wraps main() in the task Task-1 and runs
#   it to the end. main() awaits async_func(), which awaits asyncio.sleep(1). While the
#   task waits the loop has nothing to run: on the timeline the task's row is blue
#   ("waiting", the reason is the line with the await) and the main thread is blocked
#   waiting for the timer. A second later the timer wakes the task (an arrow from the
#   thread to the task: hover over the task's row) and it prints "... Готово!". The Event
#   loop panel shows the tasks and the loop's queue at the chosen moment: click the time
#   ruler above the rows to scrub back.
# ---
import asyncio


async def async_func():
    print('Запуск ...')
    # ожидание 1 секунда
    await asyncio.sleep(1)
    print('... Готово!')


async def main():
    await async_func()


asyncio.run(main())
