import asyncio

async def main():
    await asyncio.sleep(1)
    x = await f()
    async with lock:
        pass
    async with a as b, c as d:
        pass
    async for x in aiter():
        pass
    else:
        pass
    return await asyncio.gather(*tasks)

async def agen():
    yield 1
    await x

asyncio.run(main())
await_ = 1
async_ = 2
