# From the course: 003_6566df98dfcc516c.txt, line 269
burgers = await get_burgers(2)
