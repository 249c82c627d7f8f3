class A:
    def __add__(self, o):
        raise TypeError("nope")
A() + A()
