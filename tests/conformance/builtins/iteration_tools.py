names = ["ann", "bob", "cid"]
ages = [30, 25, 35]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(list(zip(names, ages, "xyz")), list(zip()), list(zip([1, 2], [])))
print(dict(enumerate("abc")), list(reversed(names)), sorted(zip(ages, names)))
it = iter(range(3))
print(next(it), list(it), next(it, "exhausted"))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(map(len, names)))
print(list(filter(str.isdigit, ["1", "a", "22"])), list(filter(None, [0, 1, [], [2]])))
print(sum([[1], [2, 3]], []), sum(range(10), 100), sum([0.1, 0.2, 0.3]))
print(max(names, key=len), min(zip(ages, names)), max("abc", "abd"), min(3, 1, key=lambda v: -v))
print(sorted(names, key=lambda n: n[::-1]), list(enumerate(reversed("ab"))))
print(all([]), any([]), all([1, 1]), any([0, 0, 1]))
