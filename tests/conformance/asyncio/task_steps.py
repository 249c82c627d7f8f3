# How a task steps its coroutine (CPython's C Task.task_step and
# task_wakeup): what a waiting future's callbacks look like, the order of
# steps, cancellation at each point, bad yields, exceptions and their
# context, and a task that ends the program with SystemExit.
import asyncio

log = []


class Bad:
    def __await__(self):
        yield 5


class YieldsNone:
    def __await__(self):
        yield
        return 'after a bare yield'


async def ticker(name, n):
    for i in range(n):
        log.append((name, i))
        await asyncio.sleep(0)
    return name


async def waits_for(fut):
    return await fut


async def cancels_itself():
    asyncio.current_task().cancel('self')
    return 'not this'


async def catches_and_raises(fut):
    try:
        await fut
    except KeyError as e:
        raise ValueError('converted') from None if False else ValueError('converted')


async def swallow_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return 'swallowed'


async def main():
    loop = asyncio.get_running_loop()
    # Interleaving of sleep(0) steps.
    print(await asyncio.gather(ticker('a', 3), ticker('b', 2), ticker('c', 1)))
    print(log)

    # What a waiting future looks like.
    fut = loop.create_future()
    t = asyncio.create_task(waits_for(fut), name='waiter')
    await asyncio.sleep(0)
    print(fut)
    print(t._fut_waiter is fut, asyncio.current_task().get_name())
    fut.set_result('done')
    print(await t, t.done(), t.get_name())  # (the repr names the file by its absolute path)

    # Cancelled before its first step, while waiting, and by itself.
    t1 = asyncio.create_task(ticker('never', 1))
    t1.cancel('early')
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t2.cancel('late')
    t3 = asyncio.create_task(cancels_itself())
    t4 = asyncio.create_task(swallow_cancel())
    await asyncio.sleep(0)
    t4.cancel()
    for t in (t1, t2, t3, t4):
        try:
            print('result', await t)
        except asyncio.CancelledError as e:
            print('cancelled', e.args, t.cancelled())

    # Bad yields and a bare yield.
    for aw in (Bad(), YieldsNone()):
        async def run(aw=aw):
            return await aw
        try:
            print(await asyncio.create_task(run()))
        except RuntimeError as e:
            print('RuntimeError:', e)

    # An exception raised while handling the awaited future's exception.
    f2 = loop.create_future()
    t5 = asyncio.create_task(catches_and_raises(f2))
    await asyncio.sleep(0)
    f2.set_exception(KeyError('k'))
    try:
        await t5
    except ValueError as e:
        print('ValueError', e, repr(e.__context__))

    # A task awaiting another task and one awaiting itself.
    async def inner():
        await asyncio.sleep(0.01)
        return 'inner'
    async def outer():
        return await asyncio.create_task(inner())
    print(await asyncio.create_task(outer()))

    async def self_await():
        await me
    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])

    # Names: numbered in creation order, named ones counted too.
    async def nop():
        return None
    ta = asyncio.create_task(nop())
    tb = asyncio.create_task(nop(), name='named')
    tc = asyncio.Task(nop(), name=5)
    td = asyncio.Task(nop(), loop=loop, context=None)
    print(ta.get_name(), tb.get_name(), repr(tc.get_name()), td.get_name())
    await asyncio.gather(ta, tb, tc, td)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError:', e)
    names = [asyncio.create_task(nop()).get_name(), asyncio.create_task(nop(), name='x').get_name(),
             asyncio.create_task(nop()).get_name(), loop.create_task(nop(), name='y').get_name(),
             asyncio.create_task(nop()).get_name()]
    print(names)
    await asyncio.sleep(0)

    print(len(asyncio.all_tasks()))
    async def leaves():
        raise SystemExit(3)
    await asyncio.create_task(leaves())


asyncio.run(main())
