# Course: calling a coroutine function returns a coroutine object; asyncio.run runs it.
import asyncio

async def my_coroutine() -> None:
    print('Hello world!')

result = my_coroutine()
print(f'Результат сопрограммы: тип {type(result)}')
asyncio.run(result)

async def add_one(number: int) -> int:
    return number + 1

async def main():
    one_plus_one = await add_one(1)
    two_plus_one = await add_one(2)
    print(one_plus_one, two_plus_one, sep='\n')

asyncio.run(main())

async def hw_message() -> str:
    await asyncio.sleep(1)
    return 'Hello world!'

async def main2() -> None:
    message = await hw_message()
    print(message)

print(asyncio.run(main2()))
