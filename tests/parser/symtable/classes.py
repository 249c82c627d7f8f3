class A:
    x = 1
    def m(self):
        return x
    def n(self):
        return super().n()
    def o(self):
        return __class__
    y = [x for _ in range(3)]
