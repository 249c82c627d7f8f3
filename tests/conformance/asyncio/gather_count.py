# Course: three count() coroutines gathered finish in one second, not three.
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
