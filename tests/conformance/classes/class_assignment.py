# obj.__class__ = Other between classes laid out alike (the errors for
# the rest), and object.__setattr__ as the generic setter: properties,
# __slots__, __class__, everything but the class's own __setattr__.
class A:
    kind = "a"
    def hi(self):
        return "A " + self.name
class B:
    kind = "b"
    def hi(self):
        return "B " + self.name
class C(A):
    pass
class S:
    __slots__ = ("x",)
class L(list):
    pass
a = A()
a.name = "объект"
print(a.hi(), a.kind)
a.__class__ = B
print(a.hi(), a.kind, type(a).__name__, isinstance(a, B), isinstance(a, A), a.__dict__)
a.__class__ = C
print(a.hi(), type(a).__name__, isinstance(a, A))
for target, value in ((a, 5), (a, S), (a, L), (1, A), (L(), A), ([], L)):
    try:
        target.__class__ = value
        print("ok", type(target).__name__)
    except TypeError as e:
        print("TypeError:", e)
l = L([1])
class L2(list):
    def total(self):
        return sum(self)
l.__class__ = L2
print(l.total(), l)
class T:
    def __setattr__(self, name, value):
        print("setattr", name)
        object.__setattr__(self, name, value)
t = T()
t.__class__ = A
print(type(t).__name__)
class P:
    __slots__ = ("v",)
    @property
    def prop(self):
        return "prop"
    @prop.setter
    def prop(self, value):
        print("setter", value)
p = P()
object.__setattr__(p, "v", 1)
object.__setattr__(p, "prop", 2)
print(p.v)
for args in ((p, "w", 3), (p, 5, 1), (p, "v")):
    try:
        object.__setattr__(*args)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Q:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
q = Q()
q.x = 21
print(q.x, vars(q))
