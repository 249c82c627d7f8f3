# ---
# title.ru: Три задачи A, B, C на одном цикле событий
# title.en: Three tasks A, B, C on one event loop
# concepts: asyncio, create_task, asyncio.wait, get_event_loop, run_until_complete
# lesson.ru: main() создаёт три задачи через loop.create_task() и ждёт их в asyncio.wait().
#   Задачи начинают работать только тогда, когда main() отдаёт управление циклу (await):
#   на шкале все три сначала жёлтые («готова»), потом по очереди выполняются, печатают
#   «Запуск ...» и засыпают одновременно. Через секунду все три просыпаются — программа
#   идёт одну секунду, а не три. В курсе пример запускается в Jupyter с nest_asyncio и
#   try/except вокруг цикла; в обычной программе ни то, ни другое не нужно.
# lesson.en: main() creates three tasks with loop.create_task() and waits for them in
#   asyncio.wait(). The tasks start only when main() hands control back to the loop
#   (await): on the timeline all three are yellow first ("ready"), then run one after
#   another, print "Запуск ..." and fall asleep at the same time. A second later all
#   three wake up: the program takes one second, not three. The course runs this in
#   Jupyter with nest_asyncio and a try/except around the loop; a plain script needs
#   neither.
# ---
import asyncio


async def async_func(task_no):
    print(f'{task_no}: Запуск ...')
    await asyncio.sleep(1)
    print(f'{task_no}: ... Готово!')


async def main():
    taskA = loop.create_task(async_func('Задача A'))
    taskB = loop.create_task(async_func('Задача B'))
    taskC = loop.create_task(async_func('Задача C'))
    # ожидание выполнения трёх задач
    await asyncio.wait([taskA, taskB, taskC])


if __name__ == "__main__":
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main())
