# Course: two coroutines awaiting each other recurse until RecursionError.
import asyncio

async def foo():
    await boo()

async def boo():
    await foo()

async def main():
    await asyncio.gather(*[foo(), boo()])

try:
    asyncio.run(main())
except RecursionError as e:
    print('RecursionError:', e)
