def f():
    pass


def g():
    await f()
