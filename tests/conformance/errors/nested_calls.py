def a():
    b()
def b():
    c()
def c():
    [][0]
a()
