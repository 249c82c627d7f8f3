# collections.Counter as CPython 3.11 has it: arithmetic and in-place
# operators, rich comparisons (missing counts are zero), update/subtract
# with mappings and iterables, and repr with the subclass name.
from collections import Counter
a = Counter("aabbbc")
b = Counter("abd")
print(a + b, a - b, a | b, a & b)
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1))
c = Counter(a)
c += Counter(b=-5, z=1)
print(c)
c -= Counter(a=1)
print(c)
c |= Counter(a=7)
print(c)
c &= Counter(a=3, z=4)
print(c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2) >= Counter(), Counter(a=1) > Counter(a=1))
d = Counter(x=3)
del d["missing"]
del d["x"]
print(d, d.copy(), type(Counter(a=1).copy()).__name__)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
e = Counter({"a": 1})
e.update({"a": 2, "b": 1})
e.update(["a"], c=5)
e.subtract({"c": 10})
e.subtract("b")
print(e, e.total(), e.most_common(2), sorted(e.elements()))
class Mine(Counter):
    pass
m = Mine("hello")
print(m, m.copy(), type(m.copy()).__name__, m + m)
print(Counter(a=1) == 5, Counter(a=1).__eq__(5))
try:
    Counter(a=1) < 5
except TypeError as ex:
    print("TypeError:", ex)
from collections import Counter
class C(Counter):
    pass
print(C("abracadabra"))
print(Counter())
print(C())
c = Counter(a=1, b="x")
try:
    print(c)
except TypeError as e:
    print("TypeError", e)
print(repr(Counter({"x": 2.5, "y": -1})))
