x = 0
def f():
    global x
    x = 1
    def g():
        nonlocal y
        y = 2
    y = 1
    global a, b

def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    return inner
