# Instructions that take an iterable or a mapping apart while Python code
# produces it: unpacking, f(*x), f(**m), [*x], {*x}, {**m}, `not x`, and
# class and mapping patterns; with their errors.


def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("generator failed at %d" % i)
        yield i


def forever():
    i = 0
    while True:
        print("  forever yields", i)
        yield i
        i += 1


class Letters:
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        print("  __iter__")
        return iter(self.text)


class Mapping:
    def __init__(self, **items):
        self.items = items

    def keys(self):
        print("  keys()")
        return list(self.items)

    def __getitem__(self, k):
        print("  getitem", k)
        return self.items[k]


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise RuntimeError("no truth")
        return self.v


class BadLen:
    def __len__(self):
        return -1


def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
*init, last = Letters("abc")
print(init, last)
x, y = Letters("xy")
print(x, y)
attempt("too many:", lambda: [(p, q) for p, q in [forever()]])
attempt("not enough:", lambda: [(p, q, r) for p, q, r in [gen(2)]])
attempt("ex not enough:", lambda: [(p, q, r) for p, *q, r in [gen(1)]])
attempt("fails inside:", lambda: [(p, q) for p, q in [gen(2, fail_at=1)]])
attempt("not iterable:", lambda: [(p, q) for p, q in [5]])

print(show(*gen(3)))
print(show(1, *gen(2)))
print(show(*Letters("hi"), **Mapping(k=1)))
print(show(**Mapping(a=1, b=2), c=3))
attempt("star fails:", lambda: show(*gen(3, fail_at=2)))
attempt("star int:", lambda: show(*5))
attempt("star int 2:", lambda: show(1, *5))
attempt("kw not mapping:", lambda: show(**5))
attempt("kw twice:", lambda: show(a=0, **Mapping(a=1)))
print([*gen(3), *Letters("de")])
print(sorted({*gen(3), *gen(5)}))
print({**Mapping(p=1), "q": 2})
attempt("dict not mapping:", lambda: {**5})
print((*gen(2),))

print(not Truth(True), not Truth(False), not BadLen.__new__(Letters))
attempt("not raises:", lambda: not Truth(None))
attempt("not bad len:", lambda: not BadLen())
try:
    if not Truth(None):
        pass
except RuntimeError as e:
    print("caught around `not`:", e)
try:
    if Truth(None):
        pass
except RuntimeError as e:
    print("caught around `if`:", e)


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self._x, self._y = x, y

    @property
    def x(self):
        print("  reading x")
        return self._x

    @property
    def y(self):
        raise AttributeError("y is unreadable")


class Config(dict):
    def get(self, key, default=None):
        print("  Config.get", key)
        return super().get(key, default)


def classify(v):
    match v:
        case Point(x=0):
            return "on the y axis"
        case Point(x, y):
            return "point %r %r" % (x, y)
        case {"mode": mode, **others}:
            return "mode %s, others %r" % (mode, others)
        case _:
            return "something else"


print(classify(Point(0, 5)))
attempt("unreadable y:", lambda: classify(Point(1, 5)))
print(classify(Config(mode="fast", level=3)))
print(classify(Config(level=3)))
