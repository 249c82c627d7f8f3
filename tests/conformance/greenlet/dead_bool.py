# dead, bool() and the life cycle of a greenlet.
from greenlet import greenlet, getcurrent

main = getcurrent()
states = []


def body():
    states.append(("running", bool(g), g.dead))
    main.switch()
    states.append(("again", bool(g), g.dead))


g = greenlet(body)
print("new:", bool(g), g.dead)
g.switch()
print("suspended:", bool(g), g.dead)
g.switch()
print("finished:", bool(g), g.dead)
print(states)
print("main:", bool(main), main.dead, main.parent)
if not g:
    print("a dead greenlet is false")
g2 = greenlet()
print(bool(g2), g2.dead)
try:
    g2.switch()
except AttributeError as e:
    print("AttributeError:", e)
print("still pending:", bool(g2), g2.dead)
try:
    g2.run
except AttributeError as e:
    print("no run:", e)
g2.run = lambda: "late run"
print(g2.switch(), g2.dead)
try:
    g2.run
except AttributeError as e:
    print("run is gone after the start:", e)
try:
    g2.run = print
except AttributeError as e:
    print(e)
