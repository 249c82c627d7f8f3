# keys() and items() views are set-like: & | - ^, comparisons with sets
# and views, isdisjoint(). The __hash__/__eq__ calls they make, in order
# (a keys view of a dict is turned into a set with the dict's stored
# hashes), and their results and errors.
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

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"K{self.v}"


def show(label, f):
    d = dict.fromkeys([K(1), K(2), K(9, 1)], 0)
    s = {K(2), K(3), K(17, 1)}
    log.clear()
    try:
        r = f(d, s)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    if isinstance(r, set):
        r = sorted(r, key=repr)
    print(label, r, "|", " ".join(log))


show("keys & set", lambda d, s: d.keys() & s)
show("set & keys", lambda d, s: s & d.keys())
show("keys & list", lambda d, s: d.keys() & list(s))
show("keys & bigger set", lambda d, s: d.keys() & (s | {K(4), K(5)}))
show("keys | set", lambda d, s: d.keys() | s)
show("keys - set", lambda d, s: d.keys() - s)
show("set - keys", lambda d, s: s - d.keys())
show("keys ^ set", lambda d, s: d.keys() ^ s)
show("keys == set", lambda d, s: d.keys() == s)
show("keys == keys", lambda d, s: d.keys() == dict(d).keys())
show("keys <= set", lambda d, s: d.keys() <= s | set(d))
show("set < keys", lambda d, s: {K(1)} < d.keys())
show("keys > set", lambda d, s: d.keys() > {K(2)})
show("keys.isdisjoint(set)", lambda d, s: d.keys().isdisjoint(s))
show("keys.isdisjoint(list)", lambda d, s: d.keys().isdisjoint([K(5), K(2)]))
show("items & set", lambda d, s: d.items() & {(K(1), 0), (K(2), 1)})
show("items == set", lambda d, s: d.items() == {(K(1), 0), (K(2), 0), (K(9, 1), 0)})
show("items.isdisjoint", lambda d, s: d.items().isdisjoint([(K(2), 0)]))

d = {1: "a", 2: "b"}
e = {2: "b", 1: "a"}
print(d.keys() == e.keys(), d.items() == e.items(), d.keys() == {1, 2}, d.items() == {(1, "a"), (2, "b")})
print(d.keys() & {1, 5}, d.keys() | {3}, d.keys() - {1}, d.keys() ^ {1, 3}, d.items() & {(1, "a")})
print(d.keys() <= {1, 2, 3}, d.keys() < {1, 2}, d.values() == e.values(), 1 in d.keys(), (1, "a") in d.items())
print(d.keys() > {1}, d.keys() >= {1, 2}, {1} < d.keys(), {1, 2, 3} > d.keys(), d.keys() != {1, 2}, d.keys() == [1, 2])
print({1, 9} & d.keys(), {1, 9} | d.keys(), {1, 9} - d.keys(), {1, 9} ^ d.keys(), [1, 7] - d.keys())
print(d.items() - {(1, "a")}, sorted(d.items() | e.items()), sorted(d.items() ^ {(1, "x")}), d.keys() & e.keys())
print(d.keys().isdisjoint(e.keys()), d.keys().isdisjoint([]), d.keys().isdisjoint(d.keys()))
print(d.values() == d.values(), d.items() == [(1, "a"), (2, "b")], type(d.keys() | []).__name__)
for label, f in [
    ("keys & 5", lambda: d.keys() & 5),
    ("5 & keys", lambda: 5 & d.keys()),
    ("keys < 5", lambda: d.keys() < 5),
    ("values & set", lambda: d.values() & {1}),
    ("keys & [[]]", lambda: d.keys() & [[]]),
    ("keys | [[]]", lambda: d.keys() | [[]]),
    ("isdisjoint()", lambda: d.keys().isdisjoint()),
]:
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
