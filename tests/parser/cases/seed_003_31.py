# From the course: 003_6566df98dfcc516c.txt, line 978
obj = multiprocessing.Value('i')
