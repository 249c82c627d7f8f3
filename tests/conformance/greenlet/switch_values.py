# Values passed both ways through switch(): the first switch calls run with
# the arguments; later ones make the parked switch() return them (one value
# as itself, several as a tuple, keywords as a dict, both as (args, kwargs)).
from greenlet import greenlet, getcurrent

main = getcurrent()


def echo(*args, **kwargs):
    print("run called with", args, kwargs)
    reply = "ready"
    while True:
        got = main.switch(reply)
        print("echo got", repr(got))
        reply = ("echo", got)


g = greenlet(echo)
print("first:", g.switch(1, "two", three=3))
for sent in [(), (1,), (1, 2), (None,), ((),), ([1, 2],)]:
    print("back:", g.switch(*sent))
print("back:", g.switch(x=1))
print("back:", g.switch(1, x=2))
print("back:", g.switch(1, 2, x=3, y=4))

# Switching to yourself returns what you sent.
print(main.switch(7), main.switch(), main.switch(1, 2), main.switch(k="v"))

# run's return value goes to whoever started it (its parent here).
adder = greenlet(lambda a, b: a + b)
print("adder:", adder.switch(2, 40), adder.dead)
pair = greenlet(lambda: (1, 2))
print("pair:", pair.switch())
kw = greenlet(lambda **kw: sorted(kw.items()))
print("kw:", kw.switch(b=2, a=1))
