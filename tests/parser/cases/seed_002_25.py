# From the course: 002_039665b7b9fb3412.txt, line 668
async def doubler(n):
    for i in range(n):
        yield i, i * 2
        await asyncio.sleep(0.1)
        
        
async def main():
    result = [x async for x in doubler(5)]
    print(result)
    
    result = {x: y async for x, y in doubler(3)}
    print(result)
    
    result = {x async for x in doubler(3)}
    print(result)
    
get_or_create_loop().run_until_complete(main())

# Asyncio и http-запросы
