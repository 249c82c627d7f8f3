# Course: one coroutine calls time.sleep(6) and stalls every task.
import asyncio
import time

async def delay_message(delay, message):
    print(f"{message} received")
    if '6' not in message:
        await asyncio.sleep(delay)  # non-blocking: the reason shows the code, not this comment
    else:
        time.sleep(delay)
    print(f"Printing {message}")

async def main():
    await asyncio.gather(*[delay_message(i, f"WAITING {i} SECONDS") for i in range(10, 0, -1)])

asyncio.run(main())
