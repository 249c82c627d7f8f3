# Course: a blocking job in the default executor, shorter than the loop's work.
import asyncio
import time

async def main():
    print('Hello!')
    await asyncio.sleep(5)
    print('Goodbye!')
    loop.stop()

def blocking():
    time.sleep(3)
    print("Hello from a thread!")

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.create_task(main())
fut = loop.run_in_executor(None, blocking)
print(type(fut).__name__)
loop.run_forever()
pending = asyncio.all_tasks(loop=loop)
group = asyncio.gather(*pending)
loop.run_until_complete(group)
print(fut.done())
loop.close()
