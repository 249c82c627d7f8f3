# Fan-out/fan-in with a TaskGroup: results in creation order, names, order of
# completion.
import asyncio

finished = []


async def fetch(i):
    await asyncio.sleep(0.01 * (5 - i))
    finished.append(i)
    return i * i


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i), name=f"fetch-{i}") for i in range(5)]
        print([t.get_name() for t in tasks])
        print("all pending:", all(not t.done() for t in tasks))
    print([t.result() for t in tasks])
    print("finished in order", finished)
    print("all done:", all(t.done() for t in tasks))

    # Tasks can add more tasks to the same group while it is running.
    async def spawner(tg, n):
        if n:
            tg.create_task(spawner(tg, n - 1), name=f"spawn-{n - 1}")
        await asyncio.sleep(0)
        print("spawner", n, asyncio.current_task().get_name())

    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 3), name="spawn-3")
    print("spawners done")


asyncio.run(main())
