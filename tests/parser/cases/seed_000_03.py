# From the course: 000_cf8282084174141e.txt, line 173
import nest_asyncio
nest_asyncio.apply()


async def async_func(task_no):
    print(f'{task_no}: Запуск ...')
    await asyncio.sleep(1)
    print(f'{task_no}: ... Готово!')


async def main():
    taskA = loop.create_task (async_func('Задача A'))
    taskB = loop.create_task(async_func('Задача B'))
    taskC = loop.create_task(async_func('Задача C'))
    #ожидание выолнения трех задач
    await asyncio.wait([taskA,taskB,taskC])


if __name__ == "__main__":
    try:
        loop = asyncio.get_event_loop()
        loop.run_until_complete(main())
    except :
        pass
