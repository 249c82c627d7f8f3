# Keys with one hash: every lookup compares the key with each colliding key
# its probe meets, so how many times __eq__ runs shows where CPython puts
# keys -- when a dict grows (before the insertion that finds it full), how
# dict.update / fromkeys / copy presize, and that deleting never shrinks.
calls = 0
class S:
    def __init__(self, v): self.v = v
    def __hash__(self): return 12345
    def __eq__(self, o):
        global calls
        calls += 1
        return isinstance(o, S) and self.v == o.v
xs = [S(i) for i in range(50)]
def rep(label, v):
    global calls
    print(label, v, calls); calls = 0
s = set(xs[:40])
rep("set", len(s))
rep("fromkeys(set)", len(dict.fromkeys(s)))
d1 = dict.fromkeys(xs[:30], 1)
rep("fromkeys(list)", len(d1))
rep("fromkeys(dict)", len(dict.fromkeys(d1)))
d2 = dict.fromkeys(xs[20:45], 2)
rep("d2", len(d2))
d1.update(d2)
rep("d1.update(d2)", len(d1))
d3 = {}
d3.update(d1)
rep("empty.update(d1)", len(d3))
d4 = {S(100): 0}
d4.update(d1)
rep("d4.update(d1)", len(d4))
rep("dict(d1)", len(dict(d1)))
rep("{**d1, **d2}", len({**d1, **d2}))
rep("d1 | d2", len(d1 | d2))
d5 = dict(d1); d5 |= d2
rep("d5 |= d2", len(d5))
for x in xs[:25]: del d5[x]
rep("del x25", len(d5))
for x in xs[:25]: d5[x] = 0
rep("reinsert x25", len(d5))
rep("copy", len(d5.copy()))
rep("set(d5)", len(set(d5)))
rep("s | set(xs)", len(s | set(xs)))
d6 = dict.fromkeys(xs[:30])
rep("d6", len(d6))
rep("d6.pop(xs[29])", d6.pop(xs[29]))
rep("d6.setdefault(S(77), 5)", d6.setdefault(S(77), 5))
rep("d6.setdefault(xs[3], 5)", d6.setdefault(xs[3], 5))
rep("S(3) in d6.keys()", S(3) in d6.keys())
rep("(S(3), None) in d6.items()", (S(3), None) in d6.items())
rep("d6 == dict(d6)", d6 == dict(d6))
