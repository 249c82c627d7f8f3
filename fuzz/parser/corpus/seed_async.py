async def main():
    async with a as b:
        await f"{b!r:>{w}}"
