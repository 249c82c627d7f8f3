class A:
    def f(self, __p=2):
        __v = 3
        return __v + __p
    def g(self):
        return [__q for __q in range(2)]
    class __Inner:
        pass
    def __m(self):
        return "m"
    h = lambda self: self.__m()
print(A().f(), A().g(), A._A__Inner.__name__, A._A__Inner.__qualname__, A().h())
print(A.f.__code__.co_varnames)
__g = 9
class B:
    def get(self):
        return __g
try:
    B().get()
except NameError as e:
    print(e)
class _U:
    def __init__(self): self.__a = 1
print(vars(_U()))
class ___:
    def __init__(self): self.__a = 1
print(vars(___()))
def outer():
    __x = 1
    class C:
        def m(self):
            return __x
    return C().m()
try:
    print(outer())
except NameError as e:
    print("NameError", e)
class A:
    def __init__(self):
        self.__v = 1
        self.__w__ = 2
    def __repr__(self):
        return f"A({self.__v})"
class B(A):
    def __init__(self):
        super().__init__()
        self.__v = 10
print(sorted(vars(B())), B())
print(getattr(B(), "_A__v"), getattr(B(), "_B__v"))
class K:
    __slots__ = ()
    def f(self, **kw):
        return kw
    def g(self):
        return self.f(__k=1)
print(K().g())
class Q:
    import math as __m
    def r(self):
        return self.__m.floor(2.5)
print(Q().r())
