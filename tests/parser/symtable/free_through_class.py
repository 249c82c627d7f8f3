def f():
    v = 1
    class C:
        v = 2
        def m(self):
            return v
    return C
