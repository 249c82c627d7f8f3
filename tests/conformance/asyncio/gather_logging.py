# Course: six delay_message coroutines gathered; the log shows the order.
import asyncio
import logging

logging.basicConfig(format='%(threadName)s:%(message)s', level=logging.INFO)

async def delay_message(delay, message):
    logging.info(f"{message} received")
    await asyncio.sleep(delay)
    logging.info(f"Printing {message}")

async def main():
    logging.info("Main started")
    logging.info(f'Текущие зарегистрированные задания: {len(asyncio.all_tasks())}')
    task_1 = asyncio.create_task(delay_message(2, "TWO SECONDS AWAIT"))
    task_2 = asyncio.create_task(delay_message(3, "THREE SECONDS AWAIT"))
    logging.info(f'Текущие зарегистрированные задания: {len(asyncio.all_tasks())}')
    await task_1
    await task_2
    logging.info("Создаем несколько заданий с помощью asyncio.gather")
    await asyncio.gather(*[delay_message(i, f"WAITING {i} SECONDS") for i in range(6, 0, -1)])
    logging.info("Main Ended")

asyncio.run(main())
