# The built-in types' special methods called by name: through super() in a
# subclass, unbound (int.__add__), as functions passed around.
import functools


class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)


d = LoggingDict()
d["a"] = 1
d["b"] = 2
print(d["a"], len(d), "a" in d)
del d["a"]
print(d, d.__len__(), d.__contains__("b"))
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)


class Scaled(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10

    def __len__(self):
        return super().__len__() + 100

    def __contains__(self, x):
        return super().__contains__(x // 10)

    def __iter__(self):
        for x in super().__iter__():
            yield -x

    def __repr__(self):
        return "Scaled" + super().__repr__()


s = Scaled([1, 2, 3])
print(s[1], len(s), 20 in s, 50 in s, list(s), s, repr(s))
s2 = Scaled([1])
s2 += [2]
print(s2, type(s2).__name__, super(Scaled, s2).__len__())


class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))

    __radd__ = __add__

    def __neg__(self):
        return Money(super().__neg__())

    def __repr__(self):
        return f"Money({super().__repr__()})"

    def __str__(self):
        return f"{int(self)} руб."

    def __eq__(self, other):
        return super().__eq__(other)

    def __hash__(self):
        return super().__hash__()


m = Money(5) + 7
print(repr(m), str(m), repr(3 + Money(1)), repr(-Money(4)), m == 12, hash(m) == hash(12), {m: "x"}[12])
print(repr(Money(5) + True), Money(5).__add__(2.5) if False else "")


class Upper(str):
    def __getitem__(self, i):
        return Upper(super().__getitem__(i).upper())

    def __len__(self):
        return super().__len__() * 2

    def __eq__(self, other):
        return super().__eq__(other.upper() if isinstance(other, str) else other)

    __hash__ = str.__hash__


u = Upper("привет")
print(u[0], u[1:3], len(u), u == "ПРИВЕТ", u == "привет", u.__ne__("x"), u + "!", type(u + "!").__name__)


class Tag(str):
    def __hash__(self):
        return 42


print(hash(Tag("x")), hash(Tag("y")))

print(int.__add__(2, 3), int.__add__(2, 3.0), float.__add__(2.0, 3), int.__radd__(2, 3))
print(int.__mul__(3, 4), int.__truediv__(7, 2), int.__floordiv__(7, 2), int.__mod__(7, 3), int.__pow__(2, 10))
print(int.__lt__(1, 2), int.__lt__(1, 2.5), float.__lt__(1.5, 2), int.__eq__(1, "1"), str.__lt__("a", "b"))
print(int.__and__(6, 3), int.__lshift__(1, 4), int.__invert__(5), int.__neg__(5), float.__neg__(2.5), int.__abs__(-3))
print(float.__int__(3.9), int.__float__(3), float.__trunc__(-3.5), float.__floor__(-3.5), float.__ceil__(-3.5))
print(int.__bool__(0), float.__bool__(0.5), list.__len__([1, 2]), tuple.__len__(()), str.__len__("ёж"))
print(str.__add__("a", "b"), str.__mul__("ab", 3), str.__rmul__("ab", 2), str.__mod__("%d!", 5))
print(list.__add__([1], [2]), list.__mul__([0], 3), tuple.__add__((1,), (2,)))
print(set.__or__({1}, {2}), set.__and__({1, 2}, {2}), frozenset.__sub__(frozenset({1, 2}), {1}), set.__or__({1}, [2]))
print(dict.__or__({1: 2}, {3: 4}), dict.__len__({}), range.__len__(range(10)), range.__getitem__(range(10), -1))
print(list.__getitem__([1, 2, 3], slice(1, None)), str.__getitem__("abc", 1), list.__contains__([1], 1))
print(str.__repr__("a'b"), int.__repr__(7), float.__repr__(0.1), list.__repr__([1, "a"]), bool.__repr__(True))
print(str.__format__("ab", ">4"), int.__format__(255, "x"), float.__format__(2.5, ".2f"), object.__format__(1, ""))
print(object.__lt__(1, 2), object.__eq__(1, 1), tuple.__hash__((1, 2)) == hash((1, 2)), list.__hash__, dict.__hash__)
print(functools.reduce(int.__mul__, [1, 2, 3, 4]), sorted([3, 1, 2], key=int.__neg__), list(map(str.__len__, ["a", "bb"])))
print(bool.__and__(True, False), bool.__or__(True, False), type(bool.__and__(True, False)).__name__)

lst = [1, 2, 3]
list.__setitem__(lst, 0, 9)
list.__delitem__(lst, 1)
print(lst, list.__iadd__(lst, (4,)), lst)

for bad in (lambda: int.__add__(1), lambda: int.__neg__(1, 2), lambda: list.__getitem__([1], 5),
            lambda: int.__add__("a", 1), lambda: list.__setitem__([], 0, 1), lambda: str.__format__("a", 5)):
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

for bad in (lambda: str.__add__("a", 1), lambda: list.__add__([1], (2,)), lambda: str.__mul__("a", "b"),
            lambda: tuple.__add__((), [])):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
