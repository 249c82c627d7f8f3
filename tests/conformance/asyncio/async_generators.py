# Course: an async generator in an async comprehension; async for with
# loop.stop() inside; an async generator left by break is closed by the loop.
import asyncio

async def numbers(numbers):
    for i in range(numbers):
        yield i
        await asyncio.sleep(0.5)

async def main():
    odd_numbers = [i async for i in numbers(10) if i % 2]
    print(odd_numbers)
    print({i: i * i async for i in numbers(3)}, {i async for i in numbers(3)})

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print('ticker closed')

async def stopper():
    async for i in ticker(10):
        print('tick', i)
        if i == 2:
            loop.stop()
            print('stop requested')
        await asyncio.sleep(0)

if __name__ == '__main__':
    event_loop = asyncio.get_event_loop()
    event_loop.run_until_complete(main())
    loop = event_loop
    task = loop.create_task(stopper())
    loop.run_forever()
    print('loop stopped', task.done())
    task.cancel()
    try:
        loop.run_until_complete(task)
    except asyncio.CancelledError:
        print('stopper cancelled')
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
