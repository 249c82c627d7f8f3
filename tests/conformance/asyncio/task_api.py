# Task: names, current_task, all_tasks, cancel with a message, done callbacks.
import asyncio

async def work(d):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError as e:
        print('work cancelled', e.args)
        raise
    return d

async def main():
    me = asyncio.current_task()
    print(me.get_name())
    t = asyncio.create_task(work(1), name='worker')
    u = asyncio.create_task(work(2))
    print(t.get_name(), u.get_name())
    u.set_name('renamed')
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    t.add_done_callback(lambda task: print('done callback', task.get_name(), task.result()))
    print(await t)
    await asyncio.sleep(0)
    u.cancel('enough')
    print(u.cancelling())
    try:
        await u
    except asyncio.CancelledError as e:
        print('u cancelled', u.cancelled(), e.args)
    print(u.cancel())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    print(t.get_coro().__name__ if hasattr(t.get_coro(), '__name__') else 'coro')
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print(e)
    v = asyncio.create_task(work(0.5))
    v.cancel()
    await asyncio.sleep(0)
    print(v.cancelled(), v.done())
    async def quick():
        return 'quick'
    w = asyncio.ensure_future(quick())
    print(await w, asyncio.ensure_future(w) is w)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
