class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(P.x, type(P.x).__name__, P.x.__name__)
print(p.x)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(vars(p))
except TypeError as e:
    print("TypeError:", e)
print(hasattr(p, "__dict__"), P.__slots__)
P.x.__set__(p, 10)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(p, "x", "unset"))


class Q(P):
    pass


q = Q(2)
q.z = 5
print(q.__dict__, q.x)


class R(P):
    __slots__ = ("w",)


r = R(3)
r.w = 4
print(r.x, r.w, hasattr(r, "__dict__"), sorted(n for n in dir(r) if not n.startswith("__")))


class D:
    __slots__ = ("a", "__dict__")


d = D()
d.a = 1
d.b = 2
print(d.__dict__)


class S:
    __slots__ = "only"


s = S()
s.only = "один"
print(s.only, S.__slots__)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
print(P.x)


class Mangled:
    __slots__ = ("__secret", "open")

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


m = Mangled()
print(m.reveal(), m._Mangled__secret, sorted(k for k in Mangled.__dict__ if "secret" in k))
try:
    P.x.__set__(5, 1)
except TypeError as e:
    print("TypeError:", e)
print(P.x.__objclass__ is P, P.x.__qualname__)


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class A2(A):
    __slots__ = ("a2",)


class AA(A2, A):
    __slots__ = ()


aa = AA()
aa.a, aa.a2 = "x", "y"
print(aa.a, aa.a2, hasattr(aa, "__dict__"))
aa.__class__ = A2
print(type(aa).__name__, aa.a2)
