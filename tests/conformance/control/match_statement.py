from collections import defaultdict, deque
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Color:
    RED = "red"
def m(v):
    match v:
        case 0: return "zero"
        case None: return "none"
        case True: return "true"
        case -1 | 1.5: return "neg one or 1.5"
        case "hi" | b"hi": return "greeting"
        case []: return "empty seq"
        case [x]: return f"one {x}"
        case [1, *rest] if rest: return f"starts 1, rest {rest}"
        case (a, b): return f"pair {a} {b}"
        case [_, _, *_, last]: return f"long, last {last}"
        case {"k": 1, **kw}: return f"k1 {kw}"
        case {"k": x}: return f"k={x}"
        case {}: return "empty-ish mapping"
        case P(0, y=0): return "origin"
        case P(x, y) if x == y: return f"diag {x}"
        case P(x=xx): return f"P x={xx}"
        case Color.RED: return "red!"
        case int(n) | float(n): return f"number {n}"
        case str() as s: return f"str {s!r}"
        case _: return "other"
for v in [0, None, True, False, -1, 1.5, "hi", b"hi", [], (), [5], [1, 2, 3], [1], (7, 8),
          [1, 2, 3, 4, 5], range(4), deque([9, 8]), {"k": 1, "z": 2}, {"k": 5}, {"q": 0},
          defaultdict(int), P(0, 0), P(2, 2), P(1, 2), "red", 42, 2.5, "str", object]:
    print(repr(v) if not isinstance(v, (P, type)) else type(v).__name__, "->", m(v))
match = 5
print(match)
def match(x): return x * 2
print(match(3))
case = [1]
match case:
    case [c]:
        print("soft keywords", c)
match 1, 2:
    case a, b:
        print("tuple subject", a, b)
x = {"a": 1}
match x:
    case {"b": _}:
        pass
print("no match, fine")
def loop():
    for item in [1, "a", [2, 3], None]:
        match item:
            case int():
                continue
            case str(s):
                print("str", s)
            case [a, b]:
                print("list", a, b)
                break
        print("after", item)
    return "done"
print(loop())
class B:
    __match_args__ = ["x"]
class Q:
    @property
    def x(self): return 10
match Q():
    case Q(x=10): print("property matched")
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def m1(v):
    match v:
        case len(): return "len"
def m2(v):
    match v:
        case P(1, 2, 3): return 1
def m3(v):
    match v:
        case int(1, 2): return 1
def m4(v):
    match v:
        case B(1): return 1
def m5(v):
    match v:
        case P(1, x=1): return 1
def m6(v):
    k = "a"
    class K: a = "a"
    match v:
        case {"a": 1, K.a: 2}: return 1
def m7(v):
    match v:
        case object(1): return 1
t(lambda: m1(3)); t(lambda: m2(P(1, 2))); t(lambda: m3(1)); t(lambda: m4(B())); t(lambda: m5(P(1, 2)))
t(lambda: m6({"a": 1})); t(lambda: m7(1))
