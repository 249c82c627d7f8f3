t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), ())
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
print(t.index(2), t.count(3), tuple([1, 2]), tuple("ab"), 2 in t)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
print(hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 3), max((1, 2), (1, 3)))
