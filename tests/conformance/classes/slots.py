# __slots__: instances of a class whose every class has __slots__ (without
# "__dict__") take only those attributes and have no __dict__; namedtuple
# instances are such, and their fields are read-only.
import collections


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
for f in [lambda: setattr(p, "z", 3), lambda: p.__dict__, lambda: vars(p), lambda: Point.__slots__]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
setattr(p, "x", 10)
print(p.x)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError", e)


class Point3(Point):
    __slots__ = "z"


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError", e)


class Loose(Point):
    pass


r = Loose(1, 2)
r.w = 5
print(r.w)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)


class E(Exception):
    __slots__ = ()


e = E("x")
e.note = 1
print(e.note)
try:
    class Bad:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)

P = collections.namedtuple("P", "x y")
pt = P(1, 2)
for f in [lambda: setattr(pt, "x", 5), lambda: setattr(pt, "z", 5), lambda: delattr(pt, "x"), lambda: pt.__dict__]:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print(pt.x, pt.y, pt, P.x.__doc__)


class Sub(P):
    def total(self):
        return self.x + self.y


s = Sub(3, 4)
s.extra = 1
print(s.total(), s.extra)
