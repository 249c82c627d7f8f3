# Course: a callback fed with the result of an awaited coroutine.
import asyncio

async def asyncfunction():
    print('Привет')
    await asyncio.sleep(5)
    print('Мир')
    return 5

def callback(n):
    print(f'Асинхронная функция вернула: {n}')

async def myfunc():
    callback(await asyncfunction())

loop = asyncio.get_event_loop()
loop.run_until_complete(myfunc())
