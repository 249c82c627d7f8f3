print(all([1, 2]), all([1, 0]), any([0, '']), any(['', 'x']), all(''), any(range(0)))
