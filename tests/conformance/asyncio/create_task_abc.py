# Course: three tasks created on the loop, awaited with asyncio.wait.
import asyncio

async def async_func(task_no):
    print(f'{task_no}: Запуск ...')
    await asyncio.sleep(1)
    print(f'{task_no}: ... Готово!')

async def main():
    taskA = loop.create_task(async_func('Задача A'))
    taskB = loop.create_task(async_func('Задача B'))
    taskC = loop.create_task(async_func('Задача C'))
    done, pending = await asyncio.wait([taskA, taskB, taskC])
    print(len(done), len(pending))

if __name__ == "__main__":
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main())
