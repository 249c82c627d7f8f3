# ---
# title.ru: create_task и delay() из util: три задачи по 3 с
# title.en: create_task and delay() from util: three 3-second tasks
# concepts: asyncio, create_task, Task, await, util.delay
# lesson.ru: create_task() сразу возвращает объект задачи (его тип — _asyncio.Task), а
#   сопрограмма начнёт выполняться только при первом await в main(). Три задачи delay(3)
#   засыпают почти одновременно, поэтому вторая часть занимает 3 секунды, а не 9. Модуль
#   util с функцией delay() — вспомогательный модуль курса, он встроен в песочницу.
#   На шкале видно, как main() (Task-1) ждёт сначала Task-2, потом Task-3 и Task-4:
#   причина ожидания — имя задачи.
# lesson.en: create_task() returns the task object at once (its type is _asyncio.Task),
#   and the coroutine starts only at main()'s first await. Three delay(3) tasks fall
#   asleep at almost the same moment, so the second part takes 3 seconds, not 9. The util
#   module with delay() is the course's helper module; the playground has it built in.
#   The timeline shows main() (Task-1) waiting first for Task-2, then for Task-3 and
#   Task-4: the reason for the wait is the task's name.
# ---
import asyncio

from util import delay


async def main():
    sleep_for_three = asyncio.create_task(delay(3))
    print(type(sleep_for_three))
    result = await sleep_for_three
    print(result)

    task_1 = asyncio.create_task(delay(3))
    task_2 = asyncio.create_task(delay(3))
    task_3 = asyncio.create_task(delay(3))

    await task_1
    await task_2
    await task_3


asyncio.run(main())
