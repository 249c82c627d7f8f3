# ---
# title.ru: asyncio.shield: тайм-аут без снятия задачи
# title.en: asyncio.shield: a timeout that does not cancel the task
# concepts: asyncio, shield, wait_for, TimeoutError, util.delay
# lesson.ru: Иногда по тайм-ауту нужно только сообщить, что работа затянулась, а не
#   снимать её. asyncio.shield() защищает задачу: wait_for() через 5 секунд снимает
#   «щит», а сама задача delay(10) продолжает спать. main() печатает сообщение и снова
#   ждёт ту же задачу — ещё 5 секунд. На шкале строка Task-2 идёт все 10 секунд без
#   отметки «снята».
# lesson.en: Sometimes a timeout should only say that the work takes longer than expected,
#   not cancel it. asyncio.shield() protects the task: after 5 seconds wait_for() cancels
#   the shield, and the task delay(10) itself goes on sleeping. main() prints a message
#   and waits for the same task again: 5 more seconds. On the timeline Task-2's row runs
#   the whole 10 seconds with no "cancelled" mark.
# ---
import asyncio

from util import delay


async def main():
    task = asyncio.create_task(delay(10))
    try:
        result = await asyncio.wait_for(asyncio.shield(task), 5)
        print(result)
    except asyncio.exceptions.TimeoutError:
        print("Задача заняла более 5 с, скоро она закончится!")
        result = await task
        print(result)


asyncio.run(main())
