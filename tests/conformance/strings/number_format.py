for v in [0, 1, -1, 3.5, -2.25, 1e10, 1.5e-7, 123456.789, 2 ** 40, 0.1]:
    print(f"{v}|{v:10}|{v:<10}|{v:^10}|{v:e}|{v:.2f}|{v:g}|{v:+}")
for n in [0, 7, 255, -42, 10 ** 12]:
    print(f"{n:d}|{n:5d}|{n:05d}|{n:x}|{n:#x}|{n:o}|{n:b}|{n:,}|{n:_}|{n:>8}|{n:<8}|{n:^8}|")
print(format(0.5, "%"), format(1/3, ".2%"), format(12.0, "g"), format(1e-10, "g"), format(1e16, ".0f"))
print(str(1e300 * 10), str(-1e300 * 10), 1e300 * 1e300 == float("inf"), repr(2.0 ** 0.5))
print(round(0.125, 2), round(0.375, 2), round(2.5), round(-2.5), round(1.05, 1), 10 / 4, 9 / 3)
