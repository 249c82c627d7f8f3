# From the course: 000_cf8282084174141e.txt, line 143
import asyncio


async def async_func():
    print('Запуск ...')
    #ожидание 1 секунда
    await asyncio.sleep(1)
    print('... Готово!')


async def main():
    task = asyncio.create_task (async_func())
    #ожидание выполнения задачи
    await task

asyncio.run(main())
