# collections.deque: construction, both ends, and the other methods.
from collections import deque

d = deque()
print(d, len(d), bool(d), type(d))
print(type(d).__name__, type(d).__qualname__, type(d).__module__, deque)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend(range(4, 7))
d.extendleft("ab")
print(d)
d.extendleft([10, 11, 12])
print(d)
print(deque("hello"), deque(range(5)), deque((1, 2)), deque({"k": 1, "j": 2}))
print(deque(iterable=[1, 2], maxlen=None), deque([1, 2, 3], 2), deque(maxlen=4))

# rotate
d = deque(range(7))
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(100)
print(d)
d.rotate(-100)
print(d)
d.rotate(0)
print(d)
e = deque()
e.rotate(5)
print(e)

# clear, copy, __copy__
c = d.copy()
c2 = d.__copy__()
d.clear()
print(d, c, c2, c is c2, type(c))

# count / index / remove / insert / reverse
d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(7), d.count(1.0))
print(d.index(2), d.index(2, 2), d.index(2, 4), d.index(1, -2), d.index(2, -100, 100), d.index(3, 0, 3))
d.remove(2)
print(d)
d.insert(0, "a")
d.insert(3, "b")
d.insert(-1, "c")
d.insert(100, "z")
d.insert(-100, "w")
print(d)
d.reverse()
print(d)
e = deque()
e.insert(0, 1)
e.insert(-5, 0)
print(e)

# indexing
d = deque("abcdef")
print(d[0], d[-1], d[2], d[-3], d[True])
d[0] = "A"
d[-1] = "F"
print(d)
del d[1]
del d[-2]
print(d)
del d[0]
print(d, len(d))

# contains, iteration, reversed
d = deque([1, "two", 3.0, (4,), None])
print(1 in d, "two" in d, 3 in d, (4,) in d, None in d, 5 in d, 5 not in d)
print(list(d), list(reversed(d)), [x for x in d], sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])))
for x in deque("xyz"):
    print(x, end=" ")
print()
it = iter(deque([1, 2, 3]))
print(type(it).__name__, next(it), it.__length_hint__(), list(it), it.__length_hint__())
rit = reversed(deque([1, 2, 3]))
print(type(rit).__name__, next(rit), rit.__length_hint__(), list(rit))
print(deque([1, 2, 3]).__len__(), deque([1]).__contains__(1), deque([5, 6])[1], deque([5, 6]).__getitem__(0))
print(list(iter(deque())), min(deque([4, 2, 8])), max(deque([4, 2, 8])))
a, b, c = deque([7, 8, 9])
print(a, b, c, *deque([1, 2]))

# large: growth and shrinking of the ring, against a list model
d = deque()
model = []
x = 12345
for step in range(20000):
    x = (x * 1103515245 + 12345) % 2147483648
    op = x % 7
    if op < 2:
        d.append(step)
        model.append(step)
    elif op < 4:
        d.appendleft(step)
        model.insert(0, step)
    elif op == 4 and model:
        assert d.pop() == model.pop()
    elif op == 5 and model:
        assert d.popleft() == model.pop(0)
    elif op == 6 and model:
        n = x % 11 - 5
        d.rotate(n)
        n %= len(model)
        model[:] = model[-n:] + model[:-n] if n else model
print(len(d), list(d) == model, d[0] == model[0], d[-1] == model[-1])
for i in range(0, len(model), 97):
    assert d[i] == model[i]
while d:
    d.popleft()
print(d, len(d))
big = deque(range(100000))
for _ in range(99990):
    big.popleft()
print(big)
for i in range(1000):
    big.insert(len(big) // 2, i)
print(len(big), big[0], big[500], big[-1], big.index(999))
for i in range(500):
    del big[len(big) // 3]
print(len(big), big[0], big[250], big[-1])
