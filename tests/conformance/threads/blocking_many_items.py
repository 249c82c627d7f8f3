# Builtins over a list of many objects whose dunders block: max(), min()
# with a key, sum(), set(), frozenset(), sorted(), any() and `in` call one
# dunder per item, and every one of them waits until another thread has
# answered. (Each call is replayed on its own, however many there are.)
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
    items = [Slow((i * 37) % 101) for i in range(60)]
    report("max", max(items))
    report("min key", min(items, key=lambda s: Slow(-s.v)))
    report("sum", sum(items, Slow(0)).v)
    report("set", len(set(items)))
    report("frozenset", len(frozenset(items[:45])))
    # (timsort and our merge sort make different numbers of comparisons)
    print("sorted", sorted(items)[:3], sorted(calls))
    calls.clear()
    report("any", any(items))
    report("in", Slow(-1) in items)
    report("index", items.index(items[50]))
    requests.put((None, None))


h = threading.Thread(target=helper)
w = threading.Thread(target=worker)
h.start()
w.start()
w.join()
h.join()
