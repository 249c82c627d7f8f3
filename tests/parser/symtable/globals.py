x = 0
def f():
    global x
    x = 1
    y = x
    print(y)
def g():
    return x
class C:
    global z
    z = 1
