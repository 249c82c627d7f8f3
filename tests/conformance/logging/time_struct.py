# struct_time, gmtime, localtime, mktime, asctime and ctime on fixed values.
# Regenerate with TZ=UTC: the simulated machine's local zone is UTC.
import time

t = time.gmtime(1767225600)
print(t)
print(repr(t), str(t) == repr(t), len(t), t.tm_zone, t.tm_gmtoff)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[2:5], list(t), tuple(t), isinstance(t, tuple))
print(t == (2026, 1, 1, 0, 0, 0, 3, 1, 0), hash(t) == hash(tuple(t)))
print(type(t), type(t).__name__, time.struct_time)
print(t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
y, mo, d, *rest = t
print(y, mo, d, rest)
lt = time.localtime(1767225600.9)
print(lt, lt.tm_zone, lt.tm_gmtoff)
for secs in [0, -1, -1.5, 86399.999, 951782400, 1e10, 2**40, 4102444800, -62135596800, 1709164800, True]:
    g = time.gmtime(secs)
    print(secs, tuple(g), time.asctime(g), time.ctime(secs), time.mktime(g))
for bad in ["x", float("nan"), 1e20, 2**62, [1]]:
    try:
        print(time.gmtime(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(time.mktime((2026, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2026, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.mktime((2026, 13, 40, 25, 61, 70, 0, 0, -1)), time.mktime((2026, 0, 0, -1, 0, 0, 0, 0, 0)))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, 0)), time.mktime((2026, 1, 1, 0, 0, 0, 0, 1, 1)))
for bad in [(1, 2), (2026, 1, 1, 0, 0, 0.5, 0, 1, 0), (10**10, 1, 1, 0, 0, 0, 0, 1, 0), 5]:
    try:
        print(time.mktime(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(time.asctime((2026, 1, 1, 0, 0, 0, 0, 0, 0)), time.asctime((12345, 1, 1, 0, 0, 0, 6, 0, 0)))
print(time.asctime((2026, 2, 29, 9, 5, 3, 2, 60, 0)))
for bad in [(2026, 13, 1, 0, 0, 0, 0, 0, 0), 5, (1, 2, 3)]:
    try:
        print(time.asctime(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)))
s = time.struct_time((2026, 1, 1, 0, 0, 0, 3, 1, 0, "XYZ", 7200))
print(s, s.tm_zone, s.tm_gmtoff, len(s))
print(time.struct_time([2026, 1, 1, 0, 0, 0, 3, 1, 0]).tm_zone)
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.gmtime, time.strftime, time.localtime)
for f, a in [(time.gmtime, (1, 2)), (time.localtime, (1, 2)), (time.mktime, ()), (time.asctime, (1, 2)),
             (time.ctime, (1, 2)), (time.ctime, ("x",))]:
    try:
        f(*a)
    except TypeError as e:
        print(f.__name__, e)
try:
    time.gmtime(secs=1)
except TypeError as e:
    print(e)
# The default argument is the current time: check consistency, not the value.
now = time.time()
g = time.gmtime()
print(abs(time.mktime(g) - now) < 5, time.localtime().tm_zone, len(time.ctime()), len(time.asctime()))
print(time.strftime("%Y", time.localtime(now)) == time.strftime("%Y"))
