# Tuple keys whose items' __hash__ blocks until another thread answers: a
# tuple's hash asks every item (CPython 3.11 does not keep a tuple's hash),
# so one dict or set operation on a 40-item tuple makes 40 Python calls,
# each a frame of its own in which the thread waits.
import threading
import queue

requests = queue.Queue()
calls = {}


def helper():
    while True:
        kind, ev = requests.get()
        if kind is None:
            break
        calls[kind] = calls.get(kind, 0) + 1
        ev.set()


def ask(kind):
    ev = threading.Event()
    requests.put((kind, ev))
    ev.wait()


class Item:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        ask("hash")
        return self.v % 7

    def __eq__(self, other):
        ask("eq")
        return isinstance(other, Item) and self.v == other.v


def report(label, value):
    print(label, value, dict(sorted(calls.items())))
    calls.clear()


def worker():
    t = tuple(Item(i) for i in range(40))
    u = tuple(Item(i) for i in range(40))
    nested = (t, (1, u), "x")
    report("hash(t) == hash(u)", hash(t) == hash(u))
    d = {t: "t"}
    report("{t: ...}", len(d))
    report("d[u]", d[u])
    report("u in d", u in d)
    d[nested] = "nested"
    report("d[nested] = ...", len(d))
    report("d.get(nested)", d.get(nested))
    s = {t, nested}
    report("{t, nested}", len(s))
    report("u in s", u in s)
    report("s & {u}", len(s & {u}))
    report("d.pop(u)", d.pop(u))
    report("dict.fromkeys([t, u, nested])", len(dict.fromkeys([t, u, nested])))
    requests.put((None, None))


h = threading.Thread(target=helper)
w = threading.Thread(target=worker)
h.start()
w.start()
w.join()
h.join()
