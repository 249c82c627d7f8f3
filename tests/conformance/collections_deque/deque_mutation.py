# Changing a deque while iterating it, or while comparing its items.
from collections import deque


def after(label, op, start=(1, 2, 3, 4, 5), advance=1, make=iter):
    d = deque(start)
    it = make(d)
    got = [next(it) for _ in range(advance)]
    op(d)
    try:
        rest = list(it)
    except RuntimeError as e:
        print(label, got, "RuntimeError:", e)
    else:
        print(label, got, rest)


after("append", lambda d: d.append(9))
after("appendleft", lambda d: d.appendleft(9))
after("pop", lambda d: d.pop())
after("popleft", lambda d: d.popleft())
after("extend", lambda d: d.extend([7]))
after("extend empty", lambda d: d.extend([]))
after("extendleft", lambda d: d.extendleft([7]))
after("rotate", lambda d: d.rotate(1))
after("rotate 0", lambda d: d.rotate(0))
after("rotate len", lambda d: d.rotate(5))
after("rotate one item", lambda d: d.rotate(3), start=[1])
after("clear", lambda d: d.clear())
after("clear empty", lambda d: d.clear(), start=[], advance=0)
after("reverse", lambda d: d.reverse())
after("setitem", lambda d: d.__setitem__(0, 5))
after("delitem", lambda d: d.__delitem__(0))
after("insert", lambda d: d.insert(1, 5))
after("remove", lambda d: d.remove(2))
after("iadd", lambda d: d.__iadd__([1]))
after("init", lambda d: d.__init__([1, 2]))
after("count", lambda d: d.count(1))
after("copy", lambda d: d.copy())
after("index", lambda d: d.index(3))
after("contains", lambda d: 3 in d)
after("reversed append", lambda d: d.append(1), make=reversed)
after("reversed reverse", lambda d: d.reverse(), make=reversed)
after("bounded append", lambda d: d.append(4), start=deque([1, 2, 3], maxlen=3))


def imul(d, n):
    d *= n


after("imul 2", lambda d: imul(d, 2))
after("imul 1", lambda d: imul(d, 1))
after("imul 0", lambda d: imul(d, 0))

# exhausted, then changed: still an error
d = deque([1])
it = iter(d)
print(list(it))
d.append(2)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("exhausted then appended:", e)

# in a for loop
d = deque(range(5))
try:
    for x in d:
        if x == 2:
            d.append(99)
except RuntimeError as e:
    print("for loop:", e, d)
d = deque(range(5))
for x in d:
    if x == 2:
        d[4] = "changed"
    print(x, end=" ")
print()
try:
    for x in reversed(d):
        d.popleft()
except RuntimeError as e:
    print("reversed loop:", e, d)


# an __eq__ that changes the deque
class Meddler:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append("x")
        return False


for name in ["count", "index", "remove", "__contains__"]:
    d = deque([1, 2, 3])
    try:
        getattr(d, name)(Meddler(d))
    except (RuntimeError, IndexError) as e:
        print(name, type(e).__name__ + ":", e)
d = deque([1, 2, 3])
try:
    Meddler(d) in d
except RuntimeError as e:
    print("in:", e)
d = deque([1, 2])
try:
    deque([Meddler(d), 2]) == d
except RuntimeError as e:
    print("==:", e)


# an __eq__ that finds its match while changing the deque
class Finder:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append("y")
        return True


d = deque([1, 2])
print(d.index(Finder(d)), d)
d = deque([1, 2])
print(Finder(d) in d, d)
d = deque([1, 2])
try:
    d.count(Finder(d))
except RuntimeError as e:
    print("count:", e, d)


# __eq__ called with the deque's own items
class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other)
        return isinstance(other, Loud) and self.v == other.v

    def __repr__(self):
        return f"Loud({self.v})"


d = deque([Loud(1), Loud(2), Loud(3)])
print(d.count(Loud(2)))
print(d.index(Loud(3)))
print(Loud(2) in d)
d.remove(Loud(1))
print(d)
print(deque([Loud(1), Loud(2)]) == deque([Loud(1), Loud(5)]))
d = deque([1, 2])
try:
    d.remove(Finder(d))
except IndexError as e:
    print("remove:", e, d)
d = deque([1, 2])
print(deque([Meddler(d), 2]) == d, d)
d = deque([1, 2])
try:
    deque([Finder(d), 2]) == d
except RuntimeError as e:
    print("== found:", e, d)
d = deque([1, 2])
try:
    deque([Finder(d)]) < d
except RuntimeError as e:
    print("< found:", e, d)
