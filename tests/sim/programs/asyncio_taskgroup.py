# TaskGroup: three named children on the timeline; one fails and the group
# cancels the others.
import asyncio


async def fetch(i):
    await asyncio.sleep(i)  # the reason shows this line
    if i == 2:
        raise ValueError(f"fetch {i} failed")
    return i


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in (1, 2, 3):
                tg.create_task(fetch(i), name=f"fetch-{i}")
    except* ValueError as eg:
        print("failed:", [str(e) for e in eg.exceptions])


asyncio.run(main())
