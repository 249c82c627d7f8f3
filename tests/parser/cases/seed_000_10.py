# From the course: 000_cf8282084174141e.txt, line 427
import nest_asyncio
nest_asyncio.apply()

async def numbers(numbers):
#генератор чисел
    for i in range(numbers):
        yield i

        await asyncio.sleep(0.5)

async def main():
    #вызов генератора
    odd_numbers = [i async for i in numbers(10) if i % 2]
    print(odd_numbers)

if __name__ == '__main__':
    event_loop = asyncio.get_event_loop()
    try:
        event_loop.run_until_complete(main())
    except:
        event_loop.close()

[1, 3, 5, 7, 9]
