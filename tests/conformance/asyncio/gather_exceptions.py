# gather: results in argument order; return_exceptions; the first exception
# propagates while the siblings keep running.
import asyncio

async def ok(n, d):
    await asyncio.sleep(d)
    print('ok', n)
    return n

async def bad(d, msg):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(ok(1, 0.3), ok(2, 0.1), ok(3, 0.2)))
    res = await asyncio.gather(ok(4, 0.1), bad(0.05, 'python://example.com'), return_exceptions=True)
    print(res)
    exceptions = [r for r in res if isinstance(r, Exception)]
    print(f'Завершились с исключением: {exceptions}')
    t = asyncio.create_task(ok(5, 0.5))
    try:
        await asyncio.gather(t, bad(0.1, 'first'), bad(0.2, 'second'))
    except ValueError as e:
        print('caught', e, t.done())
    await asyncio.sleep(1)
    print(t.done(), t.result())
    print(await asyncio.gather())
    g = asyncio.gather(ok(6, 1), ok(7, 1))
    await asyncio.sleep(0.1)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    same = ok(8, 0)
    print(await asyncio.gather(same, same))

asyncio.run(main())
