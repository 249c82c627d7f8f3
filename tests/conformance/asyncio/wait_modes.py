# Course: wait returns (done, pending); FIRST_COMPLETED in a loop; timeouts do not raise.
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    tasks = [asyncio.create_task(job('a', 0.3)), asyncio.create_task(job('b', 0.1, fail=True))]
    done, pending = await asyncio.wait(tasks)
    print(f'Число завершившихся задач: {len(done)}')
    print(f'Число ожидающих задач: {len(pending)}')
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception() is None:
            print(t.result())
        else:
            print('error', repr(t.exception()))
    pending = [asyncio.create_task(job(n, d)) for n, d in (('x', 0.3), ('y', 0.1), ('z', 0.2))]
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print(len(done), len(pending), [t.result() for t in done])
    tasks = [asyncio.create_task(job('p', 0.1, fail=True)), asyncio.create_task(job('q', 5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    for bad in ([], job('c', 1)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if bad:
            bad.close()
    try:
        await asyncio.wait(tasks, return_when='SOMETIMES')
    except ValueError as e:
        print(e)
    c = job('d', 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()

asyncio.run(main())
