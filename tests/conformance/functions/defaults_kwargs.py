def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, a=2))
def defaults(l=[]):
    l.append(1)
    return l
print(defaults(), defaults())
lam = lambda x, y=10: x + y
print(lam(1), lam(1, 2), (lambda *a: a)(1, 2))
def kwonly(*, key):
    return key
print(kwonly(key="k"))
