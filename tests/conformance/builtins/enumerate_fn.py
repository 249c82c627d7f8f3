print(list(enumerate([])), list(enumerate('ab', -1)), list(enumerate(range(3), start=10)))
