# getcurrent() returns the running greenlet; there is a main greenlet.
import greenlet as greenlet_module
from greenlet import greenlet, getcurrent

main = getcurrent()
print(main is getcurrent(), greenlet.getcurrent() is main, greenlet_module.getcurrent() is main)
print(type(main) is greenlet, isinstance(main, greenlet))
seen = []


def who():
    seen.append(getcurrent() is g)
    seen.append(getcurrent().parent is main)
    inner = greenlet(lambda: getcurrent())
    seen.append(inner.switch() is inner)
    seen.append(inner.parent is g)


g = greenlet(who)
g.switch()
print(seen)
print(getcurrent() is main)
print(greenlet.error.__name__, greenlet.error.__module__, issubclass(greenlet.error, Exception))
print(greenlet_module.error is greenlet.error)
print(greenlet.GreenletExit.__module__)
