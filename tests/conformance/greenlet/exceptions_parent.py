# An exception that ends a greenlet propagates into its parent, where the
# parent's pending switch() raises it; its traceback shows both chains.
from greenlet import greenlet, getcurrent


def inner():
    raise KeyError("boom")


def run():
    x = 1
    inner()


g = greenlet(run)
try:
    g.switch()
except KeyError as e:
    print("main caught", repr(e), "dead:", g.dead)


def middle_fn():
    try:
        getcurrent().parent.switch("parked")
    except ValueError as e:
        print("middle handled", e)
        raise RuntimeError("from middle") from e


m = greenlet(middle_fn)
print(m.switch())
try:
    m.throw(ValueError("thrown"))
except RuntimeError as e:
    print("caught", repr(e), "cause", repr(e.__cause__))

# sys.exc_info() is per greenlet.
import sys


def show():
    print("in greenlet:", sys.exc_info()[0])
    getcurrent().parent.switch()
    print("in greenlet again:", sys.exc_info()[0])


s = greenlet(show)
try:
    raise IndexError
except IndexError:
    s.switch()
    print("main handles:", sys.exc_info()[0])
    s.switch()
    print("main still handles:", sys.exc_info()[0])

# Uncaught: the program ends with the traceback through the greenlet.
def deep():
    return 1 / 0

def top():
    deep()

greenlet(top).switch()
