# ---
# title.ru: time.sleep(6) внутри gather останавливает весь цикл
# title.en: time.sleep(6) inside gather stalls the whole loop
# concepts: asyncio, gather, blocking call, time.sleep, event loop
# lesson.ru: Десять сопрограмм в asyncio.gather(); девять ждут через await asyncio.sleep(),
#   а одна (WAITING 6 SECONDS) вызывает блокирующий time.sleep(6). Задача выполняется,
#   пока сама не отдаст управление, поэтому шесть секунд цикл событий стоит: на строке
#   цикла всё это время выполняется одна Task-6 и нет ни одного прохода цикла, поток спит
#   в time.sleep(), а задачи Task-7 … Task-11 так и не получили своих сообщений — они ждут
#   в очереди цикла (жёлтые). Их таймеры запускаются только после паузы, поэтому вся
#   программа идёт 11 секунд вместо 10.
# lesson.en: Ten coroutines in asyncio.gather(); nine wait with await asyncio.sleep(), and
#   one (WAITING 6 SECONDS) calls the blocking time.sleep(6). A task runs until it gives
#   control back itself, so for six seconds the event loop stands still: on the timeline
#   the loop's row shows Task-6 running the whole time with no pass of the loop, the
#   thread sleeps in time.sleep(), and Task-7 … Task-11 have not even got their messages:
#   they wait in the loop's queue (yellow). Their timers start only after the stall, so
#   the whole program takes 11 seconds instead of 10.
# ---
import asyncio
import logging
import time

logger_format = '%(asctime)s:%(threadName)s:%(message)s'
logging.basicConfig(format=logger_format, level=logging.INFO, datefmt="%H:%M:%S")


async def delay_message(delay, message):
    logging.info(f"{message} received")
    if '6' not in message:
        await asyncio.sleep(delay)  # неблокирующий вызов - контекст передается в другой фрейм
    else:
        time.sleep(delay)  # блокирующий вызов
    logging.info(f"Printing {message}")


async def main():
    logging.info("Main started")
    logging.info("Creating multiple tasks with asyncio.gather")
    start = time.monotonic()
    await asyncio.gather(*[delay_message(i, f"WAITING {i} SECONDS") for i in range(10, 0, -1)])
    logging.info("Main Ended")
    print(f"Прошло {time.monotonic() - start:.1f} с")


asyncio.run(main())
