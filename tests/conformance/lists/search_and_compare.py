# index/count/remove/in on lists and tuples, and comparing sequences item
# by item: which __eq__ calls happen, in which order, and the errors.
from collections import deque


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  eq", self.v, other)
        return isinstance(other, Loud) and self.v == other.v

    def __lt__(self, other):
        print("  lt", self.v, other)
        return "yes" if self.v < other.v else ""

    def __repr__(self):
        return "L%d" % self.v


class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("  index", self.n)
        return self.n


a = [Loud(1), Loud(2), Loud(3)]
print(a.index(Loud(3), I(1)))
print(a.index(Loud(3), -2, I(3)))
print([1, 2, 3, 2].index(2, 2))
print([1, 2, 3, 2].index(2, -100, 100))
for args in [(3, 0, 2), (1, 1), (2, 5, 1)]:
    try:
        print([1, 2, 3].index(*args))
    except ValueError as e:
        print("ValueError:", e)

print("lengths differ, list: no __eq__")
print([Loud(1)] == [Loud(1), 2], [Loud(1)] != [Loud(1), 2])
print("lengths differ, tuple: walked first")
print((Loud(1),) == (Loud(1), 2))
print("deque: lengths differ")
print(deque([Loud(1)]) == deque([Loud(1), 2]))
print("deque: differing pair compared again")
print(deque([Loud(1)]) == deque([Loud(2)]))
print("<, > and their results")
print(repr([Loud(1), Loud(2)] < [Loud(1), Loud(5)]))
print(repr((Loud(4),) > (Loud(5),)))
print(repr(deque([Loud(1)]) < deque([Loud(2)])))
print([1, 2] < [1, 2, 3], (1, 2) >= (1, 2), [] <= [], deque([1]) > deque([]))
x = Loud(7)
print("identity first:", x in [x], [x].count(x), (x,) == (x,))
nan = float("nan")
print("nan:", nan in [nan], [nan] == [nan], [nan].index(nan))

for call in [
    lambda: [].index(),
    lambda: [].index(1, 2, 3, 4),
    lambda: [1].index(1, "a"),
    lambda: [1].index(1, None),
    lambda: [1].index(1, start=0),
    lambda: (1,).index(),
    lambda: (1,).index(2),
    lambda: (1,).count(),
    lambda: (1,).count(1, 2),
    lambda: [1].count(x=1),
    lambda: [1].remove(),
    lambda: [1].remove(2),
    lambda: [L for L in [1]].remove(Loud(5)),
    lambda: [Loud(1)].index(Loud(2)),
    lambda: deque([1]).index(1, I(0), "z"),
    lambda: deque([Loud(1)]).index(Loud(2)),
    lambda: deque([Loud(1)]).remove(Loud(2)),
    lambda: [Loud(1)] < [2],
]:
    try:
        print(call())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class MyList(list):
    pass


m = MyList([Loud(1), Loud(2)])
print(m.index(Loud(2)), Loud(2) in m, m == [Loud(1), Loud(2)])
