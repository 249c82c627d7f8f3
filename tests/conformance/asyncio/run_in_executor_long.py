# Course: the blocking job outlives the loop's work: awaiting it in a task
# makes run_until_complete wait for it.
import asyncio
import threading
import time

async def main():
    print('Hello!')
    await asyncio.sleep(3)
    print('Goodbye!')
    loop.stop()

def blocking():
    time.sleep(6)
    print(f"Hello from a thread! {threading.current_thread().name}")
    return 'blocking result'

async def run_blocking():
    return await loop.run_in_executor(None, blocking)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.create_task(main())
loop.create_task(run_blocking())
loop.run_forever()
tasks = asyncio.all_tasks(loop=loop)
print(len(tasks))
group = asyncio.gather(*tasks, return_exceptions=False)
print(loop.run_until_complete(group))
loop.close()

async def to_thread_main():
    r = await asyncio.to_thread(blocking)
    print(r)
    return await asyncio.gather(asyncio.to_thread(sum, [1, 2, 3]), asyncio.to_thread(max, 4, 9))

print(asyncio.run(to_thread_main()))
