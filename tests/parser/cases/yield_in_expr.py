def g():
    x = yield 1
    y = (yield) + 1
    f((yield))
    z = [(yield)]
    return (yield from g())
