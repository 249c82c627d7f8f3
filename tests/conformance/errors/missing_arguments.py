# Built-in methods and module functions called with too few arguments raise
# TypeError (found by the VM fuzzer: they used to read past the arguments).
import math
import random
import sys

s = {1, 2}
d = {"a": 1}
xs = [1, 2]
calls = [
    lambda: s.add(), lambda: s.discard(), lambda: s.remove(), lambda: s.issubset(),
    lambda: s.issuperset(), lambda: s.isdisjoint(), lambda: s.symmetric_difference(),
    lambda: s.intersection_update(), lambda: d.setdefault(), lambda: d.pop(),
    lambda: dict.fromkeys(), lambda: d.__getitem__(), lambda: d.__setitem__("k"),
    lambda: d.__contains__(), lambda: xs.extend(), lambda: xs.remove(), lambda: xs.count(),
    lambda: (1, 2).count(), lambda: range(3).index(), lambda: range(3).count(),
    lambda: object().__eq__(), lambda: object().__ne__(), lambda: property().setter(),
    lambda: property().getter(), lambda: property().deleter(), lambda: ascii(),
    lambda: math.log2(), lambda: math.log10(), lambda: math.atan2(1), lambda: math.copysign(1),
    lambda: math.degrees(), lambda: math.radians(), lambda: math.isfinite(), lambda: math.isinf(),
    lambda: math.isnan(), lambda: math.isclose(1), lambda: math.factorial(), lambda: math.isqrt(),
    lambda: math.comb(3), lambda: math.perm(), lambda: math.fsum(), lambda: math.prod(),
    lambda: math.dist([1]), lambda: random.getrandbits(), lambda: random.uniform(1),
    lambda: random.choice(), lambda: random.shuffle(), lambda: random.sample(),
    lambda: random.choices(), lambda: random.expovariate(), lambda: sys.getsizeof(),
    lambda: sys.intern(),
]
for i, call in enumerate(calls):
    try:
        call()
        print(i, "no error")
    except TypeError:
        print(i, "TypeError")
