class A:
    def f(self):
        global __x
        __x = 1
