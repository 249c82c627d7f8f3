print(list(), list('ab'), list(range(3)), list({'k': 1}), list((1,)), list(x * 2 for x in range(3)))
