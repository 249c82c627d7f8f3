print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(2)), tuple({'a': 1}))
