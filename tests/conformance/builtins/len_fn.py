print(len(''), len('ÿ'), len([1, [2, 3]]), len({'a': 1}), len(range(3, 10, 2)), len(b'abc'), len(set('aab')))
