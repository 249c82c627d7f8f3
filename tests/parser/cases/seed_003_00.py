# From the course: 003_6566df98dfcc516c.txt, line 17
r = requests.get('https://api.github.com/user', auth=('user', 'pass'))
