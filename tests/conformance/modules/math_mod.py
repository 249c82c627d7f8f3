import math
print(math.pi, math.e, math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5))
print(math.gcd(12, 18), math.factorial(10), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 6), math.degrees(math.pi), math.radians(180))
print(math.inf > 10 ** 18, math.isnan(math.nan), math.isinf(-math.inf), math.trunc(-3.7), math.fabs(-2))
print(math.comb(5, 2), math.perm(5, 2), math.isqrt(17), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
from math import pi as PI, sqrt
print(PI, sqrt(9))
