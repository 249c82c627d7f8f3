# dict(pairs) and update(pairs): each pair is a list or tuple as it is, or
# anything iterable listed first -- a generator, a str, a class with
# __iter__ -- and must then have exactly two items.
def gen(*items):
    for x in items:
        print("  yield", x if isinstance(x, (int, str)) else type(x).__name__)
        yield x


class Pair:
    def __init__(self, k, v):
        self.k, self.v = k, v

    def __iter__(self):
        print("  iter", self.k)
        return iter((self.k, self.v))


class ThreeList(list):
    """A list subclass is iterated like any other pair: its __iter__ runs."""

    def __iter__(self):
        print("  ThreeList.__iter__")
        return iter([1, 2, 3])


print(dict([gen("a", 1), gen("b", 2)]))
print(dict(["xy", "zw"]))
print(dict([Pair("p", 1), Pair("q", 2)]))
try:
    dict([ThreeList(["k", "v"])])
except ValueError as e:
    print(e)
print(dict(gen(gen(i, i * i) for i in range(3))))
d = {"a": 0}
d.update([("b", 1)], c=2)
d.update(Pair(k, k * 2) for k in "xy")
print(d)
for bad in ([gen(1, 2, 3)], [gen()], ["abc"], [5], [None], [(1,)]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict([("ok", 1), gen("x", 1, 2)])
except ValueError as e:
    print(e)
print(dict([iter(range(2)) for _ in range(3)]))
try:
    dict([iter(range(70))])
except ValueError as e:
    print(e)
