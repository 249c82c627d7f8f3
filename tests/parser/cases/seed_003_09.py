# From the course: 003_6566df98dfcc516c.txt, line 296
# Это не заработает, поскольку get_burgers объявлена с использованием async def 
burgers = get_burgers(2)
