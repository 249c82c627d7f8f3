from contextlib import contextmanager, suppress, nullcontext, closing
@contextmanager
def managed(name):
    print("acquire", name)
    yield name
    print("release", name)
with managed("r1") as a, managed("r2") as b:
    print("using", a, b)
with suppress(ZeroDivisionError, KeyError):
    print("before")
    {}["x"]
    print("never")
with nullcontext(42) as v:
    print(v)
class Res:
    def close(self):
        print("closed")
with closing(Res()):
    print("using res")
@contextmanager
def transaction():
    print("begin")
    try:
        yield
    except Exception as e:
        print("rollback", e)
        raise
    else:
        print("commit")
with transaction():
    print("work")
try:
    with transaction():
        raise ValueError("fail")
except ValueError:
    print("propagated")
