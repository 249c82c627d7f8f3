# traceback: format_exc / print_exc / format_exception / print_exception /
# format_exception_only, in CPython's pieces (a string per entry, per
# note line, per chain sentence), with limit= and chain=.
import traceback
import sys


def inner(n):
    if n == 0:
        raise ValueError("глубоко: ноль")
    inner(n - 1)


def outer():
    try:
        inner(3)
    except ValueError as e:
        raise RuntimeError("обёртка") from e


print(repr(traceback.format_exc()))
try:
    outer()
except RuntimeError as e:
    chunks = traceback.format_exception(e)
    print(len(chunks))
    for c in chunks:
        print(repr(c))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__, limit=1, chain=False))
    print(traceback.format_exception(e, limit=-2, chain=False))
    print(traceback.format_exception(e, limit=0))
    print(traceback.format_exc(chain=False))
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(e, limit=2, file=sys.stdout)
try:
    {}["ключ"]
except KeyError:
    traceback.print_exc()
e = ValueError("note me")
e.add_note("first note")
e.add_note("second\nnote")
print(traceback.format_exception(e))
print(traceback.format_exception_only(e))
print(traceback.format_exception(None))
try:
    traceback.format_exception(5)
except TypeError as err:
    print(err)
try:
    traceback.format_exception(e, e)
except ValueError as err:
    print(err)


def rec(n):
    return rec(n + 1)


try:
    rec(0)
except RecursionError:
    lines = traceback.format_exc().splitlines()
    print(len(lines) < 20, lines[-1], [l for l in lines if "repeated" in l])
try:
    raise ExceptionGroup("группа", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    print("".join(traceback.format_exception(g)) == traceback.format_exc())
    sys.stdout.write(traceback.format_exc())
