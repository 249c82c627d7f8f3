print(set(), set('hello') == set('ohel'), sorted(set([3, 1, 3])), len(set(range(100))))
