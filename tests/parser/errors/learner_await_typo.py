async def f():
    awiat asyncio.sleep(1)
