# traceback over traceback objects and frames: extract_tb, format_tb,
# print_tb, walk_tb, format_list, print_list, StackSummary (extract,
# from_list, capture_locals, the repeated-line summary), FrameSummary,
# extract_stack, format_stack, print_stack, walk_stack(None).
import sys
import traceback


def inner(n):
    data = {"ключ": [1, 2]}
    if n == 0:
        return data["ключ"][5] + 1
    return inner(n - 1) * 2


def outer():
    return inner(5)


try:
    outer()
except IndexError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print(len(summary), type(summary).__name__, summary[0], summary[-1].line)
    for fs in summary[:2]:
        print(repr(fs), tuple(fs), fs == tuple(fs), len(fs), fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
    print("".join(traceback.format_tb(tb)), end="")
    print("".join(traceback.format_tb(tb, limit=2)), end="")
    print("".join(traceback.format_tb(tb, limit=-1)), end="")
    traceback.print_tb(tb, limit=1, file=sys.stdout)
    print([(f.f_code.co_name, line) for f, line in traceback.walk_tb(tb)])
    print(traceback.format_list(summary[-2:]))
    traceback.print_list([("файл.py", 3, "f", "x = 1"), ("b.py", 7, "g", None)], file=sys.stdout)
    print(traceback.extract_tb(tb, limit=1)[0].locals)
    caps = traceback.StackSummary.extract(traceback.walk_tb(tb), capture_locals=True)
    print(caps[-1].locals)
    print("".join(caps.format()[-1:]), end="")


def a():
    return b()


def b():
    print("".join(traceback.format_stack()), end="")
    traceback.print_stack(file=sys.stdout, limit=2)
    st = traceback.extract_stack()
    print([fs.name for fs in st], st[-1].line)
    st2 = traceback.extract_stack(sys._getframe().f_back)
    print([fs.name for fs in st2])
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)]


print(a())
print(traceback.StackSummary.from_list([("x.py", 1, "m", "pass")]).format())
fs = traceback.FrameSummary("нет.py", 10, "f", line="  y = 2  ")
print(fs.line, repr(fs._original_line), fs.locals)
print(traceback.FrameSummary("нет.py", 10, "f").line == "")


def rec(n):
    if n == 0:
        raise RuntimeError("дно")
    rec(n - 1)


try:
    rec(10)
except RuntimeError as e:
    print("".join(traceback.format_tb(e.__traceback__)), end="")
    print(len(traceback.extract_tb(e.__traceback__)))
