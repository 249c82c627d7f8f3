# Changing a dict or set while iterating over it: the size check, and a
# dict's keys check (keys deleted and others added: same size, one item
# more than expected).
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for x in s:
        s.discard(x)
        s.add(x + 100)
except RuntimeError as e:
    print(e)
d = {1: 1}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
d = {1: 1, 2: 2, 3: 3}
it = iter(d.items())
print(next(it))
del d[1]
d[4] = 4
print(next(it))
print(next(it))
try:
    print(next(it))
except RuntimeError as e:
    print(e)
print(next(it, "exhausted after the error"))
d = {1: 1}
it = iter(d.values())
d[1] = 2
print(list(it))
