# greenlet.settrace: the callback sees every switch and throw, in the target;
# a callback that raises is removed and its exception thrown into the target.
import greenlet
from greenlet import greenlet as G, getcurrent, settrace, gettrace

names = {}
def name(g):
    return names.get(id(g), "?")
events = []
def tracer(event, args):
    origin, target = args
    events.append((event, name(origin), name(target), getcurrent() is target))

main = getcurrent()
names[id(main)] = "main"
print(gettrace())
print(settrace(tracer) is None, gettrace() is tracer)

def child(x):
    y = main.switch(x + 1)
    return y * 2

c = G(child); names[id(c)] = "child"
print(c.switch(1))
print(c.switch(5))
d = G(lambda: main.switch()); names[id(d)] = "d"
d.switch()
try:
    d.throw(KeyError)
except KeyError:
    print("KeyError back")
for e in events:
    print(e)
events.clear()

def bad(event, args):
    if name(args[1]) == "e" and event == "switch":
        raise ValueError("from tracer")
settrace(bad)
def ebody():
    try:
        main.switch("parked")
    except ValueError as err:
        return "e saw " + str(err)
e = G(ebody); names[id(e)] = "e"
try:
    e.switch()
except ValueError as err:
    print("start failed:", err, e.dead)
print(settrace(None) is bad, gettrace())
print(greenlet.greenlet.settrace is not None)

main = getcurrent()
def bad(event, args):
    raise ValueError("t")
settrace(bad)
e = G(lambda: 1)
try:
    e.switch()
except ValueError as err:
    print("failed", err)
print(gettrace())
settrace(bad)
def body():
    main.switch()
f = G(body)
try:
    f.switch()
except ValueError as err:
    print("failed2", err, f.dead)
print(gettrace())
