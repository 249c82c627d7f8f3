# From the course: 002_039665b7b9fb3412.txt, line 609
async def mygen(u: int = 10):
    i = 0
    while i < u:
        yield i
        i += 1
        await asyncio.sleep(2)

        
async def main():
    async for i in mygen(15):
        print(i)
        loop.stop()

loop = get_or_create_loop()

loop.create_task(main())

loop.run_forever()
tasks = asyncio.Task.all_tasks(loop=loop)
group = asyncio.gather(*tasks, return_exceptions=True)
loop.run_until_complete(group)
loop.close()
