from functools import partial, reduce, wraps, lru_cache
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), partial(power, 2)(10))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
def deco(f):
    @wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def named():
    "doc here"
print(named.__name__, named.__doc__)
