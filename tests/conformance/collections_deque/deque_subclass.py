# Subclasses of deque, operators and comparisons, and deques fed by generators.
from collections import deque


class Plain(deque):
    pass


p = Plain([1, 2, 3])
print(p, repr(Plain()), Plain("ab", 4), type(p).__name__, isinstance(p, deque), len(p))
p.append(4)
p.appendleft(0)
print(p, p.popleft(), p[1], p.maxlen, 3 in p, list(reversed(p)))
p.tag = "mine"
print(p.tag, p.__dict__)
print(type(p.copy()).__name__, p.copy(), type(p.__copy__()).__name__)
print(type(p + p).__name__, p + p, type(p * 2).__name__, type(2 * p).__name__)
print(type(deque([1]) + p).__name__)
p += [9]
print(type(p).__name__, p)
p *= 2
print(type(p).__name__, p)
print(p == deque([1, 2, 3, 4, 9, 1, 2, 3, 4, 9]), deque() == Plain(), Plain([1]) < deque([2]))
try:
    hash(p)
except TypeError as e:
    print(e)
print(Plain(x for x in range(3)), type(Plain(x for x in range(3))).__name__)


class Bounded(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=3)
        self.created = True


b = Bounded(range(10))
print(b, b.maxlen, b.created)
try:
    b.copy()
except TypeError as e:
    print("copy:", e)


class Stack(deque):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack" + repr(list(self))

    def append(self, x):
        print("append", x)
        super().append(x)


s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s)
s.extend([5, 6])
print(s, str(s), [s])


class Counted(deque):
    def __len__(self):
        return 42

    def __eq__(self, other):
        return "custom eq"

    def __contains__(self, x):
        return x == "magic"

    def __getitem__(self, i):
        return ("item", i)

    def __iter__(self):
        yield "iterated"


c = Counted([1, 2])
print(len(c), c == 1, "magic" in c, 1 in c, c[0], list(c), bool(c))


class Keyed(deque):
    def __hash__(self):
        return 7


print(hash(Keyed()), {Keyed(): 1})


class WithInit(deque):
    def __init__(self, n):
        super().__init__()
        for i in range(n):
            self.append(i * i)


w = WithInit(4)
print(w, w.maxlen)
w.__init__(2)
print(w)

# comparisons
pairs = [([], []), ([1], []), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([2], [1, 9]), (["a"], ["a"])]
for x, y in pairs:
    a, b = deque(x), deque(y)
    print(x, y, a == b, a != b, a < b, a <= b, a > b, a >= b)
e = deque([1, 2])
print(e == e, e != e, e <= e, e < e, deque([float("nan")]) == deque([float("nan")]))
nan = float("nan")
print(deque([nan]) == deque([nan]), [nan] == [nan])

# + and * and +=, *=
a = deque([1, 2])
print(a + a, a + deque(), deque() + a, a * 3, 3 * a, a * 0, a * -1, a * True)
a += a
print(a)
a += (x * 10 for x in range(3))
print(a)
a += {"k": 1}
print(a)
a *= 2
print(a, len(a))
a *= 0
print(a)
x = deque([1])
y = x
x += [2]
x *= 2
print(x is y, y)


# generators and iterators feeding a deque
def numbers(n):
    for i in range(n):
        yield i


print(deque(numbers(5)), deque(numbers(5), maxlen=2))
d = deque()
d.extend(numbers(3))
d.extendleft(numbers(3))
print(d)
d.extend(iter([7, 8]))
d.extend(map(str, range(3)))
d.extend(zip("ab", "cd"))
print(d)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(deque(Countdown(4)))
d = deque([1])
d.extend(d)
d.extendleft(d)
print(d)


def failing():
    yield 1
    yield 2
    raise ValueError("generator failed")


d = deque([0])
try:
    d.extend(failing())
except ValueError as e:
    print(e, d)
try:
    deque(failing())
except ValueError as e:
    print("constructor:", e)


def self_feeding(d):
    for i in range(3):
        yield len(d)


d = deque()
d.extend(self_feeding(d))
print(d)
d = deque([1, 2, 3])
try:
    d.extend(x for x in d)
except RuntimeError as e:
    print("extend from own iterator:", e)
print(deque(deque([1, 2])), deque(reversed(deque([1, 2, 3]))), list(enumerate(deque("ab"))))
print(deque([3, 1, 2]) == deque(sorted([3, 1, 2])), tuple(deque([1, 2])), set(deque([1, 1, 2])))
print(dict.fromkeys(deque("ab")), "-".join(deque(["a", "b"])), any(deque([0, 1])), all(deque()))
r = deque([[1], [2]])
r[0].append(5)
r.append(r)
print(r, [r], deque([deque([1])]))
print(str(deque([1, "a"])), f"{deque([1])}", "%s" % (deque([2]),))
