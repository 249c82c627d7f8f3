# split() and subgroup() with exception types and tuples of them.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), OSError(4), ExceptionGroup("deep", [KeyError(5)])]),
    ZeroDivisionError(6),
])


def show(label, part):
    print(f"{label}: {part!r}")


for matcher in (ValueError, TypeError, LookupError, ArithmeticError, (ValueError, KeyError), OSError, Exception,
                ExceptionGroup, MemoryError, ()):
    match, rest = eg.split(matcher)
    show(f"split {matcher!r} match", match)
    show(f"split {matcher!r} rest", rest)
    show(f"subgroup {matcher!r}", eg.subgroup(matcher))

# Everything matches the group itself: the same object comes back.
print(eg.split(ExceptionGroup)[0] is eg, eg.subgroup(Exception) is eg)
# Every leaf matches but not the group: a new group.
only = ExceptionGroup("only", [ValueError(1), ValueError(2)])
print(only.split(ValueError)[0] is only, only.split(ValueError)[0] == only)
# Nothing matches: the rest is a new group, the leaves are the same objects.
match, rest = only.split(TypeError)
print(match, rest is only, rest.exceptions[0] is only.exceptions[0])

beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1), SystemExit(2)])
match, rest = beg.split(Exception)
print(repr(match), repr(rest))
match, rest = beg.split((KeyboardInterrupt, SystemExit))
print(repr(match), repr(rest))

for bad in (1, [ValueError], (ValueError, 1), "ValueError", str.isdigit, None):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad), "TypeError:", e)
for args in ((), (ValueError, TypeError)):
    for method in (eg.split, eg.subgroup):
        try:
            method(*args)
        except TypeError as e:
            print("TypeError:", e)
