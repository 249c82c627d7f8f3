print('Привет)
