# collections.namedtuple: _make, _replace, _asdict, __match_args__, defaults,
# and CPython 3.11's argument errors.
from collections import namedtuple
P = namedtuple("P", "x y")
print(P, P.__name__, P.__qualname__, P._fields, P.__match_args__)
p = P(1, 2)
print(p, p._make([3, 4]), P._make((5, 6)), p._asdict(), p._replace(x=9))
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
for args in [(), (1,), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    P(1, 2, x=3)
except TypeError as e:
    print("TypeError", e)
match p:
    case P(a, b):
        print("match", a, b)
Q = namedtuple("Q", ["a", "b"], defaults=[0])
print(Q(1), Q._field_defaults, Q(a=5, b=6), isinstance(Q(1), tuple), Q(1) == (1, 0))
print(p.x, p[1], len(p), list(p), p + (3,), hash(p) == hash((1, 2)), type(p).__name__)
x, y = p
print(x, y, p.count(1), p.index(2))
R = namedtuple("R", "a, b c")
print(R(1, 2, 3))
