# At exit CPython clears __main__'s globals, and a suspended generator
# that goes with them is closed: its finally blocks run (names starting
# with "_" first). What a close raises is reported as "Exception ignored
# in: ..." with a traceback that has no source lines (linecache is gone by
# then). A finally block at exit may sleep, and an exception's __str__
# there is Python code.
import time


def boom():
    raise KeyError("k")


def pipeline(name):
    try:
        yield 1
        yield 2
    finally:
        print("closing", name)


def failing():
    try:
        yield 1
    finally:
        print("closing failing")
        boom()


def defiant():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("defiant ignores GeneratorExit")


class Custom(Exception):
    def __str__(self):
        print("Custom.__str__ runs")
        return "custom text"


def custom():
    try:
        yield 1
    finally:
        raise Custom()


def sleepy():
    try:
        yield 1
    finally:
        t0 = time.monotonic()
        time.sleep(0.25)
        print("sleepy slept", round(time.monotonic() - t0, 2))


def finished():
    yield 1


_first = pipeline("_first")
next(_first)
a = pipeline("a")
next(a)
b = failing()
next(b)
c = defiant()
next(c)
d = custom()
next(d)
e = sleepy()
next(e)
never_started = pipeline("never started")
done = finished()
for _ in done:
    pass
print("end of program")
