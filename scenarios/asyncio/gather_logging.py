# ---
# title.ru: Задания и gather шести delay_message с logging
# title.en: Tasks and a gather of six delay_message with logging
# concepts: asyncio, create_task, all_tasks, gather, logging
# lesson.ru: Сначала main() создаёт два задания через create_task() и ждёт их по очереди;
#   asyncio.all_tasks() показывает, сколько заданий зарегистрировано в цикле (main и ещё
#   два). Затем asyncio.gather() оборачивает шесть сопрограмм в задачи Task-4 … Task-9:
#   все шесть получают сообщение сразу, а печатают его через 1, 2, …, 6 секунд — в
#   порядке истечения таймеров, а не создания. На строке цикла событий видно, сколько
#   таймеров ждёт своего срока, а стрелки (наведите на задачу) — кто её разбудил.
#   logging пишет в stderr, поэтому его строки в выводе выделены цветом; время в них —
#   время модели.
# lesson.en: First main() creates two tasks with create_task() and awaits them one after
#   the other; asyncio.all_tasks() tells how many tasks the loop has (main and two more).
#   Then asyncio.gather() wraps six coroutines in the tasks Task-4 … Task-9: all six get
#   their message at once and print it after 1, 2, …, 6 seconds, in the order the timers
#   expire, not the order of creation. The event loop's row shows how many timers are
#   pending, and the arrows (hover over a task) show who woke it. logging writes to
#   stderr, so its lines are coloured in the output; the times in them are simulated.
# ---
import asyncio
import logging

logger_format = '%(asctime)s:%(threadName)s:%(message)s'
logging.basicConfig(format=logger_format, level=logging.INFO, datefmt="%H:%M:%S")


async def delay_message(delay, message):
    logging.info(f"{message} received")
    # time.sleep блокирует поток, его нельзя ждать через await: нужен asyncio.sleep
    await asyncio.sleep(delay)
    logging.info(f"Printing {message}")


async def main():
    logging.info("Main started")
    logging.info(f'Текущие зарегистрированные задания: {len(asyncio.all_tasks())}')
    logging.info("Создадим задания")
    task_1 = asyncio.create_task(delay_message(2, "TWO SECONDS AWAIT"))
    task_2 = asyncio.create_task(delay_message(3, "THREE SECONDS AWAIT"))
    logging.info(f'Текущие зарегистрированные задания: {len(asyncio.all_tasks())}')
    await task_1
    await task_2
    logging.info("Создаем несколько заданий с помощью asyncio.gather")
    await asyncio.gather(*[delay_message(i, f"WAITING {i} SECONDS") for i in range(6, 0, -1)])
    logging.info("Main Ended")


asyncio.run(main())  # создаёт цикл событий
