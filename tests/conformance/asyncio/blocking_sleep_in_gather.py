# Course: one coroutine calls time.sleep(6): the whole loop stalls, and the
# timers that came due meanwhile fire in the order they were armed.
import asyncio
import logging
import time

logging.basicConfig(format='%(threadName)s:%(message)s', level=logging.INFO)

async def delay_message(delay, message):
    logging.info(f"{message} received")
    if '6' not in message:
        await asyncio.sleep(delay)
    else:
        time.sleep(delay)
    logging.info(f"Printing {message}")

async def main():
    logging.info("Main started")
    logging.info("Creating multiple tasks with asyncio.gather")
    start = time.monotonic()
    await asyncio.gather(*[delay_message(i, f"WAITING {i} SECONDS") for i in range(10, 0, -1)])
    logging.info("Main Ended")
    print(f'{time.monotonic() - start:.1f}')

asyncio.run(main())
