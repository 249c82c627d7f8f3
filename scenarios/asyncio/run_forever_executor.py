# ---
# title.ru: run_forever, stop и блокирующий код в run_in_executor
# title.en: run_forever, stop and blocking code in run_in_executor
# concepts: asyncio, run_forever, loop.stop, run_in_executor, all_tasks, run_until_complete
# lesson.ru: Цикл событий можно вести вручную: create_task() регистрирует задачи,
#   run_forever() крутит цикл, пока main() не вызовет loop.stop(), а затем
#   run_until_complete() доделывает оставшиеся задачи. Блокирующая функция blocking()
#   выполняется в пуле потоков (run_in_executor), поэтому цикл не стоит: на шкале рядом с
#   главным потоком появляется поток asyncio_0. Задача run_blocking() ждёт его результат
#   и удерживает программу, пока поток не закончит, — иначе цикл закрылся бы раньше.
#   Курс пишет asyncio.Task.all_tasks(loop=loop) и time.ctime(); all_tasks убрали из
#   Task в Python 3.9, теперь это asyncio.all_tasks(loop), а вместо ctime() здесь
#   печатаются секунды от начала, чтобы вывод совпадал при каждом запуске.
# lesson.en: The event loop can be driven by hand: create_task() registers the tasks,
#   run_forever() runs the loop until main() calls loop.stop(), then run_until_complete()
#   finishes the remaining tasks. The blocking function blocking() runs in the thread pool
#   (run_in_executor), so the loop does not stall: on the timeline the thread asyncio_0
#   appears next to the main thread. The task run_blocking() awaits its result and keeps
#   the program going until the thread is done; otherwise the loop would close first. The
#   course writes asyncio.Task.all_tasks(loop=loop) and time.ctime(); all_tasks left Task
#   in Python 3.9 (now asyncio.all_tasks(loop)), and instead of ctime() this version
#   prints the seconds since the start so every run prints the same.
# ---
import asyncio
import time

start = time.monotonic()


def elapsed():
    return f'{time.monotonic() - start:.1f} с'


async def main():
    print(f'{elapsed()} Hello!')
    await asyncio.sleep(3)
    print(f'{elapsed()} Goodbye!')
    loop.stop()


def blocking():
    time.sleep(6)
    print(f"{elapsed()} Hello from a thread!")


async def run_blocking():
    await loop.run_in_executor(None, blocking)


# 1. Прежде всего необходим экземпляр цикла событий. Если он уже запущен, его можно
# получить с помощью get_event_loop. Если нет - нужно создать новый
def get_or_create_loop():
    loop = asyncio.get_event_loop()
    if loop.is_closed():
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
    return loop


loop = get_or_create_loop()
# 2. Регистрируем задания в цикле событий (они пока не выполняются)
loop.create_task(main())
loop.create_task(run_blocking())
# 3. Запускаем цикл событий без критериев останова: до loop.stop()
loop.run_forever()
# 4. Все задания этого цикла. В курсе: asyncio.Task.all_tasks(loop=loop) — этот метод
# убран в Python 3.9, теперь это функция asyncio.all_tasks(loop)
tasks = asyncio.all_tasks(loop)
print(f'{elapsed()} Незаконченных заданий: {len(tasks)}')
# 5. gather собирает незаконченные задания, run_until_complete их доделывает
group = asyncio.gather(*tasks, return_exceptions=False)
loop.run_until_complete(group)
# 6. Закрываем цикл событий
loop.close()
