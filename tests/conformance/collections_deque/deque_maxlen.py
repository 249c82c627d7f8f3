# Bounded deques: items fall off the other end.
from collections import deque

d = deque(maxlen=3)
print(d, d.maxlen)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft("L")
print(d)
d.extend("abcde")
print(d)
d.extendleft([1, 2])
print(d)
d.extendleft(range(10))
print(d, d.maxlen)
print(deque(range(10), maxlen=4), deque(range(10), 0), deque("ab", 5))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(5))
z.extendleft(range(5))
print(z, len(z), z.maxlen)
consumed = []


def gen():
    for i in range(3):
        consumed.append(i)
        yield i


z.extend(gen())
print(z, consumed)
b = deque([1, 2, 3], maxlen=3)
try:
    b.insert(1, "x")
except IndexError as e:
    print("insert:", e)
b.pop()
b.insert(1, "x")
print(b)
b.rotate(1)
print(b, b.maxlen)
c = b.copy()
print(c, c.maxlen, c == b, c is b)
print(b + deque([7, 8]), deque([7, 8]) + b, deque([7, 8], maxlen=5) + b)
print(b * 2, 2 * b, b * 0, b * -3)
m = deque([1, 2], maxlen=5)
m *= 4
print(m)
m = deque([1, 2, 3], maxlen=7)
m *= 3
print(m)
m = deque([1, 2, 3], maxlen=4)
m *= 1000000
print(m)
m = deque([1, 2, 3], maxlen=10)
m += range(20)
print(m)
r = deque(range(5), maxlen=5)
r.rotate(2)
r.append(5)
print(r)
del r[0]
r.append(6)
r.append(7)
print(r)
r.clear()
print(r, r.maxlen)
r.__init__([1, 2, 3], 2)
print(r, r.maxlen)
r.__init__("xyz")
print(r, r.maxlen)
print(deque([1, 2], maxlen=2) == deque([1, 2]), deque([1, 2], maxlen=2) < deque([1, 2, 3]))
# a sliding window
window = deque(maxlen=3)
for x in [5, 1, 4, 9, 2, 6]:
    window.append(x)
    print(sum(window) / len(window), list(window))
# the last lines of a text
text = "one\ntwo\nthree\nfour\nfive"
print(deque(text.splitlines(), 2))
