def f(a, b=[], *args, c=None, **kwargs):
    b.append(a)
    return a, b, args, c, kwargs
print(f(1))
print(f(2))
print(f(3, [], 4, 5, c=6, d=7))
def g(*, only_kw=1):
    return only_kw
print(g(), g(only_kw=2))
try:
    g(1)
except TypeError as e:
    print(e)
def h(a, b, /, c):
    return a, b, c
print(h(1, 2, 3), h(1, 2, c=3))
try:
    h(1, b=2, c=3)
except TypeError as e:
    print(e)
def many(a, b, c, d):
    pass
for call in [lambda: many(1), lambda: many(1, 2), lambda: many(1, 2, 3, 4, 5), lambda: many(1, 2, 3, 4, a=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
def kwo(*, a, b):
    pass
try:
    kwo()
except TypeError as e:
    print(e)
print((lambda *a, **k: (a, k))(1, x=2))
