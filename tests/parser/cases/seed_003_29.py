# From the course: 003_6566df98dfcc516c.txt, line 965
mylist = multiprocessing.Array('i', 5)
