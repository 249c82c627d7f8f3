f = lambda x, y=1: x + y
def g(a):
    return lambda b: a + b
h = lambda *args, **kw: (args, kw)
k = lambda: (lambda: k)
