# From the course: 003_6566df98dfcc516c.txt, line 277
# Готовим бургеры по специальному асинхронному рецепту
async def get_burgers(number: int):     
	return burgers
