# `x and y` / `x or y` with a Python __bool__ or __len__ (which may sleep): the
# answer decides whether x is the result.
import time
class T:
    def __init__(self, v, name): self.v = v; self.name = name
    def __bool__(self):
        time.sleep(0.001)
        print("bool", self.name)
        return self.v
    def __repr__(self): return self.name
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        time.sleep(0.001)
        return self.n
    def __repr__(self): return "L%d" % self.n
a, b = T(True, "a"), T(False, "b")
print(a and b, a or b, b and a, b or a)
print(L(0) or "x", L(2) and "y", L(0) and "z", L(3) or "w")
x = a and b and a
y = b or b or a
print(x, y)
print([v for v in (a, b, L(0), L(1)) if v and True])
try:
    class E:
        def __bool__(self): raise ValueError("no truth")
    print(E() or 1)
except ValueError as e:
    print("ValueError", e)
