# parent: the greenlet that gets control back; settable, without cycles.
from greenlet import greenlet, getcurrent

main = getcurrent()
a = greenlet(lambda: "a done")
b = greenlet(lambda: "b done")
print(a.parent is main, b.parent is main, main.parent)
b.parent = a
print(b.parent is a)
for bad, what in [(b, "cycle through b"), (a, "itself")]:
    try:
        a.parent = bad
    except ValueError as e:
        print(what + ":", e)
try:
    a.parent = 5
except TypeError as e:
    print(e)
try:
    main.parent = a
except AttributeError as e:
    print(e)
try:
    del a.parent
except (AttributeError, TypeError) as e:
    print(type(e).__name__)

# b's result goes to a (not started yet): a starts with it.
def a_run(x):
    print("a started with", x)
    return "a got " + x

a.run = a_run
print("main got:", b.switch())

# Re-parenting a suspended greenlet changes where it ends.
log = []
def collector():
    while True:
        log.append(main.switch("collector ready"))

col = greenlet(collector)
col.switch()
def producer():
    return "product"
p = greenlet(producer)
p.switch()
print(p.dead)
def child():
    main.switch("child parked")
    return "child's result"
c = greenlet(child)
print(c.switch())
c.parent = col
print(c.switch(), log)
