# From the course: 002_039665b7b9fb3412.txt, line 694
import aiohttp
import asyncio

async def main():
    print("before 1st request")

    async with aiohttp.request('GET', "http://python.org") as response:
        print("Python.org:", response.status)
        
    print("before 2nd request")
        
    async with aiohttp.request('GET', "http://microsoft.com") as response:
        print("microsoft.com:", response.status)

loop = get_or_create_loop()
loop.run_until_complete(main())

# await main()

## Задание
