# `t += x` grows t in place where it can (the old string becomes the start of
# the new one's buffer): every string keeps its own value, whoever holds it.

t = "a" * 70
kept = []
for i in range(200):
    kept.append(t)
    t += str(i % 10)
print(len(t), t[-12:], hash(t) == hash("".join(kept[-1]) + "9"))
print([len(s) for s in kept[::40]], kept[100][-5:], kept[0] == "a" * 70)
print(kept[50] + "|", kept[50][68:], kept[50].count("1"), kept[150].endswith("789"))
print(sum(len(s) for s in kept), len(set(kept)), sorted(kept)[0] == kept[0])

# Reading an old value, then growing it again from there.
base = "b" * 100
first = base + "1"
second = base + "2"
third = first + "3"
print(base[-3:], first[-3:], second[-3:], third[-3:], len(base), len(first), len(second), len(third))
print(base == "b" * 100, first == "b" * 100 + "1", second == "b" * 100 + "2", third == "b" * 100 + "13")

# The same string on both sides, and as keys.
u = "u" * 80
u += u
print(len(u), u == "u" * 160)
d = {}
s = "k" * 90
for i in range(5):
    d[s] = i
    s += "k"
print(sorted(len(k) for k in d), d["k" * 92], "k" * 90 in d)

# Non-ASCII text, lengths and slices of old values.
w = "\u00e9\u4e2d" * 40
olds = []
for ch in "\u00fc\u0394x\U0001f600":
    olds.append(w)
    w += ch
print(len(w), [len(o) for o in olds], w[-4:], olds[2][-3:], olds[3].encode("utf-8")[-6:])

# A subclass on the left, an interned string on the left.
class S(str):
    pass


sub = S("s" * 70)
r = sub + "!"
print(type(r).__name__, len(r), len(sub), type(sub).__name__)
name = "interned_identifier_that_is_quite_long_for_a_name_but_valid_xxxxxxx"
other = name + "_more"
print(name, other[-10:])


# Growing a string inside __str__ while print() and str.format use it.
class Grow:
    def __str__(self):
        global g
        g += "+"
        return "grew"


g = "g" * 70
print(g[-2:], Grow(), g[-2:])
fmt = "{} " * 20 + "x" * 50
print((fmt + "{}").format(*range(20), Grow())[-8:], g[-3:])
print("%s %s" % (g[-4:], Grow()), g[-4:])

# Collections in between (garbage enough to start several).
chain = "c" * 64
refs = []
for i in range(3000):
    if i % 500 == 0:
        refs.append(chain)
    chain += "c"
    junk = [[i] for i in range(100)]
print(len(chain), [len(x) for x in refs], all(x == "c" * len(x) for x in refs))
