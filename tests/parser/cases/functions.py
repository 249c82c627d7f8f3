def f():
    pass

def g(a, b):
    return a + b

def h(a, b=1, *args, c, d=2, **kwargs):
    return

def i(a, /, b, *, c):
    ...

def j(*, a=1):
    pass

def k(a, b, /):
    pass

def l(a=1, /, b=2):
    pass

def m(**kw):
    return kw

def n(*a):
    yield a

def o(): return 1
