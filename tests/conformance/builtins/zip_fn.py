print(list(zip([1, 2], 'ab', [True, False])), list(zip(range(3), range(10))), dict(zip(['k'], ['v'])))
