# From the course: 000_cf8282084174141e.txt, line 498
import nest_asyncio
nest_asyncio.apply()

async def count():
    print("Один")
    await asyncio.sleep(1)
    print("Два")

async def main():
    await asyncio.gather(count(), count(), count())

if __name__ == "__main__":
    import time
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"Программа выполнена за {elapsed:0.2f} сек.")
