# From the course: 003_6566df98dfcc516c.txt, line 411
import asyncio


async def hw_message() -> str:
    # Приостановить hello_world_message на 1 с
    await asyncio.sleep(1)
    return 'Hello world!'


async def main() -> None:
    # Приостановить main до завершения hw_message()
    message = await hw_message()
    print(message)

asyncio.run(main())
