a, b = b, a
a, (b, c) = 1, (2, 3)
[a, [b, c]] = x
first, *middle, last = items
print(*a, sep='')
d = {**x, **y}
l = [*range(3), 4]
s = {*a}
t = *a, *b
for a, (b, c) in x: pass
