# Generators inside greenlets, and greenlets switching while a generator
# frame is on their chain.
from greenlet import greenlet, getcurrent

main = getcurrent()


def numbers(n):
    for i in range(n):
        # switch out of the greenlet while this generator runs
        main.switch(("inside generator", i))
        yield i * i


def run():
    total = 0
    for sq in numbers(3):
        total += sq
        print("greenlet got square", sq)
    print("sum via generator expression:", sum(x for x in range(5)))
    return total


g = greenlet(run)
r = g.switch()
while not g.dead:
    print("main sees", r)
    r = g.switch()
print("result", r)


# A generator that is driven from two greenlets in turn.
def counter():
    i = 0
    while True:
        got = yield i
        print("counter got", got)
        i += 1


c = counter()
print(next(c))


def other():
    print("other sends:", c.send("from other"))
    main.switch()
    print("other sends again:", c.send("again"))


o = greenlet(other)
o.switch()
print("main sends:", c.send("from main"))
o.switch()


# Greenlets that act like generators.
class GenLike:
    def __init__(self, fn):
        self.g = greenlet(fn)
        self.caller = None

    def __iter__(self):
        return self

    def __next__(self):
        self.caller = getcurrent()
        self.g.parent = self.caller
        v = self.g.switch()
        if self.g.dead:
            raise StopIteration
        return v


def emit(*values):
    p = getcurrent().parent
    for v in values:
        p.switch(v)


def squares():
    emit(*[i * i for i in range(5)])


print(list(GenLike(squares)))


# A generator whose body switches greenlets, consumed by list() (a native
# that pulls from the generator with continuations).
def gen_switching(g_other):
    for i in range(3):
        yield g_other.switch(i)


def doubler():
    x = main.switch()
    while True:
        x = main.switch(x * 2)


d = greenlet(doubler)
d.switch()
d.parent = main


def consume():
    return list(gen_switching(dd))


dd = greenlet(lambda: None)
results = []


def relay(first):
    x = first
    while True:
        x = consumer.switch(x * 10)


dd = greenlet(relay)
consumer = greenlet(consume)
print("list through switches:", consumer.switch())
