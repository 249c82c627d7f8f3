# Course: as_completed yields in completion order; a timeout raises for the rest.
import asyncio

async def fetch(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    fetchers = [fetch('slow', 10), fetch('fast', 1), fetch('medium', 1.5)]
    for finished_task in asyncio.as_completed(fetchers, timeout=2):
        try:
            result = await finished_task
            print(result)
        except asyncio.TimeoutError:
            print('Произошел тайм-аут!')
    for f in asyncio.as_completed([fetch('b', 0.2), fetch('a', 0.1)]):
        print(await f)

asyncio.run(main())
