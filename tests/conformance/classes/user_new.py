# __new__ written in Python: arguments, what it returns, __init__ after it.
class Point:
    def __new__(cls, x, y=0, *, tag=None):
        print("new", cls.__name__, x, y, tag)
        return super().__new__(cls)

    def __init__(self, x, y=0, *, tag=None):
        print("init", x, y, tag)
        self.x, self.y = x, y


p = Point(1, y=2, tag="a")
print(p.x, p.y, type(p).__name__)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(Other())


class Sub(Point):
    pass


s = Sub(5)
print(type(s).__name__, s.x)


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj

    def __init__(self, key):
        print("init", key)
        self.key = key


a = Cached("a")
b = Cached("a")
print(a is b, a.key)


class Bad:
    def __new__(cls):
        raise ValueError("no instances")


try:
    Bad()
except ValueError as e:
    print("ValueError:", e)


class BadInit:
    def __new__(cls):
        return object.__new__(cls)

    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


u = Upper("привет")
print(u, type(u).__name__, len(u))


class Gen:
    def __new__(cls, n):
        return [i * i for i in range(n)]


print(Gen(4))


# The built-in types' __new__ through super() and by name.
class Doubled(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


d = Doubled(3)
print(d, type(d).__name__, d + 1, isinstance(d, int))
print(int.__new__(int, "5"), repr(str.__new__(str)), float.__new__(float, "1.5"))
for call in (lambda: object.__new__(Doubled), lambda: str.__new__(int), lambda: str.__new__(5), lambda: str.__new__()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


print(Pair(1, 2), type(Pair(1, 2)).__name__, Pair(1, 2)[1])


class Items(list):
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls, *args)


items = Items([1, 2])
print(items, type(items).__name__)


class Utf8(bytes):
    def __new__(cls, s):
        return super().__new__(cls, s, "utf-8")


print(Utf8("я"))
