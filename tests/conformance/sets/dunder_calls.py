# Which __hash__ and __eq__ calls the set operations make, in order: a
# key's hash stored in its set is used again (no second __hash__), the
# smaller set is walked, and an argument that is not a set is hashed item
# by item as it comes.
log = []


class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h

    def __hash__(self):
        log.append(f"h{self.v}")
        return self.h

    def __eq__(self, other):
        log.append(f"eq{self.v}/{getattr(other, 'v', other)}")
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return f"K{self.v}"


def show(label, f):
    a = {K(1), K(2), K(3), K(9, 1)}
    b = {K(2), K(3), K(4), K(17, 1)}
    log.clear()
    try:
        r = f(a, b)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    if isinstance(r, (set, frozenset)):
        r = type(r).__name__ + str(sorted(r, key=lambda k: k.v))
    print(label, r, "|", " ".join(log))


def gen(xs):
    for x in xs:
        log.append(f"next{x.v}")
        yield x


show("a | b", lambda a, b: a | b)
show("a & b", lambda a, b: a & b)
show("a - b", lambda a, b: a - b)
show("a ^ b", lambda a, b: a ^ b)
show("a <= b", lambda a, b: a <= b)
show("a < b", lambda a, b: a < b)
show("a >= b", lambda a, b: a >= b)
show("a == b", lambda a, b: a == b)
show("a != b", lambda a, b: a != b)
show("a == a copy", lambda a, b: a == set(a))
show("a | a", lambda a, b: a | a)
show("a & a", lambda a, b: a & a)
show("a - a", lambda a, b: a - a)
show("a ^ a", lambda a, b: a ^ a)
show("frozenset(a) | b", lambda a, b: frozenset(a) | b)
show("a | frozenset(b)", lambda a, b: a | frozenset(b))
show("union(list)", lambda a, b: a.union(list(b)))
show("union(gen)", lambda a, b: a.union(gen(b)))
show("union(b, list, a)", lambda a, b: a.union(b, [K(5)], a))
show("union()", lambda a, b: a.union())
show("intersection(list)", lambda a, b: a.intersection(list(b)))
show("intersection(gen)", lambda a, b: a.intersection(gen(b)))
show("intersection(b, list)", lambda a, b: a.intersection(b, [K(2), K(17, 1)]))
show("intersection()", lambda a, b: a.intersection())
show("difference(list)", lambda a, b: a.difference(list(b)))
show("difference(b, list)", lambda a, b: a.difference(b, [K(1)]))
show("difference()", lambda a, b: a.difference())
show("symmetric_difference(list)", lambda a, b: a.symmetric_difference(list(b)))
show("symmetric_difference(gen)", lambda a, b: a.symmetric_difference(gen(b)))
show("issubset(list)", lambda a, b: a.issubset(list(b)))
show("issubset(big)", lambda a, b: a.issubset(list(a | b)))
show("issuperset(list)", lambda a, b: a.issuperset(list(b)))
show("issuperset(set)", lambda a, b: a.issuperset({K(2)}))
show("isdisjoint(list)", lambda a, b: a.isdisjoint(list(b)))
show("isdisjoint(set)", lambda a, b: a.isdisjoint(b))
show("isdisjoint(gen)", lambda a, b: a.isdisjoint(gen([K(5), K(6)])))


def inplace(label, f):
    def run(a, b):
        before = a
        r = f(a, b)
        return f"{r is before} {sorted(r, key=lambda k: k.v)}"
    show(label, run)


def ior(a, b):
    a |= b
    return a


def iand(a, b):
    a &= b
    return a


def isub(a, b):
    a -= b
    return a


def ixor(a, b):
    a ^= b
    return a


inplace("a |= b", ior)
inplace("a &= b", iand)
inplace("a -= b", isub)
inplace("a ^= b", ixor)


def method(name, *args):
    def run(a, b):
        r = getattr(a, name)(*(b if x is None else x for x in args))
        return f"{r} {sorted(a, key=lambda k: k.v)}"
    return run


show("update(b, list)", method("update", None, [K(5)]))
show("update(gen)", lambda a, b: method("update", gen(b))(a, b))
show("intersection_update(b, list)", method("intersection_update", None, [K(2)]))
show("intersection_update()", method("intersection_update"))
show("difference_update(b, list)", method("difference_update", None, [K(1)]))
show("symmetric_difference_update(b)", method("symmetric_difference_update", None))
show("symmetric_difference_update(list)", lambda a, b: method("symmetric_difference_update", list(b))(a, b))
show("symmetric_difference_update(a)", lambda a, b: method("symmetric_difference_update", a)(a, b))

# A dict as the other operand: set_update_internal and the symmetric
# difference use its stored hashes, intersection asks again.
show("update(dict)", lambda a, b: method("update", dict.fromkeys(b))(a, b))
show("symmetric_difference_update(dict)",
     lambda a, b: method("symmetric_difference_update", dict.fromkeys(b))(a, b))
show("intersection(dict)", lambda a, b: a.intersection(dict.fromkeys(b)))
show("difference(dict)", lambda a, b: a.difference(dict.fromkeys(b)))

# Walking the smaller set; a much bigger one (more than 8 times) is first
# intersected with the set it is taken from.
ks = [K(i, i % 8) for i in range(24)]
big = set(ks)
small = {K(0), K(100, 0), K(3)}
log.clear()
small -= big
print("small -= big", sorted(small, key=lambda k: k.v), " ".join(log))
small = {K(0), K(100, 0), K(3)}
log.clear()
print("small & big", sorted(small & big, key=lambda k: k.v), " ".join(log))
log.clear()
print("big & small", sorted(big & small, key=lambda k: k.v), " ".join(log))
log.clear()
print("len(big - small)", len(big - small), " ".join(log))
log.clear()
print("big.isdisjoint(small)", big.isdisjoint(small), " ".join(log))

# Frozensets whose hashes are known and differ are unequal at once.
f1 = frozenset({K(0), K(8, 0)})
f2 = frozenset({K(0), K(16, 0)})
hash(f1), hash(f2)
log.clear()
print("f1 == f2", f1 == f2, " ".join(log))
log.clear()
print("f1 == set(f2)", f1 == set(f2), " ".join(log))

# Unhashable items and wrong arguments.
for label, f in [
    ("union([[1]])", lambda: {1}.union([[1]])),
    ("union(5)", lambda: {1}.union(5)),
    ("intersection(None)", lambda: {1}.intersection(None)),
    ("issubset()", lambda: {1}.issubset()),
    ("issuperset(1, 2)", lambda: {1}.issuperset(1, 2)),
    ("isdisjoint()", lambda: set().isdisjoint()),
    ("symmetric_difference()", lambda: set().symmetric_difference()),
    ("symmetric_difference_update()", lambda: set().symmetric_difference_update()),
    ("frozenset.union(k=1)", lambda: frozenset().union(k=1)),
    ("update(k=1)", lambda: set().update(k=1)),
    ("copy(1)", lambda: set().copy(1)),
    ("clear(1)", lambda: set().clear(1)),
    ("pop(1)", lambda: set().pop(1)),
    ("pop()", lambda: set().pop()),
    ("add()", lambda: set().add()),
    ("remove()", lambda: set().remove()),
    ("discard([])", lambda: set().discard([])),
    ("set(k=1)", lambda: set(k=1)),
    ("frozenset(k=1)", lambda: frozenset(k=1)),
    ("set(1, 2)", lambda: set(1, 2)),
    ("set() | [1]", lambda: set() | [1]),
    ("set() <= [1]", lambda: set() <= [1]),
    ("{1} & {[]}", lambda: {1} & {[]}),
]:
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# Subclasses: instances have a __dict__, __init__ fills through
# super().__init__, results of operators are plain sets.
class Tagged(set):
    def __init__(self, items, tag="x"):
        super().__init__(items)
        self.tag = tag


t = Tagged([3, 1, 2], tag="y")
print(sorted(t), t.tag, vars(t), type(t | {9}).__name__, type(t.copy()).__name__)
t &= {1, 2}
print(type(t).__name__, sorted(t), t.tag)
t.__init__([7])
print(sorted(t))


class Frozen(frozenset):
    def __new__(cls, items, tag="x"):
        self = super().__new__(cls, items)
        self.tag = tag
        return self


f = Frozen([1, 2], tag="z")
print(sorted(f), f.tag, f == {1, 2}, f <= {1, 2, 3}, {1} < f, type(f - {1}).__name__)
g = f
f |= {5}
print(sorted(f), sorted(g), f is g, type(f).__name__)
