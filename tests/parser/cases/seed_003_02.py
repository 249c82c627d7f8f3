# From the course: 003_6566df98dfcc516c.txt, line 29
data = open('text.txt').read()
