# A loop whose call_soon is its own sees every callback the loop schedules:
# task steps, wakeups and done callbacks (CPython's C Future and Task call
# loop.call_soon); a task factory making a Task subclass.
import asyncio

calls = []


class MyLoop(asyncio.SelectorEventLoop):
    def call_soon(self, cb, *args, context=None):
        calls.append(getattr(cb, '__qualname__', type(cb).__name__))
        return super().call_soon(cb, *args, context=context)


class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self.extra = 'x'


async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
    r = await asyncio.gather(spin(2), spin(3))
    t = asyncio.create_task(spin(1), name='n')
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'later')
    print(r, await t, t.extra, type(t).__name__, t.get_name(), await fut)


loop = MyLoop()
loop.run_until_complete(main())
loop.close()
# (The task's own callbacks are named differently: CPython's are C objects.)
print(len(calls), sorted(c for c in set(calls) if 'task' not in c.lower()))
