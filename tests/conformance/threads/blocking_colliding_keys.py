# Dict and set lookups over many keys with one hash: a lookup compares the
# key with every key before it in the probe, and each comparison is a
# Python __eq__ that blocks until another thread answers. Every comparison
# is a frame of its own (however many one lookup makes), the thread waits
# in each, and the calls are exactly CPython's, in number and order.
import threading
import queue

requests = queue.Queue()
calls = {}
order = []


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


class Same:
    """Every instance has the same hash: all of them collide."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 12345

    def __eq__(self, other):
        ask("eq")
        order.append((self.v, other.v if isinstance(other, Same) else other))
        return isinstance(other, Same) and self.v == other.v

    def __repr__(self):
        return "Same(%d)" % self.v


def report(label, value):
    print(label, value, dict(sorted(calls.items())))
    calls.clear()


def worker():
    xs = [Same(i) for i in range(45)]
    s = set()
    for x in xs:
        s.add(x)
    report("s.add x45", len(s))
    d = {}
    for x in xs:
        d[x] = x.v * 2
    report("d[x] = ... x45", len(d))
    report("Same(44) in s", Same(44) in s)
    report("Same(99) in s", Same(99) in s)
    report("d[Same(40)]", d[Same(40)])
    report("d.get(Same(99), 'no')", d.get(Same(99), "no"))
    del d[Same(20)]
    report("del d[Same(20)]", len(d))
    s.discard(Same(10))
    report("s.discard(Same(10))", len(s))
    s.add(Same(10))
    report("s.add(Same(10)) again", len(s))
    order.clear()
    report("Same(43) in d", Same(43) in d)
    print("compared with", [a for a, b in order])
    t = set(xs[30:])
    report("set(xs[30:])", len(t))
    report("s & t", sorted(x.v for x in s & t))
    report("t <= s", t <= s)
    report("dict.fromkeys(xs[:35])", len(dict.fromkeys(xs[:35])))
    report("{x: 1 for x in xs[:35]}", len({x: 1 for x in xs[:35]}))
    requests.put((None, None))


h = threading.Thread(target=helper)
w = threading.Thread(target=worker)
h.start()
w.start()
w.join()
h.join()
