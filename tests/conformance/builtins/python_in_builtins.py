# Python code that built-ins call -- generators under zip and map, iter(f, sentinel),
# __init_subclass__, a property read through super() -- runs as frames (each may sleep).
import time
def gen(n):
    for i in range(n):
        time.sleep(0.001)
        yield i
print(list(zip(gen(3), gen(4))))
print(list(zip(gen(3), "ab")))
print(list(zip("abc", gen(2))))
try:
    print(list(zip(gen(3), gen(2), strict=True)))
except ValueError as e:
    print("ValueError", e)
try:
    print(list(zip(gen(2), gen(3), strict=True)))
except ValueError as e:
    print("ValueError", e)
for a, b in zip(gen(2), gen(2)):
    print(a, b)
print(list(map(lambda a, b: a * b, gen(3), gen(3))))
print(list(map(pow, [2, 3], gen(5))))
def bad():
    yield 1
    raise KeyError("x")
try:
    list(zip(gen(5), bad()))
except KeyError as e:
    print("KeyError", e)
z = zip(gen(3), gen(3))
print(next(z), next(z))
calls = iter([1, 2, 3, 0, 5])
def nxt():
    time.sleep(0.001)
    return next(calls)
print(list(iter(nxt, 0)))
for x in iter(nxt, 99):
    print("got", x)
    if x == 5: break
class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        time.sleep(0.001)
        Base.subs.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.subs, A.__name__)
class P:
    @property
    def v(self):
        time.sleep(0.001)
        return 41
class Q(P):
    @property
    def v(self):
        return super().v + 1
print(Q().v)
print(max(gen(4)), min(x for x in gen(3)), sorted(gen(3), reverse=True))
print(set(gen(3)), dict(zip(gen(2), gen(2))))
for a in [[1], [1, 2], []]:
    for b in [[1], [1, 2], []]:
        for c in [[1], [1, 2], []]:
            try:
                print(list(zip(a, iter(b), (x for x in c), strict=True)))
            except ValueError as e:
                print(e)
print(list(zip([1,2], strict=True)), list(zip(strict=True)))
