# throw() raises an exception inside a greenlet at its parked switch();
# GreenletExit ends only that greenlet and becomes the value its parent gets.
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()
print(issubclass(GreenletExit, BaseException), issubclass(GreenletExit, Exception))
print(greenlet.GreenletExit is GreenletExit)


def never():
    print("never runs")


g = greenlet(never)
r = g.throw()
print("unstarted throw returned", repr(r), type(r).__name__, g.dead)

g = greenlet(never)
try:
    g.throw(ValueError, "bad")
except ValueError as e:
    print("unstarted ValueError:", e, g.dead)


def catcher():
    try:
        main.switch("suspended")
    except GreenletExit as e:
        print("caught", repr(e))
        return "cleaned up"


g = greenlet(catcher)
print(g.switch())
print(g.throw())
print(g.dead)


def with_finally():
    try:
        main.switch("in try")
    finally:
        print("finally runs")


g = greenlet(with_finally)
g.switch()
r = g.throw()
print("returned", repr(r), type(r).__name__)

g = greenlet(with_finally)
g.switch()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError came back:", repr(e))

g = greenlet(with_finally)
g.switch()
try:
    g.throw(KeyError, ("a", "b"))
except KeyError as e:
    print("args tuple:", repr(e))

g = greenlet(with_finally)
g.switch()
try:
    g.throw(KeyError, KeyError("same"), None)
except KeyError as e:
    print("instance as value:", repr(e))


def stubborn():
    # catching GreenletExit and switching on keeps the greenlet alive
    while True:
        try:
            main.switch("alive")
        except GreenletExit:
            print("ignoring GreenletExit")


st = greenlet(stubborn)
st.switch()
print(st.throw(), st.dead)

for bad in [(5,), (KeyError("x"), "v")]:
    try:
        st.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)

# Throwing into yourself raises at once.
try:
    main.throw(IndexError)
except IndexError as e:
    print("self throw:", repr(e))

class MyExit(GreenletExit):
    pass

g = greenlet(with_finally)
g.switch()
print(repr(g.throw(MyExit)))
