# Python methods (__hash__, __eq__, __lt__, __add__, __str__) called by
# builtins fed from generators, by containers and by formatting may block:
# each waits until another thread has answered.
import queue
import threading
from collections import deque, defaultdict

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


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        wait_for_helper("hash %d" % self.v)
        return hash(self.v)

    def __eq__(self, other):
        wait_for_helper("eq %d" % self.v)
        return isinstance(other, K) and self.v == other.v

    def __lt__(self, other):
        wait_for_helper("lt %d %d" % (self.v, other.v))
        return self.v < other.v

    def __add__(self, other):
        wait_for_helper("add %d" % self.v)
        return K(self.v + (other.v if isinstance(other, K) else other))

    __radd__ = __add__

    def __repr__(self):
        return "K(%d)" % self.v

    def __str__(self):
        wait_for_helper("str %d" % self.v)
        return "k%d" % self.v


def gen(*items):
    for x in items:
        yield x


def main():
    print("sum:", sum(gen(K(1), K(2)), K(0)))
    print("set:", sorted(set(gen(K(1), K(1)))))
    print("dict:", dict(gen((K(1), "a"), (K(1), "b"))))
    print("sorted key:", sorted(gen(3, 1), key=K))
    print("max key:", max(gen(3, 1, 2), key=K))
    print("join:", "-".join(gen("a", "b")))
    l = []
    l.extend(gen(K(5)))
    print("extend:", l)
    d = deque()
    d.extend(gen(K(6), K(7)))
    print("deque:", d)
    print("enumerate:", list(enumerate(gen(K(8)))))
    print("zip:", list(zip(gen(K(1)), gen(K(2)))))
    print("map str:", list(map(str, gen(K(3), K(4)))))
    print("sorted list:", sorted([K(2), K(1)]))
    print("in list:", K(2) in [K(1), K(2)])
    print("str.format:", "{} {}".format(K(1), K(2)))
    print("fstring:", f"{K(1)}")
    print("tuple:", tuple(gen(K(1))))
    print("list(reversed):", list(reversed([K(1), K(2)])))
    print("min:", min(K(2), K(1)))
    s = {K(1)}
    print("set in:", K(1) in s)
    dd = defaultdict(list)
    dd[K(1)].append(1)
    print("defaultdict:", dict(dd))
    print("any objs:", any(gen(0, K(1))))
    requests.put((None, None))


t = threading.Thread(target=helper)
t.start()
main()
t.join()
