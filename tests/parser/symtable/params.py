def f(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    return a, b, c, args, d, e, kwargs
async def g(x):
    await x
    return x
def h(x: int, *, y: 'str' = '') -> bool:
    pass
