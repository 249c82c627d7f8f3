import functools
@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
p = functools.partial(print, "prefix:", sep="|")
p("a", "b")
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0), functools.reduce(max, [3, 9, 2]))
def logged(func):
    @functools.wraps(func)
    def inner(*a, **k):
        return func(*a, **k)
    return inner
@logged
def target(x):
    """Target doc."""
    return x
print(target.__name__, target.__doc__, target.__wrapped__.__name__, target(7))
