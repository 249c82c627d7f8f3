# split() and subgroup() with a predicate: it sees every group and leaf.
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])

seen = []


def record(e):
    seen.append(repr(e))
    return False


print(eg.split(record))
print(seen)

print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
print(eg.subgroup(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] % 2 == 1))
print(eg.subgroup(lambda e: True) is eg)
print(eg.split(lambda e: 0))
print(eg.split(lambda e: []))
print(eg.split(lambda e: "yes"))


def odd(e):
    return isinstance(e, ValueError)


print(eg.split(odd))


class Callable:
    def __call__(self, e):
        return True


try:
    eg.split(Callable())
except TypeError as e:
    print("TypeError:", e)


def fails(e):
    if isinstance(e, KeyError):
        raise RuntimeError("predicate failed on " + repr(e))
    return False


try:
    eg.split(fails)
except RuntimeError as e:
    print("RuntimeError:", e)
