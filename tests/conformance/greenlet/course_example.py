# The course's first greenlet example: 78 is never printed.
from greenlet import greenlet


def test1():
    print(12)
    gr2.switch()
    print(34)


def test2():
    print(56)
    gr1.switch()
    print(78)


gr1 = greenlet(test1)
gr2 = greenlet(test2)
gr1.switch()
print("gr1 dead:", gr1.dead, "gr2 dead:", gr2.dead)
print(bool(gr1), bool(gr2))
