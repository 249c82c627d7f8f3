# More places where built-in code calls Python methods that may block:
# after a generator has fed an item (max(), filter(), any()), `not obj`,
# f(*iterable), a class pattern reading a property, `!=` derived from a
# Python __eq__, and `in` whose __contains__ answers with an object.
import queue
import threading

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


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        wait_for_helper("lt %d %d" % (self.v, other.v))
        return self.v < other.v

    def __gt__(self, other):
        wait_for_helper("gt %d %d" % (self.v, other.v))
        return self.v > other.v

    def __eq__(self, other):
        wait_for_helper("eq %d" % self.v)
        return isinstance(other, Num) and self.v == other.v

    def __repr__(self):
        return "Num(%d)" % self.v


class Flag:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        wait_for_helper("bool " + self.name)
        return self.value

    def __repr__(self):
        return "Flag(%s)" % self.name


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        wait_for_helper("len %d" % self.n)
        return self.n


def gen(*items):
    for x in items:
        yield x


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        wait_for_helper("x")
        return self._x

    @property
    def y(self):
        wait_for_helper("y")
        return self._y


class Bag:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        wait_for_helper("contains %r" % (x,))
        return Flag("found", x in self.items)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        wait_for_helper("next %d" % self.n)
        self.n -= 1
        return self.n


def main():
    print("max:", max(gen(Num(1), Num(3), Num(2))))
    print("min:", min(gen(Num(4), Num(2), Num(5))))
    print("max key:", max(gen(3, 1, 2), key=Num))
    print("filter:", list(filter(None, gen(Flag("a", True), Flag("b", False), Flag("c", True)))))
    print("filter pred:", list(filter(lambda x: Flag(str(x), x > 1), gen(1, 2, 3))))
    print("any:", any(gen(Flag("p", False), Flag("q", True), Flag("r", True))))
    print("all:", all(gen(Flag("s", True), Flag("t", False))))
    print("any sized:", any(gen(Sized(0), Sized(2))))
    print("not:", not Flag("n", False), not Sized(3))
    print("star:", *Countdown(3))
    print("star list:", [*Countdown(2)])
    match Point(1, 2):
        case Point(x, y):
            print("match:", x, y)
    print("ne:", Num(1) != Num(1), Num(1) != Num(2))
    print("in:", 2 in Bag([1, 2]), 5 not in Bag([1, 2]))
    print("sorted:", sorted(gen(Num(2), Num(1))))
    print("sum:", sum(gen(1, 2, 3), 10))
    print("set:", sorted(set(gen(1, 2, 1)), reverse=True))
    print("dict:", dict(gen(("a", 1), ("b", 2))))
    print("tuple in:", Num(2) in gen(Num(1), Num(2)))
    print("list index:", [Num(1), Num(2)].index(Num(2)))
    print("list count:", list(gen(Num(1), Num(2), Num(1))).count(Num(1)))
    requests.put((None, None))


t = threading.Thread(target=helper)
t.start()
main()
t.join()
