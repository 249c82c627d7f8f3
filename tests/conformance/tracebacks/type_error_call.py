def f(x, y):
    return x + y
f(1)
