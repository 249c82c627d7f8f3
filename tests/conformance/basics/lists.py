a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, len(a), a.pop(), a.pop(0), a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.remove(3); print(a, a.index(2), a.count(1))
b = a[:]; b.reverse(); print(b, a)
print(sorted([3, 1, 2]), sorted("cab"), sorted([(2, "b"), (1, "a")]), sorted(["bb", "a", "ccc"], key=len))
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, list(range(5)), list("abc"))
m = [1, 2, 3, 4, 5, 6]
print(m[1:4], m[::2], m[-2:], m[:-2], m[::-2], m[10:], m[2:2])
m[1:3] = [20, 30, 40]; print(m)
del m[0]; print(m)
del m[::2]; print(m)
x, *y = [1, 2, 3]; print(x, y)
*p, q = "abc"; print(p, q)
print([1, 2, 3] == [1, 2, 3], 2 in [1, 2], [] or "empty", bool([0]))
nested = [[1, 2], [3, 4]]
print(nested[1][0], [row[1] for row in nested], sum(nested, []))
