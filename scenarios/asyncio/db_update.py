# ---
# title.ru: DbUpdate на сопрограммах: блокировка не нужна
# title.en: DbUpdate as coroutines: no lock needed
# concepts: asyncio, gather, shared state, await, race condition
# lesson.ru: Тот же DbUpdate, что в примере с потоками, но update() — сопрограмма. Задача
#   может отдать управление только в await, поэтому между чтением self.value и записью
#   нового значения никто не вмешается: обе задачи спят одновременно, а затем по очереди
#   (видно на шкале: зелёные участки не пересекаются) делают 0 → 1 → 2. Итог — 2, как и
#   задумано; с потоками без Lock получалось 1. Если перенести await asyncio.sleep(1)
#   между чтением и записью, гонка вернётся и здесь.
# lesson.en: The same DbUpdate as in the threads example, but update() is a coroutine. A
#   task can give up control only at an await, so nobody can step in between reading
#   self.value and writing the new value: both tasks sleep at the same time, then take
#   turns (on the timeline the green stretches never overlap) doing 0 → 1 → 2. The result
#   is 2, as intended; with threads and no Lock it was 1. Move await asyncio.sleep(1)
#   between the read and the write, and the race is back here too.
# ---
import asyncio
import logging

logger_format = '%(asctime)s:%(threadName)s:%(message)s'
logging.basicConfig(format=logger_format, level=logging.INFO, datefmt="%H:%M:%S")


class DbUpdate:
    def __init__(self):
        self.value = 0

    async def update(self):
        logging.info("Update Started")
        logging.info("Sleeping")
        await asyncio.sleep(1)
        logging.info("Reading Value From Db")
        tmp = self.value**2 + 1
        logging.info("Updating Value")
        self.value = tmp
        logging.info("Update Finished")


async def main():
    db = DbUpdate()
    await asyncio.gather(*[db.update() for _ in range(2)])
    logging.info(f"Final value is {db.value}")
    print(f"Final value is {db.value}")


asyncio.run(main())
