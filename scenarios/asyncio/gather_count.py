# ---
# title.ru: gather трёх count(): одна секунда вместо трёх
# title.en: gather of three count(): one second instead of three
# concepts: asyncio, gather, asyncio.sleep, time.perf_counter
# lesson.ru: Синхронный count() с time.sleep(1), вызванный три раза, работает три секунды.
#   Асинхронный count() с await asyncio.sleep(1) отдаёт управление циклу событий, и
#   asyncio.gather() выполняет три сопрограммы конкурентно, в одном потоке: три задачи
#   засыпают почти одновременно и просыпаются через секунду. Время измеряется часами
#   модели, поэтому всегда ровно «1.00 сек.». Замените await asyncio.sleep(1) на
#   time.sleep(1) и посмотрите, что станет со шкалой и со временем.
# lesson.en: A synchronous count() with time.sleep(1) called three times takes three
#   seconds. The asynchronous count() with await asyncio.sleep(1) hands control back to
#   the event loop, and asyncio.gather() runs the three coroutines concurrently in one
#   thread: the three tasks fall asleep at almost the same moment and wake up a second
#   later. The time is measured on the simulated clock, so it is always exactly
#   "1.00 сек.". Replace await asyncio.sleep(1) with time.sleep(1) and watch the timeline
#   and the time.
# ---
import asyncio
import time


async def count():
    print("Один")
    await asyncio.sleep(1)
    print("Два")


async def main():
    await asyncio.gather(count(), count(), count())


if __name__ == "__main__":
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"Программа выполнена за {elapsed:0.2f} сек.")
