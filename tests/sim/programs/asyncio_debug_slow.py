# Debug mode names a step that blocked the loop for more than 100 ms.
import asyncio
import time

async def blocker():
    time.sleep(0.5)
    await asyncio.sleep(0.01)

async def fails():
    raise KeyError('k')

async def main():
    asyncio.create_task(fails())
    await blocker()
    await asyncio.sleep(0.1)

asyncio.run(main(), debug=True)
print("end")
