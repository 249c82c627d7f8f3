# lru_cache's wrapper is C code in CPython: a recursion through it shows
# only the decorated function's own frames.
import functools


@functools.lru_cache(maxsize=None)
def fact(n):
    if n == 2:
        raise ValueError("two")
    return n * fact(n - 1)


print(fact.__name__)
fact(4)
