print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
x1 = 1
print(None is None, x1 is not None, "x" in "xyz", 3 not in [1, 2])
x = 5
print(0 < x <= 5, x == 5 != 6)
print([] == [], {} == {}, {1: 2} == {1: 2}, {1, 2} == {2, 1}, {1} < {1, 2})
print(1 if x > 3 else 2, "yes" if not x else "no")
print(True and 0, 0 or "x", None or [], 1 and 2 and 3)
