# BaseException.add_note and __notes__ (PEP 678).
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nwith two lines")
print(e.__notes__, e.__dict__)


class Text(str):
    pass


e.add_note(Text("a str subclass"))
print(e.__notes__)

for bad in (1, None, b"bytes", ["list"]):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)
try:
    e.add_note("a", "b")
except TypeError as err:
    print("TypeError:", err)
try:
    e.add_note(note="x")
except TypeError as err:
    print("TypeError:", err)

e.__notes__ = ("not", "a list")
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)

try:
    try:
        1 / 0
    except ZeroDivisionError as err:
        err.add_note("while dividing")
        raise
except ZeroDivisionError as err:
    print(err.__notes__)

g = ExceptionGroup("group", [KeyError("k")])
g.add_note("on the group")
print(g.__notes__, g.exceptions[0].__dict__)
