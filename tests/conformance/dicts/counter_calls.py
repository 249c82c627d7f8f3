# Counter(iterable) and update(): each element is hashed once (the C
# helper CPython uses), unless the subclass has its own get or __setitem__.
import collections
log = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        log.append(f"h{self.v}")
        return self.v % 4
    def __eq__(self, o):
        log.append(f"eq{self.v}/{o.v}")
        return self.v == o.v
    def __repr__(self): return f"K{self.v}"
ks = [K(1), K(5), K(1), K(2)]
c = collections.Counter(ks)
print(c, log)
log.clear()
c.update([K(5)])
print(c, log)
log.clear()
c.subtract([K(2)])
print(c, log)
class C2(collections.Counter):
    def __setitem__(self, k, v):
        log.append(f"set {k}")
        super().__setitem__(k, v)
log.clear()
print(C2([K(1), K(1)]), log)
class C3(collections.Counter):
    def get(self, k, d=None):
        log.append(f"get {k}")
        return super().get(k, d)
log.clear()
print(C3([K(1), K(1)]), log)
log.clear()
d = {}
c = collections.Counter("abca")
print(c, collections.Counter(c), collections.Counter({"x": 2}))
class Weird:
    def __init__(s, n): s.n = n
    def __add__(s, o): print("add", o); return Weird(s.n + o)
    def __repr__(s): return f"W{s.n}"
c = collections.Counter({"a": Weird(1)})
c.update("ab")
print(c)
def gen():
    for x in "abcab":
        yield x
print(collections.Counter(gen()).most_common(2))
try:
    collections.Counter(5)
except TypeError as e:
    print(type(e).__name__, e)
