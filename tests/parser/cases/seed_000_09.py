# From the course: 000_cf8282084174141e.txt, line 381
import nest_asyncio
nest_asyncio.apply()

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
