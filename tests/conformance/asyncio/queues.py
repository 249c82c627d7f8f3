# asyncio.Queue producer/consumer, join/task_done, maxsize, Priority/Lifo queues.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, q.qsize())
    await q.put(None)

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return total
        await asyncio.sleep(0.01)
        total += item

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    _, total = await asyncio.gather(producer(q, 5), consumer(q))
    print('total', total)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    full = asyncio.Queue(1)
    full.put_nowait('x')
    try:
        full.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull')
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    work = asyncio.Queue()
    for i in range(4):
        work.put_nowait(i)
    async def worker(name):
        while True:
            i = await work.get()
            await asyncio.sleep(0.1 * i)
            print(name, 'did', i)
            work.task_done()
    ws = [asyncio.create_task(worker(f'w{k}')) for k in range(2)]
    await work.join()
    for w in ws:
        w.cancel()
    print(await asyncio.gather(*ws, return_exceptions=True))

asyncio.run(main())
