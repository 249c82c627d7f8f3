# deque's error messages, as CPython 3.11 words them.
from collections import deque


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))


d = deque([1, 2, 3])
empty = deque()
attempt("pop empty", empty.pop)
attempt("popleft empty", empty.popleft)
attempt("index missing", lambda: d.index(9))
attempt("index str missing", lambda: d.index("x"))
attempt("index outside range", lambda: d.index(3, 0, -1))
attempt("index start past end", lambda: d.index(1, 5))
attempt("index bad start", lambda: d.index(1, "a"))
attempt("index bad stop", lambda: d.index(1, 0, None))
attempt("index no args", lambda: d.index())
attempt("index too many", lambda: d.index(1, 2, 3, 4))
attempt("index keyword", lambda: d.index(x=1))
attempt("remove missing", lambda: d.remove(9))
attempt("remove no args", lambda: d.remove())
attempt("remove two args", lambda: d.remove(1, 2))
attempt("insert full", lambda: deque([1], maxlen=1).insert(0, 5))
attempt("insert full 0", lambda: deque(maxlen=0).insert(0, 5))
attempt("insert one arg", lambda: d.insert(1))
attempt("insert three args", lambda: d.insert(1, 2, 3))
attempt("insert bad index", lambda: d.insert("a", 1))
attempt("getitem range", lambda: d[3])
attempt("getitem negative range", lambda: d[-4])
attempt("getitem empty", lambda: empty[0])
attempt("getitem str", lambda: d["a"])
attempt("getitem float", lambda: d[1.0])
attempt("getitem slice", lambda: d[1:2])
attempt("getitem None", lambda: d[None])


def setitem(i, v):
    d[i] = v


def delitem(i):
    del d[i]


attempt("setitem range", lambda: setitem(3, 0))
attempt("setitem slice", lambda: setitem(slice(0, 1), [1]))
attempt("setitem str", lambda: setitem("a", 1))
attempt("delitem range", lambda: delitem(-4))
attempt("delitem slice", lambda: delitem(slice(None)))
attempt("hash", lambda: hash(d))
attempt("set of deques", lambda: {deque()})
attempt("dict key", lambda: {deque(): 1})
attempt("maxlen negative", lambda: deque(maxlen=-1))
attempt("maxlen float", lambda: deque([], 1.5))
attempt("maxlen str", lambda: deque([], "3"))
attempt("maxlen bool", lambda: deque([1, 2], True))
attempt("not iterable", lambda: deque(1))
attempt("None iterable", lambda: deque(None))
attempt("three args", lambda: deque([1], 2, 3))
attempt("bad keyword", lambda: deque(foo=1))
attempt("both ways", lambda: deque([1], iterable=[2]))
attempt("extend not iterable", lambda: d.extend(1))
attempt("extendleft not iterable", lambda: d.extendleft(None))
attempt("extend no args", lambda: d.extend())
attempt("extendleft no args", lambda: d.extendleft())
attempt("append no args", lambda: d.append())
attempt("append two args", lambda: d.append(1, 2))
attempt("append keyword", lambda: d.append(x=1))
attempt("appendleft no args", lambda: d.appendleft())
attempt("pop arg", lambda: d.pop(1))
attempt("popleft arg", lambda: d.popleft(0))
attempt("pop keyword", lambda: d.pop(x=1))
attempt("clear arg", lambda: d.clear(1))
attempt("copy arg", lambda: d.copy(1))
attempt("__copy__ arg", lambda: d.__copy__(1))
attempt("reverse arg", lambda: d.reverse(1))
attempt("count no args", lambda: d.count())
attempt("count two args", lambda: d.count(1, 2))
attempt("rotate str", lambda: d.rotate("a"))
attempt("rotate float", lambda: d.rotate(1.5))
attempt("rotate two args", lambda: d.rotate(1, 2))
attempt("rotate keyword", lambda: d.rotate(n=1))
attempt("concat list", lambda: d + [1])
attempt("concat tuple", lambda: d + (1,))
attempt("list concat deque", lambda: [1] + d)
attempt("mul float", lambda: d * 1.5)
attempt("rmul float", lambda: 1.5 * d)
attempt("mul str", lambda: d * "a")
attempt("mul deque", lambda: d * d)
attempt("list mul deque", lambda: [1] * d)
attempt("sub", lambda: d - d)
attempt("lt list", lambda: d < [1, 2])
attempt("ge tuple", lambda: d >= (1,))
attempt("lt mixed items", lambda: deque([1]) < deque(["a"]))
attempt("eq list", lambda: d == [1, 2, 3])
attempt("ne list", lambda: d != [1, 2, 3])
attempt("no attribute", lambda: d.foo)
attempt("maxlen", lambda: d.maxlen)


def set_attr(obj, name, value):
    setattr(obj, name, value)


attempt("set maxlen", lambda: set_attr(d, "maxlen", 3))
attempt("set other", lambda: set_attr(d, "foo", 3))
attempt("next exhausted", lambda: next(iter(empty)))
attempt("reversed exhausted", lambda: next(reversed(empty)))
attempt("len of iterator", lambda: len(iter(d)))
attempt("unbound method on list", lambda: deque.append([], 1))

d += "ab"
print(d)
try:
    d += 5
except TypeError as e:
    print("iadd int ->", e)
try:
    d *= "x"
except TypeError as e:
    print("imul str ->", e)
print(d)
deque().popleft()
