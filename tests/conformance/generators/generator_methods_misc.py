def g():
    x = yield 1
    print("x =", x)
    y = yield x * 2
    print("y =", y)
it = g()
print(it.send(None), it.send(5))
try:
    it.send(7)
except StopIteration:
    print("done")
print(next(iter(g())), iter(it) is it)
gen = (i for i in range(3))
print(gen.__next__(), gen.send(None), list(gen))
def with_return():
    yield 1
    return 99
print(list(with_return()))
def early_stop():
    for i in range(10):
        if i == 3:
            return
        yield i
print(list(early_stop()), sum(early_stop()))
