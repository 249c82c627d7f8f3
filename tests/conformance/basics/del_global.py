x = 1
def f():
    global x
    x = 2
f()
print(x)
del x
try:
    print(x)
except NameError as e:
    print(e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
