# Set and dict operations over many objects whose __hash__ and __eq__
# block: every call waits until another thread has answered, and the
# operations make exactly CPython's calls (a set's stored hashes are not
# asked again). Each call is a frame of its own, however many there are.
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


class Slow:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        ask("hash")
        return hash(self.v)

    def __eq__(self, other):
        ask("eq")
        return isinstance(other, Slow) and self.v == other.v

    def __lt__(self, other):
        ask("lt")
        return self.v < other.v

    def __gt__(self, other):
        ask("gt")
        return self.v > other.v

    def __add__(self, other):
        ask("add")
        return Slow(self.v + (other.v if isinstance(other, Slow) else other))

    __radd__ = __add__

    def __bool__(self):
        ask("bool")
        return self.v > 60

    def __repr__(self):
        return "Slow(%d)" % self.v


def report(label, value):
    print(label, value, dict(sorted(calls.items())))
    calls.clear()


def worker():
    xs = [Slow((i * 37) % 101) for i in range(60)]
    ys = [Slow((i * 37) % 101) for i in range(30, 90)]
    calls.clear()
    a = set(xs)
    b = set(ys)
    report("set(xs), set(ys)", (len(a), len(b)))
    report("a | b", len(a | b))
    report("a & b", len(a & b))
    report("a - b", len(a - b))
    report("a ^ b", len(a ^ b))
    report("a <= b", a <= b)
    report("a == set(xs)", a == set(xs))
    report("a.union(ys)", len(a.union(ys)))
    report("a.intersection(ys)", len(a.intersection(ys)))
    report("a.difference(ys)", len(a.difference(ys)))
    report("a.symmetric_difference(ys)", len(a.symmetric_difference(ys)))
    report("a.issubset(xs)", a.issubset(xs))
    report("a.issuperset(ys)", a.issuperset(ys))
    report("a.isdisjoint(ys)", a.isdisjoint(ys))
    c = set(a)
    c |= b
    c -= set(xs[:40])
    c &= b
    c ^= a
    report("c |= -= &= ^=", len(c))
    c.update(xs, ys)
    c.intersection_update(ys)
    c.difference_update(xs[:45])
    c.symmetric_difference_update(xs)
    report("c.update ... symmetric_difference_update", len(c))
    d = dict.fromkeys(xs, 0)
    report("dict.fromkeys(xs)", len(d))
    report("dict.fromkeys(a)", len(dict.fromkeys(a)))
    e = dict(zip(ys, range(60)))
    report("dict(zip(ys, ...))", len(e))
    e.update((x, 1) for x in xs)
    report("e.update(pairs)", len(e))
    report("d == dict(d)", d == dict(d))
    report("d == e", d == e)
    f = {x: x for x in xs}
    g = {Slow(x.v): Slow(x.v) for x in reversed(xs)}
    calls.clear()
    report("f == g", f == g)
    requests.put((None, None))


h = threading.Thread(target=helper)
w = threading.Thread(target=worker)
h.start()
w.start()
w.join()
h.join()
