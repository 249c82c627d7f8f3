# From the course: 003_6566df98dfcc516c.txt, line 285
# Это не асинхронный код
# Готовим бургеры последовательно по шагам
def get_sequential_burgers(number: int):    
	return burgers
