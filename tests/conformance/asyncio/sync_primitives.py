# asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []

    async def critical(name):
        async with lock:
            order.append(name + ' in')
            await asyncio.sleep(0.1)
            order.append(name + ' out')

    await asyncio.gather(*(critical(n) for n in 'abc'))
    print(order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    event = asyncio.Event()

    async def waiter(n):
        print('waiting', n)
        await event.wait()
        print('woke', n)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    print(event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    event.clear()
    print(event.is_set())

    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print('consumer', n, 'got', items.pop())

    cons = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for i in range(2):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*cons)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)

    sem = asyncio.Semaphore(2)
    running = 0
    peak = 0

    async def limited(i):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.1)
            running -= 1

    await asyncio.gather(*(limited(i) for i in range(6)))
    print('peak', peak, sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

asyncio.run(main())
