# set.pop() starts where the last pop stopped (setobject.c's finger): a
# worklist that adds while it pops comes out in CPython's order.
s = set(range(10))
print([s.pop() for _ in range(4)], sorted(s))
s.update([0, 1, 2])
print([s.pop() for _ in range(4)])
work = {5}
seen = []
while work and len(seen) < 30:
    n = work.pop()
    seen.append(n)
    for m in (n * 2 % 37, n * 3 % 37, n + 1):
        if m not in seen:
            work.add(m)
print(seen)
t = {"a", "b", "c", "d"}
first = t.pop()
t.clear()
t.update("wxyz")
print(len(t), sorted(t.pop() for _ in range(4)))
big = set(range(100))
order = []
for i in range(50):
    order.append(big.pop())
    big.add(1000 + i)
print(order[:10], order[-5:], len(big))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1, 2])
print(hasattr(fs, "pop"))
