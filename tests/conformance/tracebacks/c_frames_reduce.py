# functools.reduce and cmp_to_key's comparisons are C code in CPython: the
# traceback goes from the caller to the Python function they called.
import functools


def cmp(a, b):
    if a == 2 or b == 2:
        return [][0]
    return (a > b) - (a < b)


print(functools.reduce(lambda a, b: a * b, range(1, 6)))
try:
    sorted([3, 2, 1], key=functools.cmp_to_key(cmp))
except IndexError as e:
    print("IndexError", e)
functools.reduce(lambda a, b: a + b, [1, 2, "x"])
