# Natives check the types of their arguments before reading them as ints,
# floats or strings (found by the VM fuzzer: random.randint(0, 'x') read a
# str as an int; str.upper(5) ran str's code on an int).
import math
import random
import sys

cases = [
    lambda: random.randint(0, "x"), lambda: random.randrange("a"), lambda: random.randrange(),
    lambda: random.uniform(1, "b"), lambda: random.getrandbits(None), lambda: random.sample([1, 2], k="2"),
    lambda: random.choices([1], k=1.5), lambda: random.choices([1, 2], weights=["a", "b"]),
    lambda: random.gauss("m"), lambda: random.expovariate([]),
    lambda: math.gcd(4, "6"), lambda: math.lcm(2.0, 3), lambda: math.isqrt("9"), lambda: math.comb(5, 2.0),
    lambda: math.perm("5"), lambda: math.fsum([1, "2"]), lambda: math.dist([1], ["a"]),
    lambda: math.isclose(1, 1, rel_tol="x"),
    lambda: "abc".center("5"), lambda: "abc".ljust(5, "ab"), lambda: "abc".rjust(5, 7), lambda: "abc".zfill(None),
    lambda: "abc".expandtabs("4"), lambda: "a,b".split(",", "1"), lambda: "a,b".rsplit(1),
    lambda: "abc".strip(5), lambda: "abc".find("b", "1"), lambda: "abc".count("b", 0, []),
    lambda: "abc".startswith("a", "x"), lambda: "abc".replace("a", "b", "c"), lambda: "abc".partition(5),
    lambda: "abc".removeprefix(1), lambda: "abc".index(), lambda: "abc".join(),
    lambda: int("10", "2"), lambda: int("10", 99), lambda: enumerate([1], "a"), lambda: round(1.5, "1"),
    lambda: pow(2, 3, "5"), lambda: "%*d" % ("a", 1), lambda: "%c" % 1.5, lambda: range(3).index("a"),
    lambda: str.upper(5), lambda: list.append((), 1), lambda: dict.keys([]), lambda: set.add(frozenset(), 1),
    lambda: delattr(object(), 5), lambda: sys.intern(5),
]
for i, case in enumerate(cases):
    try:
        print(i, repr(case()))
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__)
print(math.gcd(12, -18), math.lcm(4, 6), math.isqrt(2 ** 62), math.perm(5, 2), math.perm(3, 5), math.comb(6, 3))
print("ab".center(6, "*"), "ab".ljust(4, "-"), "7".zfill(3), "a\tb".expandtabs(4), int("ff", 16), int("z", 36))
r = range(-2 ** 62 * 2, 2 ** 62 - 1 + 2 ** 62, 2 ** 62)
print(list(r), r[3], r.index(2 ** 62), list(r[1:3]), list(range(2 ** 62 - 3 + 2 ** 62, 2 ** 62 - 1 + 2 ** 62)))
