a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a - b, b - a, a & b, a | b, a ^ b, a > {1}, a >= a, a < a)
a &= {1, 2, 3}; print(a)
a |= {9}; print(a)
a -= {1}; print(a)
c = set()
for w in "one two three two one".split():
    c.add(w)
print(len(c), sorted(c))
f = frozenset({1, 2})
print(f, {f: "frozen key"}, f | {3}, hash(f) == hash(frozenset([2, 1])))
print(set("abc") == {"a", "b", "c"}, {1, 2}.isdisjoint({3}), {(1, 2), (1, 2)})
s = {10, 20, 30}
print(s.pop() in {10, 20, 30}, len(s))
print({i % 7 for i in range(100)}, set(range(20, 0, -3)))
