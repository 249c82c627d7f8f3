# The learner's usual mistakes get CPython's errors and warnings.
import asyncio

async def forgot_await():
    asyncio.sleep(0.1)          # RuntimeWarning: coroutine 'sleep' was never awaited
    return 'returned at once'

async def not_awaitable():
    await 42

async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    finally:
        coro.close()

async def main():
    print(await forgot_await())
    try:
        await not_awaitable()
    except TypeError as e:
        print('TypeError:', e)
    inner = asyncio.sleep(0)
    try:
        await nested()
    except RuntimeError as e:
        print('RuntimeError:', e)
    inner.close()
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print('TimeoutError is TimeoutError:', asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(asyncio.sleep(0, 'x'))
    print(await t, await t)
    coro = asyncio.sleep(0)
    try:
        asyncio.get_running_loop().run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

asyncio.run(main())
main()
