# Python methods that the built-in code calls in the middle of its work (a
# list item's __repr__, a dict key's __eq__, a property setter, ...) may
# block: each one here waits until another thread has answered it.
import queue
import threading
from collections import defaultdict

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


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        wait_for_helper("repr " + self.name)
        return "Item(" + self.name + ")"

    def __str__(self):
        wait_for_helper("str " + self.name)
        return self.name


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        wait_for_helper("hash " + str(self.k))
        return hash(self.k)

    def __eq__(self, other):
        wait_for_helper("eq " + str(self.k))
        return isinstance(other, Key) and self.k == other.k

    def __lt__(self, other):
        wait_for_helper("lt " + str(self.k))
        return self.k < other.k

    def __repr__(self):
        return "Key(%r)" % self.k


class Account:
    def __init__(self):
        self._balance = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        wait_for_helper("setter " + str(value))
        self._balance = value


class Store:
    def __init__(self):
        self.data = {}

    def __setitem__(self, k, v):
        wait_for_helper("setitem " + str(k))
        self.data[k] = v

    def __delitem__(self, k):
        wait_for_helper("delitem " + str(k))
        del self.data[k]

    def __contains__(self, k):
        wait_for_helper("contains " + str(k))
        return k in self.data


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        wait_for_helper("write " + repr(text))
        self.parts.append(text)


class Slow(Exception):
    def __init__(self):
        wait_for_helper("exception __init__")
        super().__init__("slow")


def main():
    print("repr in containers")
    a, b = Item("a"), Item("b")
    print([a, (b, {"k": a})])
    print(repr({a: b}))
    print(f"{[a]!r} {a!r}")
    print("str of items")
    print(str([b]), f"{a}", "{}".format(b))
    print(a, [b])

    print("dict and set keys")
    k1, k2 = Key(1), Key(1)
    d = {k1: "one"}
    print(d[k2])
    print(k2 in d, d.get(k2))
    s = {Key(2)}
    s.add(Key(2))
    print(len(s))
    print(sorted([Key(3), Key(1)]))
    print({Key(5): 5 for _ in range(1)})

    print("setters")
    acc = Account()
    acc.balance = 10
    print(acc.balance)
    st = Store()
    st["x"] = 1
    print("x" not in st)
    del st["x"]
    print(st.data)

    print("defaultdict factory")
    def factory():
        wait_for_helper("factory")
        return []
    dd = defaultdict(factory)
    dd["k"].append(1)
    print(dict(dd))

    print("map with two sources")
    def add(x, y):
        wait_for_helper("add %d %d" % (x, y))
        return x + y
    print(list(map(add, [1, 2], [10, 20])))

    print("print to a file-like object")
    sink = Sink()
    print("hello", "world", file=sink)
    print(sink.parts)

    print("raise a class")
    try:
        raise Slow
    except Slow as e:
        print("caught", e)


h = threading.Thread(target=helper)
h.start()
main()
requests.put((None, None))
h.join()
print("done")
