# The classic mistake: calling asyncio.sleep() (or any coroutine function)
# without await. The coroutine is dropped at once and never runs.
import asyncio


async def work(name):
    print("start", name)
    asyncio.sleep(0.1)
    print("end", name)
    return name


async def main():
    results = await asyncio.gather(work("a"), work("b"))
    print(results)
    work("c")


asyncio.run(main())
