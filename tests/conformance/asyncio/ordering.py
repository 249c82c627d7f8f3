# The loop's ordering rules: call_soon is FIFO; a task starts after its
# creator yields; sleep(0) yields for exactly one pass; timers with equal
# deadlines fire in the order they were armed; callbacks added during a pass
# run in the next one.
import asyncio

async def step(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'soon 1')
    loop.call_soon(print, 'soon 2')
    t1 = asyncio.create_task(step('A', 3))
    t2 = asyncio.create_task(step('B', 3))
    loop.call_soon(print, 'soon 3')
    print('main before yield')
    await asyncio.sleep(0)
    print('main after one pass')
    await asyncio.gather(t1, t2)
    now = loop.time()
    for name in 'xyz':
        loop.call_at(now + 0.5, print, 'timer', name)
    loop.call_later(0.25, print, 'earlier timer')
    h = loop.call_later(0.3, print, 'cancelled timer')
    h.cancel()
    print(h.cancelled())
    def chain(n):
        print('chain', n)
        if n < 3:
            loop.call_soon(chain, n + 1)
    loop.call_soon(chain, 1)
    loop.call_soon(print, 'after chain 1')
    await asyncio.sleep(1)
    print(await asyncio.sleep(0.1, result='slept'))

asyncio.run(main())
