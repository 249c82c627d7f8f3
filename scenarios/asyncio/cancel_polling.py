# ---
# title.ru: Снятие задачи: проверка раз в секунду и cancel()
# title.en: Cancelling a task: check every second, then cancel()
# concepts: asyncio, cancel, CancelledError, Task.done, util.delay
# lesson.ru: main() запускает долгую задачу delay(10) и каждую секунду проверяет, не
#   закончилась ли она. На пятой проверке main() вызывает long_task.cancel(): в задачу
#   внутри её await asyncio.sleep() бросается CancelledError, задача заканчивается со
#   статусом «снята» (отметка в конце её строки), а await long_task в main() возбуждает
#   CancelledError. В тексте курса строка long_task.cancel() стоит без отступа под if —
#   это опечатка (IndentationError); здесь отступ исправлен.
# lesson.en: main() starts a long task delay(10) and checks every second whether it has
#   finished. At the fifth check main() calls long_task.cancel(): CancelledError is thrown
#   into the task inside its await asyncio.sleep(), the task ends as "cancelled" (a mark
#   at the end of its row), and await long_task in main() raises CancelledError. The
#   course's text has long_task.cancel() unindented under the if, a typo
#   (IndentationError); the indentation is fixed here.
# ---
import asyncio
from asyncio import CancelledError

from util import delay


async def main():
    long_task = asyncio.create_task(delay(10))
    seconds_elapsed = 0
    while not long_task.done():
        print('Задача не закончилась, следующая проверка через секунду.')
        await asyncio.sleep(1)
        seconds_elapsed = seconds_elapsed + 1
        if seconds_elapsed == 5:
            long_task.cancel()

    try:
        await long_task
    except CancelledError:
        print('Наша задача была снята')


asyncio.run(main())
