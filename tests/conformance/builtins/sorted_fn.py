print(sorted([]), sorted('hello'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}), sorted([(1, 'b'), (1, 'a')]))
