import math
import math as m
from math import sqrt, floor as fl
from collections import *
import itertools, functools
print(m.pi == math.pi, sqrt(4), fl(2.5), deque([1]), itertools.count.__name__ if hasattr(itertools.count, "__name__") else "count")
import random as rnd
rnd.seed(3)
print(rnd.randint(1, 10))
def local_import():
    import math
    return math.factorial(5)
print(local_import(), functools.reduce(lambda a, b: a + b, [1, 2]))
