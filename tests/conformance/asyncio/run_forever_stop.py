# Course: run_forever until a coroutine calls loop.stop(), then finish the rest.
import asyncio

async def main():
    print('Hello!')
    await asyncio.sleep(1.0)
    print('Goodbye!')
    loop.stop()

async def other():
    await asyncio.sleep(2.0)
    print('other done')
    return 'other'

def get_or_create_loop():
    loop = asyncio.get_event_loop()
    if loop.is_closed():
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
    return loop

loop = get_or_create_loop()
loop.create_task(main())
loop.create_task(other())
loop.run_forever()
pending = asyncio.all_tasks(loop=loop)
print(len(pending), loop.is_running(), loop.is_closed())
group = asyncio.gather(*pending, return_exceptions=True)
print(loop.run_until_complete(group))
loop.close()
print(loop.is_closed())
coro = main()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print(e)
coro.close()
try:
    asyncio.Task.all_tasks(loop=loop)
except AttributeError as e:
    print(type(e).__name__)
