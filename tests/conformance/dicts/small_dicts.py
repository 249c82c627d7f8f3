# Dicts of a few str keys, growing past them, mixing in other keys, deleting
# and re-adding, and mutating while iterating: order and contents as CPython.


def show(d):
    print(len(d), list(d.items()))


d = {}
for i, k in enumerate("abcdefgh"):
    d[k] = i
    show(d)
del d["b"]
del d["e"]
show(d)
d["b"] = "again"
show(d)

# A non-str key arriving in a dict of str keys, and str keys after it.
m = {"x": 1, "y": 2}
m[3] = "three"
m["z"] = 26
m[(1, 2)] = "tuple"
m[2.5] = "float"
show(m)
print(m[3], m["z"], m[(1, 2)], m.get(4), 3 in m, "x" in m, "w" in m)
del m["x"]
del m[3]
show(m)

# Equal keys of different types find the same entry.
n = {"k": 0}
n[1] = "one"
n[True] = "true"
n[1.0] = "float one"
show(n)


# Deleting and inserting while iterating (same size): the iteration follows
# the entries as CPython's does, before and after the table grows.
for size in (3, 5, 6, 9):
    d = {chr(ord("a") + i): i for i in range(size)}
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k == "a":
                del d["b"]
                d["new"] = -1
    except RuntimeError as e:
        seen.append("RuntimeError: " + str(e))
    print(size, seen, list(d))

# Instance dicts: attributes added, deleted, re-added.
class Obj:
    pass


o = Obj()
for i, name in enumerate(["p", "q", "r", "s", "t", "u", "v"]):
    setattr(o, name, i)
    print(list(vars(o)))
del o.q
o.q = "back"
print(vars(o))
o.__dict__[5] = "int key in an instance dict"
print(vars(o))
print(o.p, o.q, o.v)

# kwargs dicts.
def f(**kw):
    return kw


show(f(a=1, b=2, c=3))
show(f(**{"x": 1, "y": 2}, z=3))
e = {}
e.update(a=1)
e.clear()
e["b"] = 2
e.setdefault("c", 3)
show(e)
print(e.pop("b"), e.popitem(), e)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, dict.fromkeys("abc"), {**{"a": 1}, "b": 2, **{"a": 3}})
