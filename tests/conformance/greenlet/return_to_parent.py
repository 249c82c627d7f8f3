# When run ends, control and its return value go to the parent greenlet,
# whose pending switch() returns the value; a dead greenlet passes
# switches on to its parent.
from greenlet import greenlet, getcurrent

main = getcurrent()
log = []


def child():
    log.append("child starts")
    x = parent_g.switch("from child")
    log.append("child resumed with %r" % (x,))
    return "child result"


def parent_fn():
    log.append("parent starts")
    c = greenlet(child)  # its parent is the current greenlet: parent_g
    print("parent of c is parent_g:", c.parent is parent_g)
    r = c.switch()
    log.append("parent got %r" % (r,))
    r = c.switch("resume")
    log.append("parent got %r" % (r,))
    print("c dead:", c.dead)
    # switching to a dead greenlet goes to its parent: ourselves
    r = c.switch("to dead")
    log.append("switch to dead returned %r" % (r,))
    return "parent result"


parent_g = greenlet(parent_fn)
print("main got:", parent_g.switch())
print("\n".join(log))
print(parent_g.dead, bool(parent_g))

# A parent that is not the switcher: the result goes to the parent.
def worker():
    return "done by worker"

def boss():
    w = greenlet(worker, parent=main)  # the result skips boss
    w.switch()
    print("never printed")

b = greenlet(boss)
print("main received:", b.switch())
print("boss dead:", b.dead, "boss active:", bool(b))

# The parent may be a greenlet that has not started yet: it starts with the
# child's result as its argument.
def second(x):
    print("second started with", x)
    return x * 2

s = greenlet(second)
f = greenlet(lambda: 21, parent=s)
print("main received:", f.switch())
print(f.dead, s.dead)
