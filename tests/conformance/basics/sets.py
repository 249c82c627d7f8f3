s = {3, 1, 2}
print(s, len(s), 2 in s, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
s.add(10); s.discard(1); print(s)
print(set(), set([5, 5, 6]), frozenset([1, 2]), sorted({"b", "a"}))
print({x * x for x in range(-3, 4)}, set(range(10, 0, -1)))
print({1, 2} <= {1, 2, 3}, {1, 2}.issubset({1}), {1, 2}.union([3], (4,)), {1, 2, 3}.intersection({2}))
print(set([100, 5, 37, 8]), {-1, -2, 3}, {2**40, 7})
t = set("hello"); print(len(t), sorted(t))
