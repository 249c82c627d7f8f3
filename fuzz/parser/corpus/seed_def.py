def f(x, /, y=1, *a, k, **kw):
    return [i async for i in x] if y else {**kw}
