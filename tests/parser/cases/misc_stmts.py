pass
assert x
assert x, 'message'
del x
del x, y
del a[0], b.c
del (a, b)
del [a, b]
x = 1; y = 2;
if x: y = 1; z = 2
...
global g
