def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield x
    z = yield from other()
    yield from range(3)
    await_ = (yield)
    print((yield))
    return 5

def coro():
    while True:
        line = (yield)
        if pattern in line:
            print(line)
