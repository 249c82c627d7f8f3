# Course: wait_for cancels the task when the timeout passes.
import asyncio

async def delay(delay_seconds):
    print(f'засыпаю на {delay_seconds} с')
    await asyncio.sleep(delay_seconds)
    print(f'сон в течение {delay_seconds} с закончился')
    return delay_seconds

async def main():
    delay_task = asyncio.create_task(delay(2))
    try:
        result = await asyncio.wait_for(delay_task, timeout=1)
        print(result)
    except asyncio.exceptions.TimeoutError:
        print('Тайм-аут!')
        print(f'Задача была снята? {delay_task.cancelled()}')
    print(await asyncio.wait_for(delay(1), timeout=5))
    print(await asyncio.wait_for(delay(0), None))

asyncio.run(main())
