# itertools is C code in CPython: an error from inside accumulate() or
# starmap() shows the caller's line and the function it called.
import itertools


def add(a, b):
    return a + b


print(list(itertools.accumulate([1, 2, 3], add)))
print(list(itertools.starmap(add, [(1, 2), (3, 4)])))
list(itertools.accumulate([1, None], add))
