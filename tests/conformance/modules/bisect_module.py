# bisect: CPython's C functions -- the same calls of len(), a[mid], the key
# and `<` in the same order, the same errors, no frames of their own in a
# traceback.
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right
a = [1, 2, 2, 2, 3, 5, 8]
print([bisect_left(a, x) for x in range(10)])
print([bisect_right(a, x) for x in range(10)])
print(bisect.bisect(a, 2), bisect.bisect(a, 2, 2), bisect_left(a, 2, 2, 4), bisect_right(a, 2, hi=3), bisect_left(a, 5, hi=None))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(b, x)
print(b)
insort_left(b, 5); insort_right(b, 5, 0, 3); print(b)
people = [("ann", 31), ("bob", 25), ("cid", 40)]
people.sort(key=lambda p: p[1])
print(bisect_left(people, 30, key=lambda p: p[1]), bisect_right(people, 40, key=lambda p: p[1]))
insort(people, ("dan", 33), key=lambda p: p[1]); print(people)
log = []
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v)); return self.v < o.v
    def __repr__(self): return f"V{self.v}"
vs = [V(i) for i in range(0, 20, 2)]
print(bisect_left(vs, V(7)), log); log.clear()
print(bisect_right(vs, V(8)), log); log.clear()
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len"); return self.n
    def __getitem__(self, i):
        print("get", i); return i * 10
print(bisect_left(Seq(8), 35))
class I:
    def __index__(self): return 1
print(bisect_left(a, 2, I()), bisect_right(a, 2, True))
for args in ([a, 1, -1], [a, 1, "x"], [5, 1], [a, 1, 0, 20], [a, 1, None]):
    try:
        print(bisect_left(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(bisect_left(a, 2, hi=-5), bisect_left.__name__, bisect.bisect.__name__)
def bad_key(p):
    return p[5]
try:
    bisect_left(people, 1, key=bad_key)
except IndexError as e:
    print("IndexError", e)
bisect_left([1, "a"], 2)
