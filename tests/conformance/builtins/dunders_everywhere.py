# A class with Python dunders met by builtins, operators, containers,
# formatting, unpacking and patterns, its instances often fed by generators.
import itertools, functools, heapq
from collections import deque, defaultdict, OrderedDict, namedtuple

class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
    def __add__(self, o): return K(self.v + (o.v if isinstance(o, K) else o))
    __radd__ = __add__
    def __mul__(self, o): return K(self.v * (o.v if isinstance(o, K) else o))
    def __repr__(self): return "K(%d)" % self.v
    def __str__(self): return "k%d" % self.v
    def __format__(self, spec): return "K<%s>" % spec
    def __bool__(self): return self.v != 0
    def __len__(self): return self.v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __abs__(self): return K(abs(self.v))
    def __neg__(self): return K(-self.v)
    def __contains__(self, x): return x == self.v
    def __iter__(self): return iter(range(self.v))
    def __getitem__(self, i): return i * 10

def g(*xs):
    yield from xs

def ks(*vs):
    return g(*[K(v) for v in vs])

print(sorted(ks(3, 1, 2)), sorted(ks(3, 1), reverse=True), sorted(g(3, 1), key=K))
l = list(ks(2, 1)); l.sort(); print(l)
print(min(ks(2, 1)), max(ks(2, 1)), min(ks(2, 1), key=lambda k: -k.v), max(g(1, 2), key=K, default=0))
print(sum(ks(1, 2)), sum(ks(1, 2), K(10)))
print(any(ks(0, 0, 1)), all(ks(1, 0)), any(g(K(0))), all(g()))
print(set(ks(1, 1, 2)) == {K(1), K(2)}, frozenset(ks(1)) == frozenset([K(1)]))
print(dict(g((K(1), 1), (K(1), 2))), dict.fromkeys(ks(1, 1)))
d = {}; d.update(g((K(3), 3))); print(d)
s = set(); s.update(ks(4, 4)); print(s)
print(list(filter(None, ks(0, 1, 2))), list(filter(K, g(0, 1))))
print(list(map(abs, ks(-1))), list(map(lambda a, b: a + b, ks(1), ks(2))))
print(list(zip(ks(1), g(2))), list(enumerate(ks(5), start=1)))
print(list(reversed(list(ks(1, 2)))))
print("-".join(map(str, ks(1, 2))), "".join(g("a", "b")))
print(tuple(ks(1)), list(ks(1)), [*ks(1)], (*ks(2),), {*ks(3)}, {**dict(g((K(1), 2)))})
a, b = ks(1, 2); print(a, b)
a, *b = ks(1, 2, 3); print(a, b)
print(K(3) in list(ks(1, 3)), K(3) in ks(1, 3), K(3) in set(ks(3)), 2 in K(3), 5 not in K(3))
print(deque(ks(1, 2)), deque(ks(1, 2)).count(K(1)), K(2) in deque(ks(2)))
dq = deque(maxlen=2); dq.extend(ks(1, 2, 3)); print(dq)
print(list(itertools.chain(ks(1), ks(2))), list(itertools.islice(ks(1, 2, 3), 2)))
print(list(itertools.accumulate(ks(1, 2, 3))), list(itertools.takewhile(lambda k: k.v < 2, ks(1, 2))))
print(functools.reduce(lambda a, b: a + b, ks(1, 2, 3)))
print(heapq.nsmallest(2, ks(3, 1, 2)), heapq.nlargest(1, ks(3, 1)))
h = list(ks(3, 1, 2)); heapq.heapify(h); print(heapq.heappop(h))
print(next(ks(7)), next(g(), K(0)), next(iter(lambda: K(1), K(1)), "done"))
it = iter([K(1), K(2), K(3)].pop, K(1)); print(list(it))
print(list(range(3)))
print(len(K(4)), bool(K(0)), not K(0), int(K(3)), float(K(2)), abs(K(-3)), -K(1))
print(f"{K(1)} {K(2):>5} {K(3)!r}", "{} {:x}".format(K(1), K(2)), format(K(1), "q"), "%s %r" % (K(1), K(2)))
print(str([K(1)]), repr({K(1): K(2)}), str((K(1),)), str({K(1)}))
print(K(1) == K(1), K(1) != K(2), K(1) < K(2) <= K(3), K(1) in [K(1)], [K(1)] == [K(1)], (K(1),) < (K(2),))
print(sorted({K(2): 1, K(1): 2}), sorted(ks(2, 1), key=lambda k: k))
print(isinstance(K(1), K), callable(K), hasattr(K(1), "v"), getattr(K(1), "w", None))
print(list(itertools.product(ks(1), ks(2))), list(itertools.permutations(ks(1, 2))), list(itertools.combinations(ks(1, 2), 2)))
print(list(itertools.groupby(ks(1, 1, 2))).__len__(), list(itertools.zip_longest(ks(1), ks(2, 3))))
print(sorted(itertools.compress(ks(1, 2, 3), g(K(1), K(0), K(1)))))
print(list(itertools.starmap(lambda a, b: a + b, g((K(1), K(2))))), list(itertools.dropwhile(lambda k: k.v < 2, ks(1, 2))))
print(list(itertools.filterfalse(None, ks(0, 1))), list(itertools.repeat(K(1), 2)), list(itertools.count(K(1)).__next__() for _ in range(1)))
print(OrderedDict(g((K(1), 1))), defaultdict(int, g((K(2), 2))))
P = namedtuple("P", "x y"); print(P(*ks(1, 2)), P._make(ks(3, 4)))
print(sum([K(1), K(2)], K(0)), max([K(1), K(3), K(2)]), min(K(2), K(1), K(3)))
print(list(zip(*g(ks(1, 2), ks(3, 4)))))
print(*ks(1, 2), sep=", ")
for i, (x, y) in enumerate(g((K(1), K(2)))): print(i, x, y)
print([x for x in ks(1, 2) if x], {x: 1 for x in ks(1)}, {x for x in ks(2)}, list(x for x in ks(3)))
match list(ks(1, 2)):
    case [K(v=1), second]: print("matched", second)
match {K(1): "one"}:
    case {**rest}: print("rest", rest)
try:
    raise ValueError(K(1))
except ValueError as e:
    print(e, repr(e))
import contextlib
with contextlib.suppress(KeyError):
    {}[K(1)]
print("end")
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
print(next(iter(lambda: K(1), K(1)), "done"))
print(list(iter(lambda: K(1), K(1))))
print(next(iter(lambda: 1, 1), "done"))
