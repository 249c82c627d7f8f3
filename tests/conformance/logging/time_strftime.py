# time.strftime directives, flags and widths on fixed dates. Regenerate with
# TZ=UTC (the simulated machine's zone): %s and the isdst=1 case depend on it.
import time

dates = [
    (2026, 1, 1, 0, 0, 0, 3, 1, 0),
    (2026, 3, 5, 7, 8, 9, 3, 64, 0),
    (2024, 12, 30, 13, 45, 59, 0, 365, 0),
    (2021, 1, 3, 23, 59, 60, 6, 3, 0),
    (1999, 12, 31, 12, 0, 0, 4, 365, 0),
    (-45, 12, 25, 13, 0, 0, 4, 359, 0),
    (5, 7, 4, 1, 2, 3, 2, 185, 0),
]
for t in dates:
    print(t)
    for d in "aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyY%":
        print("  %" + d, repr(time.strftime("%" + d, t)))

t = (2026, 3, 5, 7, 8, 9, 3, 64, 0)
t2 = (-45, 12, 25, 13, 0, 0, 4, 359, 0)
for d in "aAbBpPdeHIjklmMSyYCGguwUVW":
    row = []
    for f in ["", "-", "_", "0", "^", "#"]:
        for w in ["", "6", "1"]:
            row.append(time.strftime("%" + f + w + d, t) + "|" + time.strftime("%" + f + w + d, t2))
    print(d, row)

print(repr(time.strftime("%Q %-Q %5Q %E %Ez %OY %EY %Oy %Ec %Ex %EX %OH %_% %", t)))
print(repr(time.strftime("%^c|%10T|%-D|%^x|%#X|%F|%6F|%h|%n|%t|%%|%s", t)))
print(repr(time.strftime("%H:%M:%S", t)), repr(time.strftime("%Y-%m-%d %H:%M:%S", t)))
print(repr(time.strftime("", t)), repr(time.strftime("plain text", t)))
print(repr(time.strftime("Время: %H ч %M мин", t)))
print(repr(time.strftime("%z|%Z|%-z|%_z", (2026, 1, 1, 0, 0, 0, 0, 1, 0))))
print(repr(time.strftime("%z|%Z", (2026, 1, 1, 0, 0, 0, 0, 1, -1))))
print(repr(time.strftime("%Z", (2026, 1, 1, 0, 0, 0, 0, 1, 5))))
print(repr(time.strftime("%z|%Z", time.struct_time((2026, 1, 1, 0, 0, 0, 0, 1, 0, "ABC", -5400)))))
print(repr(time.strftime("%z|%Z", time.gmtime(0))))
print(time.strftime("%Y %m %d %j", (2026, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%a", (2026, 1, 1, 0, 0, 0, 9, 1, 0)), time.strftime("%a", (2026, 1, 1, 0, 0, 0, -1, 1, 0)))
print(time.strftime("%s", (2026, 1, 1, 0, 0, 0, 0, 1, 1)), time.strftime("%s", (2026, 1, 1, 0, 0, 0, 0, 1, 0)))

bad = [(2026, 13, 1, 0, 0, 0, 0, 1, 0), (2026, 1, 32, 0, 0, 0, 0, 1, 0), (2026, 1, 1, 24, 0, 0, 0, 1, 0),
       (2026, 1, 1, 0, 60, 0, 0, 1, 0), (2026, 1, 1, 0, 0, 62, 0, 1, 0), (2026, 1, 1, 0, 0, 0, -2, 1, 0),
       (2026, 1, 1, 0, 0, 0, 0, 367, 0), (2026, 1, 1, 0, 0, 0, "x", 1, 0), (2026, 1, 1, 0, 0, 0, 0, 1, 0, 0),
       (2026, 1.5, 1, 0, 0, 0, 0, 1, 0), [2026, 1, 1, 0, 0, 0, 0, 1, 0], "abcdefghi", 5]
for b in bad:
    try:
        print(repr(time.strftime("%Y", b)))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), ("a", (2026, 1, 1, 0, 0, 0, 0, 1, 0), 2), (5,), ("%Y\0",)]:
    try:
        time.strftime(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strftime(format="%Y")
except Exception as e:
    print(type(e).__name__, e)
