# ---
# title.ru: Тайм-аут: asyncio.wait_for снимает задачу
# title.en: A timeout: asyncio.wait_for cancels the task
# concepts: asyncio, wait_for, TimeoutError, cancel, util.delay
# lesson.ru: wait_for() ждёт задачу не дольше timeout секунд. delay(2) не успевает за
#   одну секунду: wait_for() снимает задачу (её строка заканчивается отметкой «снята») и
#   возбуждает TimeoutError, а delay_task.cancelled() возвращает True. Удобнее, чем
#   проверять задачу в цикле, как в предыдущем сценарии.
# lesson.en: wait_for() waits for a task at most timeout seconds. delay(2) does not finish
#   within one second: wait_for() cancels the task (its row ends with a "cancelled" mark)
#   and raises TimeoutError, and delay_task.cancelled() returns True. Simpler than
#   checking the task in a loop, as in the previous scenario.
# ---
import asyncio

from util import delay


async def main():
    delay_task = asyncio.create_task(delay(2))
    try:
        result = await asyncio.wait_for(delay_task, timeout=1)
        print(result)
    except asyncio.exceptions.TimeoutError:
        print('Тайм-аут!')
        print(f'Задача была снята? {delay_task.cancelled()}')


asyncio.run(main())
