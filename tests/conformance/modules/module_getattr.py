# PEP 562: a module's own __getattr__ answers for the names it lacks
# (asyncio's uses it to explain its Windows-only names).
import sys

m = type(sys)("ленивый")
m.есть = 1


def lazy(name):
    if name.startswith("x"):
        return name.upper()
    raise AttributeError(f"module {m.__name__!r} has no attribute {name!r} (нет такого)")


m.__getattr__ = lazy
print(m.есть, m.xyz, getattr(m, "x1"))
print(hasattr(m, "xa"), hasattr(m, "b"), getattr(m, "b", "по умолчанию"))
try:
    m.b
except AttributeError as e:
    print("AttributeError:", e)
del m.__getattr__
try:
    m.xyz
except AttributeError as e:
    print("AttributeError:", e)

m2 = type(sys)("m2")
m2.__getattr__ = lambda name: 1 / 0
try:
    m2.anything
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
m2.__getattr__ = 5
try:
    m2.anything
except TypeError as e:
    print("TypeError:", e)
