print('Поток', t.name
t.start()
