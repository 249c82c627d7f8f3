import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9), math.floor(5), math.ceil(5.0))
print(math.sqrt(0), math.sqrt(1e100), math.pow(2, 0.5), math.exp(1) == math.e, math.log(1))
print(round(math.sin(math.pi), 10), round(math.cos(math.pi), 10), round(math.atan2(1, 1), 10), round(math.asin(1), 10))
print(math.gcd(0, 5), math.gcd(-12, 8), math.lcm(4, 6), math.factorial(0), math.comb(10, 3), math.perm(4))
print(math.isclose(1.0, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2), math.copysign(3, -0.0), math.fabs(-0.0))
print(math.hypot(1, 1), math.dist((0, 0), (3, 4)), math.isqrt(99), math.log(100, 10), math.log2(8))
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.sqrt(-0.1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
