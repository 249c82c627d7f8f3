# From the course: 002_039665b7b9fb3412.txt, line 635
async def mygen(u: int = 10):
    i = 0
    while i < u:
        yield i
        i += 1
        await asyncio.sleep(1)
    loop.stop()

        
async def main():
    async for i in mygen(15):
        print(i)
        
        
async def sth_else():
    for j in 'abcdefghjklmnop':
        print(j)
        await asyncio.sleep(0.5)

loop = get_or_create_loop()

t1 = loop.create_task(main())
t2 = loop.create_task(sth_else())

loop.run_forever()
group = asyncio.gather(t1, t2, return_exceptions=True)
loop.run_until_complete(group)
loop.stop()
loop.close()
