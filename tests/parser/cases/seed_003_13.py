# From the course: 003_6566df98dfcc516c.txt, line 387
import asyncio

async def add_one(number: int) -> int:
    return number + 1

async def main():
	# Приостановиться и ожидать результата add_one(1)
    one_plus_one = await add_one(1)
    # Приостановиться и ожидать результата add_one(2)
    two_plus_one = await add_one(2)
    print(one_plus_one, two_plus_one, sep='\n')

asyncio.run(main())
