# TaskGroup: tasks run concurrently and are all awaited at the end of the block.
import asyncio


async def work(name, delay, result):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return result


async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        t1 = tg.create_task(work("a", 0.2, 1))
        t2 = tg.create_task(work("b", 0.1, 2), name="bee")
        print(t1.get_name(), t2.get_name(), repr(tg))
    print("results", t1.result(), t2.result(), repr(tg))
    from asyncio.taskgroups import TaskGroup
    print(TaskGroup is asyncio.TaskGroup, asyncio.taskgroups.TaskGroup.__module__)


asyncio.run(main())
