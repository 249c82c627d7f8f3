# From the course: 000_cf8282084174141e.txt, line 113
import asyncio

async def async_func():
    print('Запуск ...')
    #ожидание 1 секунда
    await asyncio.sleep(1)
    print('... Готово!')


async def main():
    await async_func()


asyncio.run(main())
