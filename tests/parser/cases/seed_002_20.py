# From the course: 002_039665b7b9fb3412.txt, line 542
async def f():
    print("f")
    await asyncio.sleep(1.0)
    print("f end")
    loop.stop()
    return 123

async def main():
    print("main")
    result = await f()
    print("main end")
    return result


loop = get_or_create_loop()
loop.create_task(main())
loop.run_forever()
tasks = asyncio.Task.all_tasks(loop=loop)
group = asyncio.gather(*tasks, return_exceptions=False)
loop.run_until_complete(group)


### Прекращение корутины
