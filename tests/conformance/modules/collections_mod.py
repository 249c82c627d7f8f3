from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d))
d.rotate(1); print(d)
dq = deque(maxlen=2)
for i in range(5):
    dq.append(i)
print(dq)
dd = defaultdict(list)
for word in ["apple", "avocado", "banana"]:
    dd[word[0]].append(word)
print(dd, dict(dd), dd["z"])
di = defaultdict(int)
for ch in "hello":
    di[ch] += 1
print(sorted(di.items()))
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"])
c2 = Counter({"x": 3, "y": 1})
print(c2 + Counter(x=1), sum(c2.values()))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=10), tuple(p))
x, y = p
print(x + y, Point._fields, isinstance(p, tuple))
od = OrderedDict()
od["a"] = 1; od["b"] = 2
od.move_to_end("a")
print(od, list(od))
