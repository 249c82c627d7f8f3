def f():
    yield *a, 1
