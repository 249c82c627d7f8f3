print(list(filter(lambda x: x > 2, [1, 5, 2, 7])), list(filter(None, [0, False, 1, 'a', ''])))
