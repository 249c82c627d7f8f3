# exc.__traceback__ is a traceback object: tb_frame, tb_lineno, tb_next;
# frames from sys._getframe() and tb_frame: f_code, f_lineno (live, and
# the last line once the frame returned), f_locals, f_back; re-raising
# adds entries on top; with_traceback(); __exit__ gets the traceback.
import sys

def inner(n):
    x = n * 2
    if n == 0:
        raise ValueError("ноль")
    inner(n - 1)

def outer():
    y = "местная"
    inner(2)

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is e.__traceback__, tb is sys.exc_info()[2])
    while tb:
        f = tb.tb_frame
        print(tb.tb_lineno, f.f_code.co_name, f.f_lineno, sorted(f.f_locals) if f.f_code.co_name != "<module>" else "-", f.f_back.f_code.co_name if f.f_back else None)
        tb = tb.tb_next

def where():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno, sys._getframe(1) is f.f_back)
    return f

def caller():
    z = 1
    fr = where()
    print(sorted(fr.f_back.f_locals), fr.f_back.f_locals["z"], fr.f_back.f_lineno)
    return fr
fr = caller()
print(fr.f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)

def g():
    yield sys._getframe()
    yield 2
gen = g()
gf = next(gen)
print(gf.f_code.co_name, gf.f_back, gf.f_lineno)
e = ValueError("x")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    e.__traceback__ = 5
except TypeError as err:
    print(err)
try:
    raise e
except ValueError:
    t1 = e.__traceback__
try:
    raise e
except ValueError:
    t2 = e.__traceback__
print(t2.tb_next is t1, t2.tb_lineno, t1.tb_lineno)
e2 = KeyError("k").with_traceback(t1)
print(e2.__traceback__ is t1)

class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, type(tb).__name__, tb.tb_lineno)
        return True
with CM():
    raise OSError("ой")
def cl():
    a = 1
    def inner():
        return a + 1
    b = sys._getframe()
    return inner, b
inn, fb = cl()
print(sorted(fb.f_locals)[:2], fb.f_locals["a"])
print(repr(fb).startswith("<frame at 0x"), repr(fb).endswith(f", line {fb.f_lineno}, code cl>"), repr(t1).startswith("<traceback object at"))


def boom():
    raise KeyError("к")


def keep():
    try:
        boom()
    except KeyError as e:
        return e


err = keep()
tb = err.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_next.tb_frame.f_code.co_name,
      tb.tb_next.tb_next, tb.tb_frame.f_back.f_code.co_name, tb.tb_lasti > 0)
err.__traceback__ = None
print(err.__traceback__, type(tb.tb_frame).__name__, type(tb).__name__)
try:
    raise ValueError("в генераторе") from err
except ValueError as e:
    print(e.__cause__.__traceback__, e.__traceback__.tb_next)
