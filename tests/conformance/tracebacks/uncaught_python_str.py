# The report of an uncaught exception calls the exception's __str__: here
# it sleeps, so it must run as Python code on the thread, in simulated time.
# The thread's exception is reported by _thread's unraisable hook ("started
# by: <function ...>"); the main thread's ends the program (exit code 1),
# and __main__'s generators are closed after the report.
import _thread
import time


class Slow(Exception):
    def __str__(self):
        time.sleep(0.1)
        print("str ran at", round(time.monotonic() - t0, 1))
        return "slow text"


def worker():
    raise Slow()


t0 = time.monotonic()
_thread.start_new_thread(worker, ())
time.sleep(0.5)


def gen():
    try:
        yield 1
    finally:
        print("gen closed at", round(time.monotonic() - t0, 1))


g = gen()
next(g)
raise Slow()
