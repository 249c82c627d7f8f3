def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1))
from functools import reduce, partial
print(reduce(lambda acc, f: f(acc), [inc, dbl, inc], 0))
pow2 = partial(pow, 2)
print([pow2(i) for i in range(6)], pow2.func is pow, pow2.args)
print(sorted(["x10", "x9", "x100"], key=lambda s: int(s[1:])), list(filter(lambda n: n % 3 == 0, range(10))))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80))
