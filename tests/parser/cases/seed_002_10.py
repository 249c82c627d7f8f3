# From the course: 002_039665b7b9fb3412.txt, line 269
async def foo():
    await boo()
    
async def boo():
    await foo()
    
async def main():
    await asyncio.gather(*[foo(), boo()])
    
# asyncio.run(main())
await main()

# Multiprocessing
