def f():
    x = 1
    class A:
        y = x
        x = 2
        def m(self):
            return x
    return A
