print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)})
print({c for c in "mississippi"} == set("misp"))
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print(list(map(lambda v: v + 1, [1, 2])), list(filter(None, [0, 1, "", "a"])), list(zip("ab", [1, 2, 3])))
print(list(enumerate("xyz", 1)), list(reversed([1, 2, 3])), list(reversed(range(3))))
print(any(x > 3 for x in [1, 5]), all([]), all(x for x in [1, 0]))
