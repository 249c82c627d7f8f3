# A generator dropped by a for-loop (break, return, an exception) is closed
# at once, as CPython's reference counting does; its finally block may
# block -- here it waits until another thread has answered -- and the loop's
# code goes on only after it.
import threading
import queue

requests = queue.Queue()


def helper():
    while True:
        msg, ev = requests.get()
        if msg is None:
            break
        print("  helper:", msg)
        ev.set()


def wait_for_helper(msg):
    ev = threading.Event()
    requests.put((msg, ev))
    ev.wait()


def rows(name):
    try:
        for i in range(10):
            yield i
    finally:
        wait_for_helper("closing " + name)
        print("  closed", name)


def polite(name):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        wait_for_helper("GeneratorExit in " + name)
        raise


def first_big(name):
    for x in rows(name):
        if x > 2:
            return x


def main():
    for x in rows("break"):
        if x == 1:
            break
    print("after break")
    print("returned", first_big("return"))
    try:
        for x in rows("error"):
            if x == 2:
                raise ValueError("stop at 2")
    except ValueError as e:
        print("caught", e)
    try:
        for x in rows("outer"):
            for y in polite("inner"):
                raise KeyError(y)
    except KeyError as e:
        print("caught KeyError", e)
    for a in rows("nested a"):
        for b in rows("nested b"):
            break
        break
    print("after nested")
    requests.put((None, None))


t = threading.Thread(target=helper)
t.start()
main()
t.join()
