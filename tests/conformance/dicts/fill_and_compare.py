# dict(x), update(), dict.fromkeys() and ==: which __hash__, __eq__,
# keys() and __getitem__ calls they make, in order. Keys taken from a
# dict or a set bring their stored hashes; a mapping's keys() are listed
# before its values are read; == looks each key up with its stored hash
# and compares the values (the same object is equal without __eq__).
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
    log.clear()
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r, "|", " ".join(log))


keys = [K(1), K(2), K(9, 1)]
s = set(keys)
d = dict.fromkeys(keys, 0)


def gen():
    for k in keys:
        log.append(f"next{k.v}")
        yield k


show("fromkeys(list)", lambda: dict.fromkeys(keys))
show("fromkeys(set)", lambda: dict.fromkeys(s, 1))
show("fromkeys(dict)", lambda: dict.fromkeys(d, 2))
show("fromkeys(gen)", lambda: dict.fromkeys(gen()))
show("fromkeys(str)", lambda: dict.fromkeys("abca"))


class Logged(dict):
    def __setitem__(self, k, v):
        log.append(f"set{k!r}")
        super().__setitem__(k, v)


show("Logged.fromkeys(set)", lambda: (type(Logged.fromkeys(s)).__name__, Logged.fromkeys(keys, 5)))
show("{}.fromkeys", lambda: {1: 2}.fromkeys([3]))

show("dict(pairs)", lambda: dict([(keys[0], 'a'), [keys[1], 'b'], (K(1), 'c')]))
show("dict(gen pairs)", lambda: dict((k, k.v) for k in gen()))
show("dict(dict)", lambda: dict(d))
show("dict(dict, kw)", lambda: dict({1: 2}, x=3, y=4))
show("dict(kw)", lambda: dict(a=1, b=2))
show("dict(zip)", lambda: dict(zip(keys, "xyz")))
show("dict(strings)", lambda: dict(["ab", "cd"]))


class Mapping:
    def keys(self):
        log.append("keys()")
        for k in ["a", "b"]:
            log.append(f"key {k}")
            yield k

    def __getitem__(self, k):
        log.append(f"getitem {k}")
        return k * 2


show("dict(mapping)", lambda: dict(Mapping(), c=1))


def upd(target, *args, **kw):
    r = target.update(*args, **kw)
    return r, target


show("update(dict)", lambda: upd({K(9, 1): 0}, d))
show("update(pairs)", lambda: upd({}, [(K(1), 1), (K(1), 2)]))
show("update(mapping, kw)", lambda: upd({"z": 0}, Mapping(), z=9))
show("update()", lambda: upd({1: 1}))


class OwnIter(dict):
    def __iter__(self):
        log.append("iter")
        return iter(["q"])

    def keys(self):
        log.append("keys")
        return ["k"]


show("update(dict subclass with keys)", lambda: upd({}, OwnIter(k=1, q=2)))

a = {K(1): K(10), K(2): K(20)}
b = {K(2): K(20), K(1): K(10)}
show("a == b", lambda: a == b)
show("a != b", lambda: a != b)
show("a == a copy", lambda: a == dict(a))
show("a == {}", lambda: a == {})
show("a == other values", lambda: a == {K(1): K(10), K(2): K(21)})
show("a == other keys", lambda: a == {K(1): K(10), K(3): K(20)})
show("{1: 1} == {1: 1.0}", lambda: {1: 1} == {1: 1.0})
show("{1: [1]} == {1: [1]}", lambda: {1: [1]} == {1: [1]})
show("a < b", lambda: a < b)

for label, f in [
    ("dict([1])", lambda: dict([1])),
    ("dict([(1,)])", lambda: dict([(1,)])),
    ("dict([(1, 2), (1, 2, 3)])", lambda: dict([(1, 2), (1, 2, 3)])),
    ("dict(5)", lambda: dict(5)),
    ("dict({}, {})", lambda: dict({}, {})),
    ("{}.update({}, {})", lambda: {}.update({}, {})),
    ("dict.fromkeys()", lambda: dict.fromkeys()),
    ("dict.fromkeys(1, 2, 3)", lambda: dict.fromkeys(1, 2, 3)),
    ("dict.fromkeys(5)", lambda: dict.fromkeys(5)),
    ("dict.fromkeys([[]])", lambda: dict.fromkeys([[]])),
    ("dict([([], 1)])", lambda: dict([([], 1)])),
]:
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
