# From the course: 003_6566df98dfcc516c.txt, line 646
asyncio.run(coroutine(), debug=True)
