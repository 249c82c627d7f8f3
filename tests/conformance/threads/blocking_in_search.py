# An __eq__ (or a __bool__ of what it returned, or a final __lt__) called
# while a list, tuple or deque is searched or compared item by item may
# block: each waits until another thread has answered, and the walk sees
# what the dunder did to the sequence.
import queue
import threading
from collections import deque

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


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        wait_for_helper("bool %s" % self.v)
        return self.v


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        wait_for_helper("eq %d %r" % (self.v, other))
        return isinstance(other, K) and self.v == other.v

    def __lt__(self, other):
        wait_for_helper("lt %d %r" % (self.v, other))
        return Truth(self.v < other.v)

    def __repr__(self):
        return "K(%d)" % self.v


class Fuzzy:
    """Equal to anything; says so through an object with a slow __bool__."""

    def __eq__(self, other):
        wait_for_helper("fuzzy eq %r" % (other,))
        return Truth(True)

    def __repr__(self):
        return "Fuzzy()"


class Shrinker:
    """Empties the list it lives in when asked."""

    def __init__(self, home):
        self.home = home

    def __eq__(self, other):
        wait_for_helper("shrink")
        self.home.clear()
        return False

    def __repr__(self):
        return "Shrinker"


class Grower:
    def __init__(self, home):
        self.home = home

    def __eq__(self, other):
        wait_for_helper("grow")
        self.home.append("new")
        return False


def worker():
    items = [1, K(2), "x", K(3)]
    print("in:", K(3) in items, K(4) in items)
    print("index:", items.index(K(3)))
    print("count:", [K(1), K(1), 2].count(K(1)))
    items.remove(K(2))
    print("removed:", items)
    try:
        items.index(K(9))
    except ValueError as e:
        print("ValueError:", e)
    t = (K(1), K(2))
    print("tuple:", K(2) in t, t.index(K(2)), t.count(K(1)))
    print("fuzzy:", [5, 6].index(Fuzzy()), 7 in [Fuzzy()])
    print("==:", [K(1), K(2)] == [K(1), K(2)], (K(1),) == (K(2),))
    print("<:", bool([K(1), K(2)] < [K(1), K(3)]))
    print("raw <:", type([K(1)] < [K(2)]).__name__)
    home = [1, 2, 3]
    home.insert(0, Shrinker(home))
    print("shrunk:", 3 in home, home)
    home = [1]
    home.insert(0, Shrinker(home))
    try:
        home.remove(1)
    except ValueError as e:
        print("ValueError:", e, home)

    d = deque([K(1), K(2), K(3)])
    print("deque:", K(3) in d, d.index(K(2)), d.count(K(1)))
    d.remove(K(2))
    print("deque removed:", d)
    print("deque ==:", deque([K(1)]) == deque([K(1)]), deque([K(1)]) != deque([K(2)]))
    g = deque([1, 2])
    g.appendleft(Grower(g))
    try:
        print(5 in g)
    except RuntimeError as e:
        print("RuntimeError:", e, len(g))
    g = deque([1, 2])
    g.appendleft(Grower(g))
    try:
        g.remove(2)
    except IndexError as e:
        print("IndexError:", e, len(g))
    requests.put((None, None))


h = threading.Thread(target=helper)
w = threading.Thread(target=worker)
h.start()
w.start()
w.join()
h.join()
print("done")
